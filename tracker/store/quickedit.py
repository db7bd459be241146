"""A task's field edit made on fastyaml's reading of the file: no node graph, no ruamel.

`tracker set plan/T3 progress=60` changes one value of one task. planfile finds the value's
span through ruamel's composer marks; this module finds the same span from the positions
fastyaml records (the line and column of each key and value) and the text of that line, and
splices the same new text (planfile's own writers: `scalar`, `flow_list`, `block`). The
result is verified as planfile verifies it: the new text read again (by fastyaml) must give
the old data with exactly the requested change. It answers only where it knows the span
exactly - one-line plain and quoted scalars and flow collections, a key added to or removed
from a block mapping whose end it can see - and says None for anything else (a block scalar,
an empty value, a value written over several lines, a one-line task, a text outside fastyaml's
subset): planfile then edits with ruamel as before. Either way the bytes written are the same.
"""

from __future__ import annotations

from tracker.store import fastyaml, yamlsafe
from tracker.store.load import as_plain
from tracker.store.yamlsafe import YMap, YSeq
from tracker.store.yamltext import block, flow_list, line_end, scalar

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Any

Splice = tuple[int, int, str]  # start, end, new text


class _Unsure(Exception):
    """The edit is not one this module can make exactly: planfile makes it with ruamel."""


class Doc:
    """A text, its data as fastyaml reads it, and offsets of its lines."""

    def __init__(self, text: str, data: YMap) -> None:
        self.text = text
        self.data = data
        self._starts: list[int] | None = None

    def offset(self, at: tuple[int, int]) -> int:
        """(line, col), both 1-based, as fastyaml records them -> index into the text."""
        starts = self._starts
        if starts is None:
            starts = [0]
            find = self.text.find
            nl = find("\n")
            while nl >= 0:
                starts.append(nl + 1)
                nl = find("\n", nl + 1)
            self._starts = starts
        return starts[at[0] - 1] + at[1] - 1

    def task(self, task_id: str) -> YMap:
        """The first task item whose id is `task_id` (planfile's `_Doc.task`, which compares
        the id's text: an id that is not text here may have that text, so: unsure)."""
        tasks = self.data.get("tasks")
        if not isinstance(tasks, YSeq) or self._flow(tasks.line, tasks.col):
            raise _Unsure
        for item in tasks:
            if isinstance(item, YMap):
                found = item.get("id")
                if not isinstance(found, str):
                    raise _Unsure
                if found == task_id:
                    if self._flow(item.line, item.col):
                        raise _Unsure  # a task written on one line: `{id: T1, …}`
                    return item
        raise _Unsure  # planfile says "no task"

    def _flow(self, line: int, col: int) -> bool:
        return self.text[self.offset((line, col))] in "[{"

    def key_span(self, mapping: YMap, key: str) -> tuple[int, int] | None:
        """Where `key` (the key's text) stands in `mapping`, or None when it is not there."""
        if key not in mapping:
            return None
        start = self.offset(mapping.keys_at[key])
        end = start + len(key)
        if self.text[start:end] != key or self.text[end:end + 1] != ":":
            raise _Unsure  # a key written otherwise that reads as `key` (`1:` for "1")
        return start, end

    def value_span(self, at: tuple[int, int], value: Any) -> tuple[int, int, str]:
        """(start, end, style) of a value written on one line: a plain or quoted scalar, or a
        flow collection; style is the quote, "[" / "{", or "" for a plain scalar."""
        start = self.offset(at)
        text = self.text
        eol = text.find("\n", start)
        line = text[start:eol if eol >= 0 else len(text)]
        first = line[:1]
        if first in ("", " ", "#", "|", ">"):
            raise _Unsure  # an empty value (its span is ruamel's to say), a block scalar
        if isinstance(value, (YMap, YSeq)):
            if first not in "[{":
                raise _Unsure  # a block collection
            return start, start + _flow_end(line), first
        if first in "'\"":
            return start, start + line.index(first, 1) + 1, first
        cut = line.find(" #")
        return start, start + len((line if cut < 0 else line[:cut]).rstrip(" ")), ""

    def content_end(self, value: Any, at: tuple[int, int]) -> int:
        """Where a value's own text ends (planfile's `_Doc.content_end`): a block collection's
        last value's end."""
        while isinstance(value, (YMap, YSeq)) and not self._flow(*at):
            if isinstance(value, YMap):
                last = next(reversed(value))
                value, at = value[last], value.values_at[last]
            else:
                value, at = value[-1], value.items_at[-1]
        return self.value_span(at, value)[1]

    def line_end(self, index: int) -> int:
        """Insertion point after the node ending at `index`: the start of the next line."""
        return line_end(self.text, index)

    def seq_offset(self) -> int:
        tasks = self.data.get("tasks")
        if isinstance(tasks, YSeq) and tasks and not self._flow(tasks.line, tasks.col):
            return tasks.col - self.data.keys_at["tasks"][1]
        return 2


