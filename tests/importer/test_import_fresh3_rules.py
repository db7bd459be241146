"""One unit test per rule learnt from the fresh3 corpus (tests/data/import-corpus-fresh3),
each on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import cells as _cells
from made_up import plans_of as _plans


def test_a_header_cell_naming_no_role_is_the_content_column(tmp_path: Path) -> None:
    """序号 / 惠民清单 / 责任单位 / 完成时限: the unnamed column between 序号 and the roles is the task."""
    text = _cells("2019年惠民项目分解表", "序号", "惠民清单", "责任单位", "完成时限",
                  "1", "新建社区公园一座。", "区城管局", "10月底前",
                  "2", "改造老旧小区供水管网。", "区水务局", "11月底前")
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.title, t.owners.owners, t.due and t.due.isoformat()) for t in tasks] == [
        ("新建社区公园一座", ("区城管局",), "2019-10-31"),
        ("改造老旧小区供水管网", ("区水务局",), "2019-11-30"),
    ]


def test_unit_cells_one_per_line_stay_in_the_unit_column(tmp_path: Path) -> None:
    """A unit column written one unit per line: every line before the date is a unit."""
    text = _cells("序号", "工作任务", "责任单位", "完成时限",
                  "1", "建设城市书房。", "区文旅局", "区财政局", "区住建局", "12月底前")
    (t,) = _plans(tmp_path, text)[0].tasks
    assert t.owners.owners == ("区文旅局", "区财政局", "区住建局")
    assert t.due is not None and t.due.isoformat() == "2026-12-31"


def test_a_sub_row_after_the_deadline_keeps_its_own_date(tmp_path: Path) -> None:
    """… / 区民政局 / 5月底前动工 / 开工建设老年大学。/ 12月底前: the row's deadline is 5月底."""
    text = _cells("序号", "工作任务", "责任单位", "完成时限",
                  "1", "开工建设养老服务中心。", "区民政局", "5月底前动工", "开工建设老年大学。", "12月底前")
    (t,) = _plans(tmp_path, text)[0].tasks
    assert t.due is not None and t.due.isoformat() == "2026-05-31"


def test_category_rows_between_numbered_rows_do_not_end_the_table(tmp_path: Path) -> None:
    """一、… / 二、… category rows inside a one-cell-per-line table: the rows below are rows too."""
    text = _cells("序号", "重点工作任务", "主要责任单位", "协同配合单位",
                  "一、稳增长", "1", "扩大有效投资。", "区发改委", "区财政局",
                  "二、惠民生", "三、强保障", "7", "办好人民满意教育。", "区教育局", "区人社局")
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.owners.owners, t.owners.support) for t in tasks] == [
        ("1", ("区发改委",), ("区财政局",)),
        ("7", ("区教育局",), ("区人社局",)),
    ]


def test_rows_under_a_goal_category_row_state_goals(tmp_path: Path) -> None:
    """Rows under 一、…主要预期目标 give goals as well as tasks."""
    text = _cells("序号", "重点工作任务", "主要责任单位", "协同配合单位",
                  "一、全年主要预期目标", "1", "地区生产总值增长6%左右。", "区发改委", "区统计局",
                  "二、稳增长", "2", "扩大有效投资。", "区发改委", "区财政局")
    plan = _plans(tmp_path, text)[0]
    assert [(g.target, g.unit, g.lines[0]) for g in plan.goals] == [(6.0, "%", 11)]
    assert len(plan.tasks) == 2


def test_a_last_row_cut_before_its_units_is_no_task(tmp_path: Path) -> None:
    """The page ends after a row's number and task cell: the row is cut, not a task."""
    text = _cells("序号", "重点工作任务", "主要责任单位", "协同配合单位",
                  "1", "扩大有效投资。", "区发改委", "区财政局",
                  "2", "办好人民满意教育,全区学位数提高至")
    assert [t.label for t in _plans(tmp_path, text)[0].tasks] == ["1"]


