"""The 督办单 round trip on real repositories: `tracker form` writes the sheets, openpyxl fills
them as a unit would in Excel, `tracker intake` reads them back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.cell_range import CellRange

from tests.conftest import TODAY, git, make_repo

UNITS = """\
units:
  - name: 县能源局
  - name: 县财政局
  - name: 城关镇
  - name: 河西乡
groups:
  各乡镇: [城关镇, 河西乡]
"""

PLAN = """\
format: 1
id: heat
title: 清洁取暖实施方案
year: 2026
status: active
tasks:
  - id: T1
    title: 确定改造底数
    lead: [县能源局]
    owners: [各乡镇]
    due: 2026-12-20
    status: doing
  - id: T2
    title: 编制资金方案
    lead: [县财政局]
    support: [县能源局]
    due: 2026-12-10
    status: todo
  - id: T3
    title: 完成设备招标
    lead: [县能源局]
    due: 2026-12-31
    status: doing
    progress: 30
  - id: T4
    title: 已办结事项
    lead: [县能源局]
    due: 2026-10-31
    status: done
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "office", {"heat": PLAN}, units=UNITS)


def _form(tracker, repo: Path, *args: str) -> Path:  # type: ignore[no-untyped-def]
    out = repo.parent / "督办单.xlsx"
    r = tracker("--repo", str(repo), "--today", TODAY, "form", "-o", str(out), *args)
    assert r.code == 0, r.err
    return out


def _fill(path: Path, sheet: str, ref: str, out: Path | None = None, **cells: object) -> Path:
    """Type into the row of `ref` as a unit would: G status, H progress, I text, J problems,
    K name; any other column letter too (a locked cell changed)."""
    wb = load_workbook(path)
    ws = wb[sheet]
    row = next(r for r in range(5, ws.max_row + 1) if ws[f"A{r}"].value == ref)
    for col, value in cells.items():
        ws[f"{col}{row}"] = value
    out = out or path
    wb.save(out)
    return out


def _yaml(repo: Path) -> str:
    return (repo / "plans" / "heat.yaml").read_text(encoding="utf-8")


def test_form_sheets_rows_locks_validation_and_hidden_blob(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    wb = load_workbook(_form(tracker, repo))
    assert wb.sheetnames == ["县能源局", "县财政局", "城关镇", "河西乡"]
    ws = wb["县能源局"]
    assert [ws[f"{c}4"].value for c in "ABCDEFGHIJK"] == [
        "任务", "事项", "角色", "截止", "当前状态", "当前进度", "状态", "进度(%)", "本期进展情况",
        "存在问题", "填报人"]
    rows = {ws[f"A{r}"].value: [ws[f"{c}{r}"].value for c in "BCDEF"] for r in range(5, ws.max_row + 1)}
    # open tasks it leads or supports; the finished T4 is not asked about
    assert rows == {"heat/T1": ["确定改造底数", "牵头", "2026-12-20", "推进中", None],
                    "heat/T2": ["编制资金方案", "配合", "2026-12-10", "未启动", None],
                    "heat/T3": ["完成设备招标", "牵头", "2026-12-31", "推进中", "30%"]}
    assert ws["B2"].value == "县能源局" and ws["F2"].value and ws["H2"].value == TODAY
    assert ws.protection.sheet
    assert ws["A5"].protection.locked and not ws["G5"].protection.locked
    assert ws.column_dimensions["L"].hidden
    blob = git(repo, "rev-parse", "HEAD:plans/heat.yaml").strip()
    assert ws["L5"].value == blob
    kinds = {dv.type: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert kinds == {"list": "G5:G7", "whole": "H5:H7"}
    town = wb["城关镇"]
    assert [town["A5"].value, town["C5"].value] == ["heat/T1", "责任"]
    assert not town["G5"].protection.locked and town["H5"].protection.locked  # its own status only
    only = load_workbook(_form(tracker, repo, "--unit", "河西乡"))
    assert only.sheetnames == ["河西乡"]
    assert load_workbook(_form(tracker, repo, "--unit", "各乡镇")).sheetnames == ["城关镇", "河西乡"]


def test_a_good_sheet_becomes_status_progress_and_the_units_report(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="已完成", H=100, I="招标完成\n合同已签订", J="资金未全部到位",
          K="张三")
    _fill(path, "县能源局", "heat/T2", I="已提供测算数据")
    before = git(repo, "rev-parse", "HEAD")
    dry = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path), "--dry-run")
    assert dry.code == 0, dry.err
    assert "heat/T3: status 推进中 → 已完成; progress 30 → 100" in dry.out
    assert git(repo, "rev-parse", "HEAD") == before and "招标完成" not in _yaml(repo)
    r = tracker("--repo", str(repo), "--today", TODAY, "--by", "李四", "intake", str(path))
    assert r.code == 0, r.err
    text = _yaml(repo)
    assert "    status: done\n    progress: 100\n" in text
    assert ("      - date: 2026-11-23\n        by: 张三\n        unit: 县能源局\n        text: |-\n"
            "          招标完成\n          合同已签订\n          存在问题：资金未全部到位\n") in text
    assert "        unit: 县能源局\n        text: 已提供测算数据\n" in text
    message = git(repo, "log", "-1", "--format=%an%n%B")
    assert message.startswith("李四\nintake: 县能源局 督办单, 2 tasks")
    assert "Unit: 县能源局" in message and "Reported-by: 张三" in message
    assert git(repo, "rev-list", "--count", f"{before.strip()}..HEAD").strip() == "1"
    log = tracker("--repo", str(repo), "--today", TODAY, "log", "heat/T3")
    assert "状态：推进中 → 已完成" in log.out and "张三 [县能源局]" in log.out


