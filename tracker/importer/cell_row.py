"""One row of a table flattened one cell per line, its lines read into the header's columns.

Lines and columns do not always match one to one: a unit cell runs over several lines (县水务局 /
县住建局), a cell left off the page shifts the cells after it (a person's name is then the
leader's cell), the row's closing unit lines fill the header's closing unit columns from the
right, and staged deadlines after the last column (3月 / 6月 / 9月 / 12月) are the row's.
"""

from __future__ import annotations

import re

from tracker.importer.clean import Para
from tracker.importer.short_row import UNIT_ROLES, before_notes
from tracker.importer.table_row import DATEISH, SHORT_CELL, Row, row_of
from tracker.importer.unit_lines import units_between
from tracker.importer.unit_names import is_person, is_unit


def cell_row(paras: list[Para], roles: list[str], header: list[str]) -> Row:
    texts = [p.text.strip() for p in paras]
    cols = list(roles)
    if cols[0] == "number" and not re.fullmatch(r"\d{1,3}", paras[0].norm.strip()):
        cols = cols[1:]  # the number is written inside the first cell (17.实行…)
    anchored = _leader_anchored(texts, cols)
    if anchored is not None:
        return row_of(paras[0].first, paras[-1].last, anchored, header, texts, "\n".join(texts))
    right = _units_from_right(texts, cols) or units_between(
        texts, cols, (*UNIT_ROLES, "assess"), unit_cell, lambda t: is_unit(t.strip()))
    if right is not None:  # 1.X / ——a / 省甲厅 / 省乙厅 / ——b / 省丙厅: unit lines between the work's
        return row_of(paras[0].first, paras[-1].last, right, header, texts, "\n".join(texts))
    cells: list[tuple[str, str]] = []
    k = 0
    sub = False
    for t in texts:
        if k < len(cols):
            role = cols[k]
            if k and role == "due" and cols[k - 1] in UNIT_ROLES and unit_cell(t):
                role = cols[k - 1]  # one unit per line: the unit column goes on (县水务局 / 县住建局)
            else:
                k += 1
        elif DATEISH.search(t) and "due" in cols:
            # staged deadlines (3月 / 6月 / 9月 / 12月) after the last column; after a task
            # cell there (开工建设老年大学。/ 12月底前) the date is that sub-row's, not the row's.
            role = "sub" if sub else "due"
        else:
            role = "content"
            sub = True
        cells.append((role, t))
    return row_of(paras[0].first, paras[-1].last, [r for r, _ in cells], header,
                [t for _, t in cells], "\n".join(texts))


def _leader_anchored(texts: list[str], cols: list[str]) -> list[str] | None:
    """The roles of a row that skips a cell before its leader column (a 全年目标 cell left
    off the page): the person's name is the leader cell, the cells before it take the first
    columns, the cells after it the columns after the leader's."""
    if "leader" not in cols:
        return None
    at = cols.index("leader")
    person = next((k for k, t in enumerate(texts) if k and is_person(t.strip())), None)
    if person is None or person >= at:
        return None
    after = cols[at:]
    return cols[:person] + after[: len(texts) - person] + ["content"] * (len(texts) - person - len(after))


def _units_from_right(texts: list[str], cols: list[str]) -> list[str] | None:
    """The roles of a row whose cells do not match the header one to one (a cell left empty,
    a unit cell on two lines) when the header ends in unit columns (责任部门 / 评分部门): the
    row's closing unit lines fill those columns from the right, the extra ones belonging to
    the first of them; the cells before them take the other columns in order (closing 备注 none)."""
    tail, cols = 0, before_notes(cols)
    while tail < len(cols) and cols[len(cols) - 1 - tail] in (*UNIT_ROLES, "assess"):
        tail += 1
    units = 0
    while units < len(texts) and unit_cell(texts[-1 - units]) and is_unit(texts[-1 - units]):
        units += 1
    if len(texts) == len(cols) and units == tail or not tail or units < tail:
        return None
    head = len(texts) - units
    if head > len(cols) - tail:
        return None
    unit_cols = cols[len(cols) - tail :]
    return cols[:head] + [unit_cols[0]] * (units - tail + 1) + unit_cols[1:]


def unit_cell(text: str) -> bool:
    """A short cell naming one unit: no date, no sentence punctuation."""
    t = text.strip()
    return 0 < len(t) <= SHORT_CELL and not DATEISH.search(t) and not re.search(r"[。;；,，:：]", t)
