"""Dates and deadlines: Chinese and English wording -> `date`, and the official working calendar.

This module owns every reading of a date that a person wrote: a `--due` typed at the CLI
(`parse_date`, strict: one date or `DateError`, never a guess), the deadline wording of a
document (`parse_deadline`, `parse_range`, `find_dates`: vague wording is a value, not an
error), and working-day arithmetic on the State Council calendar with 调休 (from `workdays`).
English wording is read in `englishdates`, real days and `DateError` are built in `days`;
callers import all of it from here and get `date`, `Deadline` and `DateError`.

How wording is read (issue 13: read or refused, never guessed; a refusal names exact forms):
- "3月前", "3月份前": before March begins, i.e. by the last day of February, as an office
  means "3月前完成"; the whole of March is "3月底前" (or plain "3月"). The same for a quarter
  or half-year ("三季度前" is by 30 June). A named day keeps its day: "9月30日前" is by 30 Sep.
  "6月中旬前" (also 上旬/下旬/初) reads as either end of the neighbouring 旬: refused.
- "20日前" with no month: the next 20th that is not past (today counts); a month without that
  day ("31日前" in November) is refused. "本月20日" is this month's, even if past.
- 下周五 and "next Friday": the Friday of next week (weeks start on Monday); 本周五 and "this
  Friday" are this week's; 周五 and "Friday" the next one, today included. "next week",
  "next month" name no day: refused, as 下周 and 下个月 are.
- Chinese numerals, 〇 and 零 included: "二〇二六年十二月三十一日前" is 2026-12-31.
- 次年/翌年 count from the plan's year; 明年/今年 from the year they are typed in (a document
  speaks in its plan's year).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from tracker.days import DateError as DateError
from tracker.days import ambiguous, impossible, month_end, real_day, unreadable, weekday
from tracker.englishdates import english

# Working-day arithmetic lives in `workdays`; it stays importable from here as part of the
# dates API.
from tracker.workdays import add_working_days as add_working_days
from tracker.workdays import calendar_covers as calendar_covers
from tracker.workdays import is_working_day as is_working_day
from tracker.workdays import working_days_between as working_days_between


@dataclass(frozen=True, slots=True)
class Deadline:
    due: date | None  # None when the wording is vague or recurring
    text: str  # the original wording, stripped
    start: date | None = None  # for ranges like 7月20日—10月15日
    vague: bool = False  # 春节前, 每月3日前, 长期坚持, 收到通知后3个工作日内 ...


class _Lazy:
    """A pattern compiled on first use. Compiling every date pattern took ~25 ms at import,
    paid by each command that might parse a date (tracker set, add, note) even when it never
    does; most runs need one or two of them. After the first use, the pattern's methods are
    plain attributes, so a scan of a long document pays nothing per call."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source, self.flags = source, flags

    def __getattr__(self, name: str) -> Any:
        value = getattr(re.compile(self.source, self.flags), name)
        setattr(self, name, value)
        return value


# Full-width digits and punctuation map one-to-one onto ASCII, so offsets found in the
# normalised text are offsets in the original (find_dates relies on that).
_WIDE = str.maketrans("０１２３４５６７８９Ｘｘ－～〜／．　", "0123456789Xx-~~/. ")
_WIDE_ANY = _Lazy("[" + "".join(map(chr, _WIDE)) + "]")
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN = "零〇一二两三四五六七八九十"
_NUM = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"
_NUM3 = rf"(?:\d{{1,3}}|[{_CN}]{{1,3}})"
_SEP = r"\s*(?:—{1,2}|–|-|~|至|到)\s*"
_CJK = _Lazy(r"[\u3000-\u9fff\uff00-\uffef]")

_YEAR_T = (
    r"(?P<§yr>(?:(?<!\d)(?P<§y>\d{4}|20[xX]{2}|[〇零一二三四五六七八九]{4})\s*年度?|(?P<§yrel>次|明|翌|来|今|本|当)年度?)\s*)?"
)
# One template for a calendar point; '§' prefixes group names so a range can hold two points,
# '¤' makes 日 optional for the start of '3月22-30日'.
_POINT_T = (
    r"(?<!\d)(?P<§iy>\d{4})[-/.](?P<§im>\d{1,2})[-/.](?P<§id>\d{1,2})(?!\d)"
    r"|(?<!\d)(?P<§cy>20\d\d)(?P<§cm>[01]\d)(?P<§cd>[0-3]\d)(?!\d)"
    r"|" + _YEAR_T + r"(?:(?<!\d)(?P<§m>" + _NUM + r"|元)\s*月份?\s*"
    r"(?:(?P<§d>" + _NUM + r")\s*[日号]¤|(?P<§part>底|末|初|上旬|中旬|下旬))?"
    r"|第?(?P<§q>[1-4一二三四])\s*季度(?P<§qe>末|底)?"
    r"|(?P<§half>上|下)半年度?(?P<§he>末|底)?"
    # bare 年底 needs a real 年 that is not '三年内' (within three years)
    r"|(?(§yr)年?|(?<![\dxX" + _CN + r"百几多半近])年)(?P<§yp>底|末|内))"
)


