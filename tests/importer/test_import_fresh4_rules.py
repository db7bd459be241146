"""One unit test per rule learnt from the fresh4 and fresh5 corpus (tests/data/import-corpus-fresh4,
-fresh5), each on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import cells as _cells
from made_up import plans_of as _plans

from tracker.importer import DraftPlan


def _roles(plan: DraftPlan) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(t.label, t.owners.owners, t.owners.leader) for t in plan.tasks]


def test_a_header_with_unnamed_and_broken_cells_is_read_up_to_the_first_row(tmp_path: Path) -> None:
    """序号 / 工作 / 责任 / 领导 / 责任 / 科室 / 进展 / 情况: a header cell the page broke in two is
    one column, and the columns naming no role are read as columns up to the row's `1`."""
    text = _cells("某镇年度重点工作计划执行情况", "序号", "重点工作", "责任", "领导", "责任", "科室",
                  "本季度", "进展情况",
                  "1", "建设村级文化礼堂", "张某", "宣传办", "完成主体建设。", "已完成八成。",
                  "2", "改造农村公路", "李某", "交通办", "完成路基施工。", "已完成五成。")
    assert _roles(_plans(tmp_path, text)[0]) == [
        ("1", ("宣传办",), "张某"),
        ("2", ("交通办",), "李某"),
    ]


def test_unit_lines_fill_the_closing_unit_columns_from_the_right(tmp_path: Path) -> None:
    """… / 责任部门 / 评分部门: a row's last unit line is the scoring body (left out), the unit
    lines before it are the 责任部门 cell, however many cells the row left empty; a category
    column left of 序号 gives its value before the row's number; a bare value is no row number."""
    text = _cells("某县年度任务清单", "考核项目", "序号", "考核指标", "单位", "年度目标", "责任部门", "评分部门",
                  "产业发展", "1", "农业增加值增幅", "%", "县农业局", "县林业局", "市农业局",
                  "2", "粮食播种面积", "万亩", "0", "县农业局", "市农业局",
                  "3", "建设示范牧场", "县农业局", "市农业局")
    assert _roles(_plans(tmp_path, text)[0]) == [
        ("1", ("县农业局", "县林业局"), None),
        ("2", ("县农业局",), None),
        ("3", ("县农业局",), None),
    ]


