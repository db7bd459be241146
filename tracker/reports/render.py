"""Reports -> text, JSON and CSV; the only user of tabulate.

Everything a plan author typed goes through `printable` before it reaches a terminal, so an
escape sequence in a title can never move the cursor or recolour the screen.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from itertools import repeat
from operator import add, sub

from tracker.reports.widths import column_widths, width

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Any

# The controls a terminal acts on: C0 but tab and newline, DEL, C1, the bidi overrides.
# Compiled when first needed: a class reaching past U+00FF costs re ~2.7 M instructions to
# compile, 5 % of a `tracker set` for three of them, whose text is nearly always printable.
_CONTROLS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff"  # and the two noncharacters XML cannot hold
_ANY_CONTROLS = _CONTROLS + "\t\n"  # tab and newline too, where a cell is one line


@functools.cache
def _pattern(chars: str) -> re.Pattern[str]:
    return re.compile(f"[{chars}]")


def printable(text: object, keep_newlines: bool = False) -> str:
    """Text with control characters shown as escapes (\\x1b), never sent raw."""
    s = "" if text is None else str(text)
    # str.isprintable is False for every control (and for some harmless characters, such as
    # U+3000, for which the search answers): the quick no
    if s.isprintable() or _pattern(_ANY_CONTROLS).search(s) is None:
        return s
    if not keep_newlines:
        s = s.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return _pattern(_CONTROLS).sub(lambda m: repr(m.group(0))[1:-1], s)


def terminal_text(text: str) -> str:
    """The last guard before a terminal or a pipe: every control character but tab and
    newline shown as its escape, whatever produced the text (a message quoting a file name,
    a unit typed with a CR). One search over the whole text when there is nothing to do."""
    if text.replace("\n", "").replace("\t", "").isprintable() \
            or _pattern(_CONTROLS).search(text) is None:
        return text
    return printable(text.replace("\r\n", "\n"), keep_newlines=True)


def column_table_lines(headers: Sequence[str], columns: Sequence[Sequence[str]]) -> Iterator[str]:
    """A plain table aligned by display width (Chinese counts two columns), as lines, from
    text laid out column by column (one list of strings per header): byte-identical to
    tabulate's "simple" layout, whose per-cell type sniffing took more than half a second on
    10,000 rows. Built a column at a time, so the work per cell runs at C speed. A listing's unit, date and status columns hold a few
    dozen values across 10,000 rows: those are measured and padded once per value and then
    looked up; columns of distinct values (references, titles) are measured cell by cell."""
    sizes: list[int] = []
    padded: list[list[str]] = []
    for header, col in zip(headers, columns):
        distinct = set(col)
        repeated = len(distinct) * 4 <= len(col)
        cells = list(distinct) if repeated else col
        texts, widths = _measure(cells)
        size = max(width(header) + 2, max(widths, default=0))
        sizes.append(size)
        if repeated:
            pad = {v: t + " " * (size - w) for v, t, w in zip(cells, texts, widths)}
            padded.append(list(map(pad.__getitem__, col)))
        else:  # str.ljust counts characters: pad to the length + the columns the text lacks
            lengths = map(add, map(len, texts), map(sub, repeat(size), widths))
            padded.append(list(map(str.ljust, texts, lengths)))
    yield "  ".join(h + " " * (s - width(h)) for h, s in zip(headers, sizes)).rstrip()
    yield "  ".join("-" * s for s in sizes)
    yield from map(str.rstrip, map("  ".join, zip(*padded)))


def _measure(cells: Sequence[str]) -> tuple[list[str], list[int]]:
    """Cells as tabulate shows them (controls escaped, outer spaces stripped) and their
    display widths."""
    joined = "".join(cells)
    if not joined.isprintable() and _pattern(_ANY_CONTROLS).search(joined):  # isprintable: the quick no
        cells = [printable(c) for c in cells]
    cells = list(map(str.strip, cells))  # cheaper than searching for outer spaces
    return cells, column_widths(cells)


# What json.dumps(ensure_ascii=False) leaves raw although a terminal acts on it: DEL, the C1
# controls (\x9b is a one-byte CSI) and the bidi overrides. (It escapes C0 itself.)
_JSON_RAW = r"\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"


def to_json(data: Any) -> str:
    """JSON with every control character as a \\u escape: valid JSON that reads back to the
    same text, and never a raw control on a terminal."""
    import json  # only JSON output pays for it

    text = json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)
    if text.isascii() or _pattern(_JSON_RAW).search(text) is None:
        return text
    return _pattern(_JSON_RAW).sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_csv(headers: Sequence[str], rows: Sequence[Sequence[Any]], bom: bool = False) -> str:
    import csv  # only CSV output pays for it
    import io

    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_csv_cell(c) for c in row])
    return out.getvalue()


def _csv_cell(value: Any) -> str:
    """CSV has no escapes of its own: a control character is written as its escape text
    (\x1b), a line break inside a cell stays a line break (CSV quotes it)."""
    s = "" if value is None else str(value)
    if s.isprintable():
        return s
    return printable(s.replace("\r\n", "\n"), keep_newlines=True)


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
    """A table for reports: aligned by display width, per-column alignment ("left"/"right"/
    "center"), as plain text or as a Markdown (GitHub) table. The plain table is laid out here
    (the layout of tabulate's "simple", which a test compares it with); tabulate, ~30 ms to
    import with wcwidth, writes only the Markdown one."""
    clean = [[printable(c) if c is not None else "" for c in row] for row in rows]
    if not markdown:
        return "\n".join(aligned_table_lines(headers, clean, align))
    from tabulate import tabulate

    clean = [[c.replace("|", "\\|") for c in row] for row in clean]
    return tabulate(clean, headers=list(headers), tablefmt="github", disable_numparse=True,
                    colalign=tuple(align) if align else None)


def aligned_table_lines(headers: Sequence[str], rows: Sequence[Sequence[str]],
                        align: Sequence[str] | None = None) -> Iterator[str]:
    """A small table aligned by display width, each column left, right or centre (headers
    aligned like their column); columns two spaces apart, at least two wider than the header."""
    cells = [[str(c).strip() for c in row] for row in rows]
    sizes = [max([width(h) + 2] + [width(row[i]) for row in cells if i < len(row)])
             for i, h in enumerate(headers)]
    kinds = list(align or ()) + ["left"] * (len(headers) - len(align or ()))
    heads = kinds if cells else ["left"] * len(headers)  # as tabulate: no rows, no alignment

    def pad(text: str, size: int, kind: str) -> str:
        room = size - width(text)
        if kind == "right":
            return " " * room + text
        if kind == "center":
            return " " * (room // 2) + text + " " * (room - room // 2)
        return text + " " * room

    yield "  ".join(pad(h, s, k) for h, s, k in zip(headers, sizes, heads)).rstrip()
    yield "  ".join("-" * s for s in sizes)
    for row in cells:
        yield "  ".join(pad(c, s, k) for c, s, k in zip(row, sizes, kinds)).rstrip()


def display_width(text: object) -> int:
    """Columns a text takes on screen or in a spreadsheet (a Chinese character counts two)."""
    from wcwidth import wcswidth

    s = "" if text is None else str(text)
    width = wcswidth(s)
    return width if width >= 0 else len(s)
