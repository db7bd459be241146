"""Task-division tables (任务分工表), read by their header row.

Two text shapes reach the importer: `|` rows (markdown, or a Word table as `source` writes
it) and one cell per line, as a web page flattens a table (序号 / 任务 / 责任单位 / 完成时限,
then each row's cells on lines of their own). The header names each column's role; a row
becomes one `Row` with its cells sorted by role. Rows of a task-division table are tasks
even where a cell is empty: the table itself says who does what.

At each paragraph `find_tables` tries the shapes in turn: `|` rows (pipe_table), a header of
short cells one per line over numbered rows (cell_table), each header just above its cell
(pair_table), cells set apart by spaces (spaced_table), cells set apart by lone bars, numbered
rows without a header or a header over rows without numbers (bar_table), and last a whole
table run into one line (glued_table). What a header's wording names is table_header's; what a
row is, table_row's.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.importer.bar_table import bar_table, grid_table
from tracker.importer.cell_table import cell_table
from tracker.importer.clean import Para
from tracker.importer.glued_table import glued_table
from tracker.importer.pair_table import pair_table
from tracker.importer.pipe_table import pipe_table
from tracker.importer.spaced_table import spaced_table
from tracker.importer.table_row import Row


@dataclass(frozen=True, slots=True)
class Tables:
    rows: tuple[Row, ...]
    rest: tuple[Para, ...]  # the paragraphs that are not table cells


def find_tables(paras: list[Para]) -> Tables:
    rows: list[Row] = []
    rest: list[Para] = []
    i = 0
    while i < len(paras):
        took = (
            pipe_table(paras, i, rows)
            or cell_table(paras, i, rows)
            or pair_table(paras, i, rows)
            or spaced_table(paras, i, rows)
            or bar_table(paras, i, rows)
            or grid_table(paras, i, rows)
        )
        if took:
            i += took
            continue
        glued = glued_table(paras[i])
        if glued is not None:
            caption, found = glued
            rest.extend([caption] if caption is not None else [])
            rows.extend(found)
            i += 1
            continue
        rest.append(paras[i])
        i += 1
    return Tables(tuple(rows), tuple(rest))