def test_a_placeholder_year_before_any_year_leaves_the_default(tmp_path: Path) -> None:
    """**年 is the template's own year: a cited 〔2009〕 further down does not date the plan."""
    text = ("创建卫生城市迎检方案\n**年是我区迎检年,特制定本方案。\n"
            "(一)自查阶段(**年3月~5月中旬)。依照(卫字〔2009〕3号)开展自查。\n")
    plan = _plans(tmp_path, text)[0]
    assert plan.year == 2026
    assert [(p.start and p.start.isoformat(), p.end and p.end.isoformat()) for p in plan.phases] == [
        ("2026-03-01", "2026-05-20")
    ]


def test_a_year_since_which_is_no_year_written(tmp_path: Path) -> None:
    """2003年以来 looks back: the plan's year is the next one it writes."""
    text = ("(一)检查阶段(6月1日至6月20日)。检查2011年以来的整改情况。\n"
            "(二)总结阶段(7月1日至7月10日)。报送《2013年专项行动总结》。\n")
    plan = _plans(tmp_path, text)[0]
    assert plan.year == 2013


def test_a_table_without_its_header_is_read_cell_by_cell(tmp_path: Path) -> None:
    """1 / | / task / | / units / | / person / | / date / | / phone / | / 2 …: the header is cut
    off, so each cell is read by what it holds; persons, phones and 一、 cells are no roles, and a
    last row cut before its units is no task."""
    rows = [
        ["1", "一、稳定增长", "新增规上企业10家。", "产业科", "张某", "2025年底前", "5551234"],
        ["2", "建设高标准农田。", "农田建设科\n市农机中心", "王某", "10月底前", "5551235\n5551236"],
        ["3", "推广绿色种养技术,提高"],
    ]
    text = "".join(c + "\n|\n" for row in rows for c in row).rstrip("|\n") + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.title, t.owners.owners, t.due and t.due.isoformat()) for t in tasks] == [
        ("新增规上企业10家", ("产业科",), "2025-12-31"),
        ("建设高标准农田", ("农田建设科", "市农机中心"), "2025-10-31"),
    ]


def test_a_time_cell_ending_in_qian_is_a_deadline(tmp_path: Path) -> None:
    """In a 时间 column the dates are when things happen, but `…24时前` is a deadline."""
    text = _cells("序号 |", "时间 |", "工作任务 |", "负责单位 |",
                  "1 |", "2024年9月2日 |", "组织新生报到。 |", "学生处 |",
                  "2 |", "2024年9月20日17时前 |", "完成选课确认。 |", "教务处 |")
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.due and t.due.isoformat() for t in tasks] == [None, "2024-09-20"]


def test_a_page_of_html_paragraphs_on_one_line_is_split_at_its_blocks(tmp_path: Path) -> None:
    """<p>一:分工</p><p>1、…</p><p>2、…</p> on one line: each block is a paragraph, tags dropped."""
    text = ('<p class="x"> 一:具体分工</p><p class="x">1、后勤处负责布置会场。</p>'
            '<p class="x">2、教务处负责印制材料。</p>\n')
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.title, t.owners.owners) for t in tasks] == [
        ("1、", "后勤处负责布置会场", ("后勤处",)),
        ("2、", "教务处负责印制材料", ("教务处",)),
    ]


def test_a_numbered_school_class_is_a_unit() -> None:
    """三2班负责…: a class named by its number owns the work it is given."""
    from tracker.importer.clean import fold
    from tracker.importer.owners import find_owners

    text = "1、三2班负责东操场,四1班负责西操场。"
    assert find_owners(text, fold(text)).owners == ("三2班", "四1班")


def test_a_number_with_a_chinese_full_stop_is_a_label(tmp_path: Path) -> None:
    """2。… after 1、…: the label is typed with 。 and still starts an item of its own."""
    text = "四、分工\n1、后勤处负责布置会场。\n2。教务处负责印制材料。\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.owners.owners) for t in tasks] == [("1、", ("后勤处",)), ("2。", ("教务处",))]


