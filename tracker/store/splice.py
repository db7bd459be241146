"""Where a value sits in a plan file's composed YAML, and the text splice that changes it.

`Doc` is the file's text with its node graph (ruamel's composer, with marks) and its data;
the functions here find a task, a key or a list in it and return `Splice`s: the span of text
to replace and the new text, written the way the file already writes such values (block or
one-line form, its indentation after a dash, CRLF, an inline comment after the old value).
`planfile` builds its edits from these and verifies every result; nothing here writes.
"""

from __future__ import annotations

import functools
import re

from tracker.store import yamlsafe
from tracker.store.editerrors import EditError
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

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Any


class Doc(Struct):  # msgspec Structs: a dataclass costs ~0.5 ms to define, at every start
    text: str
    root: Any  # the composed node graph
    data: Any  # the same document as plain values (YMap/YSeq)

    @classmethod
    def parse(cls, text: str, path: str | None = None) -> Doc:
        """The file `path` (as messages name it) holds `text`; a YAML error is refused with
        its place when the path is given."""
        # shared: the text an edit starts from is usually the one just loaded; Doc only reads
        root, data, problems = yamlsafe.parse_nodes(text, path or "<plan>", shared=True)
        first = next((p for p in problems if p.is_error), None)
        if first is not None and path is not None:
            raise EditError(f"文件有 YAML 错误，先改正再编辑：{first.render('zh')}",
                            f"the file has a YAML error; fix it before editing: {first.render('en')}")
        if root is None or first is not None:
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


class Splice(Struct, frozen=True):
    start: int
    end: int
    new: str


def apply(text: str, splices: list[Splice]) -> str:
    for s in sorted(splices, key=lambda s: s.start, reverse=True):
        text = text[: s.start] + s.new + text[s.end:]
    return text


def newline(text: str) -> str:
    """The file's own line end for lines the tool writes: the one most lines have (a line
    pasted from a Windows program into an LF file must not turn every later edit CRLF)."""
    return "\r\n" if text.count("\r\n") * 2 > text.count("\n") else "\n"


@functools.cache
def _alias_anchor() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(`*name`, `&name`) after a key: compiled when the ruamel path first needs them."""
    return re.compile(r"\s*\*([^\s,\[\]{}#]+)"), re.compile(r"\s*&([^\s,\[\]{}#]+)")


def _shared_value(doc: Doc, key_node: Any, value: Any) -> Splice | None:
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
        return Splice(alias.start(1) - 1, alias.end(), new)
    anchor = anchor_at.match(doc.text, after)
    if anchor and re.search(rf"\*{re.escape(anchor.group(1))}(?![^\s,\]}}#])", doc.text):
        name = anchor.group(1)
        raise EditError(f"这个值定义了锚点 &{name}，文件里别处用 *{name} 引用了它：改它会同时改掉"
                        f"那些地方。请先把引用处的 *{name} 写成具体的值，再修改这里",
                        f"this value carries the anchor &{name}, which *{name} elsewhere in the "
                        f"file refers to: changing it would change those too. Write the value "
                        f"out where *{name} stands first, then change this one")
    return None


def replace_value(doc: Doc, key_node: Any, node: Any, value: Any) -> Splice:
    shared = _shared_value(doc, key_node, value)
    if shared is not None:
        return shared
    if isinstance(value, list) and node.id == "sequence" and not node.flow_style and node.value:
        col = node.start_mark.column
        lines = block(value, col, 2)
        new = (newline(doc.text)).join(ln[col:] if i == 0 else ln for i, ln in enumerate(lines))
        return Splice(node.start_mark.index, trim_end(doc, doc.content_end(node)), new)
    if isinstance(value, list):
        return Splice(node.start_mark.index, trim_end(doc, doc.content_end(node)), flow_list(value))
    if isinstance(value, str) and "\n" in value:  # several lines: a block under the key
        end = trim_end(doc, doc.content_end(node))
        new = text_block(value, key_node.start_mark.column, newline(doc.text))
        rest = doc.text[end:doc.line_end(end)]
        if rest.strip().startswith("#") and new.startswith(" |"):
            # an inline comment after the old value goes on the block's first line
            head, _, body = new.partition(newline(doc.text))
            new, end = head + rest.rstrip("\r\n") + newline(doc.text) + body, end + len(rest.rstrip("\r\n"))
        return Splice(key_node.end_mark.index, end, ":" + new)
    if isinstance(value, dict):
        raise EditError("此字段不能用单行值替换", "this field cannot be replaced by a one-line value")
    prefer = node.style if node.id == "scalar" and node.style in ("'", '"') else ""
    if node.id != "scalar" or (node.style in ("|", ">")):
        # a block scalar or a nested value replaced by a scalar: keep it on the key's line
        return Splice(key_node.end_mark.index, trim_end(doc, doc.content_end(node)),
                       ": " + scalar(value))
    return Splice(node.start_mark.index, node.end_mark.index, scalar(value, prefer=prefer))


def trim_end(doc: Doc, end: int) -> int:
    while end > 0 and doc.text[end - 1] in "\r\n":
        end -= 1
    return end


def flow(value: Any) -> str:
    """A value as YAML flow text (inside a one-line `{…}` or `[…]`)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value, flow=True)


