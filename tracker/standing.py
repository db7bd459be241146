"""Reports as data: task state as of a date, the board and the accountability table.

Pure functions of plans, units, settings and `today`; no formatting here (see `render`) and no
counting in views. Time is always a parameter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from tracker.model import STATUS_KEYS, Plan, Settings, Task
from tracker.model import is_overdue as is_overdue
from tracker.units import Units


class Colour(StrEnum):
    RED = "red"  # overdue (滞后)
    YELLOW = "yellow"  # behind time-proportional progress (序时进度), or recovered from red
    BLUE = "blue"  # due within the reminder window
    GREEN = "green"  # on track or finished


def days_left(task: Task, today: dt.date) -> int | None:
    """Calendar days until due (negative when late); None without a due date."""
    return (task.due - today).days if task.due is not None else None


def due_soon_limit(today: dt.date, remind_days: int) -> dt.date:
    """The first date that is no longer "due soon": a task due in [today, limit) is. Computing
    it once saves counting working days per task on large reports."""
    from tracker.workdays import add_working_days

    return add_working_days(today, remind_days + 1)


def is_due_soon(task: Task, today: dt.date, remind_days: int,
                limit: dt.date | None = None) -> bool:
    """Due today or within `remind_days` working days, and still open."""
    if task.due is None or task.is_closed or task.due < today:
        return False
    if limit is not None:
        return task.due < limit
    from tracker.workdays import working_days_between

    return working_days_between(today, task.due) <= remind_days


def expected_progress(task: Task, today: dt.date, plan_start: dt.date | None = None) -> float | None:
    """序时进度: the share of the start→due span already elapsed, in percent."""
    start = task.start or plan_start
    if task.due is None or start is None or task.due <= start:
        return None
    elapsed = (min(today, task.due) - start).days
    return max(0.0, min(100.0, 100.0 * elapsed / (task.due - start).days))


def is_behind(task: Task, today: dt.date, tolerance: int, plan_start: dt.date | None = None) -> bool:
    if task.is_closed:
        return False
    expected = expected_progress(task, today, plan_start)
    if expected is None:
        return False
    return (task.progress or 0) + tolerance < expected


def colour(task: Task, today: dt.date, settings: Settings, *, was_red: bool = False,
           plan_start: dt.date | None = None, soon_limit: dt.date | None = None) -> Colour:
    """The three-colour status (plus blue for due soon) as of `today`.

    `was_red`: the task was overdue earlier in the reporting period; a red that recovers
    turns yellow for that period, never straight to green.
    """
    if task.status == "dropped":
        return Colour.GREEN
    if is_overdue(task, today):
        return Colour.RED
    if was_red or is_behind(task, today, settings.lag_tolerance, plan_start):
        return Colour.YELLOW
    if is_due_soon(task, today, settings.remind_days, soon_limit):
        return Colour.BLUE
    return Colour.GREEN


def plan_start(plan: Plan) -> dt.date | None:
    """When the plan's work began: its earliest phase start, else None."""
    starts = [p.start for p in plan.phases if p.start] + [t.start for t in plan.tasks if t.start]
    return min(starts) if starts else None


# ---------------------------------------------------------------- board


@dataclass(frozen=True, slots=True)
class Card:
    task: Task
    plan_title: str
    days_left: int | None
    overdue: bool
    due_soon: bool
    colour: Colour


@dataclass(frozen=True, slots=True)
class Column:
    status: str
    label: str
    cards: tuple[Card, ...]


def card(task: Task, plan: Plan, today: dt.date, settings: Settings) -> Card:
    return Card(task, plan.title, days_left(task, today), is_overdue(task, today),
                is_due_soon(task, today, settings.remind_days),
                colour(task, today, settings, plan_start=plan_start(plan)))


