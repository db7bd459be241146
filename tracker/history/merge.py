"""Three-way merge of one plan file, value by value (the git merge driver's core).

The result starts from OUR text and applies THEIR changes as precise edits addressed by path
(`pathedit`), so our bytes stay as they were and theirs arrive as small splices. Mappings
merge per key, at any depth; lists of items with ids (tasks, goals, phases) merge per id,
new items where they put them and in their new order; other lists (progress reports,
owners) merge per item (`alignment`): an item deleted on one side and untouched on the
other stays deleted, an item edited on one side is an edit.
Comments merge on their own, by the entry they sit next to (`yamlcomments`). A true
conflict (one value changed to two different values) keeps our value in place and records
both under the task's `conflict:` key, which `tracker check` reports until a person resolves it:

    conflict:
      - {field: status, ours: doing, theirs: done, theirs_by: 李四}

Nothing is ever dropped: what cannot be applied as an edit is recorded as a conflict.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tracker.history import alignment
from tracker.store import pathedit, planfile, yamlcomments, yamlsafe
from tracker.store.load import as_plain
from tracker.store.pathedit import ById

Path = pathedit.Path


@dataclass(frozen=True, slots=True)
class Conflict:
    task: str  # "" for the plan itself
    field: str
    ours: Any
    theirs: Any


@dataclass(frozen=True, slots=True)
class Merged:
    text: str | None  # None: not a readable plan on some side; fall back to a text merge
    conflicts: tuple[Conflict, ...] = ()
    renumbered: tuple[tuple[str, str], ...] = ()  # a new task id both added -> the id one got
    renumbered_side: str = "ours"  # whose task got the new id (see merge_texts)
    # of `renumbered`, the ids one side gave to another task (a renumbering by hand) while the
    # other side changed the task that had it, rather than ids both sides added
    reidentified: tuple[str, ...] = ()


class _Absent:
    """A key missing on one side (unlike a key set to null)."""

    def __repr__(self) -> str:
        return "<absent>"


_ABSENT: Any = _Absent()


def _read(text: str) -> dict[str, Any] | None:
    if not text.strip():
        return {}
    data, problems = yamlsafe.parse(text, "<merge>")
    if data is None or not isinstance(data, dict) or any(p.is_error for p in problems):
        return None
    return as_plain(data)


def _by_id(items: list[Any]) -> dict[str, dict[str, Any]] | None:
    """Items by id, when every item is a mapping with its own string id; else None."""
    out: dict[str, dict[str, Any]] = {}
    for x in items:
        if not isinstance(x, dict) or not isinstance(x.get("id"), str) or x["id"] in out:
            return None
        out[x["id"]] = x
    return out


def _where(path: Path) -> tuple[str, str]:
    """(task id, field) naming a place for people: `T1`, `units.城关镇.status`, `updates.2.text`."""
    if len(path) >= 2 and path[0] == "tasks" and isinstance(path[1], ById):
        task, rest = path[1].id, path[2:]
    else:
        task, rest = "", path
    names = [s.id if isinstance(s, ById) else str(s + 1) if isinstance(s, int) else s for s in rest]
    return task, ".".join(names) or "task"


def _value(v: Any) -> Any:
    return None if v is _ABSENT else v


class _Merge:
    def __init__(self, text: str, theirs_by: str | None, new_file: bool, renumber: str) -> None:
        self.text = text
        self.theirs_by = theirs_by
        self.new_file = new_file  # both sides added this plan: same ids are the same items
        self.renumber = renumber  # "ours" | "theirs": whose new task yields its id
        self.conflicts: list[Conflict] = []
        self.renumbered: list[tuple[str, str]] = []
        self.reidentified: list[str] = []
        self.pending: list[tuple[planfile.Edit, Path, Any, Any]] = []
        self.later: list[tuple[planfile.Edit, Path, Any, Any]] = []  # moves, after the rest

    def apply(self, edit: planfile.Edit, path: Path, ours: Any, theirs: Any) -> None:
        """Queue one of their changes, addressed in OUR text as it was (see `flush`)."""
        self.pending.append((edit, path, ours, theirs))

    def flush(self) -> None:
        """Make the queued changes: all at once when they can be (two parses, not two per
        change: a big plan with many changes merges in a second), else one by one, and
        what cannot be written precisely is recorded as a conflict instead."""
        pending, self.pending = self.pending, []
        if not pending:
            return
        try:
            self.text = pathedit.apply_together(self.text, [p[0] for p in pending])
            return
        except planfile.EditError:
            pass
        for edit, path, ours, theirs in pending:
            try:
                self.text = planfile.apply_edits(self.text, [edit])
            except planfile.EditError:
                self.conflict(path, ours, theirs)

    def conflict(self, path: Path, ours: Any, theirs: Any) -> None:
        task, name = _where(path)
        self.conflicts.append(Conflict(task, name, _value(ours), _value(theirs)))

    # ------------------------------------------------------------ values

    def value(self, path: Path, b: Any, o: Any, t: Any) -> None:
        if t == b or o == t:
            return
        if isinstance(o, dict) and isinstance(t, dict) and (o == b or isinstance(b, dict) or b is _ABSENT):
            return self.mapping(path, b, o, t)
        if isinstance(o, list) and isinstance(t, list) and (o == b or isinstance(b, list) or b is _ABSENT):
            return self.sequence(path, b if isinstance(b, list) else [], o, t)
        if o != b:
            return self.conflict(path, o, t)
        if t is _ABSENT:  # they deleted the key: delete it, do not write null
            return self.apply(pathedit.remove(path), path, o, t)
        self.apply(pathedit.set_value(path, t), path, o, t)

    def mapping(self, path: Path, b: Any, o: dict[str, Any], t: dict[str, Any]) -> None:
        b = b if isinstance(b, dict) else {}
        for key in _keys(b, o, t):
            bv, ov, tv = b.get(key, _ABSENT), o.get(key, _ABSENT), t.get(key, _ABSENT)
            if path == () and key == "tasks" and all(
                    isinstance(x, list) and _by_id(x) is not None for x in (ov, tv)) and (
                    bv is _ABSENT or isinstance(bv, list) and _by_id(bv) is not None):
                self.items(("tasks",), bv if isinstance(bv, list) else [], ov, tv, tasks=True)
            else:
                self.value(path + (key,), bv, ov, tv)

    def sequence(self, path: Path, b: list[Any], o: list[Any], t: list[Any]) -> None:
        if all(_by_id(x) is not None for x in (b, o, t)) and (o or t):
            return self.items(path, b, o, t)
        ops = alignment.three_way(b, o, t)
        if all(not isinstance(x, (dict, list)) for x in [*b, *o, *t]):
            merged = alignment.apply_to_list(o, ops)
            if merged != o:
                self.apply(pathedit.set_value(path, merged), path, o, t)
            return
        for op in ops:
            here = path + (op.at,)
            if op.kind == "delete":
                self.apply(pathedit.remove(here), here, o[op.at], None)
            elif op.kind == "merge":
                self.value(here, op.base, op.ours, op.theirs)
            elif op.kind == "conflict":
                self.conflict(here, op.ours, op.theirs)
            else:
                before = op.at if op.at < len(o) else None
                self.apply(pathedit.insert_items(path, before, list(op.items)), path, None,
                           list(op.items))

    def items(self, path: Path, b: list[Any], o: list[Any], t: list[Any], tasks: bool = False) -> None:
        """Items with ids (tasks, goals, phases) merged per id."""
        bi, oi, ti = (_by_id(x) or {} for x in (b, o, t))
        order = list(ti)
        at = {item_id: k for k, item_id in enumerate(oi)}
        adds: dict[int | None, list[dict[str, Any]]] = {}

        def add(item_id: str, item: dict[str, Any]) -> None:
            """Theirs' new item goes before the next of their items that we have too."""
            nxt = next((at[x] for x in order[order.index(item_id) + 1:] if x in at), None)
            adds.setdefault(nxt, []).append(item)

        moved = _given_away(bi, oi) | _given_away(bi, ti) if tasks else set()
        for item_id, theirs in ti.items():
            base, ours, here = bi.get(item_id), oi.get(item_id), path + (ById(item_id),)
            # one side gave this id to another task while the other changed the task that had
            # it: two tasks under one id, kept both as when both sides add one (never the edit
            # of one task applied to another)
            two = item_id in moved and ours != base and theirs != base
            if ours is not None and (base is not None or self.new_file or not tasks) and not two:
                self.value(here, base if base is not None else _ABSENT, ours, theirs)
            elif ours is not None:
                if ours != theirs:  # both added a task under the same id: keep both
                    new_id = _free_id(item_id, set(oi) | set(ti))
                    self.renumbered.append((item_id, new_id))
                    if two:
                        self.reidentified.append(item_id)
                    if self.renumber == "theirs":
                        oi[new_id] = theirs
                        add(item_id, {**theirs, "id": new_id})
                        continue
                    # ours yields: it gets the new id, theirs goes in just before it
                    self.apply(pathedit.set_value(here + ("id",), new_id), here, item_id, new_id)
                    self.redirect(path, item_id, new_id, bi, oi, ti)
                    oi[new_id] = ours
                    adds.setdefault(at[item_id], []).append(theirs)
            elif base is None:
                add(item_id, theirs)
            elif theirs != base:  # we removed it, they changed it: bring theirs back, flagged
                add(item_id, theirs)
                self.conflict(here, "removed", "changed")
        for item_id, base in bi.items():
            if item_id in ti or item_id not in oi:
                continue
            here = path + (ById(item_id),)
            if oi[item_id] == base:
                self.apply(pathedit.remove(here), here, "kept", "removed")
            else:
                self.conflict(here, "changed", "removed")
        # the last position first, so that each stays valid when made one by one
        for before in sorted(adds, key=lambda k: -1 if k is None else k, reverse=True):
            items = adds[before]
            self.apply(pathedit.insert_items(path, before, items), path, None, items)
        self.order(path, list(bi), list(oi), list(ti))

    def redirect(self, path: Path, old: str, new: str, b: dict[str, Any], o: dict[str, Any],
                 t: dict[str, Any]) -> None:
        """Our tasks that depend on our renumbered task now name its new id (theirs, which
        never saw it, cannot mean it). Left alone where they changed the same list."""
        for task_id, task in o.items():
            deps = task.get("depends_on") if isinstance(task, dict) else None
            if not isinstance(deps, list) or old not in deps:
                continue
            theirs = t.get(task_id)
            if isinstance(theirs, dict) and theirs.get("depends_on") != (b.get(task_id) or {}).get("depends_on"):
                continue
            here = path + (ById(task_id), "depends_on")
            self.apply(pathedit.set_value(here, [new if d == old else d for d in deps]), here, deps, new)

    def order(self, path: Path, b: list[str], o: list[str], t: list[str]) -> None:
        """Their new order of the items all three sides have (after the other changes)."""
        common = set(b) & set(o) & set(t)
        bo, oo, to = ([x for x in ids if x in common] for ids in (b, o, t))
        if to == bo or oo == to:
            return
        if oo != bo:  # both reordered, differently: ours stays, theirs is recorded
            return self.conflict(path + ("order",), oo, to)
        self.later.append((pathedit.reorder(path, to), path + ("order",), oo, to))