def test_you_ge_x_zixing_fuze_names_every_x() -> None:
    """由各展位自行负责: 各 + a noun is every such body, and 自行 sits before 负责."""
    from tracker.importer.clean import fold
    from tracker.importer.owners import find_owners

    text = "2. 展位布置:由各展位自行负责,会后复原。"
    assert find_owners(text, fold(text)).owners == ("各展位",)


def test_an_event_heading_does_not_own_its_sub_items(tmp_path: Path) -> None:
    """(一) 运动会: over 1. 2. …: an event named …会 is no unit; its steps are not its tasks."""
    text = ("六、活动方式:\n(一) 春季运动会:\n1. 报名方式:各班填表报名。\n"
            "2. 场地布置:由各年级自行负责,会后复原。\n")
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.owners.owners) for t in tasks] == [("2.", ("各年级",))]


def test_a_short_heading_over_short_dated_lines_is_one_task(tmp_path: Path) -> None:
    """2. 论文提交 / 本科生5月底前提交。/ 研究生6月20日前提交。: one piece of work in two
    groups, so one task whose deadline is the last."""
    text = "二、毕业安排\n1. 毕业答辩\n5月20日前完成全部答辩工作。\n2. 论文提交\n本科生论文5月底前提交。\n研究生论文6月20日前提交。\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.due and t.due.isoformat()) for t in tasks] == [
        ("1.", "2026-05-20"), ("2.", "2026-06-20"),
    ]


def test_a_page_starting_inside_an_item_keeps_that_item(tmp_path: Path) -> None:
    """…化改造。加快老旧管网更新,2025年底前完成改造。(市住建局牵头) / 7.…: the page starts in
    item 6, whose tail names its lead and deadline: a task without a label."""
    text = ("化改造。加快城区老旧供水管网更新改造,2025年底前完成全部改造任务。(市住建局牵头)\n"
            "7.完善农村污水处理设施。加快收集管网建设,保证设施正常运行。(市生态环境局牵头)\n")
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.lines, t.owners.lead, t.due and t.due.isoformat()) for t in tasks] == [
        ("", (1, 1), ("市住建局",), "2025-12-31"),
        ("7.", (2, 2), ("市生态环境局",), None),
    ]


def test_a_notices_attachment_shown_below_is_the_title(tmp_path: Path) -> None:
    """…关于…督办的通知 / 附件:X / … / X / 序号 …: the plan is the attachment X."""
    text = _cells("某县人民政府办公室关于对2019年重点项目进行督办的通知", "各乡镇人民政府:",
                  "现将重点项目分解下发,请抓好落实。", "附件:2019年重点项目任务分解表",
                  "某县人民政府办公室", "2019年重点项目任务分解表",
                  "序号", "工作任务", "责任单位", "完成时限", "1", "建成城东污水处理厂。", "县住建局", "10月底前")
    assert _plans(tmp_path, text)[0].title == "2019年重点项目任务分解表"


def test_a_table_caption_is_the_title_without_its_as_of_date(tmp_path: Path) -> None:
    """当前位置: | 首页 | is navigation, not a table; the caption above the header is the title,
    its (截至5月1日) status date left out."""
    text = ("当前位置: | 首页 |\n2019年民生项目推进计划(截至5月1日)\n"
            "序号 | 项目内容 | 目前进度 | 牵头单位 |\n1 | 新建城市书房3家。 | 已开工。 | 县文广局 |\n")
    assert _plans(tmp_path, text)[0].title == "2019年民生项目推进计划"


def test_a_caption_above_a_bar_cell_header_is_the_title(tmp_path: Path) -> None:
    """An untitled notice whose table's caption stands above `序号 |`: the caption is the title."""
    text = _cells("各学院:", "根据学校安排,现将有关工作安排如下表,请遵照执行。", "迎新工作任务安排分解表",
                  "序号 |", "时间 |", "工作任务 |", "负责单位 |",
                  "1 |", "2024年9月2日 |", "组织新生报到。 |", "学生处 |")
    assert _plans(tmp_path, text)[0].title == "迎新工作任务安排分解表"


