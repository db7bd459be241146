"""Git states a crash leaves behind, found and repaired before the tool commits.

`git commit` writes the commit, moves the branch, and only then writes the index. Killed
between the last two (a closed laptop, a killed terminal), it leaves HEAD at the new commit
and the index at the old one: `git status` then shows the commit's change staged in reverse,
and a later plain `git commit` records the old plan again. Here that state is recognised (the
index entries of plans/ that differ from HEAD are exactly HEAD's parent's) and repaired by
resetting those index entries to HEAD; the working files are never touched.

(Lock files left by a killed git are explained where git reports them: `git.LockedError`.)
"""

from __future__ import annotations

import os
from pathlib import Path

from tracker.history import git

ZERO = "0" * 40


def index_may_lag(root: Path) -> bool:
    """The cheap test, two stat calls. git writes the new index into `index.lock` before it
    moves the branch and renames it into place after, so after any finished commit the index's
    inode changed (ctime) no earlier than the branch's ref file; an index changed before the
    ref is the only way the crash state can look. (Windows keeps no change time, only the
    creation time: there the full test runs every time.)"""
    gdir = git.git_dir(root)
    ref = git.head_ref_file(gdir) if gdir is not None else None
    if gdir is None or ref is None:
        return False
    if os.name == "nt":
        return True
    try:
        return ref.stat().st_ctime_ns > (gdir / "index").stat().st_ctime_ns
    except OSError:
        return False


def lagging_entries(root: Path, pathspec: str = "plans") -> list[tuple[str, str, str]]:
    """(mode, blob, path) at HEAD for each index entry under `pathspec` that still holds
    HEAD's parent's version; empty unless every differing entry does (a difference that is
    not the parent's is someone's staged work, not a crash, and is left alone)."""
    proc = git.run_git(root, "diff-index", "--cached", "--no-renames", "-z", "HEAD", "--",
                       pathspec, check=False)
    if proc.returncode != 0 or not proc.stdout:
        return []
    fields = proc.stdout.decode("utf-8", "surrogateescape").split("\0")
    entries = []  # (HEAD mode, HEAD blob, index blob, path)
    for meta, path in zip(fields[0::2], fields[1::2]):
        parts = meta.lstrip(":").split()
        if len(parts) >= 4:
            entries.append((parts[0], parts[2], parts[3], path))
    if not entries:
        return []
    parent = git.run_git(root, "ls-tree", "-z", "HEAD^", "--", *(e[3] for e in entries),
                         check=False)
    if parent.returncode != 0:
        return []
    before = {}
    for line in parent.stdout.decode("utf-8", "surrogateescape").split("\0"):
        meta, _, path = line.partition("\t")
        if path:
            before[path] = meta.split()[2]
    if any(before.get(path, ZERO) != index_blob for _, _, index_blob, path in entries):
        return []
    return [(mode, blob, path) for mode, blob, _, path in entries]


def repair_index(root: Path) -> list[str]:
    """Bring the index entries of plans/ back to HEAD when a killed commit left them behind;
    the paths repaired (usually none, at the cost of two stat calls)."""
    if not index_may_lag(root):
        return []
    lagging = lagging_entries(root)
    if not lagging:
        return []
    # mode 0 removes an entry that HEAD does not have; the working files are not read
    info = "".join(f"{mode if blob != ZERO else '0'} {blob}\t{path}\0"
                   for mode, blob, path in lagging)
    git.run_git(root, "update-index", "-z", "--index-info", input=info.encode("utf-8",
                                                                             "surrogateescape"))
    return [path for _, _, path in lagging]
