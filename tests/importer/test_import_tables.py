"""Task-division tables in their three shapes, role clauses, precision, and the CLI's
--dry-run and units.yaml handling."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from click.testing import CliRunner

from tracker.importer import detect_plans, read_document

HEAD = "某镇2026年农村人居环境整治任务分工方案\n为做好整治工作,制定本方案。\n一、任务分工\n"
PIPE = HEAD + (
    "| 序号 | 整治内容 | 责任单位 | 配合单位 | 完成时限 |\n"
    "|---|---|---|---|---|\n"
    "| 1 | 清理河道垃圾 | 镇水利站 | 各村委会 | 4月份 |\n"
    "| 2 | 拆除违章建筑 | 镇城管办 镇派出所 | 镇司法所 | 6月底前 |\n"
)
CELLS = HEAD + (
    "序号\n\n整治内容\n\n责任单位\n\n配合单位\n\n完成时限\n\n"
    "1\n\n清理河道垃圾\n\n镇水利站\n\n各村委会\n\n4月份\n\n"
    "2\n\n拆除违章建筑\n\n镇城管办、镇派出所\n\n镇司法所\n\n6月底前\n"
)
WANT = [
    ("清理河道垃圾", (), ("镇水利站",), ("各村委会",), date(2026, 4, 30)),
    ("拆除违章建筑", (), ("镇城管办", "镇派出所"), ("镇司法所",), date(2026, 6, 30)),
]


def _tasks(path: Path):  # type: ignore[no-untyped-def]
    doc = read_document(path)
    assert doc.refusal is None
    (plan,) = detect_plans(doc, year=2026)
    return plan, [
        (t.title, t.owners.lead, t.owners.owners, t.owners.support, t.due) for t in plan.tasks
    ]


def test_pipe_rows_are_read_by_their_header(tmp_path: Path) -> None:
    p = tmp_path / "pipe.md"
    p.write_text(PIPE, encoding="utf-8")
    plan, tasks = _tasks(p)
    assert plan.title == "某镇2026年农村人居环境整治任务分工方案"
    assert tasks == WANT


def test_one_cell_per_line_table_reads_like_pipe_rows(tmp_path: Path) -> None:
    p = tmp_path / "cells.txt"
    p.write_text(CELLS, encoding="utf-8")
    assert _tasks(p)[1] == WANT


def test_docx_table_imports_like_its_text_form(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for line in HEAD.splitlines():
        d.add_paragraph(line)
    rows = [line.strip("|").split("|") for line in PIPE.splitlines()[3:] if "---" not in line]
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text.strip()
    p = tmp_path / "plan.docx"
    d.save(str(p))
    text = tmp_path / "plan.md"
    text.write_text(PIPE, encoding="utf-8")
    assert _tasks(p)[1] == _tasks(text)[1] == WANT


def test_staged_deadlines_in_a_cell_table_keep_the_last(tmp_path: Path) -> None:
    p = tmp_path / "staged.txt"
    p.write_text(
        "责任事项\n\n具体工作内容\n\n完成时限\n\n总责任人\n\n"
        "1.实行中职免学费。(牵头单位:市教育局;责任单位:市财政局)\n\n出台政策。\n\n3月\n\n张某\n\n"
        "6月\n\n12月\n",
        encoding="utf-8",
    )
    (plan,) = detect_plans(read_document(p), year=2017)
    (t,) = plan.tasks
    assert (t.owners.lead, t.owners.owners, t.owners.leader) == (("市教育局",), ("市财政局",), "张某")
    assert t.due == date(2017, 12, 31) and t.review


def test_precision_role_lines_and_clauses(tmp_path: Path) -> None:
    p = tmp_path / "clauses.txt"
    p.write_text(
        "某区重点工作任务分解方案\n为抓好落实,制定本方案。\n一、重点任务\n"
        "1.加强组织领导。各单位要高度重视。\n"  # no unit in a role, no deadline: not a task
        "2.推进项目建设。\n牵头单位:区发改局\n责任单位:各街道,区直各部门\n"
        "3.落实就业政策。(区人社局、区财政局、区税务局负责)\n"
        "4.开展联合执法。各街道办事处会同区城管局、区市场局等单位开展整治,6月10日前完成。\n"
        "5.做好宣传。区融媒体中心具体负责。\n"
        "6.完成申报。〔责任单位:省发展改革委、商务厅按职责分工负责〕\n"
        "7.完善规划。由区发展和改革局负责。\n",
        encoding="utf-8",
    )
    (plan,) = detect_plans(read_document(p), year=2026)
    got = {t.label: t for t in plan.tasks}
    assert sorted(got) == ["2.", "3.", "4.", "5.", "6.", "7."]
    assert got["7."].owners.owners == ("区发展和改革局",)
    assert (got["2."].owners.lead, got["2."].owners.owners) == (("区发改局",), ("各街道", "区直各部门"))
    assert got["3."].owners.owners == ("区人社局", "区财政局", "区税务局")
    assert (got["4."].owners.owners, got["4."].owners.support) == (
        ("各街道办事处",),
        ("区城管局", "区市场局"),
    )
    assert got["4."].due == date(2026, 6, 10)
    assert got["5."].owners.owners == ("区融媒体中心",)
    assert got["6."].owners.owners == ("省发展改革委", "商务厅")


def test_the_year_the_document_states(tmp_path: Path) -> None:
    p = tmp_path / "y.txt"
    p.write_text(
        "某府办〔2023〕5号\n某县2023年重点工作方案\n为推进工作,制定本方案。\n"
        "一、任务\n1.完成改造。9月底前完成。(责任单位:县住建局)\n",
        encoding="utf-8",
    )
    (plan,) = detect_plans(read_document(p), year=2026, infer_year=True)
    assert plan.year == 2023 and plan.tasks[0].due == date(2023, 9, 30)
    (plan,) = detect_plans(read_document(p), year=2026)
    assert plan.year == 2026


def test_cli_dry_run_and_new_units(tmp_path: Path) -> None:
    from tracker.cli import cli

    runner = CliRunner()
    repo = tmp_path / "repo"
    assert runner.invoke(cli, ["init", str(repo)]).exit_code == 0
    units = repo / "units.yaml"
    units.write_text("# 单位\nunits:\n  - name: 镇水利站\n\ngroups: {}\n", encoding="utf-8")
    doc = tmp_path / "pipe.md"
    doc.write_text(PIPE, encoding="utf-8")
    r = runner.invoke(cli, ["--repo", str(repo), "--lang", "en", "import", str(doc), "--dry-run"])
    assert r.exit_code == 0, r.output
    assert "清理河道垃圾" in r.output and "2026-06-30" in r.output
    assert "units not in units.yaml" in r.output and "镇城管办" in r.output
    assert "镇水利站、" not in r.output.split("units not in units.yaml")[1]
    assert not (repo / "plans").exists() or not any((repo / "plans").glob("plan-*.yaml"))
    r = runner.invoke(cli, ["--repo", str(repo), "import", str(doc), "--add-units"])
    assert r.exit_code == 0, r.output
    assert units.read_text(encoding="utf-8") == (
        "# 单位\nunits:\n  - name: 镇水利站\n  - name: 各村委会\n  - name: 镇城管办\n"
        "  - name: 镇派出所\n  - name: 镇司法所\n\ngroups: {}\n"
    )


def test_phases_sub_items_and_a_heading_with_its_first_sub_item(tmp_path: Path) -> None:
    p = tmp_path / "steps.txt"
    p.write_text(
        "某县2017年集中整治活动实施方案\n为推进整治工作,特制定本方案。\n一、实施步骤\n"
        "第一阶段:活动动员(2017年3月份)\n召开动员大会。\n"
        "第二阶段:集中整治(2017年4月1日—9月30日)\n"
        "1.整治背街小巷\n(1)清理垃圾杂物;\n(2)修补破损路面;\n责任单位:各街道办事处\n"
        "2.整治占道经营。县城管局具体负责,9月底前完成。\n"
        "二、组织实施 (1)各社区会同区城管局等单位开展巡查,6月10以前完成。\n",
        encoding="utf-8",
    )
    (plan,) = detect_plans(read_document(p), year=2026, infer_year=True)
    assert [(ph.title, ph.start, ph.end) for ph in plan.phases] == [
        ("第一阶段:活动动员", date(2017, 3, 1), date(2017, 3, 31)),
        ("第二阶段:集中整治", date(2017, 4, 1), date(2017, 9, 30)),
    ]
    got = [(t.label, t.title, t.owners.owners, t.owners.support, t.due) for t in plan.tasks]
    assert got == [
        ("1.", "整治背街小巷", ("各街道办事处",), (), None),
        ("2.", "整治占道经营", ("县城管局",), (), date(2017, 9, 30)),
        ("(1)", "各社区会同区城管局等单位开展巡查,6月10以前完成", ("各社区",), ("区城管局",), date(2017, 6, 10)),
    ]
    assert plan.tasks[0].phase == "P2"


def test_a_document_that_is_only_a_table(tmp_path: Path) -> None:
    p = tmp_path / "only.txt"
    p.write_text(
        "某街道2026年重点工作任务分工表\n"
        "| 序号 | 工作任务 | 责任科室 | 完成时限 |\n"
        "| 1 | 完成老旧小区改造 | 城建科牵头,各社区配合 | 2026年9月30日前 |\n"
        "| 2 | 开展安全生产大检查 | 2.安监站 | 每季度 |\n",
        encoding="utf-8",
    )
    (plan,) = detect_plans(read_document(p), year=2026)
    assert plan.title == "某街道2026年重点工作任务分工表"
    got = [(t.owners.lead, t.owners.owners, t.owners.support, t.due, t.due_text) for t in plan.tasks]
    assert got == [
        (("城建科",), (), ("各社区",), date(2026, 9, 30), "2026年9月30日前"),
        ((), ("安监站",), (), None, "每季度"),
    ]


def test_goals_in_a_goal_section_and_in_target_sentences(tmp_path: Path) -> None:
    p = tmp_path / "goals.txt"
    p.write_text(
        "某县2026年粮食生产实施方案\n为稳定粮食生产,特制定本方案。\n一、主要目标\n"
        "粮食播种面积稳定在4.11万亩,总产0.24亿斤,新建高标准农田3-5处。\n"
        "二、重点工作\n(一)推进农田建设。全县耕地灌溉覆盖率达到95%,建设规模视资金而定。\n"
        "(二)完善服务体系。县农业农村局负责,9月底前完成。\n",
        encoding="utf-8",
    )
    (plan,) = detect_plans(read_document(p), year=2026)
    assert [(g.target, g.unit) for g in plan.goals] == [(41100, "亩"), (24000000, "斤"), (95, "%")]
    assert [t.title for t in plan.tasks] == ["完善服务体系"]


def test_a_cover_notice_is_set_aside(tmp_path: Path) -> None:
    p = tmp_path / "notice.txt"
    p.write_text(
        "某县人民政府办公室文件\n某政办〔2025〕3号\n"
        "关于印发《某县农村人居环境整治实施方案》的通知\n各乡镇人民政府,县直各单位:\n"
        "现将《某县农村人居环境整治实施方案》印发给你们,请认真贯彻落实。\n"
        "一、提高认识。各乡镇要高度重视。\n二、按时报送。请于3月31日前将落实情况报县政府办。\n"
        "某县人民政府办公室\n2025年3月1日\n"
        "某县农村人居环境整治实施方案\n为改善农村人居环境,制定本方案。\n一、重点任务\n"
        "(一)开展村庄清洁行动。6月底前完成。(责任单位:各乡镇)\n",
        encoding="utf-8",
    )
    (plan,) = detect_plans(read_document(p), year=2026, infer_year=True)
    assert (plan.title, plan.year, plan.lines) == ("某县农村人居环境整治实施方案", 2025, (10, 13))
    assert [t.title for t in plan.tasks] == ["开展村庄清洁行动"]
    assert "印发通知" in plan.review[0]


def _docx_table(rows: list[list[str]]):  # type: ignore[no-untyped-def]
    """A Word document: the plan's head as paragraphs, then a table of these rows."""
    import docx

    d = docx.Document()
    for line in HEAD.splitlines():
        d.add_paragraph(line)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    return d, table