def test_each_kind_of_bad_cell_is_named_and_nothing_of_that_sheet_is_written(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", H="六成", G="差不多", I="正常的一行")
    _fill(path, "县能源局", "heat/T1", B="改过的事项", I="已部署")  # a locked cell changed
    _fill(path, "县能源局", "heat/T2", G="已完成")  # a 配合单位 cannot report the status
    wb = load_workbook(path)
    ws = wb["县能源局"]
    ws["A8"], ws["I8"] = "heat/T9", "不存在的任务"
    ws["A9"], ws["I9"] = "heat/T1", "重复一行也可以"
    ws["I10"] = "没有编号的一行"
    wb["城关镇"]["A6"], wb["城关镇"]["I6"] = "heat/T3", "不是本单位的任务"
    wb.save(path)
    before, text = git(repo, "rev-parse", "HEAD"), _yaml(repo)
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 1 and "Traceback" not in r.err
    for message in ("县能源局!H7：进度“六成”不是 0–100 的整数", "县能源局!G7：状态“差不多”不是可选的状态",
                    "县能源局!B5：这一列是下发时的情况，不能改动（原为“确定改造底数”）",
                    "县能源局!G6：配合单位只填报进展情况", "县能源局!A8：任务“heat/T9”不存在",
                    "县能源局!A10：这一行填了内容，但没有任务编号",
                    "城关镇!A6：城关镇不承担任务 heat/T3"):
        assert message in r.err, r.err
    # a row typed again for a task it holds is named as added (it was refused before too, at
    # B9, as if the sheet came from another repository)
    assert "县能源局!A9：这一行是另加的" in r.err and "县能源局!B9" not in r.err
    assert git(repo, "rev-parse", "HEAD") == before and _yaml(repo) == text
    en = tracker("--repo", str(repo), "--today", TODAY, "--lang", "en", "intake", str(path))
    assert "县能源局!H7: progress '六成' is not a whole number from 0 to 100" in en.err


def test_a_task_changed_since_issue_is_merged_field_by_field(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    # in the repository meanwhile: progress moved, and the deadline too
    r = tracker("--repo", str(repo), "--today", TODAY, "set", "heat/T3", "progress=50",
                "due=2027-01-15")
    assert r.code == 0, r.err
    _fill(path, "县能源局", "heat/T3", G="受阻", H=40, I="设备厂家延期")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 1  # the clash is reported
    assert "县能源局!H7：heat/T3 的进度在督办单下发后已由“30%”改为“50%”，表中填的“40%”未写入" in r.err
    text = _yaml(repo)
    assert "    status: blocked\n    progress: 50\n" in text  # status taken, progress kept
    assert "due: 2027-01-15" in text and "text: 设备厂家延期" in text
    # the same value on both sides is no clash
    path2 = _form(tracker, repo)
    tracker("--repo", str(repo), "--today", TODAY, "set", "heat/T3", "status=doing")
    _fill(path2, "县能源局", "heat/T3", G="推进中", I="已复工")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path2))
    assert r.code == 0, r.err


