"""Display widths: the range table, the per-column shortcuts, and the regex definition
they replace all agree."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tracker.reports import widths


def test_width_counts_wide_characters_twice() -> None:
    assert widths.width("abc") == 3
    assert widths.width("县能源局") == 8
    assert widths.width("ｗ") == 2


_PIECES = "aZ 9é×·“”…—①、（）ｗ￥한ぁ県中\u200b\u0301\ufe0f\U00020000\U0001f600\u3000\u303f\u1100\u115f\ua4cf\uffe6"


# The width definition, as a regex (what tracker used before it kept a range table)
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")
_ZERO = re.compile("[\u0300-\u036f\u200b-\u200f\u20d0-\u20ff\ufe00-\ufe0f]")


@given(st.text(alphabet=st.sampled_from(_PIECES)) | st.text())
def test_width_table_equals_the_regex_definition(text: str) -> None:
    expected = len(text) + len(_WIDE.findall(text)) - len(_ZERO.findall(text))
    assert widths.width(text) == expected


def test_width_at_every_range_edge() -> None:
    for lo, hi in widths.WIDE_RANGES + widths.ZERO_RANGES:
        for code in (lo - 1, lo, hi, hi + 1):
            char = chr(code)
            expected = 1 + len(_WIDE.findall(char)) - len(_ZERO.findall(char))
            assert widths.width(char) == expected, hex(code)


@given(st.lists(st.text(alphabet=st.sampled_from(_PIECES + "\ud800 \t")) | st.text(), max_size=30))
def test_column_widths_equal_width_of_each_cell(cells: list[str]) -> None:
    # the per-column shortcuts (UTF-8 length, odd characters counted) must agree with
    # measuring every cell on its own
    assert widths.column_widths(cells) == [widths.width(c) for c in cells]


def test_odd_characters_are_found_in_any_block() -> None:
    text = "推进“双随机、一公开”监管—复查é\u200b\U0001f600（第1批）ｱ〿"
    assert widths._odd_characters(text) == {"“", "”", "—", "é", "\u200b", "\U0001f600", "ｱ", "〿"}
    assert widths._odd_characters("推进清洁取暖（第1批）、。") == set()
