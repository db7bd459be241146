"""Edit commands: set, note, add. What a clerk types to change a task, and the checks it
passes before anything is written (known units, a unit's own status, dates).

The bodies are plain functions of an Env; click is imported only by `register` (and by a
prompt or a usage error): the fast path runs `set_command` without it."""

from __future__ import annotations

import datetime as dt
import functools
import re
import sys

from tracker.cli.env import Env, Failure
from tracker.model import Plan, Task
from tracker.namelists import SEPARATORS
from tracker.reports import render

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import NoReturn

    import click

    from tracker.store.planfile import Edit
    from tracker.workspace import Change


EDITABLE = ("status", "progress", "due", "start", "title", "detail", "lead", "owners", "support",
            "leader", "phase", "verified_by", "evidence", "due_text", "depends_on")


def parse_assignment(env: Env, plan: Plan, task: Task, key: str, raw: str) -> dict[str, object]:
    """KEY=VALUE from the command line -> the fields to write (shared with the TUI: edits)."""
    from tracker import edits

    if key not in EDITABLE:
        _refuse_key(env, key)
    if key == "phase" and raw.strip():
        raw = _phase_id(env, plan, raw.strip())
    year = (plan.year if plan.year else None) or env.year
    return edits.parse_value(key, raw, task=task, settings=env.workspace().settings, year=year,
                             today=env.today)


def _phase_id(env: Env, plan: Plan, typed: str) -> str:
    """The phase a clerk names: its id, in any case (p2), or its title as the board and the
    timeline show it (组织实施); one the plan does not have is refused with those it has."""
    for phase in plan.phases:
        if typed in (phase.id, phase.title) or typed.lower() == phase.id.lower():
            return phase.id
    listed = "、".join(f"{p.id} {p.title}".strip() for p in plan.phases)
    raise Failure(env.t(f"计划 {plan.id} 中没有阶段“{typed}”（现有阶段：{listed or '无'}），未保存",
                        f"plan {plan.id} has no phase '{typed}' (phases: "
                        f"{listed.replace('、', ', ') or 'none'}); nothing saved"))


def _refuse_key(env: Env, key: str) -> NoReturn:
    from tracker.fieldnames import SET_KEYS

    _usage(env.t(f"不能设置“{key}”（可设置：{'、'.join(EDITABLE)}；也可写中文名："
                 f"{'、'.join(SET_KEYS)}）",
                 f"cannot set '{key}' (settable: {', '.join(EDITABLE)}; or their Chinese "
                 f"names: {', '.join(SET_KEYS)})"))


def _check_units(env: Env, names: list[str], new_unit: bool = False, key: str | None = None) -> None:
    """A unit not in units.yaml is a typo until the clerk says otherwise: refused with the
    closest known name, unless --new-unit is given (or confirmed at a terminal). While
    units.yaml cannot be read no name can be checked: refused the same way."""
    broken = env.config_errors("units.yaml")
    if broken and names:
        if not new_unit:
            raise Failure(env.t("units.yaml 有错误（见上），无法核对单位名称，未保存。请先改正"
                                "（确要照写这些名称时加 --new-unit）",
                                "units.yaml has errors (above), so unit names cannot be checked; "
                                "nothing saved. Fix it first (or pass --new-unit to use the names "
                                "as typed)"))
        return
    units = env.workspace().units
    for name, hint in units.unknown(names):
        parts = name.split()
        if len(parts) > 1 and all(units.known(p) for p in parts):
            # 城关镇 河西乡: two names, separated the way lists are not
            listed = (f"{key}=" if key else "") + "、".join(parts)
            raise Failure(env.t(f"单位之间要用顿号或逗号隔开：{listed}，未保存",
                                f"separate units with 、 or a comma: {listed}; nothing saved"))
        zh = f"单位“{name}”不在 units.yaml 中" + (f"，是不是“{hint}”？" if hint else "")
        en = f"unit '{name}' is not in units.yaml" + (f"; did you mean '{hint}'?" if hint else "")
        if new_unit:
            env.warn(env.t(f"注意：{zh}（按 --new-unit 仍使用，可把它加进 units.yaml）",
                           f"note: {en} (used as asked by --new-unit; add it to units.yaml)"))
            continue
        if sys.stdin.isatty() and sys.stderr.isatty() and _confirm(
                env.t(f"{zh} 仍要使用“{name}”吗？", f"{en} Use '{name}' anyway?")):
            continue
        raise Failure(env.t(f"{zh} 未保存。确是新单位时加 --new-unit（并把它加进 units.yaml）",
                            f"{en} Nothing saved. If it is a new unit, pass --new-unit (and add "
                            "it to units.yaml)"))


