"""Precise edits addressed by a path from the document root, for any value in a plan.

`planfile` edits what the tool's commands change (a task's field, an update, a unit's status);
the merge driver must change anything the other office changed: a goal's field, one line of a
multi-line `detail: |`, a key inside a one-line `{status: doing}`, the third progress report.
A path is a tuple of mapping keys (str), list positions (int) and list items named by their id
(`ById("T1")`). Each edit splices only the span of the value it changes, with the same
verification as every plan edit (`planfile.edit_text`): the result must parse to the old data
with exactly this change, or nothing is written.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from tracker.store.editerrors import EditError
from tracker.store.planfile import Edit
from tracker.store.splice import Doc, Splice, append_item, insert_key, newline, trim_end
from tracker.store.yamltext import block, flow_list, flow_map, scalar, text_block


@dataclass(frozen=True, slots=True)
class ById:
    """A list item named by its `id:` (tasks, goals, phases), wherever it sits in the list."""

    id: str


Step = str | int | ById
Path = tuple[Step, ...]


def describe(path: Path) -> str:
    return ".".join(s.id if isinstance(s, ById) else str(s) for s in path)


def _unreachable(path: Path) -> EditError:
    where = describe(path)
    return EditError(f"找不到 {where}", f"no {where}")


# ---------------------------------------------------------------- locating


def _step_node(node: Any, step: Step) -> tuple[Any, Any] | None:
    """(key node or None, value node) of one step down from `node`."""
    if isinstance(step, str):
        return Doc.get(node, step) if node.id == "mapping" else None
    if node.id != "sequence":
        return None
    if isinstance(step, int):
        return (None, node.value[step]) if 0 <= step < len(node.value) else None
    for item in node.value:
        if item.id == "mapping":
            pair = Doc.get(item, "id")
            if pair and pair[1].id == "scalar" and pair[1].value == step.id:
                return None, item
    return None


def _locate(doc: Doc, path: Path) -> tuple[Any, Any, Any]:
    """(parent node, key node or None, node) at `path`; node is None for a missing last key."""
    parent, key, node = None, None, doc.root
    for i, step in enumerate(path):
        if node is None:
            raise _unreachable(path)
        found = _step_node(node, step)
        if found is None:
            if i == len(path) - 1 and isinstance(step, str) and node.id == "mapping":
                return node, None, None
            raise _unreachable(path)
        parent, (key, node) = node, found
    return parent, key, node


def _step_data(value: Any, step: Step) -> Any:
    if isinstance(step, ById):
        for item in value:
            if isinstance(item, dict) and item.get("id") == step.id:
                return item
        raise KeyError(step.id)
    return value[step]


def _data_parent(data: Any, path: Path) -> tuple[Any, Step]:
    """The container holding the last step, and that step as a dict key or list index."""
    for step in path[:-1]:
        data = _step_data(data, step)
    last = path[-1]
    if isinstance(last, ById):
        for i, item in enumerate(data):
            if isinstance(item, dict) and item.get("id") == last.id:
                return data, i
        raise KeyError(last.id)
    return data, last


# ---------------------------------------------------------------- text of a new value


def _flat(value: Any) -> bool:
    items = value.values() if isinstance(value, dict) else value
    return all(not isinstance(v, (dict, list)) and not (isinstance(v, str) and "\n" in v)
               for v in items)


def _flow_text(value: Any) -> str:
    if not _flat(value):
        raise EditError("单行 […]/{…} 写法里不能放多层内容，请先运行 tracker fmt",
                        "a nested value cannot go into a one-line […]/{…}; run tracker fmt first")
    return flow_map(value) if isinstance(value, dict) else flow_list(value)


def _block_indent(doc: Doc, key: Any, node: Any) -> int:
    """Where a block value's lines go: the old block scalar's own indent, else key + 2."""
    if node is not None and node.id == "scalar" and node.style in ("|", ">"):
        body = doc.text[node.start_mark.index:node.end_mark.index].split("\n")[1:]
        for ln in body:
            if ln.strip():
                return len(ln) - len(ln.lstrip(" "))
    return (key.start_mark.column if key is not None else node.start_mark.column) + 2


def _in_flow(doc: Doc, path: Path) -> bool:
    node = doc.root
    for step in path[:-1]:
        found = _step_node(node, step)
        if found is None:
            return False
        node = found[1]
        if node.id != "scalar" and node.flow_style:
            return True
    return False


def _replace(doc: Doc, path: Path, key: Any, node: Any, value: Any) -> Splice:
    nl = newline(doc.text)
    start, end = node.start_mark.index, trim_end(doc, doc.content_end(node))
    in_flow = _in_flow(doc, path) or (node.id != "scalar" and node.flow_style)
    if isinstance(value, (dict, list)):
        one_line = node.id == "scalar" or node.flow_style
        if _in_flow(doc, path) or one_line and _flat(value) and value:
            if node.id == "scalar" and node.style in ("|", ">"):
                start = key.end_mark.index if key is not None else start
                return Splice(start, end, (": " if key is not None else "") + _flow_text(value))
            return Splice(start, end, _flow_text(value))
        if not value:
            text = "{}" if isinstance(value, dict) else "[]"
            if key is None:
                return Splice(start, end, text)
            return Splice(key.end_mark.index, end, ": " + text)
        if node.id != "scalar" and not node.flow_style:
            col = node.start_mark.column
            lines = block(value, col, doc.seq_offset())
            return Splice(start, end, nl.join(ln[col:] if i == 0 else ln
                                               for i, ln in enumerate(lines)))
        if key is None:
            raise EditError("列表中的这一项不能改成多层内容", "this list item cannot become nested")
        col = key.start_mark.column + (2 if isinstance(value, dict) else doc.seq_offset())
        return Splice(key.end_mark.index, end, ":" + nl + nl.join(block(value, col, doc.seq_offset())))
    if isinstance(value, str) and "\n" in value and not in_flow:
        if key is None:
            raise EditError("列表中的这一项不能改成多行文字", "this list item cannot become multi-line")
        if node.id == "scalar" and node.style not in ("|", ">"):
            end = node.end_mark.index
        # the text keeps the old block's own indentation, as `yamltext` writes blocks
        return Splice(key.end_mark.index, end,
                       ":" + text_block(value, _block_indent(doc, key, node) - 2, nl))
    prefer = node.style if node.id == "scalar" and node.style in ("'", '"') else ""
    if node.id == "scalar" and node.style not in ("|", ">"):
        return Splice(start, node.end_mark.index, scalar(value, flow=in_flow, prefer=prefer))
    if key is None:
        return Splice(start, end, scalar(value, flow=in_flow))
    return Splice(key.end_mark.index, end, ": " + scalar(value, flow=in_flow))


# ---------------------------------------------------------------- edits


def _rewrite_flow(doc: Doc, path: Path, change: Any) -> list[Splice]:
    """A change inside a one-line […]/{…}: write that whole collection again."""
    _, key, node = _locate(doc, path)
    data = copy.deepcopy(_plain_at(doc, path))
    change(data)
    return [_replace(doc, path, key, node, data)]  # as a block when it no longer fits a line


def _plain_at(doc: Doc, path: Path) -> Any:
    from tracker.store.load import as_plain

    data = as_plain(doc.data)
    for step in path:
        data = _step_data(data, step)
    return data


def set_value(path: Path, value: Any) -> Edit:
    """Set the value at `path`, adding the key to its mapping when it is missing."""

    def text_op(doc: Doc) -> list[Splice]:
        parent, key, node = _locate(doc, path)
        if node is not None:
            return [_replace(doc, path, key, node, value)]
        name = path[-1]
        if parent.flow_style:
            return _rewrite_flow(doc, path[:-1], lambda d: d.__setitem__(name, value))
        if isinstance(value, str) and "\n" in value:  # as `|`, `|-` or `|+`, exactly
            nl, col = newline(doc.text), parent.start_mark.column
            at = doc.line_end(doc.content_end(parent))
            prefix = "" if at == 0 or doc.text[at - 1] == "\n" else nl
            return [Splice(at, at, f"{prefix}{' ' * col}{name}:{text_block(value, col, nl)}{nl}")]
        return [insert_key(doc, parent, str(name), value)]

    def data_op(data: Any) -> None:
        parent, step = _data_parent(data, path)
        parent[step] = copy.deepcopy(value)

    return Edit(describe(path), text_op, data_op)


def remove(path: Path) -> Edit:
    """Delete a mapping key or a list item: its lines, from line start to its value's end."""

    def text_op(doc: Doc) -> list[Splice]:
        parent, key, node = _locate(doc, path)
        if node is None:
            return []
        if parent.flow_style:
            return _rewrite_flow(doc, path[:-1], lambda d: _drop(d, path[-1]))
        if len(parent.value) == 1:  # the last one: the collection becomes empty
            outer = _locate(doc, path[:-1])
            return [_replace(doc, path[:-1], outer[1], outer[2],
                             {} if parent.id == "mapping" else [])]
        first = key if key is not None else node
        line_start = doc.text.rfind("\n", 0, first.start_mark.index) + 1
        before = doc.text[line_start:first.start_mark.index]
        if key is not None and before.strip():  # `- key: v`: the next key moves up to the dash
            keys = [k for k, _ in parent.value]
            return [Splice(key.start_mark.index, keys[keys.index(key) + 1].start_mark.index, "")]
        if key is None and before.strip() not in ("-", ""):
            raise EditError(f"无法删除 {describe(path)}，请先运行 tracker fmt",
                            f"cannot remove {describe(path)}; run tracker fmt first")
        return [Splice(line_start, doc.line_end(doc.content_end(node)), "")]

    def data_op(data: Any) -> None:
        parent, step = _data_parent(data, path)
        del parent[step]

    return Edit("-" + describe(path), text_op, data_op)


