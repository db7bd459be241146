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
from bisect import bisect_right
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


# Display columns per character: 2 for East Asian wide and full-width characters, 0 for
# combining and zero-width marks, 1 otherwise. Kept as sorted range bounds and looked up
# through a dict that fills itself, one entry per distinct character: a regex character
# class over these ranges took ~4 ms to compile, on every run, before any text was measured.
_WIDE_RANGES = ((0x1100, 0x115F), (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF),
                (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF),
                (0xFE30, 0xFE4F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x20000, 0x3FFFD))
_ZERO_RANGES = ((0x0300, 0x036F), (0x200B, 0x200F), (0x20D0, 0x20FF), (0xFE00, 0xFE0F))
_BOUNDS: list[int] = []
_BOUND_WIDTHS: list[int] = [1]  # width of code points below _BOUNDS[0], then after each bound
for _lo, _hi, _w in sorted([(lo, hi, 2) for lo, hi in _WIDE_RANGES] + [(lo, hi, 0) for lo, hi in _ZERO_RANGES]):
    _BOUNDS += [_lo, _hi + 1]
    _BOUND_WIDTHS += [_w, 1]


class _CharWidths(dict[str, int]):
    def __missing__(self, char: str) -> int:
        w = self[char] = _BOUND_WIDTHS[bisect_right(_BOUNDS, ord(char))]
        return w


_CHAR_WIDTHS = _CharWidths()


def width(text: str) -> int:
    """Display columns of text: wide (CJK, full-width) characters take two."""
    if text.isascii():
        return len(text)
    return sum(map(_CHAR_WIDTHS.__getitem__, text))


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain table aligned by display width (Chinese counts two columns), in tabulate's
    "simple" layout. Large listings (10,000 rows) are laid out by `column_table`: tabulate's
    per-cell type sniffing costs more than half a second there, so it serves small tables."""
    if len(rows) <= 200:
        from tabulate import tabulate

        clean = [[printable(c) if c is not None else "" for c in row] for row in rows]
        return tabulate(clean, headers=list(headers), tablefmt="simple", disable_numparse=True)
    return column_table(headers, [["" if c is None else str(c) for c in col] for col in zip(*rows)])


def column_table(headers: Sequence[str], columns: Sequence[Sequence[str]]) -> str:
    """`table` for text already laid out column by column (one list of strings per header),
    byte-identical to tabulate's "simple" layout. A listing's unit, date and status columns
    hold a few dozen values across 10,000 rows: those are measured and padded once per value
    and then looked up at C speed; columns of distinct values are measured cell by cell."""
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
        else:
            padded.append([t + " " * (size - w) for t, w in zip(texts, widths)])
    out = ["  ".join(h + " " * (s - width(h)) for h, s in zip(headers, sizes)).rstrip(),
           "  ".join("-" * s for s in sizes)]
    out.extend(map(str.rstrip, map("  ".join, zip(*padded))))
    return "\n".join(out)


def _measure(cells: Sequence[str]) -> tuple[Sequence[str], list[int]]:
    """Cells as tabulate shows them (controls escaped, outer spaces stripped) and their
    display widths, computed at C speed per cell.

    For ASCII and wide BMP characters, 2 × columns = UTF-8 bytes + characters (1+1 = 2×1,
    3+1 = 2×2). Each other character is off by a fixed amount (a “ is 3+1 for 2×1), so the
    few such characters a column holds are counted per cell and their excess subtracted."""
    if _ANY_CONTROL.search("".join(cells)):
        cells = [printable(c) for c in cells]
    cells = [c.strip() for c in cells]  # cheaper than searching for outer spaces
    joined = "".join(cells)
    if joined.isascii():
        return cells, list(map(len, cells))
    excess = {c: len(c.encode("utf-8", "surrogatepass")) + 1 - 2 * _CHAR_WIDTHS[c]
              for c in set(joined) if not c.isascii()}
    odd = [(c, k) for c, k in excess.items() if k]
    if not odd:
        return cells, [(len(c.encode()) + len(c)) >> 1 for c in cells]
    if len(odd) > 8:
        return cells, list(map(width, cells))
    return cells, [(len(c.encode("utf-8", "surrogatepass")) + len(c)
                    - sum(k * c.count(o) for o, k in odd)) >> 1 for c in cells]


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
