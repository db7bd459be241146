"""One unit test per rule learnt from the fresh27 corpus (tests/data/import-corpus-fresh27), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_an_emptied_sample_bracket_after_the_title_is_the_sites(tmp_path: Path) -> None:
    """X实施方案【】: an essay site's brackets for a sample's number, left empty, close no title."""
    text = "\n".join([
        "某乡村道养护实施方案(通用9篇)",
        "以下是小编整理的实施方案,供大家参考。",
        "某乡村道养护实施方案【】",
        "为做好村道养护工作,制定本方案。",
        "一、工作任务",
        "1.修补村道坑洼路面,6月底前完成。(乡交通站负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某乡村道养护实施方案"


def test_a_site_columns_name_and_its_bar_before_the_title_are_the_sites(tmp_path: Path) -> None:
    """政策解读 | X实施计划(2026-2028年): a government site's column, then a bar, before the
    plan's name; the column is the site's, the name after the bar the plan's."""
    text = "\n".join([
        "服务热线:",
        "0000-1234567",
        "政策解读 | 某县全民阅读实施计划(2026-2028年)",
        "一、《实施计划》目标任务",
        "到2028年,全县综合阅读率达到85%以上。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县全民阅读实施计划(2026-2028年)"


def test_the_plan_a_notice_hands_out_in_its_sentence_names_it(tmp_path: Path) -> None:
    """…关于印发X实施方案的通知 各镇人民政府: 《X实施方案(2026—2028年)》已经县政府同意,现印发给你们
    …: a page flattened to one line, the notice's title and its sentence handing the plan out
    run together; the plan it hands out, in its book-title marks, names the plan."""
    text = "\n".join([
        "某县文明城市创建行动方案.doc某政办字〔2026〕4 号 某县人民政府办公室 关于印发某县文明城市创建"
        "三年行动 实施方案(2026—2028 年)的通知 各镇人民政府,县政府有关部门: 《某县文明城市创建三年行动"
        "实施方案 (2026—2028 年)》已经县政府研究同意,现印发给你们,请认真贯彻执行。 某县人民政府办公室"
        " 2026 年 3 月 2 日 为提升城市文明程度,制定本方案。 一、总体要求 (一)工作目标 到2028年,"
        "群众满意度达到90%以上。 二、重点任务 (一)完善公共设施。年底前完成。(县住建局负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title.replace(" ", "") == "某县文明城市创建三年行动实施方案(2026—2028年)"


def test_a_school_calendar_or_a_progress_table_is_named_by_its_caption(tmp_path: Path) -> None:
    """某校2026学年第一学期校历 over its table, X工作进度表 over its rows: a school's calendar
    (校历, 行事历) and a table of the work's progress (进度表, 一览表) are plans of work, named by
    the line above them as a …分解表 is."""
    text = "\n".join([
        "某县实验小学2025-2026学年第一学期校历",
        "起止日期 | 主要工作 | 责任处室 |",
        "第一周 | 9月1日-9月7日 | 开学典礼 | 德育处 |",
        "第二周 | 9月8日-9月14日 | 教师节表彰 | 办公室 |",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县实验小学2025-2026学年第一学期校历"
    text = "\n".join([
        "创建卫生乡镇责任分解及工作进度表",
        "一、环境卫生",
        "1、乡农业办负责,各村配合,清理河道垃圾。",
        "2026年5月1日前",
        "2、乡卫生院负责,开展健康教育进村活动。",
        "2026年6月30日前",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "创建卫生乡镇责任分解及工作进度表"


def test_rows_of_a_calendar_end_at_its_office_column_however_many_cells_they_keep(tmp_path: Path) -> None:
    """起止日期 | 主要工作 | 责任处室 | | over rows that lost their week and date cells to merged
    cells above (开学督导 | 督导室 | ||) or keep one more (第一周 | 9月1日-9月7日 | 开学典礼 |
    德育处 |): each row's last written cell is its office, the cells before it the work."""
    text = "\n".join([
        "某县实验中学2025-2026学年第一学期校历",
        "起止日期 | 主要工作 | 责任处室 | |",
        "开学前 | 8月30日 | 全体教师会议 | 办公室 |",
        "8月31日 | 新生报到 | 德育处 | |",
        "第一周 | 9月1日-9月7日 | 开学典礼 | 德育处、团委 |",
        "新学期教研组长会议 | 教务处 | ||",
        "校园安全隐患排查 | 总务处 | ||",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    owners = [t.owners.owners for t in tasks]
    assert owners == [("办公室",), ("德育处",), ("德育处", "团委"), ("教务处",), ("总务处",)]


def test_a_stage_on_a_traditional_page_keeps_its_label_as_written(tmp_path: Path) -> None:
    """第一階段:9月1日至9月30日。…: on a page in Traditional characters a stage's label keeps the
    page's script (第一階段), as a task's title does; it is read in Simplified only to be found."""
    text = "\n".join([
        "某縣校園周邊環境整治實施方案",
        "為整治校園周邊環境,制定本方案。",
        "一、時間安排",
        "分兩個階段進行:",
        "第一階段:9月1日至9月30日。各校開展自查。",
        "第二階段:10月1日至10月31日。縣局組織督查。",
        "二、職責分工",
        "1、縣教育局牽頭檢查校園安全管理工作,年底前完成。",
    ]) + "\n"
    phases = _plans(tmp_path, text)[0].phases
    assert [p.title.split(":")[0] for p in phases] == ["第一階段", "第二階段"]


def test_a_deadline_alone_on_the_line_under_a_paragraph_is_that_paragraphs(tmp_path: Path) -> None:
    """X负责,Y配合,…。 / 2026年6月20日前: a table flattened one cell a line leaves each row's
    deadline cell on the line under its text; the bare deadline is that paragraph's, no task of
    its own."""
    text = "\n".join([
        "某区创建卫生城区责任分解表",
        "一、市容环境",
        "1、农贸市场达到标准。",
        "区商务局负责,区市场监管局配合,督促各农贸市场完成改造。",
        "2026年6月20日前",
        "区卫生局负责,区市场监管局配合,监督各经营者落实食品安全制度。",
        "2026年5月30日前完成",
        "区城管局负责,各街道配合,清理市场周边占道经营。",
        "2026年4月15日之前",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.owners.owners, str(t.due)) for t in tasks] == [
        (("区商务局",), "2026-06-20"), (("区卫生局",), "2026-05-30"), (("区城管局",), "2026-04-15")]


def test_a_calendars_start_and_end_dates_say_when_not_by_when(tmp_path: Path) -> None:
    """起止日期 | 主要工作 | 责任处室: a school calendar's column of start and end dates (第一周 |
    9月1日-9月7日) says when the week's work happens, as a 时间 column does, no deadline."""
    text = "\n".join([
        "某县实验中学2025-2026学年第一学期校历",
        "起止日期 | 主要工作 | 责任处室 |",
        "第一周 | 9月1日-9月7日 | 开学典礼 | 德育处 |",
        "第二周 | 9月8日-9月14日 | 教师节表彰 | 办公室 |",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.owners.owners, t.due) for t in tasks] == [(("德育处",), None), (("办公室",), None)]


def test_a_units_telephone_number_heads_no_lines_below(tmp_path: Path) -> None:
    """办公室: 0000-1234567 / 培训部: / 0000-7654321: a site's contact rows, each unit's label
    followed by its telephone number (on its line or the next), head none of the page's lines
    below as that unit's work."""
    text = "\n".join([
        "联系方式",
        "办公室: 0000-1234567",
        "培训部:",
        "0000-7654321",
        "关注官方微信,随时随地学习",
        "某市教育局2026年工作要点",
        "2026年全市教育工作的总体要求是:坚持立德树人。",
        "一、加强党的建设",
        "1.深入学习贯彻党的理论。",
        "2.推进清廉学校建设。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert not any({"办公室", "培训部"} & set(t.owners.owners) for t in tasks)
    assert not any(t.title.startswith("关注官方微信") for t in tasks)


def test_a_bureaus_section_named_gu_is_a_unit(tmp_path: Path) -> None:
    """1、安监股牵头检查…: a county bureau's section (安监股, 农业股, 计财股) is a unit, as a 科 or
    a 室 is; 入股 / 控股 are no units."""
    text = "\n".join([
        "某县教育系统消防安全专项检查方案",
        "一、职责分工",
        "1、安监股牵头检查中小学消防安全管理工作;",
        "2、计财股负责保障检查经费;",
        "3、村集体入股企业负责做好分红工作;",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.owners.lead, t.owners.owners) for t in tasks][:2] == [(("安监股",), ()), ((), ("计财股",))]
    assert all("村集体入股" not in t.owners.owners for t in tasks)
