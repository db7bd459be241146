"""planfile.revise_update: one progress report rewritten in place (a unit's corrected 督办单),
every other byte of the file as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.store.planfile import EditError, apply_edits, revise_update

PLAN = """\
format: 1
id: p
title: P
tasks:
  - id: T1
    title: A
    updates:
      - date: 2026-11-20
        text: 办公室的记录   # 手写的注释
      - date: 2026-11-25
        unit: 县能源局
        text: |-
          招标文件已挂网
          等待开标
      - date: 2026-11-26
        text: 之后的记录
"""
OLD = {"date": dt.date(2026, 11, 25), "unit": "县能源局", "text": "招标文件已挂网\n等待开标"}


def test_the_entry_is_rewritten_where_it_stands_and_nothing_else_moves() -> None:
    new = {"date": dt.date(2026, 11, 27), "by": "张三", "unit": "县能源局", "text": "已有3家报名"}
    out = apply_edits(PLAN, [revise_update("T1", OLD, new)])
    assert out == PLAN.replace(
        "      - date: 2026-11-25\n        unit: 县能源局\n        text: |-\n          招标文件已挂网\n"
        "          等待开标\n",
        "      - date: 2026-11-27\n        unit: 县能源局\n        text: 已有3家报名\n        by: 张三\n")


def test_a_crlf_file_stays_crlf_and_a_key_the_new_entry_lacks_goes() -> None:
    text = PLAN.replace("unit: 县能源局\n", "unit: 县能源局\n        by: 李四\n").replace("\n", "\r\n")
    old = dict(OLD, by="李四")
    new = {"date": dt.date(2026, 11, 27), "unit": "县能源局", "text": "更正后的\n两行"}
    out = apply_edits(text, [revise_update("T1", old, new)])
    assert "\n" not in out.replace("\r\n", "")
    assert "by: 李四" not in out and "更正后的\r\n          两行" in out
    assert "办公室的记录   # 手写的注释" in out and "之后的记录" in out


def test_an_entry_no_longer_there_is_refused() -> None:
    with pytest.raises(EditError):
        apply_edits(PLAN, [revise_update("T1", dict(OLD, text="别的"), OLD)])
