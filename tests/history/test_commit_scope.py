"""A tool commit holds exactly the tool's change: a hand edit waiting uncommitted in the same
plan file stays in the working file and out of the commit (or, when the tool's edit needs it,
goes first into a commit of its own), and `tracker undo` reverts only what the tool did."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import git
from tracker.history import git as git_layer
from tracker.store import planfile
from tracker.workspace import Workspace

PLAN = "plans/clean-heating-2026.yaml"
TITLE = "    title: 落实改造补贴资金\n"
HAND_TITLE = "    title: 落实改造补贴资金（手改）\n"


def hand_edit(repo: Path, old: str, new: str) -> None:
    path = repo / PLAN
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def committed(repo: Path, rev: str = "HEAD") -> str:
    return git(repo, "show", f"{rev}:{PLAN}")


def working(repo: Path) -> str:
    return (repo / PLAN).read_text(encoding="utf-8")


def changed_lines(repo: Path, *args: str) -> list[str]:
    diff = git(repo, "diff", "-U0", *args, "--", PLAN)
    return [line for line in diff.splitlines()
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_set_commits_its_field_and_leaves_the_hand_edit_uncommitted(demo_repo: Path,
                                                                     tracker) -> None:
    hand_edit(demo_repo, TITLE, HAND_TITLE)
    result = tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "progress=60")
    assert result.code == 0, result.err
    assert git(demo_repo, "log", "-1", "--format=%s") == "clean-heating-2026/T5: progress 50 → 60\n"
    assert changed_lines(demo_repo, "HEAD~1", "HEAD") == ["-    progress: 50", "+    progress: 60"]
    # the working file has both; the index has just the tool's, so git diff shows the hand edit
    assert HAND_TITLE in working(demo_repo) and "    progress: 60\n" in working(demo_repo)
    assert changed_lines(demo_repo) == [f"-{TITLE.rstrip()}", f"+{HAND_TITLE.rstrip()}"]
    assert git(demo_repo, "diff", "--cached", "--name-only") == ""
    # the clerk commits the title with plain git; undo then reverts only the tool's progress
    git(demo_repo, "commit", "-qam", "标题")
    undone = tracker("--repo", str(demo_repo), "undo")
    assert undone.code == 0, undone.err
    assert HAND_TITLE in working(demo_repo) and "    progress: 50\n" in working(demo_repo)
    assert git(demo_repo, "status", "--porcelain") == ""


def test_an_edit_that_needs_the_hand_edit_commits_it_first_as_its_own(demo_repo: Path,
                                                                       tracker) -> None:
    added = "  - id: T9\n    title: 手工新增的任务\n    status: todo\n"
    hand_edit(demo_repo, "  - id: T5\n", added + "  - id: T5\n")
    result = tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T9", "progress=10")
    assert result.code == 0, result.err
    hand = git(demo_repo, "log", "-1", "--format=%B", "HEAD~1")
    assert "Edit: hand" in hand and "T9" in hand.splitlines()[0]
    assert changed_lines(demo_repo, "HEAD~2", "HEAD~1") == [f"+{line}" for line in
                                                             added.splitlines()]
    assert git(demo_repo, "log", "-1", "--format=%s") == "clean-heating-2026/T9: progress ∅ → 10\n"
    assert changed_lines(demo_repo, "HEAD~1", "HEAD") == ["+    progress: 10"]
    assert git(demo_repo, "status", "--porcelain") == ""
    undone = tracker("--repo", str(demo_repo), "undo")
    assert undone.code == 0, undone.err
    assert added in working(demo_repo) and "    progress: 10\n" not in working(demo_repo)


def test_a_failed_save_is_carried_and_a_later_hand_edit_is_not(
        demo_repo: Path, monkeypatch: pytest.MonkeyPatch, tracker) -> None:
    def refuse(*args: object, **kwargs: object) -> str:
        raise git_layer.GitError("提交失败（测试）", "commit failed (test)")

    monkeypatch.setattr(git_layer, "commit", refuse)
    assert tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "progress=55").code == 1
    monkeypatch.undo()
    hand_edit(demo_repo, TITLE, HAND_TITLE)
    result = tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "status=blocked")
    assert result.code == 0, result.err
    message = git(demo_repo, "log", "-1", "--format=%B")
    assert "Includes: clean-heating-2026/T5: progress 50 → 55" in message
    assert sorted(changed_lines(demo_repo, "HEAD~1", "HEAD")) == [
        "+    progress: 55", "+    status: blocked", "-    progress: 50", "-    status: doing"]
    assert changed_lines(demo_repo) == [f"-{TITLE.rstrip()}", f"+{HAND_TITLE.rstrip()}"]
    assert "没有提交" not in tracker("--repo", str(demo_repo), "check").err


def test_the_workspace_api_used_by_the_tui_keeps_the_hand_edit_out(demo_repo: Path) -> None:
    hand_edit(demo_repo, TITLE, HAND_TITLE)
    ws = Workspace.open(demo_repo)
    plan = ws.plan("clean-heating-2026")
    saved = ws.apply(plan, [planfile.set_field("T5", "progress", 70)], "progress 50 → 70", [],
                     expected_blob=ws.loaded("clean-heating-2026").blob, task_id="T5")
    assert saved.commit and saved.hand_edit_kept and saved.hand_commit is None
    assert HAND_TITLE not in committed(demo_repo) and "progress: 70" in committed(demo_repo)
    assert HAND_TITLE in working(demo_repo)


def test_a_clean_save_is_one_git_commit_as_before(demo_repo: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    ws = Workspace.open(demo_repo)
    edit = planfile.set_field("T5", "progress", 60)
    ws.apply(ws.plan("clean-heating-2026"), [edit], "x", [], task_id="T5")
    calls: list[str] = []
    real = git_layer.run_git

    def counted(root: Path, *args: str, **kwargs: object):  # type: ignore[no-untyped-def]
        calls.append(git_layer._subcommand(args))
        return real(root, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(git_layer, "run_git", counted)
    ws = Workspace.open(demo_repo)
    saved = ws.apply(ws.plan("clean-heating-2026"), [planfile.set_field("T5", "progress", 65)],
                     "y", [], task_id="T5")
    assert saved.commit and not saved.hand_edit_kept
    assert calls == ["commit"]  # git checks the identity itself: one process


def test_an_edit_valid_only_with_the_hand_edit_commits_that_first(demo_repo: Path,
                                                                    tracker) -> None:
    added = "  - id: T9\n    title: 手工新增的任务\n    status: todo\n"
    hand_edit(demo_repo, "  - id: T5\n", added + "  - id: T5\n")
    result = tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "depends_on=T9")
    assert result.code == 0, result.err
    assert "Edit: hand" in git(demo_repo, "log", "-1", "--format=%B", "HEAD~1")
    assert "depends_on" in git(demo_repo, "log", "-1", "--format=%s")
    assert "T9" in committed(demo_repo, "HEAD~1") and "T9" not in committed(demo_repo, "HEAD~2")
    assert changed_lines(demo_repo, "HEAD~1", "HEAD") == ["+    depends_on: [T9]"]
    assert git(demo_repo, "status", "--porcelain") == ""


def test_a_hook_refusing_a_scoped_commit_keeps_the_tool_edit_pending_apart_from_the_hand_edit(
        demo_repo: Path, tracker) -> None:
    hook = demo_repo / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(exist_ok=True)
    hook.write_text("#!/bin/sh\necho '今天不收提交' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    hand_edit(demo_repo, TITLE, HAND_TITLE)
    refused = tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "progress=60")
    assert refused.code == 1 and "今天不收提交" in refused.err
    assert HAND_TITLE in working(demo_repo) and "    progress: 60\n" in working(demo_repo)
    assert list((demo_repo / ".git" / "tracker").glob("index.*")) == []  # temporary index gone
    hook.unlink()
    result = tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "status=blocked")
    assert result.code == 0, result.err
    assert "Includes: clean-heating-2026/T5: progress 50 → 60" in git(demo_repo, "log", "-1",
                                                                       "--format=%B")
    assert "    progress: 60\n" in committed(demo_repo) and HAND_TITLE not in committed(demo_repo)
    assert changed_lines(demo_repo) == [f"-{TITLE.rstrip()}", f"+{HAND_TITLE.rstrip()}"]


@pytest.mark.parametrize("old, new", [
    ("    title: 农村电网增容改造\n", "    title: 农村电网增容改造（手改）\n"),  # another task
    (TITLE, HAND_TITLE),  # the task the tool edits
])
def test_a_hand_edit_made_after_the_tool_s_last_edit_is_neither_lost_nor_committed(
        demo_repo: Path, tracker, old: str, new: str) -> None:
    """After an edit the tool keeps the plan as it left it and edits from that the next time
    (store/editcache); a hand edit made since changes the file's bytes, so the whole file is
    read again: the hand edit stays in the working file, out of the tool's commit."""
    from tracker.store import editcache, load

    cache = demo_repo / ".git" / "tracker"
    assert tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "progress=60").code == 0
    left = (demo_repo / PLAN).read_bytes()
    assert editcache.get(cache, PLAN, load.blob_id(left)) == load.load_plan_bytes(left, PLAN)
    hand_edit(demo_repo, old, new)
    result = tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "progress=70")
    assert result.code == 0, result.err
    assert changed_lines(demo_repo, "HEAD~1", "HEAD") == ["-    progress: 60", "+    progress: 70"]
    assert new in working(demo_repo) and "    progress: 70\n" in working(demo_repo)
    assert changed_lines(demo_repo) == [f"-{old.rstrip()}", f"+{new.rstrip()}"]
    now = (demo_repo / PLAN).read_bytes()
    assert editcache.get(cache, PLAN, load.blob_id(now)) == load.load_plan_bytes(now, PLAN)
    shown = tracker("--repo", str(demo_repo), "show", "clean-heating-2026/T5")
    assert "70" in shown.out
