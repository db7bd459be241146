"""A plan's text cut at its task items, so parts of one file can be parsed on their own.

The history walk parses only the task items a version changed (`split`); loading one very
large plan parses its two halves on both cores (`halves`, `join`). Each half keeps the file's
header and its own line numbers (the other half's lines become blank lines), so every
position, problem and date reads exactly as in a parse of the whole file. Files in any shape
this does not understand (anchors and aliases, tags, tabs, CR, a key after the task list)
are not cut: the caller parses them whole.
"""

from __future__ import annotations

import re

from tracker.model import replace
from tracker.store.load import Loaded

TASKS_KEY = re.compile(r"^tasks:[ \t]*(#.*)?$")
UNSAFE = re.compile(r"[&*!\t\r]|^(%|---|\.\.\.)", re.MULTILINE)


def _items(lines: list[str]) -> tuple[int, list[int], int] | None:
    """(line of `tasks:`, first line of each task item, line where the list ends)."""
    starts = [i for i, ln in enumerate(lines) if TASKS_KEY.match(ln)]
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


_TASKS_LINE = re.compile(r"^tasks:[ \t]*(?:#.*)?$", re.MULTILINE)
_FIRST_ITEM = re.compile(r"^(?![ ]*(?:#|$))( *)(- )?", re.MULTILINE)


def halves(raw: bytes) -> tuple[bytes, bytes, int] | None:
    """Two texts that each parse to the plan with half of its tasks, and the number of lines
    both share (the header up to `tasks:`); None when the file is not to be cut. Found with
    regular expressions over the whole text: a 100,000-task file has 400,000 lines."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if text.startswith("\ufeff") or UNSAFE.search(text):
        return None
    keys = _TASKS_LINE.findall(text)
    if len(keys) != 1:
        return None
    key = _TASKS_LINE.search(text)
    assert key is not None
    body = text[key.end():]  # from the end of the `tasks:` line
    first = _FIRST_ITEM.search(body)
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
