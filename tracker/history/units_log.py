"""units.yaml's history read as changes, for the audit trail beside the plans'.

Which unit was added, removed, renamed (its old name kept as an alias) or given other aliases, which group gained or lost members,
which person moved to another unit: each commit that changed units.yaml (tracker's or a hand
edit), oldest first, as `Change`s of plan "units.yaml" with scope unit | group | person and
the name as item. A merge lists nothing of its own (each side's changes are under the side's
commits), and a version that does not read is one `broken` change, never everything removed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from tracker.history import git, walk
from tracker.history.changes import Change
from tracker.model import Directory
from tracker.store import config

FILE = "units.yaml"


def entries(root: Path, revs: tuple[str, ...] = ("HEAD",)) -> list[walk.Entry]:
    """The commits that changed units.yaml, oldest first, each with what it changed."""
    # a shallow clone's boundary commit is where its history starts, not where every unit was
    # added (the plans' history-start line says so)
    boundary = walk.shallow_commits(root)
    commits = [(c, files) for c, files in walk.log_commits(root, revs, pathspec=FILE)
               if c.parents or c.sha not in boundary]
    pairs = [(f.olds[0], f.new) for commit, files in commits if len(commit.parents) < 2
             for f in files if f.path == FILE]
    raws = walk.read_blobs(root, sorted({b for pair in pairs for b in pair if b}))
    out = []
    for commit, files in commits:
        if len(commit.parents) > 1:
            continue
        for f in files:
            if f.path == FILE:
                changes = diff(_read(raws, f.olds[0]), _read(raws, f.new))
                if changes:
                    out.append(walk.Entry(commit, tuple(changes)))
    return out


def beside(root: Path, revs: tuple[str, ...], plans: list[walk.Entry]) -> list[walk.Entry]:
    """The plans' history entries with units.yaml's among them, in the order git lists their
    commits (the walk's order: a date alone would put a commit dated back before its parent)."""
    units = entries(root, revs)
    if not units or not plans:
        return units or plans
    # the common cases need no other git call: a units.yaml change in a commit that changed
    # plans too (tracker init's, an import's) goes just after it, a root commit's first
    at = {e.commit.sha: k for k, e in enumerate(plans)}
    if all(u.commit.sha in at or not u.commit.parents for u in units):
        mine = {id(u) for u in units}
        return sorted([*plans, *units],
                      key=lambda e: 2 * at.get(e.commit.sha, -1) + 1 + (id(e) in mine))
    listed = git.run_git(root, "rev-list", "--reverse", "--full-history", *revs,
                         check=False).stdout.decode().split()
    order = {sha: k for k, sha in enumerate(listed)}
    return sorted([*plans, *units], key=lambda e: order.get(e.commit.sha, len(order)))


_BROKEN = object()


def _read(raws: dict[str, bytes], blob: str) -> Directory | object | None:
    if not blob:
        return None
    directory, problems = config.load_directory(raws.get(blob, b""), FILE)
    return _BROKEN if any(p.is_error for p in problems) else directory


def diff(old: Directory | object | None, new: Directory | object | None) -> list[Change]:
    """What changed from one version of units.yaml to the next (None: the file is absent)."""
    if new is _BROKEN:
        return [Change(FILE, "units", "", "", "broken")]
    if old is _BROKEN:
        return [Change(FILE, "units", "", "", "repaired")]
    before = old if isinstance(old, Directory) else Directory()
    after = new if isinstance(new, Directory) else Directory()
    out: list[Change] = []
    units_a = {u.name: tuple(u.aliases) for u in before.units}
    units_b = {u.name: tuple(u.aliases) for u in after.units}
    _renamed(out, units_a, units_b)
    _by_name(out, "unit", units_a, units_b, "aliases", lambda name, _: name)
    _by_name(out, "group", dict(before.groups), dict(after.groups), "members",
             lambda _, members: "、".join(members))
    people_a = {p.name: p.unit for p in before.people}
    people_b = {p.name: p.unit for p in after.people}
    _by_name(out, "person", people_a, people_b, "unit",
             lambda name, unit: f"{name}（{unit}）" if unit else name)
    return out


def _renamed(out: list[Change], old: dict[str, tuple[str, ...]],
             new: dict[str, tuple[str, ...]]) -> None:
    """A unit renamed (机构改革: 县农业局 becomes 县农业农村局, its old name kept as an alias so
    the plans naming it stay its tasks) is one change, not a unit removed and another added.
    The pair is taken out of `old` and `new`, each side's aliases beside the name, so what
    remains is compared as before (an alias also added or dropped is said as such)."""
    for name, aliases in list(new.items()):
        if name in old:
            continue
        was = next((a for a in aliases if a in old and a not in new), None)
        if was is None:
            continue
        out.append(Change(FILE, "unit", name, "name", "changed", was, name, (name, was)))
        before = old.pop(was)
        after = tuple(a for a in new.pop(name) if a != was)
        if before != after:
            out.append(Change(FILE, "unit", name, "aliases", "changed", before, after, (name, was)))


def _by_name(out: list[Change], scope: str, old: Mapping[str, Any], new: Mapping[str, Any],
             field: str, show: Callable[[str, Any], str]) -> None:
    for name, value in old.items():
        if name not in new:
            out.append(Change(FILE, scope, name, "", "removed", show(name, value), None,
                              _named(scope, name, value)))
    for name, value in new.items():
        if name not in old:
            out.append(Change(FILE, scope, name, "", "added", None, show(name, value),
                              _named(scope, name, value)))
        elif old[name] != value:
            out.append(Change(FILE, scope, name, field, "changed", old[name], value,
                              _named(scope, name, value) + _named(scope, name, old[name])))


def _named(scope: str, name: str, value: object) -> tuple[str, ...]:
    """The units a change concerns, for `log --unit`: the unit itself, a group's members, a
    person's unit."""
    if scope == "unit":
        return (name,)
    if scope == "group":
        return (name, *(value if isinstance(value, tuple) else ()))
    return (str(value),) if value else ()
