"""The second look at a title (tracker/importer/second_look.py): what a title shares on any page,
and the title block read again when the first answer lacks it. Made-up pages, no corpus words."""

from __future__ import annotations

from pathlib import Path

import pytest
from made_up import plans_of as _plans

from tracker.importer.second_look import reads_as_title


@pytest.mark.parametrize("title", [
    "某镇2021年社区消防安全月活动方案",
    "某县教育局关于开展校园安全大检查的通知",
    "关于深化改革促进数字经济发展的若干措施",
    "某县2023年政府工作报告重点工作责任分解",
    "某市妇女发展规划(2021—2025年)",
    "某街道工作实施方案范文参考",  # a site's word after the name, the gold convention keeps it
    "某县河長制工作要點",  # Traditional, folded
])
def test_what_reads_as_a_title(title: str) -> None:
    assert reads_as_title(title)


@pytest.mark.parametrize("title", [
    "未命名方案(第1行起)",
    "中心的活动场地设在村委会二楼。以展板的形式展示了组织架构,并就下一步工作作了计划",
    "您当前所在位置:首页>规划计划>某县发展规划",
    "某村森林防火工作预案[VIP]",
    "作者:某甲栏目:方案",
    "某镇安全生产工作方案 2020-06-15",
    "第一章总则与工作目标",
    "导航",
])
def test_what_does_not(title: str) -> None:
    assert not reads_as_title(title)


def test_a_title_below_a_sites_residue_and_its_byline_is_found(tmp_path: Path) -> None:
    """Markup residue numbered like items, a sample's name, its byline with the site's 我要投稿,
    then the plan's title over the site's blurb and again over its preamble: the title block's
    rules give none; the line shown twice over the plan's opening text is the title."""
    text = "\n".join([
        '1. <tt id="x1"><source id="x1"></source></tt>',
        '1. <xmp id="x1"></xmp>',
        '<rp id="x1"></rp>',
        "1. 社区消防安全月活动方案",
        "时间:2021-03-02 10:15:07 策划书我要投稿",
        "2021年社区消防安全月活动方案",
        "消防安全关系千家万户,由小编为大家搜集的2021年社区消防安全月活动方案,欢迎阅读。",
        "2021年社区消防安全月活动方案",
        "根据上级有关要求,结合本社区实际,制定本方案。",
        "一、活动时间",
        "2021年11月1日至11月30日。",
        "二、工作任务",
        "(一)开展隐患排查。由社区居委会负责,11月15日前完成。",
        "(二)组织疏散演练。由物业公司负责,社区居委会配合,11月25日前完成。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "2021年社区消防安全月活动方案"


def test_a_sentence_taken_for_the_title_yields_to_the_title_line(tmp_path: Path) -> None:
    """A site's banner, the plan's title over its preamble, the title again with the sample's
    number, then a sentence ending in 计划: the sentence is no title, the title line is."""
    text = "\n".join([
        "写心得领奖励",
        "村级文化服务中心建设项目计划(某镇扎实推进文化阵地建设)",
        "推动文化惠民工程深入基层,进一步加强农村基层宣传思想文化工作,打通服务群众的“最后一公里”,"
        "根据上级有关建设村级文化服务中心的指导精神,结合本镇实际,制定本计划。",
        "村级文化服务中心建设项目计划(某镇扎实推进文化阵地建设)(1)",
        "中心的活动场地设在村委会二楼。以展板的形式展示了组织架构、运行机制和活动开展等情况,并就做好下一步工作作了计划",
        "该镇的做法是:",
        "1、提高认识,健全组织。",
        "由镇宣传办负责,6月底前完成。",
        "2、形成合力,落实责任。",
        "由各村委会负责,9月底前完成。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "村级文化服务中心建设项目计划(某镇扎实推进文化阵地建设)"


def test_a_page_with_no_title_line_stays_untitled(tmp_path: Path) -> None:
    """A preamble naming 以下措施, then the plan's sections: no line of the title block is a
    title, so the draft says it has none rather than promote a heading or a sentence."""
    text = "\n".join([
        "为做好今年安全生产工作,结合本镇实际,制定以下措施。",
        "一、工作目标",
        "全年不发生较大以上生产安全事故。",
        "二、主要措施",
        "1.开展隐患排查。由镇安监站负责,5月底前完成。",
        "2.加强宣传培训。由镇文化站负责,6月底前完成。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title.startswith("未命名方案")


def test_a_heading_in_the_body_is_not_taken_for_the_title(tmp_path: Path) -> None:
    """A plan opening on its preamble, a section under 二、 opening on 以X计划为统领: the body
    is past the title block, so nothing there is read as the plan's name."""
    text = "\n".join([
        "为贯彻落实上级关于做好毕业生就业工作的部署,结合我校实际,制定本方案。",
        "一、总体思路",
        "坚持就业优先导向,聚合各方资源,做好毕业生就业工作。",
        "二、主要措施",
        "以2026届毕业生就业启航计划为统领,按照秋冬季促就业行动安排,开展系列活动。",
        "1.举办校园招聘会。由招生就业处负责,10月底前完成。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title.startswith("未命名方案")


def test_a_title_that_does_not_read_as_one_is_flagged_for_review(tmp_path: Path) -> None:
    """A page whose only lines above the items are a subject and the site's byline: no line
    reads as a title, so whatever the draft is called, the clerk is told to check it."""
    text = "\n".join([
        "春季防火工作",
        "作者:某甲 栏目:方案",
        "一、工作任务",
        "1.开展隐患排查。由镇安监站负责,5月底前完成。",
        "2.加强宣传培训。由镇文化站负责,6月底前完成。",
    ]) + "\n"
    plan = _plans(tmp_path, text)[0]
    assert not reads_as_title(plan.title)
    assert plan.review[0] == "标题不像方案名称(可能含网页文字、句子或编号),请按原文核对"


def test_an_untitled_draft_says_so_before_it_is_written(tmp_path: Path) -> None:
    """The note on a made-up title is the draft's, so `import --dry-run` shows it too, not only
    the written file; a title that reads as one carries no note."""
    untitled = _plans(tmp_path, "\n".join([
        "为做好今年安全生产工作,结合本镇实际,制定以下措施。",
        "一、主要措施",
        "1.开展隐患排查。由镇安监站负责,5月底前完成。",
    ]) + "\n")[0]
    assert untitled.review[0] == "标题为自动生成,请按原文补充"
    titled = _plans(tmp_path, "\n".join([
        "某镇2026年安全生产工作方案",
        "为做好今年安全生产工作,结合本镇实际,制定本方案。",
        "一、主要措施",
        "1.开展隐患排查。由镇安监站负责,5月底前完成。",
    ]) + "\n")[0]
    assert not any("标题" in note for note in titled.review)
