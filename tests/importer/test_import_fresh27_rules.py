"""One unit test per rule learnt from the fresh27 corpus (tests/data/import-corpus-fresh27), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_an_emptied_sample_bracket_after_the_title_is_the_sites(tmp_path: Path) -> None:
    """X实施方案【】: an essay site's brackets for a sample's number, left empty, close no title."""
    text = "\n".join([
        "某乡村道养护实施方案(通用9篇)",
        "以下是小编整理的实施方案,供大家参考。",
        "某乡村道养护实施方案【】",
        "为做好村道养护工作,制定本方案。",
        "一、工作任务",
        "1.修补村道坑洼路面,6月底前完成。(乡交通站负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某乡村道养护实施方案"
