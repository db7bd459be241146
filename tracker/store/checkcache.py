"""The problems `tracker check` finds, kept under .git/tracker/ between runs.

The checks are a pure function of the plan files, units.yaml and the settings' own problems,
so their result is stored with a key made of exactly those (each plan file by its git blob
id, the units and settings problems by value) and of the checks' own code (the file's size
and time), and read back only when the key is equal: it can never disagree with the files.
A warm summary or check then skips ~60 ms of checking 10,000 tasks.

Each file's own problems are kept too, by its path and blob id under the same units and code:
they depend on nothing else (checks.file_problems), so after a clerk edits one plan only that
plan is checked again (73 ms → ~1 ms of a summary after one hand edit), and the checks across
files (one plan id in two files) run over them all, as they always do.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tracker.model import Directory
from tracker.problems import Problem
from tracker.store import pickled
from tracker.store.digest import sha1
from tracker.store.load import CACHE_VERSION, Loaded
from tracker.units import Units

_VERSION = 3  # 2: each file's problems kept beside the whole result; 3: unknown-status says what a label means


def _digest(parts: object) -> str:
    return sha1(pickled.dumps(parts, protocol=pickled.HIGHEST_PROTOCOL)).hexdigest()


def problems(path: Path | None, files: Sequence[Loaded], units: Units,
             config_problems: Sequence[Problem], code: Path) -> list[Problem]:
    """Every problem of `files` (and the settings' own), as `checks.run_checks` finds them:
    from the cache at `path` when nothing they depend on has changed."""
    directory: Directory = units.directory
    stat = code.stat()
    # what every file's problems depend on besides the file: the units and the checks' code
    shared = _digest((_VERSION, CACHE_VERSION, stat.st_size, stat.st_mtime_ns, directory))
    whole = _digest((shared, tuple((f.path, f.blob, f.plan is None) for f in files),
                     tuple(config_problems)))
    cached = pickled.read(path) if path is not None else None
    each: dict[tuple[str, str], tuple[Problem, ...]] = {}
    if isinstance(cached, tuple) and len(cached) == 4 and cached[0] == shared:
        if cached[1] == whole:
            return list(cached[2])
        each = cached[3]
    from tracker import checks  # only a check that runs pays for importing the checks

    ctx = checks.context(units)
    kept: dict[tuple[str, str], tuple[Problem, ...]] = {}
    for f in files:
        key = (f.path, f.blob)
        found = each.get(key) if f.blob else None  # a file that could not be read has no blob
        if found is None:
            found = tuple(checks.file_problems(f, ctx))
        kept[key] = found
    result = checks.combined((kept[(f.path, f.blob)] for f in files), files, config_problems)
    if path is not None:
        pickled.write(path, (shared, whole, tuple(result), kept))
    return result
