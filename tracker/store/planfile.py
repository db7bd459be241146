"""Precise edits of one plan file, and the only YAML *writer*.

An edit splices new text into the exact span of the value it changes, found through the
composer's marks, so every other byte (comments, key order, quoting, indentation, anchors,
a BOM, CRLF line ends) stays as the person wrote it: a one-field change is a one-line diff.
Every edit is verified before it is written: the new text is parsed again and must equal the
old data with exactly the requested change applied; otherwise nothing is written. An edit
confined to one task item can be made and verified on that item alone (`edit_item`), which
is the same splice and the same check without parsing the other tasks.
Reading and writing the file itself (atomic replace, the canonical style of `tracker fmt`)
is `ondisk`'s.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable
from typing import Any

from tracker.problems import UserError
from tracker.store import yamlsafe
from tracker.store.load import as_plain
from tracker.store.yamltext import (
    block,
    double_quoted,
    flow_list,
    flow_map,
    line_end,
    scalar,
    text_block,
)
from tracker.structs import Struct


class EditError(UserError):
    """An edit that cannot be made; carries a message in both languages."""


class ChangedOnDisk(EditError):
    pass


# ---------------------------------------------------------------- locating nodes


class _Doc(Struct):  # msgspec Structs: a dataclass costs ~0.5 ms to define, at every start
    text: str
    root: Any  # the composed node graph
    data: Any  # the same document as plain values (YMap/YSeq)

    @classmethod
    def parse(cls, text: str) -> _Doc:
        # shared: the text an edit starts from is usually the one just loaded; _Doc only reads
        root, data, problems = yamlsafe.parse_nodes(text, "<plan>", shared=True)
        if root is None or any(p.is_error for p in problems):
            raise EditError("文件有 YAML 错误，先运行 tracker check 修正后再编辑",
                            "the file has YAML errors; fix them (tracker check) before editing")
        if root.id != "mapping":
            raise EditError("计划文件的顶层不是键值映射", "the plan file is not a mapping")
        return cls(text, root, data)

    @staticmethod
    def get(mapping: Any, key: str) -> tuple[Any, Any] | None:
        for k, v in mapping.value:
            if k.id == "scalar" and k.value == key:
                return k, v
        return None

    def task(self, task_id: str) -> Any:
        pair = self.get(self.root, "tasks")
        if pair and pair[1].id == "sequence":
            for item in pair[1].value:
                if item.id == "mapping":
                    idp = self.get(item, "id")
                    if idp and idp[1].id == "scalar" and idp[1].value == task_id:
                        return item
        raise EditError(f"找不到任务 {task_id}", f"no task {task_id}")

    @staticmethod
    def content_end(node: Any) -> int:
        """Where a node's own text ends: a block collection's end mark runs on over any
        comment lines that follow it, so take the end of its last value instead."""
        while node.id != "scalar" and not node.flow_style and node.value:
            last = node.value[-1]
            node = last[1] if node.id == "mapping" else last
        return node.end_mark.index

    def line_end(self, index: int) -> int:
        """Insertion point after the node ending at `index`: the start of the next line."""
        return line_end(self.text, index)

    def seq_offset(self) -> int:
        """How far this file indents a block list under its key (the `tasks:` list tells)."""
        pair = self.get(self.root, "tasks")
        if pair and pair[1].id == "sequence" and not pair[1].flow_style and pair[1].value:
            return pair[1].start_mark.column - pair[0].start_mark.column
        return 2


class _Splice(Struct, frozen=True):
    start: int
    end: int
    new: str


def _apply(text: str, splices: list[_Splice]) -> str:
    for s in sorted(splices, key=lambda s: s.start, reverse=True):
        text = text[: s.start] + s.new + text[s.end:]
    return text


def _nl(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


@functools.cache
def _alias_anchor() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(`*name`, `&name`) after a key: compiled when the ruamel path first needs them."""
    return re.compile(r"\s*\*([^\s,\[\]{}#]+)"), re.compile(r"\s*&([^\s,\[\]{}#]+)")


def _shared_value(doc: _Doc, key_node: Any, value: Any) -> _Splice | None:
    """A value written as an alias (`support: *e`) is replaced where the alias stands; one that
    carries an anchor others refer to (`lead: &e […]` with `*e` elsewhere) is refused, since
    changing it would change them too."""
    after = key_node.end_mark.index
    while doc.text[after:after + 1] == ":":
        after += 1
    alias_at, anchor_at = _alias_anchor()
    alias = alias_at.match(doc.text, after)
    if alias:
        if isinstance(value, str) and "\n" in value:
            new = double_quoted(value)
        else:
            new = flow_list(value) if isinstance(value, list) else scalar(value, flow=True)
        return _Splice(alias.start(1) - 1, alias.end(), new)
    anchor = anchor_at.match(doc.text, after)
    if anchor and re.search(rf"\*{re.escape(anchor.group(1))}(?![^\s,\]}}#])", doc.text):
        name = anchor.group(1)
        raise EditError(f"这个值定义了锚点 &{name}，文件里别处用 *{name} 引用了它：改它会同时改掉"
                        f"那些地方。请先把引用处的 *{name} 写成具体的值，再修改这里",
                        f"this value carries the anchor &{name}, which *{name} elsewhere in the "
                        f"file refers to: changing it would change those too. Write the value "
                        f"out where *{name} stands first, then change this one")
    return None


