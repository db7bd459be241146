"""Tables flattened with each header just above its cell: a page's one-row table, or a card
per task (具体任务 / text / 责任单位 / units / 完成时限 / date); a header seen again starts the
next row.
"""

from __future__ import annotations

from tracker.importer.clean import Para
from tracker.importer.headings import heading_of
from tracker.importer.table_header import column_role, is_header
from tracker.importer.table_row import SHORT_CELL, Row, row_of


def _header_cell(p: Para) -> bool:
    return len(p.norm.strip()) <= SHORT_CELL and column_role(p.norm) is not None


def pair_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    """One cell per line with each header just above its cell, as a page flattens a one-row
    table or a card per task (具体任务 / text / 责任单位 / units / 完成时限 / date); a header
    seen again in the same row starts the next row."""
    pairs: list[tuple[Para, Para]] = []
    n = i
    while n + 1 < len(paras) and _header_cell(paras[n]) and not _header_cell(paras[n + 1]):
        h = heading_of(paras[n + 1].norm)
        if h is not None and h.kind in ("cn", "pcn", "stage"):
            break
        pairs.append((paras[n], paras[n + 1]))
        n += 2
    groups: list[list[tuple[Para, Para]]] = []
    for pair in pairs:
        if not groups or any(a.norm.strip() == pair[0].norm.strip() for a, _ in groups[-1]):
            groups.append([])
        groups[-1].append(pair)
    found: list[Row] = []
    for group in groups:
        header = [a.norm.strip() for a, _ in group]
        roles = [column_role(h) or "content" for h in header]
        if len(group) < 3 or "content" not in roles or not is_header(header):
            break
        texts = [b.text.strip() for _, b in group]
        raw = "\n".join(q.text.strip() for pair in group for q in pair)
        found.append(row_of(group[0][0].first, group[-1][1].last, roles, header, texts, raw))
    if not found:
        return 0
    rows.extend(found)
    return sum(2 * len(g) for g in groups[: len(found)])
