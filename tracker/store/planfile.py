"""Precise edits of one plan file, and the only YAML *writer*.

An edit splices new text into the exact span of the value it changes, found through the
composer's marks, so every other byte (comments, key order, quoting, indentation, anchors,
a BOM, CRLF line ends) stays as the person wrote it: a one-field change is a one-line diff.
The spans and the new text are found by `splice`.
Every edit is verified before it is written: the new text is parsed again and must equal the
old data with exactly the requested change applied; otherwise nothing is written. An edit
confined to one task item can be made and verified on that item alone (`edit_item`), which
is the same splice and the same check without parsing the other tasks.
Reading and writing the file itself (atomic replace, the canonical style of `tracker fmt`)
is `ondisk`'s.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from tracker.store import splice
from tracker.store.editerrors import ChangedOnDisk as ChangedOnDisk
from tracker.store.editerrors import EditError as EditError
from tracker.store.load import as_plain
from tracker.store.yamltext import flow_map
from tracker.structs import Struct

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Any


class Edit(Struct, frozen=True):
    """One change to a plan: applied to the text (splices) and to the data (to verify)."""

    describe: str
    text_op: Callable[[splice.Doc], list[splice.Splice]]
    data_op: Callable[[dict[str, Any]], None]
    # the same splice found without ruamel (`quickedit`), for the edits `tracker set` makes
    quick: Callable[[Any], list[tuple[int, int, str]]] | None = None


def _task_data(data: dict[str, Any], task_id: str) -> dict[str, Any]:
    for t in data.get("tasks") or []:
        if isinstance(t, dict) and t.get("id") == task_id:
            return t
    raise EditError(f"找不到任务 {task_id}", f"no task {task_id}")


def set_field(task_id: str, key: str, value: Any) -> Edit:
    def text_op(doc: splice.Doc) -> list[splice.Splice]:
        task = doc.task(task_id)
        pair = doc.get(task, key)
        if pair is None:
            return [splice.insert_key(doc, task, key, value)]
        return [splice.replace_value(doc, pair[0], pair[1], value)]

    def data_op(data: dict[str, Any]) -> None:
        _task_data(data, task_id)[key] = copy.deepcopy(value)

    def quick(doc: Any) -> list[tuple[int, int, str]]:
        from tracker.store import quickedit

        return quickedit.set_field(doc, task_id, key, value)

    return Edit(f"{task_id}.{key}", text_op, data_op, quick)


def set_plan_field(key: str, value: Any) -> Edit:
    def text_op(doc: splice.Doc) -> list[splice.Splice]:
        pair = doc.get(doc.root, key)
        if pair is None:
            return [splice.insert_key(doc, doc.root, key, value)]
        return [splice.replace_value(doc, pair[0], pair[1], value)]

    def data_op(data: dict[str, Any]) -> None:
        data[key] = copy.deepcopy(value)

    return Edit(key, text_op, data_op)


def append_update(task_id: str, update: dict[str, Any], unit: str | None = None) -> Edit:
    """Add a progress report to a task, or to one unit's entry in its `units:` map."""

    def text_op(doc: splice.Doc) -> list[splice.Splice]:
        task = doc.task(task_id)
        if unit is None:
            return [splice.append_item(doc, task, "updates", update)]
        units = doc.get(task, "units")
        if units is None:
            return [splice.insert_key(doc, task, "units", {unit: {"updates": [update]}})]
        entry = doc.get(units[1], unit) if units[1].id == "mapping" else None
        if entry is None:
            return [splice.insert_key(doc, units[1], unit, {"updates": [update]})]
        if entry[1].id != "mapping" or entry[1].flow_style:
            return splice.rewrite_unit_entry(doc, entry, {"updates": [update]})
        return [splice.append_item(doc, entry[1], "updates", update)]

    def data_op(data: dict[str, Any]) -> None:
        t = _task_data(data, task_id)
        if unit is None:
            t["updates"] = list(t.get("updates") or []) + [dict(update)]
            return
        units = t.setdefault("units", {})
        entry = units.get(unit) or {}
        entry["updates"] = list(entry.get("updates") or []) + [dict(update)]
        units[unit] = entry

    return Edit(f"{task_id}.updates", text_op, data_op)