def report_saved(env: Env, saved: object) -> None:
    from tracker.workspace import Saved

    assert isinstance(saved, Saved)
    if saved.repaired:
        env.warn(env.t(f"git 上次被中断，暂存区落后于最新提交：已修复（{'、'.join(saved.repaired)}），"
                       "工作文件未动",
                       f"git was interrupted last time and the index lagged behind HEAD: "
                       f"repaired ({', '.join(saved.repaired)}); working files untouched"))
    if saved.hand_commit:
        env.say(env.t(f"这项修改依赖文件里未提交的手工修改：已先把它单独提交为 {saved.hand_commit}",
                      f"this edit needs the uncommitted hand edit in the file: committed that "
                      f"first on its own as {saved.hand_commit}"))
    if saved.commit:
        done = (env.t(f"已保存并提交 {saved.commit}：", f"saved and committed {saved.commit}: ")
                + render.printable(saved.message.splitlines()[0]))
        try:
            env.say(done)
        except OSError as exc:  # stdout full or gone: the change is made; say so where we can
            from tracker.problems import system_reason

            zh, en = system_reason(exc)
            raise Failure(env.t(f"{done}（这条确认无法写到标准输出：{zh}）",
                                f"{done} (this confirmation could not be written to standard "
                                f"output: {en})")) from None
        if saved.hand_edit_kept:
            env.say(env.t(f"{saved.path} 里未提交的手工修改没有一起提交，仍留在文件里",
                          f"the uncommitted hand edit in {saved.path} was left out of the commit "
                          "and stays in the file"))
    elif saved.unchanged:
        from tracker.workspace import UNCHANGED

        env.say(env.t(*UNCHANGED))
        if saved.hand_edit_kept:
            env.say(env.t(f"{saved.path} 里其余未提交的手工修改仍留在文件里",
                          f"the rest of the uncommitted hand edit in {saved.path} stays in the file"))
    elif saved.commit_error is not None:
        raise Failure(env.t("已保存文件，但 git 提交失败：", "file saved, but the git commit failed: ")
                      + saved.commit_error.message(env.lang))
    else:
        env.say(env.t("已保存（不是 git 仓库，未提交）", "saved (not a git repository; not committed)"))


@functools.cache
def _field_sep_re() -> re.Pattern[str]:
    return re.compile(r"\s*([^=＝:：\s]+)\s*([=＝:：])")


def split_assignment(item: str) -> tuple[str, str] | None:
    """KEY=VALUE (or ＝) as typed to `set` -> (the plan file's key, the value as typed);
    KEY：VALUE or KEY:VALUE too when KEY names a field or a unit's status (a clerk writes
    进度：70 as a form does, and `list` reads status:推进中). A Chinese field name is its English
    key (tracker.fieldnames). None when the item is no assignment."""
    from tracker import fieldnames

    m = _field_sep_re().match(item)
    if m is not None:
        key = fieldnames.set_key(m.group(1))
        if m.group(2) in "=＝" or key in EDITABLE or key.startswith("units."):
            return key, item[m.end():]
    sep = "=" if "=" in item else ("＝" if "＝" in item else None)
    if sep is None:
        return None
    key, raw = item.split(sep, 1)
    return fieldnames.set_key(key.strip()), raw