def test_docx_merged_cells_apply_down_and_are_read_once_across(tmp_path: Path) -> None:
    """A vertically merged 责任单位 cell names the unit of each row it spans; a cell merged
    across 责任单位 and 配合单位 is read once, as 责任单位 (python-docx repeats both)."""
    d, table = _docx_table([
        ["序号", "整治内容", "责任单位", "配合单位", "完成时限"],
        ["1", "清理河道垃圾", "镇水利站", "各村委会", "4月份"],
        ["2", "疏浚沟渠", "", "各村委会", "5月底前"],
        ["3", "拆除违章建筑", "镇城管办", "", "6月底前"],
    ])
    table.cell(1, 2).merge(table.cell(2, 2))  # 镇水利站 over rows 1 and 2
    table.cell(3, 2).merge(table.cell(3, 3))  # 镇城管办 across 责任单位 and 配合单位
    table.cell(1, 2).text = "镇水利站"
    table.cell(3, 2).text = "镇城管办"
    p = tmp_path / "merged.docx"
    d.save(str(p))
    assert _tasks(p)[1] == [
        ("清理河道垃圾", (), ("镇水利站",), ("各村委会",), date(2026, 4, 30)),
        ("疏浚沟渠", (), ("镇水利站",), ("各村委会",), date(2026, 5, 31)),
        ("拆除违章建筑", (), ("镇城管办",), (), date(2026, 6, 30)),
    ]


