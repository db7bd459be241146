"""One unit test per rule learnt from the fresh6 corpus (tests/data/import-corpus-fresh6), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans

from tracker.importer import DraftPlan


def _roles(plan: DraftPlan) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.owners.lead, t.owners.owners, t.owners.support) for t in plan.tasks]


def test_a_heading_over_field_lines_is_one_item(tmp_path: Path) -> None:
    """1、读书分享会 over 时间: / 内容: / 责任单位: lines (a long one among them): an activity
    card, one task with its unit, not one task a field line."""
    text = "\n".join([
        "某校读书月活动方案",
        "一、活动安排",
        "1、读书分享会",
        "时间:x月x日—x月x日",
        "内容:各班推选两名代表,围绕本学期所读的一本书分享读书心得,评出优秀分享者若干名并颁发证书。",
        "责任单位:教务处",
        "2、图书漂流",
        "时间:x月x日",
        "地点:图书馆一楼",
        "责任单位:图书馆",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.title, t.lines) for t in plan.tasks] == [
        ("1、", "读书分享会", (3, 6)),
        ("2、", "图书漂流", (7, 10)),
    ]
    assert _roles(plan) == [("1、", (), ("教务处",), ()), ("2、", (), ("图书馆",), ())]


def test_a_post_heading_its_duties_owns_them(tmp_path: Path) -> None:
    """1. 财务室负责人:负责…: the post named before the colon owns the duties after it, as
    written (the post, not the office)."""
    text = "\n".join([
        "某校后勤工作领导小组职责分工",
        "一、成员职责",
        "1. 财务室负责人:负责经费预算与报销审核,确保专款专用。",
        "2. 食堂负责人:负责食材采购验收和从业人员健康管理。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("1.", (), ("财务室负责人",), ()), ("2.", (), ("食堂负责人",), ())]


def _barred(*cells: str) -> str:
    """Table cells one per line, each ending in the table's bar, as a page flattens a table."""
    return "\n".join(f"{c} |" for c in cells) + "\n"


def test_a_progress_table_with_columns_after_its_roles_and_rows_skipping_a_cell(
    tmp_path: Path,
) -> None:
    """序号 / 任务 / 目标 / 分管 领导 / 牵头 单位 / 责任主体 / 1-6月进展 / 是否达序: columns after
    the role columns that name no role are columns still, read up to the first row's number
    (an excerpt's row 7, not 1); a row that skips its 目标 cell puts its person in the
    leader column and the cells after it in the columns after the leader's."""
    text = _barred("序号", "主要任务", "全年目标", "分管 领导", "牵头 单位", "责任主体",
                   "1-6月进展情况", "是否达序",
                   "7", "改造老旧小区12个。", "张甲", "住建局", "各街道", "已完成5个。", "是",
                   "8", "新建口袋公园6个。", "李乙", "园林局", "城投公司、各街道", "已开工。", "否")
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.lead, t.owners.owners, t.owners.leader) for t in plan.tasks] == [
        ("7", ("住建局",), ("各街道",), "张甲"),
        ("8", ("园林局",), ("城投公司", "各街道"), "李乙"),
    ]


def test_a_progress_tables_caption_is_the_title_without_its_months(tmp_path: Path) -> None:
    """The line above a table's 序号 header is its caption, the title, even when it ends in
    no plan word (…项目推进情况); the months it covers in brackets are not part of it."""
    text = "某区2025年为民办实事项目推进情况(1-6月)\n" + _barred(
        "序号", "主要任务", "牵头单位", "责任单位",
        "1", "改造老旧小区12个。", "住建局", "各街道",
        "2", "新建口袋公园6个。", "园林局", "各街道")
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "某区2025年为民办实事项目推进情况"
