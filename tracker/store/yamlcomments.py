"""The comments of a YAML document, each placed by what it sits next to, and put back.

A comment belongs to an *entry* (a mapping key or a list item, named by its path from the
root): a comment on its own line belongs to the entry on the next line that has one (`above`),
a comment after a value belongs to the deepest entry whose value ends on that line (`inline`:
after `progress: 60`, after a closing quote or bracket, after `detail: |` or `tasks:`), and
comment lines after everything belong to the end of the document (`end`). List items with an
`id:` are named by it; other items by their first key and value (an update by its date) and
how many such items came before, so that deleting one report does not move the comments of
the others. The merge driver decides which comments the result should have; `place()` makes
the text have exactly those, touching only comment text and leaving every value as it was.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tracker.store import yamlsafe

Anchor = tuple[Any, ...]
Place = tuple[Anchor, str]  # (entry path, "above" | "inline" | "end")
_HASH = re.compile(r"(?:^|(?<=[ \t]))#", re.M)


@dataclass(frozen=True, slots=True)
class Comment:
    place: Place
    text: str  # from '#' to the end of the line, trailing spaces dropped
    lead: str  # the whitespace before '#': indentation, or the gap after a value
    line: int  # 0-based line in the text it was read from


@dataclass(frozen=True, slots=True)
class Entry:
    line: int  # where the entry starts (0-based)
    indent: str  # the leading whitespace of that line
    tail: int  # the line a comment after its value goes on (where a one-line value ends)


@dataclass(frozen=True, slots=True)
class Layout:
    comments: tuple[Comment, ...]
    entries: dict[Anchor, Entry]

    def by_place(self) -> dict[Place, list[Comment]]:
        out: dict[Place, list[Comment]] = {}
        for c in self.comments:
            out.setdefault(c.place, []).append(c)
        return out


def read(text: str) -> Layout | None:
    """The comments and entries of `text`; None when it is not readable YAML."""
    root, _, problems = yamlsafe.parse_nodes(text, "<comments>")
    if root is None or any(p.is_error for p in problems):
        return None
    lines = text.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    spans: list[tuple[int, int]] = []
    entries: dict[Anchor, Entry] = {}
    order: list[tuple[int, int, Anchor]] = []  # (line, depth, path) of every entry
    tails: dict[int, Anchor] = {}  # the deepest entry whose value ends on a line
    _walk(root, (), text, spans, entries, order, lines)
    spans.sort()
    span_starts = [s for s, _ in spans]
    first_on: dict[int, Anchor] = {}  # outermost entry starting on a line
    for line, _depth, path in sorted(order, key=lambda x: (x[0], x[1])):
        first_on.setdefault(line, path)
    for path, entry in sorted(entries.items(), key=lambda x: len(x[0])):
        tails[entry.tail] = path
    entry_lines = sorted(first_on)
    comments = []
    for m in _HASH.finditer(text):
        at = m.start()
        i = bisect.bisect_right(span_starts, at) - 1
        if i >= 0 and spans[i][0] <= at < spans[i][1]:
            continue
        line = bisect.bisect_right(starts, at) - 1
        col = at - starts[line]
        before = lines[line][:col]
        body = lines[line][col:].rstrip()
        if before.strip():
            target = tails.get(line)
            if target is None:  # inside a value: belongs to what contains it
                target = _containing(order, line)
            gap = before[len(before.rstrip()):]
            comments.append(Comment((target, "inline"), body, gap, line))
            continue
        k = bisect.bisect_right(entry_lines, line)
        place: Place = (first_on[entry_lines[k]], "above") if k < len(entry_lines) else ((), "end")
        comments.append(Comment(place, body, before, line))
    return Layout(tuple(comments), entries)


def _containing(order: list[tuple[int, int, Anchor]], line: int) -> Anchor:
    best: tuple[int, int, Anchor] = (-1, -1, ())
    for entry in order:
        if entry[0] <= line and (entry[0], entry[1]) >= (best[0], best[1]):
            best = entry
    return best[2]


def _name(item: Any, seen: dict[str, int]) -> Any:
    if item.id == "mapping" and item.value:
        idp = next(((k, v) for k, v in item.value if k.id == "scalar" and k.value == "id"), None)
        if idp is not None and idp[1].id == "scalar":
            return ("id", idp[1].value)
        k, v = item.value[0]
        label = f"{k.value}={v.value if v.id == 'scalar' else ''}"
    else:
        label = str(item.value) if item.id == "scalar" else item.id
    seen[label] = seen.get(label, 0) + 1
    return ("item", label, seen[label])


def _walk(node: Any, path: Anchor, text: str, spans: list[tuple[int, int]],
          entries: dict[Anchor, Entry], order: list[tuple[int, int, Anchor]],
          lines: list[str]) -> None:
    if node.id == "scalar":
        start = node.start_mark.index
        if node.style in ("|", ">"):  # a comment may follow the header
            nl = text.find("\n", start)
            start = len(text) if nl < 0 else nl
        spans.append((start, node.end_mark.index))
        return
    if node.flow_style:
        spans.append((node.start_mark.index, node.end_mark.index))
        return
    if node.id == "mapping":
        for k, v in node.value:
            if k.id != "scalar":
                spans.append((k.start_mark.index, k.end_mark.index))
                continue
            _enter(path + (k.value,), k.start_mark.line, _tail(k, v), len(path), entries, order,
                   lines)
            spans.append((k.start_mark.index, k.end_mark.index))
            _walk(v, path + (k.value,), text, spans, entries, order, lines)
        return
    seen: dict[str, int] = {}
    for item in node.value:
        sub = path + (_name(item, seen),)
        _enter(sub, item.start_mark.line, _tail(item, item), len(path), entries, order, lines)
        _walk(item, sub, text, spans, entries, order, lines)


def _tail(start: Any, value: Any) -> int:
    """Where a comment after this value may go: after a one-line value or a closing quote or
    bracket, on its last line; after the key of a block (or a `|` header), on the key's line."""
    if value.id == "scalar" and value.style not in ("|", ">") and value.value != "":
        return int(value.end_mark.line)
    if value.id != "scalar" and value.flow_style:
        return int(value.end_mark.line)
    return int(start.start_mark.line)


