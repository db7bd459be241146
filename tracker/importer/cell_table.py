"""Tables a web page flattened one cell per line: a header of short cells (序号 / 工作任务 /
责任单位 / 完成时限), then rows that start with their number (1 / 建立… / 县水务局 / 6月底前 /
2 / …), each row's lines read into cells by cell_row.

The header may have its cells set apart by lone bars (序号 / | / 工作任务 / |), end in columns
naming no role (1-10月推进情况 / 说明), or hold cells naming none (考核指标, 责任 / 领导 broken in
two, a category column left of 序号). 一、… category rows between numbered rows do not end the
table; a bare value in a row (年度目标 0, 42) is no row number; a last row the page cut before
its units or deadline is left out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.cell_row import cell_row, unit_cell
from tracker.importer.clean import Para
from tracker.importer.headings import heading_of
from tracker.importer.short_row import lone_bar
from tracker.importer.table_header import HEAD_PREFIX, HEAD_REST, column_role, is_header
from tracker.importer.table_row import SHORT_CELL, Row, bare_number, category_row, unpiped
from tracker.importer.unit_names import is_unit


def cell_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    """A header of short cells, one per line, then rows that start with a number. Cells set
    apart by lone `|` lines (| / 序号 / | / 工作任务 / | / 负责部门 / …, the bars not always on
    lines of their own after a long cell) are read without those lines: a bar between cells
    is no cell."""
    window = range(i, min(len(paras), i + 400))
    if _barred_header(paras, i):
        kept = [k for k in window if not lone_bar(paras[k].norm)]
        took = _cells_table(paras[:i] + [paras[k] for k in kept] + paras[window.stop :], i, rows)
        if not took:
            return 0
        end = kept[took - 1] + 1 if took <= len(kept) else window.stop + took - len(kept)
        while end < len(paras) and lone_bar(paras[end].norm):
            end += 1
        return end - i
    return _cells_table(paras, i, rows)


def _barred_header(paras: list[Para], i: int) -> bool:
    """序号 / | / 工作任务 / | / 负责部门 / |: short header cells, each followed by a lone bar."""
    k = i + 1 if i < len(paras) and lone_bar(paras[i].norm) else i
    cells = 0
    while k + 1 < len(paras) and not lone_bar(paras[k].norm) and len(paras[k].norm.strip()) <= SHORT_CELL \
            and paras[k].norm.strip() and lone_bar(paras[k + 1].norm):
        cells += 1
        k += 2
    return cells >= 3 and is_header([paras[j].norm.strip() for j in range(i, k) if not lone_bar(paras[j].norm)])


def _cells_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    if i >= len(paras) or len(unpiped(paras[i]).norm.strip()) > SHORT_CELL:
        # no header starts here, read either way (its first cell is short): nothing to copy
        # and unpipe 400 paragraphs for (asked at every paragraph of a document)
        return 0
    # a row's text as written (`| 1 |` with its bars), for its task's detail
    as_written = {(p.first, p.last): p.text.strip() for p in paras[i : i + 400]}
    paras = paras[:i] + [unpiped(p) for p in paras[i : i + 400]] + paras[i + 400 :]
    header: list[str] = []
    n = i
    while n < len(paras) and len(paras[n].norm) <= SHORT_CELL and heading_of(paras[n].norm) is None and (
        column_role(paras[n].norm) or _content_head(paras, n, header)
    ):
        header.append(paras[n].norm.strip())
        n += 1
    section = ""
    if len(header) >= 3 and is_header(header):
        n = _trailing_columns(paras, n, header)
    if len(header) < 3 or not is_header(header):
        loose = _loose_header(paras, i)
        if loose is None:
            return 0
        header, n, section = loose
    roles = [column_role(h) or "content" for h in header]
    number = None
    current: list[Para] = []
    found: list[Row] = []

    def flush() -> None:
        if current:
            text = "\n".join(as_written.get((q.first, q.last), q.text.strip()) for q in current)
            found.append(replace(cell_row(current, roles, header), section=section, text=text))

    while n < len(paras):
        p = paras[n]
        h = heading_of(p.norm)
        if h is not None and h.kind in ("cn", "pcn", "stage"):
            after = n
            while after < len(paras) and category_row(paras[after].norm):
                after += 1
            if after < len(paras) and bare_number(paras[after].norm) and roles[0] == "number":
                # 一、… category rows between numbered rows: the table goes on below them.
                flush()
                current = []
                section = paras[after - 1].text.strip()
                n = after
                continue
            break
        starts = h is not None and h.kind == "num" and (
            number is None or h.number == number + 1
            # 1.Y after a row that has reached its units: the next field's rows, counted anew
            or h.number == 1 and any(unit_cell(q.norm) and is_unit(q.norm) for q in current[1:])
        )
        value = int(p.norm.strip()) if bare_number(p.norm) else None
        # A bare value in a row (年度目标 0, 42) is no row number: the next row counts up by
        # one, or skips ahead below a category row or once the row above has reached its
        # units (an excerpt's gap).
        bare = value is not None and (
            number is None
            or not current
            or value == number + 1
            or value > number and any(unit_cell(q.norm) and is_unit(q.norm) for q in current[1:])
        )
        if starts or (bare and roles[0] == "number"):
            flush()
            current = [p]
            number = h.number if h is not None else int(p.norm.strip())
        elif current:
            current.append(p)
        else:
            break
        n += 1
    if n >= len(paras) and roles[0] == "number" and (len(current) == 2 or len(current) < len(header) / 2):
        current = []  # the page ends inside the last row, before its units or deadline: cut
    flush()
    if not found:
        return 0
    rows.extend(found)
    return n - i


def _trailing_columns(paras: list[Para], n: int, header: list[str]) -> int:
    """Columns after the role columns that name no role (1-10月推进情况 / 是否达序 / 说明),
    read as columns when the first row's number follows them; returns where the rows start."""
    k = n
    while k < len(paras) and k - n < 8 and not bare_number(paras[k].norm):
        norm = paras[k].norm.strip()
        if not norm or len(norm) > SHORT_CELL or heading_of(norm) is not None or re.search(r"[。;,:、，；：]", norm):
            return n
        k += 1
    if k == n or k >= len(paras) or not bare_number(paras[k].norm):
        return n
    header.extend(p.norm.strip() for p in paras[n:k])
    return k


