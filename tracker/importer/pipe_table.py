"""Tables written as `|` rows: markdown, or a Word table as `source` writes it
(| 序号 | 工作任务 | 责任单位 | 完成时限 |, edge bars optional).

The header is the first row naming roles, after a caption row (| 整治任务分工表 |) if there is
one; a second header row under it (责任单位 over 牵头单位 | 配合单位) names the columns it has
a role word for. A separator row (|---|) and a repeated header are no rows; a row with one
filled cell (| 二、长效机制 | | |) is the category of the rows below it; a row whose last cell
was broken over two lines is joined again, and a closing bar on a line of its own closes the
row above; rows after a （续表） caption go on with the table. A last row the page cut before
its last cells is left out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.clean import Para
from tracker.importer.right_aligned import aligned_row
from tracker.importer.short_row import lone_bar, numbered
from tracker.importer.table_header import column_role, is_header
from tracker.importer.table_row import DATEISH, Row, category_row, row_of


def _pipe_cells(p: Para) -> list[tuple[str, str]] | None:
    """(text, norm) of each cell of a `| a | b |` row (edge pipes optional), or None."""
    n = p.norm.strip()
    if n.count("|") < 2:
        return None
    text = p.text.strip()
    bounds = [-1, *(i for i, c in enumerate(n) if c == "|"), len(n)]
    cells = [(text[a + 1 : b].strip(), n[a + 1 : b].strip()) for a, b in zip(bounds, bounds[1:])]
    if n.startswith("|"):
        cells = cells[1:]
    if n.endswith("|"):
        cells = cells[:-1]
    return cells if len(cells) >= 2 else None


# the caption over the rest of a table broken at a page: （续表） / 续表1: / 续上表
_CONTINUED = re.compile(r"\s*[(（]?\s*续\s*上?\s*表\s*\d*\s*[)）]?\s*[:：]?\s*")


def pipe_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    head = _pipe_cells(paras[i])
    if head is None:
        return 0
    # A caption row (| 整治任务分工表 |) may come first: the header is the first row naming roles.
    k = i
    while head is not None and not is_header([c[1] for c in head]) and k < i + 3:
        k += 1
        head = _pipe_cells(paras[k]) if k < len(paras) else None
    if head is None or not is_header([c[1] for c in head]):
        return 0
    i_head = k
    header = [c[1] for c in head]
    roles = [column_role(h) or "content" for h in header]
    n = i_head + 1
    section = ""
    before = len(rows)
    closed = paras[i_head].norm.rstrip().endswith("|")
    while n < len(paras):
        cells = _pipe_cells(paras[n])
        if cells is None and lone_bar(paras[n].norm) and n + 1 < len(paras) and _pipe_cells(paras[n + 1]):
            n += 1  # the closing bar of the row above, broken onto a line of its own
            continue
        if cells is None and _CONTINUED.fullmatch(paras[n].norm) and n + 1 < len(paras) \
                and len(_pipe_cells(paras[n + 1]) or ()) == len(header):
            n += 1  # （续表）: the rest of the table, set apart where a page begins
            continue
        if cells is None:
            break
        n += 1
        p = paras[n - 1]
        on = _pipe_cells(paras[n]) if n < len(paras) else None
        if closed and not p.norm.rstrip().endswith("|") and on and len(cells) + len(on) - 1 <= len(roles):
            # a row's last cell broken over two lines: the bar closing it is on the next line
            n += 1
            nxt = paras[n - 1]
            cells = [*cells[:-1], (cells[-1][0] + "、" + on[0][0], cells[-1][1] + "、" + on[0][1]), *on[1:]]
            p = Para(p.first, nxt.last, p.text.rstrip() + "、" + nxt.text.strip(), p.norm.rstrip() + "、" + nxt.norm.strip())
        if all(re.fullmatch(r":?-{2,}:?|", c[1]) for c in cells):
            continue  # |---|---|
        names = [c[1] for c in cells]
        # the header again, or a row of columns' names only (not 牵头单位:镇城管办 in a task's row)
        if names == [c[1] for c in head] or is_header(names) and all(column_role(c) for c in names if c):
            if len(rows) == before and not section:  # the header's second row: it names the columns
                header, roles = _lower_header(header, roles, names)
            continue  # a repeated header
        texts = [c[0] for c in cells]
        filled = [t.strip() for t in texts if t.strip()]
        if len(filled) == 1 and category_row(filled[0]):
            section = filled[0]  # | 二、长效机制 | | | |: a row merged across heads the rows below
            continue
        if len(texts) < len(roles) and roles[0] == "number" and not re.fullmatch(r"\d{1,3}", texts[0]):
            texts = ["", *texts]
        elif len(texts) == len(roles) - 1 and roles[:2] in (["content", "content"], ["category", "content"]) \
                and numbered(texts[0]):
            texts = ["", *texts]  # 2、… under a category cell merged from the row above
        last = n == len(paras) or re.fullmatch(r"\|?", paras[n].norm.strip()) is not None
        if last and len(texts) < len(roles) and not p.norm.rstrip().endswith("|"):
            break  # the page ends inside this row (a stray bar aside), before its last cells: cut
        aligned = aligned_row(header, texts, roles, lambda t: DATEISH.search(t) is not None)
        row = row_of(p.first, p.last, aligned or roles, header, texts, p.text.strip())
        rows.append(replace(row, section=section) if section else row)
    return n - i


def _lower_header(
    header: list[str], roles: list[str], lower: list[str]
) -> tuple[list[str], list[str]]:
    """A header over two rows (责任单位 merged across 牵头单位 | 配合单位): a column is named by
    its lower cell where that names a role, else by its upper one."""
    header, roles = list(header), list(roles)
    for j, cell in enumerate(lower[: len(roles)]):
        if role := column_role(cell):
            header[j], roles[j] = cell, role
    return header, roles
