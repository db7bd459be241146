"""The board: tasks in columns by status, each card with its standing as of a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tracker.model import STATUS_KEYS, Plan, Settings, Task
from tracker.standing import AsOf, Colour


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


def card(task: Task, plan: Plan, as_of: AsOf) -> Card:
    st = as_of.standing(task, plan)
    return Card(task, plan.title, st.days_left, st.overdue, st.due_soon, st.colour)


def board(plans: Sequence[Plan], today: dt.date, settings: Settings, lang: str | None = None,
          keep: Iterable[Task] | None = None) -> list[Column]:
    """Columns by status, in status order; cards sorted by due date (no date last)."""
    wanted = None if keep is None else {id(t) for t in keep}
    as_of = AsOf(today, settings)
    by_status: dict[str, list[Card]] = {s: [] for s in STATUS_KEYS}
    for plan in plans:
        for task in plan.tasks:
            if wanted is not None and id(task) not in wanted:
                continue
            by_status.setdefault(task.status, []).append(card(task, plan, as_of))
    columns = []
    for status, cards in by_status.items():
        cards.sort(key=lambda c: (c.task.due or dt.date.max, c.task.plan_id, c.task.id))
        columns.append(Column(status, settings.label(status, lang), tuple(cards)))
    return columns
