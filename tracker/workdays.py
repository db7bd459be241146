"""Working days on the official calendar (State Council holidays and 调休 make-up days, via
chinese-calendar), falling back to Monday–Friday for years it has no data for.

Kept apart from `dates` so that reports, which only count days, need not compile the
deadline-wording patterns."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

# chinese_calendar, imported by the first question about a working day: its data takes ~3 ms
# to load, and most commands that read a date (tracker set due=…) never ask one.
_calendar: Any = None


def _load_calendar() -> Any:
    global _calendar
    import chinese_calendar

    _calendar = chinese_calendar
    return chinese_calendar


def is_working_day(d: date) -> bool:
    """The official calendar with 调休; Mon–Fri for years it has no data for."""
    try:
        return bool((_calendar or _load_calendar()).is_workday(d))
    except NotImplementedError:
        return d.weekday() < 5


def calendar_covers(year: int) -> bool:
    """Whether the official holiday data covers `year` (else working days are Mon–Fri)."""
    try:
        (_calendar or _load_calendar()).is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def add_working_days(start: date, n: int) -> date:
    """The n-th working day after `start` (before it when n < 0; `start` itself when n == 0)."""
    step = timedelta(days=1 if n >= 0 else -1)
    d, left = start, abs(n)
    while left:
        d += step
        left -= is_working_day(d)
    return d


def working_days_between(a: date, b: date) -> int:
    """Working days in (a, b]; negative when b < a."""
    lo, hi, sign = (a, b, 1) if a <= b else (b, a, -1)
    return sign * sum(is_working_day(lo + timedelta(days=i)) for i in range(1, (hi - lo).days + 1))