def test_two_towns_report_on_one_group_task_each_under_its_own_name(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    one = _fill(path, "城关镇", "heat/T1", repo.parent / "城关镇.xlsx", G="已完成", I="底数已核清", K="王五")
    two = _fill(path, "河西乡", "heat/T1", repo.parent / "河西乡.xlsx", G="推进中", I="已完成3个村")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(one), str(two))
    assert r.code == 0, r.err
    text = _yaml(repo)
    # 城关镇's own status; 河西乡 reported the status it already had, so nothing to write
    assert "    status: doing\n    units:\n      城关镇:\n        status: done\n    updates:\n" in text
    assert "        by: 王五\n        unit: 城关镇\n        text: 底数已核清\n" in text
    assert "        unit: 河西乡\n        text: 已完成3个村\n" in text
    units = git(repo, "log", "-2", "--format=%(trailers:key=Unit,valueonly)").split()
    assert units == ["河西乡", "城关镇"]
    log = tracker("--repo", str(repo), "--today", TODAY, "log", "heat/T1").out
    assert "[城关镇]：底数已核清" in log and "[河西乡]：已完成3个村" in log
    # the towns that returned their sheets are no longer among those that have not reported
    summary = tracker("--repo", str(repo), "--today", TODAY, "summary").out
    silent = summary.split("未报送进展的单位", 1)[1].split("二、", 1)[0]
    assert "县财政局" in silent and "城关镇" not in silent and "河西乡" not in silent


def test_intake_refuses_what_is_not_a_form(repo: Path, tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "x.xlsx"
    junk.write_bytes(b"not a workbook")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(junk), str(tmp_path / "none.xlsx"))
    assert r.code == 1 and "不是 Excel 工作簿" in r.err and "无法读取" in r.err
    assert "Traceback" not in r.err


def test_intake_of_a_sheet_saved_in_the_old_format_says_to_save_it_as_xlsx(repo: Path, tracker,  # type: ignore[no-untyped-def]
                                                                         tmp_path: Path) -> None:
    """A unit filled the form in and saved it as Excel 97–2003 (.xls) or as WPS's own .et: the
    clerk is told to have it saved as .xlsx, not that it is no workbook."""
    for name in ("城关镇.xls", "城关镇.et"):
        old = tmp_path / name
        old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
        r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(old))
        assert r.code == 1 and "另存为 .xlsx" in r.err and "旧版" in r.err, r.err
        english = tracker("--repo", str(repo), "--lang", "en", "--today", TODAY, "intake", str(old))
        assert "save it as .xlsx" in english.err, english.err


ROAD = """\
format: 1
id: road
title: 农村公路养护方案
year: 2026
status: active
tasks:
  - id: T1
    title: 路灯电源改造
    lead: [县能源局]
    due: 2026-12-25
    status: todo
"""


