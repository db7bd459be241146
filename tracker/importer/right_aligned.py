"""`|` table rows that keep more or fewer cells than their header names, written flush right.

A school's calendar (起止日期 | 主要工作 | 责任处室 | |) merges its week and date cells down the
rows of that week: a row under them keeps only its work and office (开学督导 | 督导室 | ||), while
the week's first row keeps one cell more (第一周 | 9月1日-9月7日 | 开学典礼 | 德育处 |). Where
the header's last named column says who does the row, each row's last written cell, a short
one, is that column, the cells before it the named columns before in turn, and any cells left
over at the left more of the row's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.importer.short_row import UNIT_ROLES, aligned_on_due

_SHORT = 12  # an office's cell: a few words, no sentence in it


def from_right(header: list[str], texts: list[str], roles: list[str]) -> list[str] | None:
    """The roles of a row aligned on the header's last named column, a unit column, from the
    right; None where the row already lines up with it or is not that shape."""
    named = len(header)
    while named and not header[named - 1].strip():
        named -= 1
    filled = len(texts)
    while filled and not texts[filled - 1].strip():
        filled -= 1
    if named < 2 or filled < 2 or filled == named or roles[named - 1] not in UNIT_ROLES:
        return None
    last = texts[filled - 1].strip()
    if len(last) > _SHORT or re.search(r"[。;；,，:：\d]", last):
        return None
    aligned = ["content"] * len(texts)
    for k in range(1, min(filled, named) + 1):
        aligned[filled - k] = roles[named - k]
    return aligned


def aligned_row(header: list[str], texts: list[str], roles: list[str], dated: Callable[[str], bool]) -> list[str] | None:
    """The roles of a `|` row that does not line up with its header: short of a middle cell
    before its dated cell (short_row.aligned_on_due), or written flush right (from_right)."""
    return aligned_on_due(texts, roles, dated) or from_right(header, texts, roles)
