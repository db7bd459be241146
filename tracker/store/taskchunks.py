"""A plan's text cut at its task items, so parts of one file can be parsed on their own.

The history walk parses only the task items a version changed (`split`); loading one very
large plan parses its two halves on both cores (`halves`, `join`); an edit of one task is made
and verified on that task's item alone (`one_item`, `with_task`). Each part keeps the file's
header and its own line numbers (the other half's lines become blank lines), so every
position, problem and date reads exactly as in a parse of the whole file. Files in any shape
this does not understand (anchors and aliases, tags, tabs, CR, a key after the task list)
are not cut: the caller parses them whole.
"""

from __future__ import annotations

import functools
import re

from tracker.model import replace
from tracker.store.load import Loaded
from tracker.structs import Struct

UNSAFE = re.compile(r"[&*!\t\r]|^(%|---|\.\.\.)", re.MULTILINE)


def _items(lines: list[str]) -> tuple[int, list[int], int] | None:
    """(line of `tasks:`, first line of each task item, line where the list ends)."""
    starts = [i for i, ln in enumerate(lines) if _is_tasks_key(ln)]
    if len(starts) != 1:
        return None
    k = starts[0]
    indent = None
    items: list[int] = []
    for j in range(k + 1, len(lines)):
        ln = lines[j]
        body = ln.lstrip(" ")
        if not body.strip() or body.startswith("#"):
            continue
        col = len(ln) - len(body)
        if indent is None:
            if not body.startswith("- "):
                return None
            indent = col
        if col == indent and body.startswith("- "):
            items.append(j)
        elif col > indent and items:
            continue
        elif col < indent or (col == 0 and not body.startswith("- ")):
            return k, items, j
        else:
            return None
    return (k, items, len(lines)) if items else None


def split(text: str) -> tuple[str, list[str]] | None:
    """The file without its task items, and the text of each item (comments and blank lines
    after an item stay with it)."""
    lines = text.splitlines(keepends=True)
    found = _items(lines)
    if found is None:
        return None
    k, items, end = found
    bounds = items + [end]
    chunks = ["".join(lines[a:b]) for a, b in zip(bounds, bounds[1:])]
    return "".join(lines[:k] + lines[end:]), chunks


@functools.cache
def _halves_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the `tasks:` line, the first item's line): compiled when a large plan is first cut."""
    return (re.compile(r"^tasks:[ \t]*(?:#.*)?$", re.MULTILINE),
            re.compile(r"^(?![ ]*(?:#|$))( *)(- )?", re.MULTILINE))