def test_a_hand_edit_beside_a_sheet_stays_in_the_file_and_out_of_the_units_commit(  # type: ignore[no-untyped-def]
        tmp_path: Path, tracker) -> None:
    """A clerk has retyped a title in one plan, not committed, when the 督办单 comes back: the
    sheet's rows in that plan and in another are committed together under the unit, the
    retyped title stays in the working file, uncommitted, and `git diff` shows it alone."""
    repo = make_repo(tmp_path / "office", {"heat": PLAN, "road": ROAD}, units=UNITS)
    path = _form(tracker, repo, "--unit", "县能源局")
    _fill(path, "县能源局", "heat/T3", G="已完成", I="招标完成")
    _fill(path, "县能源局", "road/T1", G="推进中", I="已进场")
    plan = repo / "plans" / "heat.yaml"
    plan.write_text(_yaml(repo).replace("title: 确定改造底数", "title: 确定改造户数底数"), encoding="utf-8")
    before = git(repo, "rev-parse", "HEAD").strip()
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 0, r.err
    assert "plans/heat.yaml 里未提交的手工修改没有一起提交，仍留在文件里" in r.out
    assert "road.yaml" not in r.out.split("intake:", 1)[1]
    assert git(repo, "rev-list", "--count", f"{before}..HEAD").strip() == "1"
    committed = git(repo, "show", "HEAD:plans/heat.yaml")
    assert "招标完成" in committed and "    status: done\n" in committed and "户数" not in committed
    assert "已进场" in git(repo, "show", "HEAD:plans/road.yaml")
    text = _yaml(repo)
    assert "确定改造户数底数" in text and "招标完成" in text and "    status: done\n" in text
    diff = git(repo, "diff", "--", "plans")
    assert [ln for ln in diff.splitlines() if ln[:1] in "+-" and ln[:3] not in ("+++", "---")] == [
        "-    title: 确定改造底数", "+    title: 确定改造户数底数"]
    assert git(repo, "diff", "--cached", "--name-only").strip() == ""
    assert "Unit: 县能源局" in git(repo, "log", "-1", "--format=%B")
    # and `undo` takes back the unit's report from both plans, the retyped title staying
    u = tracker("--repo", str(repo), "--today", TODAY, "undo")
    assert u.code == 0, u.err
    assert "plans/heat.yaml 中未提交的手工修改保留在文件里" in u.out and "road.yaml" not in u.out
    text = _yaml(repo)
    assert "确定改造户数底数" in text and "招标完成" not in text and "    status: doing\n" in text
    assert "已进场" not in (repo / "plans" / "road.yaml").read_text(encoding="utf-8")
    assert git(repo, "show", "HEAD:plans/heat.yaml") == git(repo, "show", f"{before}:plans/heat.yaml")
    assert git(repo, "show", "HEAD:plans/road.yaml") == git(repo, "show", f"{before}:plans/road.yaml")


def test_undo_of_an_intake_is_refused_whole_when_a_hand_edit_touches_what_it_restores(  # type: ignore[no-untyped-def]
        tmp_path: Path, tracker) -> None:
    repo = make_repo(tmp_path / "office", {"heat": PLAN, "road": ROAD}, units=UNITS)
    path = _form(tracker, repo, "--unit", "县能源局")
    _fill(path, "县能源局", "heat/T3", G="已完成", I="招标完成")
    _fill(path, "县能源局", "road/T1", G="推进中", I="已进场")
    assert tracker("--repo", str(repo), "--today", TODAY, "intake", str(path)).code == 0
    road = repo / "plans" / "road.yaml"
    road.write_text(road.read_text(encoding="utf-8").replace("已进场", "已进场施工"), encoding="utf-8")
    files = {p.name: p.read_bytes() for p in (repo / "plans").iterdir()}
    head = git(repo, "rev-parse", "HEAD")
    u = tracker("--repo", str(repo), "--today", TODAY, "undo")
    assert u.code == 1 and "plans/road.yaml 有未提交的修改，不能撤销" in u.err
    assert {p.name: p.read_bytes() for p in (repo / "plans").iterdir()} == files
    assert git(repo, "rev-parse", "HEAD") == head


def test_a_staged_hand_edit_stays_staged_beside_the_units_commit(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo, "--unit", "县能源局")
    _fill(path, "县能源局", "heat/T3", G="已完成", I="招标完成")
    (repo / "plans" / "heat.yaml").write_text(
        _yaml(repo).replace("title: 编制资金方案", "title: 编制资金筹措方案"), encoding="utf-8")
    git(repo, "add", "plans/heat.yaml")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 0, r.err
    head = git(repo, "show", "HEAD:plans/heat.yaml")
    assert "招标完成" in head and "筹措" not in head
    staged = git(repo, "diff", "--cached", "--", "plans")
    assert "+    title: 编制资金筹措方案" in staged and "招标完成" not in staged
    assert git(repo, "diff", "--", "plans").strip() == ""  # the working file is the staged one


