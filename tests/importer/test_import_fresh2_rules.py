"""One unit test per rule learnt from the fresh2 corpus (tests/data/import-corpus-fresh2),
each on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans

from tracker.importer.clean import fold
from tracker.importer.owners import find_owners


def _owners(text: str):  # type: ignore[no-untyped-def]
    o = find_owners(text, fold(text))
    return o.lead, o.owners, o.support, o.leader


def test_unit_lists_between_lead_and_support_clause_support_too() -> None:
    """(A牵头,B、C等部门,D配合): the clause with 等部门 before the 配合 clause supports too."""
    assert _owners("编制三年滚动计划。(县发改局牵头,县财政局、县水利局等部门,县城投公司配合)") == (
        ("县发改局",), (), ("县财政局", "县水利局", "县城投公司"), None,
    )


def test_bars_of_a_key_value_record_bound_a_tag() -> None:
    """牵头单位: | X | then the next record row: the value is the cell, not the rest."""
    text = "牵头单位: | 市住建局 |\n年度目标: | 第一季度:印发方案,明确任务分配。 |"
    assert _owners(text) == (("市住建局",), (), (), None)


def test_a_role_tag_cut_after_one_character_is_no_tag(tmp_path: Path) -> None:
    """责任单位:区 at the end of a page cut mid-name names nobody: the item is not a task."""
    plans = _plans(
        tmp_path,
        "某区稳增长工作方案\n一、主要任务\n(一)推进项目建设。加快重点项目落地。责任单位:区发改局\n"
        "(二)工业投资增长12%以上\n责任单位:区",
    )
    assert [t.title for t in plans[0].tasks] == ["推进项目建设"]


def test_an_age_is_a_measure(tmp_path: Path) -> None:
    """人均预期寿命达80.5岁 in a goal list: 岁 is a measure word like % or 个."""
    plans = _plans(
        tmp_path,
        "某市卫生工作要点\n一、主要目标\n1.主要目标指标。\n人均预期寿命达80.5岁,孕产妇死亡率降至5%。\n"
        "2.深化改革。\n",
    )
    assert [(g.target, g.unit) for g in plans[0].goals] == [(80.5, "岁"), (5.0, "%")]


def test_an_unnumbered_goal_heading_names_the_paragraph_below_goals(tmp_path: Path) -> None:
    """目标任务 on a line of its own, before the numbered steps: its paragraph states goals."""
    plans = _plans(
        tmp_path,
        "社区改造方案\n为加快社区建设,特制订如下方案。\n目标任务\n"
        "今年完成8个城市社区、3个农村社区的改造提升。\n方法步骤\n"
        "(一)动员阶段(6月1日—6月5日)\n1、召开动员大会。\n",
    )
    assert [(g.target, g.unit) for g in plans[0].goals] == [(8.0, "个"), (3.0, "个")]


def test_a_title_line_in_book_title_marks_is_the_title(tmp_path: Path) -> None:
    """《…实施细则》 alone on the first line, then the preamble: the title without 《》."""
    plans = _plans(
        tmp_path,
        "《关于支持中小企业稳定发展的实施细则》\n为贯彻落实省政府有关精神,结合本市实际,制定如下实施细则。\n"
        "一、落实财税政策\n1.设立专项资金,支持企业发展。责任单位:市财政局\n",
    )
    assert plans[0].title == "关于支持中小企业稳定发展的实施细则"


def test_several_cited_years_and_a_horizon_do_not_date_the_plan(tmp_path: Path) -> None:
    """根据国发〔2012〕…国办发〔2014〕…, 到2020年…: no year of the plan's own is written."""
    plans = _plans(
        tmp_path,
        "加快流通业发展实施意见\n根据《国务院关于流通产业的意见》(国发〔2012〕39号)、《国务院办公厅"
        "关于内贸流通的意见》(国办发〔2014〕51号),提出如下意见。\n一、主要目标\n到2020年,流通业实力显著提升。\n"
        "二、重点任务\n1.提高管理效能。(牵头单位:市商务局)\n",
    )
    assert plans[0].year == 2026


def test_a_book_title_run_into_its_preamble_is_the_title() -> None:
    """The page ran 《…细则》 into the preamble's 为…: the title still ends at 》."""
    from tracker.importer.clean import Para
    from tracker.importer.plan_title import document_title

    text = "《关于支持中小企业稳定发展的实施细则》为贯彻落实省政府有关精神,结合本市实际,制定如下实施细则。"
    paras = [Para(1, 1, text, fold(text)), Para(2, 2, "一、落实财税政策", "一、落实财税政策")]
    assert document_title(paras) == "关于支持中小企业稳定发展的实施细则"


def test_a_schedule_time_column_gives_no_deadline(tmp_path: Path) -> None:
    """时间 | 工作内容 | 责任部门 rows: the time cell is when the activity happens, not a due."""
    plans = _plans(
        tmp_path,
        "时 间 | 工作内容 | 责任部门 |\n3月2日—4月3日 | 摸底适龄儿童 | 各小学 |\n"
        "4月15日 | 召开招生工作会 | 教育局基教科 |\n",
    )
    tasks = plans[0].tasks
    assert [(t.title, t.owners.owners, t.due) for t in tasks] == [
        ("摸底适龄儿童", ("各小学",), None), ("召开招生工作会", ("教育局基教科",), None),
    ]


