"""A schedule's numbered line naming a phase: 4月2日—9日为报名发动阶段,… (a date range, 为, then
a name ending in 阶段, a word in quotes perhaps in it), or 第一步:2018年为重点突破阶段。… (a
year, the whole of it), or 2024年2月底前,调查摸底阶段。… (a deadline, a comma, then the name: the
phase ends on the deadline). The line is the phase, with those dates, not a task."""

from __future__ import annotations

import re
from datetime import date

from tracker.importer.schedule import phase_dates

_DAY = r"\d{1,2}\s*月\s*\d{1,2}"
DATED_STAGE = re.compile(
    rf"^\s*(?:(?:(?:\d{{4}}\s*年)?{_DAY}\s*日?\s*[—–\-~至到]\s*(?:\d{{4}}\s*年)?(?:\d{{1,2}}\s*月)?\s*(\d{{1,2}})?\s*日?"
    r"|(?P<year>(?:19|20)\d\d)\s*年(?:全年|度)?)\s*为"
    # 2024年2月底前,调查摸底阶段: a deadline, a comma, then the name (the phase ends on the deadline)
    r"|(?P<due>(?:(?:19|20)\d\d\s*年)?\d{1,2}\s*月(?:底|份|\s*\d{1,2}\s*日)?\s*(?:前|以前))\s*[,，])"
    # the name may hold a word in quotes (为迎“五一”环境卫生综合整治阶段)
    r"\s*(?P<name>(?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{1,8}”){2,16}阶段)(?=\s*(?:[,，。;；(（]|$))"
)


def dated_stage(own: str) -> re.Match[str] | None:
    """The match of a line's own text (after its marker) that opens on a dated phase."""
    return DATED_STAGE.match(re.sub(r"^[:：\s]+", "", own))


def stage_span(own: str, *, year: int) -> tuple[date | None, date | None]:
    """5月11—13日 (the first day without 日) is a range as 5月11日—13日 is; 6月3日—日 (the end
    left blank) starts on 6月3日 and has no end."""
    m = dated_stage(own)
    assert m is not None
    head = re.sub(r"^[:：\s]+", "", own)[: m.start("name")]
    if m.group("due"):  # 2024年2月底前,调查摸底阶段: ends on the deadline, no start written
        _, end, _ = phase_dates(m.group("due"), year=year)
        return None, end
    if m.group("year"):  # 2018年为重点突破阶段: the whole year
        return date(int(m.group("year")), 1, 1), date(int(m.group("year")), 12, 31)
    if m.group(1) is None:
        first = re.match(rf"\s*(?:\d{{4}}\s*年)?{_DAY}", head)
        assert first is not None
        _, day, _ = phase_dates(first.group(0) + "日", year=year)
        return day, None
    head = re.sub(rf"({_DAY})(?!\s*日)(\s*[—–\-~至到])", r"\1日\2", head)
    start, end, _ = phase_dates(head, year=year)
    return start, end
