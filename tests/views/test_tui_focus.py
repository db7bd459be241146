"""Something is always focused on the board: a card after opening, after a filter, after a view
or plan switch; and keys that come faster than the screen redraws are all acted on."""

from __future__ import annotations

from textual import events

from tests.conftest import make_repo
from tests.views.test_tui import drive
from views.board import CardList


def focused_card(app) -> str | None:
    focused = app.screen.focused
    return focused.current_ref() if isinstance(focused, CardList) else None


async def burst(app, pilot, *keys: str) -> None:
    """Keys sent as a terminal sends them when typed fast: all queued before any is handled."""
    for key in keys:
        event = events.Key(key, None)
        event.set_sender(app)
        app._driver.send_message(event)
    await pilot.pause()
    await pilot.pause()


def test_a_card_is_focused_after_open(demo_repo):
    async def script(app, pilot):
        assert focused_card(app) == "rural-sewage-2026/T4"

    drive(demo_repo, script)


def test_a_card_is_focused_after_open_when_doing_is_empty(tmp_path):
    plan = ("format: 1\nid: x\ntitle: 计划\nyear: 2026\ntasks:\n"
            "  - {id: T1, title: 甲, due: 2026-12-01, status: todo}\n")
    root = make_repo(tmp_path / "x", {"x": plan})

    async def script(app, pilot):
        assert focused_card(app) == "x/T1"

    drive(root, script)


def test_a_card_is_focused_after_a_filter(demo_repo):
    async def script(app, pilot):
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"status:todo", "enter")
        await pilot.pause()
        ref = focused_card(app)
        assert ref is not None and app.session.find(*ref.rsplit("/", 1))[1].status == "todo"
        await pilot.press("down")
        assert focused_card(app) is not None

    drive(demo_repo, script)


def test_a_card_is_focused_after_a_view_and_plan_switch(demo_repo):
    async def script(app, pilot):
        await pilot.press("t")
        await pilot.pause()
        assert app.screen.focused is not None
        await pilot.press("b")
        await pilot.pause()
        assert focused_card(app) is not None
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        ref = focused_card(app)
        assert ref is not None and ref.startswith("dropout-prevention-2026/")

    drive(demo_repo, script)


def test_three_quick_arrows_move_three_columns(demo_repo):
    async def script(app, pilot):
        await burst(app, pilot, "left", "left", "left", "left")
        assert app.screen.focused.status == "todo"
        await burst(app, pilot, "right", "right", "right")
        assert app.screen.focused.status == "done"

    drive(demo_repo, script)


def test_two_quick_moves_move_the_card_two_columns(demo_repo):
    async def script(app, pilot):
        await burst(app, pilot, "left")
        ref = focused_card(app)
        await burst(app, pilot, "right_square_bracket", "right_square_bracket")
        await app.workers.wait_for_complete()
        await pilot.pause()
        task = app.session.find(*ref.rsplit("/", 1))[1]
        assert task.status == "blocked"
        assert focused_card(app) == ref

    drive(demo_repo, script)


def test_the_task_pane_is_focused_so_every_key_works(demo_repo):
    async def script(app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.focused.id == "task-pane"
        await pilot.press("question_mark")
        await pilot.pause()
        from views.help import HelpDialog

        assert isinstance(app.screen, HelpDialog)

    drive(demo_repo, script)