def merge_texts(base: str, ours: str, theirs: str, theirs_by: str | None = None,
                renumber: str = "ours") -> Merged:
    """Merge THEIR changes since BASE into OURS; pure text in, text out.

    When both sides added a task under one id, the side named by `renumber` gives its task a
    new id. In a pull or a sync, ours is the office's own work not yet pushed and theirs is on
    the remote, where the other office already knows its task by that id: ours yields. (In a
    rebase the sides swap, and the caller says "theirs".)"""
    b, o, t = _read(base), _read(ours), _read(theirs)
    if b is None or o is None or t is None or not o or not t:
        return Merged(None)
    m = _Merge(ours, theirs_by, new_file=not base.strip(), renumber=renumber)
    m.mapping((), b, o, t)
    m.flush()
    m.pending, m.later = m.later, []
    m.flush()
    _merge_comments(m, base, ours, theirs)
    _record(m, o)
    return Merged(m.text, tuple(m.conflicts), tuple(m.renumbered), renumber, tuple(m.reidentified))


def _keys(*maps: dict[str, Any]) -> list[str]:
    seen: dict[str, None] = {}
    for mp in maps:
        for k in mp:
            seen.setdefault(k, None)
    return list(seen)


def _given_away(base: dict[str, Any], side: dict[str, Any]) -> set[str]:
    """The ids this side gave to another of the base's tasks (T2 deleted and T3 renumbered to
    T2, by hand): the task under the id has the title the base had under another id, which
    this side no longer has under that title."""
    first: dict[str, str] = {}
    for item_id, item in base.items():
        if isinstance(item, dict) and isinstance(item.get("title"), str):
            first.setdefault(item["title"], item_id)
    out = set()
    for item_id, item in side.items():
        was = base.get(item_id)
        if not isinstance(item, dict) or not isinstance(was, dict):
            continue
        title = item.get("title")  # a hand edit may have made it a list: no renumbering told
        other = first.get(title) if isinstance(title, str) else None
        if title == was.get("title") or other is None or other == item_id:
            continue
        there = side.get(other)
        if not isinstance(there, dict) or there.get("title") != title:
            out.add(item_id)
    return out


