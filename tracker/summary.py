"""The status summary (工作进展情况) as data: headline figures, three colours, the sections of
an official circular, what changed this period, unit ranking, units that have not reported,
goals, and one unit's own report.

Pure: plans, units, settings, `today` and (optionally) the period's changes from git history
come in; a `Summary` value comes out. Wording and numbering live in `summary_render`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from tracker.model import Plan, Settings, Task, Update
from tracker.reports import (
    Colour,
    colour,
    due_soon_limit,
    expected_progress,
    plan_start,
    unit_roles,
    unit_status,
)
from tracker.units import Units

PERIODS = ("week", "month", "quarter")
FINISHED = ("done", "verified")
OPEN_END = ("done", "verified", "dropped")
ROLE_ORDER = ("lead", "owner", "support")
OWNER_FIELDS = ("lead", "owners", "support")


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class Period:
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


@dataclass(frozen=True, slots=True)
class PeriodChange:
    """One field of one task changed at a date (from git history): the summary's only view of
    history, so it does not depend on how the history layer is built."""

    ref: str  # plan/T3
    field: str  # status | due | lead | owners | support | progress | ...
    old: object
    new: object
    date: dt.date
    author: str | None = None


@dataclass(frozen=True, slots=True)
class FileNote:
    """A plan file with errors: unreadable (left out) or read with check errors."""

    path: str
    errors: int
    read: bool


# ---------------------------------------------------------------- outputs


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


@dataclass(frozen=True, slots=True)
class Group:
    """Items under one heading: a plan (key = plan id) or, in a unit's report, a role."""

    key: str
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Headline:
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


@dataclass(frozen=True, slots=True)
class GoalLine:
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


@dataclass(frozen=True, slots=True)
class ChangeLine:
    ref: str
    title: str
    field: str
    old: object
    new: object
    date: dt.date
    author: str | None


@dataclass(frozen=True, slots=True)
class Changes:
    completed: tuple[ChangeLine, ...]
    due_moved: tuple[ChangeLine, ...]
    owners_changed: tuple[ChangeLine, ...]
    from_history: bool  # False: only what the plan files themselves show


@dataclass(frozen=True, slots=True)
class UnitRank:
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


@dataclass(frozen=True, slots=True)
class Silent:
    """A unit responsible for open tasks on which it reported nothing in the period."""

    unit: str
    open_tasks: int  # open tasks it owes a report on
    last_update: dt.date | None  # its latest report on any task
    refs: tuple[str, ...] = ()  # the tasks without a report, in plan order


@dataclass(frozen=True, slots=True)
class Summary:
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


# ---------------------------------------------------------------- building


@dataclass(frozen=True, slots=True)
class ItemContext:
    today: dt.date
    period: Period
    settings: Settings
    units: Units
    soon: dt.date
    finished_on: dict[str, dt.date]  # ref -> when history saw it finished
    red_by_history: frozenset[str]  # refs whose due was moved while overdue, in the period
    changes: tuple[PeriodChange, ...] = ()  # the period's changes
    memo: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict, compare=False)
    people: dict[str, str | None] = field(default_factory=dict, compare=False)  # person -> unit

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