def _point_src(prefix: str, day_optional: bool = False) -> str:
    return _POINT_T.replace("§", prefix).replace("¤", "?" if day_optional else "")


_END_SRC = rf"(?:{_point_src('b')})|(?P<bdd>{_NUM})\s*[日号]|月?(?P<bmp>底|末|上旬|中旬|下旬)"
_POINT_RE = _Lazy(_point_src("p"))
_START_RE = _Lazy(_point_src("a", day_optional=True))
_END_RE = _Lazy(_END_SRC)
# '9-10月': months only; the end must say 月 so that '3—5个' stays a number range.
_MRANGE_RE = _Lazy(
    _YEAR_T.replace("§", "m") + rf"(?<!\d)(?P<ma>{_NUM}){_SEP}(?P<mb>{_NUM})\s*月份?"
)
_RANGE_RE = _Lazy(rf"(?P<start>{_point_src('a', True)}){_SEP}(?P<end>{_END_SRC})")

# Affixes around a date that do not change it: 截至9月30日前完成。
_AFFIX = _Lazy(
    r"[\s(（\[【]*(?:截至|截止到?|最迟|不晚于|于|在|到)?\s*(?P<core>.*?)\s*"
    r"(?:(?P<before>之前|以前|前)|为止|止|截止)?(?:完成|结束)?[\s)）\]】。.,，;；!！]*"
)
_REL = _Lazy(
    r"(?P<day>今天|今日|明天|明日|大后天|后天)"
    r"|(?P<wk>本|这|下下|下|上)?个?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天1-7])"
    r"|(?P<mo>本|这|下)?个?月(?P<mp>底|末)"
    r"|(?P<mo2>本|这|下)个?月(?P<md>" + _NUM + r")\s*[日号]"
    r"|(?P<n>" + _NUM3 + r")\s*(?:个\s*)?(?P<unit>工作日|天|周|星期)内?"
    r"|(?P<nm>" + _NUM3 + r")\s*个月内?"
    r"|(?P<nd>" + _NUM3 + r")\s*日内"
    r"|(?P<dayonly>" + _NUM + r")\s*[日号]"
)
# 9.30 / 9.30前: a month and day as a clerk jots them. Typed only (parse_date): in a document
# 9.30 is as often a figure as a day.
_MONTH_DOT_DAY = _Lazy(r"(\d{1,2})\.(\d{1,2})日?")
# Wording that names no fixed day: an event, a recurrence, or an open-ended duty.
_VAGUE = _Lazy(
    r"春节|元旦|国庆|中秋|端午|清明|五一|节前|节后|节假日|汛期|汛前|(?<![半\dxX])年前|每|按[月周季年]"
    r"|长期|持续|常态|定期|随时|及时|适时|尽快|另行|按要求|根据|视情|收到|接到|之日起|以来|期间|逐步"
    r"|后\s*" + _NUM3 + r"\s*个?(?:工作日|天|日|周)"
)
# The vague phrases worth reporting when scanning a document.
_VAGUE_SCAN = (
    r"(?:春节|元旦|国庆节?|中秋节?|端午节?|清明节?|五一|汛期)(?:前|后|期间)"
    rf"|每个?(?:月|季度|年|半年)(?:底|末|初)?(?:{_NUM}\s*[日号])?(?:之?前)?"
    r"|每个?(?:周|星期)[一二三四五六日天]?|长期坚持|持续推进|常态化|另行通知|按要求"
    rf"|(?:收到|接到)[^，。；,;]{{0,15}}?后\s*{_NUM3}\s*个?(?:工作日|天|日)内?"
    rf"|{_NUM3}\s*个工作日内?"
)
_SUFFIX = r"(?:之前|以前|前|为止|止)?"
_SCAN_SRC = (
    rf"(?P<vague>{_VAGUE_SCAN})|(?P<range>{_MRANGE_RE.source}|{_RANGE_RE.source}){_SUFFIX}"
    rf"|(?P<point>{_point_src('c')})(?:(?P<cbefore>之前|以前|前(?!后))|为止|止)?"
)
# Every phrase _SCAN_SRC can match starts with one of these characters (a test derives the
# pattern's possible first characters and pins that this class holds them all). Checked first,
# it turns away every other position at once, where the full pattern tried each of its dozens
# of alternatives there: scanning a document's dated lines takes a tenth of the time.
_SCAN_FIRST = r"[\d〇零一二两三四五六七八九十上下中今元内另国常年底当持按接收明春末本来次每汛清端第翌长]"
_SCAN_RE = _Lazy(rf"(?={_SCAN_FIRST})(?:{_SCAN_SRC})")

