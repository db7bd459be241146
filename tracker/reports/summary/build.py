"""The status summary (工作进展情况) as data: headline figures, three colours, the sections of
an official circular, what changed this period, unit ranking, units that have not reported,
goals, and one unit's own report.

Pure: plans, units, settings, `today` and (optionally) the period's changes from git history
come in; a `Summary` value comes out. Wording and numbering live in `render`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from tracker.model import Plan, Settings, Task, Update, replace
from tracker.reports.summary.data import (
    COUNTS,
    FINISHED,
    OPEN_END,
    SECTIONS,
    ChangeLine,
    Changes,
    FileNote,
    GoalLine,
    Group,
    Headline,
    Item,
    ItemContext,
    PeriodChange,
    Share,
    Summary,
    UnitReport,
    next_period,
    period_of,
)
from tracker.reports.summary.ranking import owed, ranked, silent_rows, tallies
from tracker.standing import AsOf, Colour, unit_roles, unit_status
from tracker.units import Units

ROLE_ORDER = ("lead", "owner", "support")
OWNER_FIELDS = ("lead", "owners", "support")


# ---------------------------------------------------------------- building


def summarize(plans: Sequence[Plan], units: Units, settings: Settings, today: dt.date, *,
              period: str = "month", since: dt.date | None = None, unit: str | None = None,
              leader: str | None = None, changes: Sequence[PeriodChange] | None = None,
              files: Sequence[FileNote] = ()) -> Summary:
    """The whole summary as of `today`. `changes`: the period's field changes from git history,
    or None when history is not available (then only the plan files are read)."""
    ctx = context(units, settings, today, period=period, since=since, changes=changes)
    unit = units.canonical(unit) if unit else None
    shares: list[Share] = []
    held: list[Plan] = []
    for plan in plans:
        chosen: list[tuple[Plan, Task, str | None]] = []
        for task in plan.tasks:
            if leader and not (task.leader and leader in task.leader):
                continue
            role = None
            if unit is not None:
                role = _role_of(task, unit, units)
                if role is None:
                    continue
            chosen.append((plan, task, role))
        shares.append(share(plan, chosen, ctx, unit))
        if chosen:
            held.append(plan)
    if (unit or leader) and held:  # a unit's or a leader's report covers the plans it is in
        plans = held
    return merge(shares, plans, ctx, unit=unit, leader=leader,
                 from_history=changes is not None, files=files)


def every_task(plan: Plan) -> list[tuple[Plan, Task, str | None]]:
    """The whole office's choice of a plan's tasks: all of them, in no unit's role."""
    return [(plan, task, None) for task in plan.tasks]


def share(plan: Plan, chosen: list[tuple[Plan, Task, str | None]], ctx: ItemContext,
          unit: str | None = None) -> Share:
    """The plan's part of the summary over its `chosen` tasks (all of them but in a unit's or
    a leader's report), in one pass over their lines (dropped tasks are left out of
    everything but the count of them)."""
    items = _items(chosen, ctx, unit)
    today, soon, start = ctx.today, ctx.soon, ctx.period.start
    nxt = next_period(ctx.period)
    colours = dict.fromkeys(Colour, 0)
    done: list[Item] = []
    doing: list[Item] = []
    late: list[Item] = []
    upcoming: list[Item] = []
    finished_lines: list[ChangeLine] = []
    titles: dict[str, str] = {}
    changed = ctx.changed
    total = finished_n = pending = started = due_soon = dated_done = on_time = on_track = 0
    for it in items:
        if changed and it.ref in changed:
            titles[it.ref] = it.title
        status = it.status
        if status == "dropped":
            continue
        total += 1
        colours[it.colour] += 1
        due = it.due
        if status in FINISHED:
            finished_n += 1
            if due is not None:
                dated_done += 1
                on_time += it.completed_late is None
            if it.completed and start <= it.completed <= today:
                done.append(it)
                finished_lines.append(ChangeLine(it.ref, it.title, "status", None, it.status,
                                                 it.completed, None))
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
    late.sort(key=lambda it: -(it.days_late or 0))
    upcoming.sort(key=lambda it: it.due or dt.date.max)
    owing, last_seen = owed(chosen, items, ctx) if unit is None else ({}, {})
    return Share(
        plan.id, plan.title,
        (total, finished_n, pending, started, due_soon, dated_done, on_time, on_track,
         len(items) - total, len(late)),
        tuple(colours.values()),
        tuple(done), tuple(doing), tuple(late), tuple(upcoming),
        tallies(chosen, items, ctx) if unit is None else {}, owing, last_seen,
        titles, tuple(finished_lines),
        most_late=late[0].days_late or 0 if late else 0,
        soonest=upcoming[0].due if upcoming else None)


