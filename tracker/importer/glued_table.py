"""A Word table's preview run into one line (X分工表序号工作内容目标任务责任单位备注1…): the
header glued after 序号, naming a unit column, then each row's number glued to the end of the
cell before it (…(管委会)2完善…). Each row's units are its last cell, the names after its last
full stop; the text before 序号 is the table's caption.
"""

from __future__ import annotations

import re

from tracker.importer.clean import Para
from tracker.importer.table_row import Row
from tracker.importer.unit_names import is_unit

# X分工表序号工作内容目标任务责任单位备注1…: a Word table's preview flattened into one line, the
# header glued after 序号 (naming a unit column), then the first row's number.
_GLUED_HEADER = re.compile(r"序号([\u4e00-\u9fff]{4,30}?)(?=1[\u4e00-\u9fff])")
_GLUED_UNIT_COLUMN = re.compile(r"责任单位|牵头单位|责任部门|牵头部门")
# a row's number glued to the end of the cell before (…(管委会)2完善…)
# (not a date's month or day, 2021年2月底, nor a count, 100个)
_GLUED_NUMBER = re.compile(
    r"(?<=[\u4e00-\u9fff)）。])(?<![年月第])(\d{1,2})(?=[\u4e00-\u9fff])(?![年月日号个项条家所座名人次批处万亿元倍])"
)


def glued_table(p: Para) -> tuple[Para | None, list[Row]] | None:
    """The rows of a one-line flattened table (see _GLUED_HEADER): split at the row numbers
    counting up from 1; each row's units are its last cell, the names after its last full
    stop; a last row without them is cut by the page and left out. The text before 序号 is
    the table's caption, kept as a line of its own."""
    head = _GLUED_HEADER.search(p.norm)
    if head is None or not _GLUED_UNIT_COLUMN.search(head.group(1)):
        return None
    starts = [head.end()]
    for m in _GLUED_NUMBER.finditer(p.norm, head.end() + 1):
        if int(m.group(1)) == len(starts) + 1:
            starts.append(m.start())
    if len(starts) < 2:
        return None
    found: list[Row] = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(p.norm)
        number = re.match(r"\d{1,2}", p.norm[a:b])
        assert number is not None
        body_at = a + number.end()
        stop = p.norm.rfind("。", body_at, b)
        units = p.text[stop + 1 : b].strip() if stop >= 0 else ""
        names = [n for n in re.split(r"[、,，;；]", _without_etc(units)) if n]
        if not names or not any(is_unit(n) for n in names):
            if k + 1 == len(starts):
                break  # the page ends inside the last row, before its units: cut
            units, stop = "", b
        content = p.text[body_at : stop + 1 if units else b].strip()
        cells = [("content", content)] + ([("owners", units)] if units else [])
        found.append(Row(p.first, p.last, number.group(0), tuple(cells), p.text[a:b].strip()))
    if not found:
        return None
    caption = p.text[: head.start()].strip()
    return (Para(p.first, p.first, caption, p.norm[: head.start()].strip()) if caption else None), found


def _without_etc(cell: str) -> str:
    """A unit cell with its 等部门 / 等 tail dropped from each name."""
    return re.sub(r"等(?:相关|有关)?(?:部门|单位)?(?=[、,，;；]|$)", "", cell)