def test_a_report_on_a_task_only_the_hand_edit_has_is_refused_until_it_is_committed(  # type: ignore[no-untyped-def]
        repo: Path, tracker) -> None:
    """The sheet was issued while a task added by hand was not committed yet: the report on it
    cannot be committed without the hand edit, which is not the unit's to sign. Refused,
    nothing written; once the clerk commits, the same sheet reads in."""
    plan = repo / "plans" / "heat.yaml"
    plan.write_text(_yaml(repo) + "  - id: T5\n    title: 补充排查\n    lead: [县能源局]\n"
                    "    due: 2026-12-30\n    status: todo\n", encoding="utf-8")
    path = _form(tracker, repo, "--unit", "县能源局")
    _fill(path, "县能源局", "heat/T5", G="推进中", I="已排查两个村")
    hand = _yaml(repo)
    head = git(repo, "rev-parse", "HEAD")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 1 and "未提交的手工修改" in r.err and "tracker commit" in r.err
    assert "Traceback" not in r.err
    assert _yaml(repo) == hand and git(repo, "rev-parse", "HEAD") == head
    assert tracker("--repo", str(repo), "--today", TODAY, "commit").code == 0
    again = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert again.code == 0, again.err
    assert "已排查两个村" in git(repo, "show", "HEAD:plans/heat.yaml")


def test_reading_the_same_sheet_again_adds_nothing(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="已完成", I="招标完成")
    assert tracker("--repo", str(repo), "--today", TODAY, "intake", str(path)).code == 0
    head, text = git(repo, "rev-parse", "HEAD"), _yaml(repo)
    again = tracker("--repo", str(repo), "--today", "2026-11-24", "intake", str(path))
    assert again.code == 0 and "没有新的内容需要写入" in again.out
    assert git(repo, "rev-parse", "HEAD") == head and _yaml(repo) == text


def test_a_hidden_version_cell_typed_over_is_read_from_the_locked_cells(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="已完成", I="招标完成", L="x y\nz")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 0, r.err
    assert "    status: done\n" in _yaml(repo)


def test_a_sheet_for_a_task_renumbered_since_it_was_issued_is_not_read_into_another(  # type: ignore[no-untyped-def]
        repo: Path, tracker) -> None:
    """A sync renumbers the office's own new T3 to T5 (the other office pushed its T3 first):
    the sheet issued for T3 must not land on the other office's T3 now holding that number."""
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="已完成", H=100, I="招标完成")
    plan = repo / "plans" / "heat.yaml"
    plan.write_text(_yaml(repo).replace("  - id: T3\n    title: 完成设备招标\n",
                                        "  - id: T3\n    title: 对方办公室的任务\n    lead: [县能源局]\n"
                                        "    status: todo\n  - id: T5\n    title: 完成设备招标\n"),
                    encoding="utf-8")
    git(repo, "commit", "-qam", "sync: merge origin/main")
    r = tracker("--repo", str(repo), "--today", TODAY, "--by", "李四", "intake", str(path))
    assert "heat/T5" in r.out + r.err and "改号" in r.out + r.err
    text = _yaml(repo)
    other = text.split("  - id: T3\n")[1].split("  - id:")[0]
    assert "招标完成" not in other and "status: todo" in other


def test_a_sheet_whose_columns_were_moved_is_refused_by_name(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    """A unit unprotected the sheet and deleted a column: no cell is where it was written. The
    sheet is named and refused, not passed over as if it were another workbook's."""
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="已完成", I="招标完成")
    wb = load_workbook(path)
    wb["县能源局"].delete_cols(3)
    wb.save(path)
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 1 and "县能源局" in r.err and "列被删除、插入或移动过" in r.err
    assert "招标完成" not in _yaml(repo)


