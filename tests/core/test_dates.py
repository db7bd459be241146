"""Deadline wording and working days, pinned at a fixed today (Monday 2026-11-23) and plan year 2026."""

from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.dates import (
    DateError,
    Deadline,
    add_working_days,
    calendar_covers,
    find_dates,
    format_date,
    is_working_day,
    parse_date,
    parse_deadline,
    parse_range,
    working_days_between,
)

TODAY = date(2026, 11, 23)  # a Monday
D = date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-05-31", D(2026, 5, 31)),
        ("2026/5/31", D(2026, 5, 31)),
        ("2026.5.31", D(2026, 5, 31)),
        ("20260531", D(2026, 5, 31)),
        ("2026年5月31日", D(2026, 5, 31)),
        ("２０２６年５月３１日", D(2026, 5, 31)),
        ("20xx年4月25日前", D(2026, 4, 25)),
        ("20XX年4月25日", D(2026, 4, 25)),
        ("9月30日前", D(2026, 9, 30)),
        ("9月30日之前", D(2026, 9, 30)),
        ("9月30号", D(2026, 9, 30)),
        ("截至9月30日前完成。", D(2026, 9, 30)),
        ("5月底前", D(2026, 5, 31)),
        ("5月底", D(2026, 5, 31)),
        ("5月末", D(2026, 5, 31)),
        ("5月", D(2026, 5, 31)),
        ("2月底", D(2026, 2, 28)),
        ("4月份前", D(2026, 3, 31)),  # before April begins: see test_before_a_month
        ("年底前", D(2026, 12, 31)),
        ("年内", D(2026, 12, 31)),
        ("年底", D(2026, 12, 31)),
        ("2026年底", D(2026, 12, 31)),
        ("今年年底", D(2026, 12, 31)),
        ("上半年", D(2026, 6, 30)),
        ("下半年", D(2026, 12, 31)),
        ("6月上旬", D(2026, 6, 10)),
        ("6月中旬", D(2026, 6, 20)),
        ("6月下旬", D(2026, 6, 30)),
        ("第三季度末", D(2026, 9, 30)),
        ("三季度末", D(2026, 9, 30)),
        ("第3季度", D(2026, 9, 30)),
        ("一季度", D(2026, 3, 31)),
        ("元月", D(2026, 1, 31)),
        ("十月底", D(2026, 10, 31)),
        ("十二月", D(2026, 12, 31)),
        ("十二月三十一日", D(2026, 12, 31)),
        ("两月", D(2026, 2, 28)),
        ("次年3月", D(2027, 3, 31)),
        ("明年3月", D(2027, 3, 31)),
        ("3个工作日内", D(2026, 11, 26)),
        ("3个工作日", D(2026, 11, 26)),
        ("5天内", D(2026, 11, 28)),
        ("5日内", D(2026, 11, 28)),
        ("今天", TODAY),
        ("明天", D(2026, 11, 24)),
        ("后天", D(2026, 11, 25)),
        ("下周五", D(2026, 12, 4)),
        ("本周五", D(2026, 11, 27)),
        ("周五", D(2026, 11, 27)),
        ("周一", TODAY),  # the next occurrence counts today
        ("下个月底", D(2026, 12, 31)),
        ("月底", D(2026, 11, 30)),
        ("15号", D(2026, 12, 15)),  # the next 15th that is not past
        ("end of May", D(2026, 5, 31)),
        ("May 31", D(2026, 5, 31)),
        ("31 May 2026", D(2026, 5, 31)),
        ("Dec 2026", D(2026, 12, 31)),
        ("next Friday", D(2026, 12, 4)),  # the same day as 下周五
        ("tomorrow", D(2026, 11, 24)),
        ("in 3 days", D(2026, 11, 26)),
        ("9.30", D(2026, 9, 30)),  # month.day, as clerks jot a deadline
        ("9.30前", D(2026, 9, 30)),
        ("12.5", D(2026, 12, 5)),
        ("１２．５日前", D(2026, 12, 5)),
    ],
)
def test_parse_date_forms(text, expected):
    assert parse_date(text, today=TODAY, year=2026) == expected