# Every phrase _SCAN_RE can match contains one of these; checking first is far cheaper than the
# full pattern, which made scanning a 5 MB document take seconds (tests pin the equivalence).
_SCAN_HINT = re.compile(r"[月年季日号旬节汛每周天]|星期|长期|持续|常态|另行|按要求|五一|\d\s*[-/.~]\s*\d|\d{8}")

def _num(s: str) -> int:
    """'12', '十二', '二十一', '两' -> int; -1 when it is not a number (e.g. '一二')."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        if "十" in ones or len(tens) > 1 or len(ones) > 1:
            return -1
        return (_CN_DIGIT.get(tens, -99) if tens else 1) * 10 + (
            _CN_DIGIT.get(ones, -99) if ones else 0
        )
    return _CN_DIGIT.get(s, -1) if len(s) == 1 else -1


def _normalize(text: str) -> str:
    # translate looks up each character in _WIDE, raising and clearing a KeyError for each one
    # not there: a document's line, already folded, has none of them, and the search says so fast
    return text.translate(_WIDE) if _WIDE_ANY.search(text) else text


def _year_of(
    g: dict[str, str | None], p: str, year: int, now: int | None = None
) -> tuple[int, bool]:
    """The year a point names, and whether it named one (a range end inherits it otherwise);
    `now` is the year it is typed in, None for a document (see the module docstring)."""
    if y := g[p + "y"]:
        if y.lower() == "20xx":
            return year, True
        return int(y if y.isdigit() else "".join(str(_CN_DIGIT[c]) for c in y)), True
    if rel := g[p + "yrel"]:
        base = year if now is None or rel in "次翌当" else now
        return (base + 1 if rel in "次明翌来" else base), True
    return year, False


def _span(
    text: str, g: dict[str, str | None], p: str, year: int, now: int | None = None
) -> tuple[date, date, bool]:
    """The first and last day a matched point covers ('5月' covers May), and year-explicitness."""
    if g[p + "iy"]:
        d = real_day(text, int(g[p + "iy"]), int(g[p + "im"]), int(g[p + "id"]))  # type: ignore[arg-type]
        return d, d, True
    if g[p + "cy"]:
        d = real_day(text, int(g[p + "cy"]), int(g[p + "cm"]), int(g[p + "cd"]))  # type: ignore[arg-type]
        return d, d, True
    y, explicit = _year_of(g, p, year, now)
    if m_txt := g[p + "m"]:
        m = 1 if m_txt == "元" else _num(m_txt)
        last = month_end(text, y, m)
        if d_txt := g[p + "d"]:
            d = real_day(text, y, m, _num(d_txt))
            return d, d, explicit
        first, end = {"底": (last.day, last.day), "末": (last.day, last.day), "初": (1, 10),
                      "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, last.day)}.get(
                          g[p + "part"] or "", (1, last.day))  # fmt: skip
        return real_day(text, y, m, first), real_day(text, y, m, end), explicit
    if q := g[p + "q"]:
        qn = "1234".find(q) + 1 or "一二三四".find(q) + 1
        return real_day(text, y, qn * 3 - 2, 1), month_end(text, y, qn * 3), explicit
    if g[p + "half"]:
        h = g[p + "half"] == "下"
        return (
            real_day(text, y, 7 if h else 1, 1),
            real_day(text, y, 12 if h else 6, 31 if h else 30),
            explicit,
        )
    return real_day(text, y, 1, 1), real_day(text, y, 12, 31), explicit  # 年底 / 年内


def _core(text: str) -> str:
    return _affixed(text)[0]


def _affixed(text: str) -> tuple[str, bool]:
    """The date phrase inside its affixes, and whether it ended in 前/之前/以前."""
    m = _AFFIX.fullmatch(_normalize(text))
    return (m.group("core"), bool(m.group("before"))) if m else ("", False)


def _before_what(g: dict[str, str | None], p: str) -> str | None:
    """What '…前' follows: a whole period (3月, 三季度), a part of a month (中旬), or a point
    with its own last day (9月30日, 3月底, 年底) that 前 does not move."""
    if g[p + "m"] and not g[p + "d"]:
        part = g[p + "part"]
        return "period" if not part else (None if part in "底末" else "part")
    if (g[p + "q"] and not g[p + "qe"]) or (g[p + "half"] and not g[p + "he"]):
        return "period"
    return None


def _point(
    core: str, text: str, year: int, *, before: bool = False, now: int | None = None
) -> tuple[date, date] | None:
    """The first and last day a calendar point names; with `before` (it was followed by 前),
    the deadline it sets, as (d, d): a whole period ends the day before it begins."""
    m = _POINT_RE.fullmatch(core)
    if not m:
        return None
    g = m.groupdict()
    first, last, _ = _span(text, g, "p", year, now)
    what = _before_what(g, "p") if before else None
    if what is None:
        return first, last
    if first == date.min:  # 前 the first day there is: no day before it
        raise impossible(text)
    eve = first - timedelta(days=1)
    if what == "period":
        return eve, eve
    if what == "part":
        raise ambiguous(text, f"可理解为 {last.month}月{last.day}日前 或 {eve.month}月{eve.day}日前",
                         f"it may mean by {last.isoformat()} or by {eve.isoformat()}", last, eve)
    return first, last


def _range(core: str, text: str, year: int) -> tuple[date, date] | None:
    if mm := _MRANGE_RE.fullmatch(core):
        y, _ = _year_of(mm.groupdict(), "m", year)
        ma, mb = _num(mm["ma"]), _num(mm["mb"])
        start = real_day(text, y, ma, 1)
        return start, month_end(text, y + (mb < ma), mb)
    m = _RANGE_RE.fullmatch(core)
    if not m:
        return None
    a = _START_RE.fullmatch(m.group("start"))
    b = _END_RE.fullmatch(m.group("end"))
    assert a and b  # both sides already matched these patterns inside _RANGE_RE
    start, _, _ = _span(text, a.groupdict(), "a", year)
    g = b.groupdict()
    if g["bdd"]:  # '1月20日至30日': same month
        end = real_day(text, start.year, start.month, _num(g["bdd"]))
        ends = lambda y: real_day(text, y, start.month, end.day)
    elif part := g["bmp"]:  # '2月10日至月底', '6月上旬至中旬'
        day = {"上旬": 10, "中旬": 20}.get(part)
        ends = lambda y: (
            real_day(text, y, start.month, day) if day else month_end(text, y, start.month)
        )
        end = ends(start.year)
    else:
        _, end, end_explicit = _span(text, g, "b", start.year)
        if end_explicit:
            return (start, end) if end >= start else None
        ends = lambda y: _span(text, g, "b", y)[1]
    if end < start:  # '11月1日至3月31日' runs into the next year
        end = ends(start.year + 1)
    return start, end


def _relative(core: str, text: str, today: date, *, document: bool = False) -> date | None:
    m = _REL.fullmatch(core)
    if not m or (document and m["dayonly"]):  # '15日前' in a document: of which month?
        return None
    if m["day"]:
        return today + timedelta(days={"今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2,
                                       "大后天": 3}[m["day"]])  # fmt: skip
    if m["wd"]:
        wd = "一二三四五六".find(m["wd"]) if m["wd"] in "一二三四五六" else "123456".find(m["wd"])
        weeks = {None: None, "本": 0, "这": 0, "下": 1, "下下": 2, "上": -1}[m["wk"]]
        return weekday(today, 6 if wd < 0 else wd, weeks)
    if m["mp"]:
        y, mo = divmod(today.year * 12 + today.month - 1 + (m["mo"] == "下"), 12)
        return month_end(text, y, mo + 1)
    if m["md"]:
        y, mo = divmod(today.year * 12 + today.month - 1 + (m["mo2"] == "下"), 12)
        return real_day(text, y, mo + 1, _num(m["md"]))
    n = _num(m["n"] or m["nm"] or m["nd"] or "x")
    if m["unit"] == "工作日":
        return add_working_days(today, n) if n >= 0 else None
    if m["unit"] or m["nd"]:
        days = n * (7 if m["unit"] in ("周", "星期") else 1)
        return today + timedelta(days=days) if n >= 0 else None
    if m["nm"]:
        y, mo = divmod(today.year * 12 + today.month - 1 + n, 12)
        return real_day(text, y, mo + 1, min(today.day, calendar.monthrange(y, mo + 1)[1]))
    return _day_of_month(text, today, _num(m["dayonly"]))


def _day_of_month(text: str, today: date, day: int) -> date:
    """'20日前': the next 20th not past; refused, naming both readings, when that month has no
    such day (the writer meant its last day, or a later month's)."""
    if not 1 <= day <= 31:
        raise impossible(text)
    y, mo = today.year, today.month
    if day < today.day:
        y, mo = divmod(y * 12 + mo, 12)
        mo += 1
    last = calendar.monthrange(y, mo)[1]
    if day <= last:
        return date(y, mo, day)
    later_y, later_mo = y, mo
    while day > calendar.monthrange(later_y, later_mo)[1]:
        later_y, later_mo = divmod(later_y * 12 + later_mo, 12)
        later_mo += 1
    end, later = date(y, mo, last), date(later_y, later_mo, day)
    raise ambiguous(text, f"{mo}月没有{day}日", f"month {mo} has no day {day}", end, later)


def parse_date(text: str, *, today: date, year: int | None = None) -> date:
    """One date typed by a person, or DateError quoting it; never a guess."""
    year = today.year if year is None else year
    core, before = _affixed(text)
    if not core:
        raise unreadable(text, year)
    found = _point(core, text, year, before=before, now=today.year) or _relative(core, text, today)
    if found:
        return found if isinstance(found, date) else found[1]
    if m := _MONTH_DOT_DAY.fullmatch(core):  # 9.30前: month and day as a clerk jots them
        return real_day(text, year, int(m[1]), int(m[2]))
    # NOTES.md: dateparser misreads Chinese ('9月30日前' -> 2023), so it never sees CJK.
    if (
        not _CJK.search(core)
        and not re.search(r"\d\s*[月日]", core)
        and (d := english(core, today, year))
    ):
        return d
    raise unreadable(text, year)


def names_no_day(text: str) -> bool:
    """Deadline wording that names no single day by design (长期坚持, 春节前, 每月5日前,
    收到通知后): a deadline clerks write, to keep as wording, not a date mistyped."""
    return bool(_VAGUE.search(_normalize(text)))


def parse_deadline(text: str, *, year: int, today: date | None = None) -> Deadline:
    """Deadline wording from a document; vague wording gives `vague=True`, impossible dates raise."""
    stripped = text.strip()
    core, before = _affixed(stripped)
    vague = Deadline(None, stripped, vague=True)
    if not core or _VAGUE.search(core):
        return vague
    if r := _range(core, stripped, year):
        return Deadline(r[1], stripped, start=r[0])
    try:
        if p := _point(core, stripped, year, before=before):
            return Deadline(p[1], stripped)
        if today is not None:
            if d := _relative(core, stripped, today, document=True):
                return Deadline(d, stripped)
            if not _CJK.search(core) and (d := english(core, today, year)):
                return Deadline(d, stripped)
    except DateError as exc:
        if exc.kind == "ambiguous":
            return vague  # the wording stays in due_text; a person picks the day
        raise
    found = [dl for _, _, dl in _scan(stripped, year, strict=True) if not dl.vague]
    if len(found) == 1:  # '20xx年4月25日前,将摸排登记表报…'
        return Deadline(found[0].due, stripped, start=found[0].start)
    return vague


def parse_range(text: str, *, year: int) -> tuple[date, date] | None:
    """'7月20日—10月15日' -> (start, end); None when the text is not a date range."""
    return _range(_core(text), text.strip(), year)


def _scan(text: str, year: int, *, strict: bool) -> list[tuple[int, int, Deadline]]:
    norm = _normalize(text)
    if _SCAN_HINT.search(norm) is None:  # most document lines name no date at all
        return []
    out = []
    for m in _SCAN_RE.finditer(norm):
        phrase = text[m.start() : m.end()]
        if m["vague"]:
            out.append((m.start(), m.end(), Deadline(None, phrase, vague=True)))
            continue
        try:
            r = _range(m["range"], phrase, year) if m["range"] else None
            p = None if r else _point(m["point"] or "", phrase, year, before=bool(m["cbefore"]))
        except DateError as exc:
            if exc.kind == "ambiguous":
                out.append((m.start(), m.end(), Deadline(None, phrase, vague=True)))
                continue
            if strict:
                raise
            continue  # a free-text scan reports what it can read; parse_deadline reports the rest
        if r:
            out.append((m.start(), m.end(), Deadline(r[1], phrase, start=r[0])))
        elif p:
            out.append((m.start(), m.end(), Deadline(p[1], phrase)))
    return out


def find_dates(text: str, *, year: int) -> list[tuple[int, int, Deadline]]:
    """Every deadline, range or vague-deadline phrase in free text, as (start, end, Deadline)."""
    return _scan(text, year, strict=False)


@lru_cache(maxsize=8192)
def format_date(d: date, lang: str) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if lang == "zh" else d.isoformat()
