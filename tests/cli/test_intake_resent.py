"""A unit sends its 督办单 again, or late, or signs it below the table: what intake makes of
it, on real repositories with real git."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_form_intake import PLAN, UNITS, _fill, _form, _yaml
from tests.conftest import git, make_repo


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "office", {"heat": PLAN}, units=UNITS)


def test_a_corrected_sheet_for_the_same_period_replaces_the_units_own_report(
        repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    first = _fill(path, "县能源局", "heat/T3", repo.parent / "第一次.xlsx", G="推进中", H=60,
                  I="招标文件已挂网", K="张三")
    r = tracker("--repo", str(repo), "--today", "2026-11-25", "intake", str(first))
    assert r.code == 0, r.err
    # the unit finds a mistake and sends the same sheet again, corrected
    again = _fill(path, "县能源局", "heat/T3", repo.parent / "更正.xlsx", G="推进中", H=70,
                  I="招标文件已挂网，已有3家报名", K="张三")
    r = tracker("--repo", str(repo), "--today", "2026-11-26", "intake", str(again))
    assert r.code == 0, r.err
    assert "冲突" not in r.err and "未写入" not in r.err
    assert "更正" in r.out and "heat/T3" in r.out
    text = _yaml(repo)
    assert "    progress: 70\n" in text
    assert "招标文件已挂网，已有3家报名" in text
    assert "text: 招标文件已挂网\n" not in text  # one report of the unit's for the period
    assert text.count("unit: 县能源局") == 1
    # the earlier report stays in git history
    assert "text: 招标文件已挂网\n" in git(repo, "log", "-p", "--", "plans/heat.yaml")
    message = git(repo, "log", "-1", "--format=%B")
    assert "更正" in message or "correct" in message.lower()


def test_a_sheet_after_someone_else_changed_the_field_still_clashes(
        repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    first = _fill(path, "县能源局", "heat/T3", repo.parent / "第一次.xlsx", H=60, I="已挂网")
    assert tracker("--repo", str(repo), "--today", "2026-11-25", "intake", str(first)).code == 0
    # the office itself moves the progress after the unit's report
    assert tracker("--repo", str(repo), "--today", "2026-11-25", "set", "heat/T3",
                   "progress=65").code == 0
    again = _fill(path, "县能源局", "heat/T3", repo.parent / "更正.xlsx", H=70, I="已有3家报名")
    r = tracker("--repo", str(repo), "--today", "2026-11-26", "intake", str(again))
    assert r.code == 1 and "县能源局!H7" in r.err and "65%" in r.err
    assert "    progress: 65\n" in _yaml(repo)


def test_a_town_corrects_its_own_status_on_a_group_task(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    first = _fill(path, "城关镇", "heat/T1", repo.parent / "城关镇.xlsx", G="已完成", I="底数已核清")
    assert tracker("--repo", str(repo), "--today", "2026-11-24", "intake", str(first)).code == 0
    again = _fill(path, "城关镇", "heat/T1", repo.parent / "城关镇-更正.xlsx", G="推进中",
                  I="尚有2个村未核清")
    r = tracker("--repo", str(repo), "--today", "2026-11-25", "intake", str(again))
    assert r.code == 0, r.err
    text = _yaml(repo)
    assert "      城关镇:\n        status: doing\n" in text
    assert "尚有2个村未核清" in text and "底数已核清" not in text


def _below(path: Path, sheet: str, out: Path, **cells: object) -> Path:
    """Type below the table (the unit unprotected the sheet): cells by their address."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for address, value in cells.items():
        wb[sheet][address] = value
    wb.save(out)
    return out


@pytest.mark.parametrize("footer", [
    {"A9": "填报人：李四　　联系电话：13800000000　　填报日期：2026年11月28日"},
    {"A9": "填报人", "B9": "李四", "D9": "联系电话：", "E9": "13800000000", "G9": "填报日期",
     "H9": "2026.11.28"},
    {"A10": "填报人:李四", "D10": "联系电话:13800000000", "I10": "填报日期：11月28日"},
])
def test_the_name_phone_and_date_written_below_the_table_are_read(
        repo: Path, tracker, footer: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="推进中", H=50, I="已开标")
    _fill(path, "县能源局", "heat/T1", I="已部署", K="王五")  # a name in the row stays that row's
    sheet = _below(path, "县能源局", repo.parent / "签名.xlsx", **footer)
    r = tracker("--repo", str(repo), "--today", "2026-11-30", "intake", str(sheet))
    assert r.code == 0, r.err
    text = _yaml(repo)
    assert "      - date: 2026-11-28\n        by: 李四\n        unit: 县能源局\n        text: 已开标\n" in text
    assert "      - date: 2026-11-28\n        by: 王五\n        unit: 县能源局\n        text: 已部署\n" in text
    message = git(repo, "log", "-1", "--format=%B")
    assert "Reported-by: 李四" in message and "Reported-by: 王五" in message
    assert "Phone: 13800000000" in message


