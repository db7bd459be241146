"""Rendering: large tables laid out by our code match tabulate's layout exactly."""

from __future__ import annotations

import random

from tabulate import tabulate

from tracker.reports import render


def table(headers: list[str], rows: list[list[str]]) -> str:
    columns = [list(c) for c in zip(*rows)] or [[] for _ in headers]
    return "\n".join(render.column_table_lines(headers, columns))


def test_fast_table_layout_equals_tabulate() -> None:
    rng = random.Random(1)
    pool = ["clean-heating-2026/T1", "确定改造底数（全角）", "县能源局", "各乡镇、各中小学", "2026-04-20",
            "", "已销号", "100%", "a", "b é", "x", "ｗｉｄｅ", "“双随机、一公开”", "trailing ", "零\u200b宽"]
    headers = ["任务", "标题", "牵头", "责任", "截止", "剩余", "状态", "进度"]
    for n in (0, 1, 7, 250, 250, 250):
        rows = [[rng.choice(pool) for _ in headers] for _ in range(n)]
        expected = tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True)
        assert table(headers, rows) == expected


def test_printable_escapes_controls_but_keeps_text() -> None:
    assert render.printable("标题\x1b[2J\x07") == "标题\\x1b[2J\\x07"
    assert render.printable("a\nb") == "a b"
    assert render.printable("a\nb", keep_newlines=True) == "a\nb"
    assert render.printable("\u202eevil") == "\\u202eevil"


def test_large_table_escapes_control_characters() -> None:
    rows = [[f"p/T{i}", "标题"] for i in range(300)] + [["p/T300", "坏\x1b[2J"]]
    text = table(["任务", "标题"], rows)
    assert "\x1b" not in text and "坏\\x1b[2J" in text
    assert text.splitlines()[-1] == "p/T300  坏\\x1b[2J"


def test_shortcut_columns_match_tabulate() -> None:
    # columns of only ASCII and Chinese take the UTF-8 shortcut; one odd character takes
    # the counting path; both must still lay out exactly as tabulate does
    rng = random.Random(2)
    for pool in (["县能源局", "推进清洁取暖改造（第1批）", "T12", "各乡镇、各中小学"],
                 ["县能源局", "落实“双随机、一公开”监管", "整改—复查", "T3"]):
        rows = [[rng.choice(pool), rng.choice(pool)] for _ in range(300)]
        expected = tabulate(rows, headers=["任务", "标题"], tablefmt="simple", disable_numparse=True)
        assert table(["任务", "标题"], rows) == expected


def test_report_tables_are_laid_out_as_tabulate_would() -> None:
    rng = random.Random(3)
    pool = ["城关镇", "河西乡", "“双随机”", "12", "7", "100%", "85.5%", "", "县能源局（牵头）", "a b",
            " 空格 ", "ｗｉｄｅ", "—", "T1"]
    for n in (0, 1, 5, 40):
        for align in (None, ("left", "right", "right"), ("center", "left", "center"),
                      ("right", "center", "left")):
            headers = [rng.choice(["单位", "任务数", "完成率", "排名", "Unit"]) for _ in range(3)]
            rows = [[rng.choice(pool) for _ in headers] for _ in range(n)]
            expected = tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True,
                                colalign=align)
            assert render.report_table(headers, rows, align) == expected, (headers, rows, align)