def board(plans: Sequence[Plan], today: dt.date, settings: Settings, lang: str | None = None,
          keep: Iterable[Task] | None = None) -> list[Column]:
    """Columns by status, in status order; cards sorted by due date (no date last)."""
    wanted = None if keep is None else {id(t) for t in keep}
    by_status: dict[str, list[Card]] = {s: [] for s in STATUS_KEYS}
    for plan in plans:
        for task in plan.tasks:
            if wanted is not None and id(task) not in wanted:
                continue
            by_status.setdefault(task.status, []).append(card(task, plan, today, settings))
    columns = []
    for status, cards in by_status.items():
        cards.sort(key=lambda c: (c.task.due or dt.date.max, c.task.plan_id, c.task.id))
        columns.append(Column(status, settings.label(status, lang), tuple(cards)))
    return columns


# ---------------------------------------------------------------- accountability


@dataclass(frozen=True, slots=True)
class UnitRow:
    unit: str
    leads: int
    owns: int
    supports: int
    done: int
    doing: int
    overdue: int
    due_soon: int
    last_update: dt.date | None
    tasks: tuple[Task, ...]


def unit_roles(task: Task, units: Units) -> dict[str, set[str]]:
    """unit -> roles ('lead', 'owner', 'support') on this task, groups expanded to members."""
    roles: dict[str, set[str]] = {}
    for role, names in (("lead", task.lead), ("owner", task.owners), ("support", task.support),
                        ("owner", tuple(u.unit for u in task.units))):
        for member in units.expand(names):
            roles.setdefault(member, set()).add(role)
    return roles


def unit_status(task: Task, unit: str, units: Units) -> str:
    """A unit's own status on a group-owned task (the `units:` map), else the task's."""
    for us in task.units:
        if units.canonical(us.unit) == unit and us.status:
            return us.status
    return task.status


@dataclass(slots=True)
class _Tally:
    leads: int = 0
    owns: int = 0
    supports: int = 0
    done: int = 0
    doing: int = 0
    overdue: int = 0
    due_soon: int = 0
    last: dt.date | None = None
    tasks: list[Task] | None = None


def accountability(plans: Sequence[Plan], units: Units, today: dt.date, settings: Settings,
                   keep: Iterable[Task] | None = None) -> list[UnitRow]:
    """One row per unit (groups expanded to members): what it leads, owns, supports, has
    finished, and has let slip; most overdue first."""
    wanted = None if keep is None else {id(t) for t in keep}
    acc: dict[str, _Tally] = {}
    for plan in plans:
        for task in plan.tasks:
            if wanted is not None and id(task) not in wanted:
                continue
            for unit, roles in unit_roles(task, units).items():
                row = acc.setdefault(unit, _Tally(tasks=[]))
                row.leads += "lead" in roles
                row.owns += "owner" in roles
                row.supports += "support" in roles
                status = unit_status(task, unit, units)
                closed = status in ("done", "verified", "dropped")
                row.done += status in ("done", "verified")
                row.doing += status == "doing"
                row.overdue += task.due is not None and task.due < today and not closed
                row.due_soon += not closed and is_due_soon(task, today, settings.remind_days)
                last = last_update_by(task, unit, units)
                if last and (row.last is None or last > row.last):
                    row.last = last
                assert row.tasks is not None
                row.tasks.append(task)
    rows = [UnitRow(unit, r.leads, r.owns, r.supports, r.done, r.doing, r.overdue, r.due_soon,
                    r.last, tuple(r.tasks or ())) for unit, r in acc.items()]
    rows.sort(key=lambda r: (-r.overdue, r.unit))
    return rows


def last_update_by(task: Task, unit: str, units: Units) -> dt.date | None:
    """The latest progress report that this unit made (or that names it) on the task."""
    dates = [u.date for u in task.updates if u.date and u.unit and units.canonical(u.unit) == unit]
    for us in task.units:
        if units.canonical(us.unit) == unit:
            dates.extend(u.date for u in us.updates if u.date)
    if not dates:
        # an update without a unit speaks for the task's lead and owners
        roles = unit_roles(task, units).get(unit, set())
        if roles & {"lead", "owner"}:
            dates = [u.date for u in task.updates if u.date and not u.unit]
    return max(dates) if dates else None
