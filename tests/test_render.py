"""Rendering: large tables laid out by our code match tabulate's layout exactly."""

from __future__ import annotations

import random
import re

from hypothesis import given
from hypothesis import strategies as st
from tabulate import tabulate

from tracker import render


def test_fast_table_layout_equals_tabulate() -> None:
    rng = random.Random(1)
    pool = ["clean-heating-2026/T1", "确定改造底数（全角）", "县能源局", "各乡镇、各中小学", "2026-04-20",
            "", "已销号", "100%", "a", "b é", "x", "ｗｉｄｅ", "“双随机、一公开”", "trailing ", "零\u200b宽"]
    headers = ["任务", "标题", "牵头", "责任", "截止", "剩余", "状态", "进度"]
    for n in (0, 1, 7, 250, 250, 250):
        rows = [[rng.choice(pool) for _ in headers] for _ in range(n)]
        expected = tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True)
        assert render.table(headers, rows) == expected
        assert render.column_table(headers, [list(c) for c in zip(*rows)] or [[]] * len(headers)) == expected


def test_printable_escapes_controls_but_keeps_text() -> None:
    assert render.printable("标题\x1b[2J\x07") == "标题\\x1b[2J\\x07"
    assert render.printable("a\nb") == "a b"
    assert render.printable("a\nb", keep_newlines=True) == "a\nb"
    assert render.printable("\u202eevil") == "\\u202eevil"


def test_width_counts_wide_characters_twice() -> None:
    assert render.width("abc") == 3
    assert render.width("县能源局") == 8
    assert render.width("ｗ") == 2


def test_large_table_escapes_control_characters() -> None:
    rows = [[f"p/T{i}", "标题"] for i in range(300)] + [["p/T300", "坏\x1b[2J"]]
    text = render.table(["任务", "标题"], rows)
    assert "\x1b" not in text and "坏\\x1b[2J" in text
    assert text.splitlines()[-1] == "p/T300  坏\\x1b[2J"


_PIECES = "aZ 9é×·“”…—①、（）ｗ￥한ぁ県中\u200b\u0301\ufe0f\U00020000\U0001f600\u3000\u303f\u1100\u115f\ua4cf\uffe6"


# The width definition, as a regex (what render used before it kept a range table)
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")
_ZERO = re.compile("[\u0300-\u036f\u200b-\u200f\u20d0-\u20ff\ufe00-\ufe0f]")


@given(st.text(alphabet=st.sampled_from(_PIECES)) | st.text())
def test_width_table_equals_the_regex_definition(text: str) -> None:
    expected = len(text) + len(_WIDE.findall(text)) - len(_ZERO.findall(text))
    assert render.width(text) == expected


def test_width_at_every_range_edge() -> None:
    for lo, hi in render._WIDE_RANGES + render._ZERO_RANGES:
        for code in (lo - 1, lo, hi, hi + 1):
            char = chr(code)
            expected = 1 + len(_WIDE.findall(char)) - len(_ZERO.findall(char))
            assert render.width(char) == expected, hex(code)


@given(st.lists(st.text(alphabet=st.sampled_from(_PIECES + "\ud800 \t")) | st.text(), max_size=30))
def test_column_widths_equal_width_of_each_cell(cells: list[str]) -> None:
    # _measure's per-column shortcuts (UTF-8 length, odd characters counted) must agree
    # with measuring every cell on its own
    texts, widths = render._measure(cells)
    assert list(texts) == [render.printable(c).strip() for c in cells]
    assert widths == [render.width(t) for t in texts]


def test_shortcut_columns_match_tabulate() -> None:
    # columns of only ASCII and Chinese take the UTF-8 shortcut; one odd character takes
    # the counting path; both must still lay out exactly as tabulate does
    rng = random.Random(2)
    for pool in (["县能源局", "推进清洁取暖改造（第1批）", "T12", "各乡镇、各中小学"],
                 ["县能源局", "落实“双随机、一公开”监管", "整改—复查", "T3"]):
        rows = [[rng.choice(pool), rng.choice(pool)] for _ in range(300)]
        expected = tabulate(rows, headers=["任务", "标题"], tablefmt="simple", disable_numparse=True)
        assert render.table(["任务", "标题"], rows) == expected
