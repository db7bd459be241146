"""Core commands: init, check, fmt, schema, list, show (the edit commands are in `editing`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tracker.cli.base import Env, Failure, cli, pass_env
from tracker.model import CLOSED_STATUSES, STATUS_KEYS, Plan, Task
from tracker.reports import render

if TYPE_CHECKING:
    from tracker.standing import AsOf


@cli.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--year", type=int, help="Default year for plans (default: this year).")
@pass_env
def init(env: Env, directory: Path | None, year: int | None) -> None:
    """Create a data repository: tracker.yaml, units.yaml, plans/ (and git init).

    The language of the new repository is --lang (default zh)."""
    from tracker import repository

    target = (directory or Path.cwd()).resolve()
    created = repository.init(target, language=env.lang, year=year or env.today.year)
    if created:
        env.say(env.t(f"已创建：{'、'.join(created)}（{target}）", f"created {', '.join(created)} in {target}"))
    else:
        env.say(env.t(f"{target} 已是 tracker 仓库，未改动", f"{target} is already a tracker repository"))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_env
def check(env: Env, fmt: str) -> None:
    """Check every plan: problems as path:line:col; exit 1 on any error."""
    env.lists_problems = True
    ws = env.workspace()
    problems = ws.problems()
    if fmt == "json":
        env.say(render.to_json([p.as_json(env.lang) for p in problems]))
    else:
        for p in problems:
            env.say(render.printable(p.render(env.lang)))
        errors = sum(p.is_error for p in problems)
        warnings = len(problems) - errors
        summary = env.t(f"{len(ws.files)} 个计划文件，{errors} 个错误，{warnings} 个警告",
                        f"{len(ws.files)} plan files, {errors} errors, {warnings} warnings")
        env.warn(summary)
    if any(p.is_error for p in problems):
        raise Failure("", 1) if fmt == "json" else Failure(env.t("检查未通过", "check failed"))


@cli.command()
@click.option("--check", "only_check", is_flag=True, help="Only report files not in canonical style.")
@click.argument("plans", nargs=-1)
@pass_env
def fmt(env: Env, only_check: bool, plans: tuple[str, ...]) -> None:
    """Bring plan files to the canonical style (comments and order kept)."""
    from tracker.store import ondisk, paths

    root = env.need_root()
    files, links = paths.plan_files(root)  # a linked plan is not ours to rewrite
    for problem in links:
        env.warn(render.printable(problem.render(env.lang)))
    if plans:
        wanted = {p.removesuffix(".yaml").rsplit("/", 1)[-1] for p in plans}
        files = [f for f in files if f.stem in wanted]
    changed = []
    for path in files:
        try:
            raw = path.read_bytes()
            text, bom = ondisk.read_text(raw)
            new = ondisk.canonical(text)
        except Exception:  # ruamel raises many kinds; a file it cannot read is check's business
            env.warn(env.t(f"{path.relative_to(root)}: 无法读取，跳过（运行 tracker check 查看）",
                           f"{path.relative_to(root)}: cannot be read, skipped (see tracker check)"))
            continue
        if new != text:
            changed.append(path.relative_to(root).as_posix())
            if not only_check:
                ondisk.atomic_write(path, (b"\xef\xbb\xbf" if bom else b"") + new.encode("utf-8"))
    for rel in changed:
        env.say(env.t(f"{'需要整理' if only_check else '已整理'}：{rel}",
                      f"{'would reformat' if only_check else 'reformatted'}: {rel}"))
    if only_check and changed:
        raise Failure(env.t(f"{len(changed)} 个文件格式不规范", f"{len(changed)} files not in canonical style"))


@cli.command()
@pass_env
def schema(env: Env) -> None:
    """Print the JSON Schema of the plan format (for editors)."""
    from tracker.store.schema import plan_schema

    env.say(render.to_json(plan_schema()))


def _headers(env: Env) -> list[str]:
    return ([env.t(*h) for h in (("任务", "task"), ("标题", "title"), ("牵头", "lead"),
                                  ("责任", "owners"), ("截止", "due"), ("剩余", "left"),
                                  ("状态", "status"), ("进度", "progress"))])


def _columns(env: Env, tasks: list[Task]) -> list[list[str]]:
    """The listing's cells, column by column (the order of `_headers`). Units, dates, days
    and progress repeat across thousands of tasks, so each distinct value is formatted once."""
    labels = {s: env.workspace().settings.label(s, env.lang) for s in STATUS_KEYS}
    today, lang = env.today, env.lang
    names = _Memo(render.names)
    dates = _Memo(render.date_text)
    days = _Memo(lambda left: render.days_text(left, lang))
    percent = _Memo(lambda p: f"{p}%" if p is not None else "")
    closed = CLOSED_STATUSES
    return [
        [f"{t.plan_id}/{t.id}" for t in tasks],
        [t.title for t in tasks],
        [names[t.lead] for t in tasks],
        [names[t.owners] for t in tasks],
        [dates[t.due] if t.due is not None else (t.due_text or "") for t in tasks],
        [days[None if t.due is None or t.status in closed else (t.due - today).days]
         for t in tasks],
        [labels.get(t.status, t.status) for t in tasks],
        [percent[t.progress] for t in tasks],
    ]


class _Memo(dict):  # type: ignore[type-arg]
    """value -> its text, computed on first use."""

    def __init__(self, make: Callable[[Any], str]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> str:
        text = self[key] = self.make(key)
        return text


def select(env: Env, query: str) -> list[Task]:
    from tracker import query as q

    ws = env.workspace()
    pred = q.parse(query, units=ws.units, settings=ws.settings, today=env.today,
                   parse_date=lambda s: env.typed_date(s))
    return pred.select(ws.plans)


@cli.command(name="list")
@click.argument("query", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@pass_env
def list_(env: Env, query: tuple[str, ...], fmt: str) -> None:
    """List tasks matching QUERY, e.g. `status:doing unit:城关镇 overdue due<2026-06-30 摸底`."""
    tasks = select(env, " ".join(query))
    ws = env.workspace()
    if fmt == "json":
        from tracker.standing import AsOf

        as_of = AsOf(env.today, ws.settings)
        plans = {p.id: p for p in ws.plans}
        env.say(render.to_json([_task_json(t, env, as_of, plans.get(t.plan_id)) for t in tasks]))
    elif fmt == "csv":
        click.echo(render.to_csv(_headers(env), list(zip(*_columns(env, tasks)))), nl=False)
    else:
        env.say_table(_headers(env), _columns(env, tasks))
    env.warn_skipped()


def _task_json(task: Task, env: Env, as_of: AsOf, plan: Plan | None) -> dict[str, object]:
    ws = env.workspace()
    st = as_of.standing(task, plan)
    return {
        "ref": task.ref, "plan": task.plan_id, "id": task.id, "title": task.title,
        "lead": list(task.lead), "owners": list(task.owners), "support": list(task.support),
        "leader": task.leader, "phase": task.phase, "start": task.start, "due": task.due,
        "due_text": task.due_text, "status": task.status,
        "status_label": ws.settings.label(task.status, env.lang), "progress": task.progress,
        "overdue": st.overdue, "colour": st.colour.value,
        "updates": [{"date": u.date, "by": u.by, "unit": u.unit, "text": u.text} for u in task.updates],
    }


@cli.command()
@click.argument("ref")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_env
def show(env: Env, ref: str, fmt: str) -> None:
    """Show one task (REF is plan/T3, or T3 when unique)."""
    ws = env.workspace()
    plan, task = ws.find(ref)
    from tracker.standing import AsOf

    as_of = AsOf(env.today, ws.settings)
    if fmt == "json":
        env.say(render.to_json(_task_json(task, env, as_of, plan)))
        return

    t = env.t
    p = render.printable
    lines = [f"{task.ref}  {p(task.title)}", f"{t('计划', 'plan')}: {p(plan.title)}"]
    fields = [
        (t("状态", "status"), ws.settings.label(task.status, env.lang)),
        (t("进度", "progress"), f"{task.progress}%" if task.progress is not None else None),
        (t("牵头单位", "lead"), render.names(task.lead)),
        (t("责任单位", "owners"), render.names(task.owners)),
        (t("配合单位", "support"), render.names(task.support)),
        (t("责任领导", "leader"), task.leader),
        (t("阶段", "phase"), task.phase),
        (t("开始", "start"), render.date_text(task.start)),
        (t("截止", "due"), " ".join(x for x in (render.date_text(task.due), task.due_text and f"({task.due_text})",
                                                render.days_text(None if task.is_closed else as_of.standing(task, plan).days_left, env.lang)) if x)),
        (t("验收", "verified by"), task.verified_by),
        (t("依赖", "depends on"), render.names(task.depends_on)),
        (t("所在章节", "section"), task.section),
    ]
    lines += [f"{k}: {p(v)}" for k, v in fields if v]
    for us in task.units:
        lines.append(f"  {p(us.unit)}: {ws.settings.label(us.status or task.status, env.lang)}"
                     + (f" — {p(us.note)}" if us.note else ""))
    if task.detail:
        lines += ["", p(task.detail, keep_newlines=True).rstrip()]
    if task.updates:
        lines += ["", t("进展情况：", "updates:")]
        for u in task.updates:
            who = " ".join(x for x in (u.by, u.unit and f"[{u.unit}]") if x)
            lines.append(f"  {render.date_text(u.date)} {p(who)}: {p(u.text)}")
    if task.review:
        lines += ["", t("待核对：", "to review:")] + [f"  - {p(r)}" for r in task.review]
    env.say("\n".join(lines))


# ---------------------------------------------------------------- edits
