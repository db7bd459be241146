"""Typing at once after the key that opens a dialog or a form: a clerk presses / and types the
filter without waiting for the box to be drawn, and every character must land in it."""

from __future__ import annotations

from textual import events

from tests.conftest import git
from tests.views.test_tui import drive
from views.dialogs import FilterDialog

NAMES = {"/": "slash", ":": "colon", " ": "space"}


async def typed_fast(app, pilot, text: str) -> None:
    """Characters as a terminal sends them when typed fast: all queued before any is handled."""
    for ch in text:
        event = events.Key(NAMES.get(ch, ch), ch)
        event.set_sender(app)
        app._driver.send_message(event)
    await pilot.pause()
    await pilot.pause()


def test_a_filter_typed_at_once_after_the_slash_is_all_in_the_box(demo_repo):
    """`/status:doing` typed in one go: the box opened, but what came before it was focused
    went to the screen behind it and was lost (the box showed the old filter, unchanged)."""
    async def script(app, pilot):
        await typed_fast(app, pilot, "/status:doing 推进")
        assert isinstance(app.screen, FilterDialog)
        assert app.screen.query_one("#query").value == "status:doing 推进"

    drive(demo_repo, script)


def test_a_title_typed_at_once_after_n_is_all_in_the_title(demo_repo):
    """n and a title typed in one go: the letters came before the form had its focus, and t
    of "test" was the app's key for the timeline."""
    from views.newtask import NewTaskScreen

    async def script(app, pilot):
        await typed_fast(app, pilot, "n设备test")
        await pilot.pause()
        assert isinstance(app.screen, NewTaskScreen)
        assert app.screen.query_one("#title").value == "设备test"

    drive(demo_repo, script)


def test_a_card_moved_and_q_pressed_at_once_is_still_written(demo_repo):
    """] then q in one go: the card was shown moved, the app quit before the worker that
    writes the move had run, and the move was never written nor committed, without a word.
    Quitting now waits for the edits already shown."""
    from tests.views.test_tui import commits
    from tests.views.test_tui_focus import burst, focused_card

    before = commits(demo_repo)
    moved: list[str] = []

    async def script(app, pilot):
        moved.append(focused_card(app))
        await burst(app, pilot, "right_square_bracket", "q")
        await app.workers.wait_for_complete()

    drive(demo_repo, script)
    assert commits(demo_repo) == before + 1
    assert moved == ["rural-sewage-2026/T4"]
    assert "status doing → blocked" in git(demo_repo, "log", "-1", "--format=%s")


def test_a_unit_typed_at_once_after_f2_is_in_the_picker_not_the_form(demo_repo):
    """F2 in a unit field and 北山 typed in one go: the letters went into the form's field,
    which still had the focus while the picker was being drawn (责任单位 read 北山乡北山 and the
    picker opened unfiltered)."""
    from tests.views.test_tui_typing import open_task
    from views.pickers import UnitPicker

    async def script(app, pilot):
        await open_task(app, pilot)
        owners = app.screen.query_one("#owners")
        before = owners.value
        owners.focus()
        await pilot.pause()
        for key, ch in [("f2", None), ("北", "北"), ("山", "山")]:
            event = events.Key(key, ch)
            event.set_sender(app)
            app._driver.send_message(event)
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, UnitPicker)
        assert app.screen.query_one("#unit-filter").value == "北山"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#owners").value == before

    drive(demo_repo, script)
