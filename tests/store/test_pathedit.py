"""Edits addressed by a path: each changes only the span of its value, in any style."""

from __future__ import annotations

import pytest

from tracker.store import planfile
from tracker.store.pathedit import ById, apply_together, insert_items, remove, set_value

PLAN = """\
# 方案
id: p
goals:
  - id: G1
    target: 100  # 户
tasks:
  - id: T1
    detail: |
      一行。
      二行。
    owners: [城关镇]
    units:
      城关镇: {status: doing, note: 在办}
    updates:
      - date: 2026-05-01
        text: 开始
      - date: 2026-05-02
        text: 写错了
  - id: T2
    title: 采购
"""
T1 = ("tasks", ById("T1"))


def edit(*edits: planfile.Edit) -> str:
    return planfile.apply_edits(PLAN, list(edits))


def test_a_block_scalar_is_rewritten_in_place_keeping_its_indent() -> None:
    text = edit(set_value(T1 + ("detail",), "一行（改）。\n二行。\n三行。\n"))
    assert text == PLAN.replace("      一行。\n", "      一行（改）。\n").replace(
        "      二行。\n", "      二行。\n      三行。\n")


def test_a_block_scalar_without_final_newline_keeps_it_that_way() -> None:
    text = edit(set_value(T1 + ("detail",), "甲\n乙"))
    assert "    detail: |-\n      甲\n      乙\n    owners" in text


def test_a_key_inside_a_one_line_mapping() -> None:
    assert "城关镇: {status: doing, note: \"已完成: 3个村\"}" in edit(
        set_value(T1 + ("units", "城关镇", "note"), "已完成: 3个村"))
    assert "城关镇: {status: doing, note: 在办, extra: x}" in edit(
        set_value(T1 + ("units", "城关镇", "extra"), "x"))
    assert "城关镇: {note: 在办}" in edit(remove(T1 + ("units", "城关镇", "status")))


def test_a_goal_field_keeps_its_comment() -> None:
    assert "    target: 120  # 户\n" in edit(set_value(("goals", ById("G1"), "target"), 120))


def test_list_items_are_removed_and_inserted_by_position() -> None:
    gone = edit(remove(T1 + ("updates", 1)))
    assert "写错了" not in gone and "2026-05-02" not in gone and "开始" in gone
    text = edit(insert_items(T1 + ("updates",), 1, [{"date": "2026-05-09", "text": "补报"}]))
    assert text.index("开始") < text.index("补报") < text.index("写错了")
    assert "    owners: [城关镇, 河西乡]\n" in edit(insert_items(T1 + ("owners",), None, ["河西乡"]))


def test_the_first_key_of_an_item_can_go() -> None:
    assert "      - text: 开始\n" in edit(remove(T1 + ("updates", 0, "date")))


def test_edits_made_together_equal_edits_made_one_by_one() -> None:
    edits = [set_value(T1 + ("updates", 1, "text"), "改对了"), remove(T1 + ("updates", 0)),
             insert_items(("tasks",), None, [{"id": "T3", "title": "新"}]),
             insert_items(("tasks",), None, [{"id": "T4", "title": "又新"}]),
             set_value(("tasks", ById("T2"), "status"), "doing")]
    assert apply_together(PLAN, edits) == edit(*edits)


def test_a_missing_place_is_an_edit_error() -> None:
    with pytest.raises(planfile.EditError):
        edit(set_value(("tasks", ById("T9"), "status"), "doing"))


def test_a_one_line_mapping_that_must_hold_a_list_becomes_a_block() -> None:
    text = edit(insert_items(T1 + ("units", "城关镇", "updates"), None, [{"date": "2026-05-03", "text": "乙"}]))
    assert "      城关镇:\n        status: doing\n        note: 在办\n        updates:\n" in text


def test_a_new_multi_line_key_keeps_its_exact_line_ends() -> None:
    for value, header in (("甲\n乙", "|-"), ("甲\n乙\n", "|"), ("甲\n乙\n\n", "|+")):
        text = edit(set_value(("tasks", ById("T2"), "detail"), value))
        assert text.endswith(f"    title: 采购\n    detail: {header}\n      甲\n      乙\n"
                             + ("\n" if header == "|+" else ""))