def test_one_cell_per_line_with_its_bar_kept(tmp_path: Path) -> None:
    """序号 | / 目标与任务 | / 分管县领导 | / … one cell a line, each with the table's bar:
    the header and rows are read, 分管县领导 is the leader."""
    plans = _plans(
        tmp_path,
        "重点工作任务分解表\n序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
        "12 |\n扩大普惠性托育供给,新增托位数300个以上,推动义务教育优质均衡发展,实施办学能力提升工程\n"
        "继续推进。 |\n张 甲 |\n县教育局 |\n县各有关单位 |\n",
    )
    (task,) = plans[0].tasks
    assert task.title.startswith("扩大普惠性托育供给")
    assert (task.owners.lead, task.owners.owners, task.owners.leader) == (
        ("县教育局",), ("县各有关单位",), "张甲",
    )


def test_a_line_ending_in_a_table_name_is_not_run_on(tmp_path: Path) -> None:
    """…重点工作目标任务分解表 ends a title like …方案: the next line is not its tail."""
    from tracker.importer.paragraphs import paragraphs

    lines = ["2024年《政府工作报告》重点工作目标任务分解表", "附件"]
    assert [p.text for p in paragraphs(lines)] == lines


def test_a_table_with_cells_separated_by_spaces(tmp_path: Path) -> None:
    """序号 任务 牵头 领导 牵头 责任单位 主体 责任单位 配合 责任单位 on one line, then numbered rows
    whose cells are separated by spaces: one task a row, roles by column, the title above."""
    plans = _plans(
        tmp_path,
        "2023年重点工作责任清单汇总表\n"
        "序号 2023年重点工作任务 牵头  领导 牵头   责任单位 主体    责任单位 配合   责任单位 工作评价 备注\n"
        "12 新建城市公园3个以上。 王乙 县住建局 有关乡镇 县直有关单位 已完成\n"
        "13 推进老旧小区改造。 王乙 县住建局 县住建局 县财政局 达到时序进度\n",
    )
    assert plans[0].title == "2023年重点工作责任清单汇总表"
    assert [(t.title, t.owners.lead, t.owners.owners, t.owners.support, t.owners.leader)
            for t in plans[0].tasks] == [
        ("新建城市公园3个以上", ("县住建局",), ("有关乡镇",), ("县直有关单位",), "王乙"),
        ("推进老旧小区改造", ("县住建局",), ("县住建局",), ("县财政局",), "王乙"),
    ]


def test_a_heading_naming_its_lead_over_measures_is_a_task(tmp_path: Path) -> None:
    """一、X(区Y局牵头) over a paragraph and (一)(二) measures without roles: the heading is the
    task, its paragraph is its text (a target there is not a goal of the plan)."""
    plans = _plans(
        tmp_path,
        "关于推动经济发展若干政策举措\n为推动经济持续向好,特制定以下政策举措。\n"
        "一、强化科技创新(区科技局牵头)\n加快培育新质生产力。力争研发投入强度达到3%。\n"
        "(一)加强科创平台建设。加快建设研究院,鼓励成果转化。\n(二)支持企业研发。对研发投入给予补助。\n",
    )
    (task,) = plans[0].tasks
    assert (task.label, task.lines, task.owners.lead) == ("一、", (3, 4), ("区科技局",))
    assert plans[0].goals == ()


def test_names_before_a_role_word_open_at_an_unclosed_bracket() -> None:
    """强化科技创新(区科技局牵头: the lead is what follows the bracket, not the heading's words."""
    assert _owners("强化科技创新(区科技局牵头)") == (("区科技局",), (), (), None)


def test_a_heading_with_role_lines_over_sub_items_is_a_task_without_its_window_as_due(
    tmp_path: Path,
) -> None:
    """(四)X(2010年10月31日至11月30日) / 责任单位: / 协作单位: over (1)(2): the heading is a task
    with those roles; its bracketed date range is the step's window, not a deadline; sub-items
    with their own 责任单位为 stay tasks."""
    plans = _plans(
        tmp_path,
        "某水库综合治理方案\n一、主要任务\n(四)建立长效管理机制(2010年10月31日至11月30日)\n"
        "责任单位:市政府办公室\n协作单位:市环保局、市水利局\n"
        "在完成整治任务后,要建立长效管理机制,抓好如下工作:\n"
        "(1)成立水源保护领导小组;\n(2)恢复库区派出所,责任单位为市公安局;\n",
    )
    head, sub = plans[0].tasks
    assert (head.label, head.owners.owners, head.owners.support, head.due) == (
        "(四)", ("市政府办公室",), ("市环保局", "市水利局"), None,
    )
    assert (sub.label, sub.owners.owners) == ("(2)", ("市公安局",))


def test_a_bracketed_role_line_after_long_sub_items_belongs_to_their_group(
    tmp_path: Path,
) -> None:
    """1.X / (1)…(3) of any length / (责任单位:A、B): the roles are the group 1.'s."""
    plans = _plans(
        tmp_path,
        "应急体系建设规划责任分解\n(一)“一案三制”建设\n1.完善应急预案体系\n"
        "(1)加强应急预案管理,规范应急预案编制、审批、发布、备案、修订和评估工作,增强预案的针对性。\n"
        "(2)推进政府及其部门应急预案精编化,及时修订完善现有应急预案,促进基层应急预案编制全覆盖。\n"
        "(3)加强应急预案的培训宣传,扩大应急预案发布范围,提高全社会对应急预案的知晓率和参与度。\n"
        "(责任单位:市直各有关单位、各县(市、区)人民政府)\n2.健全应急管理体制\n",
    )
    (task,) = plans[0].tasks
    assert (task.label, task.owners.owners) == ("1.", ("市直各有关单位", "各县(市、区)人民政府"))
