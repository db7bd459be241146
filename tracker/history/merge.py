"""Three-way merge of one plan file, per task id and per key (the git merge driver's core).

The result starts from OUR text and applies THEIR changes as precise plan edits
(`planfile`), so our bytes and comments stay as they were and theirs arrive as small
splices. Two people changing different tasks, or different fields of one task, merge
cleanly; progress reports appended on both sides are all kept. A true conflict (one field
changed to two different values) keeps our value in place and records both under the
task's `conflict:` key, which `tracker check` reports as an error until a person resolves it:

    conflict:
      - {field: status, ours: doing, theirs: done, theirs_by: 李四}

Nothing is ever dropped: what cannot be applied as an edit is recorded as a conflict.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tracker.store import planfile, yamlsafe, yamltext
from tracker.store.load import as_plain

SPECIAL_TASK_KEYS = ("id", "updates", "units", "conflict")
ITEM_LISTS = ("goals", "phases")


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
    renumbered: tuple[tuple[str, str], ...] = ()  # theirs' new task id -> the id it got


_ABSENT = object()  # a key missing on one side (unlike a key set to null)


def _read(text: str) -> dict[str, Any] | None:
    if not text.strip():
        return {}
    data, problems = yamlsafe.parse(text, "<merge>")
    if data is None or not isinstance(data, dict) or any(p.is_error for p in problems):
        return None
    return as_plain(data)


def _tasks(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for t in data.get("tasks") or []:
        if isinstance(t, dict) and isinstance(t.get("id"), str):
            out[t["id"]] = t
    return out


class _Merge:
    def __init__(self, text: str, theirs_by: str | None) -> None:
        self.text = text
        self.theirs_by = theirs_by
        self.conflicts: list[Conflict] = []
        self.renumbered: list[tuple[str, str]] = []

    def apply(self, edit: planfile.Edit, task: str, field: str, ours: Any, theirs: Any) -> None:
        """Apply one of their changes; if it cannot be written precisely, record it instead."""
        try:
            self.text = planfile.apply_edits(self.text, [edit])
        except planfile.EditError:
            self.conflict(task, field, ours, theirs)

    def conflict(self, task: str, field: str, ours: Any, theirs: Any) -> None:
        self.conflicts.append(Conflict(task, field, ours, theirs))


def merge_texts(base: str, ours: str, theirs: str, theirs_by: str | None = None) -> Merged:
    """Merge THEIR changes since BASE into OURS; pure text in, text out."""
    b, o, t = _read(base), _read(ours), _read(theirs)
    if b is None or o is None or t is None or not o or not t:
        return Merged(None)
    m = _Merge(ours, theirs_by)
    _merge_plan_keys(m, b, o, t)
    _merge_tasks(m, b, o, t)
    _record(m, o)
    return Merged(m.text, tuple(m.conflicts), tuple(m.renumbered))


def _merge_plan_keys(m: _Merge, b: dict[str, Any], o: dict[str, Any], t: dict[str, Any]) -> None:
    for key in _keys(b, o, t):
        if key in ("tasks", "conflict"):
            continue
        bv, ov, tv = b.get(key), o.get(key), t.get(key)
        if tv == bv or ov == tv:
            continue
        if key in ITEM_LISTS and all(isinstance(x, list) or x is None for x in (bv, ov, tv)):
            merged = _merge_items(m, key, bv or [], ov or [], tv or [])
            if merged != (ov or []):
                m.apply(planfile.set_plan_field(key, merged), "", key, ov, tv)
        elif ov == bv:
            m.apply(planfile.set_plan_field(key, tv), "", key, ov, tv)
        else:
            m.conflict("", key, ov, tv)


def _merge_items(m: _Merge, key: str, b: list[Any], o: list[Any], t: list[Any]) -> list[Any]:
    """Goals or phases merged by id and per key; ours wins a conflict, which is recorded."""
    def by_id(items: list[Any]) -> dict[str, dict[str, Any]]:
        return {str(x.get("id")): x for x in items if isinstance(x, dict)}

    bi, oi, ti = by_id(b), by_id(o), by_id(t)
    out = copy.deepcopy(o)
    for item_id, titem in ti.items():
        bitem, oitem = bi.get(item_id), oi.get(item_id)
        if oitem is None:
            if bitem is None or bitem != titem:
                out.append(copy.deepcopy(titem))
            continue
        target = next(x for x in out if isinstance(x, dict) and str(x.get("id")) == item_id)
        for k in _keys(bitem or {}, oitem, titem):
            bv, ov, tv = (bitem or {}).get(k), oitem.get(k), titem.get(k)
            if tv == bv or ov == tv:
                continue
            if ov == bv:
                target[k] = copy.deepcopy(tv)
            else:
                m.conflict("", f"{key}.{item_id}.{k}", ov, tv)
    for item_id in bi:
        if item_id not in ti and item_id in oi and oi[item_id] == bi[item_id]:
            out = [x for x in out if not (isinstance(x, dict) and str(x.get("id")) == item_id)]
    return out


def _merge_tasks(m: _Merge, b: dict[str, Any], o: dict[str, Any], t: dict[str, Any]) -> None:
    bt, ot, tt = _tasks(b), _tasks(o), _tasks(t)
    for task_id, theirs in tt.items():
        base, ours = bt.get(task_id), ot.get(task_id)
        if base is None and ours is None:
            m.apply(planfile.add_task(theirs), task_id, "task", None, theirs)
        elif base is None and ours is not None:
            if ours != theirs:  # both added a task under the same id: keep both
                new_id = _free_id(task_id, set(ot) | set(tt))
                ot[new_id] = theirs
                m.renumbered.append((task_id, new_id))
                m.apply(planfile.add_task({**theirs, "id": new_id}), new_id, "task", None, theirs)
        elif ours is None:
            if theirs != base:  # we removed it, they changed it: bring theirs back, flagged
                m.apply(planfile.add_task(theirs), task_id, "task", None, theirs)
                m.conflict(task_id, "task", "removed", "changed")
        elif base is not None:
            _merge_task(m, task_id, base, ours, theirs)
    for task_id, base in bt.items():
        if task_id in tt or task_id not in ot:
            continue
        if ot[task_id] == base:
            m.apply(planfile.remove_task(task_id), task_id, "task", "kept", "removed")
        else:
            m.conflict(task_id, "task", "changed", "removed")


def _merge_task(m: _Merge, task_id: str, b: dict[str, Any], o: dict[str, Any],
                t: dict[str, Any]) -> None:
    for key in _keys(b, o, t):
        if key in SPECIAL_TASK_KEYS:
            continue
        bv, ov, tv = b.get(key, _ABSENT), o.get(key, _ABSENT), t.get(key, _ABSENT)
        if tv == bv or ov == tv:
            continue
        if ov == bv and tv is _ABSENT:  # they deleted the key: delete it, do not write null
            m.apply(planfile.remove_field(task_id, key), task_id, key, ov, None)
        elif ov == bv:
            m.apply(planfile.set_field(task_id, key, tv), task_id, key, ov, tv)
        else:
            m.conflict(task_id, key, None if ov is _ABSENT else ov, None if tv is _ABSENT else tv)
    for update in _new_items(b.get("updates"), o.get("updates"), t.get("updates")):
        m.apply(planfile.append_update(task_id, update), task_id, "updates", None, update)
    _merge_units(m, task_id, b.get("units"), o.get("units"), t.get("units"))
    bc, oc, tc = b.get("conflict"), o.get("conflict"), t.get("conflict")
    if tc != bc and oc == bc:  # their unresolved conflicts travel with the task
        for item in tc if isinstance(tc, list) else [tc]:
            if isinstance(item, dict):
                m.conflict(task_id, str(item.get("field", "")), item.get("ours"), item.get("theirs"))


def _merge_units(m: _Merge, task_id: str, b: Any, o: Any, t: Any) -> None:
    b, o, t = (x if isinstance(x, dict) else {} for x in (b, o, t))
    if t == b or o == t:
        return
    for unit, te in t.items():
        be, oe = b.get(unit) or {}, o.get(unit) or {}
        te = te or {}
        for key in _keys(be, oe, te):
            bv, ov, tv = be.get(key), oe.get(key), te.get(key)
            if key == "updates":
                for update in _new_items(bv, ov, tv):
                    m.apply(planfile.append_update(task_id, update, unit=unit), task_id,
                            f"units.{unit}.updates", None, update)
            elif tv == bv or ov == tv:
                continue
            elif ov == bv and key == "status" and isinstance(tv, str):
                m.apply(planfile.set_unit_status(task_id, unit, tv), task_id,
                        f"units.{unit}.status", ov, tv)
            else:
                m.conflict(task_id, f"units.{unit}.{key}", ov, tv)


def _new_items(b: Any, o: Any, t: Any) -> list[Any]:
    """Items they appended that we do not have yet (each report kept exactly once)."""
    b, o, t = (x if isinstance(x, list) else [] for x in (b, o, t))
    have = list(o)
    out = []
    pool = list(b)
    for item in t:
        if item in pool:
            pool.remove(item)
            continue
        if item in have:
            have.remove(item)
            continue
        out.append(item)
    return out


def _keys(*maps: dict[str, Any]) -> list[str]:
    seen: dict[str, None] = {}
    for mp in maps:
        for k in mp:
            seen.setdefault(k, None)
    return list(seen)


def _free_id(task_id: str, taken: set[str]) -> str:
    match = re.fullmatch(r"(.*?)(\d+)", task_id)
    prefix, n = (match.group(1), int(match.group(2))) if match else (task_id + "-", 1)
    numbers = [int(x.group(1)) for x in (re.fullmatch(re.escape(prefix) + r"(\d+)", i) for i in taken) if x]
    n = max([n, *numbers]) + 1
    return f"{prefix}{n}"


def _record(m: _Merge, ours: dict[str, Any]) -> None:
    """Write every conflict next to what it is about (the task, or the plan's top level)."""
    by_task: dict[str, list[Conflict]] = {}
    for c in m.conflicts:
        by_task.setdefault(c.task, []).append(c)
    current = _read(m.text) or ours
    tasks = _tasks(current)
    for task_id, items in by_task.items():
        records = [_as_record(c, m.theirs_by) for c in items]
        if task_id and task_id in tasks:
            existing = tasks[task_id].get("conflict")
            edit: Callable[[list[Any]], planfile.Edit] = \
                lambda v, tid=task_id: planfile.set_field(tid, "conflict", v)  # type: ignore[misc]
        else:
            existing = current.get("conflict")
            edit = lambda v: planfile.set_plan_field("conflict", v)
        old = existing if isinstance(existing, list) else ([existing] if existing else [])
        try:
            m.text = planfile.apply_edits(m.text, [edit(old + records)])
        except planfile.EditError:
            # the last resort keeps their values as a comment-free top-level record
            m.text = m.text.rstrip("\n") + "\n" + "\n".join(
                yamltext.block({"conflict": old + records}, 0, 2)) + "\n"


def _as_record(c: Conflict, theirs_by: str | None) -> dict[str, Any]:
    record: dict[str, Any] = {"field": c.field, "ours": c.ours, "theirs": c.theirs}
    if theirs_by:
        record["theirs_by"] = theirs_by
    return record
