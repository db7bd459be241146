"""The TUI saves through Workspace.apply: a hand edit waiting in the same plan file stays
uncommitted in the file and out of the commit the TUI makes, as with `tracker set`."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import git
from tests.views.test_tui import drive, head
from views.board import CardList

PLAN = "plans/rural-sewage-2026.yaml"


def test_a_card_move_commits_the_move_and_not_the_hand_edit_beside_it(demo_repo: Path) -> None:
    path = demo_repo / PLAN
    path.write_text(path.read_text(encoding="utf-8").replace("规范竣工验收", "规范竣工验收（手改）"),
                    encoding="utf-8")

    async def script(app, pilot):  # type: ignore[no-untyped-def]
        doing = app.screen.query_one("#col-doing", CardList)
        doing.focus()
        await pilot.pause()
        assert doing.current_ref() == "rural-sewage-2026/T4"
        await pilot.press("right_square_bracket")
        await app.workers.wait_for_complete()
        await pilot.pause()
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

    path = demo_repo / PLAN
    path.write_text(path.read_text(encoding="utf-8").replace("规范竣工验收", "规范竣工验收（手改）"),
                    encoding="utf-8")
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
