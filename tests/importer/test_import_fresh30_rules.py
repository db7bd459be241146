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


def test_the_name_cell_of_a_sites_info_box_row_is_the_title(tmp_path: Path) -> None:
    """索引号 | … | / 名称 | X工作方案(2024—2026年) |: the info box's 名称 cell, its colon lost and
    its value in the next cell, names the plan, with no label and no bar."""
    text = "\n".join([
        "索引号 | 000000001/2024-0001 | 成文日期 | 2024-03-01 |",
        "发布机构 | 是否有效 | ||",
        "名称 | 某州“植绿、护绿”三年行动 工作方案(2024—2026年) |",
        "为推进某州国土绿化工作,制定本方案。",
        "一、重点任务",
        "1.完成荒山造林,6月底前完成。(州林业局负责)",
    ]) + "\n"
    title = _plans(tmp_path, text)[0].title
    assert title.replace(" ", "") == "某州“植绿、护绿”三年行动工作方案(2024—2026年)"


def test_a_document_sites_file_info_row_is_no_piece_of_the_title(tmp_path: Path) -> None:
    """2024-05-20 1000+ 23.5KB 9 页 / 举报 / X工作要点: a document site's row on the file (its
    upload date, views, size and pages), a line of its own, and its link under it are no
    pieces of the title below."""
    text = "\n".join([
        "某区水务局2024年工作要点",
        "",
        "VIP免费",
        "2024-05-20 1000+ 23.5KB 9 页 海报",
        "举报",
        "某区水务局 2024 年工作要点",
        "2024年全区水务工作的总体要求是:坚持稳中求进。",
        "一、重点工作",
        "1.完成河道清淤,6月底前完成。(区河道所负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title.replace(" ", "") == "某区水务局2024年工作要点"


def test_a_title_line_ending_in_a_sample_sites_word_is_a_line_of_its_own(tmp_path: Path) -> None:
    """X专项行动方案例文 / X专项行动方案范文: a document site's two copies of the name, each with
    its word for a sample, end a title each; they are not one line broken by the page, and the
    plan is named once, without the site's word."""
    text = "\n".join([
        "2024年某某镇主要河道“清淤疏浚”专项行动方案例文",
        "2024年某某镇主要河道“清淤疏浚”专项行动方案范文",
        "根据县河长办部署,开展主要河道清淤疏浚专项行动,制定本方案。",
        "一、行动任务",
        "1.完成主要河道清淤,6月底前完成。(镇水利站负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "2024年某某镇主要河道“清淤疏浚”专项行动方案"


def test_a_title_run_into_a_preamble_opening_on_its_year_after_a_space(tmp_path: Path) -> None:
    """1、某乡2024年工作要点 2024年是…之年。…: a document site's first chunk, the title run into
    the preamble after a space, the preamble opening on the year it is about: the name before
    the space is the plan's title."""
    text = "\n".join([
        "1、某乡2024年工作要点 2024年是巩固脱贫成果的关键之年。乡党委政府将在县委的领导下,"
        "扎实推进各项工作。一、主要目标 全乡农民人均纯收入增长8%。二、重点工作 1.完成茶园提质改造,"
        "6月底前完成。(乡农业站负责)",
        "2、的建设,确保按期完成。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某乡2024年工作要点"


def test_a_date_range_naming_a_season_is_no_deadline(tmp_path: Path) -> None:
    """(一)重点防范时段。6月上旬至8月下旬的主汛期是…重点防范期: the range names a season (…的主汛期),
    when the danger is, no deadline; with no unit named the item is no task."""
    text = "\n".join([
        "某县2024年山洪灾害防治方案",
        "为做好山洪灾害防治工作,制定本方案。",
        "一、重点防范时段和区域",
        "(一)重点防范时段。6月上旬至8月下旬的主汛期是山洪灾害重点防范期。",
        "(二)重点巡查。县水利局负责,5月底前完成隐患排查。",
    ]) + "\n"
    tasks = _plans(tmp_path, text, year=2024)[0].tasks
    assert [t.label for t in tasks] == ["(二)"]


def test_a_heading_whose_text_opens_on_a_deadline_over_its_sub_items_is_the_task(tmp_path: Path) -> None:
    """一、任务要求 / 20xx年10月底前,全县完成15个村庄的改厕任务。 / (一)… / (二)…: the text under
    the heading, before its numbered sub-items, opens on a deadline that governs the whole: the
    heading is the task, with that deadline, not an unnumbered paragraph."""
    text = "\n".join([
        "某县农村改厕实施方案",
        "为推进农村改厕工作,制定本方案。",
        "一、任务要求",
        "20xx年10月底前,全县完成15个村庄的农村改厕任务。",
        "(一)户厕改造",
        "改造村庄要统一建设标准。",
        "(二)公厕建设",
        "每个村庄建设公厕1座。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, str(t.due)) for t in tasks] == [("一、", "2026-10-31")]


def test_a_preamble_naming_the_years_expected_targets_states_goals(tmp_path: Path) -> None:
    """…。 全年经济社会发展预期目标:全镇GDP达3.5亿元,比上年增长8%;农民人均纯收入达12000元, 一、…: the
    preamble names its clauses after the colon as the year's expected targets, so each number
    with a unit there is a goal; 比上年 compares with last year, no past figure."""
    text = "\n".join([
        "某镇2024年工作要点",
        "2024年是关键之年。全年经济社会发展预期目标:全镇GDP达3.5亿元,比上年增长8%;"
        "农民人均纯收入达12000元,",
        "一、做强产业",
        "1.做大茶产业。镇农业站负责,6月底前完成茶园改造。",
    ]) + "\n"
    goals = _plans(tmp_path, text, year=2024)[0].goals
    assert [(g.target, g.unit) for g in goals] == [(350000000.0, "元"), (8.0, "%"), (12000.0, "元")]