def revise_update(task_id: str, old: dict[str, Any], new: dict[str, Any]) -> Edit:
    """Rewrite one progress report of a task in place (the last one equal to `old` in date,
    by, unit and text) as `new`: each value replaced where it stands, a key `new` adds
    appended to the entry, one it drops removed. A unit's corrected 督办单 replaces its own
    earlier report so; the earlier text stays in git history."""
    keys = ("date", "by", "unit", "text")

    def index(data: dict[str, Any]) -> int:
        items = _task_data(data, task_id).get("updates") or []
        found = [i for i, u in enumerate(items)
                 if isinstance(u, dict) and all(u.get(k) == old.get(k) for k in keys)]
        if not found:
            raise EditError(f"{task_id} 中找不到要更正的进展", f"{task_id} has no such update to correct")
        return found[-1]

    def text_op(doc: splice.Doc) -> list[splice.Splice]:
        at = index(as_plain(doc.data))
        seq = doc.get(doc.task(task_id), "updates")
        item = seq[1].value[at] if seq and seq[1].id == "sequence" else None
        if item is None or item.id != "mapping" or item.flow_style:
            raise EditError(f"{task_id} 的这条进展不是分行写法，请先运行 tracker fmt",
                            f"this update of {task_id} is not written as a block; run tracker fmt first")
        out = []
        for key in keys:
            pair = doc.get(item, key)
            if key in new and pair is not None and new[key] != old.get(key):
                out.append(splice.replace_value(doc, pair[0], pair[1], new[key]))
            elif key in new and pair is None:
                out.append(splice.insert_key(doc, item, key, new[key]))
            elif key not in new and pair is not None:
                start = doc.text.rfind("\n", 0, pair[0].start_mark.index) + 1
                if doc.text[start:pair[0].start_mark.index].strip():  # `- by: x`, the first key
                    raise EditError(f"无法更正 {task_id} 的这条进展", f"cannot correct this update of {task_id}")
                out.append(splice.Splice(start, doc.line_end(doc.content_end(pair[1])), ""))
        return out

    def data_op(data: dict[str, Any]) -> None:
        item = _task_data(data, task_id)["updates"][index(data)]
        for key in keys:
            if key in new:
                item[key] = copy.deepcopy(new[key])
            else:
                item.pop(key, None)

    return Edit(f"{task_id}.updates", text_op, data_op)


def set_unit_status(task_id: str, unit: str, status: str) -> Edit:
    def text_op(doc: splice.Doc) -> list[splice.Splice]:
        task = doc.task(task_id)
        units = doc.get(task, "units")
        if units is None:
            return [splice.insert_key(doc, task, "units", {unit: {"status": status}})]
        entry = doc.get(units[1], unit) if units[1].id == "mapping" else None
        if entry is None:
            if units[1].id == "mapping" and units[1].flow_style:
                raise EditError("units 是单行写法，请先运行 tracker fmt",
                                "units is written on one line; run tracker fmt first")
            return [splice.insert_key(doc, units[1], unit, {"status": status})]
        if entry[1].id == "mapping" and entry[1].flow_style:
            return splice.rewrite_unit_entry(doc, entry, {"status": status})
        if entry[1].id == "mapping":
            pair = doc.get(entry[1], "status")
            if pair is None:
                return [splice.insert_key(doc, entry[1], "status", status)]
            return [splice.replace_value(doc, pair[0], pair[1], status)]
        return [splice.Splice(entry[0].end_mark.index, splice.trim_end(doc, doc.content_end(entry[1])),
                        ": " + flow_map({"status": status}))]

    def data_op(data: dict[str, Any]) -> None:
        t = _task_data(data, task_id)
        units = t.setdefault("units", {})
        entry = units.get(unit) or {}
        entry["status"] = status
        units[unit] = entry

    return Edit(f"{task_id}.units.{unit}", text_op, data_op)


def add_task(task: dict[str, Any]) -> Edit:
    def text_op(doc: splice.Doc) -> list[splice.Splice]:
        return [splice.append_item(doc, doc.root, "tasks", task)]

    def data_op(data: dict[str, Any]) -> None:
        data["tasks"] = list(data.get("tasks") or []) + [copy.deepcopy(task)]

    return Edit(f"+{task.get('id')}", text_op, data_op)


def remove_field(task_id: str, key: str) -> Edit:
    """Delete one key of a task, from the start of its line to the end of its value."""

    def text_op(doc: splice.Doc) -> list[splice.Splice]:
        task = doc.task(task_id)
        pair = doc.get(task, key)
        if pair is None:
            return []
        if len(task.value) < 2:
            raise EditError(f"无法删除 {task_id} 唯一的字段“{key}”",
                            f"cannot remove '{key}', the only key of {task_id}")
        if task.flow_style:  # `{a: 1, key: v, b: 2}`: the pair and one separator go
            i = next(n for n, (k, _) in enumerate(task.value) if k is pair[0])
            if i:
                return [splice.Splice(task.value[i - 1][1].end_mark.index, pair[1].end_mark.index, "")]
            return [splice.Splice(pair[0].start_mark.index, task.value[1][0].start_mark.index, "")]
        start = doc.text.rfind("\n", 0, pair[0].start_mark.index) + 1
        if doc.text[start:pair[0].start_mark.index].strip():  # `- key: v`, the item's first key
            raise EditError(f"无法删除 {task_id} 的第一个字段“{key}”", f"cannot remove {task_id}'s first key '{key}'")
        return [splice.Splice(start, doc.line_end(doc.content_end(pair[1])), "")]

    def data_op(data: dict[str, Any]) -> None:
        _task_data(data, task_id).pop(key, None)

    def quick(doc: Any) -> list[tuple[int, int, str]]:
        from tracker.store import quickedit

        return quickedit.remove_field(doc, task_id, key)

    return Edit(f"{task_id}.-{key}", text_op, data_op, quick)