def test_parse_date_year_defaults_to_today_and_20xx_means_year():
    assert parse_date("9月30日", today=TODAY) == D(2026, 9, 30)
    assert parse_date("20xx年4月25日", today=TODAY, year=2027) == D(2027, 4, 25)
    assert parse_date("May 31", today=TODAY, year=2027) == D(2027, 5, 31)


@pytest.mark.parametrize(
    "text", ["2月30日", "9月31日前", "13月", "0月", "2026-02-30", "2025年2月29日", "9.31", "13.5", "2.30前"]
)
def test_impossible_dates_raise_and_quote_the_input(text):
    with pytest.raises(DateError) as err:
        parse_date(text, today=TODAY, year=2026)
    assert f'"{text}"' in str(err.value)
    assert f'"{text}"' in err.value.message("en")
    assert err.value.text == text and err.value.reason_zh and err.value.reason_en


@pytest.mark.parametrize(
    "text", ["尽快", "asap", "", "   ", "a", "1", "sun 3", "春节前", "7月20日—10月15日", "另行通知"]
)
def test_garbage_is_a_date_error(text):
    with pytest.raises(DateError) as err:
        parse_date(text, today=TODAY)
    assert str(err.value).startswith(f'无法识别的日期: "{text}"')
    assert err.value.message("en").startswith(f'unrecognised date: "{text}"')
    # every refusal names an exact form that would be read
    assert "请写成 2026-" in err.value.message("zh") and "write it as 2026-" in err.value.message("en")


def test_impossible_deadline_raises():
    with pytest.raises(DateError, match="9月31日"):
        parse_deadline("9月31日前", year=2026)


@pytest.mark.parametrize(
    "text",
    ["春节前", "每月3日前", "每周五", "每季度", "长期坚持", "持续推进", "常态化",
     "收到通知后3个工作日内", "按要求", "另行通知", "三年内", "15日前", "尽快", ""],
)  # fmt: skip
def test_vague_deadlines(text):
    assert parse_deadline(text, year=2026, today=TODAY) == Deadline(None, text, vague=True)


@pytest.mark.parametrize(
    ("text", "due", "start"),
    [
        ("  5月底前 ", D(2026, 5, 31), None),
        ("20xx年4月25日前,将摸排登记表报送", D(2026, 4, 25), None),
        ("7月20日—10月15日", D(2026, 10, 15), D(2026, 7, 20)),
        ("下周五", D(2026, 12, 4), None),
        ("3个工作日内", D(2026, 11, 26), None),
    ],
)
def test_parse_deadline(text, due, start):
    assert parse_deadline(text, year=2026, today=TODAY) == Deadline(due, text.strip(), start=start)


def test_relative_deadline_needs_today():
    assert parse_deadline("3个工作日内", year=2026).vague


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7月20日—10月15日", (D(2026, 7, 20), D(2026, 10, 15))),
        ("4月3日-4月30日", (D(2026, 4, 3), D(2026, 4, 30))),
        ("20xx年1月20日至30日", (D(2026, 1, 20), D(2026, 1, 30))),
        ("11月1日至次年3月31日", (D(2026, 11, 1), D(2027, 3, 31))),
        ("11月1日至3月31日", (D(2026, 11, 1), D(2027, 3, 31))),
        ("2026年12月至2027年2月", (D(2026, 12, 1), D(2027, 2, 28))),
        ("12月1日～1月31日", (D(2026, 12, 1), D(2027, 1, 31))),
        ("5月1日——5月20日", (D(2026, 5, 1), D(2026, 5, 20))),
        ("5月1日–5月20日", (D(2026, 5, 1), D(2026, 5, 20))),
        ("5月1日~5月20日", (D(2026, 5, 1), D(2026, 5, 20))),
        ("5月1日到5月20日", (D(2026, 5, 1), D(2026, 5, 20))),
        ("3月22-30日", (D(2026, 3, 22), D(2026, 3, 30))),
        ("20xx年2月10日至2月底", (D(2026, 2, 10), D(2026, 2, 28))),
        ("6月上旬至中旬", (D(2026, 6, 1), D(2026, 6, 20))),
        ("9-10月", (D(2026, 9, 1), D(2026, 10, 31))),
        ("2026-05-01~2026-05-31", (D(2026, 5, 1), D(2026, 5, 31))),
    ],
)
def test_parse_range(text, expected):
    assert parse_range(text, year=2026) == expected