def well_formed(item: str) -> bool:
    """Whether `set` takes this KEY=VALUE without a usage error (which click shows with the
    command's usage line): the fast path declines a command line with any other."""
    split = split_assignment(item)
    if split is None:
        return False
    key = split[0]
    if key.startswith("units."):
        unit, _, name = key.removeprefix("units.").partition(".")
        return bool(unit.strip()) and name.strip() in ("", "status", "note")
    return key in EDITABLE




def _usage(message: str) -> NoReturn:
    """A usage error: exit 2, shown by click with the command's usage line. Only a command
    line click read gets here; the fast path takes only assignments that are `well_formed`."""
    import click

    raise click.UsageError(message)


def _confirm(question: str) -> bool:
    import click  # only at a terminal, for a unit not in units.yaml

    return click.confirm(question, default=False, err=True)


def set_command(env: Env, ref: str, assignments: tuple[str, ...], new_unit: bool) -> None:
    """`tracker set REF KEY=VALUE... [--new-unit]`."""
    from tracker import edits

    ws = env.workspace()
    plan, task = ws.find(ref)
    values: dict[str, object] = {}
    due: dict[str, str] = {}  # due and due_text are read together: each one changes the other
    unit_values: dict[tuple[str, str], str] = {}  # units.北山乡=done, units.北山乡.note=…
    splits: list[tuple[str, str]] = []
    for at, item in enumerate(assignments):  # every item read before any is parsed
        split = split_assignment(item)
        if split is None:
            colon = _field_sep_re().match(item)
            if colon is not None:  # 备注：已开会: a colon after a name that is no field
                _refuse_key(env, colon.group(1))
            meant = item
            before = assignments[at - 1] if at else ""
            if before and before[-1] in "=＝:：":
                # 状态： 推进中: a space after the separator, and the shell made two words of it
                meant = before + item
            elif before and ("=" in before or "＝" in before):
                # owners=城关镇 河西乡: a list typed with a space, which the shell split
                # (beside a comma it already has: owners=城关镇 、河西乡)
                joined = before[-1] in SEPARATORS or item[0] in SEPARATORS
                meant = f"{before}{item}" if joined else f"{before}、{item}"
            hint = (env.t(f"，是不是 {meant}？", f"; did you mean {meant}?")
                    if meant != item else "")
            _usage(env.t(f"“{item}”应写成 键=值{hint}", f"'{item}' must be KEY=VALUE{hint}"))
        splits.append(split)
    for key, raw in splits:  # split_assignment gives the key stripped, the value as typed
        if key.startswith("units."):
            unit, name, value = _unit_assignment(env, key, raw.strip(), new_unit)
            unit_values[(unit, name)] = value
        elif key in ("due", "due_text"):
            due[key] = raw.strip()
        else:
            # free text keeps its leading spaces (an indented list, a quoted passage)
            free = key in edits.FREE_TEXT_KEYS
            values.update(parse_assignment(env, plan, task, key, raw if free else raw.strip()))
    if due:
        values.update(edits.parse_due(due.get("due"), due.get("due_text"), task=task,
                                      year=plan.year or env.year, today=env.today))
    for key in ("lead", "owners", "support"):
        if key in values:
            _check_units(env, list(values[key] or ()), new_unit, key)  # type: ignore[call-overload]
    changes, field_edits = edits.field_edits(task, values)
    subjects = [edits.subject(changes)] if changes else []
    listed: dict[str, tuple[str, ...]] = {
        key: tuple(values[key] or ()) if key in values else getattr(task, key)  # type: ignore[arg-type]
        for key in ("lead", "owners", "support")}
    units = env.workspace().units
    named = units.expand(tuple(n for names in listed.values() for n in names))
    for (unit, name), value in unit_values.items():
        if name == "status" and units.is_group(unit):  # 各乡镇: its members each have one
            members = units.members(unit)
            raise Failure(env.t(
                f"{unit} 是单位组，按成员单位设置状态：units.{members[0]}=…"
                + (f" units.{members[1]}=…" if len(members) > 1 else "") + "，未保存",
                f"{unit} is a group: set each member's status (units.{members[0]}=…); "
                "nothing saved"))
        if unit not in named and name == "status":
            raise Failure(env.t(
                f"{unit} 不是这项任务的牵头、责任或配合单位（{'、'.join(named) or '尚未指定'}），"
                "它的状态不计入统计，未保存。先把它加进 owners（或 lead、support）",
                f"{unit} is not a lead, owner or support unit of this task "
                f"({', '.join(named) or 'none yet'}), so its status would count for nothing; "
                "nothing saved. Add it to owners (or lead, support) first"))
        edit, change = _unit_edit(env, task, unit, name, value)
        if edit is not None and change is not None:
            field_edits.append(edit)
            changes.append(change)
            subjects.append(f"{unit} {change.describe().split(' ', 1)[1]}"
                            if name == "status" else change.describe())
    if not field_edits:
        env.say(env.t("没有变化，未提交", "nothing changed; no commit"))
        return
    saved = ws.apply(plan, field_edits, "; ".join(subjects), changes, by=env.by, task_id=task.id)
    report_saved(env, saved)
    _warn_due(env, plan, values.get("due") if values.get("due") != task.due else None)
    _warn_done(env, task, values)


