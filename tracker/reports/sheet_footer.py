"""What a unit writes around the 督办单's table, as units sign a return: 填报人, 联系电话,
填报日期 (and 审核人), below it or above it, in one cell (`填报人：李四　联系电话：138…`) or
label and value in cells side by side. The rows below the table they are on are no task rows;
the reading of the table skips them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from tracker.reports import form
from tracker.reports.sheet_layout import cell_text

# label -> what it gives; the longest label first, so 单位负责人 is not read as 负责人
_LABELS = sorted({
    "填报人": "by", "填表人": "by", "联系人": "by", "经办人": "by",
    "联系电话": "phone", "电话": "phone", "手机": "phone", "联系方式": "phone",
    "填报日期": "day", "填表日期": "day", "报送日期": "day", "日期": "day",
    "审核人": "checked", "单位负责人": "checked", "负责人": "checked", "分管领导": "checked",
    "签发人": "checked",
}.items(), key=lambda kv: -len(kv[0]))
_SEP = re.compile(r"\s*[：:]\s*")
_SPACE = re.compile(r"[\s\u3000]+")


@dataclass(frozen=True, slots=True)
class Footer:
    """The signature below the table: each value as written, with the cell it is in."""

    rows: frozenset[int]  # the rows it is on (not task rows)
    by: str | None = None
    phone: str | None = None
    checked: str | None = None
    day: str | None = None  # the 填报日期 as written; `day_of` reads it
    day_cell: str | None = None
    by_cell: str | None = None


def _label(token: str) -> tuple[str, str] | None:
    """(what, the value after it) when the token is a label: the label alone, or followed by
    a colon (电话沟通3次 is no label)."""
    for label, what in _LABELS:
        if token == label:
            return what, ""
        if token.startswith(label):
            sep = _SEP.match(token, len(label))
            if sep is not None and sep.group(0).strip():
                return what, token[sep.end():]
    return None


def read(ws: Any, header: int, is_task: Any) -> Footer:
    """The signature above the table (a label anywhere in the rows above its header: beside the
    form's own 填报单位 … 下发日期, or on a line inserted there) and below it (a row whose task
    cell holds no task, `is_task(text)`, and whose first word is a label)."""
    rows: set[int] = set()
    found: dict[str, tuple[str, str]] = {}
    last = max(ws.max_column, len(form.COLUMNS) - 1)
    for r in (*range(1, header), *range(header + 1, ws.max_row + 1)):
        if r > header and is_task(cell_text(ws[f"{form.COL['ref']}{r}"].value).strip()):
            continue
        tokens = [(piece, c.coordinate) for c in ws[r][:last]
                  for piece in _SPACE.split(_colon_spaced(cell_text(c.value))) if piece]
        if not tokens or (r > header and _label(tokens[0][0]) is None):
            continue
        labelled = False
        for i, (token, where) in enumerate(tokens):
            got = _label(token)
            if got is None:
                continue
            labelled = True
            what, value = got
            if not value and i + 1 < len(tokens) and _label(tokens[i + 1][0]) is None:
                value, where = tokens[i + 1]
            if value and what not in found:
                found[what] = (value, where)
        if labelled and r > header:
            rows.add(r)

    def said(what: str) -> str | None:
        return found[what][0] if what in found else None

    def cell(what: str) -> str | None:
        return found[what][1] if what in found else None

    return Footer(frozenset(rows), said("by"), said("phone"), said("checked"), said("day"),
                  cell("day"), cell("by"))


def _colon_spaced(text: str) -> str:
    """`填报人： 李四` and `填报人 ：李四` as `填报人：李四`, so a label and its value stay one word."""
    return re.sub(r"[\s\u3000]*([：:])[\s\u3000]*", r"\1", text)


_MONTH_DAY = re.compile(r"(\d{1,2})\s*[-/]\s*(\d{1,2})")  # 6-15, 6/15: a day as jotted


def day_of(text: str, today: dt.date, year: int) -> dt.date | None:
    """The 填报日期 as a date (2026.6.15, 6月15日, 6-15, 2026-06-15, …; `year` for one
    written without); None when it is no date."""
    from tracker.dates import DateError, parse_date

    if m := _MONTH_DAY.fullmatch(text.strip()):
        try:
            return dt.date(year, int(m[1]), int(m[2]))
        except ValueError:
            return None
    try:
        return parse_date(text.strip(), today=today, year=year)
    except DateError:
        return None


def signed_day(footer: Footer, issued: dt.date | None, today: dt.date) -> tuple[dt.date | None, tuple[str, str] | None]:
    """The day the unit signed its sheet, or why the 填报日期 cannot be that (zh, en): no
    date, after today, or before the sheet was issued."""
    if footer.day is None:
        return None, None
    if footer.day.startswith("="):  # =TODAY() is a different day each time it is opened
        return None, (f"填报日期是公式（{footer.day}），请直接填写填报的日期",
                      f"the date filled in is a formula ({footer.day}): type the date itself")
    day = day_of(footer.day, today, (issued or today).year)
    if day is None:
        return None, (f"填报日期“{footer.day}”不是日期，请写成 2026年11月28日 或 2026-11-28",
                      f"the date filled in, '{footer.day}', is no date: write it as 2026-11-28")
    if day > today:
        return None, (f"填报日期 {day.isoformat()} 晚于今天（{today.isoformat()}），请核实",
                      f"the date filled in, {day.isoformat()}, is after today ({today.isoformat()}): check it")
    if issued is not None and day < issued:
        return None, (f"填报日期 {day.isoformat()} 早于督办单下发日期（{issued.isoformat()}），请核实",
                      f"the date filled in, {day.isoformat()}, is before the sheet was issued "
                      f"({issued.isoformat()}): check it")
    return day, None


__all__ = ["Footer", "day_of", "read", "signed_day"]