def _drop(container: Any, step: Step) -> None:
    if isinstance(step, ById):
        container[:] = [x for x in container if not (isinstance(x, dict) and x.get("id") == step.id)]
    else:
        del container[step]


def insert_items(path: Path, before: int | None, values: list[Any]) -> Edit:
    """Put `values` into the list at `path`, in order, before item `before` (None: at the end)."""

    def text_op(doc: Doc) -> list[Splice]:
        parent, key, node = _locate(doc, path)
        at = len(node.value) if before is None and node is not None and node.id == "sequence" \
            else before
        if node is not None and node.id == "sequence" and node.flow_style:
            return _rewrite_flow(doc, path, lambda d: d.__setitem__(slice(at, at), list(values)))
        if node is None or node.id != "sequence" or not node.value:
            if not isinstance(path[-1], str):
                raise _unreachable(path)
            name = path[-1]
            if node is None and parent.flow_style:
                return _rewrite_flow(doc, path[:-1], lambda d: d.__setitem__(name, list(values)))
            if node is None:
                return [insert_key(doc, parent, name, list(values))]
            return [_replace(doc, path, key, node, list(values))]
        last = at is None or at >= len(node.value)
        if last and isinstance(path[-1], str) and all(isinstance(v, dict) for v in values):
            # keeps the list's own spacing after the dash
            return _joined([append_item(doc, parent, path[-1], v) for v in values])
        item = node.value[-1 if last else at]
        line_start = doc.text.rfind("\n", 0, item.start_mark.index) + 1
        dash = doc.text[line_start:item.start_mark.index]
        if dash.strip() != "-":
            raise EditError(f"无法在 {describe(path)} 中插入，请先运行 tracker fmt",
                            f"cannot insert into {describe(path)}; run tracker fmt first")
        col = len(dash) - len(dash.lstrip(" "))
        nl = newline(doc.text)
        new = nl.join(block(list(values), col, doc.seq_offset())) + nl
        if last:
            end = doc.line_end(doc.content_end(item))
            return [Splice(end, end, ("" if doc.text[end - 1:end] in ("\n", "") else nl) + new)]
        return [Splice(line_start, line_start, new)]

    def data_op(data: Any) -> None:
        parent, step = _data_parent(data, path)
        if isinstance(parent, dict) and not isinstance(parent.get(step), list):
            parent[step] = []
        items = parent[step]
        at = len(items) if before is None else before
        items[at:at] = copy.deepcopy(list(values))

    return Edit("+" + describe(path), text_op, data_op)