def test_a_sheet_from_another_repository_is_not_read_into_a_different_task(  # type: ignore[no-untyped-def]
        repo: Path, tracker, tmp_path: Path) -> None:
    other = make_repo(tmp_path / "elsewhere", {"heat": PLAN.replace("完成设备招标", "外县设备采购")},
                      units=UNITS)
    path = _form(tracker, other)
    _fill(path, "县能源局", "heat/T3", G="已完成", H=100, I="外县的表")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 1 and "外县设备采购" in r.err and "不符" in r.err
    assert "外县的表" not in _yaml(repo) and "    progress: 30\n" in _yaml(repo)


def test_blank_sheets_of_two_workbooks_name_each_unit_once(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    second = path.with_name("第二份.xlsx")
    second.write_bytes(path.read_bytes())
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path), str(second))
    line = next(ln for ln in r.out.splitlines() if ln.startswith("未填写的表"))
    names = line.split("：", 1)[1].split("、")
    assert len(names) == len(set(names)) == 4 and "未填写的表 4 张" in line


def test_a_progress_that_is_not_a_whole_number_is_named_by_its_cell(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    # 60.5 is a number from 0 to 100, which the message said it was not; a superscript digit
    # (6²) broke the reading of the whole workbook, called "not an Excel workbook"
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="推进中", H=60.5)
    _fill(path, "城关镇", "heat/T1", H="6²")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path), "--dry-run")
    assert r.code == 1 and "Traceback" not in r.err
    assert "县能源局!H7：进度“60.5”不是 0–100 的整数" in r.err, r.err
    assert "城关镇!H5：进度“6²”不是 0–100 的整数" in r.err, r.err
    assert "不是 Excel 工作簿" not in r.err


def test_a_sheet_saved_with_a_dropdown_extension_reads_in_without_a_python_warning(  # type: ignore[no-untyped-def]
        repo: Path, tracker, recwarn: pytest.WarningsRecorder) -> None:
    """Excel and WPS save a dropdown that lists another sheet's cells as an x14 extension;
    openpyxl warned "UserWarning: Data Validation extension is not supported" with its own
    path on the clerk's screen, in English, like the start of a crash."""
    import zipfile

    path = _fill(_form(tracker, repo), "县能源局", "heat/T3", G="已完成")
    ext = (b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.'
           b'microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm='
           b'"http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list">'
           b'<x14:formula1><xm:f>Sheet2!$A$1:$A$4</xm:f></x14:formula1><xm:sqref>G5:G7</xm:sqref>'
           b'</x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>')
    saved = path.with_name("县能源局-WPS.xlsx")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(saved, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", ext)
            zout.writestr(item, data)
    recwarn.clear()
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(saved))
    assert r.code == 0, r.err
    assert "heat/T3: status 推进中 → 已完成" in git(repo, "log", "-1", "--format=%B")
    assert not [str(w.message) for w in recwarn.list], [str(w.message) for w in recwarn.list]