def _replace_value(doc: _Doc, key_node: Any, node: Any, value: Any) -> _Splice:
    shared = _shared_value(doc, key_node, value)
    if shared is not None:
        return shared
    if isinstance(value, list) and node.id == "sequence" and not node.flow_style and node.value:
        col = node.start_mark.column
        lines = block(value, col, 2)
        new = (_nl(doc.text)).join(ln[col:] if i == 0 else ln for i, ln in enumerate(lines))
        return _Splice(node.start_mark.index, _trim_end(doc, doc.content_end(node)), new)
    if isinstance(value, list):
        return _Splice(node.start_mark.index, _trim_end(doc, doc.content_end(node)), flow_list(value))
    if isinstance(value, str) and "\n" in value:  # several lines: a block under the key
        end = _trim_end(doc, doc.content_end(node))
        new = text_block(value, key_node.start_mark.column, _nl(doc.text))
        rest = doc.text[end:doc.line_end(end)]
        if rest.strip().startswith("#") and new.startswith(" |"):
            # an inline comment after the old value goes on the block's first line
            head, _, body = new.partition(_nl(doc.text))
            new, end = head + rest.rstrip("\r\n") + _nl(doc.text) + body, end + len(rest.rstrip("\r\n"))
        return _Splice(key_node.end_mark.index, end, ":" + new)
    if isinstance(value, dict):
        raise EditError("此字段不能用单行值替换", "this field cannot be replaced by a one-line value")
    prefer = node.style if node.id == "scalar" and node.style in ("'", '"') else ""
    if node.id != "scalar" or (node.style in ("|", ">")):
        # a block scalar or a nested value replaced by a scalar: keep it on the key's line
        return _Splice(key_node.end_mark.index, _trim_end(doc, doc.content_end(node)),
                       ": " + scalar(value))
    return _Splice(node.start_mark.index, node.end_mark.index, scalar(value, prefer=prefer))


def _trim_end(doc: _Doc, end: int) -> int:
    while end > 0 and doc.text[end - 1] in "\r\n":
        end -= 1
    return end


