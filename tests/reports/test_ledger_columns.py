"""The ledger's columns an office asks for: plan title, phase title, start, the deadline as
written, leader, and the latest update (date and text), in CSV, XLSX and JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import TODAY, make_repo

PLAN = """\
format: 1
id: roads-2026
title: 农村公路养护工作方案
year: 2026
phases:
  - id: P1
    title: 集中攻坚阶段
    start: 2026-04-03
    end: 2026-10-30
tasks:
  - id: T1
    title: 修补县道
    lead: [县能源局]
    owners: [城关镇]
    leader: 温某
    phase: P1
    start: 2026-04-03
    due: 2026-09-30
    due_text: 9月30日前
    status: doing
    progress: 60
    updates:
      - date: 2026-08-01
        text: 已修补5公里
      - date: 2026-11-18
        by: 张某
        text: 已修补12公里
  - id: T2
    title: 制定方案
    lead: [县能源局]
    phase: P9
    status: todo
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "office", plans={"roads-2026": PLAN})


def test_csv_has_the_new_columns_after_the_old_ones(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    r = tracker("--repo", str(repo), "--today", TODAY, "export")
    assert r.code == 0, r.err
    rows = list(csv.reader(io.StringIO(r.out.lstrip("\ufeff"))))
    assert rows[0] == ["计划", "编号", "任务", "牵头单位", "责任单位", "配合单位", "责任领导", "计划名称",
                       "阶段", "开始时间", "完成时限", "时限原文", "状态", "进度(%)", "颜色",
                       "最近进展日期", "最近进展"]
    row = dict(zip(rows[0], rows[1]))
    assert row["计划名称"] == "农村公路养护工作方案" and row["阶段"] == "集中攻坚阶段"
    assert row["开始时间"] == "2026-04-03" and row["时限原文"] == "9月30日前"
    assert row["责任领导"] == "温某"
    assert (row["最近进展日期"], row["最近进展"]) == ("2026-11-18", "已修补12公里")
    other = dict(zip(rows[0], rows[2]))
    assert other["阶段"] == "P9" and other["开始时间"] == "" and other["时限原文"] == ""


def test_english_headers_and_json_records(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    r = tracker("--repo", str(repo), "--today", TODAY, "--lang", "en", "export")
    assert "Plan title,Phase,Start,Due,Deadline as written" in r.out
    rows = json.loads(tracker("--repo", str(repo), "--today", TODAY, "export", "--format", "json").out)
    assert rows[0]["plan_title"] == "农村公路养护工作方案" and rows[0]["phase"] == "集中攻坚阶段"
    assert rows[0]["start"] == "2026-04-03" and rows[0]["due_text"] == "9月30日前"


def test_xlsx_dates_are_dates(repo: Path, tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from openpyxl import load_workbook

    out = tmp_path / "台账.xlsx"
    assert tracker("--repo", str(repo), "--today", TODAY, "export", "--format", "xlsx", "-o",
                   str(out)).code == 0
    ws = load_workbook(out).active
    headers = [c.value for c in ws[1]]
    start = ws.cell(2, headers.index("开始时间") + 1)
    assert start.value == dt.datetime(2026, 4, 3) and start.number_format == "yyyy-mm-dd"
    assert ws.cell(2, headers.index("时限原文") + 1).value == "9月30日前"
