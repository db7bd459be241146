"""`|` table rows that do not match their header cell for cell, as a Word table's export leaves
them: a lone closing bar on a line of its own, and a row short of a middle cell.

A row whose last cell (备注) was empty may have its closing bar broken onto the next line
(`… | 长期推进 |` then `|`): that line closes the row above, it does not end the table. A row
whose middle cell (细化分工) was empty may be written without it (`2 | 任务 | 疾控处 | 长期推进 |`
under `序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限`): its date cell is still the deadline
column, the cell before it the unit column before that, and the cells before those the first
columns in order. A row one cell short whose first cell is numbered (2、…) sits under a category
cell merged from the row above. A header's closing columns naming no role (备注, left empty, or
a header cell's piece broken onto a line of its own, (单位) under 责任股室) are none a row's
closing unit cells fill.
"""

from __future__ import annotations

from collections.abc import Callable

from tracker.importer.headings import heading_of

UNIT_ROLES = ("owners", "lead", "support")  # the columns naming who does the row


def lone_bar(norm: str) -> bool:
    """A line holding one `|` and nothing else."""
    return norm.strip() == "|"


def aligned_on_due(texts: list[str], roles: list[str], dated: Callable[[str], bool]) -> list[str] | None:
    """The roles of a row short of cells whose last dated cell comes before the header's
    deadline column, the column before that naming units; None where that is not the shape."""
    if len(texts) >= len(roles) or "due" not in roles:
        return None
    at = roles.index("due")
    d = next((k for k in range(len(texts) - 1, -1, -1) if texts[k].strip() and dated(texts[k])), None)
    if d is None or d >= at or d < 2 or roles[at - 1] not in UNIT_ROLES:
        return None
    if len(texts) - d > len(roles) - at:
        return None
    return roles[: d - 1] + [roles[at - 1]] + roles[at : at + len(texts) - d]


def numbered(cell: str) -> bool:
    """A cell opening with an item's number (2、…), not a label."""
    h = heading_of(cell.strip())
    return h is not None and h.kind != "label"


def before_notes(roles: list[str]) -> list[str]:
    """The header's roles without its closing columns naming no role (备注, (单位))."""
    end = len(roles)
    while end > 1 and roles[end - 1] in ("note", "content"):
        end -= 1
    return roles[:end]