def _warn_done(env: Env, task: Task, values: dict[str, object]) -> None:
    """Marked done below 100 %: the TUI asks first; `set` runs in scripts too, so it says so."""
    progress = values.get("progress", task.progress)
    if (values.get("status") == "done" and task.status != "done"
            and isinstance(progress, int) and progress < 100):
        env.warn(env.t(f"注意：{task.id} 已标为已完成，进度为{progress}%；如已全部完成，再运行 "
                       f"tracker set {task.plan_id}/{task.id} progress=100",
                       f"note: {task.id} is marked done at {progress}%; if it is all done, run "
                       f"tracker set {task.plan_id}/{task.id} progress=100"))


def _unit_assignment(env: Env, key: str, raw: str, new_unit: bool) -> tuple[str, str, str]:
    """`units.北山乡=done` -> (北山乡, status, done); `units.北山乡.note=…` -> (北山乡, note, …).
    The unit is checked like lead/owners/support."""
    from tracker import edits

    unit, _, name = key.removeprefix("units.").partition(".")
    unit, name = unit.strip(), name.strip() or "status"  # units.　北山乡: the input method's space
    if not unit or name not in ("status", "note"):
        _usage(env.t(
            f"不能设置“{key}”：写作 units.单位=状态 或 units.单位.note=说明",
            f"cannot set '{key}': write units.UNIT=STATUS or units.UNIT.note=TEXT"))
    _check_units(env, [unit], new_unit)
    unit = env.workspace().units.canonical(unit)
    if name == "status":
        return unit, name, edits.status_key(raw, env.workspace().settings)
    return unit, name, edits.one_line("note", raw)


def _unit_edit(env: Env, task: Task, unit: str, name: str,
               value: str) -> tuple[Edit | None, Change | None]:
    """The edit and change for one unit's status or note (None, None when nothing changes)."""
    from tracker.standing import unit_status
    from tracker.store import pathedit, planfile
    from tracker.workspace import Change

    units = env.workspace().units
    entry = next((us for us in task.units if units.canonical(us.unit) == unit), None)
    if name == "status":
        old = unit_status(task, unit, units)
        if old == value:
            return None, None
        return planfile.set_unit_status(task.id, unit, value), Change(f"units.{unit}", old, value)
    if entry is None:
        raise Failure(env.t(f"{unit} 在这项任务上还没有自己的条目：先写 units.{unit}=状态",
                            f"{unit} has no entry on this task yet: set units.{unit}=STATUS first"))
    if entry.note == value:
        return None, None
    path = ("tasks", pathedit.ById(task.id), "units", entry.unit, "note")
    return pathedit.set_value(path, value), Change(f"units.{unit}.note", entry.note, value)


