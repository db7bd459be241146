"""Shared fixtures: real temporary data repositories with real git, fixed authors and dates."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-23"


@pytest.fixture(autouse=True)
def _git_identity(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Every test sees the same git identity and clock, and none of the machine's git config."""
    home = tmp_path_factory.mktemp("home")
    (home / ".gitconfig").write_text(
        "[user]\n\tname = 测试员\n\temail = tester@example.org\n"
        "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_AUTHOR_DATE", "2026-11-20T10:00:00+08:00")
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2026-11-20T10:00:00+08:00")
    for var in ("TRACKER_REPO", "TRACKER_TODAY", "TRACKER_USER", "TRACKER_LANG", "GIT_AUTHOR_NAME",
                "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "GIT_DIR"):
        monkeypatch.delenv(var, raising=False)


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=root, check=True,
                          capture_output=True, text=True).stdout


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def tracker(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run the CLI in-process exactly as the console script does (argv in, exit code out)."""
    from tracker.cli import run

    def call(*args: str, cwd: Path | None = None) -> Result:
        old = Path.cwd()
        if cwd is not None:
            os.chdir(cwd)
        try:
            capsys.readouterr()
            code = run(list(args))
            captured = capsys.readouterr()
        finally:
            os.chdir(old)
        return Result(code, captured.out, captured.err)

    return call


def make_repo(root: Path, plans: dict[str, str] | None = None, units: str | None = None,
              settings: str | None = None, demo: bool = False) -> Path:
    """A data repository at `root`, committed: the demo plans and/or the given plan texts."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "plans").mkdir(exist_ok=True)
    shutil.copy(PROJECT / "tracker.yaml", root / "tracker.yaml")
    shutil.copy(PROJECT / "units.yaml", root / "units.yaml")
    if settings is not None:
        (root / "tracker.yaml").write_text(settings, encoding="utf-8")
    if units is not None:
        (root / "units.yaml").write_text(units, encoding="utf-8")
    if demo:
        for path in (PROJECT / "plans").glob("*.yaml"):
            shutil.copy(path, root / "plans" / path.name)
    for name, text in (plans or {}).items():
        (root / "plans" / f"{name}.yaml").write_text(text, encoding="utf-8")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "initial plans")
    return root


def two_offices(tmp_path: Path, tracker: Callable[..., Result], plans: dict[str, str]
                ) -> tuple[Path, Path]:
    """Office A (the original, synced to a bare remote) and office B (a clone of it)."""
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    a = make_repo(tmp_path / "a", plans)
    git(a, "remote", "add", "origin", str(remote))
    assert tracker("--repo", str(a), "--today", TODAY, "sync").code == 0
    git(tmp_path, "clone", "-q", str(remote), str(tmp_path / "b"))
    return a, tmp_path / "b"


@pytest.fixture
def demo_repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "office", demo=True)


# Property tests: a quick profile for CI, a long one for `make fuzz` (HYPOTHESIS_PROFILE=fuzz).
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=2500, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
