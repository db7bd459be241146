"""The summary's reading of history: each commit's changes to task fields, kept per commit in
.git/tracker/fields.cache so that a warm summary need not load the whole history cache."""

from __future__ import annotations

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
    A commit's changes depend on nothing but the commit (blobs and parents are immutable),
    and on whether it is the boundary of a shallow clone, which is part of the key."""
    commits = walk.log_commits(root, revs)
    shallow = walk.shallow_commits(root)
    path = _fields_cache_path(root)
    data = pickled.read(path)
    cached: dict[tuple[str, bool], tuple[Change, ...]] = \
        data[1] if isinstance(data, tuple) and len(data) == 2 and data[0] == walk.CACHE_VERSION else {}
    keys = [(c.sha, c.sha in shallow) for c, _ in commits]
    if any(k not in cached for k in keys):
        found = {e.commit.sha: e.changes for e in walk._walk(root, commits, shallow, known)}
        for (commit, _), key in zip(commits, keys):
            cached[key] = tuple(c for c in found.get(commit.sha, ())
                                if c.scope == "task" and c.op == "changed" and c.field)
        pickled.write(path, (walk.CACHE_VERSION, cached))
    return [(commit, cached[key]) for (commit, _), key in zip(commits, keys) if cached[key]]


def _fields_cache_path(root: Path) -> Path | None:
    gdir = git.git_dir(root)
    return gdir / "tracker" / "fields.cache" if gdir else None