def summarize(plans: Sequence[Plan], units: Units, settings: Settings, today: dt.date, *,
              period: str = "month", since: dt.date | None = None, unit: str | None = None,
              leader: str | None = None, changes: Sequence[PeriodChange] | None = None,
              files: Sequence[FileNote] = ()) -> Summary:
    """The whole summary as of `today`. `changes`: the period's field changes from git history,
    or None when history is not available (then only the plan files are read)."""
    ctx = context(units, settings, today, period=period, since=since, changes=changes)
    this = ctx.period
    in_period = list(ctx.changes)
    unit = units.canonical(unit) if unit else None
    chosen: list[tuple[Plan, Task, str | None]] = []
    for plan in plans:
        for task in plan.tasks:
            if leader and not (task.leader and leader in task.leader):
                continue
            role = None
            if unit is not None:
                role = _role_of(task, unit, units)
                if role is None:
                    continue
            chosen.append((plan, task, role))
    items = _items(chosen, ctx, unit)
    nxt = next_period(this)
    refs = {it.ref for it in items}
    s = _sort(items, ctx, nxt)
    return Summary(
        today=today, period=this, next=nxt,
        plans=tuple((p.id, p.title) for p in plans), unit=unit,
        unit_groups=units.groups_of(unit) if unit else (), leader=leader,
        headline=s.headline,
        goals=() if unit else tuple(GoalLine(p.title, g.id, g.text, g.target, g.current, g.unit)
                                    for p in plans for g in p.goals),
        changes=_changes(in_period, items, ctx, refs, changes is not None),
        ranking=() if unit else _ranking(chosen, items, ctx),
        silent=() if unit else _silent(chosen, items, ctx),
        done=_group(s.done, unit),
        doing=_group(s.doing, unit),
        on_track=s.on_track,
        late=_group(sorted(s.late, key=lambda it: -(it.days_late or 0)), unit),
        upcoming=_group(sorted(s.upcoming, key=lambda it: it.due or dt.date.max), unit),
        files=tuple(files),
    )


def context(units: Units, settings: Settings, today: dt.date, *, period: str = "month",
            since: dt.date | None = None,
            changes: Sequence[PeriodChange] | None = None) -> ItemContext:
    """What every task's line needs: the period, the due-soon limit, what history says."""
    this = period_of(period, today)
    if since is not None:
        this = replace(this, start=since, since=True)
    in_period = tuple(c for c in changes or () if this.start <= c.date <= today)
    return ItemContext(today, this, settings, units, due_soon_limit(today, settings.remind_days),
                       _finished_on(in_period), _red_by_history(in_period), in_period)


def item_for(plan: Plan, task: Task, ctx: ItemContext, *, unit: str | None = None,
             start: dt.date | None = None) -> Item:
    """One task's line; with `unit`, a group-owned task as that member sees it. `start`: the
    plan's start (pass `plan_start(plan)` computed once when calling for many tasks)."""
    if unit is not None and task.units:
        task = _as_seen_by(task, unit, ctx.units)
    return _item(plan, task, ctx, start if start is not None else plan_start(plan), None)


def _finished_on(changes: Sequence[PeriodChange]) -> dict[str, dt.date]:
    out: dict[str, dt.date] = {}
    for c in changes:
        if c.field == "status" and c.new in FINISHED and c.old not in FINISHED:
            out[c.ref] = max(out.get(c.ref, c.date), c.date)
    return out


def _red_by_history(changes: Sequence[PeriodChange]) -> frozenset[str]:
    """Tasks whose due date was moved at a time they were already overdue."""
    return frozenset(c.ref for c in changes if c.field == "due"
                     and isinstance(c.old, dt.date) and c.old < c.date)


def _role_of(task: Task, unit: str, units: Units) -> str | None:
    roles = unit_roles(task, units).get(unit)
    if not roles:
        return None
    return next(r for r in ROLE_ORDER if r in roles)


def _items(chosen: list[tuple[Plan, Task, str | None]], ctx: ItemContext, unit: str | None) -> list[Item]:
    starts: dict[str, dt.date | None] = {}
    out = []
    append = out.append
    for plan, task, role in chosen:
        start = starts.get(plan.id, _NO_START)
        if start is _NO_START:
            start = starts[plan.id] = plan_start(plan)
        if unit is not None and task.units:
            task = _as_seen_by(task, unit, ctx.units)
        append(_item(plan, task, ctx, start, role))  # type: ignore[arg-type]
    return out


_NO_START = object()


def _as_seen_by(task: Task, unit: str, units: Units) -> Task:
    """A group-owned task from one member's side: its own status and its own reports."""
    own = unit_status(task, unit, units)
    if own == task.status:
        return task
    mine = [u for u in task.updates if u.unit and units.canonical(u.unit) == unit]
    for us in task.units:
        if units.canonical(us.unit) == unit:
            mine.extend(us.updates)
    return replace(task, status=own, progress=100 if own in FINISHED else task.progress,
                   updates=tuple(mine), units=())