def test_a_date_below_the_table_that_cannot_be_is_named_by_its_cell(
        repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="推进中", H=50, I="已开标")
    future = _below(path, "县能源局", repo.parent / "晚.xlsx", A9="填报日期：2026年12月8日")
    r = tracker("--repo", str(repo), "--today", "2026-11-30", "intake", str(future))
    assert r.code == 1 and "县能源局!A9" in r.err and "2026-12-08" in r.err
    garbled = _below(path, "县能源局", repo.parent / "乱.xlsx", A9="填报日期：下周", )
    r = tracker("--repo", str(repo), "--today", "2026-11-30", "intake", str(garbled))
    assert r.code == 1 and "县能源局!A9" in r.err and "下周" in r.err
    formula = _below(path, "县能源局", repo.parent / "公式.xlsx", A9="填报日期：", B9="=TODAY()")
    r = tracker("--repo", str(repo), "--today", "2026-11-30", "intake", str(formula))
    assert r.code == 1 and "县能源局!B9" in r.err and "公式" in r.err  # it changes every day opened
    assert "已开标" not in _yaml(repo)


def test_a_late_sheet_reports_the_month_it_was_filled_for(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)  # issued 2026-11-23, for 2026年11月
    _fill(path, "县能源局", "heat/T3", G="推进中", H=50, I="已开标")
    r = tracker("--repo", str(repo), "--today", "2026-12-02", "intake", str(path))
    assert r.code == 0, r.err
    assert "2026年11月" in r.out and "2026-11-30" in r.out
    assert "      - date: 2026-11-30\n        unit: 县能源局\n        text: 已开标\n" in _yaml(repo)
    # November's report counts for November, and December's summary still waits for one
    november = tracker("--repo", str(repo), "--today", "2026-11-30", "summary", "--format", "json")
    december = tracker("--repo", str(repo), "--today", "2026-12-02", "summary", "--format", "json")
    import json

    def silent(r) -> set[str]:  # type: ignore[no-untyped-def]
        return {s["unit"] for s in json.loads(r.out)["silent"]}

    assert "县能源局" in silent(december)
    assert "县能源局" not in silent(november)
    en = tracker("--repo", str(repo), "--today", "2026-12-03", "--lang", "en", "intake", str(path))
    assert en.code == 0, en.err  # read in before: nothing new


def test_a_late_sheet_signed_in_its_month_keeps_the_day_it_was_signed(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="推进中", H=50, I="已开标")
    sheet = _below(path, "县能源局", repo.parent / "签名.xlsx", A9="填报日期：2026.11.27")
    r = tracker("--repo", str(repo), "--today", "2026-12-02", "intake", str(sheet))
    assert r.code == 0, r.err
    assert "      - date: 2026-11-27\n" in _yaml(repo)