def test_items_that_become_no_task_are_kept_in_the_plan_note(tmp_path: Path) -> None:
    from tracker.importer import emit_plan

    p = tmp_path / "plan.txt"
    p.write_text(
        "某镇河道整治工作方案\n为做好整治工作,制定本方案。\n一、整治范围\n镇域内所有河道和沟渠。\n"
        "二、重点任务\n1.清理河道垃圾。(责任单位:镇水利站)\n2.加强宣传引导,营造良好氛围。\n",
        encoding="utf-8",
    )
    (plan,) = detect_plans(read_document(p), year=2026)
    assert [t.title for t in plan.tasks] == ["清理河道垃圾"]
    text = emit_plan(plan)
    assert "第3–4行 一、整治范围\n  镇域内所有河道和沟渠。" in text and "第7行 2.加强宣传引导" in text
    assert any("note" in r for r in plan.review)


def test_row_with_each_header_above_its_cell(tmp_path: Path) -> None:
    """A task-division row flattened as header, cell, header, cell (具体任务 / text / 责任单位 /
    units / 配合单位 / … / 完成时限 / staged date): one task, the last stage is due; a header
    seen again starts the next row."""
    p = tmp_path / "pairs.txt"
    p.write_text(
        "具体任务\n全面落实疫情防控措施,中医院门诊楼建成投运,举办第四届运动会。\n"
        "责任单位\n卫健局、文旅局\n配合单位\n各乡镇\n"
        "完成时限\n门诊楼1月底前完成;其它事项12月底前取得明显成效并长期坚持。\n"
        "具体任务\n改扩建社区卫生服务中心。\n责任单位\n卫健局\n完成时限\n6月底前\n",
        encoding="utf-8",
    )
    plan, tasks = _tasks(p)
    assert plan.title.startswith("未命名方案")
    assert tasks == [
        ("全面落实疫情防控措施,中医院门诊楼建成投运,举办第四届运动会", (), ("卫健局", "文旅局"),
         ("各乡镇",), date(2026, 12, 31)),
        ("改扩建社区卫生服务中心", (), ("卫健局",), (), date(2026, 6, 30)),
    ]
    assert plan.tasks[0].lines == (1, 8) and plan.tasks[0].due_text == "12月底前"


