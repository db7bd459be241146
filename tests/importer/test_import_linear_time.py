"""An import finishes in time about linear in its text, whatever the text holds. A pattern that
backtracks without bound hung `tracker import` on a real page (a blind corpus document: a work
group's 职责: whose duties never say 负责); these made-up documents hold the shapes that trip
such patterns, each far past the point where a pattern exponential in its text would stall."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from made_up import plans_of

DUTY = "做好全镇防溺水宣传教育和巡查值守工作"  # a duty without the word 负责


@pytest.mark.parametrize("text", [
    # a group's card: 职责: and a long duty line without 负责 (once: 2^n steps for n characters)
    "某镇防溺水工作方案\n一、工作分工\n(一)宣传组\n组长:张甲\n职责:" + DUTY * 2 + "\n二、工作要求\n加强领导。\n",
    # cards one after another, the duties over several lines
    "某镇防溺水工作方案\n一、工作分工\n" + "".join(
        f"({n})第{n}巡查组\n组长:张甲\n成员:李乙\n职责:\n{DUTY}\n{DUTY}\n" for n in "一二三四") + "二、工作要求\n加强领导。\n",
    # a flattened member list: many 成员: on one line, then a line that is no member's
    "某镇防溺水工作方案\n一、组织领导\n1、组长:张甲 " + "成员:李乙 " * 24 + "。\n统筹全镇防溺水工作。\n"
    "二、工作要求\n加强领导。\n",
], ids=["card", "cards", "member-list"])
def test_an_import_never_stalls_on_a_group_card(tmp_path: Path, text: str) -> None:
    start = time.process_time()
    plans = plans_of(tmp_path, text)
    assert time.process_time() - start < 1.0
    assert plans and plans[0].title == "某镇防溺水工作方案"
