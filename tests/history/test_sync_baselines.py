"""A baseline (印发) is a fact of the shared ledger, not of one office's machine: sync takes
it to the remote and brings the other office's, through a real bare remote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TODAY, git, two_offices
from tests.history.test_walk import PLAN


@pytest.fixture
def offices(tmp_path: Path, tracker) -> tuple[Path, Path]:
    return two_offices(tmp_path, tracker, {"p": PLAN})


def run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, *args)


def test_a_baseline_set_in_one_office_reaches_the_other(offices, tracker) -> None:
    a, b = offices
    assert run(tracker, a, "baseline", "p").code == 0
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "sync").code == 0
    assert run(tracker, b, "--by", "乙", "set", "p/T1", "due=2026-07-31").code == 0
    since = run(tracker, b, "diff", "baseline", "p")
    assert since.code == 0, since.err
    assert "p/T1" in since.out


def test_the_same_baseline_name_set_apart_in_both_offices_does_not_stop_the_sync(
        offices, tracker) -> None:
    """Both offices marked p issued on the same day, at different commits: the remote keeps
    the first; the second office's sync still pushes its work and says its baseline stayed
    local."""
    a, b = offices
    assert run(tracker, a, "--by", "甲", "set", "p/T1", "progress=10").code == 0
    assert run(tracker, a, "baseline", "p").code == 0
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "--by", "乙", "set", "p/T2", "progress=20").code == 0
    assert run(tracker, b, "baseline", "p").code == 0
    synced = run(tracker, b, "sync")
    assert synced.code == 0, synced.err
    assert f"baseline/p/{TODAY}" in synced.err
    remote = a.parent / "remote.git"
    assert git(remote, "rev-parse", "main") == git(b, "rev-parse", "HEAD")
