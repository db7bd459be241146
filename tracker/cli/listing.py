"""The task listing (`tracker list`) and a task as JSON (`list --format json`, `show`):
plain functions of an Env, called by click's command (tracker.cli.core) and by the fast path
(tracker.cli.fastpath) alike. Nothing here imports click."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tracker.cli.env import Env
from tracker.cli.output import echo
from tracker.model import CLOSED_STATUSES, STATUS_KEYS, Plan, Task
from tracker.reports import render

if TYPE_CHECKING:
    from tracker.standing import AsOf


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
    if query:
        q.refuse_unknown_names(query, ws.plans, ws.units, [
            (f.path, why.render("zh"), why.render("en")) for f, why in ws.skipped() if why is not None])
    return pred.select(q.current(ws.plans, query))


def task_json(task: Task, env: Env, as_of: AsOf, plan: Plan | None) -> dict[str, object]:
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


def list_command(env: Env, query: tuple[str, ...], fmt: str) -> None:
    """`tracker list QUERY... [--format table|json|csv]`."""
    tasks = select(env, " ".join(query))
    ws = env.workspace()
    if fmt == "json":
        from tracker.standing import AsOf

        as_of = AsOf(env.today, ws.settings)
        plans = {p.id: p for p in ws.plans}
        env.say(render.to_json([task_json(t, env, as_of, plans.get(t.plan_id)) for t in tasks]))
    elif fmt == "csv":
        echo(render.to_csv(_headers(env), list(zip(*_columns(env, tasks)))), nl=False)
    else:
        env.say_table(_headers(env), _columns(env, tasks))
        if not tasks and query:
            _say_nothing_matched(env, query)
    env.warn_skipped()


def _say_nothing_matched(env: Env, query: tuple[str, ...]) -> None:
    """An empty table after a filter: say so, and when a free word is a unit's name (a clerk
    looking for 城关镇's tasks types just 城关镇, which searches titles) say how to ask."""
    units = env.workspace().units
    named = [w for w in " ".join(query).split() if ":" not in w and "：" not in w
             and units.known(w)]
    env.warn(env.t(f"没有符合“{' '.join(query)}”的任务", f"no task matches '{' '.join(query)}'"))
    if named:
        env.warn(env.t(f"要列出某单位的任务，请写 unit:{named[0]}（不带 unit: 的词只查标题和内容）",
                       f"to list a unit's tasks, write unit:{named[0]} (a bare word searches "
                       "titles and text)"))
