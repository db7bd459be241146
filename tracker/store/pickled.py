"""Pickling for the caches kept in .git/tracker: the C pickler alone.

`import pickle` also defines pickle's pure-Python twin of the C pickler (~1 ms, on every
command that reads a cache: all of them); the caches only ever use the C one.
"""

from __future__ import annotations

try:
    from _pickle import UnpicklingError, dump, dumps, load, loads
except ImportError:  # a Python without the C pickler
    from pickle import UnpicklingError, dump, dumps, load, loads

HIGHEST_PROTOCOL = -1  # a negative protocol picks the highest

__all__ = ["HIGHEST_PROTOCOL", "UnpicklingError", "dump", "dumps", "load", "loads"]
