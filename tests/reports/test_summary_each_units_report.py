"""A task several units reported on in the period: the summary, in text, Markdown, JSON and
the .docx 通报, carries each unit's own latest report, whole and named, not just the last one
read in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import make_repo

UNITS = """\
units:
  - name: 县能源局
  - name: 城关镇
  - name: 河西乡
  - name: 北山乡
groups:
  各乡镇: [城关镇, 河西乡, 北山乡]
"""

PLAN = """\
format: 1
id: heat
title: 清洁取暖实施方案
year: 2026
status: active
tasks:
  - id: T1
    title: 入户安装设备
    lead: [县能源局]
    owners: [各乡镇]
    due: 2026-10-31
    status: doing
    updates:
      - date: 2026-10-20
        unit: 城关镇
        text: 上月的进展，不属本期
      - date: 2026-11-26
        by: 李四
        unit: 北山乡
        text: |-
          新增安装120户
          完成率58%
      - date: 2026-11-27
        unit: 城关镇
        text: 城关镇本期第一次报送
      - date: 2026-11-28
        by: 王五
        unit: 河西乡
        text: 河西乡累计安装2460户，剩余设备本周到货
      - date: 2026-11-28
        unit: 城关镇
        text: 城关镇全部完成入户安装，待验收
  - id: T2
    title: 一个单位报送的任务
    lead: [县能源局]
    due: 2026-10-31
    status: doing
    updates:
      - date: 2026-11-20
        unit: 县能源局
        text: 只有一家报送
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "office", {"heat": PLAN}, units=UNITS)


def test_each_unit_that_reported_in_the_period_is_in_the_summary(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    r = tracker("--repo", str(repo), "--today", "2026-11-30", "summary")
    assert r.code == 0, r.err
    line = next(x for x in r.out.splitlines() if "（heat/T1）" in x)
    assert ("最新进展：城关镇（11月28日）：城关镇全部完成入户安装，待验收；"
            "河西乡（11月28日）：河西乡累计安装2460户，剩余设备本周到货；"
            "北山乡（11月26日）：新增安装120户 完成率58%。") in line
    assert "上月的进展" not in r.out and "本期第一次报送" not in r.out
    one = next(x for x in r.out.splitlines() if "（heat/T2）" in x)
    assert "最新进展（11月20日）：只有一家报送。" in one  # one unit: as before
    en = tracker("--repo", str(repo), "--today", "2026-11-30", "--lang", "en", "summary")
    assert "latest: 城关镇 (2026-11-28): 城关镇全部完成入户安装，待验收; 河西乡 (2026-11-28)" in en.out, en.out


def test_the_docx_and_json_carry_each_units_report(repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    import docx

    out = repo.parent / "通报.docx"
    r = tracker("--repo", str(repo), "--today", "2026-11-30", "summary", "-o", str(out))
    assert r.code == 0, r.err
    doc = docx.Document(str(out))
    text = "\n".join([p.text for p in doc.paragraphs]
                     + [c.text for t in doc.tables for row in t.rows for c in row.cells])
    for said in ("城关镇全部完成入户安装，待验收", "河西乡累计安装2460户，剩余设备本周到货",
                 "新增安装120户 完成率58%"):
        assert said in text
    data = json.loads(tracker("--repo", str(repo), "--today", "2026-11-30", "summary", "--format",
                              "json").out)
    items = {it["ref"]: it for g in data["late"] for it in g["items"]}
    assert [u["unit"] for u in items["heat/T1"]["unit_reports"]] == ["城关镇", "河西乡", "北山乡"]


def test_a_noncharacter_in_a_report_does_not_stop_the_docx_or_the_ledger(tmp_path: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    # U+FFFE, written as an escape in a hand-edited file: XML cannot hold it
    plan = PLAN.replace("text: 只有一家报送", 'text: "只有一家\\ufffe报送"')
    repo = make_repo(tmp_path / "office", {"heat": plan}, units=UNITS)
    for out in ("通报.docx", "台账.xlsx"):
        cmd = "summary" if out.endswith("docx") else "export"
        r = tracker("--repo", str(repo), "--today", "2026-11-30", cmd, "-o", str(tmp_path / out))
        assert r.code == 0 and "内部错误" not in r.err, r.err


def test_the_groups_own_report_carries_its_members_reports(tmp_path: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    # a town's own status read in from its sheet gives the task a units: map
    plan = PLAN.replace("    status: doing\n    updates:\n      - date: 2026-10-20",
                        "    status: doing\n    units:\n      城关镇: {status: done}\n    updates:\n"
                        "      - date: 2026-10-20", 1)
    assert "城关镇: {status: done}" in plan
    repo = make_repo(tmp_path / "office", {"heat": plan}, units=UNITS)
    r = tracker("--repo", str(repo), "--today", "2026-11-30", "summary", "--unit", "各乡镇")
    assert r.code == 0, r.err
    line = next(x for x in r.out.splitlines() if "（heat/T1）" in x)
    # before: every town's report was another member's, and the line said nothing at all
    assert "城关镇全部完成入户安装，待验收" in line and "河西乡累计安装2460户" in line
    assert "新增安装120户" in line
    one = tracker("--repo", str(repo), "--today", "2026-11-30", "summary", "--unit", "河西乡")
    line = next(x for x in one.out.splitlines() if "（heat/T1）" in x)
    assert "河西乡累计安装2460户" in line and "城关镇" not in line.split("最新进展")[-1]