def test_a_docx_row_merged_across_heads_the_rows_below_it(tmp_path: Path) -> None:
    """Word merges a category row (二、长效机制) across the table: it is the section of the
    rows under it, not a task of its own."""
    d, table = _docx_table([
        ["序号", "整治内容", "责任单位", "配合单位", "完成时限"],
        ["", "", "", "", ""],
        ["1", "清理河道垃圾", "镇水利站", "各村委会", "4月份"],
        ["", "", "", "", ""],
        ["2", "建立保洁制度", "镇城管办", "", "6月底前"],
    ])
    for r, text in ((1, "一、河道整治"), (3, "二、长效机制")):
        table.cell(r, 0).merge(table.cell(r, 4)).text = text
    p = tmp_path / "sections.docx"
    d.save(str(p))
    plans = detect_plans(read_document(p), year=2026)
    assert [(t.title, t.section) for t in plans[0].tasks] == [
        ("清理河道垃圾", "一、河道整治"), ("建立保洁制度", "二、长效机制")]


def test_a_header_over_two_rows_names_each_column_by_its_lower_cell(tmp_path: Path) -> None:
    """责任单位 over 牵头单位 | 配合单位: a Word header of two rows, its upper cell merged across
    the two columns below it (and 序号, 整治内容, 完成时限 merged down). The upper row alone
    named the second column nothing, so its units were dropped and the first column's lead
    units were read as owners; each column is named by the lower cell where that names a role."""
    import docx

    d = docx.Document()
    for line in HEAD.splitlines():
        d.add_paragraph(line)
    rows = [("序号", "整治内容", "责任单位", "", "完成时限"),
            ("", "", "牵头单位", "配合单位", ""),
            ("1", "清理河道垃圾", "镇水利站", "各村委会", "4月份"),
            ("2", "拆除违章建筑", "镇城管办 镇派出所", "镇司法所", "6月底前")]
    table = d.add_table(rows=len(rows), cols=5)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    table.cell(0, 2).merge(table.cell(0, 3)).text = "责任单位"
    for j, text in ((0, "序号"), (1, "整治内容"), (4, "完成时限")):
        table.cell(0, j).merge(table.cell(1, j)).text = text
    path = tmp_path / "two-row-header.docx"
    d.save(str(path))
    _, got = _tasks(path)
    assert got == [
        ("清理河道垃圾", ("镇水利站",), (), ("各村委会",), date(2026, 4, 30)),
        ("拆除违章建筑", ("镇城管办", "镇派出所"), (), ("镇司法所",), date(2026, 6, 30)),
    ]
    text = tmp_path / "two-row-header.md"
    text.write_text(HEAD + "| 序号 | 整治内容 | 责任单位 | | 完成时限 |\n"
                    "| | | 牵头单位 | 配合单位 | |\n"
                    "| 1 | 清理河道垃圾 | 镇水利站 | 各村委会 | 4月份 |\n"
                    "| 2 | 拆除违章建筑 | 镇城管办 镇派出所 | 镇司法所 | 6月底前 |\n", encoding="utf-8")
    assert _tasks(text)[1] == got


