"""One unit test per rule learnt from the fresh9 corpus (tests/data/import-corpus-fresh9), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans

from tracker.importer import DraftPlan


def _roles(plan: DraftPlan) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.owners.lead, t.owners.owners, t.owners.support) for t in plan.tasks]


def test_role_words_inside_a_role_line_decide_lead_and_support(tmp_path: Path) -> None:
    """责任部门:A牵头,B、C配合: the role words in the value decide (A leads, B and C support);
    a 责任部门 line without them names the owners."""
    text = "\n".join([
        "某市改善民生工作方案",
        "一、加强社会保障",
        "1、扩大养老保险覆盖面。",
        "责任部门:市人社局牵头,市财政局、市税务局配合。",
        "2、提高低保标准。",
        "责任部门:市民政局。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("1、", ("市人社局",), (), ("市财政局", "市税务局")),
        ("2、", (), ("市民政局",), ()),
    ]


def test_the_relevant_departments_support_a_named_unit_in_charge(tmp_path: Path) -> None:
    """由A负责,有关部门配合: the generic 有关部门 supports the unit named in charge, kept as
    written; alone (有关部门要…) it names nobody."""
    text = "\n".join([
        "某县安全生产专项整治方案",
        "(一)烟花爆竹安全专项整治,由县应急局负责,有关部门配合。要严厉打击非法生产。",
        "(二)校园安全专项整治,由县教育局负责。有关部门要加强巡查。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("(一)", (), ("县应急局",), ("有关部门",)),
        ("(二)", (), ("县教育局",), ()),
    ]


def test_a_cooperative_society_is_a_unit(tmp_path: Path) -> None:
    """A负责,市供销社配合: a 社 (供销社, 合作社) is a unit like a 局."""
    text = "\n".join([
        "某市农资打假工作方案",
        "(一)市农业局负责,市供销社配合,开展放心农资下乡活动。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("(一)", (), ("市农业局",), ("市供销社",))]


def test_a_field_label_after_a_role_line_ends_its_units(tmp_path: Path) -> None:
    """责任单位:A、B、C… then 检查范围:… on the next line: a long field line without a full stop
    is not a line broken by the page when the next line opens a field of its own."""
    text = "\n".join([
        "某镇节前安全检查通知",
        "(一)第一检查组;",
        "责任单位:镇派出所、镇城建办、镇市场监督管理所、镇供电所",
        "检查范围:加油站、液化气站。",
        "(二)第二检查组;",
        "责任单位:镇卫生院、镇中心学校、镇市场监督管理所、镇派出所",
        "工作内容:食堂、宿舍。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("(一)", (), ("镇派出所", "镇城建办", "镇市场监督管理所", "镇供电所"), ()),
        ("(二)", (), ("镇卫生院", "镇中心学校", "镇市场监督管理所", "镇派出所"), ()),
    ]


def test_a_heading_naming_only_the_unit_in_charge_over_its_steps(tmp_path: Path) -> None:
    """3、A负责: over (1) (2) …: the heading names who does the steps below it, so it is the
    item (owned by A); the steps, with no role of their own, are not items."""
    text = "\n".join([
        "某市扬尘污染治理工作方案",
        "三、职责分工",
        "1、市城管局负责:",
        "(1)加强渣土运输车辆管理。",
        "(2)加强道路清扫保洁。",
        "2、市环保局负责:对重点企业开展执法检查。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("1、", (), ("市城管局",), ()), ("2、", (), ("市环保局",), ())]


def test_a_pipe_table_with_a_merged_category_and_a_cell_broken_over_two_lines(tmp_path: Path) -> None:
    """A header cell naming two roles with 或 (责任单位或牵头单位) takes the first; a row whose
    last cell runs on to the next line without its closing bar goes on there; a row one cell
    short that opens with its item's number sits under a category cell merged from above; a
    last row short of cells and unclosed, with only a stray bar after it, is cut by the page."""
    text = "\n".join([
        "类别 | 工作任务 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |",
        "绿 化 | 1、新建街头游园。 | 市住建局 | 市自然资源局",
        "市林业局 | 2026年6月30日前 |",
        "2、完善道路绿化。 | 市城管局 | 有关部门 | 2026年8月31日前 |",
        "3、整治裸露土地。 | 市生态环境局",
        "|",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.owners.lead, t.owners.owners, t.owners.support, str(t.due)) for t in plan.tasks] == [
        ((), ("市住建局",), ("市自然资源局", "市林业局"), "2026-06-30"),
        ((), ("市城管局",), ("有关部门",), "2026-08-31"),
    ]


def test_long_table_rows_opening_with_numbers_are_no_site_chunks(tmp_path: Path) -> None:
    """A long `|` row, then one opening with 3、: two rows of the table, not a document site's
    numbered chunks of one text."""
    long = "加强道路两侧、河道两岸、铁路沿线和城市出入口绿化建设,提高绿化覆盖率和管养水平" * 4
    text = "\n".join([
        "工作任务 | 责任单位 | 完成时限 |",
        f"2、{long} | 市城管局 | 2026年5月31日前 |",
        f"3、{long} | 市住建局 | 2026年9月30日前 |",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.owners.owners, str(t.due)) for t in plan.tasks] == [
        (("市城管局",), "2026-05-31"), (("市住建局",), "2026-09-30"),
    ]


def test_a_space_separated_row_with_a_category_broken_by_spaces_is_read_from_the_right(
    tmp_path: Path,
) -> None:
    """序号 … 牵头单位 参与单位 责任单位, its rows' cells separated by spaces: where a short cell
    is broken by a space the row has more cells than the header, so the unit cells after the
    measures (the longest cell, a sentence) fill the unit columns from the right."""
    text = "\n".join([
        "某市河长制主要任务分解表",
        "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位",
        "1 加强水资源 保护 严守用水总量红线 实施总量控制,防止新增取水。到2026年,用水总量控制在10亿立方米以内。"
        " 市水利局 市发展改革委、农业局等 各县(市、区)人民政府",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("1", ("市水利局",), ("各县(市、区)人民政府",), ("市发展改革委", "农业局")),
    ]


def test_the_next_number_after_a_full_stop_on_the_same_line_is_the_next_item(tmp_path: Path) -> None:
    """2、…责任单位:A,完成时间:5月10日前。3、…责任单位:B…: the page lost a line break; 3、 after
    the full stop is the next item with its own units and deadline."""
    text = "\n".join([
        "某市创建园林城市工作方案",
        "(一)绿化建设",
        "1、完成滨河公园建设。责任单位:市林业局,完成时间:2026年4月30日前。",
        "2、完成防护林建设。责任单位:市水利局,完成时间:2026年5月10日前。3、完成绿化隔离带建设。"
        "责任单位:市交通局、市林业局,完成时间:2026年6月10日前。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners, str(t.due)) for t in plan.tasks] == [
        ("1、", ("市林业局",), "2026-04-30"),
        ("2、", ("市水利局",), "2026-05-10"),
        ("3、", ("市交通局", "市林业局"), "2026-06-10"),
    ]


def test_fields_of_work_sharing_one_department_word_are_units_as_written(tmp_path: Path) -> None:
    """由教育、卫生部门负责: the 部门 written once stands for both; the units are kept as written
    (教育, 卫生部门)."""
    text = "\n".join([
        "某县春季传染病防控专项整治方案",
        "(一)校园传染病防控,由教育、卫生部门负责,有关部门配合。要加强晨检。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("(一)", (), ("教育", "卫生部门"), ("有关部门",))]


def test_a_role_sentence_opening_a_paragraph_under_a_heading_with_its_goal_line(tmp_path: Path) -> None:
    """一、治理X over 由A承办,B、C协办。治理工作目标:… on one line, then (一)…: the role sentence
    opening the paragraph belongs to the heading, which is the item."""
    text = "\n".join([
        "某县食品放心工程实施方案",
        "",
        "一、治理蔬菜农药残留",
        "",
        "由县农业局承办,县市场监管局、县卫健委协办。治理工作目标:全县蔬菜抽检合格率达到98%以上。",
        "",
        "(一)由县农业局负责,县市场监管局配合,加快无公害蔬菜基地建设,确定一批县级基地",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners, t.owners.support) for t in plan.tasks][:1] == [
        ("一、", ("县农业局",), ("县市场监管局", "县卫健委"))
    ]


def test_a_goal_line_after_a_full_stop_inside_a_task_states_goals(tmp_path: Path) -> None:
    """…协办。治理工作目标:A达98%以上;B控制在1%以内。主要措施: on one line: the targets after the
    goal line, up to the next heading, are goals."""
    text = "\n".join([
        "某县食品放心工程实施方案",
        "",
        "一、治理蔬菜农药残留",
        "",
        "由县农业局承办,县市场监管局协办。治理工作目标:全县蔬菜抽检合格率达到98%以上;"
        "农药超标率控制在1%以内。主要措施:",
        "",
        "(一)由县农业局负责,县市场监管局配合,加快无公害蔬菜基地建设,确定一批县级基地",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(g.target, g.unit) for g in plan.goals] == [(98, "%"), (1, "%")]


def test_a_table_one_cell_a_line_with_its_cells_wrapped_in_bars(tmp_path: Path) -> None:
    """| 2026年度重点工作任务分解 | then | 序号 | and cells one a line (`责任单位 |`), rows opening
    with `| 1 |`: the caption is the title without its bars, each row a task (its text as
    written), and a last row cut by the page's end before most of its cells is left out."""
    text = "\n".join([
        "| 2026年度区科技局重点工作任务分解 |",
        "| 序号 |",
        "责任单位 |",
        "考核指标 |",
        "实施步骤 |",
        "完成时限 |",
        "| 1 |",
        "区科技局 |",
        "完成高新技术企业认定申报工作 |",
        "按季度推进 |",
        "2026年12月底 |",
        "| 2 |",
        "区科技局 |",
        "开展科技特派员服务 |",
        "按月推进 |",
        "2026年11月底 |",
        "| 3 |",
        "区科技局 |",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "2026年度区科技局重点工作任务分解"
    assert [(t.detail.split("\n")[0], t.owners.owners, str(t.due)) for t in plan.tasks] == [
        ("| 1 |", ("区科技局",), "2026-12-31"), ("| 2 |", ("区科技局",), "2026-11-30"),
    ]


def test_a_role_line_after_short_numbered_items_under_a_heading_ending_in_a_colon(
    tmp_path: Path,
) -> None:
    """(二)县交通局主要工作任务: over 1、2、3、 short items, then 协助单位:A、B (or 工作协助部门:):
    the role line closes the group, so the heading is the item and the units support it; the
    heading names no role of its own."""
    text = "\n".join([
        "某县扬尘污染整治工作方案",
        "(一)县交通局主要工作任务:",
        "1、依法整治超载运输车辆。",
        "2、依法整治运输车辆的扬尘污染。",
        "协助单位:县公安局、县城管大队。",
        "(二)县水务局主要工作任务:",
        "1、依法取缔河道非法采砂。",
        "2、加强河道堤防巡查。",
        "工作协助部门:县自然资源局",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("(一)", (), (), ("县公安局", "县城管大队")),
        ("(二)", (), (), ("县自然资源局",)),
    ]


def test_staged_report_steps_under_a_heading_are_one_item_due_by_the_last(tmp_path: Path) -> None:
    """二、认真实施 over paragraphs, two of them steps of a report chain due by a day (各村须在
    12月2日前报乡, 各乡须在12月4日前报县), none naming a role: the heading is the one item,
    due by the last day; its steps are not items."""
    text = "\n".join([
        "关于开展农村人口抽样调查的通知",
        "",
        "一、调查内容",
        "",
        "调查各村常住人口和外出务工人员情况。",
        "",
        "二、认真实施",
        "",
        "为准确掌握农村人口现状,各村要严格按照调查方案的要求,逐户逐人如实填写调查表,不得漏报、瞒报、乱报。",
        "",
        "各村民小组须在12月2日下午前将农村人口抽样调查表(表一)报各村委会,各村委会审核后汇总上报乡政府。",
        "",
        "各乡须在12月4日下午5时前将农村人口抽样调查汇总表(表二)报县统计局,同时报送电子文档和书面材料。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, str(t.due)) for t in plan.tasks] == [("二、", "2026-12-04")]


def test_an_article_page_s_date_and_font_size_line_is_noise(tmp_path: Path) -> None:
    """十七、X then the page's 发布日期:… 来源:… 字体:[ 大 ] [ 中 ] [ 小 ] line, then the item's
    text and its 责任单位: line: the page's line is noise, so the heading is the one item."""
    text = "\n".join([
        "您当前所在的位置:网站首页 > 民生工程 > 2026年",
        "",
        "五、城乡养老服务体系建设",
        "",
        "发布日期:2026-03-01 00:00  来源:某市政府  阅读: 次 字体:[ 大 ] [ 中 ] [ 小 ]",
        "",
        "  新建10所乡镇敬老院和50个村级养老服务站,全市养老床位总数达到3000张",
        "",
        "                    责任单位:市民政局",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("五、", (), ("市民政局",), ())]


def test_a_title_written_twice_glued_is_written_once(tmp_path: Path) -> None:
    """农贸市场改造方案农贸市场改造方案一、… (a document site's one-line text: its name glued to
    the same heading, then the contents) is titled once."""
    text = "\n".join([
        "某镇农贸市场改造方案某镇农贸市场改造方案一、改造内容纳入改造的市场共3个。"
        "(一)市场监管所负责,于2026年8月31日前完成摊位改造。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "某镇农贸市场改造方案"


def test_a_name_cut_by_the_page_s_end_in_a_worded_role_line_is_left_out(tmp_path: Path) -> None:
    """责任部门:A牵头,B、市监 where the page ends: the cut name is left out, as in a plain role
    line."""
    text = "\n".join([
        "某市民生工作方案",
        "1、强化安全生产责任。",
        "责任部门:市应急局牵头,市发改委、市监",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("1、", ("市应急局",), (), ("市发改委",))]