def _flow(value: Any) -> str:
    """A value as YAML flow text (inside a one-line `{…}` or `[…]`)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return scalar(value, flow=True)


def _before_closing(doc: _Doc, node: Any, closing: str) -> int:
    """Where to insert inside a one-line `{…}`/`[…]`: just before its closing bracket."""
    at = node.end_mark.index - 1
    if doc.text[at:at + 1] != closing:
        raise EditError("无法在这一处单行写法里添加内容，请先运行 tracker fmt 改成分行写法",
                        "cannot add to this one-line form; run tracker fmt to write it as a "
                        "block first")
    return at


def _insert_key(doc: _Doc, mapping: Any, key: str, value: Any) -> _Splice:
    if mapping.flow_style:  # a task written on one line stays on one line
        at = _before_closing(doc, mapping, "}")
        sep = ", " if mapping.value else ""
        return _Splice(at, at, f"{sep}{key}: {_flow(value)}")
    col = mapping.start_mark.column
    at = doc.line_end(doc.content_end(mapping))
    nl = _nl(doc.text)
    lines = block({key: value}, col, doc.seq_offset())
    prefix = "" if at == 0 or doc.text[at - 1] == "\n" else nl
    return _Splice(at, at, prefix + nl.join(lines) + nl)


def _append_item(doc: _Doc, owner: Any, key: str, item: dict[str, Any]) -> _Splice:
    """Append `item` to the block list `owner[key]`, creating the list when missing."""
    pair = doc.get(owner, key)
    nl = _nl(doc.text)
    if pair is None or (pair[1].id == "scalar" and pair[1].value in ("", "~", "null")) or (
        pair[1].id == "sequence" and not pair[1].value
    ):
        if pair is None:
            return _insert_key(doc, owner, key, [item])
        col = owner.start_mark.column
        lines = block([item], col + doc.seq_offset(), doc.seq_offset())
        return _Splice(pair[0].end_mark.index, _trim_end(doc, doc.content_end(pair[1])),
                       ":" + nl + nl.join(lines))
    seq = pair[1]
    if seq.id == "sequence" and seq.flow_style:  # [..] on one line: the item joins it there
        at = _before_closing(doc, seq, "]")
        return _Splice(at, at, (", " if seq.value else "") + _flow(item))
    if seq.id != "sequence":
        raise EditError(f"“{key}”不是列表，无法追加", f"'{key}' is not a list; cannot append")
    col = seq.start_mark.column
    at = doc.line_end(doc.content_end(seq))
    first = seq.value[0]
    inner = first.start_mark.column - col if first.id == "mapping" else 2
    lines = block([item], col, doc.seq_offset())
    if inner != 2:  # keep this list's own spacing after the dash
        lines = [ln if i else ln[: col] + "-" + " " * (inner - 1) + ln[col + 2:]
                 for i, ln in enumerate(lines)]
        lines = [lines[0]] + [" " * (inner - 2) + ln for ln in lines[1:]]
    prefix = "" if doc.text[at - 1: at] == "\n" else nl
    return _Splice(at, at, prefix + nl.join(lines) + nl)


# ---------------------------------------------------------------- edits


class Edit(Struct, frozen=True):
    """One change to a plan: applied to the text (splices) and to the data (to verify)."""

    describe: str
    text_op: Callable[[_Doc], list[_Splice]]
    data_op: Callable[[dict[str, Any]], None]
    # the same splice found without ruamel (`quickedit`), for the edits `tracker set` makes
    quick: Callable[[Any], list[tuple[int, int, str]]] | None = None


def _task_data(data: dict[str, Any], task_id: str) -> dict[str, Any]:
    for t in data.get("tasks") or []:
        if isinstance(t, dict) and t.get("id") == task_id:
            return t
    raise EditError(f"找不到任务 {task_id}", f"no task {task_id}")


def set_field(task_id: str, key: str, value: Any) -> Edit:
    def text_op(doc: _Doc) -> list[_Splice]:
        task = doc.task(task_id)
        pair = doc.get(task, key)
        if pair is None:
            return [_insert_key(doc, task, key, value)]
        return [_replace_value(doc, pair[0], pair[1], value)]

    def data_op(data: dict[str, Any]) -> None:
        _task_data(data, task_id)[key] = copy.deepcopy(value)

    def quick(doc: Any) -> list[tuple[int, int, str]]:
        from tracker.store import quickedit

        return quickedit.set_field(doc, task_id, key, value)

    return Edit(f"{task_id}.{key}", text_op, data_op, quick)


def set_plan_field(key: str, value: Any) -> Edit:
    def text_op(doc: _Doc) -> list[_Splice]:
        pair = doc.get(doc.root, key)
        if pair is None:
            return [_insert_key(doc, doc.root, key, value)]
        return [_replace_value(doc, pair[0], pair[1], value)]

    def data_op(data: dict[str, Any]) -> None:
        data[key] = copy.deepcopy(value)

    return Edit(key, text_op, data_op)


def append_update(task_id: str, update: dict[str, Any], unit: str | None = None) -> Edit:
    """Add a progress report to a task, or to one unit's entry in its `units:` map."""

    def text_op(doc: _Doc) -> list[_Splice]:
        task = doc.task(task_id)
        if unit is None:
            return [_append_item(doc, task, "updates", update)]
        units = doc.get(task, "units")
        if units is None:
            return [_insert_key(doc, task, "units", {unit: {"updates": [update]}})]
        entry = doc.get(units[1], unit) if units[1].id == "mapping" else None
        if entry is None:
            return [_insert_key(doc, units[1], unit, {"updates": [update]})]
        if entry[1].id != "mapping" or entry[1].flow_style:
            return _rewrite_unit_entry(doc, entry, {"updates": [update]})
        return [_append_item(doc, entry[1], "updates", update)]

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


def set_unit_status(task_id: str, unit: str, status: str) -> Edit:
    def text_op(doc: _Doc) -> list[_Splice]:
        task = doc.task(task_id)
        units = doc.get(task, "units")
        if units is None:
            return [_insert_key(doc, task, "units", {unit: {"status": status}})]
        entry = doc.get(units[1], unit) if units[1].id == "mapping" else None
        if entry is None:
            if units[1].id == "mapping" and units[1].flow_style:
                raise EditError("units 是单行写法，请先运行 tracker fmt",
                                "units is written on one line; run tracker fmt first")
            return [_insert_key(doc, units[1], unit, {"status": status})]
        if entry[1].id == "mapping" and entry[1].flow_style:
            return _rewrite_unit_entry(doc, entry, {"status": status})
        if entry[1].id == "mapping":
            pair = doc.get(entry[1], "status")
            if pair is None:
                return [_insert_key(doc, entry[1], "status", status)]
            return [_replace_value(doc, pair[0], pair[1], status)]
        return [_Splice(entry[0].end_mark.index, _trim_end(doc, doc.content_end(entry[1])),
                        ": " + flow_map({"status": status}))]

    def data_op(data: dict[str, Any]) -> None:
        t = _task_data(data, task_id)
        units = t.setdefault("units", {})
        entry = units.get(unit) or {}
        entry["status"] = status
        units[unit] = entry

    return Edit(f"{task_id}.units.{unit}", text_op, data_op)