def test_a_category_column_merged_down_is_the_rows_section_not_their_title(tmp_path: Path) -> None:
    """| 重点领域 | 具体任务 | 责任单位 | 完成时限 |, the field's cell merged down over its tasks:
    every task was titled by its field (厕所革命, 厕所革命, …), the work itself left to the
    detail. A 领域 / 类别 column names the group a row belongs to: the task's section."""
    import docx

    d = docx.Document()
    for line in HEAD.splitlines():
        d.add_paragraph(line)
    rows = [("重点领域", "具体任务", "责任单位", "完成时限"),
            ("厕所革命", "改造农村户厕", "镇农业服务中心", "6月底前"),
            ("", "排查问题户厕", "各村委会", "4月底前"),
            ("污水治理", "治理生活污水", "镇水利站", "9月30日前")]
    table = d.add_table(rows=len(rows), cols=4)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = "厕所革命"
    path = tmp_path / "fields.docx"
    d.save(str(path))
    (plan,) = detect_plans(read_document(path), year=2026)
    assert [(t.title, t.section, t.owners.owners) for t in plan.tasks] == [
        ("改造农村户厕", "厕所革命", ("镇农业服务中心",)),
        ("排查问题户厕", "厕所革命", ("各村委会",)),
        ("治理生活污水", "污水治理", ("镇水利站",)),
    ]


