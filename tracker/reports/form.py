"""The 督办单 (progress return sheet) a unit without the repository fills in: which tasks go on
each unit's sheet (`sheets`, pure), and the workbook itself (`xlsx_bytes`, openpyxl).

Each sheet: a header block (unit, period, the date to return it by), then one row per open
task the unit leads, owns or supports (groups expanded). Columns A–F say what the task is and
where it stood when the sheet was issued, and are locked; G–K are for the unit to fill; L,
hidden, holds the git blob of the plan file as issued, so `intake` can tell what changed in the
repository since. `intake` reads the same layout back: the constants here are its map.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.model import Plan, Settings, Task
from tracker.standing import unit_roles, unit_status
from tracker.units import Units

MARKER = "tracker-form 1"  # in L1: this sheet is a 督办单 that intake can read
TITLE_ZH, TITLE_EN = "督办单（工作进展填报表）", "Progress return sheet"  # A1, merged over A1:K1
HEADER_ROW = 4
FIRST_ROW = 5
# column letter -> (key, zh header, en header); A–F locked, G–K filled in, L hidden
COLUMNS = (
    ("A", "ref", "任务", "Task"), ("B", "title", "事项", "Item"), ("C", "role", "角色", "Role"),
    ("D", "due", "截止", "Due"), ("E", "was_status", "当前状态", "Status now"),
    ("F", "was_progress", "当前进度", "Progress now"),
    ("G", "status", "状态", "Status"), ("H", "progress", "进度(%)", "Progress (%)"),
    ("I", "text", "本期进展情况", "Progress this period"), ("J", "issues", "存在问题", "Problems"),
    ("K", "by", "填报人", "Filled in by"), ("L", "blob", "版本", "Version"),
)
COL = {key: letter for letter, key, _, _ in COLUMNS}
LOCKED = ("ref", "title", "role", "due", "was_status", "was_progress")
FILLED = ("status", "progress", "text", "issues", "by")
ROLE_WORDS = {"lead": ("牵头", "lead"), "owner": ("责任", "owner"), "support": ("配合", "support")}
REPORTABLE = ("todo", "doing", "blocked", "done")  # a unit reports; 销号 and 取消 are the office's
OPEN = ("todo", "doing", "blocked")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_CELL_CANNOT_HOLD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # openpyxl's ILLEGAL_CHARACTERS_RE


@dataclass(frozen=True, slots=True)
class FormRow:
    ref: str
    title: str
    role: str  # lead | owner | support
    due: dt.date | None
    due_text: str | None
    status: str  # as this unit stands on it (its own status on a group task)
    progress: int | None
    blob: str  # the plan file's git blob when the sheet was issued
    member: bool  # the unit reports its own status in the task's `units:` map
    fills_status: bool  # the unit may report status/progress (not a 配合单位)


@dataclass(frozen=True, slots=True)
class FormSheet:
    unit: str
    rows: tuple[FormRow, ...]


def role_of(task: Task, unit: str, units: Units) -> str | None:
    roles = unit_roles(task, units).get(unit)
    if not roles:
        return None
    return next(r for r in ("lead", "owner", "support") if r in roles)


def reports_as_member(task: Task, unit: str, units: Units) -> bool:
    """A member of an owning group reports its own status (`units:`), not the task's."""
    if unit in units.expand(task.lead) or unit in (units.canonical(o) for o in task.owners):
        return False
    return (any(units.is_group(o) and unit in units.members(o) for o in task.owners)
            or any(units.canonical(u.unit) == unit for u in task.units))


def row_for(task: Task, unit: str, units: Units, blob: str) -> FormRow | None:
    role = role_of(task, unit, units)
    if role is None:
        return None
    member = role == "owner" and reports_as_member(task, unit, units)
    return FormRow(task.ref, task.title, role, task.due, task.due_text,
                   unit_status(task, unit, units) if member else task.status,
                   None if member else task.progress, blob, member, role != "support")


def sheets(plans: Sequence[tuple[Plan, str]], units: Units, unit: str | None = None) -> list[FormSheet]:
    """One sheet per unit holding open tasks (or just `unit`'s; a group's members' each), rows
    in plan and task order. `plans`: each plan with the git blob of its file."""
    rows: dict[str, list[FormRow]] = {}
    only = set(units.members(unit)) if unit is not None else None
    if only is not None:
        rows.update((m, []) for m in units.members(unit or ""))
    else:
        for name in units.all_units:
            if not units.is_group(name):
                rows[name] = []
    for plan, blob in plans:
        for task in plan.tasks:
            for member in unit_roles(task, units):
                if only is not None and member not in only:
                    continue
                row = row_for(task, member, units, blob)
                if row is not None and row.status in OPEN:
                    rows.setdefault(member, []).append(row)
    return [FormSheet(u, tuple(r)) for u, r in rows.items() if r or only is not None]


