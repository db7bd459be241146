"""One unit test per rule learnt from the fresh30 corpus (tests/data/import-corpus-fresh30), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_a_sites_breadcrumb_above_the_title_is_no_piece_of_it(tmp_path: Path) -> None:
    """A专栏 >> B领域 >> C领域 / X实施方案: the site's path to the page (its sections joined by
    >>), on the line above the plan's name, is the site's, not the title's first piece."""
    text = "\n".join([
        "某县政务公开专栏 >> 重点领域 >> 教育领域",
        "某县乡村学校少年宫建设实施方案",
        "为做好乡村学校少年宫建设,制定本方案。",
        "一、工作任务",
        "1.完成场地改造,6月底前完成。(县教育局负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县乡村学校少年宫建设实施方案"
