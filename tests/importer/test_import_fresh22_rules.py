"""One unit test per rule learnt from the fresh22 corpus (tests/data/import-corpus-fresh22), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from made_up import plans_of as _plans


def test_a_pipe_tables_lone_closing_bar_does_not_end_the_table(tmp_path: Path) -> None:
    """A `|` table whose rows each end with an empty 备注 cell whose closing bar fell onto a line
    of its own (… | 长期推进 |, then |): the lone bar closes the row above, the rows after it
    are still the table's."""
    text = "\n".join([
        "某局2025年重点工作任务台账 |",
        "序号 | 工作任务 | 责任科室 | 完成时限 | 备注 |",
        "1 | 推进档案数字化建设 | 档案科 | 长期推进 |",
        "|",
        "2 | 完善内部财务审计制度 | 财务科 | 2025年6月底前 |",
        "|",
        "3 | 开展窗口服务满意度测评 | 办公室 | 2025年10月底 |",
        "|",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    assert [(t.title[:6], t.owners.owners, t.due) for t in plan.tasks] == [
        ("推进档案数字", ("档案科",), None),
        ("完善内部财务", ("财务科",), date(2025, 6, 30)),
        ("开展窗口服务", ("办公室",), date(2025, 10, 31)),
    ]


def test_a_pipe_row_short_of_a_middle_cell_is_aligned_on_its_deadline(tmp_path: Path) -> None:
    """A `|` row with fewer cells than its header (细化分工 left empty and dropped): its date cell
    is the 完成时限 column, the cell before it the unit column, the cells before that the first
    columns; a full row is read as before."""
    text = "\n".join([
        "| 序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 |",
        "| 1 | 做好统计数据发布工作 | 按季度发布主要指标数据 | 统计处 | 2025年12月底 |",
        "| 2 | 推进预算信息公开 | 财务处 | 2025年3月前 |",
        "| 3 | 规范行政执法公示 | 法规处 | 长期推进 |",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    assert [(t.title[:6], t.owners.owners, t.due) for t in plan.tasks] == [
        ("做好统计数据", ("统计处",), date(2025, 12, 31)),
        ("推进预算信息", ("财务处",), date(2025, 2, 28)),  # 3月前: before March begins
        ("规范行政执法", ("法规处",), None),
    ]


def test_a_titles_count_of_items_in_brackets_is_no_part_of_it(tmp_path: Path) -> None:
    """X分工方案(共计36项) over the plan's headings: the count of items the page wrote after the
    title is no part of the plan's name."""
    text = "\n".join([
        "2025年县政府重点工作分工方案(共计36项)",
        "一、推动经济平稳增长",
        "1.全年固定资产投资增长8%。",
        "责任单位:县发改局",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    assert plan.title == "2025年县政府重点工作分工方案"


def test_a_bare_kind_of_plan_under_its_subject_line_is_one_title(tmp_path: Path) -> None:
    """A title broken over two lines where the upper one ends in a word that can name a plan
    (…目标任务) and the lower one is only the kind of plan (责任分解方案): the two are one title,
    not the lower line alone."""
    text = "\n".join([
        "2025年县《政府工作报告》重点任务",
        "责任分解方案",
        "一、主要预期目标",
        "(一)地区生产总值增长6%。(牵头单位:县发改局)",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    assert plan.title == "2025年县《政府工作报告》重点任务责任分解方案"


def test_a_title_broken_in_two_after_a_cover_notice_starts_the_plan_at_its_subject(tmp_path: Path) -> None:
    """The same broken title after a cover notice with items of its own (一、 二、): the plan
    starts at the subject line, and is named by both lines."""
    text = "\n".join([
        "各乡镇人民政府,县政府各部门:",
        "《2025年县〈政府工作报告〉重点任务责任分解方案》已经县政府同意,现印发给你们,并通知如下。",
        "一、加强统筹,各责任单位要制订具体工作方案。",
        "二、压实责任,确保按时完成各项任务。",
        "县人民政府办公室",
        "2025年1月20日",
        "2025年县《政府工作报告》重点任务",
        "责任分解方案",
        "一、主要预期目标",
        "(一)地区生产总值增长6%。(牵头单位:县发改局)",
    ]) + "\n"
    plans = _plans(tmp_path, text, year=2025)
    assert plans[-1].title == "2025年县《政府工作报告》重点任务责任分解方案"


def test_an_info_boxs_category_line_is_no_title_and_a_tables_caption_loses_its_bar(tmp_path: Path) -> None:
    """A government site's info box over a `|` table (分 类: 其他;通知, its category naming a
    通知): the category line is no title; the caption above the header, its cell's closing bar
    dropped, names the plan."""
    text = "\n".join([
        "索 引 号:",
        "发布机构: 某省农业农村厅",
        "分 类: 其他;通知;农业",
        "发文日期: 2025年03月02日",
        "2025 年农业农村重点任务台账 |",
        "序号 | 工作任务 | 责任处室 | 完成时限 |",
        "1 | 推进高标准农田建设 | 农田处 | 2025年11月底 |",
        "2 | 开展耕地质量监测 | 耕保处 | 长期推进 |",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    assert plan.title == "2025 年农业农村重点任务台账"


def test_an_info_boxs_name_field_names_a_plan_with_no_title_line(tmp_path: Path) -> None:
    """A government site's info box written as a `|` table (名 称: | X实施方案 |) over the plan's
    addressees, preamble and headings, no title line of its own: the 名称 field names the plan."""
    text = "\n".join([
        "索 引 号: | AB0001-2025-003 | 主题分类: | 区府办文件 |",
        "名 称: | 某区人民政府关于推进垃圾分类的实施方案 | ||",
        "文 号: | 某府发〔2025〕3号 | 公开类型: | 主动公开 |",
        "各镇人民政府,区政府各委、办、局:",
        "为推进生活垃圾分类工作,制定本实施方案。",
        "一、工作目标",
        "到2025年底,居民区垃圾分类达标率达到95%。",
        "二、主要任务",
        "(一)完善分类设施。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    assert plan.title == "某区人民政府关于推进垃圾分类的实施方案"


def test_an_uploaded_files_name_before_the_sites_words_names_the_plan(tmp_path: Path) -> None:
    """A document site's page opening with the uploaded file's name, its page count and its
    extension (X方案(2025-2026年)(12页).docx), then the site's 下载文档 / 上传人 run into it: the
    file's name names the plan, without its page count and extension."""
    text = "\n".join([
        "某县农村供水保障提升行动方案(2025-2026年)(12页).docx",
        "下载文档",
        "上传人:Ab****12",
        "1、某县农村供水保障提升行动为提高农村供水保障水平,结合我县实际,制定如下行动方案。一、总体要求到2026年,农村自来水普及率达到98%。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    assert plan.title == "某县农村供水保障提升行动方案(2025-2026年)"


def test_a_title_glued_to_a_preamble_that_names_the_plan_with_ben_is_the_title(tmp_path: Path) -> None:
    """X工作计划20xx年是…。为…,特制定本园X计划。 on one line: the preamble's 本园X计划 is the
    plan naming itself, not its title; the title glued before the preamble is."""
    text = "\n".join([
        "幼儿园安全教育年度工作计划20xx年是我园安全工作的关键一年。为做好安全教育工作,特制定本园年度安全教育计划。",
        "一、工作目标",
        "1、幼儿安全知识知晓率达100%。",
        "二、具体安排",
        "1、每月开展一次安全演练。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    assert plan.title == "幼儿园安全教育年度工作计划"


def test_a_stage_with_two_windows_written_with_yi_for_the_dash_runs_from_first_to_last(tmp_path: Path) -> None:
    """(一)宣传发动阶段。时间:春季(3月1日一3月10日)、秋季(9月1日一9月10日)。: 一 between two dates
    is the dash the page lost, and a stage given two windows in one sentence runs from the first
    one's start to the last one's end."""
    text = "\n".join([
        "某镇2025年森林防火工作方案",
        "一、工作步骤",
        "(一)宣传发动阶段。时间:春季(3月1日一3月10日)、秋季(9月1日一9月10日)。召开会议,部署工作。",
        "(二)集中整治阶段。时间:春季(3月11日一4月30日)、秋季(9月11日一10月31日)。开展巡查。",
    ]) + "\n"
    phases = _plans(tmp_path, text, year=2025)[0].phases
    assert [(p.title, p.start, p.end) for p in phases] == [
        ("宣传发动阶段", date(2025, 3, 1), date(2025, 9, 10)),
        ("集中整治阶段", date(2025, 3, 11), date(2025, 10, 31)),
    ]


def test_a_step_naming_a_year_as_its_stage_spans_that_year(tmp_path: Path) -> None:
    """第一步:2025年为全面推进阶段。…: the step is the stage named after 为, running the whole
    year."""
    text = "\n".join([
        "某县创建全国文明城市工作方案",
        "一、工作步骤",
        "第一步:2025年为全面推进阶段。对照测评体系找出差距,集中攻坚。",
        "第二步:2026年为巩固提升阶段。巩固创建成果,健全长效机制。",
    ]) + "\n"
    phases = _plans(tmp_path, text, year=2025)[0].phases
    assert [(p.title, p.start, p.end) for p in phases] == [
        ("全面推进阶段", date(2025, 1, 1), date(2025, 12, 31)),
        ("巩固提升阶段", date(2026, 1, 1), date(2026, 12, 31)),
    ]


def test_a_masked_persons_name_under_a_responsible_label_owns_the_activity(tmp_path: Path) -> None:
    """(一)X活动 / 负责人:王xx / 时 间:… : an activity whose 负责人 is a surname with the given name
    masked (王xx, 李××) is that person's, as 负责人:王某 is."""
    text = "\n".join([
        "某中学2025年读书节活动方案",
        "一、活动内容",
        "(一)读书征文比赛",
        "负责人:王xx",
        "时 间:四月下旬",
        "(二)经典诵读展示",
        "负责人:李××",
        "时 间:五月上旬",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    assert [(t.title[:6], t.owners.owners) for t in plan.tasks] == [
        ("读书征文比赛", ("王xx",)),
        ("经典诵读展示", ("李××",)),
    ]


def test_units_leading_then_a_pause_mark_before_the_others_lead(tmp_path: Path) -> None:
    """责任单位:A和B分别牵头、C: the clause closing on 牵头 ends at the pause mark as at a comma;
    A and B lead, C owns."""
    text = "\n".join([
        "2025年区政府工作报告重点工作责任分解",
        "一、重点工作",
        "1.建设区域性物流枢纽,打造跨境电子商务基地。",
        "责任单位:区商务局和区交通局分别牵头、区发改局",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    (task,) = plan.tasks
    assert (task.owners.lead, task.owners.owners) == (("区商务局", "区交通局"), ("区发改局",))


def test_a_unit_cell_naming_one_unit_with_another_hui_the_first_owns_the_second_supports(tmp_path: Path) -> None:
    """A 责任处室 cell 财务科会办公室 (会, short for 会同): the finance office owns the row, the
    general office supports; a 委员会 / 工会 in a cell is no such pair."""
    text = "\n".join([
        "| 序号 | 工作任务 | 责任处室 | 完成时限 |",
        "| 1 | 公开年度预算执行情况 | 财务科会办公室 | 2025年9月底 |",
        "| 2 | 做好职工权益信息公开 | 区总工会办公室 | 长期推进 |",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    assert [(t.owners.owners, t.owners.support) for t in plan.tasks] == [
        (("财务科",), ("办公室",)),
        (("区总工会办公室",), ()),
    ]


def test_a_first_listed_leads_note_in_a_role_line_holds_for_it_and_the_items_after(tmp_path: Path) -> None:
    """责任单位:A、B(列第一位者为牵头或汇总单位,下同): the note is no part of B's name; A, listed
    first, leads, all listed own it (as with …等负责,列第一位者为牵头单位); so in the items after
    it (下同); an item above the note keeps its units as owners only."""
    text = "\n".join([
        "2025年区政府工作报告重点工作责任分解",
        "一、重点工作",
        "1.地区生产总值增长6%。",
        "责任单位:区发改局、区统计局",
        "2.完成节能减排目标任务。",
        "责任单位:区发改局、区生态环境分局(列第一位者为牵头或汇总单位,下同)",
        "3.城乡居民收入与经济增长同步。",
        "责任单位:区农业农村局、区人社局",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    assert [(t.owners.lead, t.owners.owners) for t in plan.tasks] == [
        ((), ("区发改局", "区统计局")),
        (("区发改局",), ("区发改局", "区生态环境分局")),
        (("区农业农村局",), ("区农业农村局", "区人社局")),
    ]


def test_a_bare_title_under_the_pages_fuller_headline_is_named_by_the_headline(tmp_path: Path) -> None:
    """文明校园创建时间表和路线图 heading a page, then the site's notices, the document's own heading
    时间表和路线图 over its preamble (制定本时间表和路线图): a 时间表和路线图 names a plan, and the
    page's headline ending in the same words names it fully."""
    text = "\n".join([
        "平安校园创建时间表和路线图",
        "- 1、下载文档前请自行甄别文档内容的完整性。",
        "时间表和路线图",
        "某镇中心小学",
        "2025-3",
        "时间表和路线图",
        "为全面落实平安校园创建方案,分解任务,经全校教职工大会讨论决定,制定本时间表和路线图。",
        "1.安全制度建设。",
        "责任单位:校长室",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text, year=2025)
    assert plan.title == "平安校园创建时间表和路线图"
