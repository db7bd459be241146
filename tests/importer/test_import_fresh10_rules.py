"""One unit test per rule learnt from the fresh10 corpus (tests/data/import-corpus-fresh10), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans

from tracker.importer import DraftPlan


def _roles(plan: DraftPlan) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]]:
    return [(t.label, t.owners.lead, t.owners.owners, t.owners.support, t.owners.leader) for t in plan.tasks]


def test_a_completion_period_line_is_the_items_deadline(tmp_path: Path) -> None:
    """完成期限:… under an item, like 完成时限:…: the item's deadline, a field line of the item
    above, never an item of its own."""
    text = "\n".join([
        "某市2020年为民办实事项目",
        "一、新建社区卫生服务站10个。",
        "完成期限:2020年10月底前",
        "主要责任单位:市卫健委",
        "二、改造老旧小区20个。",
        "完成期限:2020年11月底前",
        "主要责任单位:市住建局",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.due and t.due.isoformat()) for t in plan.tasks] == [
        ("一、", "2020-10-31"), ("二、", "2020-11-30"),
    ]
    assert [t.owners.owners for t in plan.tasks] == [("市卫健委",), ("市住建局",)]


def test_the_project_heads_first_person_is_the_items_leader(tmp_path: Path) -> None:
    """项目负责人:A局某甲、B局某乙: one person per unit in charge, each written after the
    unit's name; the first unit's person is the item's leader, without the unit's name."""
    text = "\n".join([
        "某市2020年为民办实事项目",
        "一、新建社区卫生服务站10个。",
        "完成时限:2020年10月底前",
        "主要责任单位:市卫健委、市红十字会",
        "项目负责人:市卫健委赵甲、市红十字会钱乙",
        "协办单位:市财政局",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("一、", (), ("市卫健委", "市红十字会"), ("市财政局",), "赵甲")]


def test_an_official_by_post_in_charge_is_the_leader(tmp_path: Path) -> None:
    """由某甲副市长负责,A牵头,B配合: the official named with a post leads the item as its
    leader (post kept); the units keep their roles."""
    text = "\n".join([
        "某市争取上级支持事项分工方案",
        "1、申报国家级新区事宜",
        "由赵甲副市长负责,市发改委牵头,相关部门配合,尽快完成申报材料。",
        "2、申报综合保税区事宜",
        "由钱乙市长负责,市商务局牵头,市交通局配合,抓紧开展前期工作。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("1、", ("市发改委",), (), ("相关部门",), "赵甲副市长"),
        ("2、", ("市商务局",), (), ("市交通局",), "钱乙市长"),
    ]


def test_the_project_head_may_bear_any_surname(tmp_path: Path) -> None:
    """项目负责人:A局某甲: in a field naming persons, the short name after a unit is the person,
    whether or not its surname is a common one."""
    text = "\n".join([
        "某市2020年为民办实事项目",
        "一、改造老旧小区20个。",
        "完成时限:2020年11月底前",
        "主要责任单位:市住建局、市规划委",
        "项目负责人:市住建局岑甲、市规划委钱乙",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("一、", (), ("市住建局", "市规划委"), (), "岑甲")]


def test_lone_bars_between_table_cells_are_no_cells(tmp_path: Path) -> None:
    """| / 序号 / | / 工作任务 / | / 负责部门 / | / 时间进度 / |, then rows the same way, a bar
    sometimes glued to the end of a long cell: the bars are cell boundaries, not empty cells,
    so every row's unit cell lands in the unit column and a cell with no date is no unit."""
    task = "推进数字化城市管理平台建设,将环卫作业纳入平台监管"
    text = "\n".join([
        "|", "序号", "|", "工作任务", "|", "负责部门", "|", "时间进度", "|",
        "|", "1", "|", "完善管理体制", "|", "市委编办、市城管局", "|", "2020 年底前", "|",
        "|", "2", "|", task + "|", "市城管局,各区政府", "|", "常态工作", "|",
        "|", "3", "|", "加强设施运行监管", "|", "市住建局、市环保局", "|", "常态工作", "|",
        "",
    ])
    (plan,) = _plans(tmp_path, text, year=2020)
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [
        ("1", ("市委编办", "市城管局")),
        ("2", ("市城管局", "各区政府")),
        ("3", ("市住建局", "市环保局")),
    ]