@pytest.mark.parametrize(
    "text", ["3—5个", "60-120元", "6-15周岁", "3-30日", "3-5个月", "2027年1月至2026年2月", "5月底"]
)
def test_number_ranges_are_not_dates(text):
    assert parse_range(text, year=2026) is None
    assert all(d.start is None for _, _, d in find_dates(text, year=2026))


def test_find_dates_offsets_and_kinds():
    text = "完成时限：５月底前。第二阶段：20xx年2月10日至2月底，每月3日前报送；选择3—5个村。"
    found = find_dates(text, year=2026)
    assert [text[s:e] for s, e, _ in found] == ["５月底前", "20xx年2月10日至2月底", "每月3日前"]
    assert [d for _, _, d in found] == [
        Deadline(D(2026, 5, 31), "５月底前"),
        Deadline(D(2026, 2, 28), "20xx年2月10日至2月底", start=D(2026, 2, 10)),
        Deadline(None, "每月3日前", vague=True),
    ]


def test_find_dates_skips_impossible_dates():
    assert find_dates("于9月31日前完成", year=2026) == []


def _adjusted_days(year: int) -> tuple[list[date], list[date]]:
    days = [D(year, 1, 1) + timedelta(days=i) for i in range(365)]
    saturdays = [d for d in days if d.weekday() >= 5 and chinese_calendar.is_workday(d)]
    holidays = [d for d in days if d.weekday() < 5 and chinese_calendar.is_holiday(d)]
    return saturdays, holidays


def test_tiaoxiu_follows_the_official_calendar():
    makeup, holidays = _adjusted_days(2026)
    assert makeup and holidays  # 2026 has both 调休 working weekends and weekday holidays
    assert all(is_working_day(d) for d in makeup)
    assert not any(is_working_day(d) for d in holidays)
    assert calendar_covers(2026)


def test_working_days_across_national_day_2026():
    assert not is_working_day(D(2026, 10, 1))
    first_after = min(d for d in (D(2026, 10, 1) + timedelta(days=i) for i in range(15))
                      if chinese_calendar.is_workday(d))  # fmt: skip
    assert add_working_days(D(2026, 9, 30), 1) == first_after


def test_fallback_is_monday_to_friday_outside_the_data():
    assert not calendar_covers(2031)
    assert is_working_day(D(2031, 1, 1))  # New Year's Day, but no data: a plain Wednesday
    assert not is_working_day(D(2031, 1, 4))  # Saturday
    assert add_working_days(D(2031, 1, 3), 1) == D(2031, 1, 6)  # Friday -> Monday
    assert working_days_between(D(2031, 1, 3), D(2031, 1, 10)) == 5


def test_working_day_arithmetic():
    assert add_working_days(TODAY, 0) == TODAY
    assert add_working_days(D(2026, 11, 27), 1) == D(2026, 11, 30)
    assert add_working_days(D(2026, 11, 30), -1) == D(2026, 11, 27)
    assert working_days_between(TODAY, D(2026, 11, 30)) == 5
    assert working_days_between(D(2026, 11, 30), TODAY) == -5
    assert working_days_between(TODAY, TODAY) == 0


def test_format_date():
    assert format_date(D(2026, 5, 31), "zh") == "2026年5月31日"
    assert format_date(D(2026, 5, 31), "en") == "2026-05-31"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789０５年月日号前底末上中下旬季度半第次明今周五十二一元个工作天内-/.至— aynMdx"))
       | st.text(max_size=20))  # fmt: skip
def test_parse_date_returns_a_date_or_raises_date_error(text):
    try:
        assert isinstance(parse_date(text, today=TODAY), date)
    except DateError:
        pass


