"""How each deadline wording is read, decided the way a Chinese office means it.

Today is Monday 2026-11-23 and the plan year 2026 unless a test says otherwise. Every wording
here was read wrongly once (issue 13): a month late, a day already past, two languages naming
two different Fridays, or a Chinese-numeral date refused."""

from datetime import date

import pytest

from tracker.dates import DateError, find_dates, parse_date, parse_deadline

TODAY = date(2026, 11, 23)  # a Monday
D = date


def read(text: str, today: date = TODAY, year: int = 2026) -> date:
    return parse_date(text, today=today, year=year)


# -- N月前: before month N begins -------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("3月前", D(2026, 2, 28)),
    ("3月份前", D(2026, 2, 28)),
    ("3月之前", D(2026, 2, 28)),
    ("3月以前", D(2026, 2, 28)),
    ("三月前完成", D(2026, 2, 28)),
    ("次年3月前", D(2027, 2, 28)),
    ("2028年3月前", D(2028, 2, 29)),
    ("1月前", D(2025, 12, 31)),
    ("元月前", D(2025, 12, 31)),
    ("三季度前", D(2026, 6, 30)),
    ("下半年前", D(2026, 6, 30)),
    # an end named outright, or no 前, keeps the whole month
    ("3月底前", D(2026, 3, 31)),
    ("3月末前", D(2026, 3, 31)),
    ("3月", D(2026, 3, 31)),
    ("3月份", D(2026, 3, 31)),
    ("截至3月", D(2026, 3, 31)),
    ("3月止", D(2026, 3, 31)),
    ("三季度末前", D(2026, 9, 30)),
    # a day is the deadline itself: 9月30日前 means by 30 September
    ("9月30日前", D(2026, 9, 30)),
])  # fmt: skip
def test_before_a_month(text: str, expected: date) -> None:
    assert read(text) == expected


def test_before_a_month_reads_the_same_in_documents() -> None:
    assert parse_deadline("3月前完成", year=2026).due == D(2026, 2, 28)
    assert parse_deadline("4月份前", year=2026).due == D(2026, 3, 31)
    [(_, _, found)] = find_dates("力争在20xx年4月份前完成规划编制", year=2026)
    assert found.due == D(2026, 3, 31)


@pytest.mark.parametrize("text", ["6月上旬前", "6月中旬前", "6月下旬前", "6月初前"])
def test_before_part_of_a_month_is_refused(text: str) -> None:
    with pytest.raises(DateError) as err:
        read(text)
    assert err.value.kind == "ambiguous"
    zh, en = err.value.message("zh"), err.value.message("en")
    assert f'"{text}"' in zh and "请写成 2026-06-" in zh and "6月" in zh
    assert "write it as 2026-06-" in en
    assert parse_deadline(text, year=2026).vague  # a document keeps the wording, no date


# -- N日前 without a month: the next such day that is not past ---------------------------------


@pytest.mark.parametrize(("text", "today", "expected"), [
    ("20日前", D(2026, 11, 23), D(2026, 12, 20)),
    ("23日前", D(2026, 11, 23), D(2026, 11, 23)),
    ("25日前", D(2026, 11, 23), D(2026, 11, 25)),
    ("25号", D(2026, 11, 23), D(2026, 11, 25)),
    ("十日前", D(2026, 12, 23), D(2027, 1, 10)),
    ("31日前", D(2026, 12, 23), D(2026, 12, 31)),
    ("28日前", D(2027, 1, 31), D(2027, 2, 28)),
])  # fmt: skip
def test_day_without_month_is_the_next_one_not_past(text: str, today: date, expected: date) -> None:
    assert read(text, today=today) == expected