def test_quarterly_progress_steps_are_no_deadline(tmp_path: Path) -> None:
    """第一季度:… 第二季度:… in a 进度安排 cell: the year's progress steps, not a deadline."""
    text = ("2019年民生项目推进计划\n序号 | 项目内容 | 工作进度安排 | 牵头单位 |\n"
            "1 | 新建城市书房3家。 | 第一季度:完成选址; 第二季度:开工建设; 第四季度:建成开放。 | 县文广局 |\n")
    (t,) = _plans(tmp_path, text)[0].tasks
    assert t.owners.lead == ("县文广局",) and t.due is None


def test_a_bar_row_cut_by_the_page_end_is_no_task(tmp_path: Path) -> None:
    """The last `|` row stops mid-cell, before its 牵头单位: cut, not a task."""
    text = ("2019年民生项目推进计划\n序号 | 项目内容 | 目前进度 | 牵头单位 |\n"
            "1 | 新建城市书房3家。 | 已开工。 | 县文广局 |\n2 | 改造老旧小区12个。 | 已完成设计,正在\n")
    assert [t.label for t in _plans(tmp_path, text)[0].tasks] == ["1"]


def test_an_addressee_line_is_no_unit_label(tmp_path: Path) -> None:
    """各学院: on a notice's first line greets its readers; it owns none of what follows."""
    text = ("各学院:\n根据学校安排,9月1日开始正常上课,现将有关安排通知如下。\n"
            "迎新工作任务安排分解表\n序号 |\n工作任务 |\n负责单位 |\n1 |\n组织新生报到。 |\n学生处 |\n")
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.title, t.owners.owners) for t in tasks] == [("组织新生报到", ("学生处",))]


def test_a_background_heading_is_no_task_and_states_no_goals(tmp_path: Path) -> None:
    """(一)项目背景 under 一、背景与目标: its dates and figures are past, not deadlines or goals."""
    text = ("某社区体检工作计划\n一、背景与目标\n(一)项目背景\n"
            "经2025年年底数据梳理发现,老年人体检率约为70%,仍有漏检。\n"
            "(二)工作目标\n1.体检覆盖:2026年10月底前,老年人体检率达到90%以上。\n")
    plan = _plans(tmp_path, text)[0]
    assert [(t.label, t.due and t.due.isoformat()) for t in plan.tasks] == [("1.", "2026-10-31")]
    assert [(g.target, g.unit) for g in plan.goals] == [(90.0, "%")]


def test_a_heading_number_alone_on_its_line_joins_its_name(tmp_path: Path) -> None:
    """一 / 总体要求 / … / 二 / 毕业工作安排: each number and the line after it are one heading,
    so the notice's first line stays the title and the name does not become it."""
    text = ("关于2019年秋季学期期末教学工作安排的通知\n各学院要高度重视,按时完成各项工作。\n"
            "一\n总体要求\n各学院领导高度重视,按要求组织师生。\n二\n毕业工作安排\n"
            "1.2019年12月15日前报送毕业生名单。\n")
    plan = _plans(tmp_path, text)[0]
    assert plan.title == "关于2019年秋季学期期末教学工作安排的通知"
    assert [(t.label, t.due and t.due.isoformat(), t.section) for t in plan.tasks] == [
        ("1.", "2019-12-15", "二、毕业工作安排")
    ]


def test_a_taiwan_date_counts_years_from_1912(tmp_path: Path) -> None:
    """95學年度 … 96年5月5日: an ROC date, so the plan's year is 2007."""
    text = ("臺北市某國小95學年度\n親子園遊會實施計畫\n一、 活動時間:96年5月5日08:30至13:00\n"
            "二、 場地布置:由各班自行負責。\n")
    assert _plans(tmp_path, text)[0].year == 2007
