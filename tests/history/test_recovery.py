"""A commit killed between git's branch update and its index write leaves HEAD new and the
index old; the next tool commit finds that and puts the index right, never the files."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from tests.conftest import git
from tracker.history import recovery

A = "plans/clean-heating-2026.yaml"
B = "plans/rural-sewage-2026.yaml"


def killed_commit(repo: Path, rel: str, old: str, new: str) -> None:
    """What `tracker set` leaves when git dies after moving the branch and before writing the
    index: the working file and HEAD have the change, the index has the old version."""
    path = repo / rel
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    temp = {**os.environ, "GIT_INDEX_FILE": str(repo / ".git" / "killed-index")}

    def plumbing(*args: str, input: bytes | None = None) -> str:
        return subprocess.run(["git", *args], cwd=repo, env=temp, input=input, check=True,
                              capture_output=True).stdout.decode().strip()

    blob = plumbing("hash-object", "-w", "--", rel)
    plumbing("read-tree", "HEAD")
    plumbing("update-index", "--cacheinfo", f"100644,{blob},{rel}")
    tree = plumbing("write-tree")
    commit = plumbing("commit-tree", tree, "-p", "HEAD", "-m", "clean-heating-2026/T5: progress 50 → 60")
    plumbing("update-ref", "refs/heads/main", commit)
    (repo / ".git" / "killed-index").unlink()


def test_the_next_save_repairs_an_index_left_behind_head(demo_repo: Path, tracker) -> None:
    killed_commit(demo_repo, A, "    progress: 50\n", "    progress: 60\n")
    assert git(demo_repo, "diff", "--cached", "--name-only") == f"{A}\n"  # the crash state
    result = tracker("--repo", str(demo_repo), "set", "rural-sewage-2026/T4", "status=blocked")
    assert result.code == 0, result.err
    assert git(demo_repo, "diff", "--cached", "--name-only") == ""
    assert git(demo_repo, "status", "--porcelain") == ""
    git(demo_repo, "commit", "-q", "--allow-empty", "-m", "某人的普通提交")
    assert "    progress: 60\n" in git(demo_repo, "show", f"HEAD:{A}")  # not the old plan again


def test_tracker_commit_repairs_it_too(demo_repo: Path, tracker) -> None:
    killed_commit(demo_repo, A, "    progress: 50\n", "    progress: 60\n")
    path = demo_repo / B
    path.write_text(path.read_text(encoding="utf-8").replace("规范竣工验收", "规范竣工验收（手改）"),
                    encoding="utf-8")
    result = tracker("--repo", str(demo_repo), "commit")
    assert result.code == 0, result.err
    assert git(demo_repo, "show", "--name-only", "--format=", "HEAD").split() == [B]
    assert git(demo_repo, "status", "--porcelain") == ""


def test_staged_work_that_is_not_a_crash_is_left_alone(demo_repo: Path) -> None:
    path = demo_repo / A
    path.write_text(path.read_text(encoding="utf-8").replace("    progress: 50\n",
                                                            "    progress: 55\n"), encoding="utf-8")
    git(demo_repo, "add", A)  # a clerk's own staging
    time.sleep(0.05)
    os.utime(demo_repo / ".git" / "refs" / "heads" / "main")  # the ref now looks newer
    assert recovery.index_may_lag(demo_repo)
    assert recovery.repair_index(demo_repo) == []
    assert git(demo_repo, "diff", "--cached", "--name-only") == f"{A}\n"


def test_a_healthy_repository_costs_no_git_process(demo_repo: Path, tracker) -> None:
    assert tracker("--repo", str(demo_repo), "set", "rural-sewage-2026/T4", "status=blocked").code == 0
    assert not recovery.index_may_lag(demo_repo)