def _before_closing(doc: Doc, node: Any, closing: str) -> int:
    """Where to insert inside a one-line `{…}`/`[…]`: just before its closing bracket."""
    at = node.end_mark.index - 1
    if doc.text[at:at + 1] != closing:
        raise EditError("无法在这一处单行写法里添加内容，请先运行 tracker fmt 改成分行写法",
                        "cannot add to this one-line form; run tracker fmt to write it as a "
                        "block first")
    return at


def insert_key(doc: Doc, mapping: Any, key: str, value: Any) -> Splice:
    if mapping.flow_style:  # a task written on one line stays on one line
        at = _before_closing(doc, mapping, "}")
        sep = ", " if mapping.value else ""
        return Splice(at, at, f"{sep}{key}: {flow(value)}")
    col = mapping.start_mark.column
    at = doc.line_end(doc.content_end(mapping))
    nl = newline(doc.text)
    lines = block({key: value}, col, doc.seq_offset())
    prefix = "" if at == 0 or doc.text[at - 1] == "\n" else nl
    return Splice(at, at, prefix + nl.join(lines) + nl)


def append_item(doc: Doc, owner: Any, key: str, item: dict[str, Any]) -> Splice:
    """Append `item` to the block list `owner[key]`, creating the list when missing."""
    pair = doc.get(owner, key)
    nl = newline(doc.text)
    if pair is None or (pair[1].id == "scalar" and pair[1].value in ("", "~", "null")) or (
        pair[1].id == "sequence" and not pair[1].value
    ):
        if pair is None:
            return insert_key(doc, owner, key, [item])
        col = owner.start_mark.column
        lines = block([item], col + doc.seq_offset(), doc.seq_offset())
        end = trim_end(doc, doc.content_end(pair[1]))
        rest = doc.text[end:doc.line_end(end)].rstrip("\r\n")
        if rest.strip().startswith("#"):  # `tasks: []  # 待补充`: the note stays on its line
            return Splice(pair[0].end_mark.index, end + len(rest), ":" + rest + nl + nl.join(lines))
        return Splice(pair[0].end_mark.index, end, ":" + nl + nl.join(lines))
    seq = pair[1]
    if seq.id == "sequence" and seq.flow_style:  # [..] on one line: the item joins it there
        at = _before_closing(doc, seq, "]")
        return Splice(at, at, (", " if seq.value else "") + flow(item))
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
    return Splice(at, at, prefix + nl.join(lines) + nl)


def rewrite_unit_entry(doc: Doc, entry: tuple[Any, Any], change: dict[str, Any]) -> list[Splice]:
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
        return [Splice(entry[1].start_mark.index, entry[1].end_mark.index, flow_map(merged))]
    nl = newline(doc.text)
    col = entry[0].start_mark.column
    lines = block(merged, col + 2, doc.seq_offset())
    return [Splice(entry[0].end_mark.index, trim_end(doc, doc.content_end(entry[1])),
                    ":" + nl + nl.join(lines))]
