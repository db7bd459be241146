"""One unit test per rule learnt from the fresh11 corpus (tests/data/import-corpus-fresh11), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans

from tracker.importer import DraftPlan


def _roles(plan: DraftPlan) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]]:
    return [(t.label, t.owners.lead, t.owners.owners, t.owners.support, t.owners.leader) for t in plan.tasks]


def test_an_essay_sites_sample_number_in_digits_is_not_in_the_title(tmp_path: Path) -> None:
    """…方案范文(通用3篇) then …方案2: the site's collection heading, then the sample's name
    with the site's ordinal glued to it; the title is the name without the ordinal."""
    text = "\n".join([
        "社区消防安全工作方案范文(通用3篇)",
        "社区消防安全工作方案2",
        "为做好社区消防安全工作,结合实际,制定本方案。",
        "一、工作分工",
        "1、物业服务中心:负责每月检查楼道消防设施。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "社区消防安全工作方案"


def test_a_collection_count_in_brackets_is_not_in_the_title(tmp_path: Path) -> None:
    """…计划(精选8篇)篇二: the site's count of samples, in brackets with a word before it, and
    the piece label are both the site's; the title is the plan's name."""
    text = "\n".join([
        "以下是几篇工作计划,供大家参考。",
        "社区养老服务工作计划(精选8篇)篇二",
        "1.助餐服务。由社区服务中心牵头,做好老人助餐。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "社区养老服务工作计划"


def test_a_title_line_wholly_in_lenticular_brackets(tmp_path: Path) -> None:
    """【X方案】 alone on the first line: the brackets are the page's, the title is X方案."""
    text = "\n".join([
        "【小区停车管理工作实施方案】",
        "为规范小区停车秩序,制定本方案。",
        "一、主体责任",
        "1. 物业公司:负责停车位的划线和巡查。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "小区停车管理工作实施方案"