def test_scan_prefilter_never_changes_what_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cheap hint check before the full scan must only skip text with nothing to find."""
    import re
    from pathlib import Path

    from tracker import dates

    texts = [line for f in sorted((Path(__file__).parent.parent / "data" / "import").glob("*.txt"))
             for line in f.read_text(encoding="utf-8").splitlines()]
    texts += ["2026年底前", "上半年", "三季度末", "6月下旬", "20260531", "2026.5.31", "元月", "次年3月",
              "7月20日—10月15日", "每月3日前", "收到通知后3个工作日内", "长期坚持", "春节前", "下周五"]
    filtered = [dates.find_dates(t, year=2026) for t in texts]
    monkeypatch.setattr(dates, "_SCAN_HINT", re.compile(""))  # matches everything: no prefilter
    assert [dates.find_dates(t, year=2026) for t in texts] == filtered
    assert sum(1 for f in filtered if f) > 100  # the comparison covers real findings


def test_every_scanned_phrase_starts_with_a_scan_first_character() -> None:
    """_SCAN_RE turns away positions whose character is not in _SCAN_FIRST: every character
    the pattern can start a match with must be in that class (a phrase added to the scan
    that starts otherwise fails here, until _SCAN_FIRST holds its first character)."""
    import re

    from tests.regex_shapes import first_chars
    from tracker import dates

    starts = first_chars(dates._SCAN_SRC)
    assert starts - set(re.findall(dates._SCAN_FIRST, "".join(sorted(starts)))) == set()


def test_scan_first_character_check_never_changes_what_is_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import re
    from pathlib import Path

    from tracker import dates

    data = Path(__file__).parent.parent / "data"
    texts = [line for f in sorted(data.glob("import*/**/*.txt"))
             for line in f.read_text(encoding="utf-8", errors="replace").splitlines()]
    texts += ["2026年底前", "上半年", "三季度末", "6月下旬", "20260531", "2026.5.31", "元月", "次年3月",
              "7月20日—10月15日", "每月3日前", "收到通知后3个工作日内", "长期坚持", "春节前", "下周五",
              "１２月３１日前", "二〇二六年十二月三十一日前", "年底前", "到年内", "第三季度末", "本年度内"]
    checked = [dates.find_dates(t, year=2026) for t in texts]
    monkeypatch.setattr(dates, "_SCAN_RE", re.compile(dates._SCAN_SRC))  # no first-character check
    assert [dates.find_dates(t, year=2026) for t in texts] == checked
    assert sum(1 for f in checked if f) > 1000  # the comparison covers real findings


@pytest.mark.parametrize("text", ["0001-01-01", "0001年1月1日前", "9999-12-31", "9999年12月底前"])
def test_the_first_and_last_days_there_are_read_without_overflow(text: str) -> None:
    assert parse_date(text, today=date(2026, 11, 23)) in (date.min, date.max)


@pytest.mark.parametrize("text", ["0001年1月前", "0001年一季度前", "0001年上半年前"])
def test_before_the_first_period_there_is_is_no_date(text: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text, today=date(2026, 11, 23))
    assert caught.value.kind == "impossible"


def test_reading_a_date_loads_the_holiday_calendar_only_for_working_days() -> None:
    # tracker set due=2026-09-30 reads a date and never counts working days: the calendar's
    # data (~3 ms to import) is loaded by the first question about a working day
    import subprocess
    import sys

    from tests.conftest import PROJECT

    script = ("import sys, datetime as dt; from tracker.dates import parse_date;"
              " parse_date('2026-09-30', today=dt.date(2026, 6, 1), year=2026);"
              " print('chinese_calendar' in sys.modules);"
              " from tracker.workdays import is_working_day;"
              " print(is_working_day(dt.date(2026, 10, 9)) in (True, False), 'chinese_calendar' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], cwd=PROJECT, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["False", "True", "True"]


def test_normalize_skips_translating_only_text_it_would_not_change() -> None:
    import re

    from tracker import dates

    everything = "".join(map(chr, range(0x110000)))
    changed = {ch for ch in everything if ch.translate(dates._WIDE) != ch}
    assert set(re.findall(dates._WIDE_ANY.source, everything)) == changed
    assert dates._normalize("２０２６年１２月３１日前 〜") == "2026年12月31日前 ~"
