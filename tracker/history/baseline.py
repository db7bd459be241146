"""Baselines (印发): the issued version of each plan, as an annotated tag
`baseline/<plan>/<name>`, and what changed since it."""

from __future__ import annotations

from pathlib import Path

from tracker.history import git
from tracker.history.changes import Change, diff_plans
from tracker.history.walk import plans_at, plans_in_worktree

BASELINE_REFS = "refs/tags/baseline/"


def baselines(root: Path) -> dict[str, tuple[str, str]]:
    """The latest baseline of each plan: plan id -> (tag name, commit)."""
    proc = git.run_git(root, "for-each-ref", "--sort=creatordate", "--sort=refname",
                           "--format=%(creatordate:unix) %(refname) %(objectname) %(*objectname)",
                           BASELINE_REFS, check=False)
    latest: dict[str, tuple[int, str, str]] = {}
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        when, ref, obj = int(parts[0]), parts[1], parts[-1]
        name = ref[len("refs/tags/"):]
        plan_id = name[len("baseline/"):].split("/", 1)[0]
        if plan_id not in latest or when >= latest[plan_id][0]:
            latest[plan_id] = (when, name, obj)
    return {p: (name, sha) for p, (_, name, sha) in latest.items()}


def create_baseline(root: Path, plan_ids: list[str], name: str, env: dict[str, str]) -> list[str]:
    """Tag HEAD as the issued version (印发) of each plan; returns the tag names."""
    tags = []
    for plan_id in plan_ids:
        tag = f"baseline/{plan_id}/{name}"
        git.run_git(root, "tag", "-a", "-m", f"baseline {plan_id} {name}", tag, "HEAD", env=env)
        tags.append(tag)
    return tags


def commits_before(root: Path) -> dict[str, set[str]]:
    """Per plan, the commits already contained in its baseline (to leave out of the log)."""
    out = {}
    for plan_id, (_, sha) in baselines(root).items():
        proc = git.run_git(root, "rev-list", sha, "--")
        out[plan_id] = set(proc.stdout.decode().split())
    return out


def changes_since(root: Path, plan_id: str | None) -> list[Change] | None:
    """Every change of the baselined plans from their baseline to the working tree."""
    marks = baselines(root)
    if plan_id is not None:
        marks = {k: v for k, v in marks.items() if k == plan_id}
    if not marks:
        return None
    now = {p.id: p for p in plans_in_worktree(root).values() if p is not None}
    out: list[Change] = []
    for pid, (_, sha) in sorted(marks.items()):
        then = {p.id: p for p in plans_at(root, sha).values() if p is not None}
        out.extend(diff_plans(then.get(pid), now.get(pid)))
    return out
