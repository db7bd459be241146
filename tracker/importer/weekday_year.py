"""The year a date's written weekday fixes.

A plan that writes no year of its own may name the years of the material it asks for (2011年及
2012年相关资料); the first of them is not always the plan's. A date written with its weekday
(于11月28日(周三)前), no year with it, falls on that weekday in one year only among neighbouring
years: when it does not in the year found, and does in the year after or before it, that year
is the plan's.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.importer.clean import Para

# 11月28日(周三) / 11月28日(星期三) / 11月28日（礼拜天）: a month's day and its weekday in brackets,
# no year written with it (2012年1月6日(周五) states its year, whatever the weekday says).
_WITH_WEEKDAY = re.compile(
    r"(?<![\d年])(?<!年\s)(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[(（]\s*(?:周|星期|礼拜|禮拜)\s*([一二三四五六日天])\s*[)）]"
)
_WEEKDAY = {c: k for k, c in enumerate("一二三四五六日")} | {"天": 6}


def _fits(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def year_by_weekday(paras: list[Para], year: int) -> int:
    """`year`, or the year before or after it when every weekday written with a date (周三)
    fits that one and none fits `year`."""
    dated = [
        (int(m.group(1)), int(m.group(2)), _WEEKDAY[m.group(3)])
        for p in paras
        if "周" in p.norm or "星期" in p.norm or "拜" in p.norm  # the pattern needs one of them
        for m in _WITH_WEEKDAY.finditer(p.norm)
    ]
    if not dated or any(_fits(year, *d) for d in dated):
        return year
    near = [y for y in (year + 1, year - 1) if all(_fits(y, *d) for d in dated)]
    return near[0] if len(near) == 1 else year
