"""A row of a task-division table: `Row`, its cells in column order each with its column's
role, and what every reader of a table asks of the lines a row is read from: a bare row number
(1, 17), a category row merged across the table (一、主要预期目标) that heads the rows below it,
a cell on a line of its own with the table's bar kept at its edge (`序号 |`, `| 1 |`). A
deadline cell that holds no date (抓好落实) is read as text, and so is a leader's cell too long
to be a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.importer.clean import Para
from tracker.importer.headings import heading_of

# 全年 / 常年 in a 完成时限 cell: a deadline cell still (no date), never a unit run on.
DATEISH = re.compile(r"\d{1,2}\s*月|年底|月底|[上中下]旬|季度|长期|持续|全年|常年|年内")
SHORT_CELL = 12  # one-cell-per-line headers are short words


@dataclass(frozen=True, slots=True)
class Row:
    first: int
    last: int
    label: str  # the number as written ("17.", "1"), or ""
    cells: tuple[tuple[str, str], ...]  # (role, text) in column order
    text: str = ""  # the row as written
    header: tuple[str, ...] = field(default=())
    section: str = ""  # the category row above it (一、主要预期目标), if any

    def role(self, name: str) -> list[str]:
        return [t for r, t in self.cells if r == name and t.strip()]

    @property
    def content(self) -> list[str]:
        return [t for r, t in self.cells if r in ("content", "note") and t.strip()]


def row_of(
    first: int, last: int, roles: list[str], header: list[str], texts: list[str], raw: str
) -> Row:
    cells: list[tuple[str, str]] = []
    label = ""
    for role, t in zip(roles, texts):
        if role == "number":
            label = t.strip()
            continue
        if role == "due" and t and not DATEISH.search(t):
            role = "content"  # a deadline cell that holds no date is text, not a deadline
        if role == "leader" and len(t) > SHORT_CELL:
            role = "content"
        cells.append((role, t))
    return Row(first, last, label, tuple(cells), raw, tuple(header))


def bare_number(norm: str) -> bool:
    return re.fullmatch(r"\d{1,3}", norm.strip()) is not None


def category_row(norm: str) -> bool:
    h = heading_of(norm)
    return h is not None and h.kind in ("cn", "pcn") and len(norm.strip()) <= 40


def unpiped(p: Para) -> Para:
    """A cell on a line of its own with the table's bar kept at its edge (`序号 |`, `80 |`)."""
    if "|" not in p.norm:  # no bar: nothing below applies (asked ~400 times per short line)
        return p
    n = p.norm.strip()
    # `| 1 |`: a cell wrapped in both bars is a cell on its own line too
    wrapped = n.count("|") == 2 and n.startswith("|") and n.endswith("|") and len(n) > 2
    if not wrapped and (n.count("|") != 1 or not (n.endswith("|") or n.startswith("|"))):
        return p
    return Para(p.first, p.last, p.text.strip().strip("|").strip(), n.strip("|").strip())