def _warn_due(env: Env, plan: Plan, due: object) -> None:
    from tracker import edits

    if isinstance(due, dt.date):
        for zh, en in edits.due_warnings(due, plan_year=plan.year, today=env.today):
            env.warn(env.t(zh, en))


def note_command(env: Env, ref: str, text: str | None, unit: str | None, new_unit: bool) -> None:
    from tracker import edits
    from tracker.history import git
    from tracker.store import planfile
    from tracker.workspace import Change

    ws = env.workspace()
    plan, task = ws.find(ref)
    if text is None or text == "-":  # a dash: standard input, as git commit -F - reads it
        text = _typed_text(env, task.title)
    if not text.strip():
        raise Failure(env.t("进展内容不能为空", "the update text is empty"))
    by = env.by or git.config_get(env.need_root(), "user.name")
    if unit:
        several = edits.split_names(unit)
        if len(several) > 1 and all(ws.units.known(n) for n in several):  # 北山乡、城关镇
            raise Failure(env.t(
                f"一条进展只写一个报送单位：{'、'.join(several)}各写一条（"
                + "，".join(f"--unit {n}" for n in several) + "），未保存",
                f"an update has one reporting unit: write one for each of {', '.join(several)} "
                "(" + ", ".join(f"--unit {n}" for n in several) + "); nothing saved"))
        unit = ws.units.canonical(unit)
        _check_units(env, [unit], new_unit)
    entry = edits.update_entry(text, env.today, by, unit)
    saved = ws.apply(plan, [planfile.append_update(task.id, entry)], edits.update_subject(text),
                     [Change("updates", None, entry["text"])], by=env.by, task_id=task.id)
    report_saved(env, saved)
    named = ws.units.expand(task.all_units())
    on_task = {ws.units.canonical(n) for n in task.all_units()}  # a group named there is on it
    if unit and saved.commit and unit not in named and unit not in on_task:  # saved, but said
        env.warn(env.t(f"注意：{unit} 不是这项任务的牵头、责任或配合单位（{'、'.join(named) or '尚未指定'}）；"
                       "单位写错了可用 tracker undo 撤销",
                       f"note: {unit} is not a lead, owner or support unit of this task "
                       f"({', '.join(named) or 'none yet'}); if the unit is wrong, tracker undo "
                       "takes the update back"))


def _typed_text(env: Env, title: str) -> str:
    """A report from standard input (a pipe, a file) or, on a terminal, from $EDITOR."""
    if not sys.stdin.isatty():  # a pipe or a file: bytes, whose BOM may say UTF-16
        from tracker import edits

        return edits.piped_text(sys.stdin.buffer.read(), sys.stdin.encoding)
    hint = env.t(f"# 在上面写“{title}”的进展，可以写多行。以 # 开头的行不会保存。",
                 f"# Write the progress of '{title}' above; several lines are fine. Lines "
                 "starting with # are not kept.")
    import os

    import click

    from tracker import edits

    # As bytes, read back as a pipe is: Notepad's Save As may write UTF-16 ("Unicode") or GBK
    # ("ANSI"), which click's own decoding met with a traceback. The file starts as click
    # writes it on Windows (a UTF-8 BOM and CRLF), so Notepad keeps UTF-8 unless told not to.
    first = "\n\n" + hint + "\n"
    written = click.edit(first.replace("\n", "\r\n").encode("utf-8-sig") if os.name == "nt"
                         else first.encode("utf-8"))
    if written is None:
        raise Failure(env.t("没有写入进展，未保存", "no update written; nothing saved"))
    import locale

    text = edits.piped_text(written, locale.getpreferredencoding(False))  # Notepad's "ANSI"
    return "\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))