def _joined(splices: list[Splice]) -> list[Splice]:
    """Several insertions at one point as one, in order (only the first may need a newline)."""
    first = splices[0]
    rest = "".join(s.new.lstrip("\r\n") for s in splices[1:])
    return [Splice(first.start, first.end, first.new + rest)]


def _depth(new: str) -> int:
    body = new.lstrip("\r\n")
    return len(body) - len(body.lstrip(" "))


def apply_together(text: str, edits: list[Edit]) -> str:
    """All `edits` located in `text` as it is and spliced at once: one parse to find them and
    one to verify, instead of two per edit. The edits must touch disjoint spans and be listed
    in the order that `edit_text` would apply them; EditError when any cannot be made, or the
    result is not exactly the data they describe (then apply them one by one instead)."""
    from tracker.store.load import as_plain

    doc = Doc.parse(text)
    expected = as_plain(doc.data)
    splices: list[tuple[int, Splice]] = []
    for n, edit in enumerate(edits):
        splices.extend((n, s) for s in edit.text_op(doc))
        try:
            edit.data_op(expected)
        except (KeyError, IndexError, TypeError) as exc:
            raise EditError("合并编辑无法一起完成", "the edits cannot be made together") from exc
    # from the end backwards; at one point a deletion goes before an insertion, and of two
    # insertions the deeper one ends up first (a key added to the last task comes before a
    # task appended after it), else the earlier edit
    splices.sort(key=lambda x: (x[1].start, x[1].end, -_depth(x[1].new), x[0]), reverse=True)
    new = text
    bound = len(text) + 1
    for _, s in splices:
        if s.end > bound:
            raise EditError("合并编辑相互重叠", "the edits overlap")
        new = new[: s.start] + s.new + new[s.end:]
        bound = s.start
    after = Doc.parse(new)
    if as_plain(after.data) != expected:
        raise EditError("合并编辑的结果与预期不符", "the edits together did not give the expected data")
    return new