def test_a_template_title_glued_to_its_contents_is_the_title(tmp_path: Path) -> None:
    """A document-sharing page: its copyright blurb and 文档简介 are chrome, and the file's name
    glued to the contents' 一、 is the title, 一、 the first heading."""
    text = "\n".join(["版权说明:本文档由用户提供并上传,收益归属内容提供方", "文档简介",
                      "社区治理工作方案范文参考一、背景分析", "1.1政策背景", "二、目标设定",
                      "2.1总体目标", "三、实施步骤", "3.1第一阶段(2025年1月-2025年3月)"]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "社区治理工作方案范文参考"


def test_a_piece_label_with_a_chinese_number_starts_the_plan(tmp_path: Path) -> None:
    """…工作计划篇一 on an essay site: the piece's plan starts there and its title has no 篇一."""
    text = _cells("本站为大家整理了几篇学校工作计划,供参考。", "学校安全工作计划篇一",
                  "一、安全办负责每月排查校舍隐患。", "二、总务处负责维修教学设施。")
    plans = _plans(tmp_path, text)
    assert plans[0].title == "学校安全工作计划"
    assert [t.owners.owners for t in plans[0].tasks] == [("安全办",), ("总务处",)]


def test_a_title_in_lenticular_brackets_before_the_preamble(tmp_path: Path) -> None:
    """【X方案】为…: the name in 【】 running into the preamble is the title."""
    text = _cells("【成立专项工作小组方案】为加强统筹协调,确保各项任务落实,现决定成立专项工作小组。",
                  "一、职责分工", "1. 办公室负责日常联络。")
    assert _plans(tmp_path, text)[0].title == "成立专项工作小组方案"


def test_staff_named_by_post_own_the_item(tmp_path: Path) -> None:
    """X负责 with X staff by post: 各校安排值班领导和教师负责 (split at 和), …专账,报账员负责, and
    学校设立各室负责人一名,负责… (appointed, then 负责)."""
    text = _cells("学校后勤工作方案",
                  "一、学校设立各室负责人一名,负责各室财产的登记和保管。",
                  "二、各校安排值班领导和教师负责学生就餐的秩序和安全。",
                  "三、各校要建立经费专账,报账员负责。",
                  "四、谁签字谁负责。")
    assert [t.owners.owners for t in _plans(tmp_path, text)[0].tasks] == [
        ("各室负责人",), ("值班领导", "教师"), ("报账员",),
    ]


def test_a_notice_signature_is_no_paragraph_of_the_last_heading(tmp_path: Path) -> None:
    """三、有关要求 alone on its line, its text below, then the office and the date: one item,
    the heading with its text, due by the text's deadline."""
    text = _cells("关于做好年度重点工作公示的通知", "一、公示内容", "各部门年度重点工作。",
                  "二、有关要求", "各部门根据附件格式,细化分解全年任务,做到重点突出,确保工作准确规范,于6月10日前报办公室汇总。",
                  "某某局办公室", "2019年6月1日")
    (t,) = _plans(tmp_path, text)[0].tasks
    assert t.title.startswith("有关要求") and t.due is not None and t.due.isoformat() == "2019-06-10"


def test_periods_under_a_time_plan_are_phases_with_year_ranges(tmp_path: Path) -> None:
    """八、时间规划 over 8.1短期推进(2024-2025年) / 8.2巩固期(2026年1月-2026年6月): phases, a
    range of whole years from 1 January to 31 December."""
    text = _cells("社区更新工作方案", "一、总体目标", "建设宜居社区。", "二、时间规划",
                  "2.1短期推进路径(2024-2025年)", "2.2巩固期(2026年1月-2026年6月)")
    phases = _plans(tmp_path, text)[0].phases
    assert [(p.title, p.start and p.start.isoformat(), p.end and p.end.isoformat()) for p in phases] == [
        ("短期推进路径", "2024-01-01", "2025-12-31"),
        ("巩固期", "2026-01-01", "2026-06-30"),
    ]


def test_a_notice_with_its_own_items_keeps_the_notice_title(tmp_path: Path) -> None:
    """关于印发《X》的通知 … 现印发给你们,并就有关事项通知如下: X is not shown, the items are the
    notice's own, so the notice is the plan and its title is the notice's."""
    text = _cells("某县人民政府办公室关于印发《2024年重点工作责任分解方案》的通知",
                  "各乡镇人民政府,县政府各部门:",
                  "《2024年重点工作责任分解方案》已经县政府同意,现印发给你们,并就有关事项通知如下。",
                  "一、务必高度重视。各牵头单位于3月10日前报送推进计划。")
    assert _plans(tmp_path, text)[0].title == "某县人民政府办公室关于印发《2024年重点工作责任分解方案》的通知"


def test_an_essay_site_label_before_the_sample_name_is_dropped(tmp_path: Path) -> None:
    """范文资料:X实施方案 above the preamble: the title is X实施方案."""
    text = _cells("欢迎来到某某方案网!", "范文资料:全镇垃圾分类工作实施方案",
                  "为深入推进垃圾分类工作,结合我镇实际,制定本方案。", "一、总体要求", "全面推进。",
                  "二、主要任务", "(一)镇环卫所负责清运。")
    assert _plans(tmp_path, text)[0].title == "全镇垃圾分类工作实施方案"


def test_a_template_name_glued_to_its_contents_keeps_its_own_words(tmp_path: Path) -> None:
    """…工作方案参考模板一、背景分析: the file's name is kept as written, 模板 / 范文 included."""
    text = _cells("文档简介", "社区治理工作方案参考模板一、背景分析", "1.1政策背景", "二、目标设定",
                  "2.1总体目标")
    assert _plans(tmp_path, text)[0].title == "社区治理工作方案参考模板"


def test_the_following_plan_in_a_preamble_names_no_title(tmp_path: Path) -> None:
    """…特制定以下专项整治方案。: "the following plan" is no title; the draft says it has none."""
    text = _cells("为提升管理水平,我们特制定以下专项整治方案。", "一、指导思想", "坚持问题导向。",
                  "二、工作要求", "(一)办公室负责于5月底前汇总。")
    assert _plans(tmp_path, text)[0].title.startswith("未命名方案")


def test_the_make_up_of_a_body_is_no_goal(tmp_path: Path) -> None:
    """由学生代表不少于2人、家长代表不少于2人等组成: members, not targets; 不少于95% stays one."""
    text = _cells("学校食堂管理工作方案",
                  "一、学校成立膳食委员会,由学生代表不少于2人、家长代表不少于2人等组成,每学期召开会议。",
                  "二、学生满意率不少于95%。")
    goals = _plans(tmp_path, text)[0].goals
    assert [(g.target, g.unit) for g in goals] == [(95.0, "%")]