def add_command(env: Env, plan_id: str, title: str, lead: tuple[str, ...],
                owner: tuple[str, ...], support: tuple[str, ...], due: str | None,
                phase: str | None, leader: str | None, start: str | None, detail: str | None,
                status: str | None, new_unit: bool) -> None:
    from tracker import edits
    from tracker.store import planfile
    from tracker.workspace import Change

    ws = env.workspace()
    plan = ws.plan(plan_id)
    if not title.strip():  # a full-width space is no title either; said as the TUI says it
        raise Failure(env.t("新任务需要标题", "a new task needs a title"))
    task_id = edits.next_task_id([t.id for t in plan.tasks])
    task: dict[str, object] = {"id": task_id, "title": edits.one_line("title", title.strip())}
    blank = Task(id=task_id, title="")
    if detail:
        task["detail"] = edits.free_text(detail)
    if start:
        task.update(parse_assignment(env, plan, blank, "start", start))
    if status:
        task["status"] = edits.status_key(status, ws.settings)
    for key, vals in (("lead", lead), ("owners", owner), ("support", support)):
        names = [n for v in vals for n in edits.split_names(v)]
        if names:
            _check_units(env, names, new_unit)
            task[key] = names
    if leader:
        task["leader"] = leader
    if phase:
        task["phase"] = _phase_id(env, plan, phase)
    if due:  # the same reading as `set due=…`: the wording is kept as due_text
        task.update(parse_assignment(env, plan, blank, "due", due))
    task = edits.new_task(task_id, task)  # keys in the usual order; status todo unless given
    saved = ws.apply(plan, [planfile.add_task(task)], f"add {task_id} {title.strip()}",
                     [Change("task", None, task_id)], by=env.by, task_id=task_id)
    report_saved(env, saved)
    _warn_due(env, plan, task.get("due"))


def register(group: click.Group) -> None:
    """The click commands, each calling its body above."""
    import click

    from tracker.cli.base import pass_env

    @group.command(name="set")
    @click.argument("ref")
    @click.argument("assignments", nargs=-1, required=True)
    @click.option("--new-unit", is_flag=True, help="Accept unit names not in units.yaml.")
    @pass_env
    def set_(env: Env, ref: str, assignments: tuple[str, ...], new_unit: bool) -> None:
        """Change fields of a task: `tracker set plan/T3 status=done progress=100 due=9月30日前`."""
        set_command(env, ref, assignments, new_unit)

    @group.command()
    @click.argument("ref")
    @click.argument("text", required=False)
    @click.option("--unit", help="The unit reporting (for group-owned tasks).")
    @click.option("--new-unit", is_flag=True, help="Accept a unit name not in units.yaml.")
    @pass_env
    def note(env: Env, ref: str, text: str | None, unit: str | None, new_unit: bool) -> None:
        """Add a progress report (进展情况) to a task, dated --today. Without TEXT (or with -) it
        is read from standard input, or written in $EDITOR on a terminal (as git commit does);
        several lines are kept as written."""
        note_command(env, ref, text, unit, new_unit)

    @group.command()
    @click.argument("plan_id", metavar="PLAN")
    @click.argument("title")
    @click.option("--lead", multiple=True, help="Lead unit (牵头单位); repeat or separate with 、")
    @click.option("--owner", multiple=True, help="Responsible unit (责任单位)")
    @click.option("--support", multiple=True, help="Cooperating unit (配合单位)")
    @click.option("--due", help="Deadline: 2026-05-31, 5月底前, 9月30日前, ...")
    @click.option("--phase", help="Phase id, e.g. P2")
    @click.option("--leader", help="Responsible leader (责任领导)")
    @click.option("--start", help="Start date: 2026-05-01, 5月1日, ...")
    @click.option("--detail", help="The full text of the task (several lines are fine)")
    @click.option("--status", help="Status (default todo): 推进中, doing, ...")
    @click.option("--new-unit", is_flag=True, help="Accept unit names not in units.yaml.")
    @pass_env
    def add(env: Env, plan_id: str, title: str, lead: tuple[str, ...], owner: tuple[str, ...],
            support: tuple[str, ...], due: str | None, phase: str | None, leader: str | None,
            start: str | None, detail: str | None, status: str | None, new_unit: bool) -> None:
        """Add a task to a plan."""
        add_command(env, plan_id, title, lead, owner, support, due, phase, leader, start, detail,
                    status, new_unit)
