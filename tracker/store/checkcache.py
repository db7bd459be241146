"""The problems `tracker check` finds, kept under .git/tracker/ between runs.

The checks are a pure function of the plan files, units.yaml and the settings' own problems,
so their result is stored with a key made of exactly those (each plan file by its git blob
id, the units and settings problems by value) and of the checks' own code (the file's size
and time), and read back only when the key is equal: it can never disagree with the files.
A warm summary or check then skips ~60 ms of checking 10,000 tasks.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path

from tracker.model import Directory
from tracker.problems import Problem
from tracker.store.digest import sha1
from tracker.store.load import CACHE_VERSION, Loaded


def _key(files: Sequence[Loaded], directory: Directory, config_problems: Sequence[Problem],
         code: Path) -> str:
    stat = code.stat()
    parts = (CACHE_VERSION, stat.st_size, stat.st_mtime_ns,
             tuple((f.path, f.blob, f.plan is None) for f in files), directory,
             tuple(config_problems))
    return sha1(pickle.dumps(parts, protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()


def problems(path: Path | None, files: Sequence[Loaded], directory: Directory,
             config_problems: Sequence[Problem], code: Path,
             run: Callable[[], list[Problem]]) -> list[Problem]:
    """`run()`'s result, from the cache at `path` when nothing it depends on has changed."""
    if path is None:
        return run()
    key = _key(files, directory, config_problems, code)
    try:
        with open(path, "rb") as fh:
            stored, found = pickle.load(fh)
        if stored == key:
            return list(found)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError,
            ImportError):
        pass
    found = run()
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump((key, tuple(found)), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:  # a cache we cannot write only costs time
        tmp.unlink(missing_ok=True)
    return found
