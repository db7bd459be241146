"""A unit's second 督办单 for the same period: its own report read in from the first one,
which the second corrects (the later sheet stands). What that read-in set is found in git by
the caller (`Earlier`); whether it answered this same sheet is decided here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tracker.model import Task, Update
from tracker.units import Units


@dataclass(frozen=True, slots=True)
class Earlier:
    """The unit's own latest report on a task read in from a sheet: the values that read-in
    set (None: it left the field as it was) and the report entry it added."""

    commit: str
    status: str | None  # the task's status, or the unit's own on a group task
    progress: int | None
    entry: Update


@dataclass(frozen=True, slots=True)
class Own:
    """That report when it answered this same sheet: the fields it set, its day, and its
    entry while the task still has it as written (None: gone, undone or edited since)."""

    status: str | None
    progress: int | None
    day: dt.date
    entry: Update | None


def own_report(task: Task, earlier: Earlier | None, issued: dt.date | None, units: Units) -> Own | None:
    """The unit's earlier report when it answered this same sheet: read in since the sheet was
    issued (a report from before answered an earlier sheet, and the one now was issued on
    top of it)."""
    if earlier is None or issued is None or earlier.entry.date is None or earlier.entry.date < issued:
        return None
    key = _entry_key(earlier.entry, units)
    still = any(_entry_key(u, units) == key for u in task.updates)
    return Own(earlier.status, earlier.progress, earlier.entry.date, earlier.entry if still else None)


def _entry_key(u: Update, units: Units) -> tuple[Any, ...]:
    return (u.date, u.by, units.canonical(u.unit) if u.unit else None, u.text)


__all__ = ["Earlier", "Own", "own_report"]
