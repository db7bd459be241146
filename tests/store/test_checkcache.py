"""Check results are read back only when nothing they depend on has changed; each file's own
problems are kept too, so an edit of one plan has only that plan checked again. What matters:
the answer is always exactly what checking everything gives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import TODAY, Result, make_repo
from tests.history.test_walk import PLAN
from tracker import checks
from tracker.workspace import Workspace


def test_checks_run_once_until_a_file_changes(tmp_path: Path, monkeypatch) -> None:
    root = make_repo(tmp_path / "o", {"p": PLAN.replace("owners: [城关镇]", "owners: [无此单位]")})
    calls: list[int] = []
    real = checks.file_problems
    monkeypatch.setattr(checks, "file_problems", lambda *a: calls.append(1) or real(*a))
    first = Workspace.open(root).problems()
    assert any("无此单位" in p.zh for p in first)
    assert Workspace.open(root).problems() == first and len(calls) == 1
    path = root / "plans/p.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("无此单位", "城关镇"), encoding="utf-8")
    fixed = Workspace.open(root).problems()
    assert len(calls) == 2 and not any("无此单位" in p.zh for p in fixed)
    (root / "units.yaml").write_text("units:\n  - name: 河西乡\n", encoding="utf-8")
    Workspace.open(root).problems()
    assert len(calls) == 3  # the units changed: checked again


PLAN_UNITS = """id: {id}
title: 测试方案{id}
tasks:
  - id: T1
    title: 第一项
    owners: [县财政局]
    due: 2026-12-31
    status: todo
  - id: T2
    title: 第二项
    owners: [{owner}]
    status: doing
"""


def _checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = checks.file_problems
    monkeypatch.setattr(checks, "file_problems", lambda f, ctx, *a: seen.append(f.path) or real(f, ctx, *a))
    return seen


def _everything(root: Path) -> list[object]:
    ws = Workspace.open(root)
    return checks.run_checks(ws.files, ws.units, ws.config_problems)


def test_an_edit_has_only_its_plan_checked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 tracker: Callable[..., Result]) -> None:
    repo = make_repo(tmp_path / "office", {f"p{n}": PLAN_UNITS.format(id=f"p{n}", owner="县住建局")
                                           for n in range(1, 6)})
    seen = _checked(monkeypatch)
    first = tracker("--repo", str(repo), "--today", TODAY, "check")
    assert first.code == 0 and len(seen) == 5
    seen.clear()
    assert tracker("--repo", str(repo), "--today", TODAY, "check").out == first.out
    assert seen == []  # nothing changed: the whole result read back
    # a hand edit that makes a warning (a unit units.yaml does not know), and one that makes a
    # plan id clash with another file's: a check across files, run over every file every time
    (repo / "plans" / "p3.yaml").write_text(PLAN_UNITS.format(id="p3", owner="县不存在局"), encoding="utf-8")
    (repo / "plans" / "p5.yaml").write_text(PLAN_UNITS.format(id="p4", owner="县住建局"), encoding="utf-8")
    edited = tracker("--repo", str(repo), "--today", TODAY, "check")
    assert sorted(seen) == ["plans/p3.yaml", "plans/p5.yaml"]
    assert "县不存在局" in edited.out and "p4" in edited.out and edited.code == 1
    ws = Workspace.open(repo)
    assert ws.problems() == _everything(repo)


def test_new_units_check_every_plan_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          tracker: Callable[..., Result]) -> None:
    repo = make_repo(tmp_path / "office", {f"p{n}": PLAN_UNITS.format(id=f"p{n}", owner="县新设局")
                                           for n in range(1, 4)})
    before = tracker("--repo", str(repo), "--today", TODAY, "check")
    assert "县新设局" in before.out
    units = repo / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("units:\n", "units:\n  - name: 县新设局\n", 1),
                     encoding="utf-8")
    seen = _checked(monkeypatch)
    after = tracker("--repo", str(repo), "--today", TODAY, "check")
    assert len(seen) == 3 and "县新设局" not in after.out
    assert Workspace.open(repo).problems() == _everything(repo)