def _free_id(task_id: str, taken: set[str]) -> str:
    match = re.fullmatch(r"(.*?)(\d+)", task_id)
    prefix, n = (match.group(1), int(match.group(2))) if match else (task_id + "-", 1)
    numbers = [int(x.group(1)) for x in (re.fullmatch(re.escape(prefix) + r"(\d+)", i) for i in taken) if x]
    n = max([n, *numbers]) + 1
    return f"{prefix}{n}"


# ---------------------------------------------------------------- comments


def _merge_comments(m: _Merge, base: str, ours: str, theirs: str) -> None:
    """Give the merged text the comments of a three-way merge of the comments. A comment
    added where nothing is left now goes above what contained it (an old one goes with what
    a side deleted); one that cannot be placed is recorded as a conflict, never dropped."""
    empty = yamlcomments.Layout((), {})
    lb = yamlcomments.read(base) if base.strip() else empty
    lo, lt, lm = yamlcomments.read(ours), yamlcomments.read(theirs), yamlcomments.read(m.text)
    if lb is None or lo is None or lt is None or lm is None:
        return
    now = lm.by_place()
    want = yamlcomments.wanted(lb, lo, lt)
    for where in now:  # a place none of the three has a comment at keeps none
        want.setdefault(where, [])
    in_base = {(c.place, c.text) for c in lb.comments}
    for where in [w for w in want if w[1] != "end" and w[0] not in lm.entries]:
        for c in want.pop(where):
            if (c.place, c.text) in in_base:
                continue
            anchor = where[0]
            while anchor and anchor not in lm.entries:
                anchor = anchor[:-1]
            target = (anchor, "above") if anchor else ((), "end")
            want[target] = want.get(target, now.get(target, [])) + [c]
    changed = {w: cs for w, cs in want.items()
               if [c.text for c in cs] != [c.text for c in now.get(w, [])]}
    text = _verified(m.text, yamlcomments.place(m.text, lm, changed)[0])
    if text is not None:
        m.text = text
        return
    for where, cs in changed.items():  # one place at a time, to keep all that can be kept
        layout = yamlcomments.read(m.text) if len(changed) <= 200 else None
        text = None if layout is None else \
            _verified(m.text, yamlcomments.place(m.text, layout, {where: cs})[0])
        if text is not None:
            m.text = text
            continue
        have = {c.text for c in now.get(where, [])}
        m.conflicts.extend(Conflict("", "comment", None, c.text) for c in cs if c.text not in have)


