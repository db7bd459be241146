"""One unit test per rule learnt from the fresh31 corpus (tests/data/import-corpus-fresh31), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_a_sample_sites_word_after_a_title_glued_to_its_contents_is_no_part_of_it(tmp_path: Path) -> None:
    """X工作计划范文一、指导思想:…二、工作目标:…: a page flattened to one line, the title run into
    its first heading; the sample site's 范文 after the name is the site's, as on a title line of
    its own."""
    text = (
        "某区文化馆群众文化工作参考计划范文一、指导思想:坚持以人民为中心,丰富群众文化生活。"
        "二、工作目标:全年举办展演活动12场。三、工作措施:1.馆办公室负责,3月底前完成活动排期。\n"
    )
    assert _plans(tmp_path, text)[0].title == "某区文化馆群众文化工作参考计划"


def test_a_long_title_broken_before_its_kind_and_its_list_is_one_title(tmp_path: Path) -> None:
    """X三年行动计划(2024-2026年) / 工作方案及重点工作任务清单: the line under a long title that
    names only a kind of plan and the list sent with it has no subject of its own: it ends the
    title on the line above, however long that is."""
    text = "\n".join([
        "某县贯彻落实省市校园消防安全能力提升三年行动计划(2024-2026年)",
        "工作方案及重点工作任务清单",
        "为巩固校园消防安全成果,制定本方案。",
        "一、重点任务",
        "1.完成消防设施检测,6月底前完成。(县教育局负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == (
        "某县贯彻落实省市校园消防安全能力提升三年行动计划(2024-2026年)工作方案及重点工作任务清单")


def test_a_sites_bar_of_links_opens_no_table_before_the_title(tmp_path: Path) -> None:
    """热门文章|精选范文|…: a site's links glued by bars with no space (six or more), above the
    page, is no table row opening the plan's body, so the title line under it is still found."""
    text = "\n".join([
        "热门文章|精选范文|工作计划|工作总结|心得体会|演讲稿件|述职报告|活动策划",
        "",
        "某县中学食堂卫生整治方案",
        "",
        "根据县教育局统一部署,决定开展中学食堂卫生专项整治,制定本方案。",
        "一、整治任务",
        "1.完成后厨改造,6月底前完成。(县中学总务处负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县中学食堂卫生整治方案"


def test_an_activity_heading_naming_who_is_in_charge_after_a_dash_is_a_task(tmp_path: Path) -> None:
    """1、拔河比賽——王某甲負責 over its rules ((1)、…): the heading names who runs the activity
    after a dash, so it is a task with that owner, though it has sub-items."""
    text = "\n".join([
        "某公司春節職工文體活動方案",
        "為豐富職工生活,制定本方案。",
        "一、活動項目",
        "1、拔河比賽——王某甲負責",
        "(1)、各部門組隊參加,分組淘汰。",
        "2、象棋比賽------趙某乙負責",
        "(1)、每個部門報兩名選手。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.owners.owners) for t in tasks] == [("1、", ("王某甲",)), ("2、", ("趙某乙",))]


def test_items_lettered_a_b_c_are_items_under_their_numbered_heading(tmp_path: Path) -> None:
    """1.主要目標: / a.…至少60%… / b.…至少40%… / 2.關鍵任務:: items lettered a. b. c. are items
    of their own under the numbered heading above them (here a goal section, each letter a
    goal), and the next number closes them."""
    text = "\n".join([
        "某館讀書活動執行計劃",
        "一、活動背景",
        "為豐富社區文化生活,特制定本計劃。",
        "二、工作目標與任務概述",
        "1.主要目標:",
        "a.提升活動參與度:確保至少60%的會員參與至少一項活動。",
        "b.增強閱讀興趣:使至少40%的參與者閱讀興趣提升。",
        "2.關鍵任務:",
        "a.策劃讀書會,由館辦公室負責。",
    ]) + "\n"
    plan = _plans(tmp_path, text)[0]
    assert [g.target for g in plan.goals] == [60.0, 40.0]
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [("a.", ("館辦公室",))]


def test_a_goal_under_its_indicators_name_and_a_colon_keeps_the_name(tmp_path: Path) -> None:
    """a.提升活動參與度:確保至少60%…: the short name before the colon is the indicator the
    target is for, so the goal's wording runs from it to the end of the clause holding the
    number, in the same sentence."""
    text = "\n".join([
        "某館讀書活動執行計劃",
        "一、工作目標",
        "1.提升活動參與度:確保至少60%的會員參與至少一項活動。",
        "2.增強閱讀興趣:通過活動,使至少40%的參與者閱讀興趣提升。",
    ]) + "\n"
    goals = _plans(tmp_path, text)[0].goals
    assert [g.text for g in goals] == ["提升活動參與度:確保至少60%的會員參與至少一項活動",
                                       "增強閱讀興趣:通過活動,使至少40%的參與者閱讀興趣提升"]


def test_offices_named_short_in_a_closing_bracket_before_in_charge_all_own_the_item(tmp_path: Path) -> None:
    """(一)X比赛 (德育、团委、数学组负责): a school's offices named short in the bracket closing
    an item's heading, joined by 、 before 负责, all own it, the short ones (德育 for 德育处)
    beside the ones written whole (团委, 数学组)."""
    text = "\n".join([
        "某中学校园科技节活动方案",
        "为丰富校园生活,特制定本方案。",
        "一、活动内容",
        "(一)科技节开幕式暨“我爱科学”主题演讲比赛 (德育、团委、数学组负责)",
        "1、内容要求:紧扣主题,内容充实。",
        "2、演讲要求:时间不超过5分钟。",
        "(二)第一届校园创客大赛(教务、团委、信息组负责)",
        "1、参赛方式:自选作品参赛。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.owners.owners) for t in tasks] == [
        ("(一)", ("德育", "团委", "数学组")), ("(二)", ("教务", "团委", "信息组"))]


def test_a_flattened_tables_row_with_no_unit_and_no_deadline_is_no_task(tmp_path: Path) -> None:
    """序号 / 工作任务 / 完成时限 / 责任领导 / 责任股室 / 1 / X / 12月底前 / 某甲 / 某股 / 2 / Y /
    3 / Z / 某队: a table flattened one cell a line, its merged cells lost, so row 2 shows no
    unit, no person and no deadline: it is no task (nothing says who does it or by when); rows 1
    and 3 are."""
    text = "\n".join([
        "序号", "工作任务", "完成时限", "责任领导", "责任股室",
        "1", "全年举办群众文化活动不少于20场。", "12月底前", "王某甲", "群文股",
        "2", "开展好送戏下乡活动。",
        "3", "开展文化市场专项检查4次以上。", "稽查队",
    ]) + "\n"
    tasks = _plans(tmp_path, text, year=2019)[0].tasks
    assert [t.owners.owners for t in tasks] == [("群文股",), ("稽查队",)]


def test_a_short_rows_closing_unit_cell_is_the_unit_column_before_an_empty_note_column(tmp_path: Path) -> None:
    """序号 / 指标 / 工作任务 / 完成时限 / 责任领导 / 责任股室 / 备注 / … / 3 / 文化市场 / X。 / 稽查队: a
    row short of cells (its merged cells lost) closing on a unit: that cell is the unit column's,
    the header's closing 备注 column left empty, not the deadline column's."""
    text = "\n".join([
        "序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室", "备注",
        "1", "群众文化", "全年举办群众文化活动不少于20场。", "12月底前", "王某甲", "群文股", "",
        "2", "文化市场", "开展文化市场专项检查4次以上。", "稽查大队",
    ]) + "\n"
    tasks = _plans(tmp_path, text, year=2019)[0].tasks
    assert [t.owners.owners for t in tasks] == [("群文股",), ("稽查大队",)]


def test_a_body_named_over_its_members_names_alone_is_no_task(tmp_path: Path) -> None:
    """2、筹备委员会:王某甲、李某乙、赵某丙。: a body's name, a colon and its members' names
    joined by 、 and nothing else says who sits on it, no work of its own: no task; 3、大会宣传:
    学生处负责。 beside it is one."""
    text = "\n".join([
        "某中学秋季运动会方案",
        "为开好运动会,特制定本方案。",
        "一、组织机构",
        "1、筹备委员会:王某甲、李某乙、赵某丙、孙某丁。",
        "2、仲裁委员会:周某戊、吴某己、郑某庚、",
        "3、大会宣传:学生处负责。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.owners.owners) for t in tasks] == [("3、", ("学生处",))]
