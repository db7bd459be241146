"""The summary's reading of history: each commit's changes to task fields, kept per commit in
.git/tracker/fields.cache so that a warm summary need not load the whole history cache."""

from __future__ import annotations

import os
from pathlib import Path

from tracker.history import git, walk
from tracker.history.changes import Change
from tracker.history.walk import Commit
from tracker.model import Plan
from tracker.store import pickled


def task_field_changes(root: Path, revs: tuple[str, ...],
                       known: dict[str, Plan] | None = None) -> list[tuple[Commit, tuple[Change, ...]]]:
    """Each commit reaching `revs` (oldest first) with its changes to task fields — all the
    summary reads of history ("what changed this period").

    They are kept per commit in .git/tracker/fields.cache, a file a few kilobytes long,
    so a summary whose commits were all seen before reads it instead of the history cache:
    that holds every change of every commit (10,100 for a 10,000-task repository's first
    commit alone) and took 11 ms to load, for a summary that keeps none of the added tasks.
    A commit's changes depend on nothing but the commit and the parents git lists for it
    (blobs and parents are immutable; a replaced or grafted commit lists others), and on
    whether it is the boundary of a shallow clone: all three are the key.

    The file also keeps the last log read, under what decides it (`_log_key`: HEAD's commit,
    the revisions, the shallow boundary, the time zone a `--since` date is read in, git's
    config), so a summary run again before anything is committed starts no `git log` — in a
    repository of loose objects, as the tool's own commits leave it until git packs them,
    that log took 47 ms for 220 commits."""
    shallow = walk.shallow_commits(root)
    path = _fields_cache_path(root)
    data = pickled.read(path)
    fresh = isinstance(data, tuple) and len(data) == 3 and data[0] == walk.CACHE_VERSION
    cached: dict[tuple[str, tuple[str, ...], bool], tuple[Change, ...]] = \
        data[1] if fresh else {}  # type: ignore[index]
    logged = data[2] if fresh else None  # type: ignore[index]
    log_key = _log_key(root, revs, shallow)
    commits: list[tuple[Commit, list[walk._FileChange]]] = []
    hit = log_key is not None and isinstance(logged, tuple) and logged[0] == log_key
    if hit:
        commits = [(c, []) for c in logged[1]]  # type: ignore[index]
    keys = [(c.sha, c.parents, c.sha in shallow) for c, _ in commits]
    if not hit or any(k not in cached for k in keys):
        # a log the file does not hold, or holds without every commit's changes: ask git
        commits = walk.log_commits(root, revs)
        keys = [(c.sha, c.parents, c.sha in shallow) for c, _ in commits]
    added = any(k not in cached for k in keys)
    if added:
        found = {e.commit.sha: e.changes for e in walk._walk(root, commits, shallow, known)}
        for (commit, _), key in zip(commits, keys):
            cached[key] = tuple(c for c in found.get(commit.sha, ())
                                if c.scope == "task" and c.op == "changed" and c.field)
    # a log git must be asked for every time (`--since REV`) leaves the last one kept
    new_log = (log_key, [c for c, _ in commits]) if log_key is not None else logged
    if added or new_log != logged:
        pickled.write(path, (walk.CACHE_VERSION, cached, new_log))
    return [(commit, cached[key]) for (commit, _), key in zip(commits, keys) if cached[key]]


def _log_key(root: Path, revs: tuple[str, ...], shallow: frozenset[str]) -> tuple[object, ...] | None:
    """What `git log` over `revs` depends on besides the commits themselves, or None when it
    cannot be told without git: HEAD not a plain branch file, revisions other than HEAD and
    --since, replace refs or grafts (they change the parents git lists, HEAD unmoved)."""
    if not revs or any(r != "HEAD" and not r.startswith("--since=") for r in revs):
        return None
    head = git.head_commit(root)
    gdir = git.git_dir(root)
    if head is None or gdir is None or _replaced(gdir):
        return None
    try:
        config = gdir.joinpath("config").stat()
    except OSError:
        return None
    return (head, revs, tuple(sorted(shallow)), os.environ.get("TZ"),
            config.st_mtime_ns, config.st_size)


def _replaced(gdir: Path) -> bool:
    """Replace refs or grafts in the repository (loose, or packed by git pack-refs)."""
    try:
        if any((gdir / "refs" / "replace").iterdir()):
            return True
    except OSError:
        pass
    if (gdir / "info" / "grafts").exists():
        return True
    try:
        return b"refs/replace/" in (gdir / "packed-refs").read_bytes()
    except OSError:
        return False


def _fields_cache_path(root: Path) -> Path | None:
    gdir = git.git_dir(root)
    return gdir / "tracker" / "fields.cache" if gdir else None
