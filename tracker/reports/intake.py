"""Reading filled 督办单 sheets back: every cell checked (`read`), then each filled row set
against the task as issued and as it is now (`decide`), field by field as `sync` merges.

A bad cell is a `CellProblem` naming `sheet!cell`; any refusal keeps the whole sheet out. A
field the unit changed that the repository also changed since the sheet was issued, to another
value, is a clash: reported, never overwritten. Pure but for openpyxl reading the bytes given.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from tracker import reporttext
from tracker.model import DEFAULT_LABELS_EN, STATUS_KEYS, Settings, Task, Update
from tracker.reports import form, sheet_footer
from tracker.reports.form import COL, FILLED, LOCKED, REPORTABLE
from tracker.reports.resent import Earlier, own_report
from tracker.reports.sheet_layout import (
    HEADS,
    TASK_REF,
    cell_text,
    header_row,
    marker_elsewhere,
    marker_row,
    merged_down,
    misplaced_header,
    period_of,
    progress_of,
    shown,
    typed_progress,
)
from tracker.units import Units

_LINE_BREAKS = re.compile(r"\r\n|[\r\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BEYOND = len(form.COLUMNS) + 1  # the first column after the form's own (M)
_BLOB = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")  # what else is in the hidden cell is not ours


class ValueProblem(ValueError):
    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


def status_key(raw: str, settings: Settings) -> str:
    """A status key from a key, a label of tracker.yaml or an English label (as `set` reads)."""
    labels = {v: k for k, v in settings.statuses}
    labels.update({v.lower(): k for k, v in DEFAULT_LABELS_EN.items()})
    value = labels.get(raw, labels.get(raw.lower(), raw))
    if value not in STATUS_KEYS:
        raise ValueProblem(f"未知状态“{raw}”", f"unknown status '{raw}'")
    return value


def report_text(raw: str) -> str:
    """Text from a cell as `note` stores it: every line break a newline, no control
    characters (Excel writes a line break in a cell as LF, WPS sometimes as CR LF), the lines'
    shared indent dropped (tracker.reporttext)."""
    text = _LINE_BREAKS.sub("\n", raw)
    found = _CONTROL.search(text.replace("\n", "").replace("\t", ""))
    if found:
        code = repr(found.group(0))[1:-1]
        raise ValueProblem(f"含有控制字符 {code}，请删去后重新填写",
                           f"holds the control character {code}; remove it and fill in again")
    return reporttext.stored(text)


def one_line(raw: str) -> str:
    if _LINE_BREAKS.search(raw) or "\n" in raw or _CONTROL.search(raw.replace("\t", "")):
        raise ValueProblem("填报人只能写一行姓名", "the name is one line")
    return raw


@dataclass(frozen=True, slots=True)
class CellProblem:
    sheet: str
    cell: str
    zh: str
    en: str

    def message(self, lang: str) -> str:
        return f"{self.sheet}!{self.cell}：{self.zh}" if lang != "en" else f"{self.sheet}!{self.cell}: {self.en}"


@dataclass(frozen=True, slots=True)
class Filled:
    """One row the unit filled in, its cells read and checked."""

    row: int
    ref: str
    blob: str | None
    locked: tuple[tuple[str, str], ...]  # key -> text as found in the locked cells
    status: str | None
    progress: int | None
    text: str
    issues: str
    by: str | None
    by_cell: str | None = None  # where the name is when not in the row (signed below the table)


@dataclass(frozen=True, slots=True)
class ReadSheet:
    name: str
    unit: str | None
    rows: tuple[Filled, ...]
    problems: tuple[CellProblem, ...]
    issued: dt.date | None = None  # the day `form` wrote the sheet
    lang: str | None = None  # the language it was written in, by its header (None: not found)
    footer: sheet_footer.Footer | None = None  # 填报人, 联系电话, 填报日期 below the table
    period: tuple[dt.date, dt.date] | None = None  # the month it reports on (统计周期)


@dataclass(frozen=True, slots=True)
class Action:
    """What one row asks of one task: fields to set (None: leave as is) and the report."""

    row: int
    ref: str
    status: str | None  # the task's status (lead, owner)
    unit_status: str | None  # the unit's own status on a group task
    progress: int | None
    text: str
    by: str | None
    replaces: Update | None = None  # the unit's own earlier report this one corrects


@dataclass(frozen=True, slots=True)
class Decision:
    actions: tuple[Action, ...]
    refused: tuple[CellProblem, ...]  # the sheet is not written
    clashes: tuple[CellProblem, ...]  # written without these fields
    corrected: tuple[CellProblem, ...] = ()  # rows that correct the unit's own earlier report


class NotWorkbook(ValueError):
    """The bytes are not a workbook openpyxl can open (and only that: a cell that cannot be
    read is a CellProblem, never this)."""


def read(data: bytes, settings: Settings, others: list[str] | None = None) -> list[ReadSheet]:
    """Every 督办单 sheet in a workbook; the names of other sheets with something in them go
    to `others` (a unit's own 工作总结 added as a sheet is not read, and must be said).
    Raises NotWorkbook when the bytes are not a workbook openpyxl can open."""
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():  # parts intake does not read (an x14 dropdown, a
            warnings.simplefilter("ignore", UserWarning)  # conditional format) are no news to a clerk
            wb = load_workbook(io.BytesIO(data))
    except Exception as exc:  # zipfile, XML and openpyxl raise many kinds for a bad file
        raise NotWorkbook(str(exc)) from exc
    out = []
    for ws in wb.worksheets:
        if marker_row(ws) is not None:
            out.append(_read_sheet(ws, settings))
            continue
        moved = marker_elsewhere(ws)
        if moved is not None:  # a column deleted or inserted: no cell is where it was written
            out.append(ReadSheet(ws.title, None, (), (CellProblem(
                ws.title, moved,
                "这张督办单的列被删除、插入或移动过，无法按列读取：请在 tracker form 生成的原表上填写",
                "columns of this sheet were deleted, inserted or moved, so it cannot be read by "
                "column: fill in the sheet as tracker form made it"),)))
        elif others is not None and any(c.value is not None for row in ws.iter_rows() for c in row):
            others.append(ws.title)
    return out


def _read_sheet(ws: Any, settings: Settings) -> ReadSheet:
    name = ws.title
    found = header_row(ws)
    header = found or form.HEADER_ROW
    block = {cell_text(ws[f"{label}{r}"].value).strip(): ws[f"{chr(ord(label) + 1)}{r}"].value
             for r in range(1, header) for label in "ACEG"}  # 填报单位 | 城关镇 | 统计周期 | …
    mark = marker_row(ws) or 1
    unit = (cell_text(ws[f"{COL['blob']}{mark + 1}"].value).strip()
            or cell_text(block.get("填报单位", block.get("Unit", ws["B2"].value))).strip() or None)
    misplaced = misplaced_header(ws, name, found, CellProblem)
    if misplaced is not None:
        return ReadSheet(name, unit, (), (misplaced,))
    rows, problems = [], []
    merged = merged_down(ws, header + 1)
    foot = sheet_footer.read(ws, header, TASK_REF.fullmatch)
    for r in range(header + 1, ws.max_row + 1):
        if r in foot.rows:
            continue
        cells = {key: merged.get(f"{COL[key]}{r}") or ws[f"{COL[key]}{r}"]
                 for key in (*LOCKED, *FILLED, "blob")}
        bad = [f"{c.coordinate}" for c in cells.values() if c.data_type == "f"]
        if bad:
            problems += [CellProblem(name, c, "请直接填写内容，不要用公式", "type the value, not a formula")
                         for c in bad]
            continue
        beyond = [c for c in ws.iter_cols(min_col=_BEYOND, min_row=r, max_row=r)
                  if cell_text(c[0].value).strip()] if ws.max_column >= _BEYOND else []
        if beyond:  # a 备注 column the unit added: its text would go nowhere
            for (c,) in beyond:
                said = cell_text(c.value).strip().splitlines()[0]
                said = said if len(said) <= 20 else said[:19] + "…"
                problems.append(CellProblem(
                    name, c.coordinate,
                    f"督办单没有这一列，这里填的“{said}”不会读入：请写进本期进展情况（{COL['text']}列）"
                    f"或存在问题（{COL['issues']}列）后再读入",
                    f"the sheet has no such column, so '{said}' would not be read in: move it into "
                    f"{COL['text']} (progress) or {COL['issues']} (problems) and read it in again"))
            continue
        values = {k: shown(c) if k in ("text", "issues", "by") else cell_text(c.value)
                  for k, c in cells.items()}
        if not any(values[k].strip() for k in ("status", "progress", "text", "issues")):
            continue  # nothing reported on this row (a 填报人 alone says nothing)
        ref = values["ref"].strip()
        if not ref:
            span = next((str(m) for m in ws.merged_cells.ranges if f"{COL['ref']}{r}" in m), None)
            problems.append(CellProblem(name, f"A{r}", *(
                (f"任务编号所在的单元格 {span} 被合并了，这一行的任务编号不在了：请取消合并后再读入",
                 f"the task cells {span} were merged, so this row's task number is gone: unmerge "
                 "them and read the sheet in again") if span else
                ("这一行填了内容，但没有任务编号", "this row is filled in but names no task"))))
            continue
        got = _cells(name, r, values, cells, settings, problems)
        if got is None:
            continue
        status, progress, text, issues, by = got
        blob = values["blob"].strip().lower()
        rows.append(Filled(r, ref, blob if _BLOB.fullmatch(blob) else None,
                           tuple((k, values[k]) for k in LOCKED), status, progress, text, issues,
                           by or foot.by, None if by else foot.by_cell))
    try:
        issued = dt.date.fromisoformat(cell_text(block.get("下发日期", block.get("Issued", ws["H2"].value)))
                                       .strip()[:10])
    except ValueError:
        issued = None
    head = cell_text(ws[f"{COL['ref']}{header}"].value).strip()
    written = "en" if head == HEADS["ref"][1] else "zh" if head == HEADS["ref"][0] else None
    period = period_of(cell_text(block.get("统计周期", block.get("Period", ws["D2"].value))), issued)
    return ReadSheet(name, unit, tuple(rows), tuple(problems), issued, written, foot, period)


def _cells(name: str, r: int, values: dict[str, str], cells: dict[str, Any], settings: Settings,
           problems: list[CellProblem]) -> tuple[str | None, int | None, str, str, str | None] | None:
    before = len(problems)

    def refuse(key: str, zh: str, en: str) -> None:
        problems.append(CellProblem(name, f"{COL[key]}{r}", zh, en))

    status = None
    raw = values["status"].strip()
    if raw:
        try:
            status = status_key(raw, settings)
        except ValueProblem:
            labels = "、".join(settings.label(s) for s in REPORTABLE)
            refuse("status", f"状态“{raw}”不是可选的状态（{labels}）",
                   f"status '{raw}' is not one of {', '.join(REPORTABLE)}")
        if status is not None and status not in REPORTABLE:
            refuse("status", f"状态“{raw}”由办公室确认，不能在督办单中填报",
                   f"status '{raw}' is the office's to set, not a unit's")
            status = None
    progress = progress_of(cells["progress"], values["progress"].strip())
    if progress == -1:
        typed = typed_progress(cells["progress"], values["progress"].strip())
        refuse("progress", f"进度“{typed}”不是 0–100 的整数",
               f"progress '{typed}' is not a whole number from 0 to 100")
    texts = []
    for key in ("text", "issues"):
        try:
            texts.append(report_text(values[key]) if values[key].strip() else "")
        except ValueProblem as exc:
            refuse(key, exc.message("zh"), exc.message("en"))
            texts.append("")
    by = values["by"].strip() or None
    if by is not None:
        try:
            one_line(by)
        except ValueProblem as exc:
            refuse("by", exc.message("zh"), exc.message("en"))
    if len(problems) > before:
        return None
    return status, None if progress == -1 else progress, texts[0], texts[1], by


def decide(sheet: ReadSheet, unit: str, now: Mapping[str, Task], then: Callable[[str, str], Task | None],
           units: Units, settings: Settings, lang: str,
           unreadable: Mapping[str, tuple[str, str]] | None = None,
           earlier: Mapping[str, Earlier] | None = None) -> Decision:
    """Each filled row against the task now (`now`: ref -> task) and as issued (`then(blob,
    ref)`, None when that version cannot be read: the locked cells say how it stood).
    `unreadable`: plan id -> why its file cannot be read now (zh, en), for a row on it.
    `earlier`: ref -> this unit's latest report read in from a sheet; one made since this
    sheet was issued is the unit's own, which a second sheet for the period corrects: a field
    still as that report left it takes the new value, and its entry is replaced."""
    actions: list[Action] = []
    refused, clashes, corrected = list(sheet.problems), list[CellProblem](), list[CellProblem]()
    for f in sheet.rows:
        def cell(key: str, zh: str, en: str, into: list[CellProblem] = refused, row: Filled = f) -> None:
            into.append(CellProblem(sheet.name, f"{COL[key]}{row.row}", zh, en))

        task = now.get(f.ref)
        why = (unreadable or {}).get(f.ref.rsplit("/", 1)[0])
        if task is None and why is not None:  # the task may well be there: its file is broken
            cell("ref", f"{f.ref} 所在的计划文件有错误，现在无法读取（{why[0]}），这一行未读入："
                        "请先改正（运行 tracker check 查看）后再读入",
                 f"the plan file of {f.ref} has an error and cannot be read now ({why[1]}); row "
                 "not read in: correct it first (run tracker check) and read the sheet in again")
            continue
        if task is None:
            cell("ref", f"任务“{f.ref}”不存在（可能已删除或改号）", f"there is no task '{f.ref}'")
            continue
        current = form.row_for(task, unit, units, "")
        if current is None:
            cell("ref", f"{unit}不承担任务 {f.ref}，不能填报", f"{unit} does not hold {f.ref}")
            continue
        theirs = units.canonical(units.unit_of_person(f.by) or unit) if f.by else unit
        if theirs != unit:  # the whole workbook went to every unit, and one filled a neighbour's
            wrong = CellProblem(
                sheet.name, f.by_cell or f"{COL['by']}{f.row}",
                f"填报人{f.by}是{theirs}的人员，这张却是{unit}的督办单，未读入：如是填错了表，请填在"
                f"{theirs}的表上；如确由其代为填报，请在姓名后注明（如“{f.by}（代）”）",
                f"{f.by} is of {theirs} (units.yaml), but this is {unit}'s sheet; not read in: fill "
                f"in {theirs}'s sheet, or, when {f.by} did fill it in for {unit}, say so after the "
                f"name ('{f.by}（代）')")
            if wrong not in refused:  # a name signed below the table: said once, at its cell
                refused.append(wrong)
            continue
        issued = then(f.blob, f.ref) if f.blob else None
        moved = ([ref for ref, t in now.items() if t.title == issued.title and ref != f.ref]
                 if issued is not None and issued.title != task.title else [])
        if len(moved) == 1:
            # the task the sheet was issued for now has another number (a sync renumbered it:
            # both offices had added one under this id), and this number is another task's
            cell("ref", f"任务“{f.ref}”在督办单下发后已改号，现在是 {moved[0]}（{f.ref} 已是另一项任务"
                        f"“{task.title}”），这一行未读入：请把编号改为 {moved[0]} 后再读入",
                 f"task '{f.ref}' was renumbered after the sheet was issued and is now {moved[0]} "
                 f"({f.ref} is another task now, '{task.title}'); row not read: change its number "
                 f"to {moved[0]} and read it in again")
            continue
        base = form.row_for(issued, unit, units, "") if issued is not None else None
        locked = dict(f.locked)
        if f.blob is None and not any(v.strip() for k, v in f.locked if k != "ref"):
            cell("ref", f"这一行是另加的（只填了任务编号 {f.ref}，没有事项等下发时的内容），未读入："
                        f"请把内容写在 {f.ref} 原有的那一行",
                 f"this row was added (it names {f.ref} but has none of the cells the sheet was "
                 f"issued with); not read in: write it in the row {f.ref} already has")
            continue
        if issued is None and locked["title"].strip() != task.title.strip():
            # the version it was issued from is not in this repository (another office's
            # sheet, or one from before a history rewrite): only the task now can vouch for it
            cell("title", f"这一行的事项“{locked['title'].strip()}”与本仓库的 {f.ref}“{task.title}”不符"
                          "（督办单可能来自别的仓库），未读入",
                 f"this row's item '{locked['title'].strip()}' is not {f.ref} here ('{task.title}'); "
                 "the sheet may come from another repository; not read in")
            continue
        if f.blob and base is not None:
            expected = form.locked_values(base, settings, sheet.lang or lang)
            changed = [k for k in LOCKED if locked[k].strip() != expected[k].strip()]
            if changed:
                for k in changed:
                    cell(k, f"这一列是下发时的情况，不能改动（原为“{expected[k]}”）",
                         f"this column shows the task as issued and cannot change (was '{expected[k]}')")
                continue
        if not current.fills_status and (f.status or f.progress is not None):
            key = "status" if f.status else "progress"
            cell(key, "配合单位只填报进展情况，状态和进度由责任单位填报",
                 "a supporting unit reports in words; status and progress are the owners'")
            continue
        was_status = base.status if base else _status_from(locked.get("was_status", ""), settings)
        was_progress = base.progress if base else _progress_from(locked.get("was_progress", ""))
        own = own_report(task, (earlier or {}).get(f.ref), sheet.issued, units)
        fixes = own is not None and own.entry is not None
        if own is not None and own.status is not None and own.status == current.status:
            was_status, fixes = current.status, True  # the unit's own report of the period
        if own is not None and own.progress is not None and own.progress == current.progress:
            was_progress, fixes = current.progress, True
        status = _merge(f.status, was_status, current.status, "status", f, sheet.name, settings, lang,
                        clashes)
        progress = None
        if f.progress is not None and current.member:
            cell("progress", "集体承担的任务按单位报送状态，进度请写在本期进展情况中",
                 "a group's task takes each unit's status; write progress in the report text")
            continue
        if f.progress is not None:
            progress = _merge(f.progress, was_progress, current.progress, "progress", f, sheet.name,
                              settings, lang, clashes)
        text = _report(f, settings, lang)
        if status is None and progress is None and _read_before(task, unit, f.by, text, sheet.issued,
                                                                 units):
            continue  # the same sheet read in again: its report is there already
        replaces = own.entry if own is not None else None
        if own is not None and fixes:
            day = own.day.isoformat()
            cell("text", f"{f.ref} 是{unit}对 {day} 所报内容的更正，以本表为准"
                         f"（原报送内容留在历史中：tracker log {f.ref}）",
                 f"{f.ref} corrects what {unit} reported on {day}; this sheet stands (the "
                 f"earlier report stays in the history: tracker log {f.ref})", corrected)
        actions.append(Action(f.row, f.ref, None if current.member else status,
                              status if current.member else None, progress, text, f.by, replaces))
    return Decision(tuple(actions), tuple(refused), tuple(clashes), tuple(corrected))


def _read_before(task: Task, unit: str, by: str | None, text: str, issued: dt.date | None,
                 units: Units) -> bool:
    """This unit's report with this text is on the task already, made since the sheet was issued."""
    if issued is None:
        return False
    return any(u.text == text and u.by == by and u.unit and units.canonical(u.unit) == unit
               and u.date is not None and u.date >= issued for u in task.updates)


def _merge(ours: Any, base: Any, now: Any, key: str, f: Filled, sheet: str, settings: Settings,
           lang: str, clashes: list[CellProblem]) -> Any:
    """The value to write: ours when the repository has not moved since issue (or moved to the
    same value); None when nothing is to change or the two clash (the clash is noted). Ours
    equal to the value issued is no change, as sync reads a side that kept the base."""
    if ours is None or ours == now or (base is not None and ours == base):
        return None  # nothing to change, or only the sheet's own value restated: not a change
    if now == base or base is None and now is None:
        return ours

    def said(v: Any) -> str:
        return settings.label(v, lang) if key == "status" else form.progress_text(v) or "—"

    word = ("状态", "status") if key == "status" else ("进度", "progress")
    clashes.append(CellProblem(
        sheet, f"{COL[key]}{f.row}",
        f"{f.ref} 的{word[0]}在督办单下发后已由“{said(base)}”改为“{said(now)}”，"
        f"表中填的“{said(ours)}”未写入，请核实后用 tracker set 修改",
        f"the {word[1]} of {f.ref} changed from '{said(base)}' to '{said(now)}' after the sheet "
        f"was issued; '{said(ours)}' from the sheet was not written: check, then use tracker set"))
    return None


def _status_from(label: str, settings: Settings) -> str | None:
    try:
        return status_key(label.strip(), settings) if label.strip() else None
    except ValueProblem:
        return None


def _progress_from(text: str) -> int | None:
    text = text.strip().rstrip("%")
    return int(text) if text.isdigit() else None


def _report(f: Filled, settings: Settings, lang: str) -> str:
    """The update entry's text: the report and its problems, or the status reported."""
    zh = lang != "en"
    parts = [f.text] if f.text else []
    if f.issues:
        parts.append(("存在问题：" if zh else "Problems: ") + f.issues)
    if parts:
        return "\n".join(parts)
    said = [settings.label(f.status, lang)] if f.status else []
    if f.progress is not None:
        said.append(f"进度{f.progress}%" if zh else f"progress {f.progress}%")
    return ("报送：" if zh else "Reported: ") + ("，" if zh else ", ").join(said)


__all__ = ["Action", "CellProblem", "Decision", "Earlier", "Filled", "ReadSheet", "decide", "read"]
