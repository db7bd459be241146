"""`tracker undo` while a hand edit waits uncommitted in the same plan: the tool's change is
reverted in the commit and in the working file, and the hand edit stays, still uncommitted."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import git
from tests.history.test_commit_scope import (
    HAND_TITLE,
    TITLE,
    changed_lines,
    hand_edit,
    working,
)


def test_undo_reverts_only_the_tools_change_and_keeps_the_hand_edit(demo_repo: Path,
                                                                     tracker) -> None:
    hand_edit(demo_repo, TITLE, HAND_TITLE)
    saved = tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "progress=60")
    assert saved.code == 0 and "手工修改没有一起提交" in saved.out
    undone = tracker("--repo", str(demo_repo), "undo")
    assert undone.code == 0, undone.err
    assert git(demo_repo, "log", "-1", "--format=%s").startswith("undo: ")
    assert changed_lines(demo_repo, "HEAD~1", "HEAD") == ["-    progress: 60", "+    progress: 50"]
    assert HAND_TITLE in working(demo_repo) and "    progress: 50\n" in working(demo_repo)
    assert changed_lines(demo_repo) == [f"-{TITLE.rstrip()}", f"+{HAND_TITLE.rstrip()}"]
    assert "手工修改" in undone.out or "hand edit" in undone.out


def test_undo_refuses_when_the_hand_edit_touched_the_same_lines(demo_repo: Path,
                                                                tracker) -> None:
    assert tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "progress=60").code == 0
    hand_edit(demo_repo, "    progress: 60\n", "    progress: 65\n")
    before = working(demo_repo)
    head = git(demo_repo, "rev-parse", "HEAD")
    refused = tracker("--repo", str(demo_repo), "undo")
    assert refused.code == 1 and "Traceback" not in refused.err
    assert working(demo_repo) == before and git(demo_repo, "rev-parse", "HEAD") == head


def test_undo_runs_the_commit_hooks_unless_told_not_to(demo_repo: Path, tracker) -> None:
    assert tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "progress=60").code == 0
    hook = demo_repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho '撤销需经科长同意' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    head = git(demo_repo, "rev-parse", "HEAD")
    refused = tracker("--repo", str(demo_repo), "undo")
    assert refused.code == 1 and "撤销需经科长同意" in refused.err
    assert git(demo_repo, "rev-parse", "HEAD") == head
    assert git(demo_repo, "status", "--porcelain") == ""  # no half-done revert left behind
    forced = tracker("--repo", str(demo_repo), "--no-verify", "undo")
    assert forced.code == 0, forced.err
    assert "    progress: 50\n" in working(demo_repo)
