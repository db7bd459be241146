"""The accountability table: per unit (groups expanded to members), what it leads, owns and
supports, what it has finished, and what it has let slip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tracker.model import Plan, Settings, Task
from tracker.standing import AsOf, last_update_by, unit_roles, unit_status
from tracker.units import Units


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
    as_of = AsOf(today, settings)
    acc: dict[str, _Tally] = {}
    # the same (lead, owners, support) lists recur on many tasks: expand each once
    roles_of: dict[tuple[tuple[str, ...], ...], dict[str, set[str]]] = {}
    for plan in plans:
        for task in plan.tasks:
            if wanted is not None and id(task) not in wanted:
                continue
            named = (task.lead, task.owners, task.support)
            task_roles = roles_of.get(named)
            if task_roles is None:
                task_roles = roles_of[named] = unit_roles(task, units)
            for unit, roles in task_roles.items():
                row = acc.setdefault(unit, _Tally(tasks=[]))
                row.leads += "lead" in roles
                row.owns += "owner" in roles
                row.supports += "support" in roles
                status = unit_status(task, unit, units)
                closed = status in ("done", "verified", "dropped")
                row.done += status in ("done", "verified")
                row.doing += status == "doing"
                row.overdue += task.due is not None and task.due < today and not closed
                row.due_soon += not closed and as_of.due_soon(task)
                last = last_update_by(task, unit, units, today) if task.updates or task.units else None
                if last and (row.last is None or last > row.last):
                    row.last = last
                assert row.tasks is not None
                row.tasks.append(task)
    rows = [UnitRow(unit, r.leads, r.owns, r.supports, r.done, r.doing, r.overdue, r.due_soon,
                    r.last, tuple(r.tasks or ())) for unit, r in acc.items()]
    rows.sort(key=lambda r: (-r.overdue, units.order_key(r.unit)))
    return rows
