"""One unit test per rule learnt from the fresh12 corpus (tests/data/import-corpus-fresh12), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans

from tracker.importer import DraftPlan


def _roles(plan: DraftPlan) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]]:
    return [(t.label, t.owners.lead, t.owners.owners, t.owners.support, t.owners.leader) for t in plan.tasks]


def test_question_marks_standing_for_a_lost_indent_are_not_the_text(tmp_path: Path) -> None:
    """??一、… / ??1.… : a page saved in a narrow encoding writes each paragraph's full-width
    indent as question marks; the labels behind them are read, with the units in brackets."""
    text = "\n".join([
        "某區便民服務提升行動方案",
        "??為方便群眾辦事,制定本方案。",
        "??一、讓群眾辦事更方便",
        "??1.擴大自助終端覆蓋面。(責任單位:區政務中心、區科技局)",
        "??2.推行預約上門服務。(責任單位:區政務中心)",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert plan.title == "某區便民服務提升行動方案"
    assert _roles(plan) == [
        ("1.", (), ("區政務中心", "區科技局"), (), None),
        ("2.", (), ("區政務中心",), (), None),
    ]


def test_the_office_hosting_the_work_leads_and_those_co_hosting_support(tmp_path: Path) -> None:
    """(一)主辦處室:X / (二)協辦處室:Y、Z (a school's offices under 承辦單位): the hosting office
    leads its item, the co-hosting ones support theirs, as 牵头单位 / 协办单位 do."""
    text = "\n".join([
        "某國小運動會實施計畫",
        "一、實施目的:增進學生體能。",
        "二、承辦單位:",
        "(一)主辦處室:體育組",
        "(二)協辦處室:教務處、總務處",
        "三、活動內容:田徑及趣味競賽。",
        "",
    ])
    assert _roles(_plans(tmp_path, text)[0]) == [
        ("(一)", ("體育組",), (), (), None),
        ("(二)", (), (), ("教務處", "總務處"), None),
    ]


def test_a_three_digit_year_before_a_month_counts_from_1912(tmp_path: Path) -> None:
    """活動日期:108年3月至108年6月 with no 民國 written: a year of three digits before a month is a
    Taiwan (民國) year, 108 → 2019, not a year left to the default."""
    text = "\n".join([
        "一、實施目的:推廣閱讀。",
        "二、活動日期:108年3月至108年6月",
        "三、承辦單位:",
        "(一)主辦處室:教務處",
        "",
    ])
    assert _plans(tmp_path, text)[0].year == 2019


def test_a_unit_working_with_its_partners_owns_the_item(tmp_path: Path) -> None:
    """由A會同B等部門負責落實: A is in charge and B supports; A會同B is no unit of its own."""
    text = "\n".join([
        "某省落實鄉村振興若干措施分工方案",
        "一、工作分工",
        "(一)關於擴大種植面積的問題,由農業廳會同財政廳、水利廳等部門研究提出落實意見。",
        "(二)關於保護耕地的問題,由國土廳會同農業廳等部門負責落實。",
        "",
    ])
    assert _roles(_plans(tmp_path, text)[0]) == [
        ("(一)", (), ("農業廳",), ("財政廳", "水利廳"), None),
        ("(二)", (), ("國土廳",), ("農業廳",), None),
    ]


def test_levels_of_government_written_once_are_one_name(tmp_path: Path) -> None:
    """各县、市、区政府 in a list of units: one name for the county, city and district
    governments sharing 政府, as written, not 各县 / 市 / 区政府."""
    text = "\n".join([
        "某市重点工作责任分解",
        "一、重点工作",
        "1. 推进城乡供水一体化。",
        "牵头责任单位:市水务局。",
        "协同责任单位:市财政局等,各县、市、区政府。",
        "2. 提升农村公路养护水平。",
        "责任单位:市交通局、各县、市、区人民政府",
        "",
    ])
    assert _roles(_plans(tmp_path, text)[0]) == [
        ("1.", ("市水务局",), (), ("市财政局", "各县、市、区政府"), None),
        ("2.", (), ("市交通局", "各县、市、区人民政府"), (), None),
    ]


def test_two_units_joined_by_he_are_two_owners(tmp_path: Path) -> None:
    """责任单位:A和B负责,C、D配合: 和 between two whole units splits them (as 及 does); a head
    after 和 that shares the first one's place (X党委和人民政府) keeps the name whole."""
    text = "\n".join([
        "某省节能减排责任分工方案",
        "一、加大治理力度",
        "措施一:加快淘汰落后产能。",
        "责任单位:各设区市人民政府和某某新区管委会负责,省发改委、财政厅配合。",
        "措施二:推进清洁能源替代。",
        "责任单位:某某县党委和人民政府负责。",
        "",
    ])
    assert _roles(_plans(tmp_path, text)[0]) == [
        ("措施一", (), ("各设区市人民政府", "某某新区管委会"), ("省发改委", "财政厅"), None),
        ("措施二", (), ("某某县党委和人民政府",), (), None),
    ]


def test_a_unit_leading_overall_leads(tmp_path: Path) -> None:
    """一、X(A总牵头): the unit leading the whole heading's work (总牵头) leads, as (A牵头) does."""
    text = "\n".join([
        "某省水污染防治重点工作部门分工方案",
        "为推进水污染防治,制定本方案。",
        "一、全面控制污染物排放(省环保厅总牵头)",
        "(一)狠抓工业污染防治。",
        "",
    ])
    assert _roles(_plans(tmp_path, text)[0])[0] == ("一、", ("省环保厅",), (), (), None)


def test_the_first_unit_listed_in_brackets_leads_where_the_document_says_so(tmp_path: Path) -> None:
    """1.…。(A、B。列第一位者为牵头部门,下同) then 2.…。(C、D): units in brackets with no role word,
    under the document's note that the first listed leads: the first leads its item, in the
    item carrying the note and in the items after it; the others are left for review."""
    text = "\n".join([
        "某省水污染防治重点工作部门分工方案",
        "为推进水污染防治,制定本方案。",
        "一、全面控制污染物排放",
        "1.全面排查装备水平低、环保设施差的小型企业。(省经信厅、省环保厅(省督查办)。列第一位者为牵头部门,下同)",
        "2.集中治理工业集聚区水污染。(省商务厅、省科技厅)",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert _roles(plan) == [
        ("1.", ("省经信厅",), (), (), None),
        ("2.", ("省商务厅",), (), (), None),
    ]
    assert any("省环保厅(省督查办)" in r for r in plan.tasks[0].owners.review)
    # where nothing says who leads, units in brackets without a role word get no role
    unsaid = text.replace("。列第一位者为牵头部门,下同", "")
    assert _plans(tmp_path, unsaid)[0].tasks == ()



def test_a_pages_issuer_field_names_no_owner(tmp_path: Path) -> None:
    """发文机关: X 成文日期: … / 发文字号: … above a notice: the page's metadata names who issued
    the document, not a unit doing the lines under it; none of them is a task."""
    text = "\n".join([
        "索引号: 0001/2015-123 主题分类: 环境保护",
        "发文机关: 省政府办公厅 成文日期: 2015-03-02",
        "发文字号: 某政办发〔2015〕12号",
        "某省人民政府办公厅关于印发某省治污重点工作分工方案的通知",
        "  • 来源: 省政府办公厅",
        "某省治污重点工作分工方案",
        "一、加强工业治污(省环保厅牵头)",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert _roles(plan) == [("一、", ("省环保厅",), (), (), None)]


def test_a_goal_heading_in_traditional_script_holds_goals(tmp_path: Path) -> None:
    """二、工作目標 over 具體指標:…下降12%…: the heading names goals in Traditional script as
    工作目标 does, so the figures in the paragraphs under it are the plan's goals."""
    text = "\n".join([
        "某省水環境治理實施意見",
        "一、指導思想",
        "以改善水質為核心。",
        "二、工作目標",
        "具體指標:到2020年,全省化學需氧量排放總量較2015年下降12%。",
        "三、具體措施",
        "1.制定達標方案。甲市應在2018年6月底前制定並實施。",
        "",
    ])
    goals = _plans(tmp_path, text)[0].goals
    assert [(g.target, g.unit) for g in goals] == [(12.0, "%")]


def test_a_title_line_wholly_in_book_brackets_stands_alone(tmp_path: Path) -> None:
    """《X关于…的通知》 over the addressee line: a page's heading, the notice's name in 《》, a
    line of its own (not run into the addressee below it), and the plan's title."""
    text = "\n".join([
        "《某市人民政府办公厅关于建立督办工作月报制度的通知》",
        "各区县政府,市政府各部门:",
        "为推动督办工作落实,现就有关事项通知如下:",
        "一、报告内容。各部门每季度报告督办事项进展。",
        "二、报告时间。请于4月15日前报送市政府督查室。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某市人民政府办公厅关于建立督办工作月报制度的通知"


def test_a_signing_date_with_white_circles_for_zeros(tmp_path: Path) -> None:
    """二○○三年五月六日 (the zeros typed as ○, a white circle): the year signed, 2003, when no year
    is written in digits; a deadline without its year takes it."""
    text = "\n".join([
        "某县人民政府办公室关于做好汛期值班工作的通知",
        "各乡镇人民政府,县政府各部门:",
        "为做好汛期值班工作,现就有关事项通知如下:",
        "一、值班安排。请于6月1日前报送县政府办公室。",
        "某县人民政府办公室",
        "二○○三年五月六日",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert plan.year == 2003
    assert [str(t.due) for t in plan.tasks] == ["2003-06-01"]


def test_a_document_number_before_a_name_in_book_brackets_stands_alone(tmp_path: Path) -> None:
    """某政办〔2020〕3号《…关于印发X方案的通知》 then 《…》 again and the number: the page's
    heading lines, each a line of their own; the title is the notice's name."""
    text = "\n".join([
        "某政办〔2020〕3号《某市人民政府办公厅关于印发2020年重点工作责任分解方案的通知》",
        "《某市人民政府办公厅关于印发2020年重点工作责任分解方案的通知》",
        "某政办〔2020〕3号",
        "各区人民政府,市人民政府各部门:",
        "《2020年重点工作责任分解方案》已经市人民政府同意,现印发给你们,并就有关事项通知如下,请一并贯彻执行。",
        "一、加强组织领导。各责任单位要明确分管领导。",
        "二、按时报告进展。由市政府督查室负责每季度通报。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某市人民政府办公厅关于印发2020年重点工作责任分解方案的通知"


def test_a_title_broken_over_three_lines_is_joined(tmp_path: Path) -> None:
    """某部门关于落实 / 关于某某 / 若干意见有关政策措施分工的通知 over its number and addressee: a
    title broken over three lines is one title, all three pieces."""
    text = "\n".join([
        "某省人民政府办公厅关于落实",
        "关于加快推进农业现代化",
        "若干意见有关政策措施分工的通知",
        "",
        "某政办函〔2015〕7号",
        "",
        "各市人民政府,省政府各部门:",
        "  为落实若干意见,现将有关政策措施分工通知如下:",
        "  一、工作分工",
        "  (一)关于扩大种植面积的问题,由省农业厅会同省财政厅等部门负责落实。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某省人民政府办公厅关于落实关于加快推进农业现代化若干意见有关政策措施分工的通知"


def test_a_sites_breadcrumb_on_its_own_line_is_not_the_title(tmp_path: Path) -> None:
    """信息公开 > 通知公告 > 部门文件 over the notice's name: the site's path to the page, not
    part of the title it would otherwise run into."""
    text = "\n".join([
        "政务信息公开 > 主动公开内容目录 > 通知公告",
        "某县水利局 某县财政局关于下达2023年小型水利工程项目计划的通知",
        "",
        "各乡镇人民政府,各项目单位:",
        "现将2023年小型水利工程项目计划下达给你们,并就有关事项通知如下:",
        "一、各项目单位要于9月10日前上报实施方案。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某县水利局某县财政局关于下达2023年小型水利工程项目计划的通知"


def test_a_general_requirements_item_closing_on_its_roles_is_a_task(tmp_path: Path) -> None:
    """(一)总体要求:… then 主要预期目标:…增长6%(分管副市长负责,市发改委牵头,…): an item that
    would be a preface names who answers for its targets at its close, so it is a task."""
    text = "\n".join([
        "某市人民政府关于落实重点工作部门分工的意见",
        "各区人民政府,市直有关单位:",
        "现就重点工作提出部门分工意见如下:",
        "一、落实全年总体要求和主要预期目标",
        "(一)总体要求:坚持稳中求进工作总基调,推动高质量发展。",
        "主要预期目标:地区生产总值增长6%;城镇新增就业3万人(分管副市长负责,市发改委牵头,市统计局、市人社局配合)。",
        "二、推进产业升级",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.label for t in tasks] == ["(一)"]
    assert tasks[0].owners.lead == ("市发改委",)


def test_a_samples_number_before_its_name_is_not_the_title(tmp_path: Path) -> None:
    """方案三:X方案 under an essay site's heading (another sample's name) and posting line:
    方案三: numbers the site's sample; the plan's own title line is X方案."""
    text = "\n".join([
        "欢迎来到某某范文网!",
        "",
        "社区防汛工作方案(3)",
        "",
        "会议方案 时间:2020-05-11 手机版",
        "",
        "  方案三:社区消防安全工作方案",
        "",
        "  为做好今年的消防安全工作,保障居民生命财产安全。为了切实做好消防工作,特制定如下方案:",
        "",
        "  一、明确责任",
        "",
        "  1、物业公司负责每月检查楼道消防设施。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "社区消防安全工作方案"


def test_an_excerpt_cut_inside_a_role_label_keeps_its_last_item(tmp_path: Path) -> None:
    """…2. X增长8%以上。 / 牵头负责领导:某某。 / 牵头责任 (the page cut before the label's colon):
    the cut label is no line of the plan; the last item keeps its leader line and is a task."""
    text = "\n".join([
        "某市重点工作责任分解",
        "一、确保完成主要目标",
        "1. 招商引资增长10%以上。",
        "牵头负责领导:张甲。",
        "牵头责任单位:市商务局。",
        "2. 城乡居民收入增长8%以上。",
        "牵头负责领导:李乙。",
        "牵头责任",
    ])
    assert _roles(_plans(tmp_path, text)[0]) == [
        ("1.", ("市商务局",), (), (), "张甲"),
        ("2.", (), (), (), "李乙"),
    ]


def test_a_preview_opening_with_the_name_twice_is_titled_by_it(tmp_path: Path) -> None:
    """1、X方案 X方案 各社区:为…: a document site's flattened preview, its chunk number, the
    file's name and the document's heading (the same words twice) run into the addressee and
    the preamble; the title is the name once."""
    text = "\n".join([
        "1、社区2019年垃圾分类宣传周活动方案 社区2019年垃圾分类宣传周活动方案 各小区物业、辖区单位: "
        "为推进垃圾分类工作,营造全民参与的良好氛围,结合本社区实际,制定本方案。 一、活动主题 "
        "“垃圾分类从我做起” 二、活动内容 (一)集中宣传活动。 牵头单位:社区居委会;",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "社区2019年垃圾分类宣传周活动方案"
