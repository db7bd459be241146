"""Tables flattened one cell per line with each cell set apart by a bar: numbered rows
without a header (1 / | / task / | / unit / | / person / | / 2024年底前 / | / 2 …), each cell read
by what it holds, and a header of short words over rows without numbers, each cell ending in its
bar (科室 | / 节目数 | / 负责人 | / 内一科 | / 1—2 | / 孙甲 | …).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.clean import Para
from tracker.importer.short_row import UNIT_ROLES, lone_bar
from tracker.importer.table_header import column_role
from tracker.importer.table_row import (
    DATEISH,
    SHORT_CELL,
    Row,
    bare_number,
    category_row,
    row_of,
    unpiped,
)
from tracker.importer.unit_names import is_unit


def bar_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    """A table without its header, one cell per line group with a lone `|` line after each
    cell (1 / | / task / | / unit / | / person / | / 2024年底前 / | / phone / | / 2 …): rows start
    at the next number; a cell is read by what it holds (a date, units, a task), not by a
    column name. Persons (a bare name of two to four characters) and phone numbers are left out; a 一、… cell is the row's category."""
    if not (bare_number(paras[i].norm) and i + 1 < len(paras) and lone_bar(paras[i + 1].norm)):
        return 0
    cells: list[list[Para]] = []
    n = i
    while n < len(paras):
        group: list[Para] = []
        while n < len(paras) and not lone_bar(paras[n].norm):
            group.append(paras[n])
            n += 1
        if n >= len(paras) and group and cells:
            cells.append(group)  # the page ends inside the last cell
            break
        if n >= len(paras):
            break
        cells.append(group)
        n += 1  # the cell's bar
    groups: list[list[list[Para]]] = []
    number = None
    for cell in cells:
        if len(cell) == 1 and bare_number(cell[0].norm) and (
            number is None or int(cell[0].norm) == number + 1
        ):
            number = int(cell[0].norm)
            groups.append([cell])
        elif groups:
            groups[-1].append(cell)
    found = [r for r in (_bar_row(g) for g in groups) if r is not None]
    if len(found) < 2:
        return 0
    rows.extend(found)
    return n - i


def grid_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    """A table without row numbers, one cell per line each ending in its bar (科室 | / 节目数 | /
    负责人 | / 内一科 | / 1—2 | / 孙甲 | …): a header of short words naming a role column, then
    rows of as many cells; each row is a task, its first cell its title. The role column must
    hold a unit or a short name (a person, whatever the surname) in every row, or it is no
    task table."""
    def cell(k: int) -> Para | None:
        if k >= len(paras):
            return None
        n = paras[k].norm.strip()
        return unpiped(paras[k]) if n.endswith("|") and n.count("|") == 1 else None

    header: list[str] = []
    n = i
    while (c := cell(n)) is not None and len(c.norm) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", c.norm):
        if header and column_role(c.norm) is None and any(column_role(h) in UNIT_ROLES + ("leader",)
                                                           for h in header):
            break  # the first row's first cell (a unit's name after the role column)
        header.append(c.norm)
        n += 1
    roles = [column_role(h) or "content" for h in header]
    at = [k for k, r in enumerate(roles) if r in (*UNIT_ROLES, "leader")]
    if not 2 <= len(header) <= 6 or not at or roles[0] != "content" or "number" in roles:
        return 0
    found: list[Row] = []
    while all(cell(n + k) is not None for k in range(len(header))):
        group = [cell(n + k) for k in range(len(header))]
        texts = [g.text.strip() for g in group if g is not None]
        if not all(is_unit(texts[k]) or re.fullmatch(r"[\u4e00-\u9fff]{2,4}", texts[k]) for k in at):
            break
        raw = "\n".join(texts)
        found.append(row_of(group[0].first, group[-1].last, roles, header, texts, raw))  # type: ignore[union-attr]
        n += len(header)
    if len(found) < 2:
        return 0
    rows.extend(found)
    return n - i


def _bar_row(cells: list[list[Para]]) -> Row | None:
    roles: list[str] = []
    texts: list[str] = []
    section = ""
    for cell in cells[1:]:
        norms = [p.norm.strip() for p in cell]
        text = "\n".join(p.text.strip() for p in cell)
        if not norms:
            continue
        if all(category_row(x) for x in norms):
            section = text
        elif all(re.fullmatch(r"[\d\-]{5,}", x) for x in norms):
            continue  # phone numbers
        elif all(len(x) <= SHORT_CELL and DATEISH.search(x) for x in norms) and "due" not in roles:
            roles.append("due")
            texts.append(text)
        elif all(is_unit(x) for x in norms) and "owners" not in roles:
            roles.append("owners")
            texts.append("、".join(norms))
        elif "content" not in roles and not all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", x) for x in norms):
            roles.append("content")
            texts.append(text)
    if "content" not in roles or not ({"owners", "due"} & set(roles)):
        return None  # a row cut before its units and deadline, or no row at all
    first, last = cells[0][0].first, cells[-1][-1].last
    raw = "\n".join(p.text.strip() for c in cells for p in c)
    row = row_of(first, last, ["number", *roles], [], [cells[0][0].text.strip(), *texts], raw)
    return replace(row, label="", section=section)
