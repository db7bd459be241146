"""English deadline wording -> `date`: "Friday", "next Friday", "end of May", "May 31", "in 2
weeks". The rules are those of the Chinese wording (`dates`): a weekday is the next one, today
included, and weeks start on Monday; a month with no day is a deadline at its end; "next week"
names no day and is refused with both readings. dateparser reads only what it reads reliably
(relative words, a month and day); this module is its only user."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta

from tracker.days import DateError, ambiguous, month_end, weekday

_EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_EN_MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
_EN_DAYS = {d.lower() for d in (*calendar.day_name, *calendar.day_abbr)} | {"tues", "thur", "thurs"}
_EN_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}
_EN_DATE_WORDS = _EN_DAYS | set(_EN_MONTHS) | {
    "today", "tomorrow", "yesterday", "now", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "fortnight"}  # fmt: skip
_EN_VOCAB = _EN_DATE_WORDS | {"next", "this", "last", "in", "ago", "of", "the", "a", "an", "on",
                              "st", "nd", "rd", "th", "after", "coming", "end"}  # fmt: skip
_EN_LEAD = re.compile(r"\s*(?:by|before|due|until|till|on)\s+", re.IGNORECASE)
_EN_END = re.compile(r"(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<what>next\s+month|month|year|[a-z]+)"
                     r"(?:\s+(?P<y>\d{4}))?|(?P<mon>[a-z]+)(?:\s+(?P<y2>\d{4}))?", re.IGNORECASE)  # fmt: skip


_EN_WEEKDAY = re.compile(
    r"(?:(?P<which>this|next|coming|last)\s+)?(?P<wd>[a-z]+)(?P<after>\s+after\s+next)?"
)


def _englishweekday(t: str, today: date) -> date | None:
    """'Friday', 'this/next/coming/last Friday', 'Friday after next': the rule of _weekday."""
    m = _EN_WEEKDAY.fullmatch(t)
    if not m or m["wd"] not in _EN_DAYS or (m["after"] and m["which"]):
        return None
    wd = next(i for i, names in enumerate(zip(calendar.day_name, calendar.day_abbr))
              if any(n.lower().startswith(m["wd"][:3]) for n in names))
    weeks = 2 if m["after"] else {None: None, "coming": None, "this": 0, "next": 1, "last": -1}[
        m["which"]]
    return weekday(today, wd, weeks)


def _whole_period(text: str, today: date, n: int, what: str) -> DateError:
    """'next week' names no day: by its Friday (or its end), or by its start? Both are named."""
    if what == "week":
        monday = today - timedelta(days=today.weekday() - 7 * n)
        first, second = monday + timedelta(days=4), monday + timedelta(days=6)
    elif what == "month":
        y, mo = divmod(today.year * 12 + today.month - 1 + n, 12)
        first, second = month_end(text, y, mo + 1), date(y, mo + 1, 1)
    else:
        first, second = date(today.year + n, 12, 31), date(today.year + n, 1, 1)
    return ambiguous(text, "这是一段时间，不是某一天", f"it names a whole {what}, not a day",
                      first, second)


def english(text: str, today: date, year: int) -> date | None:
    """English wording; dateparser only for what it reads reliably (relative words, 'May 31')."""
    t = _EN_LEAD.sub("", text.strip().lower(), count=1).strip(" .,")
    if not t or re.search(r"[^a-z0-9\s,./+-]", t):
        return None
    if weekday := _englishweekday(t, today):
        return weekday
    if m := re.fullmatch(r"(this|next)\s+(week|month|year)", t):
        raise _whole_period(text, today, int(m[1] == "next"), m[2])
    words = re.findall(r"[a-z]+", t)
    if not set(words) <= _EN_VOCAB or not set(words) & _EN_DATE_WORDS:
        return None
    months = [_EN_MONTHS[w] for w in words if w in _EN_MONTHS]
    if re.search(r"\d", t) and not months and not set(words) & _EN_UNITS:
        return None  # 'sun 3': dateparser would invent a month for the bare number
    if m := _EN_END.fullmatch(t):  # a month with no day is a deadline at its end
        what = (m["what"] or m["mon"]).lower()
        y = int(m["y"] or m["y2"] or year)
        if what in _EN_MONTHS:
            return month_end(text, y, _EN_MONTHS[what])
        if m["what"] and what in ("month", "next month"):
            y, mo = divmod(today.year * 12 + today.month - 1 + (what != "month"), 12)
            return month_end(text, y, mo + 1)
        if m["what"] == "year":
            return date(int(m["y"] or today.year), 12, 31)
    days = [int(n) for n in re.findall(r"\d+", t) if len(n) <= 2]
    if months and not re.search(r"\d{4}", t):
        t = f"{t} {year}"  # dateparser would pick next year; our rule is the plan year
    import dateparser  # 60–185 ms on first use: only paid when English is typed

    settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": datetime.combine(today, time())}
    try:
        found = dateparser.parse(t, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except Exception:
        return None
    if found is None:
        return None
    if months and (found.month != months[0] or (days and found.day != days[0])):
        return None  # it read something other than what was written
    return found.date()
