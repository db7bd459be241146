"""Reading a 督办单's cells (pure, on workbooks made in memory): what a unit may type in 进度
and 状态 in Excel or WPS, and what is refused with its cell."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook

from tracker.model import Settings
from tracker.reports import form, intake


def _sheet(**cells: object) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "城关镇"
    ws["L1"], ws["L2"], ws["H2"] = form.MARKER, "城关镇", "2026-11-23"
    ws["A5"], ws["L5"] = "heat/T1", "ab" * 20
    for ref, value in cells.items():
        ws[ref] = value
    if "H5" in cells and isinstance(cells["H5"], float) and cells["H5"] < 1:
        ws["H5"].number_format = "0%"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _read(**cells: object) -> intake.ReadSheet:
    (sheet,) = intake.read(_sheet(**cells), Settings())
    return sheet


@pytest.mark.parametrize("typed,progress", [(60, 60), (60.0, 60), ("60", 60), ("60%", 60), ("60％", 60),
                                            (0.6, 60), (0, 0), (100, 100)])
def test_progress_as_people_type_it(typed: object, progress: int) -> None:
    sheet = _read(H5=typed)
    assert not sheet.problems and sheet.rows[0].progress == progress
    assert sheet.issued == dt.date(2026, 11, 23) and sheet.rows[0].blob == "ab" * 20


@pytest.mark.parametrize("typed,progress", [(0.57, 57), (0.07, 7), (0.29, 29), (0.58, 58)])
def test_a_percentage_typed_into_a_percent_cell_is_that_whole_number(typed: float, progress: int) -> None:
    # 57% in a cell formatted as a percentage is stored as 0.57, and 0.57 * 100 is 56.99999999999999
    sheet = _read(H5=typed)
    assert not sheet.problems and sheet.rows[0].progress == progress


def test_a_refused_percentage_is_named_as_the_unit_typed_it() -> None:
    # 60.5% in a percentage cell is stored as 0.605: the message said 进度“0.605”
    (problem,) = _read(H5=0.605).problems
    assert "“60.5%”" in problem.zh and "'60.5%'" in problem.en


@pytest.mark.parametrize("typed", ["六成", "101", "-5", "60.5", 60.5, True, "=50+10"])
def test_progress_refused_with_its_cell(typed: object) -> None:
    sheet = _read(H5=typed)
    assert not sheet.rows and [p.cell for p in sheet.problems] == ["H5"]
    assert sheet.problems[0].message("zh").startswith("城关镇!H5：")


@pytest.mark.parametrize("typed,status", [("推进中", "doing"), ("doing", "doing"), ("Done", "done"),
                                          ("受阻", "blocked")])
def test_status_by_name_or_key(typed: str, status: str) -> None:
    assert _read(G5=typed).rows[0].status == status


@pytest.mark.parametrize("typed,needle", [("差不多", "不是可选的状态"), ("已销号", "由办公室确认")])
def test_status_refused(typed: str, needle: str) -> None:
    sheet = _read(G5=typed)
    assert sheet.problems[0].cell == "G5" and needle in sheet.problems[0].zh


def test_text_keeps_lines_and_refuses_control_characters() -> None:
    row = _read(I5="第一行\r\n第二行", J5="资金", K5="张三").rows[0]
    assert (row.text, row.issues, row.by) == ("第一行\n第二行", "资金", "张三")
    bad = _read(I5="坏\x9b31m字")  # C1 CSI: openpyxl itself refuses C0 controls
    assert [p.cell for p in bad.problems] == ["I5"] and "控制字符" in bad.problems[0].zh
    two = _read(I5="有内容", K5="张三\n李四")
    assert [p.cell for p in two.problems] == ["K5"]


def test_a_line_break_excel_saved_as_its_escape_is_a_line_break() -> None:
    # Excel and WPS save a CR in a cell as _x000D_ (and an underscore that would read as an
    # escape as _x005F_); openpyxl hands both back as written, and the report kept "_x000D_"
    row = _read(I5="变压器已到货_x000D_\n正在安装", J5="资金_x000D_\n未到位", K5="张_x005F_x0031_").rows[0]
    assert (row.text, row.issues, row.by) == ("变压器已到货\n正在安装", "资金\n未到位", "张_x0031_")


def test_a_note_in_a_column_the_sheet_does_not_have_is_named_not_dropped() -> None:
    # a unit added a 备注 column after 填报人 (the sheet has no password) and wrote in it;
    # that text was dropped without a word, and a sheet holding only it counted as blank
    sheet = _read(M4="备注", G5="推进中", M5="需县里协调资金")
    assert not sheet.rows and [p.cell for p in sheet.problems] == ["M5"]
    assert "I列" in sheet.problems[0].zh and "需县里协调资金" in sheet.problems[0].zh
    assert [p.cell for p in _read(N5="备注一句").problems] == ["N5"]


def test_a_percentage_or_a_date_typed_into_a_text_cell_reads_as_the_unit_typed_it() -> None:
    # Excel turns 80% typed in 本期进展情况 into 0.8 formatted as a percentage, and 5月3日 into a
    # date: the report read "0.8" and "2026-05-03 00:00:00"
    wb = Workbook()
    ws = wb.active
    ws.title = "城关镇"
    ws["L1"], ws["L2"], ws["H2"] = form.MARKER, "城关镇", "2026-11-23"
    ws["A5"], ws["I5"], ws["J5"] = "heat/T1", 0.8, dt.datetime(2026, 5, 3)
    ws["A6"], ws["I6"], ws["J6"] = "heat/T2", 0.575, dt.datetime(2026, 5, 3, 14, 30)
    ws["I5"].number_format = ws["I6"].number_format = "0%"
    ws["J5"].number_format = 'm"月"d"日"'
    out = io.BytesIO()
    wb.save(out)
    (sheet,) = intake.read(out.getvalue(), Settings())
    assert [(f.text, f.issues) for f in sheet.rows] == [("80%", "5月3日"), ("57.5%", "2026-05-03 14:30:00")]


def test_a_cell_merged_down_rows_is_said_of_each_row_it_spans() -> None:
    # a unit that unprotects the sheet merges G5:G6 to say "both 推进中" and I5:I6 for one text;
    # openpyxl reads G6 and I6 as empty, and the second task's report was silently dropped
    wb = Workbook()
    ws = wb.active
    ws.title = "城关镇"
    ws["L1"], ws["L2"], ws["H2"] = form.MARKER, "城关镇", "2026-11-23"
    ws["A5"], ws["A6"] = "heat/T1", "heat/T3"
    ws["G5"], ws["I5"], ws["I7"] = "推进中", "两项一起推进\n下周完成", "另起一行"
    ws["A7"] = "heat/T4"
    ws.merge_cells("G5:G6")
    ws.merge_cells("I5:I6")
    ws.merge_cells("I7:J7")  # across: the text is 本期进展, not also 存在问题
    out = io.BytesIO()
    wb.save(out)
    (sheet,) = intake.read(out.getvalue(), Settings())
    assert not sheet.problems
    assert [(f.ref, f.status, f.text, f.issues) for f in sheet.rows] == [
        ("heat/T1", "doing", "两项一起推进\n下周完成", ""), ("heat/T3", "doing", "两项一起推进\n下周完成", ""),
        ("heat/T4", None, "另起一行", "")]


def test_a_name_alone_is_no_report_and_other_sheets_are_skipped() -> None:
    assert _read(K5="张三").rows == ()
    wb = Workbook()
    wb.active["A1"] = "说明"
    out = io.BytesIO()
    wb.save(out)
    assert intake.read(out.getvalue(), Settings()) == []
    with pytest.raises(ValueError):
        intake.read(b"PK\x03\x04 not really", Settings())


@pytest.mark.parametrize("typed,progress", [("百分之六十", 60), ("百分之六十五", 65), ("百分之百", 100),
                                            ("百分之一百", 100), ("百分之五", 5), ("百分之零", 0),
                                            ("百分之60", 60), ("百分之十", 10)])
def test_a_percentage_written_out_in_words_is_that_number(typed: str, progress: int) -> None:
    sheet = _read(H5=typed)
    assert not sheet.problems and sheet.rows[0].progress == progress


@pytest.mark.parametrize("typed", ["百分之一百一十", "百分之六十多", "百分之", "约百分之六十"])
def test_a_percentage_in_words_that_is_no_whole_number_to_100_is_refused(typed: str) -> None:
    sheet = _read(H5=typed)
    assert not sheet.rows and [p.cell for p in sheet.problems] == ["H5"]
