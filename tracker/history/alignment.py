"""What one side did to a list without ids (progress reports, owners, evidence), item by item.

`align(base, side)` says for each base item whether the side kept it, deleted it or edited it
(and into which of its items), and which new items it put into each gap between base items.
An edited report is told from a deleted one plus a new one by how much of it stayed the same:
an item that kept at least half its fields (its date and author, say) is the same report.
`three_way` turns two alignments into the operations that bring their changes into ours.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Fate:
    kind: str  # "keep" | "delete" | "edit"
    index: int | None = None  # the item's position on the side (keep, edit)


@dataclass(slots=True)
class Alignment:
    fates: list[Fate]
    inserted: dict[int, list[int]] = field(default_factory=dict)  # gap before base[i] -> side items


def _key(item: Any) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)


def _likeness(a: Any, b: Any) -> bool:
    if not (isinstance(a, dict) and isinstance(b, dict)):
        return False
    keys = set(a) | set(b)
    same = sum(1 for k in keys if k in a and k in b and a[k] == b[k])
    return same > 0 and same * 2 >= len(keys)


def align(base: list[Any], side: list[Any]) -> Alignment:
    out = Alignment([Fate("delete")] * len(base))
    matcher = difflib.SequenceMatcher(None, [_key(x) for x in base], [_key(x) for x in side],
                                      autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for k in range(i2 - i1):
                out.fates[i1 + k] = Fate("keep", j1 + k)
            continue
        nxt = i1
        pending: list[int] = []
        for j in range(j1, j2):
            match = next((i for i in range(nxt, i2) if _likeness(base[i], side[j])), None)
            if match is None:
                pending.append(j)
                continue
            if pending:
                out.inserted.setdefault(match, []).extend(pending)
                pending = []
            out.fates[match] = Fate("edit", j)
            nxt = match + 1
        if pending:
            out.inserted.setdefault(i2, []).extend(pending)
    return out


@dataclass(frozen=True, slots=True)
class Op:
    """One change to ours: at `at` (ours' position), `kind` is "delete", "merge" (the three
    versions of one item, to merge further), "insert" (their new items, before `at`; at the
    end when `at` == len(ours)) or "conflict"."""

    at: int
    kind: str
    base: Any = None
    ours: Any = None
    theirs: Any = None
    items: tuple[Any, ...] = ()


def three_way(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Op]:
    """Their changes as operations on ours, in the order to apply them (last position first,
    so that each position stays valid)."""
    o_al, t_al = align(base, ours), align(base, theirs)
    ours_new = [ours[j] for js in o_al.inserted.values() for j in js]
    ops: list[Op] = []

    def survivor(i: int) -> int:
        """Ours' position of the first base item from i on that ours still has."""
        for k in range(i, len(base)):
            if o_al.fates[k].kind != "delete":
                return o_al.fates[k].index or 0
        return len(ours)

    back: dict[int, list[Any]] = {}
    for i, (ft, fo) in enumerate(zip(t_al.fates, o_al.fates, strict=True)):
        if ft.kind == "keep":
            continue
        if fo.kind == "delete":
            if ft.kind == "edit":  # we deleted what they changed: theirs comes back, flagged
                back.setdefault(i + 1, []).append(theirs[ft.index or 0])
                ops.append(Op(survivor(i + 1), "conflict", base[i], None, theirs[ft.index or 0]))
            continue
        at = fo.index or 0
        if ft.kind == "delete":
            if fo.kind == "keep":
                ops.append(Op(at, "delete"))
            else:  # we changed what they deleted: ours stays, flagged
                ops.append(Op(at, "conflict", base[i], ours[at], None))
            continue
        ops.append(Op(at, "merge", base[i], ours[at], theirs[ft.index or 0]))
    gaps = {g: [theirs[j] for j in js] for g, js in t_al.inserted.items()}
    for g, items in back.items():
        gaps[g] = items + gaps.get(g, [])
    for g, items in gaps.items():
        fresh = []
        for item in items:
            if item in ours_new:
                ours_new.remove(item)
            else:
                fresh.append(item)
        if fresh:
            ops.append(Op(survivor(g), "insert", items=tuple(fresh)))
    order = {"conflict": 0, "delete": 1, "merge": 1, "insert": 2}
    return sorted(ops, key=lambda op: (-op.at, order[op.kind]))


def apply_to_list(ours: list[Any], ops: list[Op]) -> list[Any]:
    """The ops carried out on a plain list (for lists written whole, like `owners: [...]`)."""
    out = list(ours)
    for op in ops:
        if op.kind == "delete":
            del out[op.at]
        elif op.kind == "merge":
            out[op.at] = op.theirs if op.ours == op.base else op.ours
        elif op.kind == "insert":
            out[op.at:op.at] = list(op.items)
    return out