@pytest.mark.parametrize(("text", "today", "suggested"), [
    ("31日前", D(2026, 11, 23), "2026-11-30"),  # November has no 31st: its end, or 31 December?
    ("30日前", D(2027, 1, 31), "2027-02-28"),  # past in January, and February has no 30th
])  # fmt: skip
def test_day_without_month_that_does_not_exist_is_refused(text: str, today: date,
                                                          suggested: str) -> None:
    with pytest.raises(DateError) as err:
        read(text, today=today)
    assert err.value.kind == "ambiguous"
    assert suggested in err.value.message("zh") and suggested in err.value.message("en")


def test_explicit_month_is_kept_even_when_past() -> None:
    assert read("本月20日") == D(2026, 11, 20)  # said outright; `set` warns that it is past
    assert read("11月20日前") == D(2026, 11, 20)


# -- relative words: 下周五 and next Friday are one day ----------------------------------------


@pytest.mark.parametrize("today", [D(2026, 11, 23), D(2026, 11, 27), D(2026, 11, 28), D(2026, 11, 29)])
def test_next_friday_is_friday_of_next_week_in_both_languages(today: date) -> None:
    # weeks start on Monday (GB/T 7408, as the office calendar prints them)
    assert read("下周五", today) == read("next Friday", today) == D(2026, 12, 4)
    assert read("下星期五", today) == read("next fri", today) == D(2026, 12, 4)


@pytest.mark.parametrize(("zh", "en", "expected"), [
    ("本周五", "this Friday", D(2026, 11, 27)),
    ("周五", "Friday", D(2026, 11, 27)),
    ("周五", "coming Friday", D(2026, 11, 27)),
    ("下周一", "next Monday", D(2026, 11, 30)),
    ("下周日", "next Sunday", D(2026, 12, 6)),
    ("本周日", "this Sunday", D(2026, 11, 29)),
    ("下下周五", "Friday after next", D(2026, 12, 11)),
])  # fmt: skip
def test_weekday_words_agree(zh: str, en: str, expected: date) -> None:
    assert read(zh) == read(en) == expected


# -- Chinese numerals, 〇 included ------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("二〇二六年十二月三十一日前", D(2026, 12, 31)),
    ("二零二七年一月十日", D(2027, 1, 10)),
    ("二〇二七年元月底前", D(2027, 1, 31)),
    ("二〇二六年十二月二十日", D(2026, 12, 20)),
    ("二〇二七年三月前", D(2027, 2, 28)),
])  # fmt: skip
def test_chinese_numeral_dates(text: str, expected: date) -> None:
    assert read(text) == expected
    assert parse_deadline(text, year=2026).due == expected


def test_chinese_numeral_impossible_date_is_refused() -> None:
    with pytest.raises(DateError) as err:
        read("二〇二六年二月三十日")
    assert err.value.kind == "impossible"


# -- 次年 / 明年 ------------------------------------------------------------------------------


def test_next_year_words() -> None:
    # typed into a 2025 plan on 2026-11-23: 明年/今年 count from today, 次年 from the plan year
    assert read("明年3月底", year=2025) == D(2027, 3, 31)
    assert read("今年12月底", year=2025) == D(2026, 12, 31)
    assert read("次年3月底", year=2025) == D(2026, 3, 31)
    assert read("次年3月前", year=2026) == D(2027, 2, 28)
    # a document speaks in its own year
    assert parse_deadline("明年3月底", year=2025).due == D(2026, 3, 31)


@pytest.mark.parametrize(("text", "suggested"), [
    ("next week", "2026-12-04"),
    ("this week", "2026-11-27"),
    ("next month", "2026-12-31"),
    ("next year", "2027-12-31"),
])  # fmt: skip
def test_a_whole_week_month_or_year_is_refused(text: str, suggested: str) -> None:
    # dateparser read 'next month' as 2026-12-23 and 'this week' as today: guesses
    with pytest.raises(DateError) as err:
        read(text)
    assert err.value.kind == "ambiguous" and suggested in err.value.message("en")
    assert parse_deadline(text, year=2026, today=TODAY).vague  # in a document: wording only
