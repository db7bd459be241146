"""One unit test per rule learnt from the fresh17 corpus (tests/data/import-corpus-fresh17), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_a_column_tag_in_square_brackets_before_the_title_is_not_part_of_it(tmp_path: Path) -> None:
    """[化工]X学院Y活动的通知: a site's column tag in square brackets before the title (as 【】 is
    already), not part of the plan's name."""
    text = "\n".join([
        "[化工]某某学院2020年度读书分享活动的通知",
        "为营造读书氛围,特开展本次活动。",
        "一、活动安排",
        "(一)学院团委负责组织读书分享会。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某某学院2020年度读书分享活动的通知"


def test_a_masked_name_before_the_title_is_not_part_of_it(tmp_path: Path) -> None:
    """****2019年X活动 / 实施方案: the asterisks that mask a unit's name on an uploaded file are not
    part of the title broken over two lines."""
    text = "\n".join([
        "****2019年开展消防宣传月活动",
        "实施方案",
        "各班组:",
        "为提高员工消防意识,特制定本方案。",
        "一、活动内容",
        "(一)安全科负责张贴宣传挂图。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "2019年开展消防宣传月活动实施方案"


def test_a_sites_banner_above_the_title_is_no_piece_of_it(tmp_path: Path) -> None:
    """好资料 - 某某文书范文分享网站 over X方案: the site's banner line (its name, a dash, …网站)
    is not the first line of a title broken in two."""
    text = "\n".join([
        "好资料 - 某某文书范文分享网站",
        "",
        "2020年小学校园读书节活动方案",
        "",
        "一、活动主题",
        "书香校园",
        "二、组织分工",
        "1、教导处负责活动组织。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "2020年小学校园读书节活动方案"
