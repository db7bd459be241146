"""The summary's shapes: reporting periods, what comes in (changes from history, notes on
broken files) and the report itself as values. `build` fills them; `render` writes
them out."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from tracker.model import Settings
from tracker.standing import AsOf, Colour
from tracker.structs import Struct, field
from tracker.units import Units

PERIODS = ("week", "month", "quarter")
FINISHED = ("done", "verified")
OPEN_END = ("done", "verified", "dropped")


# ---------------------------------------------------------------- inputs


class Period(Struct, frozen=True):
    """A reporting period; `start` may be moved earlier or later by --since."""

    kind: str  # week | month | quarter
    start: dt.date
    end: dt.date
    since: bool = False  # start was given by --since


def period_of(kind: str, day: dt.date) -> Period:
    """week = Monday..Sunday containing `day`; month and quarter are calendar ones."""
    if kind == "week":
        start = day - dt.timedelta(days=day.weekday())
        return Period(kind, start, start + dt.timedelta(days=6))
    if kind == "quarter":
        first = 3 * ((day.month - 1) // 3) + 1
        start = dt.date(day.year, first, 1)
        return Period(kind, start, _month_end(day.year, first + 2))
    if kind != "month":
        raise ValueError(f"unknown period {kind!r}")
    return Period(kind, dt.date(day.year, day.month, 1), _month_end(day.year, day.month))


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def next_period(period: Period) -> Period:
    return period_of(period.kind, period.end + dt.timedelta(days=1))


class PeriodChange(Struct, frozen=True):
    """One field of one task changed at a date (from git history): the summary's only view of
    history, so it does not depend on how the history layer is built."""

    ref: str  # plan/T3
    field: str  # status | due | lead | owners | support | progress | ...
    old: object
    new: object
    date: dt.date
    author: str | None = None


class FileNote(Struct, frozen=True):
    """A plan file with errors: unreadable (left out) or read with check errors."""

    path: str
    errors: int
    read: bool
    copy_of: str | None = None  # left out as a copy of this plan file (same plan id)


# ---------------------------------------------------------------- outputs


class UnitReport(NamedTuple):
    """One unit's latest progress report of the period on a task (`unit`: the reporter when
    the report names no unit)."""

    unit: str
    date: dt.date
    text: str


class Item(NamedTuple):
    """One task as the summary shows it (in a unit's report: as that unit sees it).

    A NamedTuple rather than a frozen dataclass: just as immutable, and ten times cheaper to
    build, which matters at 10,000 tasks."""

    ref: str
    plan_id: str
    plan_title: str
    title: str
    status: str
    progress: int | None
    due: dt.date | None
    due_text: str | None
    colour: Colour
    lead: tuple[str, ...]
    owners: tuple[str, ...]
    support: tuple[str, ...]
    leader: str | None
    days_late: int | None = None  # calendar days past due, while overdue
    days_left: int | None = None
    expected: float | None = None  # 序时进度 when the task is behind it
    recovered: bool = False  # overdue earlier in the period, since caught up
    completed: dt.date | None = None
    completed_late: int | None = None  # days after due it was finished
    open_units: tuple[str, ...] = ()  # members of an owning group not finished yet
    last_date: dt.date | None = None
    last_text: str | None = None
    role: str | None = None  # lead | owner | support, in a unit's report
    # each unit's latest report of the period, when more than one unit reported in it (else
    # last_date and last_text say it all)
    unit_reports: tuple[UnitReport, ...] = ()


class Group(Struct, frozen=True):
    """Items under one heading: a plan (key = plan id) or, in a unit's report, a role.

    A group read back from the share cache carries its items already written out, as
    numbered lines in the report's language and format (`lines`), and no `items`."""

    key: str
    title: str
    items: tuple[Item, ...]
    lines: tuple[str, ...] | None = None

    @property
    def size(self) -> int:
        return len(self.items) if self.lines is None else len(self.lines)


class Headline(Struct, frozen=True):
    total: int  # without dropped tasks
    done: int
    doing: int  # open, started (doing/blocked or some progress), not overdue
    todo: int  # open, not started, not overdue
    overdue: int
    due_soon: int
    dropped: int
    on_time: int
    on_time_base: int  # finished tasks with a due date, plus overdue ones
    colours: tuple[tuple[Colour, int], ...]

    @property
    def completion_rate(self) -> float | None:
        return 100.0 * self.done / self.total if self.total else None

    @property
    def on_time_rate(self) -> float | None:
        return 100.0 * self.on_time / self.on_time_base if self.on_time_base else None


class GoalLine(Struct, frozen=True):
    plan_title: str
    id: str
    text: str
    target: float | None
    current: float | None
    unit: str | None

    @property
    def percent(self) -> float | None:
        if self.target in (None, 0) or self.current is None:
            return None
        return 100.0 * self.current / self.target  # type: ignore[operator]


class ChangeLine(Struct, frozen=True):
    ref: str
    title: str
    field: str
    old: object
    new: object
    date: dt.date
    author: str | None


class Changes(Struct, frozen=True):
    completed: tuple[ChangeLine, ...]
    due_moved: tuple[ChangeLine, ...]
    owners_changed: tuple[ChangeLine, ...]
    from_history: bool  # False: only what the plan files themselves show


class UnitRank(Struct, frozen=True):
    rank: int
    unit: str
    tasks: int
    done: int
    overdue: int
    on_time: int
    on_time_base: int

    @property
    def completion_rate(self) -> float | None:
        return 100.0 * self.done / self.tasks if self.tasks else None

    @property
    def on_time_rate(self) -> float | None:
        return 100.0 * self.on_time / self.on_time_base if self.on_time_base else None


class Silent(Struct, frozen=True):
    """A unit responsible for open tasks on which it reported nothing in the period."""

    unit: str
    open_tasks: int  # open tasks it owes a report on
    last_update: dt.date | None  # its latest report on any task
    refs: tuple[str, ...] = ()  # the tasks without a report, in plan order


class Summary(Struct, frozen=True):
    today: dt.date
    period: Period
    next: Period
    plans: tuple[tuple[str, str], ...]  # (id, title) of the plans covered
    unit: str | None
    unit_groups: tuple[str, ...]
    leader: str | None
    headline: Headline
    goals: tuple[GoalLine, ...]
    changes: Changes
    ranking: tuple[UnitRank, ...]
    silent: tuple[Silent, ...]
    done: tuple[Group, ...]  # finished within the period
    doing: tuple[Group, ...]  # open, not overdue, and needing attention (yellow or blue)
    on_track: int  # open, not overdue tasks left out of `doing` because they are green
    late: tuple[Group, ...]
    upcoming: tuple[Group, ...]
    files: tuple[FileNote, ...]


SECTIONS = ("done", "doing", "late", "upcoming")


class Share(Struct, frozen=True):
    """One plan's part of a summary: what its tasks add to the figures, its lines in each
    section, and what its units owe. `build.merge` adds the shares of the plans up, so one
    plan's share can be kept between runs while its file, the day, the settings and the
    period's history of it stay the same (`sharecache`)."""

    plan_id: str
    plan_title: str
    counts: tuple[int, ...]  # see COUNTS
    colours: tuple[int, ...]  # tasks of each Colour, in Colour's order (dropped ones left out)
    done: tuple[Item, ...]  # finished within the period
    doing: tuple[Item, ...]  # open, not overdue, not green
    late: tuple[Item, ...]  # most days late first
    upcoming: tuple[Item, ...]  # due in the next period, soonest first
    tallies: dict[str, tuple[int, int, int, int, int]]  # for the ranking (ranking.tallies)
    owing: dict[str, list[str]]  # unit -> refs it owes a report on (ranking.owed)
    last_seen: dict[str, dt.date]  # unit -> its latest report on these tasks
    titles: dict[str, str]  # ref -> title, for the refs the period's changes name
    finished: tuple[ChangeLine, ...]  # finished in the period by the plan file's own account
    # written out (done, doing, late, upcoming), the items then left out; with the sort key of
    # each section's first line (most days late; the soonest due)
    lines: tuple[tuple[str, ...], ...] | None = None
    most_late: int = 0
    soonest: dt.date | None = None


# Share.counts, in order
COUNTS = ("total", "finished", "pending", "started", "due_soon", "dated_done", "on_time",
          "on_track", "dropped", "overdue")


class ItemContext(Struct, frozen=True):
    today: dt.date
    period: Period
    settings: Settings
    units: Units
    as_of: AsOf  # the one evaluation of each task's standing
    finished_on: dict[str, dt.date]  # ref -> when history saw it finished
    red_by_history: frozenset[str]  # refs whose due was moved while overdue, in the period
    changes: tuple[PeriodChange, ...] = ()  # the period's changes
    changed: frozenset[str] = frozenset()  # the refs they name
    memo: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    people: dict[str, str | None] = field(default_factory=dict)  # person -> unit

    @property
    def soon(self) -> dt.date:
        """The first date no longer "due soon"."""
        return self.as_of.soon

    def expand(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """units.expand, remembered: the same few unit lists recur on thousands of tasks."""
        hit = self.memo.get(names)
        if hit is None:
            hit = self.memo[names] = self.units.expand(names)
        return hit

    def person_unit(self, person: str) -> str | None:
        try:
            return self.people[person]
        except KeyError:
            found = self.units.unit_of_person(person)
            hit = self.people[person] = self.units.canonical(found) if found else None
            return hit
