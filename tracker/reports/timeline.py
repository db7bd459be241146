"""The timeline report as data: rows per task grouped by plan and phase, on a date scale.

Pure: plans, settings and `today` in, a `Timeline` out. A scale maps dates to columns at one
of three zooms (a column is a day at week zoom, a few days at month zoom, ten days at quarter
zoom); rows carry the columns of their bar or point, so a view only draws them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from tracker.model import Phase, Plan, Settings, Task
from tracker.standing import AsOf, is_overdue

ZOOMS = ("week", "month", "quarter")
DAYS_PER_COLUMN = {"week": 1, "month": 3, "quarter": 10}


class State(StrEnum):
    OPEN = "open"
    SOON = "soon"  # due within the reminder window
    OVERDUE = "overdue"
    BLOCKED = "blocked"
    DONE = "done"  # done or verified
    DROPPED = "dropped"


class Kind(StrEnum):
    PLAN = "plan"
    PHASE = "phase"
    TASK = "task"


@dataclass(frozen=True, slots=True)
class Tick:
    col: int
    label: str


@dataclass(frozen=True, slots=True)
class Scale:
    zoom: str
    start: dt.date  # the first day of column 0
    end: dt.date  # the last day shown
    per_col: int  # days per column

    def col(self, day: dt.date) -> int:
        return (day - self.start).days // self.per_col

    @property
    def width(self) -> int:
        return self.col(self.end) + 1

    def ticks(self) -> tuple[Tick, ...]:
        """Where each week (Monday), month or quarter begins, with a short label."""
        out: list[Tick] = []
        day = self.start
        while day <= self.end:
            out.append(Tick(self.col(day), _label(self.zoom, day, first=not out)))
            day = _next_boundary(self.zoom, day)
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Row:
    kind: Kind
    label: str
    plan_id: str
    task: Task | None = None
    phase: Phase | None = None
    bar: tuple[int, int] | None = None  # first and last column, inclusive
    point: int | None = None  # a milestone or a task with only one date
    state: State | None = None


@dataclass(frozen=True, slots=True)
class Timeline:
    scale: Scale
    rows: tuple[Row, ...]
    today_col: int


def _label(zoom: str, day: dt.date, first: bool = False) -> str:
    if zoom == "week":
        return f"{day.year}-{day.month:02d}-{day.day:02d}" if first else f"{day.month}/{day.day}"
    if zoom == "month":
        return f"{day.year}-{day.month:02d}" if first or day.month == 1 else f"{day.month:02d}"
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def _next_boundary(zoom: str, day: dt.date) -> dt.date:
    if zoom == "week":
        return day + dt.timedelta(days=7)
    step = 1 if zoom == "month" else 3
    month = day.month - 1 + step
    return dt.date(day.year + month // 12, month % 12 + 1, 1)


def _align(zoom: str, day: dt.date) -> dt.date:
    if zoom == "week":
        return day - dt.timedelta(days=day.weekday())
    if zoom == "month":
        return day.replace(day=1)
    return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def state(task: Task, as_of: AsOf) -> State:
    if task.status in ("done", "verified"):
        return State.DONE
    if task.status == "dropped":
        return State.DROPPED
    if is_overdue(task, as_of.today):
        return State.OVERDUE
    if as_of.due_soon(task):
        return State.SOON
    if task.status == "blocked":
        return State.BLOCKED
    return State.OPEN


def make_scale(dates: Iterable[dt.date], today: dt.date, zoom: str) -> Scale:
    """A scale covering every date and today, from the start of its first week/month/quarter
    to the end of its last, plus one unit of margin on the right."""
    if zoom not in ZOOMS:
        raise ValueError(f"zoom must be one of {ZOOMS}")
    days = [today, *dates]
    start = _align(zoom, min(days))
    end = _next_boundary(zoom, _next_boundary(zoom, _align(zoom, max(days)))) - dt.timedelta(days=1)
    return Scale(zoom, start, end, DAYS_PER_COLUMN[zoom])


def _task_span(task: Task, phase: Phase | None) -> tuple[dt.date | None, dt.date | None]:
    start = task.start or (phase.start if phase else None)
    if start is not None and task.due is not None and start > task.due:
        start = None
    return start, task.due


def timeline(plans: Sequence[Plan], today: dt.date, settings: Settings, zoom: str = "month",
             keep: Iterable[Task] | None = None) -> Timeline:
    """One row per plan, per phase and per task (tasks under their phase, phase order, then
    tasks without a phase), with bars from start to due, points for milestones."""
    wanted = None if keep is None else {id(t) for t in keep}
    chosen: list[tuple[Plan, list[Task]]] = []
    dates: list[dt.date] = []
    for plan in plans:
        tasks = [t for t in plan.tasks if wanted is None or id(t) in wanted]
        if wanted is not None and not tasks:
            continue
        chosen.append((plan, tasks))
        for t in tasks:
            dates.extend(d for d in (t.start, t.due) if d)
        for p in plan.phases:
            dates.extend(d for d in (p.start, p.end) if d)
    scale = make_scale(dates, today, zoom)
    as_of = AsOf(today, settings)
    rows: list[Row] = []
    for plan, tasks in chosen:
        rows.append(Row(Kind.PLAN, plan.title, plan.id))
        phase_ids = {p.id for p in plan.phases}
        for phase in plan.phases:
            members = [t for t in tasks if t.phase == phase.id]
            if wanted is not None and not members:
                continue
            rows.append(_phase_row(plan, phase, scale))
            rows.extend(_task_row(plan, t, phase, scale, as_of) for t in members)
        rows.extend(_task_row(plan, t, None, scale, as_of)
                    for t in tasks if t.phase not in phase_ids)
    return Timeline(scale, tuple(rows), scale.col(today))


def _phase_row(plan: Plan, phase: Phase, scale: Scale) -> Row:
    if phase.start and phase.end and phase.start <= phase.end:
        return Row(Kind.PHASE, phase.title, plan.id, phase=phase,
                   bar=(scale.col(phase.start), scale.col(phase.end)))
    day = phase.end or phase.start
    return Row(Kind.PHASE, phase.title, plan.id, phase=phase,
               point=scale.col(day) if day else None)


def _task_row(plan: Plan, task: Task, phase: Phase | None, scale: Scale, as_of: AsOf) -> Row:
    start, due = _task_span(task, phase)
    bar = point = None
    if start and due:
        bar = (scale.col(start), scale.col(due))
    elif due or start:
        point = scale.col(due or start)  # type: ignore[arg-type]
    return Row(Kind.TASK, f"{task.id} {task.title}", plan.id, task=task, bar=bar, point=point,
               state=state(task, as_of))