def _last_update(task: Task) -> Update | None:
    """task.last_update() without building lists for the common task of one report or none."""
    if task.units:
        return task.last_update()
    updates = task.updates
    if not updates:
        return None
    if len(updates) == 1:
        return updates[0] if updates[0].date is not None else None
    return task.last_update()


def _item(plan: Plan, task: Task, ctx: ItemContext, start: dt.date | None, role: str | None) -> Item:
    today = ctx.today
    ref = task.ref
    status = task.status
    due = task.due
    finished = status in FINISHED
    last = _last_update(task)
    completed = None
    if finished:
        completed = ctx.finished_on.get(ref)
        if completed is None and last is not None:
            completed = last.date
    late_by = (completed - due).days if completed and due and completed > due else None
    recovered = (late_by is not None and completed is not None
                 and ctx.period.start <= completed <= today) or ref in ctx.red_by_history
    col = colour(task, today, ctx.settings, was_red=recovered, plan_start=start,
                 soon_limit=ctx.soon)
    overdue = due is not None and due < today and status not in OPEN_END
    expected = None
    if col is Colour.YELLOW and not finished:
        expected = expected_progress(task, today, start)
        if expected is not None and (task.progress or 0) + ctx.settings.lag_tolerance >= expected:
            expected = None  # yellow for having been red, not for being behind
    open_units: tuple[str, ...] = ()
    if overdue and task.units:
        open_units = tuple(m for m in ctx.expand(task.owners)
                           if unit_status(task, m, ctx.units) not in OPEN_END)
    # positional: the fields of Item in order (keywords cost a third of the build)
    return Item(
        ref, plan.id, plan.title, task.title, status, task.progress, due, task.due_text, col,
        task.lead, task.owners, task.support, task.leader,
        (today - due).days if overdue and due else None,  # days_late
        (due - today).days if due and not overdue and not finished else None,  # days_left
        expected, recovered and not overdue, completed, late_by, open_units,
        last.date if last else None, last.text if last else None, role,
    )


class _Sorted(NamedTuple):
    headline: Headline
    done: list[Item]  # finished within the period
    doing: list[Item]  # open, not overdue, not green
    on_track: int  # open, not overdue, green
    late: list[Item]
    upcoming: list[Item]  # open, due in the next period


def _sort(all_items: list[Item], ctx: ItemContext, nxt: Period) -> _Sorted:
    """The headline figures and the items of each section, in one pass over the items
    (dropped tasks are left out of everything but the count of them)."""
    today, soon, start = ctx.today, ctx.soon, ctx.period.start
    counts = {c: 0 for c in Colour}
    done: list[Item] = []
    doing: list[Item] = []
    late: list[Item] = []
    upcoming: list[Item] = []
    total = finished_n = pending = started = due_soon = dated_done = on_time = on_track = 0
    for it in all_items:
        status = it.status
        if status == "dropped":
            continue
        total += 1
        counts[it.colour] += 1
        due = it.due
        if status in FINISHED:
            finished_n += 1
            if due is not None:
                dated_done += 1
                on_time += it.completed_late is None
            if it.completed and start <= it.completed <= today:
                done.append(it)
            continue
        if due and nxt.start <= due <= nxt.end:
            upcoming.append(it)
        if it.days_late is not None:
            late.append(it)
            continue
        pending += 1
        started += status in ("doing", "blocked") or bool(it.progress)
        due_soon += due is not None and today <= due < soon
        if it.colour is Colour.GREEN:
            on_track += 1
        else:
            doing.append(it)
    headline = Headline(
        total=total, done=finished_n, doing=started, todo=pending - started,
        overdue=len(late), due_soon=due_soon, dropped=len(all_items) - total, on_time=on_time,
        on_time_base=dated_done + len(late),
        colours=tuple(counts.items()),
    )
    return _Sorted(headline, done, doing, on_track, late, upcoming)