def merge(shares: Sequence[Share], plans: Sequence[Plan], ctx: ItemContext, *,
          unit: str | None = None, leader: str | None = None, from_history: bool = True,
          files: Sequence[FileNote] = ()) -> Summary:
    """The summary from the plans' shares, in plan order: figures added up, sections grouped
    by plan (or, in a unit's report, by role), units ranked over every plan."""
    counts = dict(zip(COUNTS, map(sum, zip(*(s.counts for s in shares))), strict=True)) \
        if shares else dict.fromkeys(COUNTS, 0)
    colours = [sum(n) for n in zip(*(s.colours for s in shares))] if shares else [0] * len(Colour)
    headline = Headline(
        total=counts["total"], done=counts["finished"], doing=counts["started"],
        todo=counts["pending"] - counts["started"], overdue=counts["overdue"],
        due_soon=counts["due_soon"], dropped=counts["dropped"], on_time=counts["on_time"],
        on_time_base=counts["dated_done"] + counts["overdue"],
        colours=tuple(zip(Colour, colours, strict=True)),
    )
    if any(s.lines is not None for s in shares):
        done, doing, late, upcoming = (_written(shares, i) for i in range(len(SECTIONS)))
    else:
        done = _group([it for s in shares for it in s.done], unit)
        doing = _group([it for s in shares for it in s.doing], unit)
        late = _group(sorted((it for s in shares for it in s.late),
                             key=lambda it: -(it.days_late or 0)), unit)
        upcoming = _group(sorted((it for s in shares for it in s.upcoming),
                                 key=lambda it: it.due or dt.date.max), unit)
    this = ctx.period
    return Summary(
        today=ctx.today, period=this, next=next_period(this),
        plans=tuple((p.id, p.title) for p in plans), unit=unit,
        unit_groups=ctx.units.groups_of(unit) if unit else (), leader=leader,
        headline=headline,
        goals=() if unit else tuple(GoalLine(p.title, g.id, g.text, g.target, g.current, g.unit)
                                    for p in plans for g in p.goals),
        changes=_changes(ctx.changes, shares, from_history),
        ranking=() if unit else ranked(s.tallies for s in shares),
        silent=() if unit else silent_rows((s.owing, s.last_seen) for s in shares),
        done=done, doing=doing, on_track=counts["on_track"], late=late, upcoming=upcoming,
        files=tuple(files),
    )


def _written(shares: Sequence[Share], section: int) -> tuple[Group, ...]:
    """One section's groups from shares written out (one group a plan, plan ids distinct):
    in the order the items' own sort would put the plans' first lines."""
    held = [(i, s) for i, s in enumerate(shares) if s.lines is not None and s.lines[section]]
    if SECTIONS[section] == "late":
        held.sort(key=lambda x: -x[1].most_late)
    elif SECTIONS[section] == "upcoming":
        held.sort(key=lambda x: x[1].soonest or dt.date.max)
    return tuple(Group(s.plan_id, s.plan_title, (), s.lines[section])  # type: ignore[index]
                 for _, s in held)


def context(units: Units, settings: Settings, today: dt.date, *, period: str = "month",
            since: dt.date | None = None,
            changes: Sequence[PeriodChange] | None = None) -> ItemContext:
    """What every task's line needs: the period, the due-soon limit, what history says."""
    this = period_of(period, today)
    if since is not None:
        this = replace(this, start=since, since=True)
    in_period = tuple(c for c in changes or () if this.start <= c.date <= today)
    return ItemContext(today, this, settings, units, AsOf(today, settings),
                       _finished_on(in_period), _red_by_history(in_period), in_period,
                       frozenset(c.ref for c in in_period))


def item_for(plan: Plan, task: Task, ctx: ItemContext, *, unit: str | None = None) -> Item:
    """One task's line; with `unit`, a group-owned task as that member sees it."""
    if unit is not None and (task.units or _named(task)):
        task = _as_seen_by(task, unit, ctx.units)
    return _item(plan, task, ctx, None, ctx.as_of.start(plan))


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
    if not roles and units.is_group(unit):  # 各乡镇's own report: the tasks it is named on
        roles = {role for role, names in (("lead", task.lead), ("owner", task.owners),
                                          ("support", task.support))
                 if any(units.canonical(n) == unit for n in names)}
    if not roles:
        return None
    return next(r for r in ROLE_ORDER if r in roles)


