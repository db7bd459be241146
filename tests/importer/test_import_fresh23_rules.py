"""One unit test per rule learnt from the fresh23 corpus (tests/data/import-corpus-fresh23), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_a_role_lines_unit_with_its_levels_in_hexagonal_brackets_is_one_name(tmp_path: Path) -> None:
    """(责任部门:各区〔县、市〕人民政府;配合部门:…): the levels listed inside 〔〕 are one
    unit's, as inside ( ), so the 、 there splits nothing and the 〕 ends no value; a list's
    trailing 、 names no one."""
    text = "\n".join([
        "某市2026年水利安全工作方案",
        "一、重点任务",
        "1.山塘水库除险加固。年内完成病险山塘整治。(责任部门:各区〔县、市〕人民政府;"
        "配合部门:市水利局、市农业局、)",
        "2.防汛物资储备。汛前补齐防汛物资。(责任部门:市应急局;配合部门:各区〔县、市〕人民政府)",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(t.owners.owners, t.owners.support) for t in plan.tasks] == [
        (("各区〔县、市〕人民政府",), ("市水利局", "市农业局")),
        (("市应急局",), ("各区〔县、市〕人民政府",)),
    ]


def test_a_lone_unit_under_the_first_listed_leads_note_owns_without_leading(tmp_path: Path) -> None:
    """责任单位:A、B(列第一位者为牵头或汇总单位,下同), then an item whose role line names one unit:
    the note picks a lead among units listed together, so a unit named alone owns its item and
    leads nothing; the listed item's first unit still leads."""
    text = "\n".join([
        "某区2026年重点工作责任分解",
        "一、经济发展",
        "1.推进物流园区二期建设。",
        "责任单位:区商务局、区交通局(列第一位者为牵头或汇总单位,下同)",
        "2.社会消费品零售总额增长5%。",
        "责任单位:区统计局",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(t.owners.lead, t.owners.owners) for t in plan.tasks] == [
        (("区商务局",), ("区商务局", "区交通局")),
        ((), ("区统计局",)),
    ]


def test_a_role_label_with_its_unit_word_in_brackets_is_that_label(tmp_path: Path) -> None:
    """责任单位(科室):X, 牵头单位(部门):Y: the bracket names which kind of unit the label means,
    so the label is read as 责任单位: / 牵头单位: and an empty 责任人: after it names no one."""
    text = "\n".join([
        "某局2026年创建卫生城市工作方案",
        "一、主要任务",
        "1.整治农贸市场环境。规范摊位设置,清理占道经营。",
        "责任单位(科室):市场监管科",
        "责任人:",
        "2.推进垃圾分类。",
        "牵头单位(部门):环卫所",
        "责任单位(部门):城管执法队",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(t.owners.lead, t.owners.owners) for t in plan.tasks] == [
        ((), ("市场监管科",)),
        (("环卫所",), ("城管执法队",)),
    ]


def test_a_government_sources_posting_time_dates_a_page_writing_no_year(tmp_path: Path) -> None:
    """来源: X局 发布时间: 2023-05-06 10:20 under a page's title: the body that issued the plan
    posted it then, so its year is the plan's when the text writes none, clock time or not."""
    text = "\n".join([
        "政务公开",
        "某县农村供水保障工作实施方案",
        "来源: 某县水利局 发布时间: 2023-05-06 10:20 浏览次数: 3",
        "为保障农村饮水安全,制定本方案。",
        "一、工作任务",
        "1.年底前完成管网改造。责任单位:县水利局",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert plan.year == 2023


def test_two_years_run_together_before_nian_are_a_range_from_the_first(tmp_path: Path) -> None:
    """X三年行动方案(20252027年): a range whose dash the copy lost; the plan's year is its
    first, as with (2025-2027年), not the last four digits."""
    text = "\n".join([
        "某镇农村道路提升三年行动方案(20252027年)",
        "一、工作任务",
        "1.完成通村道路硬化。责任单位:镇交通办",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert plan.year == 2025
