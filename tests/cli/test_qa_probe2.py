"""Defects found by the second exploratory round of the day (probe2): what a clerk did, and
what the tool must do instead."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import TODAY, git, make_repo

TWICE_T1 = """format: 1
id: roads
title: 道路整治
year: 2026
status: active
tasks:
  - id: T1
    title: 修补路面
    status: todo
  - id: T1
    title: 清理边沟
    status: todo
"""


def test_an_edit_of_a_task_id_written_twice_is_refused_naming_both_lines(tmp_path: Path,
                                                                           tracker) -> None:
    # Two tasks both called T1 (a copy-paste in an editor): `set roads/T1` changed the first
    # one whatever the clerk meant, and the ledger then read the commit as the second task's
    # title, dates and owners all changing.
    root = make_repo(tmp_path / "office", {"roads": TWICE_T1})
    before = git(root, "rev-parse", "HEAD")
    r = tracker("--repo", str(root), "--today", TODAY, "set", "roads/T1", "progress=10")
    assert r.code == 1
    assert "T1" in r.err and "第 7 行" in r.err and "第 10 行" in r.err
    assert "Traceback" not in r.err
    assert git(root, "rev-parse", "HEAD") == before
    assert (root / "plans" / "roads.yaml").read_text(encoding="utf-8") == TWICE_T1
    r = tracker("--repo", str(root), "--today", TODAY, "note", "roads/T1", "已开工")
    assert r.code == 1 and "第 10 行" in r.err
    assert git(root, "rev-parse", "HEAD") == before