def _items(chosen: list[tuple[Plan, Task, str | None]], ctx: ItemContext, unit: str | None) -> list[Item]:
    out: list[Item] = []
    append = out.append
    start = ctx.as_of.start
    for plan, task, role in chosen:
        if unit is not None and (task.units or _named(task)):
            task = _as_seen_by(task, unit, ctx.units)
        append(_item(plan, task, ctx, role, start(plan)))
    return out


def _named(task: Task) -> bool:
    """Some report on the task names its unit (a town's, read in from its sheet)."""
    return any(u.unit for u in task.updates)


def _as_seen_by(task: Task, unit: str, units: Units) -> Task:
    """A group-owned task from one member's side: its own status and its own reports (where
    it stands as the task does, the task's reports too, but never another member's). From a
    group's side (各乡镇's own report), its members' reports are its own."""
    if units.is_group(unit):
        ours = {unit, *units.members(unit)}
        keep = tuple(u for u in task.updates if not u.unit or units.canonical(u.unit) in ours)
        return task if len(keep) == len(task.updates) else replace(task, updates=keep)
    own = unit_status(task, unit, units)
    if own == task.status:
        def others(u: Update) -> bool:
            return bool(u.unit) and units.canonical(u.unit or "") != unit

        if not any(map(others, task.updates)) and not any(
                us.updates for us in task.units if units.canonical(us.unit) != unit):
            return task
        return replace(task, updates=tuple(u for u in task.updates if not others(u)),
                       units=tuple(us if units.canonical(us.unit) == unit else replace(us, updates=())
                                   for us in task.units))
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


def _item(plan: Plan, task: Task, ctx: ItemContext, role: str | None,
          plan_start: dt.date | None) -> Item:
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
    col, expected = ctx.as_of.judged(task, plan_start, recovered)
    overdue = due is not None and due < today and status not in OPEN_END
    if finished:
        expected = None
    open_units: tuple[str, ...] = ()
    if overdue and task.units:
        open_units = tuple(m for m in ctx.expand(task.owners)
                           if unit_status(task, m, ctx.units) not in OPEN_END)
    # the fields of Item in order, as one tuple (keywords cost a third of the build, and
    # Item's own __new__ another Python call per task)
    return _new_item(Item, (
        ref, plan.id, plan.title, task.title, status, task.progress, due, task.due_text, col,
        task.lead, task.owners, task.support, task.leader,
        (today - due).days if overdue and due else None,  # days_late
        (due - today).days if due and not overdue and not finished else None,  # days_left
        expected, recovered and not overdue, completed, late_by, open_units,
        last.date if last else None, last.text if last else None, role,
        _unit_reports(task, ctx) if len(task.updates) > 1 or task.units else (),
    ))


def _unit_reports(task: Task, ctx: ItemContext) -> tuple[UnitReport, ...]:
    """Each unit's latest report on the task within the period, in the office's order of
    units, when two or more units reported in it: a 通报 names what each of them said."""
    start, today, units = ctx.period.start, ctx.today, ctx.units
    latest: dict[str, Update] = {}
    own = [(us.unit, u) for us in task.units for u in us.updates]
    for unit, u in [(u.unit, u) for u in task.updates] + own:
        if u.date is None or not start <= u.date <= today:
            continue
        name = units.canonical(unit) if unit else (u.by or "")
        if name not in latest or u.date >= latest[name].date:  # type: ignore[operator]
            latest[name] = u
    if len(latest) < 2:
        return ()
    return tuple(UnitReport(name, u.date, u.text)  # type: ignore[arg-type]
                 for name, u in sorted(latest.items(), key=lambda kv: units.order_key(kv[0])))


_new_item = tuple.__new__


def _changes(changes: Sequence[PeriodChange], shares: Sequence[Share],
             from_history: bool) -> Changes:
    titles: dict[str, str] = {}
    for s in shares:
        titles.update(s.titles)

    def line(c: PeriodChange) -> ChangeLine:
        return ChangeLine(c.ref, titles.get(c.ref, ""), c.field, c.old, c.new, c.date, c.author)

    scoped = [c for c in changes if c.ref in titles]
    # a task finished in the period by the plan files' own account; one the history shows
    # finished and then reopened (or dropped) in the period is no completion of it
    finished = {c.ref: c for s in shares for c in s.finished}
    last: dict[str, PeriodChange] = {}  # finished twice in the period: its last finish
    for c in scoped:
        if c.field == "status" and c.new in FINISHED and c.old not in FINISHED \
                and c.ref in finished and (c.ref not in last or c.date >= last[c.ref].date):
            last[c.ref] = c
    completed = [line(c) for c in last.values()]
    completed.extend(c for ref, c in finished.items() if ref not in last)
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
