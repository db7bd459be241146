"""Tables whose cells are separated by spaces (序号 工作任务 牵头领导 责任单位 完成时限): the
header starts with 序号, each row with its number, and a line without a number continues the
row above; where tabs part the cells (a Word table copied into Notepad), an empty cell keeps
its column. A header cell the page broke at a space (牵头 领导) is one column. A row with more
cells than its header (a cell broken by a space, 加强水资源保 护) is read around its longest
cell, the measures: the cells after it are the closing unit columns, the cells before it the
others.
"""

from __future__ import annotations

import re

from tracker.importer.clean import Para, spaced_row, tab_cells
from tracker.importer.short_row import UNIT_ROLES
from tracker.importer.table_header import HEAD_PREFIX, HEAD_REST, column_role, is_header
from tracker.importer.table_row import Row, row_of


def spaced_header(norm: str) -> list[str]:
    """The columns of a header whose cells are separated by spaces (序号 任务 牵头 领导 …)."""
    cols: list[str] = []
    for token in norm.split():
        if cols and HEAD_PREFIX.match(cols[-1]) and HEAD_REST.match(token):
            cols[-1] += token
        else:
            cols.append(token)
    return cols


def spaced_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    """Cells separated by spaces: a 序号 header, then rows that start with their number; a line
    without a number continues the row above. A row is read cell by cell in column order."""
    if not paras[i].norm.startswith("序号") or not spaced_row(paras[i].text):
        return 0
    header = spaced_header(paras[i].norm)
    if len(header) < 4 or not is_header(header):
        return 0
    roles = [column_role(h) or "content" for h in header]
    n = i + 1
    while n < len(paras) and spaced_row(paras[n].text) and not paras[n].norm.startswith("序号"):
        p = paras[n]
        # cells set apart by tabs keep an empty one in its column (no 牵头单位 for the row)
        cells = tab_cells(p.text) if p.text.strip().count("\t") >= 3 else p.text.split()
        texts = _spaced_from_right(cells, roles) or (
            cells[: len(roles) - 1] + ([" ".join(cells[len(roles) - 1 :])] if len(cells) >= len(roles) else [])
        )
        rows.append(row_of(p.first, p.last, roles[: len(texts)], header, texts, p.text.strip()))
        n += 1
    return n - i if n > i + 1 else 0


def _spaced_from_right(cells: list[str], roles: list[str]) -> list[str] | None:
    """A space-separated row with more cells than its header (a short cell broken by a space,
    加强水资源保 护) whose header ends in unit columns: the cells after the longest one, a
    sentence (the measures), fill those columns; the cells before it the others, the extra ones
    joined into the last of them. None where the row does not read so."""
    tail = 0
    while tail < len(roles) and roles[len(roles) - 1 - tail] in UNIT_ROLES:
        tail += 1
    m = max(range(len(cells)), key=lambda k: len(cells[k]), default=0)
    if len(cells) <= len(roles) or not tail or not re.search(r"[。;]", cells[m]):
        return None
    head = len(roles) - tail - 1  # the columns before the measures
    if len(cells) - m - 1 != tail or m < head or head < 1:
        return None
    return [*cells[: head - 1], " ".join(cells[head - 1 : m]), cells[m], *cells[m + 1 :]]
