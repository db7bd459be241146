"""What a merge commit decided, field by field: the part of a merge that is somebody's change.

Pure. For one plan file of a merge: `against` holds, per parent the merge differs from, the
changes from that parent to the merge (`c_i`) and the changes that parent's side made since
the merge base (`s_i`). A change in `c_i` is the merger's decision when side i had changed
the same thing (a conflict resolved to another value, or side i's change set aside), or when
the merge differs from every parent there (a value neither side had). Everything else in
`c_i` is the other side's own work, already shown under its own commits.
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.history.changes import Change, update_key
from tracker.model import Update


def identity(c: Change) -> tuple[object, ...]:
    """What makes two changes 'the same thing changed': task and field, and for progress
    reports the report itself (two offices each appending one do not touch the same thing)."""
    if c.field == "updates":
        report = c.new if c.op == "added" else c.old
        if isinstance(report, Update):
            return (*c.key, update_key(report))
    return c.key


def decided(against: Sequence[tuple[tuple[Change, ...], tuple[Change, ...] | None]],
            differs_from_all: bool) -> list[Change]:
    """The merger's own changes. `against`: (c_i, s_i) per parent the file differs from;
    s_i is None when the merge base is unknown (no common ancestor, an octopus merge): then
    every difference from that parent counts as decided."""
    everywhere: set[tuple[object, ...]] | None = None
    if differs_from_all:
        for c_i, _ in against:
            ids = {identity(c) for c in c_i}
            everywhere = ids if everywhere is None else everywhere & ids
    out: list[Change] = []
    seen: set[tuple[object, ...]] = set()
    for c_i, s_i in against:
        # a whole item the merge added or removed counts as changed on side i when side i
        # changed any of its fields (the other side deleted it, this side reported on it)
        side = None if s_i is None else ({identity(c) for c in s_i}
                                         | {(c.plan, c.scope, c.item, "") for c in s_i})
        for c in c_i:
            ident = identity(c)
            if ident in seen:
                continue
            if side is None or ident in side or (everywhere is not None and ident in everywhere):
                seen.add(ident)
                out.append(c)
    return out
