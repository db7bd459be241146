"""Where things are in a filled 督办单, as a unit may have left it: the sheet's mark, the
table's header (moved up or down by rows inserted or deleted above it), cells merged down,
a cell's value as text, and what a unit typed in one (a percentage, a date
formatted in 月 and 日, 百分之六十). The reading of the cells themselves is intake.py's."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tracker.reports import form
from tracker.reports.form import COL, FILLED

TASK_REF = re.compile(r"[a-z0-9][a-z0-9-]*/\S+")  # plan/T3, as the form writes a task
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")  # how Excel and WPS save a CR (_x000D_) in a cell
HEADS = {key: (zh, en) for _, key, zh, en in form.COLUMNS}
_TOP = 30  # how far down the header block and the table's header are looked for


def cell_text(value: Any) -> str:
    """A cell's value as text (3.0 as 3, a date as 2026-05-03, Excel's _x000D_ as the CR it is)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and "_x" in value:  # openpyxl leaves the file's escapes as they are
        return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return str(value)


_MONTH = re.compile(r"(\d{4})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*月?")


def period_of(text: str, issued: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The month a sheet is for, from its 统计周期 (2026年11月, or 2026-11 in English), else
    the month it was issued in (form writes the period of the day it issues)."""
    m = _MONTH.fullmatch(text.strip())
    year, month = (int(m[1]), int(m[2])) if m and 1 <= int(m[2]) <= 12 else (
        (issued.year, issued.month) if issued else (0, 0))
    if not year:
        return None
    start = dt.date(year, month, 1)
    end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return start, end


_CN_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def percent_in_words(text: str) -> int | None:
    """百分之六十 (or 百分之60, 百分之百) as the whole number 0–100 it says; None otherwise."""
    if not text.startswith("百分之"):
        return None
    words = text[3:]
    if words.isdecimal():
        return int(words) if int(words) <= 100 else None
    if words in ("百", "一百"):
        return 100
    tens, ten, ones = words.partition("十")
    if not ten:
        return _CN_DIGITS.get(words) if len(words) == 1 else None
    if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _CN_DIGITS) or (ones and ones not in _CN_DIGITS):
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def marker_row(ws: Any) -> int | None:
    """The row of a 督办单's mark in its column (L1, lower when the unit inserted rows above)."""
    col = COL["blob"]
    return next((r for r in range(1, min(ws.max_row, _TOP) + 1)
                 if cell_text(ws[f"{col}{r}"].value) == form.MARKER), None)


def header_row(ws: Any) -> int | None:
    """The table's header row: row 4 as written, lower or higher when the unit inserted or
    deleted rows above the table; None when it is not there."""
    for r in range(1, min(ws.max_row, _TOP) + 1):
        if (cell_text(ws[f"{COL['ref']}{r}"].value).strip() in HEADS["ref"]
                and cell_text(ws[f"{COL['status']}{r}"].value).strip() in HEADS["status"]):
            return r
    return None


def marker_elsewhere(ws: Any) -> str | None:
    """Where a 督办单's mark is when it is not in L1 (the first rows, any column), or A1 when
    the mark is gone but the form's title is there (a column deleted inside the merged title
    row takes the mark with it)."""
    for row in ws.iter_rows(min_row=1, max_row=3, max_col=min(ws.max_column, 40)):
        for c in row:
            if cell_text(c.value) == form.MARKER:
                return str(c.coordinate)
    return "A1" if cell_text(ws["A1"].value).strip() in (form.TITLE_ZH, form.TITLE_EN) else None


def merged_down(ws: Any, first: int) -> dict[str, Any]:
    """A fill-in cell merged down several rows says the same of each row it spans (the unit
    merged G5:G6 to write 推进中 once for two tasks): each row's cell in the range's first
    column -> the range's top-left cell. Openpyxl reads the others as empty."""
    filled = {COL[key] for key in FILLED}
    out = {}
    for rng in ws.merged_cells.ranges:
        top = ws.cell(rng.min_row, rng.min_col)
        if rng.min_row < first or top.column_letter not in filled:
            continue
        for r in range(rng.min_row + 1, rng.max_row + 1):
            out[f"{top.column_letter}{r}"] = top
    return out


def misplaced_header(ws: Any, name: str, found: int | None, problem: Any) -> Any:
    """A task row (plan/T3) above the header, where no row of the table can be: a sort that
    took the header along, or the header deleted and the first task in its place. Said as a
    `problem(sheet, cell, zh, en)`; None when the table starts where it should."""
    header = found or form.HEADER_ROW
    stray = [r for r in range(1, header + (found is None))
             if TASK_REF.fullmatch(cell_text(ws[f"{COL['ref']}{r}"].value).strip())]
    if not stray:
        return None
    ref, title = HEADS["ref"], HEADS["title"]
    if found is None:
        return problem(
            name, f"{COL['ref']}{stray[0]}",
            f"找不到表头行（{ref[0]}、{title[0]}……），第{stray[0]}行已是任务（表头被删除？）："
            "请把表头放回任务行之上，或在 tracker form 生成的原表上填写",
            f"no header row ({ref[1]}, {title[1]}, …) and row {stray[0]} is already a task (the "
            "header deleted?): put the header back above the tasks, or fill in the sheet as "
            "tracker form made it")
    return problem(
        name, f"{COL['ref']}{header}",
        f"表头（{ref[0]}、{title[0]}……）在第{header}行，上面还有任务行（排序时选中了表头？）："
        "请把表头移回所有任务行之上后再读入",
        f"the header ({ref[1]}, {title[1]}, …) is on row {header} with task rows above it "
        "(sorted with the header selected?): move it back above every task and read the sheet "
        "in again")


def shown(cell: Any) -> str:
    """A words cell as the unit sees it: Excel keeps 80% typed there as 0.8 formatted as a
    percentage, and 5月3日 as a date formatted in 月 and 日."""
    value, fmt = cell.value, cell.number_format or ""
    if _percent_cell(cell):
        return f"{round(value * 100, 6):g}%"
    if isinstance(value, dt.date) and "月" in fmt and (
            not isinstance(value, dt.datetime) or value.time() == dt.time()):
        return (f"{value.year}年" if "年" in fmt else "") + f"{value.month}月{value.day}日"
    return cell_text(value)


def _percent_cell(cell: Any) -> bool:
    return (isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool)
            and "%" in (cell.number_format or ""))


def typed_progress(cell: Any, raw: str) -> str:
    """The progress as the unit sees it: 60.5% in a percentage cell, stored as 0.605."""
    return shown(cell) if _percent_cell(cell) else raw


def progress_of(cell: Any, raw: str) -> int | None:
    """0–100, None when blank, -1 when it is not a percentage."""
    value = cell.value
    if value is None or raw == "":
        return None
    if isinstance(value, bool):
        return -1
    if isinstance(value, (int, float)):
        if _percent_cell(cell) and 0 <= value <= 1:
            # typed as 60% in a percentage cell: stored as 0.6; 0.57 * 100 is 56.99999999999999
            value = round(value * 100, 6)
        if float(value).is_integer() and 0 <= value <= 100:
            return int(value)
        return -1
    text = raw.rstrip("%％").strip()
    if text.isdecimal() and 0 <= int(text) <= 100:  # ６０ counts; 6² is not a number to int()
        return int(text)
    words = percent_in_words(text)
    return -1 if words is None else words