def test_a_table_continued_after_a_continuation_caption(tmp_path: Path) -> None:
    """A long 任务分工表 broken where the page ends: the rest set as a table of its own under
    （续表）, with no header. Its rows were read as items of the section above the table, with
    the raw | row as their title and no unit; they are the table's rows, read by its header."""
    import docx

    d = docx.Document()
    for line in HEAD.splitlines():
        d.add_paragraph(line)
    rows = [("序号", "整治内容", "责任单位", "配合单位", "完成时限"),
            ("1", "清理河道垃圾", "镇水利站", "各村委会", "4月份")]
    more = [("2", "拆除违章建筑", "镇城管办 镇派出所", "镇司法所", "6月底前")]
    for k, block in enumerate((rows, more)):
        if k:
            d.add_paragraph("（续表）")
        table = d.add_table(rows=len(block), cols=5)
        for i, row in enumerate(block):
            for j, text in enumerate(row):
                table.cell(i, j).text = text
    path = tmp_path / "continued.docx"
    d.save(str(path))
    assert _tasks(path)[1] == WANT


def test_a_row_whose_unit_cell_says_who_leads_is_no_header(tmp_path: Path) -> None:
    """| 1 | 清理河道垃圾 | 镇水利站(牵头) 各村委会 | 4月份 |: a unit cell marking its lead, or
    one reading 牵头单位:… 配合单位:…, made the row look like a header repeated (a cell naming
    the work, one naming a role) and the row, a task, was skipped without a trace. A header
    repeated is the header again, or a row whose every cell is a column's name."""
    text = tmp_path / "marked.md"
    text.write_text(HEAD + "| 序号 | 整治内容 | 责任单位 | 完成时限 |\n"
                    "| 1 | 清理河道垃圾 | 镇水利站(牵头) 各村委会 | 4月份 |\n"
                    "| 2 | 拆除违章建筑任务 | 牵头单位:镇城管办 配合单位:镇司法所 | 6月底前 |\n"
                    "| 3 | 整治沿河排口 | 镇环保所 | 9月底前 |\n", encoding="utf-8")
    _, got = _tasks(text)
    assert [(title, due) for title, *_, due in got] == [
        ("清理河道垃圾", date(2026, 4, 30)), ("拆除违章建筑任务", date(2026, 6, 30)), ("整治沿河排口", date(2026, 9, 30))]
    assert got[1][1:4] == (("镇城管办",), (), ("镇司法所",))


def test_a_unit_marked_as_lead_where_it_is_listed(tmp_path: Path) -> None:
    """责任单位 县水利局（牵头）、镇水利站: the marker was read as part of the unit's name
    (县水利局（牵头）, a unit units.yaml never knows) and nobody led the task. The marked unit
    leads it, named without the marker; in a table cell, a role tag and a cell one unit a
    paragraph alike."""
    text = tmp_path / "marked.md"
    text.write_text(HEAD + "| 序号 | 整治内容 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
                    "| 1 | 清理河道垃圾 | 县水利局（牵头）、镇水利站 | 4月份 |\n"
                    "| 2 | 拆除违章建筑 | 镇城管办(牵头) 镇派出所 | 6月底前 |\n"
                    "二、其他任务\n（一）开展巡查。6月底前完成。（责任单位：镇农业服务中心（牵头）、各村委会）\n",
                    encoding="utf-8")
    _, got = _tasks(text)
    assert [(lead, owners) for _, lead, owners, _, _ in got] == [
        (("县水利局",), ("镇水利站",)), (("镇城管办",), ("镇派出所",)), (("镇农业服务中心",), ("各村委会",))]