def _in_order(items: list[Any], ids: list[str], id_of: Any) -> list[Any]:
    """`items` with those named in `ids` put in that order, in the places such items held."""
    named = {id_of(x): x for x in items if id_of(x) in ids}
    queue = [named[i] for i in ids if i in named]
    return [queue.pop(0) if id_of(x) in named else x for x in items]


def reorder(path: Path, ids: list[str]) -> Edit:
    """Put the items of the list at `path` whose ids are in `ids` into that order; every item
    moves with the comment lines above it and its other items keep their places."""

    def data_id(x: Any) -> Any:
        return x.get("id") if isinstance(x, dict) else None

    def node_id(x: Any) -> Any:
        pair = Doc.get(x, "id") if x.id == "mapping" else None
        return pair[1].value if pair and pair[1].id == "scalar" else None

    def text_op(doc: Doc) -> list[Splice]:
        _, _, node = _locate(doc, path)
        if node is None or node.id != "sequence":
            raise _unreachable(path)
        if node.flow_style:
            return _rewrite_flow(doc, path, lambda d: d.__setitem__(slice(None), _in_order(d, ids, data_id)))
        nl = newline(doc.text)
        start = doc.text.rfind("\n", 0, node.value[0].start_mark.index) + 1
        chunks, at = [], start
        for item in node.value:
            end = doc.line_end(doc.content_end(item))
            chunk = doc.text[at:end]
            chunks.append((item, chunk if chunk.endswith("\n") else chunk + nl))
            at = end
        moved = _in_order(chunks, ids, lambda c: node_id(c[0]))
        new = "".join(c[1] for c in moved)
        if not doc.text[start:at].endswith("\n"):
            new = new[: -len(nl)]
        return [Splice(start, at, new)]

    def data_op(data: Any) -> None:
        parent, step = _data_parent(data, path)
        parent[step] = _in_order(parent[step], ids, data_id)

    return Edit("~" + describe(path), text_op, data_op)