def test_two_filled_sheets_of_one_unit_in_one_reading_are_both_held_back(
        repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    path = _form(tracker, repo)
    wb = load_workbook(path)
    ws = wb["县能源局"]
    ws["I7"] = "草稿"
    copy = wb.copy_worksheet(ws)  # the unit copied its sheet to draft in, and sent both
    copy["I7"] = "定稿"
    wb.save(path)
    before = git(repo, "rev-parse", "HEAD")
    r = tracker("--repo", str(repo), "--today", "2026-11-25", "intake", str(path))
    assert r.code == 1
    assert "县能源局、县能源局 Copy" in r.err and "县能源局" in r.err
    assert git(repo, "rev-parse", "HEAD") == before and "草稿" not in _yaml(repo)
    # the same unit's sheets in two files read together: the same
    one = _fill(path, "县能源局", "heat/T3", repo.parent / "一.xlsx", I="一")
    two = _fill(path, "县能源局", "heat/T3", repo.parent / "二.xlsx", I="二")
    wb = load_workbook(one)
    del wb["县能源局 Copy"]
    wb.save(one)
    wb = load_workbook(two)
    del wb["县能源局 Copy"]
    wb.save(two)
    r = tracker("--repo", str(repo), "--today", "2026-11-25", "intake", str(one), str(two))
    assert r.code == 1 and "一.xlsx" in r.err and "二.xlsx" in r.err
    assert git(repo, "rev-parse", "HEAD") == before
    # read one after the other, the second is the unit's correction
    assert tracker("--repo", str(repo), "--today", "2026-11-25", "intake", str(one)).code == 0
    r = tracker("--repo", str(repo), "--today", "2026-11-26", "intake", str(two))
    assert r.code == 0 and "更正" in r.out


def test_a_row_the_unit_added_under_the_table_is_named_as_added_not_as_foreign(
        repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="推进中", I="第一行")
    added = _below(path, "县能源局", repo.parent / "加行.xlsx", A8="heat/T3", I8="又加了一行")
    r = tracker("--repo", str(repo), "--today", "2026-11-25", "intake", str(added))
    assert r.code == 1
    assert "县能源局!A8：" in r.err and "另加" in r.err and "heat/T3" in r.err
    assert "别的仓库" not in r.err


def test_the_words_columns_are_text_cells_so_excel_keeps_what_is_typed(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    ws = load_workbook(_form(tracker, repo))["县能源局"]
    # 6-15 or 1/2 typed into a General cell becomes a date in Excel, 80% becomes 0.8
    assert [ws[f"{c}5"].number_format for c in "IJK"] == ["@", "@", "@"]
    assert ws["H5"].number_format == "General"  # progress stays a number


def test_a_sheet_filled_in_by_another_units_person_is_held_back(tmp_path: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    # every unit got the whole workbook; 县财政局's 李四 typed into 县能源局's tab by mistake
    units = UNITS + "people:\n  - name: 李四\n    unit: 县财政局\n  - name: 张三\n    unit: 县能源局\n"
    repo = make_repo(tmp_path / "office", {"heat": PLAN}, units=units)
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="已完成", I="资金已拨付", K="李四")
    r = tracker("--repo", str(repo), "--today", "2026-11-25", "intake", str(path))
    assert r.code == 1
    assert "县能源局!K7：" in r.err and "李四" in r.err and "县财政局" in r.err
    assert "资金已拨付" not in _yaml(repo)
    _fill(path, "县能源局", "heat/T3", G="已完成", I="资金已拨付", K="张三")  # its own person
    assert tracker("--repo", str(repo), "--today", "2026-11-25", "intake", str(path)).code == 0
    signed = _below(path, "县能源局", repo.parent / "签名.xlsx", A9="填报人：李四")
    _fill(signed, "县能源局", "heat/T1", I="另一行", K=None)
    r = tracker("--repo", str(repo), "--today", "2026-11-25", "intake", str(signed))
    assert r.code == 1 and r.err.count("县能源局!A9：填报人李四是县财政局的人员") == 1, r.err
    _fill(path, "县能源局", "heat/T3", I="代为填报的进展", K="李四（代）")
    assert tracker("--repo", str(repo), "--today", "2026-11-26", "intake", str(path)).code == 0
    assert "by: 李四（代）" in _yaml(repo)


def test_a_task_cell_merged_over_two_rows_is_named_as_merged(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    path = _form(tracker, repo)
    wb = load_workbook(path)
    ws = wb["县能源局"]
    ws["G5"], ws["I5"], ws["I6"] = "推进中", "一", "二"
    ws.merge_cells("A5:A6")  # the unit unprotected the sheet and merged the task cells
    wb.save(path)
    r = tracker("--repo", str(repo), "--today", "2026-11-25", "intake", str(path))
    assert r.code == 1
    assert "县能源局!A6：" in r.err and "A5:A6" in r.err and "合并" in r.err


def test_a_sheet_of_its_own_the_unit_added_is_mentioned_not_passed_over(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    path = _form(tracker, repo, "--unit", "县能源局")
    _fill(path, "县能源局", "heat/T3", G="推进中", I="见工作总结")
    wb = load_workbook(path)
    wb.create_sheet("工作总结")["A1"] = "本月全县清洁取暖改造工作总结……"
    wb.create_sheet("Sheet3")  # an empty one says nothing
    wb.save(path)
    r = tracker("--repo", str(repo), "--today", "2026-11-25", "intake", str(path))
    assert r.code == 0, r.err
    assert "工作总结" in r.out and "不是督办单" in r.out and "Sheet3" not in r.out


def test_a_task_a_late_sheet_reports_finished_is_finished_in_that_month_only(
        repo: Path, tracker, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="已完成", H=100, I="招标完成")
    monkeypatch.setenv("GIT_AUTHOR_DATE", "2026-12-02T10:00:00+08:00")  # read in on 2 December
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2026-12-02T10:00:00+08:00")
    assert tracker("--repo", str(repo), "--today", "2026-12-02", "intake", str(path)).code == 0
    assert "Reported-on: 2026-11-30" in git(repo, "log", "-1", "--format=%B")

    def completed(today: str) -> list[str]:
        import json

        r = tracker("--repo", str(repo), "--today", today, "summary", "--format", "json")
        return [c["ref"] for c in json.loads(r.out)["changes"]["completed"]]

    assert completed("2026-11-30") == ["heat/T3"]
    assert completed("2026-12-05") == []  # December's summary does not count it again


def test_the_name_phone_and_date_written_above_the_table_are_read_too(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    path = _form(tracker, repo)
    _fill(path, "县能源局", "heat/T3", G="推进中", H=50, I="已开标")
    wb = load_workbook(path)
    ws = wb["县能源局"]
    ws["I2"], ws["K2"] = "填报人：李四", "联系电话：13800000000"  # beside the form's own block
    ws.insert_rows(3)  # and a line of its own above the table, as many forms have it
    ws["A3"] = "填报日期：2026年11月28日"
    wb.save(path)
    r = tracker("--repo", str(repo), "--today", "2026-11-30", "intake", str(path))
    assert r.code == 0, r.err
    assert "      - date: 2026-11-28\n        by: 李四\n        unit: 县能源局\n        text: 已开标\n" in _yaml(repo)
    assert "Phone: 13800000000" in git(repo, "log", "-1", "--format=%B")
