"""Loading: the cache never disagrees with the files; the model carries places."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT, make_repo
from tracker.model import Source, Task, UnitStatus, replace
from tracker.store import load
from tracker.workspace import Workspace


def test_cache_is_used_and_an_edited_file_is_always_reread(demo_repo: Path) -> None:
    ws = Workspace.open(demo_repo)
    assert len(ws.plans) == 3
    assert ws.cache_path is not None and ws.cache_path.exists()
    path = demo_repo / "plans" / "clean-heating-2026.yaml"
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    # same size, same mtime: only the content tells
    path.write_text(text.replace("progress: 62", "progress: 63"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    again = Workspace.open(demo_repo)
    task = again.plan("clean-heating-2026").task("T3")
    assert task is not None and task.progress == 63


def test_corrupt_cache_is_rebuilt(demo_repo: Path) -> None:
    ws = Workspace.open(demo_repo)
    assert len(ws.plans) == 3 and ws.cache_path is not None
    ws.cache_path.write_bytes(b"not a pickle")
    assert len(Workspace.open(demo_repo).plans) == 3


def test_cache_from_an_older_version_is_rebuilt(demo_repo: Path) -> None:
    # after an upgrade, a cache may name a class or function this version no longer has
    ws = Workspace.open(demo_repo)
    assert len(ws.plans) == 3 and ws.cache_path is not None
    stale = b"ctracker.model\n_restore_Task\n)R."  # pickle: call tracker.model._restore_Task()
    ws.cache_path.write_bytes(stale)
    (ws.cache_path.parent / "config.cache").write_bytes(stale)
    again = Workspace.open(demo_repo)
    assert len(again.plans) == 3 and again.settings.language == ws.settings.language
    assert ws.cache_path.read_bytes() != stale


def test_model_has_places_and_types() -> None:
    raw = (PROJECT / "plans" / "clean-heating-2026.yaml").read_bytes()
    loaded = load.load_plan_bytes(raw, "plans/clean-heating-2026.yaml")
    assert loaded.problems == ()
    plan = loaded.plan
    assert plan is not None and plan.year == 2026 and plan.goals[0].target == 3455
    t3 = plan.task("T3")
    assert t3 is not None and t3.source is not None
    assert str(t3.source.at("status")).startswith("plans/clean-heating-2026.yaml:")
    assert [u.unit for u in t3.units] == ["城关镇", "河西乡", "东关镇", "北山乡"]


def test_cached_model_is_the_real_frozen_model() -> None:
    # what comes back from the cache must be the real classes, equal to what was stored,
    # and still frozen
    raw = (PROJECT / "plans" / "clean-heating-2026.yaml").read_bytes()
    loaded = load.load_plan_bytes(raw, "plans/clean-heating-2026.yaml")
    again = pickle.loads(pickle.dumps(loaded, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == loaded and again.plan is not None and loaded.plan is not None
    task, original = again.plan.tasks[2], loaded.plan.tasks[2]
    assert type(task) is Task and type(task.source) is Source and type(task.units[0]) is UnitStatus
    assert task == original and hash(task.source) == hash(original.source)
    assert task.source is not None and task.source.at("status") == original.source.at("status")
    with pytest.raises(AttributeError):
        task.title = "改"  # type: ignore[misc]
    assert replace(task, title="改").title == "改" and task.title == original.title


def test_reading_never_dirties_the_repository(demo_repo: Path, tracker) -> None:
    for args in (["list"], ["check"], ["show", "clean-heating-2026/T1"], ["list", "overdue"]):
        tracker("--repo", str(demo_repo), *args)
    status = subprocess.run(["git", "status", "--porcelain"], cwd=demo_repo, capture_output=True, text=True)
    assert status.stdout == ""


def test_cli_does_not_import_textual() -> None:
    code = "import sys, tracker.cli; sys.exit(1 if 'textual' in sys.modules or 'views' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_core_never_imports_textual() -> None:
    offenders = [p for p in (PROJECT / "tracker").rglob("*.py")
                 if "import textual" in p.read_text(encoding="utf-8")
                 or "from textual" in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_repository_found_from_a_subdirectory(tmp_path: Path, tracker) -> None:
    repo = make_repo(tmp_path / "r", demo=True)
    sub = repo / "plans"
    result = tracker("--today", "2026-11-23", "list", "plan:rural", cwd=sub)
    assert result.code == 0 and "rural-sewage-2026/T2" in result.out


def test_settings_and_units_cache_follows_the_files(demo_repo: Path, tracker) -> None:
    plan = demo_repo / "plans" / "rural-sewage-2026.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("owners: [镇水利站]", "owners: [新设机构]"),
                    encoding="utf-8")
    assert "单位“新设机构”不在 units.yaml 中" in tracker("--repo", str(demo_repo), "check").out
    units = demo_repo / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("units:\n", "units:\n  - name: 新设机构\n", 1),
                     encoding="utf-8")
    assert "新设机构" not in tracker("--repo", str(demo_repo), "check").out
    settings = demo_repo / "tracker.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("language: zh", "language: en"),
                        encoding="utf-8")
    assert "plan files" in tracker("--repo", str(demo_repo), "check").err


def test_a_plan_over_the_size_limit_is_refused_also_when_read_in_halves(tmp_path: Path, tracker) -> None:
    """A cold load cuts a big plan in two halves to parse on both cores: each half passed the
    8 MB limit that the whole file breaks, and a 9 MB plan was read without a word."""
    from tests.conftest import make_repo

    task = "  - id: T{0}\n    title: 第{0}项重点工作的开展情况和其他说明文字\n    owners: [城关镇]\n    status: todo\n"
    body = "".join(task.format(i) for i in range(1, 90_000))
    root = make_repo(tmp_path / "r", {"big": "format: 1\nid: big\ntitle: 大计划\nyear: 2026\ntasks:\n" + body,
                                      "small": "format: 1\nid: small\ntitle: 小计划\nyear: 2026\ntasks: []\n"})
    assert (root / "plans" / "big.yaml").stat().st_size > 8 * 1024 * 1024
    checked = tracker("--repo", str(root), "check")
    assert checked.code == 1 and "plans/big.yaml:1:1" in checked.out and "file-too-large" in checked.out


def test_import_refuses_a_draft_over_the_size_limit_and_writes_nothing(
        tmp_path: Path, tracker, monkeypatch) -> None:
    from tests.conftest import make_repo
    from tracker.store import yamlsafe

    root = make_repo(tmp_path / "r")
    doc = tmp_path / "方案.txt"
    doc.write_text("县清洁取暖工作方案\n一、重点任务\n" + "".join(
        f"{i}.开展第{i}项工作。由城关镇负责,6月30日前完成。\n" for i in range(1, 60)), encoding="utf-8")
    monkeypatch.setattr(yamlsafe, "MAX_FILE_BYTES", 4096)
    before = sorted(p.name for p in (root / "plans").iterdir())
    r = tracker("--repo", str(root), "import", str(doc))
    assert r.code == 1 and "超过" in r.err and "未写入任何文件" in r.err
    assert sorted(p.name for p in (root / "plans").iterdir()) == before


def test_the_cache_key_follows_the_loaders_own_files(tmp_path: Path) -> None:
    """Problems are cached with their wording, so a message changed in the loader was shown
    from the cache, old, until someone remembered to raise CACHE_VERSION (four helpers' message
    fixes this round relied on a later bump). The version now carries a stamp of the files that
    word those messages: another tracker's code never reuses this one's cache."""
    import tracker.store.load as loader

    stamp = loader.code_stamp()
    assert loader.CACHE_VERSION[1:] == stamp
    names = {p.name for p in loader.MESSAGE_FILES}
    assert {"load.py", "yamlsyntax.py", "yamlsafe.py", "config.py", "written_as.py", "namelists.py"} <= names
    edited = tmp_path / "yamlsyntax.py"
    edited.write_bytes(b"MESSAGE = 'old'\n")
    before = loader.code_stamp([edited])
    edited.write_bytes(b"MESSAGE = 'new wording'\n")
    assert loader.code_stamp([edited]) != before