def _verified(old: str, new: str) -> str | None:
    """`new` when it holds exactly the data of `old` (only comments changed), else None."""
    before, after = _read(old), _read(new)
    return new if after is not None and after == before else None


# ---------------------------------------------------------------- conflict records


def _record(m: _Merge, ours: dict[str, Any]) -> None:
    """Write every conflict next to what it is about (the task, or the plan's top level)."""
    by_task: dict[str, list[Conflict]] = {}
    for c in m.conflicts:
        by_task.setdefault(c.task, []).append(c)
    current = _read(m.text) or ours
    listed = current.get("tasks")
    tasks = {x["id"]: x for x in listed if isinstance(x, dict) and isinstance(x.get("id"), str)} \
        if isinstance(listed, list) else {}
    for task_id, items in by_task.items():
        if task_id and task_id in tasks:
            existing = tasks[task_id].get("conflict")
            edit: Callable[[list[Any]], planfile.Edit] = \
                lambda v, tid=task_id: planfile.set_field(tid, "conflict", v)  # type: ignore[misc]
        else:
            existing = current.get("conflict")
            edit = lambda v: planfile.set_plan_field("conflict", v)
        old = existing if isinstance(existing, list) else ([existing] if existing else [])
        for plain in (False, True):  # values YAML cannot hold as written go in as JSON text
            records = [_as_record(c, m.theirs_by, plain) for c in items]
            try:
                m.text = planfile.apply_edits(m.text, [edit(old + records)])
                break
            except planfile.EditError:
                continue
        else:  # the last resort: the records as comment lines, so the file stays readable
            lines = [f"# conflict: {json.dumps(r, ensure_ascii=False)}" for r in records]
            m.text = m.text.rstrip("\n") + "\n" + "\n".join(lines) + "\n"


def _as_record(c: Conflict, theirs_by: str | None, plain: bool = False) -> dict[str, Any]:
    def shown(v: Any) -> Any:
        return json.dumps(v, ensure_ascii=False, default=str) if plain and isinstance(v, (dict, list)) else v

    record: dict[str, Any] = {"field": c.field, "ours": shown(c.ours), "theirs": shown(c.theirs)}
    if theirs_by:
        record["theirs_by"] = theirs_by
    return record
