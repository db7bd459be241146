"""The plan each edit left behind, read: one small file per plan under .git/tracker/edited/.

`tracker set plan/T3 …` names its plan, so it reads that one file, not the whole plan cache
(3.5 MB for 10,000 tasks: as slow to unpickle as parsing the plan). After an edit the tool
knows the new file exactly (it parsed the edited task; `taskchunks.with_task`), so it keeps
that here under the new blob id; the next command naming the plan reads ~40 KB instead of
parsing 100 tasks. Keyed by the git blob id of the file's bytes like the plan cache: a file
changed by hand, or by anything else, simply misses. Rebuildable, never authoritative.
"""

from __future__ import annotations

from pathlib import Path

from tracker.store import pickled
from tracker.store.digest import sha1
from tracker.store.load import CACHE_VERSION, Loaded

FOLDER = "edited"


def _file(cache_dir: Path, rel: str) -> Path:
    return cache_dir / FOLDER / (sha1(rel.encode("utf-8")).hexdigest()[:16] + ".cache")


def get(cache_dir: Path | None, rel: str, blob: str) -> Loaded | None:
    """The plan at `rel` as read from bytes with this blob id, if an edit left it here."""
    if cache_dir is None:
        return None
    data = pickled.read(_file(cache_dir, rel))
    if not (isinstance(data, tuple) and len(data) == 2 and data[0] == CACHE_VERSION):
        return None
    loaded = data[1]
    if not isinstance(loaded, Loaded):
        return None
    return loaded if loaded.blob == blob and loaded.path == rel else None


def put(cache_dir: Path | None, loaded: Loaded) -> None:
    """Keep `loaded` for its plan file (replacing the one an earlier edit left)."""
    if cache_dir is None:
        return
    pickled.write(_file(cache_dir, loaded.path), (CACHE_VERSION, loaded))