def _loose_header(paras: list[Para], i: int) -> tuple[list[str], int, str] | None:
    """A 序号 header whose cells are not all column names (考核指标, 第二季度, a cell the page
    broke in two: 责任 / 领导), read up to the first row's `1`: every short cell is a column.
    Columns left of 序号 are category columns: their value comes before the number of the
    first row it spans, so the run's last cells beyond the role columns, as many as there are
    such columns, are that value (the row's section) and the header stops before 序号."""
    cells: list[str] = []
    n = i
    while n < len(paras) and not bare_number(paras[n].norm):
        norm = paras[n].norm.strip()
        if len(norm) > SHORT_CELL or heading_of(norm) is not None or re.search(r"[\d。;,:、，；：]", norm):
            return None
        if cells and HEAD_PREFIX.match(cells[-1]) and HEAD_REST.match(norm):
            cells[-1] += norm
        else:
            cells.append(norm)
        n += 1
    if n >= len(paras) or paras[n].norm.strip() != "1" or "序号" not in cells or not is_header(cells):
        return None
    lead = cells.index("序号")
    named = max(k for k, c in enumerate(cells) if column_role(c) is not None)
    value = cells[max(named + 1, len(cells) - lead) :]
    header = cells[lead : len(cells) - len(value)]
    if len(header) < 3 or not is_header(header):
        return None
    return header, n, "".join(value)


def _content_head(paras: list[Para], n: int, header: list[str]) -> bool:
    """A header cell naming no role (民生实事, 工程名称 aside) between 序号 and role columns:
    the table's content column, read as such when a role column follows it."""
    cell = paras[n].norm.strip()
    if header[:1] != ["序号"] or not cell or re.search(r"[\d\W]", cell):
        return False
    return n + 1 < len(paras) and column_role(paras[n + 1].norm) not in (None, "number", "content")
