"""Days on the calendar: a date from year, month and day, a month's last day, a weekday of a
week, each raising `DateError` (quoting what was written) when the writing names no real day;
and `DateError` itself, with the three ways a date is refused. Shared by the Chinese wording
(`dates`) and the English (`englishdates`)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from tracker.problems import UserError


class DateError(UserError, ValueError):
    """A date that cannot be read; the message quotes it and may name exact forms that would be.
    `kind`: "unrecognised", "impossible" (2月30日) or "ambiguous" (6月中旬前)."""

    def __init__(
        self, text: str, reason_zh: str = "无法识别的日期", reason_en: str = "unrecognised date",
        *, kind: str = "unrecognised", hint_zh: str = "", hint_en: str = "",
    ):
        self.text, self.reason_zh, self.reason_en = text, reason_zh, reason_en
        self.kind, self.hint_zh, self.hint_en = kind, hint_zh, hint_en
        super().__init__(self.message("zh"))

    def message(self, lang: str) -> str:
        reason, hint = (self.reason_en, self.hint_en) if lang == "en" else (self.reason_zh, self.hint_zh)
        said = f'{reason}: "{self.text}"'
        return f"{said}{'; ' if lang == 'en' else '；'}{hint}" if hint else said


def impossible(text: str) -> DateError:
    return DateError(text, "日期不存在", "no such date", kind="impossible")


def unreadable(text: str, year: int) -> DateError:
    return DateError(text, hint_zh=f"请写成 {year}-05-31 或 5月31日前 这样的确切日期",
                     hint_en=f"write it as {year}-05-31 or 5月31日前 (an exact date)")


def ambiguous(text: str, zh: str, en: str, first: date, second: date) -> DateError:
    """Two readings, both named, the first one suggested as ISO and the second as wording."""
    return DateError(text, "日期有歧义", "ambiguous date", kind="ambiguous",
                     hint_zh=f"{zh}；请写成 {first.isoformat()} 或 {second.month}月{second.day}日前",
                     hint_en=f"{en}; write it as {first.isoformat()} or {second.isoformat()}")


def real_day(text: str, y: int, m: int, d: int) -> date:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        raise impossible(text) from None


def month_end(text: str, y: int, m: int) -> date:
    if not 1 <= m <= 12 or not 1 <= y <= 9999:
        raise impossible(text)
    return date(y, m, calendar.monthrange(y, m)[1])


def weekday(today: date, wd: int, weeks: int | None) -> date:
    """Weekday `wd` (Monday 0) of the week `weeks` after this one (weeks start on Monday, as
    on office calendars); `weeks` None: the next one, today included (周五, "Friday")."""
    if weeks is None:
        return today + timedelta(days=(wd - today.weekday()) % 7)
    return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks, days=wd)