def halves(raw: bytes) -> tuple[bytes, bytes, int] | None:
    """Two texts that each parse to the plan with half of its tasks, and the number of lines
    both share (the header up to `tasks:`); None when the file is not to be cut. Found with
    regular expressions over the whole text: a 100,000-task file has 400,000 lines. A file
    over the size limit is not cut: its halves would each pass the limit the whole breaks."""
    from tracker.store.yamlsafe import MAX_FILE_BYTES

    if len(raw) > MAX_FILE_BYTES:
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if text.startswith("\ufeff") or unsafe(text):
        return None
    tasks_line, first_item = _halves_patterns()
    keys = tasks_line.findall(text)
    if len(keys) != 1:
        return None
    key = tasks_line.search(text)
    assert key is not None
    body = text[key.end():]  # from the end of the `tasks:` line
    first = first_item.search(body)
    if first is None or first.group(2) is None:
        return None
    pad = first.group(1)
    # a line indented less than the items (a key after the list) ends the list: not cut
    if re.search(rf"^(?![ ]*(?:#|$))(?!{pad}(?:- | ))", body, re.MULTILINE):
        return None
    starts = [m.start() for m in re.finditer(rf"^{pad}- ", body, re.MULTILINE)]
    if len(starts) < 2:
        return None
    mid = starts[len(starts) // 2]
    head = text[:key.end()]
    one = head + body[:mid]
    two = head + "\n" * body[:mid].count("\n") + body[mid:]
    return one.encode("utf-8"), two.encode("utf-8"), text[:key.start()].count("\n") + 1


def join(first: Loaded, second: Loaded, shared: int, blob: str) -> Loaded | None:
    """The whole file's Loaded from its halves' (problems of the shared header once)."""
    if first.plan is None or second.plan is None:
        return None
    problems = first.problems + tuple(p for p in second.problems if p.source.line > shared)
    unknown = first.unknown_keys + tuple(u for u in second.unknown_keys if u[1] > shared)
    plan = replace(first.plan, tasks=first.plan.tasks + second.plan.tasks)
    return Loaded(first.path, blob, plan, problems, unknown)


class Item(Struct, frozen=True):
    """One task item of a plan's text, located for an edit confined to it (`one_item`)."""

    index: int  # its place among the task items (= among the plan's tasks, in a clean plan)
    count: int  # how many task items the list holds
    head_end: int  # offset just after the `tasks:` line
    start: int  # offset of the item's first line (its dash)
    end: int  # offset where the next item (or the end of the file) begins
    line: int  # the item's first line number (1-based)
    lines: int  # how many lines it spans


# Line ends splitlines() knows besides "\n" (and "\r", which UNSAFE refuses)
_OTHER_BREAKS = ("\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


@functools.cache
def _list_patterns(indent: int) -> re.Pattern[str]:
    """A line with content that is neither an item at `indent` nor indented deeper, found by
    the line break before it. A line has content when, after its spaces, it is not a comment
    and not only white space (what `_items` skips: `body.strip()` empty or starting `#`)."""
    pad = " " * indent
    return re.compile(rf"\n(?! *+(?:#|[^\S\n]*$))(?!{pad}- |{pad} )", re.MULTILINE)


def _is_tasks_key(line: str) -> bool:
    """Is this the `tasks:` key's line (`tasks:`, maybe spaces or tabs and a comment)?"""
    if not line.startswith("tasks:"):
        return False
    rest = line[6:].rstrip("\n").lstrip(" \t")
    return not rest or rest[0] == "#"


def _has_content(line: str) -> bool:
    """What `_items` reads: not blank, not a comment."""
    body = line.lstrip(" ")
    return bool(body.strip()) and not body.startswith("#")


def unsafe(text: str) -> bool:
    """UNSAFE.search(text), by substring searches (a tenth of the time on a large text)."""
    return (any(c in text for c in "&*!\t\r") or text.startswith(("%", "---", "..."))
            or any(s in text for s in ("\n%", "\n---", "\n...")))


def _lines_starting(text: str, prefix: str, start: int) -> list[int]:
    """Offsets of the lines after `start` that begin with `prefix`."""
    found = []
    at = text.find("\n" + prefix, start)
    while at >= 0:
        found.append(at + 1)
        at = text.find("\n" + prefix, at + 1)
    return found


def one_item(text: str, line: int) -> Item | None:
    """The task item whose lines hold `line` (1-based), in a file this module may cut: no
    anchors, aliases, tags, tabs, CR or directives, one `tasks:` list and nothing after it.
    None otherwise (the caller edits the whole file).

    Found by searching the whole text, as `_items` finds it line by line (`tracker set` cuts
    a 100-task file of 4,000 lines in a fraction of the time); a text with line ends other
    than "\n" is cut line by line, as splitlines() cuts it."""
    if text.startswith("\ufeff") or unsafe(text):
        return None
    if any(brk in text for brk in _OTHER_BREAKS):
        return _one_item_by_lines(text, line)
    keys = [at for at in ([0] if text.startswith("tasks:") else []) + _lines_starting(text, "tasks:", 0)
            if _is_tasks_key(text[at:_line_end(text, at)])]
    if len(keys) != 1:
        return None
    tasks_end = _line_end(text, keys[0])  # the "\n" ending the `tasks:` line
    at = tasks_end
    while at < len(text):  # the first line with content after it: an item's dash, or no list
        first = text[at + 1:_line_end(text, at + 1)]
        if _has_content(first):
            break
        at = _line_end(text, at + 1)
    else:
        return None
    body = first.lstrip(" ")
    if not body.startswith("- "):
        return None  # the list does not start with an item
    pad = first[:len(first) - len(body)]
    if _list_patterns(len(pad)).search(text, tasks_end) is not None:
        return None  # a key after the list, or a line at the items' indentation that is none
    starts = _lines_starting(text, pad + "- ", tasks_end)
    bounds = []  # each item's first line, 0-based, then the number of lines in the text
    at, n = 0, 0
    for start in starts:
        n += text.count("\n", at, start)
        bounds.append(n)
        at = start
    bounds.append(text.count("\n") + (1 if text and not text.endswith("\n") else 0))
    index = next((i for i in range(len(starts)) if bounds[i] < line <= bounds[i + 1]), None)
    if index is None:
        return None
    end = starts[index + 1] if index + 1 < len(starts) else len(text)
    return Item(index, len(starts), tasks_end + 1, starts[index], end, bounds[index] + 1,
                bounds[index + 1] - bounds[index])


def _line_end(text: str, at: int) -> int:
    nl = text.find("\n", at)
    return len(text) if nl < 0 else nl


def _one_item_by_lines(text: str, line: int) -> Item | None:
    """`one_item` found line by line, as `_items` cuts a text."""
    lines = text.splitlines(keepends=True)
    found = _items(lines)
    if found is None or found[2] != len(lines):
        return None
    k, items, _ = found
    bounds = items + [len(lines)]
    index = next((i for i in range(len(items)) if bounds[i] < line <= bounds[i + 1]), None)
    if index is None:
        return None
    offsets = [0]
    for ln in lines[:bounds[index + 1]]:
        offsets.append(offsets[-1] + len(ln))
    return Item(index, len(items), offsets[k + 1], offsets[bounds[index]],
                offsets[bounds[index + 1]], bounds[index] + 1, bounds[index + 1] - bounds[index])


def with_task(old: Loaded, at: Item, item: Loaded, blob: str) -> Loaded | None:
    """`old` with its task at `at` replaced by the one task `item` read (the item parsed under
    the file's own header, on its own lines, after an edit that kept its number of lines:
    `planfile.edit_item`), exactly as reading the whole new file gives it. None when the parts
    cannot tell (a problem anywhere, or an unknown key in this task, whose place in the
    whole file's lists they do not show): the caller then reads the whole file."""
    if old.plan is None or item.plan is None or len(item.plan.tasks) != 1:
        return None
    if old.problems or item.problems or len(old.plan.tasks) != at.count:
        return None
    if any(u[1] >= at.line for u in item.unknown_keys):
        return None
    if any(at.line <= u[1] < at.line + at.lines for u in old.unknown_keys):
        return None
    tasks = old.plan.tasks
    plan = replace(old.plan, tasks=tasks[:at.index] + item.plan.tasks + tasks[at.index + 1:])
    return Loaded(old.path, blob, plan, (), old.unknown_keys)
