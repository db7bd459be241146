"""A task's standing as of a date: the one evaluation that the board, the timeline, the
accountability table, the summary, the 台账 export, the CLI and the TUI all read.

Colour (the three colours plus blue for due soon), days left or late, the expected 序时 progress,
and each unit's own state on a group-owned task. Pure functions of task, plan, units, settings
and `today`; `AsOf` computes what is shared by every task (the due-soon limit, each plan's
start) once, so reports stay linear in tasks. Time is always a parameter.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from tracker.model import CLOSED_STATUSES, Plan, Settings, Task
from tracker.model import is_overdue as is_overdue
from tracker.structs import Struct
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


def plan_start(plan: Plan) -> dt.date | None:
    """When the plan's work began: its earliest phase start, else None."""
    starts = [p.start for p in plan.phases if p.start] + [t.start for t in plan.tasks if t.start]
    return min(starts) if starts else None


class Standing(Struct, frozen=True):
    """Where one task stands as of a date."""

    colour: Colour
    overdue: bool  # past due and still open
    due_soon: bool  # open, due within the reminder window
    days_left: int | None  # calendar days until due (negative when late); None without a due
    expected: float | None  # 序时进度 when the task is behind it, else None


class AsOf:
    """The evaluation of tasks as of `today` under `settings`: what every task shares is
    computed once (the due-soon limit; each plan's start, remembered per plan)."""

    __slots__ = ("_starts", "settings", "soon", "today")

    def __init__(self, today: dt.date, settings: Settings) -> None:
        self.today, self.settings = today, settings
        self.soon = due_soon_limit(today, settings.remind_days)
        self._starts: dict[int, tuple[Plan, dt.date | None]] = {}

    def start(self, plan: Plan) -> dt.date | None:
        """The plan's start (see `plan_start`), once per plan object."""
        hit = self._starts.get(id(plan))
        if hit is None:  # the plan is kept beside its start, so its id cannot be reused
            hit = self._starts[id(plan)] = (plan, plan_start(plan))
        return hit[1]

    def due_soon(self, task: Task) -> bool:
        return is_due_soon(task, self.today, self.settings.remind_days, self.soon)

    def colour(self, task: Task, plan: Plan | None, *, was_red: bool = False) -> Colour:
        return self.judged(task, self.start(plan) if plan is not None else None, was_red)[0]

    def standing(self, task: Task, plan: Plan | None, *, was_red: bool = False) -> Standing:
        today = self.today
        col, expected = self.judged(task, self.start(plan) if plan is not None else None, was_red)
        return Standing(col, is_overdue(task, today), self.due_soon(task),
                        days_left(task, today), expected)

    def judged(self, task: Task, start: dt.date | None,
               was_red: bool = False) -> tuple[Colour, float | None]:
        """The three-colour status (plus blue for due soon) and, when the task is behind its
        序时进度, that expected progress; given the plan's start. The one statement of the
        colour rules: `colour` and `standing` read it, and the summary calls it directly for
        each of 50,000 tasks.

        Red: overdue. Yellow: behind its expected progress by more than the tolerance, or
        `was_red` — overdue earlier in the reporting period (a red that recovers turns yellow
        for that period, never straight to green). Blue: open and due within the reminder
        window. Green otherwise, and always for a dropped task."""
        status = task.status
        if status == "dropped":
            return Colour.GREEN, None
        due, today = task.due, self.today
        closed = status in CLOSED_STATUSES
        if due is not None and due < today and not closed:
            return Colour.RED, None
        expected = None if closed else expected_progress(task, today, start)
        if expected is not None and (task.progress or 0) + self.settings.lag_tolerance >= expected:
            expected = None  # not behind its 序时进度
        if was_red or expected is not None:
            return Colour.YELLOW, expected  # behind, or recovered from red in the period
        if due is not None and not closed and due < self.soon:
            return Colour.BLUE, None
        return Colour.GREEN, None


# ---------------------------------------------------------------- per-unit states


def unit_roles(task: Task, units: Units) -> dict[str, set[str]]:
    """unit -> roles ('lead', 'owner', 'support') on this task, groups expanded to members.
    A `units:` entry of a unit no longer named on the task does not make it one (check warns)."""
    roles: dict[str, set[str]] = {}
    for role, names in (("lead", task.lead), ("owner", task.owners), ("support", task.support)):
        for member in units.expand(names):
            roles.setdefault(member, set()).add(role)
    return roles


def unit_status(task: Task, unit: str, units: Units) -> str:
    """A unit's own status on a group-owned task (the `units:` map), else the task's."""
    for us in task.units:
        if units.canonical(us.unit) == unit and us.status:
            return us.status
    return task.status


def last_update_by(task: Task, unit: str, units: Units, today: dt.date) -> dt.date | None:
    """The latest progress report that this unit made on the task, as of `today` (a report
    dated later is not yet made on the day a report is written for), attributed as the
    summary's 未报送进展的单位 attributes it: its `unit:`, else the reporter's unit in
    units.yaml, else the task's own (non-group) lead and owners. So the office's note (its
    clerk is in units.yaml) is no town's report, here as there."""
    dates = []
    for u in task.updates:
        if not u.date or u.date > today:
            continue
        if u.unit:
            if units.canonical(u.unit) == unit:
                dates.append(u.date)
            continue
        person = units.unit_of_person(u.by) if u.by else None
        if person:
            if units.canonical(person) == unit:
                dates.append(u.date)
        elif any(units.canonical(n) == unit for n in task.owners + task.lead
                 if not units.is_group(n)):
            dates.append(u.date)
    for us in task.units:
        if units.canonical(us.unit) == unit:
            dates.extend(u.date for u in us.updates if u.date and u.date <= today)
    return max(dates) if dates else None
