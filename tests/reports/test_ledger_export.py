"""`tracker export`: the ledger as CSV (BOM, quoting), XLSX (opened again) and JSON."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from tests.conftest import TODAY, make_repo

PLAN = """\
format: 1
id: roads-2026
title: 农村公路养护工作方案
year: 2026
tasks:
  - id: T1
    title: "修补县道，含路肩、边沟\\n（第二批）"
    lead: [县能源局]
    owners: [各乡镇]
    units:
      城关镇: {status: done}
    due: 2026-11-20
    status: doing
    progress: 60
    updates:
      - date: 2026-11-18
        by: 张某
        text: 已修补12公里，"剩余"3公里
  - id: T2
    title: =HYPERLINK("http://example.org")
    lead: [县能源局]
    owners: [城关镇]
    due: 2026-12-15
    status: todo
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "office", plans={"roads-2026": PLAN})


def test_csv_has_bom_and_quotes_commas_and_newlines(repo: Path, tracker, tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    r = tracker("--repo", str(repo), "--today", TODAY, "export", "--format", "csv", "-o", str(out))
    assert r.code == 0, r.err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert '"修补县道，含路肩、边沟\n（第二批）"' in text  # the newline kept inside quotes
    assert '"已修补12公里，""剩余""3公里"' in text  # quotes doubled
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["计划", "编号", "任务"]
    assert len(rows) == 3
    assert rows[1][2] == "修补县道，含路肩、边沟\n（第二批）"
    assert rows[1][rows[0].index("颜色")] == "红"
    # a title that looks like a formula stays text in a spreadsheet
    assert rows[2][2].startswith("'=HYPERLINK")


def test_csv_to_stdout_and_commas_in_english(repo: Path, tracker) -> None:
    r = tracker("--repo", str(repo), "--today", TODAY, "--lang", "en", "export")
    assert r.code == 0, r.err
    assert r.out.startswith("\ufeffPlan,ID,Task,Lead,Owners")


def test_xlsx_opens_again_with_headers_chinese_and_row_count(repo: Path, tracker,
                                                            tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "台账.xlsx"
    r = tracker("--repo", str(repo), "--today", TODAY, "export", "--format", "xlsx", "--by-unit",
                "-o", str(out))
    assert r.code == 0, r.err
    ws = load_workbook(out).active
    headers = [c.value for c in ws[1]]
    assert headers[:6] == ["计划", "编号", "任务", "牵头单位", "责任单位", "单位"]
    # T1 is owned by 各乡镇 (four towns in the demo units.yaml): one row each, plus T2
    assert ws.max_row == 1 + 4 + 1
    assert ws.freeze_panes == "A2"
    assert ws.cell(2, 3).value == "修补县道，含路肩、边沟\n（第二批）"
    units = [ws.cell(r, 6).value for r in range(2, 6)]
    assert units == ["城关镇", "河西乡", "东关镇", "北山乡"]
    status = headers.index("状态") + 1
    assert ws.cell(2, status).value == "已完成" and ws.cell(3, status).value == "推进中"
    assert ws.cell(6, 3).value == '=HYPERLINK("http://example.org")'
    assert ws.cell(6, 3).data_type == "s"
    # widths follow display width: the Chinese title column is wider than the ID column
    assert ws.column_dimensions["C"].width > ws.column_dimensions["B"].width >= 4


def test_xlsx_refuses_a_terminal(repo: Path, tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    r = tracker("--repo", str(repo), "--today", TODAY, "export", "--format", "xlsx")
    assert r.code == 1 and "-o" in r.err


def test_json_rows(repo: Path, tracker) -> None:
    r = tracker("--repo", str(repo), "--today", TODAY, "export", "--format", "json")
    assert r.code == 0, r.err
    rows = json.loads(r.out)
    assert [row["id"] for row in rows] == ["T1", "T2"]
    assert rows[0]["owners"] == ["各乡镇"] and rows[0]["colour"] == "red"
    assert rows[0]["status"] == "doing" and rows[0]["status_label"] == "推进中"
    assert rows[0]["last_date"] == "2026-11-18"


def test_cli_import_does_not_load_openpyxl(repo: Path) -> None:
    import subprocess

    code = ("import sys; from tracker.cli import run; "
            f"run(['--repo', {str(repo)!r}, '--today', '{TODAY}', 'export']); "
            "sys.exit(1 if 'openpyxl' in sys.modules else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr


def test_xlsx_writes_a_control_character_as_its_escape_like_csv(tmp_path: Path, tracker) -> None:
    # A title holding a control character (pasted from another program) came out of the XLSX
    # with the character silently dropped, though the CSV of the same ledger shows it as \x07.
    from openpyxl import load_workbook

    plan = PLAN.replace('"修补县道，含路肩、边沟\\n（第二批）"', '"清理\\x07河道"')
    assert "清理\\x07河道" in plan
    root = make_repo(tmp_path / "office", {"roads-2026": plan})
    out = tmp_path / "台账.xlsx"
    assert tracker("--repo", str(root), "--today", TODAY, "export", "--format", "xlsx",
                   "-o", str(out)).code == 0
    assert load_workbook(out).active.cell(2, 3).value == "清理\\x07河道"
    csv_out = tracker("--repo", str(root), "--today", TODAY, "export", "--format", "csv").out
    assert "清理\\x07河道" in csv_out


SHARED = """\
format: 1
id: heat
title: 清洁取暖实施方案
year: 2026
tasks:
  - id: T1
    title: 入户安装设备
    lead: [县能源局]
    owners: [各乡镇]
    units:
      城关镇: {status: done}
      河西乡: {status: doing}
    due: 2026-11-21
    status: doing
    progress: 60
    updates:
      - {date: 2026-11-10, by: 张某, text: 全县累计安装2160户}
      - {date: 2026-11-20, by: 赵某, unit: 城关镇, text: 城关镇已完成全部验收}
"""


def test_a_member_row_never_shows_another_members_report(tmp_path: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    """河西乡 stands where the task stands (推进中); its row in the by-unit ledger (and its own
    summary) gave 城关镇's report as 河西乡's latest progress."""
    root = make_repo(tmp_path / "office", {"heat": SHARED}, units=(
        "units:\n  - name: 县能源局\n  - name: 城关镇\n  - name: 河西乡\n"
        "groups:\n  各乡镇: [城关镇, 河西乡]\n"))
    r = tracker("--repo", str(root), "--today", TODAY, "export", "--by-unit", "--format", "json")
    assert r.code == 0, r.err
    rows = {row["unit"]: (row["last_date"], row["last_text"]) for row in json.loads(r.out)}
    assert rows["城关镇"] == ("2026-11-20", "城关镇已完成全部验收")
    assert rows["河西乡"] == ("2026-11-10", "全县累计安装2160户")
    mine = tracker("--repo", str(root), "--today", TODAY, "summary", "--unit", "河西乡")
    assert "城关镇已完成全部验收" not in mine.out and "全县累计安装2160户" in mine.out, mine.out