def _rewrite_unit_entry(doc: _Doc, entry: tuple[Any, Any], change: dict[str, Any]) -> list[_Splice]:
    """A one-line `{status: doing}` entry that must grow: rewrite just that entry, in flow style
    when it stays scalar, else as a block under its key."""
    current = as_plain(yamlsafe.parse(doc.text[entry[1].start_mark.index:entry[1].end_mark.index],
                                      "<entry>")[0]) or {}
    if not isinstance(current, dict):
        current = {}
    merged = dict(current)
    for k, v in change.items():
        merged[k] = (list(merged.get(k) or []) + v) if k == "updates" else v
    if all(not isinstance(v, (list, dict)) for v in merged.values()):
        return [_Splice(entry[1].start_mark.index, entry[1].end_mark.index, flow_map(merged))]
    nl = _nl(doc.text)
    col = entry[0].start_mark.column
    lines = block(merged, col + 2, doc.seq_offset())
    return [_Splice(entry[0].end_mark.index, _trim_end(doc, doc.content_end(entry[1])),
                    ":" + nl + nl.join(lines))]


def add_task(task: dict[str, Any]) -> Edit:
    def text_op(doc: _Doc) -> list[_Splice]:
        return [_append_item(doc, doc.root, "tasks", task)]

    def data_op(data: dict[str, Any]) -> None:
        data["tasks"] = list(data.get("tasks") or []) + [copy.deepcopy(task)]

    return Edit(f"+{task.get('id')}", text_op, data_op)


def remove_field(task_id: str, key: str) -> Edit:
    """Delete one key of a task, from the start of its line to the end of its value."""

    def text_op(doc: _Doc) -> list[_Splice]:
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
                return [_Splice(task.value[i - 1][1].end_mark.index, pair[1].end_mark.index, "")]
            return [_Splice(pair[0].start_mark.index, task.value[1][0].start_mark.index, "")]
        start = doc.text.rfind("\n", 0, pair[0].start_mark.index) + 1
        if doc.text[start:pair[0].start_mark.index].strip():  # `- key: v`, the item's first key
            raise EditError(f"无法删除 {task_id} 的第一个字段“{key}”", f"cannot remove {task_id}'s first key '{key}'")
        return [_Splice(start, doc.line_end(doc.content_end(pair[1])), "")]

    def data_op(data: dict[str, Any]) -> None:
        _task_data(data, task_id).pop(key, None)

    def quick(doc: Any) -> list[tuple[int, int, str]]:
        from tracker.store import quickedit

        return quickedit.remove_field(doc, task_id, key)

    return Edit(f"{task_id}.-{key}", text_op, data_op, quick)


def remove_task(task_id: str) -> Edit:
    """Delete one task item, from its dash to the end of its last line."""

    def text_op(doc: _Doc) -> list[_Splice]:
        node = doc.task(task_id)
        start = doc.text.rfind("\n", 0, node.start_mark.index) + 1
        return [_Splice(start, doc.line_end(doc.content_end(node)), "")]

    def data_op(data: dict[str, Any]) -> None:
        data["tasks"] = [x for x in data.get("tasks") or []
                         if not (isinstance(x, dict) and x.get("id") == task_id)]

    return Edit(f"-{task_id}", text_op, data_op)


def apply_edits(text: str, edits: list[Edit]) -> str:
    return edit_text(text, edits)[0]


def edit_text(text: str, edits: list[Edit]) -> tuple[str, Any]:
    """Apply edits one after another, verifying each against the data it should produce.
    Returns the new text and its parsed data (one parse per edit, plus one). The edits
    `quickedit` can make are made there, without ruamel, to the same bytes."""
    from tracker.store import quickedit

    made = quickedit.edit(text, edits)
    if made is not None:
        return made
    doc = _Doc.parse(text)
    for edit in edits:
        new_text = _apply(doc.text, edit.text_op(doc))
        expected = as_plain(doc.data)
        edit.data_op(expected)
        try:
            after = _Doc.parse(new_text)
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
        doc = _Doc.parse(part)
        for edit in edits:
            splices = edit.text_op(doc)
            if any(s.start < offset or s.end < s.start for s in splices):
                return None
            new_part = _apply(doc.text, splices)
            expected = as_plain(doc.data)
            edit.data_op(expected)
            after = _Doc.parse(new_part)
            if as_plain(after.data) != expected:
                return None
            doc = after
    except EditError:
        return None
    return doc.text, doc.data


# ---------------------------------------------------------------- files