def test_units_closing_an_item_with_a_bare_etc_own_it(tmp_path: Path) -> None:
    """(A、B、C等负责) closing an item's paragraph: the units own it, the bare 等 dropped."""
    text = "\n".join([
        "某市促进就业实施意见",
        "一、实施就业优先战略",
        "(一)发展吸纳就业能力强的产业。加快发展现代服务业。(市商务局、市农业局等负责)",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("(一)", (), ("市商务局", "市农业局"), (), None)]


def test_the_first_listed_unit_leads_when_the_document_says_so(tmp_path: Path) -> None:
    """(A、B等负责,列第一位者为牵头单位,下同): every unit owns the item and the first one
    leads it, here and, by 下同, in the items after it that list their units the same way; a
    long list (eight units, sixty characters) is read whole."""
    text = "\n".join([
        "某市促进就业实施意见",
        "一、实施就业优先战略",
        "(一)建立联动机制。把稳定就业作为重要指标。(市发展改革委、市经济和信息化委、市财政局、"
        "市人力资源社会保障局、市商务局、市地税局、市国税局、市统计局等负责,列第一位者为牵头单位,下同)",
        "(二)发展吸纳就业能力强的产业。加快发展现代服务业。(市商务局、市农业局等负责)",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("(一)", ("市发展改革委",), ("市发展改革委", "市经济和信息化委", "市财政局", "市人力资源社会保障局",
                                   "市商务局", "市地税局", "市国税局", "市统计局"), (), None),
        ("(二)", ("市商务局",), ("市商务局", "市农业局"), (), None),
    ]


def test_a_continued_page_on_one_line_splits_at_items_counting_on(tmp_path: Path) -> None:
    """[接上页] (十一)… (十二)… (十三)… on one line: a page continuing a document splits at the
    items that count up by one from wherever it starts, not only from (一); each item keeps
    its 牵头单位: / 配合单位: fields, the 主要任务: field ending the list of units; a heading
    whose roles are written and whose 主要任务: opens numbered steps is the item, not a lead-in."""
    filler = "做好日常保洁,落实门前三包责任,发现问题及时整改到位。" * 3
    text = "\n".join([
        "|",
        "[接上页] (十一)农贸市场卫生管理 牵头单位:市商务局 配合单位:甲区、乙区 主要任务:1、" + filler
        + "2、" + filler
        + " (十二)背街小巷卫生整治 牵头单位:甲区、乙区 配合单位:市公安局、市城管局 主要任务:在10月20日前完成整治。"
        + " (十三)车站周边卫生管理 牵头单位:市交通局 配合单位:甲区。 主要任务:" + filler
        + " 二、具体要求 (一)各区要提高认识。(二)按时完成整改。 二〇一八年九月八日",
        "|",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("(十一)", ("市商务局",), (), ("甲区", "乙区"), None),
        ("(十二)", ("甲区", "乙区"), (), ("市公安局", "市城管局"), None),
        ("(十三)", ("市交通局",), (), ("甲区",), None),
    ]


def test_a_signing_date_in_chinese_numerals_gives_the_year(tmp_path: Path) -> None:
    """二OO八年九月八日 (Chinese numerals, the zeros often typed as the letter O): the year the
    document was written, when it writes no year in digits; deadlines without a year take it."""
    text = "\n".join([
        "某市创卫整改工作方案",
        "(一)背街小巷卫生整治。牵头单位:市城管局。在10月20日前完成整治。",
        "二OO八年九月八日",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [t.due and t.due.isoformat() for t in plan.tasks] == ["2008-10-20"]


def test_a_phase_range_with_days_written_without_ri(tmp_path: Path) -> None:
    """(2020年10月10至10月15): a phase's range whose days are written without 日 runs from the
    first day to the last, not to the end of the month."""
    text = "\n".join([
        "某镇防范诈骗宣传方案",
        "一、活动时间",
        "(1)策划准备阶段(2020年10月10至10月15)。镇综治办制定宣传方案。",
        "(2)集中宣传阶段(2020年10月16至11月30)。各村开展宣传活动。",
        "二、责任分工",
        "1.镇综治办:负责协调落实宣传工作。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(ph.start and ph.start.isoformat(), ph.end and ph.end.isoformat()) for ph in plan.phases] == [
        ("2020-10-10", "2020-10-15"), ("2020-10-16", "2020-11-30"),
    ]


def test_a_document_sites_page_number_is_not_in_the_title(tmp_path: Path) -> None:
    """X方案_第1頁 … X方案_第3頁 (頁 on a Traditional page, as 页), a document site's list of the
    file's pages above its text: the title is X方案, without the page's number (here the text after them has no title line
    of its own)."""
    text = "\n".join([
        "某公司安全生产专项方案_第1頁",
        "某公司安全生产专项方案_第2頁",
        "某公司安全生产专项方案_第3頁",
        "已閱讀3頁,還剩1頁未讀 繼續免費閱讀",
        "一、工作安排" + "夏季气温高,天气炎热,高温天气会给员工的身体健康带来不利影响。" * 10 + "二、工作职责1.安全管理部门负责每月开展一次安全检查。"
        "2.行政部门负责发放防暑降温用品。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "某公司安全生产专项方案"


def test_an_essay_sites_chapter_mark_before_a_title_run_into_its_preamble(tmp_path: Path) -> None:
    """第壹章:X方案為有效預防…: an essay site's chapter mark, then the title run straight into
    the preamble: the title is X方案, in Traditional script as in Simplified."""
    text = "\n".join([
        "第壹章:某鎮防範詐騙宣傳方案為有效預防詐騙案件的發生,提高群眾防範意識,決定在全鎮開展宣傳活動。",
        "壹、指導思想",
        "充分發揮各村職能優勢,開展多層次宣傳工作。",
        "二、責任和任務",
        "1.鎮綜治辦:負責協調落實宣傳工作。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "某鎮防範詐騙宣傳方案"


def test_a_word_table_flattened_into_one_line_with_glued_row_numbers(tmp_path: Path) -> None:
    """X分工表序号工作内容目标任务责任单位备注1…。2021年2月底前,…。A、B,C(管委会)2…: a Word
    table's preview flattened into one line, its header glued after 序号 and each row's number
    glued to the cell before: the rows split at the numbers counting up, the units are the
    last cell (after the row's last full stop), the deadline is read from the row's text, and a
    last row cut before its units is left out."""
    text = "\n".join([
        "某市垃圾分类重点任务责任分工表序号工作内容目标任务责任单位备注"
        "1加强垃圾分类宣传发动,广泛开展志愿活动,引导市民参与垃圾分类。2021年2月底前,知晓率达90%以上。"
        "市委宣传部、市城管委,各区县政府(管委会)"
        "2完善垃圾回收利用体系,优化社区回收设施布局。2021年3月底前,建成回收站点100个。"
        "市商务局、市住建局,各区县政府(管委会)"
        "3推进有害垃圾处置体系建设,规范家庭源危险废物处置。2021年4月底前,出台指导意见。",
        "",
    ])
    (plan,) = _plans(tmp_path, text, year=2021)
    assert [(t.label, t.owners.owners, t.due and t.due.isoformat()) for t in plan.tasks] == [
        ("1", ("市委宣传部", "市城管委", "各区县政府(管委会)"), "2021-02-28"),
        ("2", ("市商务局", "市住建局", "各区县政府(管委会)"), "2021-03-31"),
    ]