def remove_task(task_id: str) -> Edit:
    """Delete one task item, from its dash to the end of its last line."""

    def text_op(doc: splice.Doc) -> list[splice.Splice]:
        node = doc.task(task_id)
        start = doc.text.rfind("\n", 0, node.start_mark.index) + 1
        return [splice.Splice(start, doc.line_end(doc.content_end(node)), "")]

    def data_op(data: dict[str, Any]) -> None:
        data["tasks"] = [x for x in data.get("tasks") or []
                         if not (isinstance(x, dict) and x.get("id") == task_id)]

    return Edit(f"-{task_id}", text_op, data_op)


def apply_edits(text: str, edits: list[Edit]) -> str:
    return edit_text(text, edits)[0]


def edit_text(text: str, edits: list[Edit], path: str | None = None) -> tuple[str, Any]:
    """Apply edits one after another, verifying each against the data it should produce.
    Returns the new text and its parsed data (one parse per edit, plus one). The edits
    `quickedit` can make are made there, without ruamel, to the same bytes. `path` names the
    file in the refusal of one with a YAML error."""
    from tracker.store import quickedit

    made = quickedit.edit(text, edits)
    if made is not None:
        return made
    doc = splice.Doc.parse(text, path)
    for edit in edits:
        new_text = splice.apply(doc.text, edit.text_op(doc))
        expected = as_plain(doc.data)
        edit.data_op(expected)
        try:
            after = splice.Doc.parse(new_text)
        except EditError:
            after = None
        if after is None or as_plain(after.data) != expected:
            raise EditError(f"内部错误：编辑 {edit.describe} 的结果与预期不符，文件未改动",
                            f"internal error: editing {edit.describe} did not give the expected "
                            "data; the file was not changed")
        doc = after
    return doc.text, doc.data


def edit_item(text: str, edits: list[Edit], start: int, end: int, head_end: int) -> tuple[str, Any] | None:
    """`edit_text` for edits confined to the one task item at text[start:end], made and
    verified on that item alone: it is parsed under the file's header (up to the end of the
    `tasks:` line, `head_end`) with every other item's lines left blank, so its marks, lines
    and columns are those of the whole file, and an edit is the same splice. Returns the whole
    new text and the parsed item document; None when an edit reaches outside the item, changes
    its number of lines, or does not verify (the caller then edits the whole file, which gives
    the authoritative result or error). The file must be one `taskchunks.one_item` can cut."""
    blank = "\n" * text.count("\n", head_end, start)
    offset = head_end + len(blank)  # where the item begins in the part parsed
    part = text[:head_end] + blank + text[start:end]
    from tracker.store import quickedit

    made = quickedit.edit(part, edits, offset, small=True)
    if made is None:
        made = _edit_part(part, edits, offset)
    if made is None:
        return None
    new_part, data = made
    item = new_part[offset:]
    tasks = data.get("tasks") if isinstance(data, dict) else None
    if item.count("\n") != text.count("\n", start, end) or not isinstance(tasks, list) or len(tasks) != 1:
        return None
    if end < len(text) and not item.endswith("\n"):  # the next item must still start a line
        return None
    return text[:start] + item + text[end:], data


def _edit_part(part: str, edits: list[Edit], offset: int) -> tuple[str, Any] | None:
    """`edit_item`'s edits made with ruamel on the part, none before `offset`; None when an
    edit reaches there or does not verify."""
    try:
        doc = splice.Doc.parse(part)
        for edit in edits:
            splices = edit.text_op(doc)
            if any(s.start < offset or s.end < s.start for s in splices):
                return None
            new_part = splice.apply(doc.text, splices)
            expected = as_plain(doc.data)
            edit.data_op(expected)
            after = splice.Doc.parse(new_part)
            if as_plain(after.data) != expected:
                return None
            doc = after
    except EditError:
        return None
    return doc.text, doc.data