def _flow_end(line: str) -> int:
    """The index after the flow collection that opens `line` (one line, fastyaml's subset:
    quoted scalars hold no brackets of their own once skipped)."""
    depth = 0
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if c in "'\"":
            i = line.index(c, i + 1)
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise _Unsure


def _key_is_text(key: str) -> bool:
    """A key that reads as itself: its text is what planfile compares."""
    return bool(key) and key[0] not in fastyaml._STARTS and ":" not in key and "#" not in key \
        and _is_str(key)


def _is_str(text: str) -> bool:
    plain_tag, t_str, _ = yamlsafe.resolution()
    return plain_tag(text) is t_str


# ---------------------------------------------------------------- the edits


def set_field(doc: Doc, task_id: str, key: str, value: Any) -> list[Splice]:
    """planfile.set_field's splice: `_replace_value`, or `_insert_key` for a new key."""
    if not _key_is_text(key) or isinstance(value, dict) or (isinstance(value, str) and "\n" in value):
        raise _Unsure
    task = doc.task(task_id)
    span = doc.key_span(task, key)
    if span is None:
        return [_insert_key(doc, task, key, value)]
    old = task[key]
    start, end, style = doc.value_span(task.values_at[key], old)
    if isinstance(value, list):
        return [(start, end, flow_list(value))]
    if style and style in "[{":  # a collection replaced by a scalar: on the key's line
        return [(span[1], end, ": " + scalar(value))]
    return [(start, end, scalar(value, prefer=style))]


def _insert_key(doc: Doc, task: YMap, key: str, value: Any) -> Splice:
    last = next(reversed(task))
    at = doc.line_end(doc.content_end(task[last], task.values_at[last]))
    lines = block({key: value}, task.col - 1, doc.seq_offset())
    prefix = "" if at == 0 or doc.text[at - 1] == "\n" else "\n"
    return at, at, prefix + "\n".join(lines) + "\n"


def remove_field(doc: Doc, task_id: str, key: str) -> list[Splice]:
    """planfile.remove_field's splice: the key's lines, from the start of its line."""
    if not _key_is_text(key):
        raise _Unsure
    task = doc.task(task_id)
    span = doc.key_span(task, key)
    if span is None:
        return []
    if len(task) < 2:
        raise _Unsure  # planfile refuses: the only key
    start = doc.text.rfind("\n", 0, span[0]) + 1
    if doc.text[start:span[0]].strip():
        raise _Unsure  # planfile refuses: the item's first key
    return [(start, doc.line_end(doc.content_end(task[key], task.values_at[key])), "")]


# ---------------------------------------------------------------- applying them


def edit(text: str, edits: list[Any], offset: int = 0, small: bool = False) -> tuple[str, YMap] | None:
    """planfile.edit_text made here: (the new text, its data), or None when any edit is not
    one this module makes exactly, reaches before `offset`, or does not verify. `small`: the
    text is one task item under the file's header (fastyaml.read's `small`)."""
    data = fastyaml.read(text, small)
    if not isinstance(data, YMap):
        return None
    try:
        for e in edits:
            if e.quick is None:
                return None
            doc = Doc(text, data)
            splices = e.quick(doc)
            if any(s[0] < offset for s in splices):
                return None
            for start, end, new in sorted(splices, reverse=True):
                text = text[:start] + new + text[end:]
            expected = as_plain(data)
            e.data_op(expected)
            after = fastyaml.read(text, small)
            if not isinstance(after, YMap) or as_plain(after) != expected:
                return None
            data = after
    except _Unsure:
        return None
    return text, data
