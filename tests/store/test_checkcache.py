"""Check results are read back only when nothing they depend on has changed."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import make_repo
from tests.history.test_walk import PLAN
from tracker import checks
from tracker.workspace import Workspace


def test_checks_run_once_until_a_file_changes(tmp_path: Path, monkeypatch) -> None:
    root = make_repo(tmp_path / "o", {"p": PLAN.replace("owners: [城关镇]", "owners: [无此单位]")})
    calls: list[int] = []
    real = checks.run_checks
    monkeypatch.setattr(checks, "run_checks", lambda *a: calls.append(1) or real(*a))
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
