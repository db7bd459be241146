"""Pickling for the caches kept in .git/tracker: the C pickler alone.

`import pickle` also defines pickle's pure-Python twin of the C pickler (~1 ms, on every
command that reads a cache: all of them); the caches only ever use the C one.
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    from _pickle import UnpicklingError, dump, dumps, load, loads
except ImportError:  # a Python without the C pickler
    from pickle import UnpicklingError, dump, dumps, load, loads

HIGHEST_PROTOCOL = -1  # a negative protocol picks the highest
# What a damaged, truncated or outdated cache file raises when read back
UNREADABLE = (OSError, EOFError, UnpicklingError, ValueError, TypeError, AttributeError,
              ImportError, IndexError)


def read(path: Path | None) -> object:
    """A cache file's value; None when there is none or it cannot be read. A cache is
    rebuilt, never trusted: the caller checks the value's version and shape."""
    if path is None:
        return None
    try:
        # from the file, not its bytes: frames are read as needed, so megabytes of pickle
        # never sit in memory beside the objects made from them
        with open(path, "rb") as fh:
            return load(fh)
    except UNREADABLE:
        return None


def write(path: Path | None, value: object) -> None:
    """Replace the cache file at `path` with `value`: written beside it and renamed over it,
    so a reader sees the old file or the new one, never half. A cache that cannot be written
    (read-only disk, no space) only costs speed next time: nothing is raised."""
    if path is None:
        return
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            dump(value, fh, protocol=HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # the folder is not there or not a folder: nothing was written
            pass


__all__ = ["HIGHEST_PROTOCOL", "UNREADABLE", "UnpicklingError", "dump", "dumps", "load", "loads",
           "read", "write"]
