"""YAML text for single values: scalars, flow lists and maps, and blocks, each written so that
it reads back as exactly the value given (quoted only when a plain scalar would be misread)."""

from __future__ import annotations

import datetime as dt
import functools
import re

from tracker.store import yamlsafe

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Any

_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")


# Each pattern is compiled when first used (a number or a date needs none of them).
@functools.cache
def _needs_quote() -> re.Pattern[str]:
    return re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]|: |:$| #|^\s|\s$")


def scalar(value: Any, flow: bool = False, prefer: str = "") -> str:
    """One value as YAML scalar text that reads back as exactly that value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value)
    if prefer == "'" and "\n" not in s and not _needs_quote().search(s.strip() or "x"):
        return "'" + s.replace("'", "''") + "'"
    if _plain_ok(s, flow):
        return s
    return double_quoted(s)


# YAML reads NEL, U+2028 and U+2029 as line breaks and drops a BOM; json.dumps leaves them raw
@functools.cache
def _yaml_breaks() -> re.Pattern[str]:
    return re.compile("[\x85\u2028\u2029\ufeff]")



def double_quoted(s: str) -> str:
    """A double-quoted YAML scalar (JSON's escapes are YAML's) that reads back exactly."""
    import json  # for text that needs quotes only: not imported by every edit

    return _yaml_breaks().sub(lambda m: f"\\u{ord(m.group(0)):04x}",
                            json.dumps(s, ensure_ascii=False))


# What a block scalar cannot carry: characters YAML forbids in text or reads as line breaks.
@functools.cache
def _not_in_block() -> re.Pattern[str]:
    return re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")



def text_block(value: str, column: int, nl: str = "\n") -> str:
    """Multi-line text as the value of a key at `column`: a literal block scalar (` |-` and
    the lines, indented two more) as a person would write it, or a double-quoted scalar when
    a block cannot hold the text exactly. Starts with the space after the key's colon."""
    if not _not_in_block().search(value):
        chomp = "+" if value.endswith("\n\n") else ("" if value.endswith("\n") else "-")
        lines = value.split("\n")
        if value.endswith("\n"):
            lines.pop()
        first = next((ln for ln in lines if ln.strip()), "")
        indicator = "2" if first[:1] in (" ", "\t") else ""
        pad = " " * (column + 2)
        body = nl.join(pad + ln if ln else "" for ln in lines)
        text = f" |{indicator}{chomp}{nl}{body}"
        if _reads_as(f"{' ' * column}k:{text}{nl}", value):
            return text
    return " " + double_quoted(value)


def _plain_ok(s: str, flow: bool) -> bool:
    if not s or s[0] in _INDICATORS or _needs_quote().search(s):
        return False
    if flow:  # inside [ ] a plain `x:y` is read otherwise (or not at all) than after `k: `
        return not any(c in s for c in ",[]{}") and _reads_as(f"k: [{s}]\n", [s])
    return _reads_as(f"k: {s}\n", s)


def _reads_as(text: str, value: Any) -> bool:
    """Does the document `text` read without a problem as {k: value}? fastyaml answers for
    what it reads (exactly as ruamel would: no ruamel import), ruamel for the rest."""
    from tracker.store import fastyaml

    data = fastyaml.read(text, small=True)
    if data is None:
        data, problems = yamlsafe.parse(text, "<text>")
        if problems:
            return False
    return isinstance(data, dict) and data.get("k") == value


def flow_list(items: list[Any]) -> str:
    return "[" + ", ".join(scalar(i, flow=True) for i in items) + "]"


def block(value: Any, indent: int, seq_offset: int) -> list[str]:
    """A mapping or list as block lines (no trailing newline) at `indent` columns."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, dict) and v:
                lines.append(f"{pad}{k}:")
                lines.extend(block(v, indent + 2, seq_offset))
            elif isinstance(v, list) and v and any(isinstance(i, dict) for i in v):
                lines.append(f"{pad}{k}:")
                lines.extend(block(v, indent + seq_offset, seq_offset))
            elif isinstance(v, list):
                lines.append(f"{pad}{k}: {flow_list(v)}")
            elif isinstance(v, str) and "\n" in v:
                lines.extend(f"{pad}{k}:{text_block(v, indent)}".split("\n"))
            else:
                lines.append(f"{pad}{k}: {scalar(v)}")
        return lines
    for item in value:
        if isinstance(item, dict):
            inner = block(item, indent + 2, seq_offset)
            lines.append(pad + "- " + inner[0][indent + 2:])
            lines.extend(inner[1:])
        else:
            lines.append(f"{pad}- {scalar(item)}")
    return lines



def flow_map(d: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {scalar(v, flow=True)}" for k, v in d.items()) + "}"


def line_end(text: str, index: int) -> int:
    """Where to insert after a value ending at `index`: the start of the next line (the end of
    the text on its last line)."""
    if index > 0 and text[index - 1] == "\n":
        return index
    nl = text.find("\n", index)
    return len(text) if nl < 0 else nl + 1