def _enter(path: Anchor, line: int, tail: int, depth: int, entries: dict[Anchor, Entry],
           order: list[tuple[int, int, Anchor]], lines: list[str]) -> None:
    if path in entries:  # a duplicate key: the first one names it
        return
    row = lines[line]
    entries[path] = Entry(line, row[: len(row) - len(row.lstrip(" \t"))], tail)
    order.append((line, depth, path))


# ---------------------------------------------------------------- putting comments in place


def place(text: str, layout: Layout, wanted: dict[Place, list[Comment]]) -> tuple[str, list[Comment]]:
    """`text` (whose layout is `layout`) with exactly the `wanted` comments at each place
    `wanted` names (other places are left alone); returns the new text and the wanted
    comments whose entry is not in the text."""
    have = layout.by_place()
    crlf = text.count("\r\n") * 2 > text.count("\n")  # the line end most lines have
    lines = text.split("\n")
    ends = [ln.endswith("\r") for ln in lines]  # CR LF line ends are kept line by line
    lines = [ln[:-1] if cr else ln for ln, cr in zip(lines, ends, strict=True)]
    deletes: set[int] = set()
    inserts: dict[int, list[str]] = {}  # before line i
    inline: dict[int, str] = {}  # new inline comment text (with its gap) for line i
    homeless: list[Comment] = []
    for where, want in wanted.items():
        now = have.get(where, [])
        if [c.text for c in now] == [c.text for c in want]:
            continue
        anchor, kind = where
        if kind != "end" and anchor not in layout.entries:
            homeless.extend(want)
            continue
        if kind == "inline":
            for c in now:
                inline.setdefault(c.line, "")
            if want:
                row = layout.entries[anchor].tail
                inline[row] = want[0].lead + "  ".join(c.text for c in want)
            continue
        kept = {c.text: c for c in now}
        for c in now:
            if c.text not in {w.text for w in want}:
                deletes.add(c.line)
        default = layout.entries[anchor].line if kind == "above" else len(lines)
        if kind == "end" and lines and lines[-1] == "":
            default = len(lines) - 1
        for k, c in enumerate(want):
            if c.text in kept:
                continue
            after = next((kept[w.text].line + 1 for w in reversed(want[:k]) if w.text in kept), None)
            before = next((kept[w.text].line for w in want[k + 1:] if w.text in kept), None)
            at = after if after is not None else (before if before is not None else default)
            lead = layout.entries[anchor].indent if kind == "above" else c.lead
            inserts.setdefault(at, []).append(lead + c.text)
    for row in sorted(set(deletes) | set(inserts) | set(inline), reverse=True):
        if row in inline and row < len(lines):
            code = _without_comment(lines[row], layout, row)
            lines[row] = code + inline[row] if inline[row] else code
        if row in deletes:
            del lines[row]
            del ends[row]
        if row in inserts:
            lines[row:row] = inserts[row]
            ends[row:row] = [crlf] * len(inserts[row])
    return "\n".join(ln + "\r" if cr else ln for ln, cr in zip(lines, ends, strict=True)), homeless


def _without_comment(row_text: str, layout: Layout, row: int) -> str:
    for c in layout.comments:
        if c.line == row and c.place[1] == "inline":
            cut = row_text.rfind(c.text)
            return row_text[:cut].rstrip(" \t")
    return row_text.rstrip(" \t") if row_text.endswith((" ", "\t")) else row_text


def merge3(base: Iterable[Comment], ours: Iterable[Comment], theirs: Iterable[Comment]) -> list[Comment]:
    """One place's comments: ours, without those they removed, with those they added (after
    the comment that precedes each in their text)."""
    b, o, t = list(base), list(ours), list(theirs)
    bt, tt = [c.text for c in b], [c.text for c in t]
    removed = [x for x in bt if x not in tt]
    out = [c for c in o if c.text not in removed]
    texts = [c.text for c in out]
    for k, c in enumerate(t):
        if c.text in bt or c.text in texts:
            continue
        prev = next((texts.index(p.text) + 1 for p in reversed(t[:k]) if p.text in texts), 0)
        out.insert(prev, c)
        texts.insert(prev, c.text)
    return out


def wanted(base: Layout, ours: Layout, theirs: Layout) -> dict[Place, list[Comment]]:
    """Every place's comments after a three-way merge of the comments (empty where none)."""
    b, o, t = base.by_place(), ours.by_place(), theirs.by_place()
    return {where: merge3(b.get(where, []), o.get(where, []), t.get(where, []))
            for where in set(b) | set(o) | set(t)}
