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