def _changes(changes: Sequence[PeriodChange], items: list[Item], ctx: ItemContext, refs: set[str],
             from_history: bool) -> Changes:
    titles = {it.ref: it.title for it in items}

    def line(c: PeriodChange) -> ChangeLine:
        return ChangeLine(c.ref, titles.get(c.ref, ""), c.field, c.old, c.new, c.date, c.author)

    scoped = [c for c in changes if c.ref in refs]
    completed = [line(c) for c in scoped if c.field == "status" and c.new in FINISHED
                 and c.old not in FINISHED]
    seen = {c.ref for c in completed}
    # finished in the period by the plan files' own account (no commit seen for it)
    for it in items:
        if (it.ref not in seen and it.status in FINISHED and it.completed
                and ctx.period.start <= it.completed <= ctx.today):
            completed.append(ChangeLine(it.ref, it.title, "status", None, it.status,
                                        it.completed, None))
    completed.sort(key=lambda c: (c.date, c.ref))
    return Changes(
        completed=tuple(completed),
        due_moved=tuple(line(c) for c in scoped if c.field == "due"),
        owners_changed=tuple(line(c) for c in scoped if c.field in OWNER_FIELDS),
        from_history=from_history,
    )


def _group(items: list[Item], unit: str | None) -> tuple[Group, ...]:
    groups: dict[str, list[Item]] = {}
    titles: dict[str, str] = {}
    if unit is not None:
        for role in ROLE_ORDER:
            groups[role] = []
            titles[role] = role
    for it in items:
        key = it.role if unit is not None and it.role else it.plan_id
        groups.setdefault(key, []).append(it)
        titles.setdefault(key, it.plan_title)
    return tuple(Group(k, titles[k], tuple(v)) for k, v in groups.items() if v)


# ---------------------------------------------------------------- units


def _responsible(task: Task, ctx: ItemContext) -> tuple[str, ...]:
    """责任单位: the owners (groups expanded, plus the per-unit map); the lead if none."""
    names = ctx.expand(task.owners + tuple(u.unit for u in task.units))
    return names or ctx.expand(task.lead)


@dataclass(slots=True)
class _Tally:
    tasks: int = 0
    done: int = 0
    overdue: int = 0
    on_time: int = 0
    base: int = 0


def _ranking(chosen: list[tuple[Plan, Task, str | None]], items: list[Item],
             ctx: ItemContext) -> tuple[UnitRank, ...]:
    """Per unit over what it leads or owns (a group-owned task counts for every member).

    `items` are the chosen tasks' lines, in the same order. A task without a `units:` map
    counts the same for each of its units, so such tasks are first tallied per distinct
    (lead, owners) pair and each pair's tally is then added to its units."""
    acc: dict[str, _Tally] = {}
    by_names: dict[tuple[tuple[str, ...], tuple[str, ...]], _Tally] = {}
    today = ctx.today
    for (_, task, _), it in zip(chosen, items):
        status = task.status
        if status == "dropped":
            continue
        if task.units:
            _tally_members(task, ctx, acc)
            continue
        key = (task.lead, task.owners)
        t = by_names.get(key)
        if t is None:
            t = by_names[key] = _Tally()
        t.tasks += 1
        if status in FINISHED:
            t.done += 1
            if task.due is not None:
                t.base += 1
                t.on_time += it.completed_late is None  # = not _finished_late(task, ctx)
        elif task.due is not None and task.due < today:
            t.overdue += 1
            t.base += 1
    for (lead, owners), n in by_names.items():
        for unit in ctx.expand(lead + owners):
            t = acc.get(unit)
            if t is None:
                t = acc[unit] = _Tally()
            t.tasks += n.tasks
            t.done += n.done
            t.overdue += n.overdue
            t.on_time += n.on_time
            t.base += n.base
    rows = sorted(acc.items(), key=lambda kv: (
        -(kv[1].done / kv[1].tasks), -(kv[1].on_time / kv[1].base if kv[1].base else 1.0),
        kv[1].overdue, kv[0]))
    out: list[UnitRank] = []
    prev: tuple[float, float] | None = None
    for i, (unit, t) in enumerate(rows, 1):
        key2 = (t.done / t.tasks, t.on_time / t.base if t.base else 1.0)
        rank = out[-1].rank if prev == key2 and out else i
        prev = key2
        out.append(UnitRank(rank, unit, t.tasks, t.done, t.overdue, t.on_time, t.base))
    return tuple(out)


