"""Two different plans added under one file name by two offices, set apart before a merge.

Each office importing its own document gets plans/plan-2026-01.yaml with id plan-2026-01 (the
importer's default). Merged as one file they would become one plan holding both offices'
tasks, every field in conflict. Two plans added on both sides under one path are the same
plan only when their titles agree; otherwise ours (not pushed yet: the other office already
knows theirs by that id) takes the next free id and file, as a task added twice under one id
does, in a commit of its own before the merge.
"""

from __future__ import annotations

import re
from pathlib import Path

from tracker.history import git
from tracker.model import Plan
from tracker.store import load, ondisk, planfile

_PLANS = "plans/"


def set_apart(root: Path, theirs: str, env: dict[str, str]) -> list[tuple[str, str, str | None]]:
    """Move each plan file that both HEAD and `theirs` added since their merge base, holding
    two different plans, to a free name; (old path, new path, new plan id or None when the
    ids differed) for each, committed."""
    base = git.run_git(root, "merge-base", "HEAD", theirs).stdout.decode().strip()
    ours, their = _added(root, base, "HEAD"), _added(root, base, theirs)
    twins = [p for p in ours if p in their and ours[p] != their[p]]
    if not twins:
        return []
    taken = _stems(root, "HEAD") | _stems(root, theirs)
    moved: list[tuple[str, str, str | None]] = []
    for path in twins:
        mine, other = _plan(root, "HEAD", path), _plan(root, theirs, path)
        if mine is None or other is None or _same(mine.title, other.title):
            continue  # unreadable (the merge reports it) or one plan typed twice: merged as one
        stem = path[len(_PLANS):-len(".yaml")]
        new_stem = _free(stem, taken)
        taken.add(new_stem)
        new_path = f"{_PLANS}{new_stem}.yaml"
        raw = (root / path).read_bytes()
        text, bom = ondisk.read_text(raw)
        new_id = None
        if mine.id == other.id:
            new_id = new_stem if stem == mine.id else _free(mine.id, taken | {mine.id})
            text = planfile.apply_edits(text, [planfile.set_plan_field("id", new_id)])
        git.run_git(root, "mv", path, new_path)
        (root / new_path).write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
        git.run_git(root, "add", "--", new_path)
        moved.append((path, new_path, new_id))
    if moved:
        said = "; ".join(f"{old} -> {new}" for old, new, _ in moved)
        git.run_git(root, "commit", "-q", "-m",
                    f"sync: set apart {said} (the other office added another plan there)"
                    "\n\nTool: tracker\n", env=env)
    return moved


def _added(root: Path, base: str, rev: str) -> dict[str, str]:
    """Plan files added between `base` and `rev`, with their blob ids."""
    out = git.run_git(root, "diff", "--raw", "--no-abbrev", "--no-renames", "--diff-filter=A",
                      "-z", base, rev, "--", _PLANS).stdout.decode("utf-8", "replace")
    fields = out.split("\0")
    added = {}
    for meta, path in zip(fields[::2], fields[1::2]):
        if path.endswith(".yaml") and "/" not in path[len(_PLANS):]:
            added[path] = meta.split()[3]
    return added


def _stems(root: Path, rev: str) -> set[str]:
    out = git.run_git(root, "ls-tree", "--name-only", "-z", rev, _PLANS).stdout.decode("utf-8", "replace")
    return {p[len(_PLANS):-len(".yaml")] for p in out.split("\0") if p.endswith(".yaml")}


def _plan(root: Path, rev: str, path: str) -> Plan | None:
    """The plan the file holds at `rev`, or None when it does not read."""
    raw = git.run_git(root, "show", f"{rev}:{path}", check=False)
    return None if raw.returncode != 0 else load.load_plan_bytes(raw.stdout, path).plan


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)


def _free(name: str, taken: set[str]) -> str:
    """The next name after `name` not taken: plan-2026-01 -> plan-2026-02, 防汛 -> 防汛-2."""
    numbered = re.fullmatch(r"(.*?)(\d+)", name)
    prefix, n, width = (numbered.group(1), int(numbered.group(2)), len(numbered.group(2))) \
        if numbered else (name + "-", 1, 1)
    while True:
        n += 1
        candidate = f"{prefix}{n:0{width}d}"
        if candidate not in taken:
            return candidate