def sheet_name(unit: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = _SHEET_NAME_BAD.sub("_", unit).strip("'")[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f"({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def day_text(d: dt.date | None, due_text: str | None = None) -> str:
    if d is None:
        return due_text or ""
    return d.isoformat()


def progress_text(p: int | None) -> str:
    return "" if p is None else f"{p}%"


def locked_values(row: FormRow, settings: Settings, lang: str) -> dict[str, str]:
    """What the form writes in the locked cells, as text (intake compares with the same): what
    a cell cannot hold (a title's \v from Word) is left out here, not only in the sheet."""
    words = ROLE_WORDS[row.role]
    values = {"ref": row.ref, "title": row.title, "role": words[0] if lang != "en" else words[1],
              "due": day_text(row.due, row.due_text),
              "was_status": settings.label(row.status, lang),
              "was_progress": progress_text(row.progress)}
    return {k: _CELL_CANNOT_HOLD.sub("", v) for k, v in values.items()}


def xlsx_bytes(forms: Sequence[FormSheet], settings: Settings, lang: str, today: dt.date,
               return_by: dt.date, period: str) -> bytes:
    """The workbook: one protected sheet per unit, fill-in cells unlocked and validated."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    def t(zh: str, en: str) -> str:
        return en if lang == "en" else zh

    def clean(text: str) -> str:
        return ILLEGAL_CHARACTERS_RE.sub("", text)

    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    grey = PatternFill("solid", fgColor="EDEDED")
    yellow = PatternFill("solid", fgColor="FFF9DB")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    labels = [settings.label(s, lang) for s in REPORTABLE]
    for form in forms:
        ws = wb.create_sheet(sheet_name(form.unit, taken))
        ws["A1"] = t(TITLE_ZH, TITLE_EN)
        ws["A1"].font = Font(bold=True, size=16)
        ws.merge_cells("A1:K1")
        ws["A1"].alignment = Alignment(horizontal="center")
        for cell, value in (("A2", t("填报单位", "Unit")), ("B2", clean(form.unit)),
                            ("C2", t("统计周期", "Period")), ("D2", period),
                            ("E2", t("报送截止", "Return by")), ("F2", return_by.isoformat()),
                            ("G2", t("下发日期", "Issued")), ("H2", today.isoformat())):
            ws[cell] = value
            ws[cell].data_type = "s"
        ws["A3"] = t("请只填写黄色的列（状态从下拉列表选择，进度填 0–100 的整数）；灰色列为下发时的情况，请勿改动。",
                     "Fill in the yellow columns only (status from the list, progress 0–100); "
                     "the grey columns show the task as issued: do not change them.")
        ws.merge_cells("A3:K3")
        ws["A3"].alignment = wrap
        ws.row_dimensions[3].height = 30
        ws["L1"], ws["L2"] = MARKER, clean(form.unit)
        for letter, _, zh, en in COLUMNS:
            cell = ws[f"{letter}{HEADER_ROW}"]
            cell.value = t(zh, en)
            cell.font = Font(bold=True)
            cell.border = box
            cell.fill = grey if letter <= "F" else yellow
        last = FIRST_ROW + len(form.rows) - 1
        for r, row in enumerate(form.rows, start=FIRST_ROW):
            values = locked_values(row, settings, lang)
            for key in LOCKED:
                cell = ws[f"{COL[key]}{r}"]
                cell.value = clean(values[key])
                cell.data_type = "s"
                cell.fill, cell.border, cell.alignment = grey, box, wrap
            ws[f"L{r}"] = row.blob
            for key in FILLED:
                cell = ws[f"{COL[key]}{r}"]
                cell.border, cell.alignment = box, wrap
                # a 配合单位 reports in words, status being the owners'; a town on a group's
                # task reports its own status, the progress being the whole task's
                if (row.fills_status or key not in ("status", "progress")) and not (
                        row.member and key == "progress"):
                    cell.protection = Protection(locked=False)
                    cell.fill = yellow
                    if key in ("text", "issues", "by"):  # Excel keeps 6-15, 1/2, 80% as typed
                        cell.number_format = "@"
                else:
                    cell.fill = grey
        if form.rows:
            status = DataValidation(type="list", formula1='"' + ",".join(labels) + '"',
                                    allow_blank=True, showErrorMessage=True,
                                    errorTitle=t("状态", "Status"),
                                    error=t("请从列表中选择状态", "Choose a status from the list"))
            progress = DataValidation(type="whole", operator="between", formula1="0",
                                      formula2="100", allow_blank=True, showErrorMessage=True,
                                      errorTitle=t("进度", "Progress"),
                                      error=t("进度请填 0–100 的整数", "Progress is a whole number 0–100"))
            ws.add_data_validation(status)
            ws.add_data_validation(progress)
            status.add(f"G{FIRST_ROW}:G{last}")
            progress.add(f"H{FIRST_ROW}:H{last}")
        for letter, width in zip("ABCDEFGHIJKL", (22, 30, 6, 11, 9, 9, 9, 8, 40, 30, 10, 10)):
            ws.column_dimensions[letter].width = width
        ws.column_dimensions["L"].hidden = True
        ws.freeze_panes = f"C{FIRST_ROW}"
        ws.protection.sheet = True
        ws.protection.formatColumns = False  # widen a column, taller rows: allowed
        ws.protection.formatRows = False
        ws.protection.formatCells = False
    if not wb.sheetnames:
        wb.create_sheet(t("督办单", "Form"))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


__all__ = ["COLUMNS", "FormRow", "FormSheet", "MARKER", "sheets", "xlsx_bytes"]
