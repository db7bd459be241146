"""One unit test per rule learnt from the fresh29 corpus (tests/data/import-corpus-fresh29), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_a_note_in_brackets_that_a_meeting_adopted_the_plan_is_no_part_of_its_title(tmp_path: Path) -> None:
    """X實施細則 / (2026年3月二屆一次教代會通過): a note on the meeting that adopted the rules,
    in brackets under their name, is no part of it, with 已 or without."""
    text = "\n".join([
        "某縣第二中學校園安全管理實施細則",
        "(2026年3月二屆一次教代會通過)",
        "為規範學校安全管理工作,制定本細則。",
        "一、安全責任",
        "1.門衛室負責校門值守,3月底前完成。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某縣第二中學校園安全管理實施細則"


def test_a_sites_related_reading_label_above_the_title_is_no_piece_of_it(tmp_path: Path) -> None:
    """- 相關推薦 / X工作實施方案: a site's label for its related pages (相关推荐), on the line
    above the plan's name, is the site's, not the title's first piece."""
    text = "\n".join([
        "- 相關推薦",
        "某鎮圖書室工作實施方案",
        "為做好圖書室工作,制定本方案。",
        "一、工作任務",
        "1.整理館藏圖書,6月底前完成。(鎮文化站負責)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某鎮圖書室工作實施方案"


def test_a_page_title_in_lenticular_brackets_keeps_no_page_count(tmp_path: Path) -> None:
    """【X实施方案(12页)】为…: a page's title in the site's brackets opening its first line, with
    the uploaded file's page count inside them, names the plan without the count."""
    text = "\n".join([
        "【某县中学食堂管理工作实施方案(12页)】为加强学校食堂管理,保障师生饮食安全,制定本方案。",
        "一、工作任务",
        "1.规范食材采购验收,3月底前完成。(总务处负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县中学食堂管理工作实施方案"


def test_a_preamble_making_the_relevant_plan_names_none(tmp_path: Path) -> None:
    """为…,现制定相关宣传方案,…: 相关 (the relevant) says which kind of plan is made, as 本 does,
    and names none; with no title line the draft stays untitled."""
    text = "\n".join([
        "为做好某景区创建宣传工作,现制定相关宣传方案,从即日起开展宣传。",
        "一、市内宣传",
        "1.新闻宣传。每周至少报道2篇。",
        "责任人:某甲、某乙",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title.startswith("未命名方案")


def test_things_in_place_by_a_date_make_it_a_deadline(tmp_path: Path) -> None:
    """6、5月下旬道具、服装到位,由各班教师负责: what is to be in place (到位) by the date that opens
    the item makes the date its deadline; 5月下旬对节目进行彩排 says when a rehearsal happens."""
    text = "\n".join([
        "某幼儿园六一活动方案",
        "一、活动准备",
        "1、4月中旬以班为单位确定节目,由各班班主任负责。",
        "2、5月下旬对各班节目进行彩排,由音乐组负责。",
        "3、5月下旬道具、服装到位,由各班教师负责。",
        "4、5月31日舞台布置,由后勤组负责。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [str(t.due) for t in tasks] == ["None", "None", "2026-05-31", "None"]


def test_a_dates_weekday_fixes_which_of_the_years_named_is_the_plans(tmp_path: Path) -> None:
    """…将2025年及2026年相关资料报送… / 于11月25日(周三)前: the first year written is that of the
    material asked for; 11月25日 falls on a Wednesday in 2026, not in 2025, so the plan is
    2026's and so are its deadlines."""
    text = "\n".join([
        "一、资料收集整理工作(牵头部门:档案室 责任单位:各部门)",
        "各单位于11月25日(周三)前,将2025年及2026年相关资料报送至档案室。",
        "二、撰写汇报材料(牵头部门:办公室 责任单位:各学院)",
        "各学院于11月26日(周四)前报送汇报材料。",
    ]) + "\n"
    plan = _plans(tmp_path, text, year=2024)[0]
    assert plan.year == 2026
    assert [str(t.due) for t in plan.tasks] == ["2026-11-25", "2026-11-26"]


def test_a_dated_stage_named_with_a_quoted_word_is_a_phase(tmp_path: Path) -> None:
    """(三)4月22—25日为迎“国庆”市容环境集中整治阶段。: a stage's name may hold a word in
    quotes and run past ten characters; the line is still the phase, with its dates."""
    text = "\n".join([
        "某社区2026年环境卫生整治活动方案",
        "三、活动步骤",
        "(一)4月1—11日为宣传发动阶段。",
        "(二)4月22—25日为迎“国庆”市容环境集中整治阶段。 各小区要以背街小巷为重点,集中清理卫生死角。",
    ]) + "\n"
    phases = _plans(tmp_path, text)[0].phases
    assert [(p.title, str(p.start), str(p.end)) for p in phases] == [
        ("宣传发动阶段", "2026-04-01", "2026-04-11"),
        ("迎“国庆”市容环境集中整治阶段", "2026-04-22", "2026-04-25"),
    ]


def test_the_plans_own_title_line_under_the_notice_names_it_as_written(tmp_path: Path) -> None:
    """发文标题: 关于印发《X计划[2026-2030年]》的通知 / … / 2026年3月2日 / X计划(2026—2030年) /
    a body with no heading yet: the plan's own title line under the notice, the same name with
    its brackets and dash written otherwise, names the plan as it is written there."""
    text = "\n".join([
        "发文标题: 某市人民政府关于印发《某市全民健身实施计划[2026-2030年]》的通知",
        "发文文号: 某府发[2026]4号",
        "发文部门: 某市人民政府",
        "各县(区)人民政府,市政府各部门:",
        "《某市全民健身实施计划(2026-2030年)》已经市政府研究同意,现印发给你们,请认真遵照执行。",
        "2026年3月2日",
        "某市全民健身实施计划(2026—2030年)",
        "全民健身是实现全民健康的重要途径和手段,是全体人民增强体魄、幸福生活的基础保障。",
    ]) + "\n"
    plans = _plans(tmp_path, text)
    assert plans[-1].title == "某市全民健身实施计划(2026—2030年)"
