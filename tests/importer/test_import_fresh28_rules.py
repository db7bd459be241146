"""One unit test per rule learnt from the fresh28 corpus (tests/data/import-corpus-fresh28), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_the_date_in_brackets_under_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    """X实施方案 / (2026年03月02日): the day the page was published, in brackets on the line
    under the title, is the site's note, not the title's last piece."""
    text = "\n".join([
        "某乡2026年度村容整治工作实施方案",
        "(2026年03月02日)",
        "为改善村容村貌,制定本方案。",
        "一、工作任务",
        "1.清理村道垃圾,6月底前完成。(乡环卫所负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某乡2026年度村容整治工作实施方案"


def test_the_title_field_of_a_sites_info_box_names_the_plan(tmp_path: Path) -> None:
    """| 标题:X工作计划 | |: the title field of a government site's info box (its cells kept as
    a `|` row), over a body with no title line, names the plan as its 名称 field does."""
    text = "\n".join([
        "| 索引号:000000000/2026-00001 | |",
        "| 发文机关:某镇人民政府 | 主题词:工作计划 |",
        "| 标题:某镇人民政府2026年工作计划 | |",
        "| 主题分类:综合政务 | 发布日期:2026-01-05 |",
        "一是推进产业发展。2026年,我镇将坚持产业振兴。",
        "(一)茶叶种植基地项目:6月底前完成。(镇农业站负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某镇人民政府2026年工作计划"


def test_a_progress_tables_caption_stands_above_its_as_of_note(tmp_path: Path) -> None:
    """X进展情况 / (截至2026年9月1日) / 序号 | …: a progress report's name over its table, the day
    it was counted to in brackets on a line of its own between them, is the caption."""
    text = "\n".join([
        "2026年某区民生实事进展情况",
        "(截至2026年9月1日)",
        "序号 | 项目名称 | 牵头单位 | 责任单位 | 进展情况 |",
        "1 | 新建社区食堂 | 区民政局 | 各街道 | 已完成选址 |",
        "2 | 改造老旧小区 | 区住建局 | 各街道 | 已开工 |",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "2026年某区民生实事进展情况"


def test_an_info_box_field_above_the_title_is_no_piece_of_it(tmp_path: Path) -> None:
    """主题词 农业、水利 / X实施方案: a government site's info-box field (its subject words, its
    index number) on the line above the plan's name, its colon lost, is the site's, not the
    title's first piece."""
    text = "\n".join([
        "发布机构 某县某镇人民政府",
        "主题词 农业、水利",
        "某镇全面推行林长制的实施方案",
        "为全面推行林长制,制定本方案。",
        "一、工作任务",
        "1.建立镇村两级林长体系,6月底前完成。(镇林业站负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某镇全面推行林长制的实施方案"



def test_a_note_counting_the_items_under_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    """X责任分解表 / (共六大项 48条): the document's count of its items, in brackets under its
    name, is no part of it."""
    text = "\n".join([
        "2026年某县重点工作责任分解表",
        "(共六大项 48条)",
        "序号 | 工作任务 | 牵头单位 | 完成时限 |",
        "1 | 新建城区公园一座 | 县住建局 | 2026年10月底 |",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "2026年某县重点工作责任分解表"


def test_a_space_before_each_in_a_cell_of_its_own_line_parts_two_units(tmp_path: Path) -> None:
    """区城投公司 各有关乡镇(街道) |: in a table flattened to one cell a line, each cell closed by
    its bar, a space before 各 (each of a kind of unit) starts the next unit of the cell."""
    text = "\n".join([
        "2026年某区民生实事进展情况",
        "序号 |", "项目名称 |", "牵头单位 |", "责任单位 |", "进展情况 |",
        "1 |", "城区道路改造工程 |", "区住建局 |", "区城投公司 各有关乡镇(街道) |", "已开工 |",
        "2 |", "社区食堂建设工程 |", "区民政局 |", "各街道 |", "已选址 |",
    ]) + "\n"
    task = _plans(tmp_path, text)[0].tasks[0]
    assert task.owners.owners == ("区城投公司", "各有关乡镇(街道)")


def test_a_rows_cell_numbering_its_steps_keeps_the_row_whole(tmp_path: Path) -> None:
    """1 | X | 1.社区食堂:…。 2.助餐点:…。 3.健康体检:…。 | 区民政局 | 各街道 |: the three steps
    a cell numbers, on a row long enough to look like items run together, are the cell's; the
    `|` row is one task with its units, not one task a step."""
    text = "\n".join([
        "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |",
        "1 | 新建社区食堂10家,新增助餐点8个,开展老年人健康体检1万人次以上。 | 1.社区食堂:3月底前建成2家;"
        "6月底前建成6家;9月底前建成10家。 2.助餐点:6月底前建成5个;10月底前建成8个。 3.健康体检:4月底前"
        "完成体检方案制定;5月底前启动体检;11月底前完成体检工作。 | 区民政局 | 区财政局、各街道 |",
        "2 | 改造老旧小区5个。 | 1.老旧小区:5月底前开工;11月底前完工。 | 区住建局 | 各街道 |",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert len(tasks) == 2
    assert tasks[0].owners.owners == ("区民政局",)
    assert tasks[0].owners.support == ("区财政局", "各街道")


def test_a_goals_heading_glued_to_its_statement_states_the_goals(tmp_path: Path) -> None:
    """二、工作目标从2026年开始,…力争到2028年底…: a goals heading run into its statement with no
    stop between (the page lost the break), no unit named, is the goals' statement, its
    year-end their horizon, no task."""
    text = "\n".join([
        "某镇2026年美丽乡村建设实施方案",
        "一、指导思想",
        "以改善农村人居环境为重点,建设美丽乡村。",
        "二、工作目标从2026年开始,全镇选取3个村庄作为创建试点,力争到2028年底这3个村庄通过考评验收。",
        "三、主要任务",
        "(一)编制村庄规划。6月底前完成。(镇规划办负责)",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.label for t in tasks] == ["(一)"]
