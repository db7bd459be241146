"""Reports -> text, JSON and CSV; the only user of tabulate.

Everything a plan author typed goes through `printable` before it reaches a terminal, so an
escape sequence in a title can never move the cursor or recolour the screen.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Sequence
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: object, keep_newlines: bool = False) -> str:
    """Text with control characters shown as escapes (\\x1b), never sent raw."""
    s = "" if text is None else str(text)
    if _ANY_CONTROL.search(s) is None:
        return s
    if not keep_newlines:
        s = s.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return _CONTROL.sub(lambda m: repr(m.group(0))[1:-1], s)


_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")
_ZERO = re.compile("[\u0300-\u036f\u200b-\u200f\u20d0-\u20ff\ufe00-\ufe0f]")


def width(text: str) -> int:
    """Display columns of text: wide (CJK, full-width) characters take two."""
    if text.isascii():
        return len(text)
    cached = _WIDTHS.get(text)
    if cached is None:
        cached = len(text) + len(_WIDE.findall(text)) - len(_ZERO.findall(text))
        if len(_WIDTHS) < 4096:  # unit names and labels repeat; titles do not
            _WIDTHS[text] = cached
    return cached


_WIDTHS: dict[str, int] = {}


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain table aligned by display width (Chinese counts two columns), in tabulate's
    "simple" layout. Large listings (10,000 rows) are laid out here directly: tabulate's
    per-cell type sniffing costs more than half a second there, so it serves small tables."""
    if len(rows) <= 200:
        from tabulate import tabulate

        clean = [[printable(c) if c is not None else "" for c in row] for row in rows]
        return tabulate(clean, headers=list(headers), tablefmt="simple", disable_numparse=True)
    # Column by column, so the common cases run at C speed: an ASCII column is measured with
    # len, and one search per column tells whether any cell needs escaping.
    columns = [["" if c is None else str(c) for c in col] for col in zip(*rows)]
    if any(_ANY_CONTROL.search("".join(col)) for col in columns):
        columns = [[printable(c) for c in col] for col in columns]
    sizes: list[int] = []
    padded: list[list[str]] = []
    for header, col in zip(headers, columns):
        ws = list(map(len if all(map(str.isascii, col)) else width, col))
        size = max(width(header) + 2, max(ws, default=0))
        sizes.append(size)
        padded.append([v + " " * (size - w) for v, w in zip(col, ws)])
    out = ["  ".join(h + " " * (s - width(h)) for h, s in zip(headers, sizes)).rstrip(),
           "  ".join("-" * s for s in sizes)]
    out.extend("  ".join(parts).rstrip() for parts in zip(*padded))
    return "\n".join(out)


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_csv(headers: Sequence[str], rows: Sequence[Sequence[Any]], bom: bool = False) -> str:
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if c is None else str(c) for c in row])
    return out.getvalue()


def date_text(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def days_text(days: int | None, lang: str) -> str:
    if days is None:
        return ""
    if lang == "en":
        return f"{-days}d late" if days < 0 else ("today" if days == 0 else f"{days}d left")
    return f"逾期{-days}天" if days < 0 else ("今天到期" if days == 0 else f"剩{days}天")


def names(items: Sequence[str]) -> str:
    return "、".join(items)


def report_table(headers: Sequence[str], rows: Sequence[Sequence[Any]],
                 align: Sequence[str] | None = None, markdown: bool = False) -> str:
    """A table for reports: aligned by display width, per-column alignment ("left"/"right"),
    as plain text or as a Markdown (GitHub) table."""
    from tabulate import tabulate

    clean = [[printable(c) if c is not None else "" for c in row] for row in rows]
    if markdown:
        clean = [[c.replace("|", "\\|") for c in row] for row in clean]
    return tabulate(clean, headers=list(headers), tablefmt="github" if markdown else "simple",
                    disable_numparse=True, colalign=tuple(align) if align else None)


def display_width(text: object) -> int:
    """Columns a text takes on screen or in a spreadsheet (a Chinese character counts two)."""
    from wcwidth import wcswidth

    s = "" if text is None else str(text)
    width = wcswidth(s)
    return width if width >= 0 else len(s)