def _tally_members(task: Task, ctx: ItemContext, acc: dict[str, _Tally]) -> None:
    """A group-owned task: each member by its own status."""
    accountable = ctx.expand(task.lead + task.owners + tuple(u.unit for u in task.units))
    for unit in accountable:
        t = acc.setdefault(unit, _Tally())
        status = unit_status(task, unit, ctx.units)
        t.tasks += 1
        if status in FINISHED:
            t.done += 1
            if task.due is not None:
                t.base += 1
                t.on_time += not _finished_late(task, ctx, unit)
        elif task.due is not None and task.due < ctx.today:
            t.overdue += 1
            t.base += 1


def _finished_late(task: Task, ctx: ItemContext, unit: str | None = None) -> bool:
    """Was it finished after its due date? For a member of an owning group, by that member's
    own last report when it has one."""
    when = ctx.finished_on.get(task.ref)
    if when is None and unit is not None and task.units:
        own = [d for u, d in _reports(task, ctx) if u == unit]
        when = max(own) if own else None
    if when is None:
        last = task.last_update()
        when = last.date if last else None
    return bool(when and task.due and when > task.due)


def _silent(chosen: list[tuple[Plan, Task, str | None]], items: list[Item],
            ctx: ItemContext) -> tuple[Silent, ...]:
    """Units responsible for open tasks on which they reported nothing within the period.
    `items` are the chosen tasks' lines, in the same order (for their refs)."""
    owing: dict[str, list[str]] = {}
    last_seen: dict[str, dt.date] = {}
    start, today, units = ctx.period.start, ctx.today, ctx.units
    responsible: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, ...]] = {}
    for (_, task, _), it in zip(chosen, items):
        heard: set[str] = set()
        if task.updates or task.units:
            for unit, when in _reports(task, ctx):
                if when > today:
                    continue
                if when >= start:
                    heard.add(unit)
                if when > last_seen.get(unit, dt.date.min):
                    last_seen[unit] = when
        if task.status in OPEN_END or (task.start is not None and task.start > today):
            continue  # finished, or not begun yet: no report owed
        ref = it.ref
        if task.units:
            for unit in _responsible(task, ctx):
                if unit in heard or unit_status(task, unit, units) in OPEN_END:
                    continue
                owing.setdefault(unit, []).append(ref)
            continue
        key = (task.owners, task.lead)
        names = responsible.get(key)
        if names is None:
            names = responsible[key] = _responsible(task, ctx)
        for unit in names:
            if unit not in heard:
                owing.setdefault(unit, []).append(ref)
    rows = [Silent(u, len(refs), last_seen.get(u), tuple(refs)) for u, refs in owing.items()]
    rows.sort(key=lambda s: (-s.open_tasks, s.last_update or dt.date.min, s.unit))
    return tuple(rows)


def _reports(task: Task, ctx: ItemContext) -> list[tuple[str, dt.date]]:
    """(unit, date) for every dated progress report on the task, attributed to a unit: its
    `unit:`, else the reporter's unit in units.yaml, else the task's own (non-group) units."""
    out = []
    for u in task.updates:
        if u.date is None:
            continue
        if u.unit:
            out.append((ctx.units.canonical(u.unit), u.date))
            continue
        person_unit = ctx.person_unit(u.by) if u.by else None
        if person_unit:
            out.append((person_unit, u.date))
        else:
            units = ctx.units
            out.extend((units.canonical(n), u.date) for n in task.owners + task.lead
                       if not units.is_group(n))
    for us in task.units:
        out.extend((ctx.units.canonical(us.unit), u.date) for u in us.updates if u.date)
    return out
