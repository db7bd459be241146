"""A hand edit the clerk had staged (`git add`) stays staged when the tool commits its own
edit of the same plan beside it: the index holds the staged version with the tool's edit
applied, so a plain `git commit` afterwards commits what was staged, and nothing more."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import git
from tests.history.test_commit_scope import HAND_TITLE, PLAN, TITLE, hand_edit, working


def _lines(repo: Path, *args: str) -> list[str]:
    diff = git(repo, "diff", "-U0", *args, "--", PLAN)
    return [line for line in diff.splitlines()
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_a_staged_hand_edit_stays_staged_after_a_tool_edit_beside_it(demo_repo: Path,
                                                                     tracker) -> None:
    hand_edit(demo_repo, TITLE, HAND_TITLE)
    git(demo_repo, "add", PLAN)
    saved = tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "progress=60")
    assert saved.code == 0, saved.err
    assert _lines(demo_repo, "HEAD~1", "HEAD") == ["-    progress: 50", "+    progress: 60"]
    assert _lines(demo_repo, "--cached") == [f"-{TITLE.rstrip()}", f"+{HAND_TITLE.rstrip()}"]
    assert _lines(demo_repo) == []  # nothing unstaged: it was all staged before
    assert git(demo_repo, "status", "--porcelain") == f"M  {PLAN}\n"
    git(demo_repo, "commit", "-qm", "标题")
    assert git(demo_repo, "status", "--porcelain") == ""
    assert HAND_TITLE in working(demo_repo) and "    progress: 60\n" in working(demo_repo)


def test_only_the_staged_part_stays_staged(demo_repo: Path, tracker) -> None:
    hand_edit(demo_repo, TITLE, HAND_TITLE)
    git(demo_repo, "add", PLAN)
    hand_edit(demo_repo, "  - id: T3\n", "  # 未暂存的备注\n  - id: T3\n")
    saved = tracker("--repo", str(demo_repo), "note", "clean-heating-2026/T5", "资金已拨付",
                    "--today", "2026-11-23")
    assert saved.code == 0, saved.err
    assert _lines(demo_repo, "--cached") == [f"-{TITLE.rstrip()}", f"+{HAND_TITLE.rstrip()}"]
    assert _lines(demo_repo) == ["+  # 未暂存的备注"]
    assert "资金已拨付" in git(demo_repo, "show", f"HEAD:{PLAN}")
