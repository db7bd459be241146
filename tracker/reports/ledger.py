"""The ledger (台账) export: one row per task (per member unit with `by_unit`), written as CSV
(UTF-8 with a BOM, so spreadsheet programs read the Chinese), XLSX or JSON.

`ledger()` is pure data; the writers return bytes. openpyxl is imported only inside
`xlsx_bytes`, so the CSV and JSON paths (and the rest of the CLI) never pay for it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tracker.model import Plan, Settings
from tracker.reports import render
from tracker.reports.summary.build import context, item_for
from tracker.standing import Colour
from tracker.units import Units

# (key, zh header, en header); `unit` appears only in a by-unit ledger. The first columns keep
# their places (offices' own sheets refer to them); later additions go after `leader`.
COLUMNS = (
    ("plan", "计划", "Plan"), ("id", "编号", "ID"), ("title", "任务", "Task"),
    ("lead", "牵头单位", "Lead"), ("owners", "责任单位", "Owners"), ("unit", "单位", "Unit"),
    ("support", "配合单位", "Support"), ("leader", "责任领导", "Leader"),
    ("plan_title", "计划名称", "Plan title"), ("phase", "阶段", "Phase"),
    ("start", "开始时间", "Start"), ("due", "完成时限", "Due"),
    ("due_text", "时限原文", "Deadline as written"),
    ("status", "状态", "Status"), ("progress", "进度(%)", "Progress (%)"),
    ("colour", "颜色", "Colour"), ("last_date", "最近进展日期", "Last update"),
    ("last_text", "最近进展", "Last update text"),
)
COLOUR_ZH = {Colour.RED: "红", Colour.YELLOW: "黄", Colour.BLUE: "蓝", Colour.GREEN: "绿"}
MAX_WIDTH = 60  # spreadsheet columns wider than this wrap instead
_FORMULA_START = ("=", "+", "@", "-", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Ledger:
    keys: tuple[str, ...]
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]  # str, int, date or None
    records: tuple[dict[str, Any], ...] = ()  # the same rows as data: keys, lists, status keys


def ledger(plans: Sequence[Plan], units: Units, settings: Settings, today: dt.date, lang: str,
           by_unit: bool = False) -> Ledger:
    cols = [c for c in COLUMNS if by_unit or c[0] != "unit"]
    ctx = context(units, settings, today)
    rows, records = [], []
    for plan in plans:
        phases = {ph.id: ph.title for ph in plan.phases}
        for task in plan.tasks:
            members = units.expand(task.owners) if by_unit and _group_owned(task, units) else (None,)
            for member in members:
                it = item_for(plan, task, ctx, unit=member)
                values = {
                    "plan": plan.id, "id": task.id, "title": task.title,
                    "lead": render.names(task.lead), "owners": render.names(task.owners),
                    "unit": member or render.names(units.expand(task.owners)),
                    "support": render.names(task.support), "leader": task.leader,
                    "plan_title": plan.title,
                    "phase": phases.get(task.phase, task.phase) if task.phase else None,
                    "start": task.start, "due": task.due, "due_text": task.due_text,
                    "status": settings.label(it.status, lang),
                    "progress": it.progress,
                    "colour": COLOUR_ZH[it.colour] if lang == "zh" else it.colour.value,
                    "last_date": it.last_date, "last_text": it.last_text,
                }
                rows.append(tuple(values[k] for k, _, _ in cols))
                record = dict(values, lead=list(task.lead), owners=list(task.owners),
                              support=list(task.support), status=it.status,
                              status_label=values["status"], colour=it.colour.value)
                if not by_unit:
                    del record["unit"]
                records.append(record)
    return Ledger(tuple(c[0] for c in cols), tuple(c[2] if lang == "en" else c[1] for c in cols),
                  tuple(rows), tuple(records))


def _group_owned(task: object, units: Units) -> bool:
    owners: tuple[str, ...] = getattr(task, "owners", ())
    return any(units.is_group(o) for o in owners) or bool(getattr(task, "units", ()))


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    # a title like "=HYPERLINK(...)" must stay text in a spreadsheet, never run as a formula
    if isinstance(value, str) and text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def csv_bytes(table: Ledger) -> bytes:
    rows = [[_cell_text(v) for v in row] for row in table.rows]
    return render.to_csv(table.headers, rows, bom=True).encode("utf-8")


def json_bytes(table: Ledger) -> bytes:
    return (render.to_json(list(table.records)) + "\n").encode("utf-8")


# openpyxl's ILLEGAL_CHARACTERS_RE, and the two noncharacters XML cannot hold either
_CELL_CANNOT_HOLD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xlsx_bytes(table: Ledger, sheet: str) -> bytes:
    """A workbook with a bold, frozen header row and columns as wide as their Chinese text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(table.headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [render.display_width(h) for h in table.headers]
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(table.rows, start=2):
        for c, value in enumerate(row, start=1):
            if isinstance(value, str):  # what a cell cannot hold is written as CSV writes it
                value = _CELL_CANNOT_HOLD.sub(lambda m: render.printable(m.group()), value)
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
                if "\n" in value:
                    cell.alignment = wrap
            elif isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            text = _cell_text(value)
            widths[c - 1] = max(widths[c - 1], *(render.display_width(line)
                                                  for line in text.splitlines() or [""]))
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = min(width, MAX_WIDTH) + 2
    ws.freeze_panes = "A2"
    if table.rows:
        ws.auto_filter.ref = ws.dimensions
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


__all__ = ["COLUMNS", "Ledger", "csv_bytes", "json_bytes", "ledger", "xlsx_bytes"]
