"""The TUI saves through Workspace.apply: a hand edit waiting in the same plan file stays
uncommitted in the file and out of the commit the TUI makes, as with `tracker set`."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import git
from tests.views.test_tui import drive, head
from views.board import CardList

PLAN = "plans/rural-sewage-2026.yaml"


def _hand_edit(root: Path) -> Path:
    """A title changed by hand in another window, not committed."""
    path = root / PLAN
    path.write_text(path.read_text(encoding="utf-8").replace("规范竣工验收", "规范竣工验收（手改）"),
                    encoding="utf-8")
    return path


async def _move_t4_right(app, pilot) -> None:  # type: ignore[no-untyped-def]
    doing = app.screen.query_one("#col-doing", CardList)
    doing.focus()
    await pilot.pause()
    assert doing.current_ref() == "rural-sewage-2026/T4"
    await pilot.press("right_square_bracket")
    await app.workers.wait_for_complete()
    await pilot.pause()


def test_a_card_move_commits_the_move_and_not_the_hand_edit_beside_it(demo_repo: Path) -> None:
    path = _hand_edit(demo_repo)

    async def script(app, pilot):  # type: ignore[no-untyped-def]
        await _move_t4_right(app, pilot)
        assert any("已保存并提交" in n.message for n in app._notifications)
        # the banner still says a hand edit waits: the save left it in the file
        assert PLAN in app.session.hand_edited

    drive(demo_repo, script)
    assert head(demo_repo).startswith("测试员|rural-sewage-2026/T4: status doing → blocked")
    committed = git(demo_repo, "diff", "-U0", "HEAD~1", "HEAD", "--", PLAN)
    assert "+    status: blocked" in committed and "手改" not in committed
    assert "规范竣工验收（手改）" in path.read_text(encoding="utf-8")
    assert "    status: blocked\n" in path.read_text(encoding="utf-8")
    assert git(demo_repo, "status", "--porcelain") == f" M {PLAN}\n"  # the hand edit, still waiting


def test_undo_from_the_tui_reverts_the_move_and_keeps_the_hand_edit(demo_repo: Path) -> None:
    import datetime as dt

    from views.session import Session

    path = _hand_edit(demo_repo)
    s = Session(demo_repo, dt.date(2026, 11, 23), "zh", "测试员")
    plan = next(p for p in s.plans if p.id == "rural-sewage-2026")
    s.set_status(plan, plan.task("T4"), "blocked")
    target = s.undo_target()
    assert target is not None and "blocked" in target.subject
    s.undo(target)
    text = path.read_text(encoding="utf-8")
    assert "规范竣工验收（手改）" in text  # the hand edit stays, uncommitted
    assert "手改" not in git(demo_repo, "show", f"HEAD:{PLAN}")
    assert git(demo_repo, "log", "-1", "--format=%s").startswith("undo: ")
    committed = git(demo_repo, "diff", "HEAD~2", "HEAD", "--", PLAN)
    assert committed == ""  # the move and its undo cancel out in history


def test_c_in_the_tui_finishes_a_merge_a_sync_left_as_tracker_commit_does(tmp_path: Path,
                                                                           tracker) -> None:
    """A sync stopped on a conflict; the clerk fixed the value in an editor beside the open
    TUI and pressed c (commit hand edits). That concludes the merge, as `tracker commit`
    does, instead of answering that a merge is in progress and should be committed."""
    from tests.conftest import TODAY, two_offices
    from tests.history.test_walk import PLAN as SMALL

    a, b = two_offices(tmp_path, tracker, {"p": SMALL})
    assert tracker("--repo", str(a), "--by", "张三", "set", "p/T1", "status=blocked").code == 0
    assert tracker("--repo", str(b), "--by", "李四", "set", "p/T1", "status=done").code == 0
    assert tracker("--repo", str(a), "--today", TODAY, "sync").code == 0
    assert tracker("--repo", str(b), "--today", TODAY, "sync").code == 1
    path = b / "plans/p.yaml"

    async def script(app, pilot):  # type: ignore[no-untyped-def]
        text = path.read_text(encoding="utf-8")
        path.write_text(text[:text.index("    conflict:\n")] + text[text.index("  - id: T2"):],
                        encoding="utf-8")
        app.poll_files()
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert not any("正在合并" in m for m in messages), messages

    drive(b, script)
    assert len(git(b, "log", "-1", "--format=%P").split()) == 2  # the merge is concluded
    assert git(b, "log", "-1", "--format=%s").startswith("sync: merge origin/main: p/T1: status")
    assert git(b, "status", "--porcelain") == ""
    assert tracker("--repo", str(b), "--today", TODAY, "sync").code == 0


def test_a_move_that_takes_back_a_hand_edit_commits_nothing_and_says_so(demo_repo: Path) -> None:
    """T4 moved to 受阻 by hand in the file (not committed); the clerk moves the card back to
    推进中 in the TUI. The file is then the committed one: there is nothing to commit, and
    the TUI said '已保存文件，但 git 提交失败'."""
    path = demo_repo / PLAN
    committed = path.read_text(encoding="utf-8")
    block = committed[committed.index("  - id: T4\n"):]
    path.write_text(committed.replace(block, block.replace("    status: doing\n",
                                                           "    status: blocked\n", 1), 1),
                    encoding="utf-8")
    before = git(demo_repo, "rev-parse", "HEAD")

    async def script(app, pilot):  # type: ignore[no-untyped-def]
        app.poll_files()
        await pilot.pause()
        blocked = app.screen.query_one("#col-blocked", CardList)
        app.screen.focus_list(blocked)
        await pilot.pause()
        assert blocked.current_ref() == "rural-sewage-2026/T4"
        await pilot.press("left_square_bracket")
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any("无需提交" in m for m in said) and not any("失败" in m for m in said), said
        assert PLAN not in app.session.hand_edited

    drive(demo_repo, script)
    assert git(demo_repo, "rev-parse", "HEAD") == before
    assert path.read_text(encoding="utf-8") == committed
    assert git(demo_repo, "status", "--porcelain") == ""


def test_an_edit_that_needs_the_hand_edit_says_the_hand_edit_was_committed_first(demo_repo: Path) -> None:
    """A task added by hand (not committed) and moved on the board at once: the move needs
    the hand edit, so the core commits that first, on its own, as `tracker set` does. The CLI
    says so; the TUI said only "已保存并提交 <the move>", and the clerk's hand edit went into
    git without a word. Now the message names the commit that holds it."""
    path = demo_repo / PLAN
    path.write_text(path.read_text(encoding="utf-8")
                    + "  - id: T9\n    title: 手工加的任务\n    owners: [城关镇]\n    status: todo\n",
                    encoding="utf-8")

    async def script(app, pilot):  # type: ignore[no-untyped-def]
        app.session.set_plan("rural-sewage-2026")
        app.data_changed()
        await pilot.pause()
        todo = app.screen.query_one("#col-todo", CardList)
        app.screen.focus_list(todo)
        todo.select("rural-sewage-2026/T9")
        await pilot.pause()
        await pilot.press("right_square_bracket")
        await app.workers.wait_for_complete()
        await pilot.pause()
        hand = git(demo_repo, "log", "-1", "--format=%h", "HEAD~1").strip()
        said = [n.message for n in app._notifications]
        assert any(hand in m and "手工修改" in m for m in said), (hand, said)

    drive(demo_repo, script)
    assert head(demo_repo).startswith("测试员|rural-sewage-2026/T9: status todo → doing")
    assert "T9" in git(demo_repo, "log", "-1", "--format=%s", "HEAD~1")  # the hand edit's own commit


def test_a_save_beside_a_hand_edit_says_the_hand_edit_stays_uncommitted(demo_repo: Path) -> None:
    """The TUI's message after a save beside a hand edit said only what was committed; the CLI
    also says the hand edit was left out and stays in the file. Now the TUI names it too."""
    _hand_edit(demo_repo)

    async def script(app, pilot):  # type: ignore[no-untyped-def]
        await _move_t4_right(app, pilot)
        said = [n.message for n in app._notifications]
        assert any("已保存并提交" in m and PLAN in m and "仍留在文件里" in m for m in said), said

    drive(demo_repo, script)
