"""`tracker demo`: a fresh repository with the demo plans and a believable history."""

from __future__ import annotations

import filecmp
import subprocess
import sys

from tests.conftest import PROJECT, git
from tracker import demo


def test_demo_repository_has_history_and_ends_at_the_project_plans(tmp_path):
    root = demo.create(tmp_path / "demo")
    for path in (PROJECT / "plans").glob("*.yaml"):
        assert filecmp.cmp(path, root / "plans" / path.name, shallow=False)
    log = git(root, "log", "--format=%an|%ad|%s", "--date=short").splitlines()
    assert len(log) == len(demo.STEPS) + 2
    assert {line.split("|")[0] for line in log} >= {"王某", "张某", "李某", "赵某"}
    assert any("due 2026-08-31 → 2026-09-30" in line for line in log)  # the moved deadline
    hand = [line for line in log if "标题用字" in line]
    assert hand
    body = git(root, "log", "--format=%B", "--grep=标题用字")
    assert "Tool: tracker" not in body  # committed with plain git
    assert git(root, "status", "--porcelain") == ""


def test_demo_is_the_same_every_time(tmp_path):
    a = demo.create(tmp_path / "a")
    b = demo.create(tmp_path / "b")
    assert git(a, "rev-parse", "HEAD") == git(b, "rev-parse", "HEAD")


def test_demo_refuses_a_non_empty_directory(tmp_path, tracker):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x")
    result = tracker("demo", "--dir", str(tmp_path / "full"), "--no-open")
    assert result.code == 1
    assert "不是空目录" in result.err


def test_cli_demo_no_open_prints_the_path(tmp_path, tracker):
    result = tracker("--today", "2026-11-23", "demo", "--dir", str(tmp_path / "d"), "--no-open")
    assert result.code == 0, result.err
    assert result.out.strip() == str((tmp_path / "d").resolve())
    check = tracker("--repo", str(tmp_path / "d"), "--today", "2026-11-23", "check")
    assert check.code == 0, check.err


def test_importing_the_cli_does_not_load_textual():
    code = ("import sys, tracker.cli; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'views')]; "
            "sys.exit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, check=False)
    assert proc.returncode == 0


def test_tui_outside_a_repository_says_so(tmp_path, tracker):
    result = tracker("tui", cwd=tmp_path)
    assert result.code == 1
    assert "tracker init" in result.err
