"""The problems `tracker check` finds, kept under .git/tracker/ between runs.

The checks are a pure function of the plan files, units.yaml and the settings' own problems,
so their result is stored with a key made of exactly those (each plan file by its git blob
id, the units and settings problems by value) and of the checks' own code (the file's size
and time), and read back only when the key is equal: it can never disagree with the files.
A warm summary or check then skips ~60 ms of checking 10,000 tasks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from tracker.model import Directory
from tracker.problems import Problem
from tracker.store import pickled
from tracker.store.digest import sha1
from tracker.store.load import CACHE_VERSION, Loaded


def _key(files: Sequence[Loaded], directory: Directory, config_problems: Sequence[Problem],
         code: Path) -> str:
    stat = code.stat()
    parts = (CACHE_VERSION, stat.st_size, stat.st_mtime_ns,
             tuple((f.path, f.blob, f.plan is None) for f in files), directory,
             tuple(config_problems))
    return sha1(pickled.dumps(parts, protocol=pickled.HIGHEST_PROTOCOL)).hexdigest()


def problems(path: Path | None, files: Sequence[Loaded], directory: Directory,
             config_problems: Sequence[Problem], code: Path,
             run: Callable[[], list[Problem]]) -> list[Problem]:
    """`run()`'s result, from the cache at `path` when nothing it depends on has changed."""
    if path is None:
        return run()
    key = _key(files, directory, config_problems, code)
    cached = pickled.read(path)
    if isinstance(cached, tuple) and len(cached) == 2 and cached[0] == key:
        return list(cached[1])
    found = run()
    pickled.write(path, (key, tuple(found)))
    return found
