"""The 督办单 round trip: `form` writes each unit a sheet to fill in; `intake` reads filled
sheets back, every cell checked, each sheet committed under its unit (a `Unit:` trailer), a
task changed since issue merged field by field, a true clash reported and never overwritten."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

import click

from tracker.cli.base import Env, Failure, pass_env
from tracker.cli.reports import _current, _plans, _unit, _write
from tracker.problems import system_reason
from tracker.units import named_in

if TYPE_CHECKING:
    import datetime as dt

    from tracker.model import Plan, Task
    from tracker.reports.intake import Decision, ReadSheet
    from tracker.reports.resent import Earlier
    from tracker.store import planfile
    from tracker.workspace import Change


def _blobs(env: Env, plans: list[Plan]) -> list[tuple[Plan, str]]:
    """Each plan with the git blob of its file as it is now, written into the object store,
    so that intake can read the task as issued even when the file held a hand edit."""
    from tracker.history import git

    root = env.need_root()
    if not plans:
        return []
    if not git.is_repo(root):
        from tracker.store import load

        return [(p, load.blob_id((root / p.path).read_bytes())) for p in plans]
    out = git.run_git(root, "hash-object", "-w", "--", *(p.path for p in plans))
    return list(zip(plans, out.stdout.decode().split()))


def _period(env: Env) -> str:
    d = env.today
    return env.t(f"{d.year}年{d.month}月", f"{d.year}-{d.month:02d}")


def form_command(env: Env, unit: str | None, plan: tuple[str, ...], output: Path | None,
                 return_by: str | None) -> None:
    from tracker import workdays
    from tracker.reports import form

    if output is None and sys.stdout.isatty():
        raise Failure(env.t("XLSX 是二进制文件，请用 -o 指定文件名，如 -o 督办单.xlsx",
                            "XLSX is a binary file: name it with -o, e.g. -o forms.xlsx"))
    if output is not None and output.suffix.lower() != ".xlsx":  # a workbook under another name opens as garbage
        raise Failure(env.t(f"督办单是 Excel 工作簿，文件名请以 .xlsx 结尾（如 {output.stem}.xlsx），未写入",
                            f"the forms are an Excel workbook: name the file .xlsx (e.g. "
                            f"{output.stem}.xlsx); nothing written"))
    ws = env.workspace()
    unit_name = _unit(env, unit)
    if return_by:
        from tracker.dates import DateError, parse_date

        try:
            back = parse_date(return_by, today=env.today, year=env.year)
        except DateError as exc:
            raise Failure(exc.message(env.lang)) from None
        if back < env.today:  # the sheets would ask every unit for a day already gone
            raise Failure(env.t(f"报送日期 {back.isoformat()} 已经过去（今天是 {env.today.isoformat()}），"
                                "未写入督办单",
                                f"the return date {back.isoformat()} is past (today is "
                                f"{env.today.isoformat()}); no forms written"))
    else:
        back = workdays.add_working_days(env.today, ws.settings.remind_days or 5)
    chosen = _plans(env, plan) if plan else _current(env, _plans(env, plan), "form")  # as summary
    forms = form.sheets(_blobs(env, chosen), ws.units, unit_name)
    if not plan:
        env.warn_skipped()  # their tasks are on no sheet: the office must hear it
    if not forms:  # a workbook of one blank sheet, which intake would refuse as no 督办单
        raise Failure(env.t("所选计划中没有未完成的任务，不需要填报，未写入督办单",
                            "the plans chosen have no open task to report on; no forms written"))
    payload = form.xlsx_bytes(forms, ws.settings, env.lang, env.today, back, _period(env))
    _write(env, payload, output)
    rows = sum(len(f.rows) for f in forms)
    if output is not None:
        env.warn(env.t(f"已写入 {output}：{len(forms)} 个单位的督办单，共 {rows} 项任务，"
                       f"请于 {back.isoformat()} 前报送",
                       f"written to {output}: {len(forms)} unit sheets, {rows} tasks, "
                       f"to return by {back.isoformat()}"))
    if unit_name and not rows:
        env.warn(env.t(f"注意：{unit_name} 没有未完成的任务", f"note: {unit_name} has no open tasks"))


# ---------------------------------------------------------------- intake


def intake_command(env: Env, files: tuple[Path, ...], dry_run: bool) -> None:
    from tracker.reports import intake

    ws = env.workspace()
    failed = clashed = False
    empty: list[tuple[str, str | None]] = []  # a blank sheet's name and unit
    filled: set[str | None] = set()  # the units whose sheet had something in it
    read: list[tuple[Path, ReadSheet]] = []
    for path in files:
        try:
            data = path.read_bytes()
            others: list[str] = []
            sheets = intake.read(data, ws.settings, others)
        except OSError as exc:
            zh, en = system_reason(exc)
            env.warn(env.t(f"{path}：无法读取（{zh}）", f"{path}: cannot read ({en})"))
            failed = True
            continue
        except intake.NotWorkbook:
            from tracker.importer.source import ENCRYPTED_PACKAGE, OLE_SIGNATURE

            if data.startswith(OLE_SIGNATURE) and ENCRYPTED_PACKAGE in data:  # a password to open
                env.warn(env.t(f"{path}：文件设置了打开密码，无法读取：请在 Excel 或 WPS 中取消密码"
                               "（文件→信息→保护工作簿，或文件→文档加密）后保存，再读入，未读入",
                               f"{path}: the file has a password to open and cannot be read: remove "
                               "the password in Excel or WPS, save, and read that in; nothing read"))
            elif data.startswith(OLE_SIGNATURE):  # Excel 97–2003 (.xls) and WPS (.et) files
                env.warn(env.t(f"{path}：这是旧版 Excel/WPS 表格（.xls/.et），请在 Excel 或 WPS 中另存为 .xlsx "
                               "后再读入，未读入",
                               f"{path}: an old Excel/WPS sheet (.xls/.et): save it as .xlsx in Excel "
                               "or WPS and read that in; nothing read"))
            else:
                env.warn(env.t(f"{path}：不是 Excel 工作簿（.xlsx），未读入",
                               f"{path}: not an Excel workbook (.xlsx); nothing read"))
            failed = True
            continue
        if not sheets:
            env.warn(env.t(f"{path}：没有找到 tracker form 生成的督办单，未读入",
                           f"{path}: holds no sheet made by tracker form; nothing read"))
            failed = True
        if sheets and others:
            names = "、".join(f"“{n}”" for n in others)
            env.say(env.t(f"{path.name}：工作表{names}不是督办单，其中的内容未读入，请另行查看",
                          f"{path.name}: {', '.join(others)} {'is' if len(others) == 1 else 'are'} "
                          "no progress sheet; what is in it was not read in: look at it yourself"))
        read.extend((path, sheet) for sheet in sheets)
    twice = _one_unit_twice(env, read, len(files) > 1)
    failed = failed or bool(twice)
    for _, sheet in read:
        if not sheet.rows and not sheet.problems:
            empty.append((sheet.name, sheet.unit))
            continue
        filled.add(sheet.unit)
        if id(sheet) in twice:
            continue
        outcome = _intake_sheet(env, sheet, dry_run)
        failed = failed or outcome == "refused"
        clashed = clashed or outcome == "clash"
    # two workbooks hold the same unit's blank sheet; a unit filled its own in another copy
    blank = list(dict.fromkeys(name for name, unit in empty if unit is None or unit not in filled))
    if blank:
        env.say(env.t(f"未填写的表 {len(blank)} 张（按未报送计）：{'、'.join(blank)}",
                      f"{len(blank)} sheets not filled in (not reported): {', '.join(blank)}"))
    if failed:
        raise Failure(env.t("部分督办单未读入，见上面的说明", "some sheets were not read in; see above"))
    if clashed and dry_run:
        raise Failure(env.t("上面列出的内容与下发后的修改冲突，读入时不会写入（试运行，未写入任何内容）",
                            "the values above clash with changes made since the sheets were "
                            "issued and would not be written (dry run: nothing written)"))
    if clashed:  # the sheets are in, but for the fields named above
        raise Failure(env.t("督办单已读入，但上面列出的内容与下发后的修改冲突，未写入",
                            "the sheets were read in, but for the values above, which clash with "
                            "changes made since they were issued"))


def _one_unit_twice(env: Env, read: list[tuple[Path, ReadSheet]], files: bool) -> set[int]:
    """The filled sheets of a unit that has more than one among those read together (a copy
    of its sheet drafted in, or two returns sent): which of them stands is not for intake to
    guess, so none of them is read in, and each is named."""
    units = env.workspace().units
    by_unit: dict[str, list[tuple[Path, ReadSheet]]] = {}
    for path, sheet in read:
        if sheet.unit and (sheet.rows or sheet.problems):
            by_unit.setdefault(units.canonical(sheet.unit), []).append((path, sheet))
    held: set[int] = set()
    for unit, found in by_unit.items():
        if len(found) < 2:
            continue
        names = "、".join(f"{p.name}!{s.name}" if files else s.name for p, s in found)
        names_en = ", ".join(f"{p.name}!{s.name}" if files else s.name for p, s in found)
        env.warn(env.t(f"{unit} 有 {len(found)} 张填好的督办单（{names}），无法确定以哪张为准，均未读入："
                       "请只读入要报送的那一张（一张读入后再读入另一张，后者按更正处理）",
                       f"{unit} has {len(found)} filled sheets ({names_en}), and which one stands "
                       "cannot be told; none was read in: read in only the one to report (one read "
                       "in after the other is taken as its correction)"))
        held.update(id(s) for _, s in found)
    return held


def _intake_sheet(env: Env, sheet: ReadSheet, dry_run: bool) -> str | None:
    """One sheet: checked, merged, committed (or shown with --dry-run). "refused" when it was
    not read in, "clash" when it was but for a field that clashed, None when all of it was."""
    from tracker.reports import intake

    ws = env.workspace()
    units = ws.units
    if sheet.unit is None and sheet.problems and not sheet.rows:  # not readable as a form
        for p in sheet.problems:
            env.warn(p.message(env.lang))
        env.warn(env.t(f"{sheet.name}：本表未读入", f"{sheet.name}: sheet not read in"))
        return "refused"
    unit = units.canonical(sheet.unit) if sheet.unit else None
    if unit is None or (ws.directory.units and not units.known(unit)
                        and unit not in named_in(ws.plans)):  # a plan names it: form issued it a sheet
        env.warn(env.t(f"{sheet.name}!B2：单位“{sheet.unit or ''}”不在 units.yaml 中，本表未读入",
                       f"{sheet.name}!B2: unit '{sheet.unit or ''}' is not in units.yaml; "
                       "sheet not read in"))
        return "refused"
    now = {t.ref: t for p in ws.plans for t in p.tasks}
    unreadable = {PurePosixPath(f.path).stem: (why.render("zh"), why.render("en"))
                  for f, why in ws.skipped() if why is not None and (f.plan is None or not f.plan.id)}
    day = None
    if sheet.footer is not None:
        import dataclasses

        from tracker.reports.sheet_footer import signed_day

        day, why = signed_day(sheet.footer, sheet.issued, env.today)
        if why is not None:
            sheet = dataclasses.replace(sheet, problems=(*sheet.problems, intake.CellProblem(
                sheet.name, sheet.footer.day_cell or "A1", *why)))
    earlier = _earlier(env, unit, {f.ref for f in sheet.rows})
    decision = intake.decide(sheet, unit, now, _versions(env), units, ws.settings, env.lang, unreadable,
                             earlier)
    if decision.refused:
        for p in decision.refused:
            env.warn(p.message(env.lang))
        env.warn(env.t(f"{sheet.name}：有 {len(decision.refused)} 处需要改正，本表未读入",
                       f"{sheet.name}: {len(decision.refused)} cells to correct; sheet not read in"))
        return "refused"
    for p in decision.clashes:
        env.warn(p.message(env.lang))
    for p in decision.corrected:
        env.say(p.message(env.lang))
    if not decision.actions:
        env.say(env.t(f"{sheet.name}：没有新的内容需要写入（已读入过，或与现状相同）",
                      f"{sheet.name}: nothing new to write (read in before, or as things stand)"))
        return "clash" if decision.clashes else None
    day = day or env.today
    if sheet.period is not None and day > sheet.period[1]:  # a late sheet: its month's report
        start, end = sheet.period
        env.say(env.t(f"{sheet.name}：本表的统计周期是{start.year}年{start.month}月，"
                      f"进展按 {end.isoformat()} 记入该月（{day.isoformat()} 读入）",
                      f"{sheet.name}: this sheet is for {start.year}-{start.month:02d}; its reports "
                      f"are dated {end.isoformat()}, in that month (read in {day.isoformat()})"))
        day = end
    work, lines = _edits(env, unit, decision, day)
    reporters = sorted({a.by for a in decision.actions if a.by})
    name = sheet.name if sheet.name == unit else env.t(f"{sheet.name}（{unit}）", f"{sheet.name} ({unit})")
    if dry_run:
        env.say(env.t(f"{name} 将写入：", f"{name} would write:"))
        for line in lines:
            env.say("  " + line)
        return "clash" if decision.clashes else None
    footer = sheet.footer
    signed = [f"Phone: {footer.phone}"] if footer is not None and footer.phone else []
    signed += [f"Checked-by: {footer.checked}"] if footer is not None and footer.checked else []
    # the day the reports are dated, when it is not the day read in: the summary dates the
    # sheet's changes by it (a late sheet's, in its own month)
    signed += [f"Reported-on: {day.isoformat()}"] if day != env.today else []
    message = _message(unit, reporters, work, lines, signed)
    from tracker.cli.editing import report_saved
    from tracker.problems import UserError

    try:
        saved = ws.apply_plans(work, message, by=env.by)
    except UserError as exc:  # a hand edit in the way, a plan it would break: the next sheet
        env.warn(f"{sheet.name}：" + exc.message(env.lang)
                 + env.t("；本表未读入", "; sheet not read in"))
        return "refused"
    env.say(env.t(f"{name}：{len(decision.actions)} 项", f"{name}: {len(decision.actions)} tasks"))
    report_saved(env, saved)
    env.workspace(reload=True)
    return "clash" if decision.clashes else None


def _versions(env: Env):  # type: ignore[no-untyped-def]
    """(blob, ref) -> the task in that version of its plan file (None when unreadable)."""
    from tracker.history import git, walk
    from tracker.store import load

    root = env.need_root()
    cache: dict[str, dict[str, Task]] = {}

    def then(blob: str, ref: str) -> Task | None:
        if blob not in cache:
            cache[blob] = {}
            raw = walk.read_blobs(root, [blob]).get(blob) if git.is_repo(root) else None
            if raw is not None:
                loaded = load.load_plan_bytes(raw, f"plans/{ref.rsplit('/', 1)[0]}.yaml")
                if loaded.plan is not None:
                    cache[blob] = {t.ref: t for t in loaded.plan.tasks}
        return cache[blob].get(ref)

    return then


def _earlier(env: Env, unit: str, refs: set[str]) -> dict[str, Earlier]:
    """ref -> this unit's latest report on it read in from a sheet (an `intake:` commit with
    its `Unit:` and `Task:` trailers): what that commit set and the entry it added."""
    from tracker.history import git, walk
    from tracker.reports.form import row_for
    from tracker.reports.resent import Earlier
    from tracker.standing import unit_status
    from tracker.store import load

    root = env.need_root()
    ws = env.workspace()
    paths = {t.ref: p.path for p in ws.plans for t in p.tasks if t.ref in refs}
    if not paths or not git.is_repo(root):
        return {}
    log = git.run_git(root, "log", "--full-history", "--format=%H%x1f%B%x1e", "--grep=^intake: ",
                      "--", *sorted(set(paths.values())), check=False)
    found: dict[str, Earlier] = {}
    for record in log.stdout.decode("utf-8", "replace").split("\x1e"):
        sha, _, body = record.strip("\n").partition("\x1f")
        said = [line.partition(": ")[::2] for line in body.splitlines()]
        if not body.startswith("intake: ") or ("Unit", unit) not in said:
            continue
        for ref in sorted({v for k, v in said if k == "Task"} & paths.keys() - found.keys()):
            names = [f"{sha}:{paths[ref]}", f"{sha}^:{paths[ref]}"]
            raw = walk.read_blobs(root, names)
            after, before = (_task_in(load, raw.get(n), paths[ref], ref) for n in names)
            if after is None:
                continue
            member = (row := row_for(after, unit, ws.units, "")) is not None and row.member
            was, now = (None if t is None else unit_status(t, unit, ws.units) if member else t.status
                        for t in (before, after))
            old = {(u.date, u.by, u.unit, u.text) for u in (before.updates if before else ())}
            added = [u for u in after.updates if (u.date, u.by, u.unit, u.text) not in old
                     and u.unit and ws.units.canonical(u.unit) == unit]
            if added:
                found[ref] = Earlier(sha, now if now != was else None,
                                     after.progress if before is None or after.progress != before.progress
                                     else None, added[-1])
        if found.keys() == paths.keys():
            break
    return found


def _task_in(load, raw: bytes | None, path: str, ref: str) -> Task | None:  # type: ignore[no-untyped-def]
    loaded = load.load_plan_bytes(raw, path) if raw is not None else None
    plan = loaded.plan if loaded is not None else None
    return next((t for t in plan.tasks if t.ref == ref), None) if plan is not None else None


def _edits(env: Env, unit: str, decision: Decision, day: dt.date) -> tuple[list[tuple[Plan, list[planfile.Edit]]], list[str]]:
    from tracker import edits
    from tracker.store import planfile
    from tracker.workspace import Change

    ws = env.workspace()
    by_plan: dict[str, tuple[Plan, list[planfile.Edit]]] = {}
    lines = []
    for a in decision.actions:
        plan, task = ws.find(a.ref)
        changes: list[Change] = []
        values: dict[str, object] = {}
        if a.status is not None:
            values["status"] = a.status
        if a.progress is not None:
            values["progress"] = a.progress
        changes, todo = edits.field_edits(task, values)
        if a.unit_status is not None:
            from tracker.standing import unit_status

            todo.append(planfile.set_unit_status(task.id, unit, a.unit_status))
            changes.append(Change(f"units.{unit}", unit_status(task, unit, ws.units), a.unit_status))
        entry = edits.update_entry(a.text, day, a.by, unit)
        if a.replaces is not None:  # the unit's corrected sheet: its earlier report goes
            old = {"date": a.replaces.date, "by": a.replaces.by, "unit": a.replaces.unit,
                   "text": a.replaces.text}
            todo.append(planfile.revise_update(task.id, {k: v for k, v in old.items() if v is not None},
                                               entry))
        else:
            todo.append(planfile.append_update(task.id, entry))
        by_plan.setdefault(plan.id, (plan, []))[1].extend(todo)
        said = "; ".join(_describe(env, c) for c in changes)
        first = str(entry["text"]).splitlines()[0]
        if a.replaces is not None and a.replaces.date is not None:
            said = (said + "; " if said else "") + env.t(f"更正 {a.replaces.date.isoformat()} 的报送",
                                                         f"corrects the report of {a.replaces.date.isoformat()}")
        lines.append(f"{a.ref}: " + (said + "; " if said else "")
                     + env.t("进展：", "update: ") + (first if len(first) <= 40 else first[:39] + "…"))
    return list(by_plan.values()), lines


def _describe(env: Env, c: Change) -> str:
    settings = env.workspace().settings
    if c.field == "status" or c.field.startswith("units."):
        old, new = (settings.label(str(v), env.lang) if v else "∅" for v in (c.old, c.new))
        return f"{c.field} {old} → {new}"
    return c.describe()


def _message(unit: str, reporters: list[str], work: list[tuple[Plan, list[planfile.Edit]]],
             lines: list[str], signed: list[str]) -> str:
    head = f"intake: {unit} 督办单, {len(lines)} task{'s' if len(lines) != 1 else ''}"
    trailers = [f"Unit: {unit}"] + [f"Reported-by: {r}" for r in reporters] + signed
    trailers += [f"Plan: {p.id}" for p, _ in work]
    trailers += [f"Task: {line.split(':', 1)[0]}" for line in lines]
    trailers.append("Tool: tracker")
    return head + "\n\n" + "\n".join(lines) + "\n\n" + "\n".join(trailers) + "\n"


def register(group: click.Group) -> None:
    @group.command()
    @click.option("--unit", metavar="UNIT", help="Only this unit's sheet (a group: one for each member).")
    @click.option("--plan", "plan", multiple=True, metavar="PLAN", help="Only this plan (repeatable).")
    @click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                  help="The workbook to write (.xlsx).")
    @click.option("--return-by", metavar="DATE",
                  help="Date to return the sheet by (default: --today plus remind_days working days).")
    @pass_env
    def form(env: Env, unit: str | None, plan: tuple[str, ...], output: Path | None,
             return_by: str | None) -> None:
        """Write 督办单 sheets (.xlsx) for units to fill in: one sheet per unit, one row per open
        task it leads, owns or supports."""
        form_command(env, unit, plan, output, return_by)

    @group.command()
    @click.argument("files", nargs=-1, required=True,
                    type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
    @pass_env
    def intake(env: Env, files: tuple[Path, ...], dry_run: bool) -> None:
        """Read filled 督办单 sheets back: each filled row becomes that unit's report, committed
        per sheet; bad cells are named (sheet!cell) and that sheet is not written."""
        intake_command(env, files, dry_run)


__all__ = ["register"]