def test_rows_inserted_above_the_table_move_the_table_not_the_reading(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    """A unit unprotected its sheet and added a line: under the title (文号, 联系电话) or just
    above the header. Intake read row 4 as the header and row 2 as the unit, so the header
    row was refused as 状态“状态”, or the sheet as 单位“”不在 units.yaml 中."""
    path = _form(tracker, repo)
    wb = load_workbook(path)
    for sheet, at in (("县能源局", 4), ("城关镇", 2)):
        ws = wb[sheet]
        ws.protection.sheet = False
        below = [CellRange(m.coord) for m in ws.merged_cells.ranges if m.min_row >= at]
        for m in below:  # Excel moves merged cells down with their rows; openpyxl does not
            ws.unmerge_cells(m.coord)
            m.shift(row_shift=1)
        ws.insert_rows(at)
        for m in below:
            ws.merge_cells(m.coord)
        ws[f"A{at}"] = "联系电话：12345678" if at == 2 else None
    wb["县能源局"]["G8"], wb["县能源局"]["H8"], wb["县能源局"]["I8"] = "推进中", 45, "已开标"  # heat/T3
    wb["城关镇"]["G6"], wb["城关镇"]["I6"] = "已完成", "底数已上报"  # heat/T1
    wb.save(path)
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 0, r.err
    assert "城关镇：1 项" in r.out and "县能源局：1 项" in r.out, r.out
    plan = _yaml(repo)
    assert "progress: 45" in plan and "text: 已开标" in plan and "text: 底数已上报" in plan, plan
    assert "城关镇:\n        status: done" in plan, plan


def test_a_value_the_unit_only_restated_is_no_clash_with_a_newer_one(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    """Units fill every yellow cell, restating what the sheet says a task stands at. When the
    office has moved that field since, the unit changed nothing there (as sync reads it): the
    clash reported said to `tracker set` the sheet's stale value over the newer one."""
    path = _form(tracker, repo)
    r = tracker("--repo", str(repo), "--today", TODAY, "set", "heat/T3", "status=blocked", "progress=50")
    assert r.code == 0, r.err
    _fill(path, "县能源局", "heat/T3", G="推进中", H="30%", I="等待设备到货")  # as issued: 推进中, 30%
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 0, r.err
    assert "未写入" not in r.err
    text = _yaml(repo)
    assert "    status: blocked\n    progress: 50\n" in text and "text: 等待设备到货" in text


def test_a_sheet_read_in_with_a_clash_is_not_said_to_be_left_out(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    # the sheet was committed but for the one field, and the last line said 部分督办单未读入
    path = _form(tracker, repo)
    assert tracker("--repo", str(repo), "--today", TODAY, "set", "heat/T3", "progress=50").code == 0
    _fill(path, "县能源局", "heat/T3", H=40, I="设备厂家延期")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 1 and "县能源局：1 项" in r.out and "text: 设备厂家延期" in _yaml(repo)
    last = r.err.strip().splitlines()[-1]
    assert "未读入" not in last and "未写入" in last, r.err


def test_a_sheet_made_in_one_language_is_read_in_the_other(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    # a sheet issued with --lang en (for a unit that reads English) and read back by a clerk
    # working in Chinese: every locked cell was "changed" (牵头 ≠ lead, 推进中 ≠ In progress)
    out = repo.parent / "forms-en.xlsx"
    assert tracker("--repo", str(repo), "--lang", "en", "--today", TODAY, "form", "-o", str(out)).code == 0
    _fill(out, "县能源局", "heat/T3", G="Done", I="tender closed")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(out))
    assert r.code == 0, r.err
    assert "status: done" in _yaml(repo).split("id: T3", 1)[1].split("id: T4", 1)[0]


def test_a_unit_filled_in_one_workbook_is_not_listed_blank_from_another(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    """The clerk sends the whole workbook to every unit; each fills its own sheet and returns
    all of them. 县能源局's blank sheet in 城关镇's copy listed it as not reported, though its
    own copy was read in in the same run."""
    path = _form(tracker, repo)
    first = _fill(path, "县能源局", "heat/T3", repo.parent / "县能源局.xlsx", G="已完成", I="已签合同")
    second = _fill(path, "城关镇", "heat/T1", repo.parent / "城关镇.xlsx", G="推进中", I="已完成摸底")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(first), str(second))
    assert r.code == 0, r.err
    line = next(ln for ln in r.out.splitlines() if ln.startswith("未填写的表"))
    assert line == "未填写的表 2 张（按未报送计）：县财政局、河西乡", r.out


def test_a_sheet_returned_with_a_password_to_open_says_so(repo: Path, tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An .xlsx with a password to open is an encrypted package inside an OLE compound file:
    the clerk was told it was an old .xls/.et to save as .xlsx, which it already is."""
    locked = tmp_path / "城关镇-加密.xlsx"
    name = "EncryptedPackage".encode("utf-16-le")
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1016 + name + b"\x00" * 512)
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(locked))
    assert r.code == 1 and "密码" in r.err and "旧版" not in r.err, r.err
    english = tracker("--repo", str(repo), "--lang", "en", "--today", TODAY, "intake", str(locked))
    assert "password" in english.err, english.err


def test_a_dry_run_with_a_clash_does_not_say_the_sheet_was_read_in(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    assert tracker("--repo", str(repo), "--today", TODAY, "set", "heat/T3", "progress=50").code == 0
    _fill(path, "县能源局", "heat/T3", H=40, I="设备厂家延期")
    before = git(repo, "rev-parse", "HEAD")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path), "--dry-run")
    assert r.code == 1 and git(repo, "rev-parse", "HEAD") == before
    last = r.err.strip().splitlines()[-1]
    assert "已读入" not in last and "未读入" not in last and "冲突" in last, r.err


def test_a_header_sorted_in_among_the_tasks_is_named_not_taken_as_the_tables_start(  # type: ignore[no-untyped-def]
        repo: Path, tracker) -> None:
    # a sort that took the header row along put it under some task rows; the rows above it
    # must not be passed over as if they were the header block
    path = _form(tracker, repo)
    wb = load_workbook(path)
    ws = wb["县能源局"]
    ws.protection.sheet = False
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4, max_row=7)]
    rows.sort(key=lambda values: str(values[1]), reverse=True)  # by 事项, the header row with them
    for r, values in enumerate(rows, start=4):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    header = next(r for r in range(4, 8) if ws[f"A{r}"].value == "任务")
    assert header > 5
    first = next(r for r in range(4, 8) if ws[f"A{r}"].value == "heat/T3")
    ws[f"G{first}"], ws[f"I{first}"] = "已完成", "已签合同"
    wb.save(path)
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 1 and f"县能源局!A{header}：" in r.err, r.err
    assert "已签合同" not in _yaml(repo)


def test_a_sheet_whose_header_row_was_deleted_does_not_pass_over_its_first_task(  # type: ignore[no-untyped-def]
        repo: Path, tracker) -> None:
    path = _fill(_form(tracker, repo), "县能源局", "heat/T1", G="已完成", I="底数已核清")
    wb = load_workbook(path)
    ws = wb["县能源局"]
    ws.protection.sheet = False
    ws.delete_rows(4)  # the header: heat/T1 is now on row 4, where the header was
    wb.save(path)
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 1 and "县能源局!A4：" in r.err, r.err
    assert "底数已核清" not in _yaml(repo)


def test_a_row_on_a_plan_whose_file_is_broken_names_the_files_error_not_a_missing_task(  # type: ignore[no-untyped-def]
        repo: Path, tracker) -> None:
    # someone typed a full-width colon into the plan file after the sheets went out: the row
    # was refused as 任务不存在（可能已删除或改号）, and the clerk went looking for a deleted task
    path = _fill(_form(tracker, repo), "县能源局", "heat/T3", G="已完成", I="已签合同")
    plan = repo / "plans" / "heat.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("title: 清洁", "title：清洁", 1),
                    encoding="utf-8")
    r = tracker("--repo", str(repo), "--today", TODAY, "intake", str(path))
    assert r.code == 1 and "不存在" not in r.err, r.err
    assert "县能源局!A7：" in r.err and "plans/heat.yaml:3:" in r.err and "tracker check" in r.err, r.err


def test_a_title_with_a_character_a_cell_cannot_hold_reads_back_unchanged(tmp_path: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    # a title pasted from Word keeps its manual line break (\v); the sheet cannot hold it and
    # leaves it out, and intake then refused the untouched sheet: 这一列……不能改动
    root = make_repo(tmp_path / "office", {"heat": PLAN.replace("title: 完成设备招标",
                                                                'title: "完成设备\\v招标"')}, units=UNITS)
    assert tracker("--repo", str(root), "check").code == 0
    path = _fill(_form(tracker, root), "县能源局", "heat/T3", G="已完成", I="已签合同")
    r = tracker("--repo", str(root), "--today", TODAY, "intake", str(path))
    assert r.code == 0, r.err
    assert "text: 已签合同" in _yaml(root)
