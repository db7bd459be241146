"""Display width of text: how many terminal columns it takes, a Chinese character two.

`width` measures one text; `column_widths` measures a whole table column at C speed, which
is what laying out a listing of 10,000 tasks spends its time on. Both follow one table of
ranges: 2 for East Asian wide and full-width characters, 0 for combining and zero-width
marks, 1 for everything else. (A regex character class over these ranges took ~4 ms to
compile on every run, because `re` builds it character by character.)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import repeat
from operator import add, mul, sub

WIDE_RANGES = ((0x1100, 0x115F), (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF),
               (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF),
               (0xFE30, 0xFE4F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x20000, 0x3FFFD))
ZERO_RANGES = ((0x0300, 0x036F), (0x200B, 0x200F), (0x20D0, 0x20FF), (0xFE00, 0xFE0F))

_BOUNDS: list[int] = []
_BOUND_WIDTHS: list[int] = [1]  # width below _BOUNDS[0], then after each bound
_RANGES = sorted([(lo, hi, 2) for lo, hi in WIDE_RANGES] + [(lo, hi, 0) for lo, hi in ZERO_RANGES])
for _lo, _hi, _w in _RANGES:
    _BOUNDS += [_lo, _hi + 1]
    _BOUND_WIDTHS += [_w, 1]


def char_width(code: int) -> int:
    return _BOUND_WIDTHS[bisect_right(_BOUNDS, code)]


class _CharWidths(dict[str, int]):
    """character -> columns, filled on first use (a text holds a few thousand at most)."""

    def __missing__(self, char: str) -> int:
        w = self[char] = char_width(ord(char))
        return w


_CHARS = _CharWidths()


def width(text: str) -> int:
    """Display columns of text: wide (CJK, full-width) characters take two."""
    if text.isascii():
        return len(text)
    return sum(map(_CHARS.__getitem__, text))


def column_widths(cells: Sequence[str]) -> list[int]:
    """`width` of every cell, at C speed per cell.

    For ASCII and wide BMP characters, 2 × columns = UTF-8 bytes + characters (1+1 = 2×1,
    3+1 = 2×2), so most Chinese text is measured by its UTF-8 length. Every other character
    is off by a fixed excess (“ is 3+1 bytes+characters for 1 column: 2 too many); the few
    such characters a column holds are counted in each cell and their excess subtracted."""
    joined = "".join(cells)
    if joined.isascii():
        return list(map(len, cells))
    odd = _odd_characters(joined)
    if len(odd) > 8:  # e.g. a column of Latin text: counting each would cost more
        return list(map(width, cells))
    if any("\ud800" <= c <= "\udfff" for c in odd):  # lone surrogates cannot be UTF-8
        encoded = map(str.encode, cells, repeat("utf-8"), repeat("surrogatepass"))
    else:
        encoded = map(str.encode, cells)
    doubled = list(map(add, map(len, encoded), map(len, cells)))
    for char in odd:
        excess = len(char.encode("utf-8", "surrogatepass")) + 1 - 2 * _CHARS[char]
        counts = map(str.count, cells, repeat(char))
        doubled = list(map(sub, doubled, map(mul, counts, repeat(excess))))
    return [d >> 1 for d in doubled]


# 256-character blocks that hold only wide characters (CJK ideographs, Hangul, ...).
_WIDE_BLOCKS = bytes(b for lo, hi in WIDE_RANGES if hi <= 0xFFFF
                     for b in range((lo + 255) >> 8, (hi + 1) >> 8))


def _odd_characters(text: str) -> set[str]:
    """The distinct characters of text that are neither ASCII nor wide BMP characters.

    The high bytes of the UTF-16 form name the 256-character block of every character; less
    the all-wide blocks, a few remain, and one small regex over just their narrow ranges
    finds the characters (set(text) would make a string of every character: 10 ms)."""
    high = text.encode("utf-16-le", "surrogatepass")[1::2].translate(None, _WIDE_BLOCKS)
    pattern = _narrow_in(frozenset(high))
    return set(pattern.findall(text)) if pattern is not None else set()


@lru_cache(maxsize=64)
def _narrow_in(blocks: frozenset[int]) -> re.Pattern[str] | None:
    """A pattern for the non-ASCII characters of these blocks that are not wide."""
    ranges: list[tuple[int, int]] = []
    for block in sorted(blocks):
        if 0xD8 <= block <= 0xDF:  # surrogates: characters beyond the BMP, or lone ones
            ranges += [(0xD800, 0xDFFF), (0x10000, 0x10FFFF)]
            continue
        for code in range(max(block << 8, 0x80), (block << 8) + 256):
            if char_width(code) != 2:
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1] = (ranges[-1][0], code)
                else:
                    ranges.append((code, code))
    if not ranges:
        return None
    return re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges) + "]")
