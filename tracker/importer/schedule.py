"""Deadlines and phases of an item, read through `tracker.dates`.

An item's date phrases are sorted into: the 完成时限 tag (wins when present), deadlines
(a point followed by 前/完成/止, or introduced by 于/在/到/截至), ranges (start and end),
starts (…起) and vague or recurring wording (春节前, 每月3日前, 3个工作日内), which only
sets `due_text`. Several different deadlines in one item keep the latest and ask for
review. Number ranges (3—5个, 60-120元) are not dates: `tracker.dates` does not read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tracker.dates import DateError, Deadline, find_dates

_TAG = re.compile(r"(?:完成时限|完成期限|完成时间|时限要求|时间要求|截止时间)\s*:\s*")
# 6月13日(周五)前, 9月20日(下周二)下班前: the weekday in brackets sits between the day and its 前.
_WEEKDAY = r"(?:[(（]\s*[下本这]?(?:周|星期|礼拜)[一二三四五六日天]\s*[)）])?"
_AFTER_DEADLINE = re.compile(
    r"^\s*" + _WEEKDAY + r"(?:(?:上午|下午|中午)?(?:下班|放学|\d{1,2}[时点]|\d{1,2}\s*:\s*\d{2})?(?:之前|以前|前)|止|底前|为止|[,，]?\s*(?:全面|基本)?(?:完成|建成|完工|实现|收回))"
)
# 5月下旬道具、服装到位: what is to be in place by the date, right after it, makes it a deadline.
_IN_PLACE_AFTER = re.compile(r"^[^,，。;；:：\d]{0,10}?到位")
# 截至 / 截止 before the date, also as a label (报名截止:4月17日) or 截止到: the last day to do it.
_BEFORE_DEADLINE = re.compile(r"(?:至|截至|截止)\s*(?:日期|时间)?\s*[:到至]?\s*$")
_ALREADY = re.compile(r"已(?:于|在|经)?\s*$")
# 截至11月,累计完成…: 截至 (as of), the date, then a comma: how far the work had come by then.
_AS_OF_BEFORE = re.compile(r"截至\s*$")
_AS_OF_AFTER = re.compile(r"^\s*[,，]")
_OWN_DEADLINE = re.compile(r"(?:前|止|底|末)$")
# 力争年底前 / 今年年底前: the year's end needs no digit to be a deadline (每年年底前 recurs).
_YEAR_END = re.compile(r"^(?:今|本)?年(?:底|末)(?:之|以)?前$")
# 每年4月底前: a date every year, recurring wording as 每月3日前 is, not one deadline.
_EVERY_YEAR = re.compile(r"每年\s*$")
_AFTER_START = re.compile(r"^\s*(?:起|开始)")
# 9月15日起至9月25日 / 起到: a phase's start, then 至 and the day it ends, one range.
_START_THEN_END = re.compile(r"^\s*(?:起|开始)\s*(?:至|到|—|~)\s*")
_DAYS_OF_WORK = re.compile(r"[\d一二三四五六七八九十]{1,3}\s*个\s*工作日")
# 时间: / 活动时间: labelling a date (not 完成时间: / 截止时间:, read as the 完成时限 tag).
# (时间:20x年4月10日—5月10日: a masked year between, too)
_WHEN_LABEL = re.compile(r"(?<![成止限])时间\s*:\s*(?:(?:19|20)[xX*]{1,2}\s*年)?\s*$")
_LIMIT_BEFORE = re.compile(r"(?:缩短|压缩|减少|控制|降低|减至)(?:至|到|在)?\s*$|不超过\s*$")
_VALIDITY_BEFORE = re.compile(r"(?:期限|有效期|延长|实施|执行|期间)(?:至|到|截至)\s*$")
# 春季森林防火期为3月15日至6月15日 / 汛期是…: a season named by its dates, not a time to work to.
_SEASON_BEFORE = re.compile(r"期\s*(?:为|是)\s*(?:从|自)?\s*$")
_VALIDITY_AFTER = re.compile(r"^\s*(?:[,，]\s*)?(?:实施|执行|有效|施行)")
_BARE_MONTH = re.compile(
    r"^(?:(?:\d{4}|20[xX]{2})\s*年)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|元)\s*月份?$"
)


@dataclass(frozen=True, slots=True)
class Schedule:
    start: date | None = None
    due: date | None = None
    due_text: str | None = None
    review: tuple[str, ...] = ()


# 2月30日前 / 6月31日 / 13月5日: a deadline a document got wrong. find_dates passes over it
# (there is no such day), so it is looked for here, to be kept as wording and named for review.
_DAY = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _impossible_days(norm: str, year: int) -> list[str]:
    out: list[str] = []
    if "月" not in norm:  # _DAY needs it: a paragraph without one is not searched at every place
        return out
    for m in _DAY.finditer(norm):
        y, mo, d = int(m[1] or year), int(m[2]), int(m[3])
        try:
            date(y, mo, d)
        except ValueError:
            out.append(m[0] + ("前" if norm[m.end():m.end() + 1] == "前" else ""))
    return out


def schedule_of(norm: str, *, year: int) -> Schedule:
    wrong = _impossible_days(norm, year)
    found = _schedule_of(norm, year)
    if not wrong:
        return found
    review = found.review + tuple(f"“{w}”这个日期不存在,请核对完成时限" for w in wrong)
    if found.due is None and found.due_text is None:
        return Schedule(found.start, None, wrong[0], review)
    return Schedule(found.start, found.due, found.due_text, review)


def _schedule_of(norm: str, year: int) -> Schedule:
    found = _dates(norm, year)
    if not found:
        return Schedule()
    tag = _TAG.search(norm)
    if tag:
        tagged = [f for f in found if f[0] >= tag.end() and f[0] - tag.end() <= 2]
        if tagged:
            return _single(tagged[0][2])
    deadlines: list[Deadline] = []
    starts: list[date] = []
    vague: list[Deadline] = []
    recurring: list[str] = []
    for s, e, dl in found:
        if _VALIDITY_BEFORE.search(norm[max(0, s - 6) : s]) or _VALIDITY_AFTER.match(norm[e:]):
            continue  # 实施期限至2021年12月31日: how long a policy runs, not a deadline
        if _SEASON_BEFORE.search(norm[max(0, s - 4) : s]):
            continue  # 汛期为5月1日至9月30日: when a season is, not a deadline
        if _WHEN_LABEL.search(norm[max(0, s - 8) : s]) and not (
            _OWN_DEADLINE.search(dl.text) or _AFTER_DEADLINE.match(norm[e:])
        ):
            continue  # 活动时间:8月15日-19日: when the activity happens, not a deadline
        if dl.vague and _LIMIT_BEFORE.search(norm[max(0, s - 4) : s]):
            continue  # 审批时间缩短至100个工作日内: a time limit to reach, not a deadline
        if dl.vague and _DAYS_OF_WORK.fullmatch(dl.text.strip()):
            continue  # 每人投劳5个工作日: an amount of work, not a deadline (that says 内)
        if dl.vague and dl.text.strip() == "每年" and any(s2 >= e and not norm[e:s2].strip()
                                                          for s2, _, _ in found):
            continue  # 每年 before 4月底前: read with the date after it, below
        if dl.vague:
            vague.append(dl)
        elif dl.start is not None:
            deadlines.append(dl)
        elif _ALREADY.search(norm[max(0, s - 3) : s]):
            continue  # 已于今年7月份出台: something that happened, not a deadline
        elif _AS_OF_BEFORE.search(norm[max(0, s - 3) : s]) and _AS_OF_AFTER.match(norm[e:]):
            continue  # 截至11月,累计上报…: a status date, not a deadline
        elif _AFTER_START.match(norm[e:]):
            starts.append(_month_start(dl))
        elif (
            (_OWN_DEADLINE.search(dl.text) and re.search(r"\d|xx|XX|[一二三四五六七八九十]月", dl.text))
            or (_YEAR_END.match(dl.text) and norm[max(0, s - 1) : s] not in ("每", "年"))
            or _AFTER_DEADLINE.match(norm[e:])
            or _IN_PLACE_AFTER.match(norm[e:])
            or _BEFORE_DEADLINE.search(norm[max(0, s - 4) : s])
        ):
            if _EVERY_YEAR.search(norm[max(0, s - 3) : s]):
                recurring.append("每年" + dl.text)  # 每年4月底前: every year, no one deadline
                continue
            deadlines.append(dl)
    if deadlines:
        latest = max(deadlines, key=lambda d: d.due)  # type: ignore[arg-type,return-value]
        review: tuple[str, ...] = ()
        distinct = {d.due for d in deadlines}
        if len(distinct) > 1:
            texts = "、".join(dict.fromkeys(d.text for d in deadlines))
            review = (f"有多个时间节点({texts}),取最晚的一个,请核对",)
        start = latest.start or (min(starts) if starts else None)
        if start and latest.due and start > latest.due:
            review += (f"开始日期晚于截止日期({latest.text}),请核对",)
            start = None
        return Schedule(start, latest.due, _due_text(latest), review)
    if vague:
        return Schedule(due_text=vague[0].text)
    if recurring:
        return Schedule(due_text=recurring[0])
    if starts:
        return Schedule(start=min(starts))
    return Schedule()


def _single(dl: Deadline) -> Schedule:
    if dl.vague or dl.due is None:
        return Schedule(due_text=dl.text)
    return Schedule(dl.start, dl.due, _due_text(dl))


def _month_start(dl: Deadline) -> date:
    assert dl.due is not None
    return dl.due.replace(day=1) if _BARE_MONTH.match(dl.text.strip()) else dl.due


def _due_text(dl: Deadline) -> str:
    return dl.text


_DATEISH = re.compile(r"\d|[月年日旬季周节内]|长期|常态|持续|即日")


_DAY_WITHOUT_RI = re.compile(r"(\d{1,2}\s*月\s*\d{1,2})(?=\s*(?:以前|之前|前))")


def _dates(norm: str, year: int) -> list[tuple[int, int, Deadline]]:
    if not _DATEISH.search(norm):
        return []  # most paragraphs name no date; skip the full scan
    # tracker.dates reads 6月10以前 as 6月 (the month's end): give it the 日 it expects, one
    # character per match, and map offsets back so callers still cut the original text.
    marks = [m.end(1) for m in _DAY_WITHOUT_RI.finditer(norm)]
    probe = _DAY_WITHOUT_RI.sub(r"\1日", norm) if marks else norm
    try:
        found = find_dates(probe, year=year)
    except DateError:
        return []
    if not marks:
        return found

    def back(i: int) -> int:
        return i - sum(1 for k, m in enumerate(marks) if m + k < i)

    return [(back(s), back(e), dl) for s, e, dl in found]


# A period given in whole years, (2024-2025年) / 2026—2028年: 1 January to 31 December.
YEAR_RANGE = re.compile(r"((?:19|20)\d\d)\s*年?\s*[-—–~至到]\s*((?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月)")


# 10月10至10月15 / 10月16至11月30: a phase's range with its days written without 日.
_DAYS_WITHOUT_RI = re.compile(
    r"(\d{1,2}\s*月\s*)(\d{1,2})(?![\d日号])(\s*(?:至|到|—|~)\s*)(\d{1,2}\s*月\s*)?(\d{1,2})(?![\d日号月])"
)


# (x年12月至x年6月) / (20xx年3月至20xx年5月): a template's masked year before a month says no
# more than a month written alone (the stage falls in the plan's year, or runs into the next).
_MASKED_YEAR = re.compile(r"(?<![\dA-Za-z])(?:20)?[xX×]{1,2}\s*年(?=\s*\d{1,2}\s*月)")
# (2023月至11月): a start month no calendar has (the page garbled it), then the end: the stage's
# start is unknown, not the end's month.
_GARBLED_START = re.compile(r"(?<!\d)(?:1[3-9]|[2-9]\d|\d{3,4})\s*月\s*(?:至|到|—|~|-)\s*$")


# (2023年9日15日前): a year, then two days: the first is the month the page garbled (9日 for 9月).
_DAY_FOR_MONTH = re.compile(r"(?<=年)(\s*(?:[1-9]|1[0-2])\s*)日(?=\s*\d{1,2}\s*日)")
# (5月2日7日): two days of one month, the dash between them lost: a range when the second is later.
_LOST_DASH = re.compile(r"(?<!\d)(\d{1,2}\s*月\s*(\d{1,2})\s*日)(?=\s*(\d{1,2})\s*日)")


# (5月30日一6月4日): 一 between two dates is the dash the page lost (a scan's — read as 一);
# so is 一 between two months (2022年4月一2022年10月), the second one's year written or not.
_YI_DASH = re.compile(r"(?<=日)\s*一\s*(?=\d{1,2}\s*月\s*\d{1,2}\s*日)|(?<=\d月)\s*一\s*(?=(?:\d{4}\s*年)?\d{1,2}\s*月)")


def _last_window(found: list[tuple[int, int, Deadline]], k: int, norm: str) -> date | None:
    """The end of the last date range after range k in the same sentence, later than k's end
    (a stage given two windows, 夏季(5月30日—6月4日)、秋季(9月20日—9月30日): it runs to the last)."""
    _, e, dl = found[k]
    last = None
    for s2, e2, dl2 in found[k + 1 :]:
        if "。" in norm[e:s2] or dl2.start is None or dl2.vague or dl2.due is None:
            break
        if dl.due is not None and dl2.start > dl.due:
            last, e = dl2.due, e2
    return last


def _dash_restored(m: re.Match[str]) -> str:
    return m.group(1) + ("至" if int(m.group(3)) > int(m.group(2)) else "")


def phase_dates(norm: str, *, year: int) -> tuple[date | None, date | None, str | None]:
    """(start, end, wording) of the first readable date phrase in a phase heading; a range of
    whole years (2026-2028年) runs from the first year's 1 January to the last's 31 December."""
    norm = _YI_DASH.sub("—", _DAY_FOR_MONTH.sub(r"\1月", _MASKED_YEAR.sub("", norm)))
    norm = _DAYS_WITHOUT_RI.sub(r"\1\2日\3\4\5日", _LOST_DASH.sub(_dash_restored, norm))
    span = YEAR_RANGE.search(norm)
    if span and int(span.group(1)) <= int(span.group(2)):
        first = next((s for s, _, dl in _dates(norm, year) if not dl.vague and dl.due is not None), None)
        if first is None or first >= span.start():
            return date(int(span.group(1)), 1, 1), date(int(span.group(2)), 12, 31), span.group(0)
    found = _dates(norm, year)
    for k, (s, e, dl) in enumerate(found):
        if dl.vague or dl.due is None:
            continue
        start = dl.start
        if start is None and _BARE_MONTH.match(dl.text.strip()) and not _GARBLED_START.search(norm[:s]):
            start = dl.due.replace(day=1)
        then = _START_THEN_END.match(norm[e:]) if dl.start is None else None
        if then and k + 1 < len(found) and found[k + 1][0] == e + then.end():
            end = found[k + 1][2]  # (9月15日起至9月25日): its start, then up to its end
            if not end.vague and end.due is not None and end.due >= dl.due:
                return dl.due, end.due, norm[found[k][0] : found[k + 1][1]]
        if dl.start is None and _AFTER_START.match(norm[e:]):
            return start or dl.due, None, dl.text  # (2021年7月起): open-ended
        return start, (_last_window(found, k, norm) if dl.start else None) or dl.due, dl.text
    return None, None, None


def column_due(text: str, *, year: int) -> Schedule:
    """The deadline in a 完成时限 cell: every date there is one; staged ones keep the last."""
    found = [dl for _, _, dl in _dates(text, year) if dl.due is not None and not dl.vague]
    if not found:
        vague = [dl for _, _, dl in _dates(text, year)]
        return Schedule(due_text=vague[0].text) if vague else Schedule()
    last = max(found, key=lambda d: d.due)  # type: ignore[arg-type,return-value]
    review: tuple[str, ...] = ()
    if len({d.due for d in found}) > 1:
        review = (f"完成时限分多个节点({'、'.join(d.text for d in found)}),取最后一个,请核对",)
    return Schedule(last.start, last.due, _due_text(last), review)
