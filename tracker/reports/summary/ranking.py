"""Units in the summary: the ranking by completion and on-time rate, and the units that have
not reported on open tasks in the period. Pure, like `summary`, which calls it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from tracker.model import Plan, Task
from tracker.reports.summary.data import FINISHED, OPEN_END, Item, ItemContext, Silent, UnitRank
from tracker.standing import unit_status
from tracker.structs import Struct


def _responsible(task: Task, ctx: ItemContext) -> tuple[str, ...]:
    """责任单位: the owners (groups expanded, plus the per-unit map); the lead if none."""
    names = ctx.expand(task.owners + tuple(u.unit for u in task.units))
    return names or ctx.expand(task.lead)


class _Tally(Struct):
    tasks: int = 0
    done: int = 0
    overdue: int = 0
    on_time: int = 0
    base: int = 0


Tallies = dict[str, tuple[int, int, int, int, int]]  # unit -> tasks, done, overdue, on time, base


def ranking(chosen: list[tuple[Plan, Task, str | None]], items: list[Item],
            ctx: ItemContext) -> tuple[UnitRank, ...]:
    """Per unit over what it leads or owns (a group-owned task counts for every member)."""
    return ranked([tallies(chosen, items, ctx)])


def tallies(chosen: list[tuple[Plan, Task, str | None]], items: list[Item],
            ctx: ItemContext) -> Tallies:
    """The ranking's counts per unit over these tasks (one plan's, in the summary's shares):
    counts add up, so the whole office's ranking is `ranked` over every plan's tallies.

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
    return {unit: (t.tasks, t.done, t.overdue, t.on_time, t.base) for unit, t in acc.items()}


def ranked(parts: Iterable[Tallies]) -> tuple[UnitRank, ...]:
    """Units by completion rate, then on-time rate, then fewest overdue, then name; units
    with equal rates share a rank. `parts`: tallies to add up (one per plan)."""
    acc: dict[str, list[int]] = {}
    for part in parts:
        for unit, counts in part.items():
            total = acc.get(unit)
            if total is None:
                acc[unit] = list(counts)
            else:
                for i, n in enumerate(counts):
                    total[i] += n
    rows = sorted(acc.items(), key=lambda kv: (
        -(kv[1][1] / kv[1][0]), -(kv[1][3] / kv[1][4] if kv[1][4] else 1.0), kv[1][2], kv[0]))
    out: list[UnitRank] = []
    prev: tuple[float, float] | None = None
    for i, (unit, (tasks, done, overdue, on_time, base)) in enumerate(rows, 1):
        key2 = (done / tasks, on_time / base if base else 1.0)
        rank = out[-1].rank if prev == key2 and out else i
        prev = key2
        out.append(UnitRank(rank, unit, tasks, done, overdue, on_time, base))
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


def silent(chosen: list[tuple[Plan, Task, str | None]], items: list[Item],
           ctx: ItemContext) -> tuple[Silent, ...]:
    """Units responsible for open tasks on which they reported nothing within the period."""
    return silent_rows([owed(chosen, items, ctx)])


Owed = tuple[dict[str, list[str]], dict[str, dt.date]]  # unit -> refs owed; unit -> last report


def owed(chosen: list[tuple[Plan, Task, str | None]], items: list[Item],
         ctx: ItemContext) -> Owed:
    """Over these tasks (one plan's, in the summary's shares): the refs each unit owes a
    report on, in task order, and each unit's latest report; `silent_rows` adds them up.
    `items` are the chosen tasks' lines, in the same order (for their refs)."""
    owing: dict[str, list[str]] = {}
    last_seen: dict[str, dt.date] = {}
    start, today, units = ctx.period.start, ctx.today, ctx.units
    # (owners, lead) -> (unit, that unit's list of refs owed) for each responsible unit: the
    # same few unit lists recur on thousands of tasks
    responsible: dict[tuple[tuple[str, ...], tuple[str, ...]], list[tuple[str, list[str]]]] = {}
    nobody: frozenset[str] = frozenset()
    # (owners, lead) -> the units a report without unit or known reporter is counted for
    own_units: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, ...]] = {}
    never = dt.date.min
    for (_, task, _), it in zip(chosen, items):
        heard: set[str] | frozenset[str] = nobody
        if task.units:
            heard = set()
            for unit, when in _reports(task, ctx):
                if when > today:
                    continue
                if when >= start:
                    heard.add(unit)
                if when > last_seen.get(unit, never):
                    last_seen[unit] = when
        elif task.updates:  # _reports inlined for the common task: the same few unit lists
            heard = set()
            for u in task.updates:
                if u.date is None or u.date > today:
                    continue
                when = u.date
                if u.unit:
                    names: tuple[str, ...] = (units.canonical(u.unit),)
                else:
                    person_unit = ctx.person_unit(u.by) if u.by else None
                    if person_unit:
                        names = (person_unit,)
                    else:
                        key0 = (task.owners, task.lead)
                        names = own_units.get(key0)  # type: ignore[assignment]
                        if names is None:
                            names = own_units[key0] = tuple(
                                units.canonical(n) for n in task.owners + task.lead
                                if not units.is_group(n))
                for unit in names:
                    if when >= start:
                        heard.add(unit)
                    if when > last_seen.get(unit, never):
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
        owed = responsible.get(key)
        if owed is None:
            owed = responsible[key] = [(u, owing.setdefault(u, [])) for u in _responsible(task, ctx)]
        if heard:
            for unit, refs in owed:
                if unit not in heard:
                    refs.append(ref)
        else:
            for _, refs in owed:
                refs.append(ref)
    return {u: refs for u, refs in owing.items() if refs}, last_seen


def silent_rows(parts: Iterable[Owed]) -> tuple[Silent, ...]:
    """The units owing reports, most open tasks first, then the longest silent; `parts` in
    plan order (each unit's refs are listed in that order)."""
    owing: dict[str, list[str]] = {}
    last_seen: dict[str, dt.date] = {}
    never = dt.date.min
    for part_owing, part_seen in parts:
        for unit, refs in part_owing.items():
            owing.setdefault(unit, []).extend(refs)
        for unit, when in part_seen.items():
            if when > last_seen.get(unit, never):
                last_seen[unit] = when
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
