"""One unit test per rule learnt from the fresh28 corpus (tests/data/import-corpus-fresh28), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_the_date_in_brackets_under_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    """X实施方案 / (2026年03月02日): the day the page was published, in brackets on the line
    under the title, is the site's note, not the title's last piece."""
    text = "\n".join([
        "某乡2026年度村容整治工作实施方案",
        "(2026年03月02日)",
        "为改善村容村貌,制定本方案。",
        "一、工作任务",
        "1.清理村道垃圾,6月底前完成。(乡环卫所负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某乡2026年度村容整治工作实施方案"
