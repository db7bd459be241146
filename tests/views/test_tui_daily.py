"""Daily work from the TUI: add a task, edit lead/owners/support through a picker over
units.yaml (a name not there asks first), phase by title, a unit's own status, the reporting
unit of an update, and `u` that shows the last change and undoes it."""

from __future__ import annotations

from textual.widgets import OptionList

from tests.views.test_tui import commits, drive, head, plan_text, screen_text
from views.detail import TaskScreen
from views.pickers import Question, UnitPicker


def test_add_a_task_from_the_board(demo_repo):
    before = commits(demo_repo)

    async def script(app, pilot):
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # dropout-prevention-2026
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        screen = app.screen
        assert "新任务 dropout-prevention-2026/T5" in screen_text(app)
        screen.query_one("#title").value = "开展家访"
        screen.query_one("#owners").value = "实验小学"
        screen.query_one("#due").value = "12月底前"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TaskScreen) and app.screen.task_id == "T5"

    drive(demo_repo, script)
    assert commits(demo_repo) == before + 1
    text = plan_text(demo_repo, "dropout-prevention-2026")
    assert ("  - id: T5\n    title: 开展家访\n    owners: [实验小学]\n    due: 2026-12-31\n"
            "    due_text: 12月底前\n    status: todo\n") in text
    assert "dropout-prevention-2026/T5: add T5 开展家访" in head(demo_repo)


def test_the_unit_picker_filters_by_alias_and_adds_the_name(demo_repo):
    async def script(app, pilot):
        app.open_task("dropout-prevention-2026", "T4")
        await pilot.pause()
        await pilot.click("#pick-support")
        await pilot.pause()
        assert isinstance(app.screen, UnitPicker)
        await pilot.press(*"教育")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        names = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert "县教育局" in names and "城关镇" not in names
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TaskScreen)
        assert app.screen.query_one("#support").value.endswith("县教育局")

    drive(demo_repo, script)


def test_an_unknown_unit_asks_before_it_is_saved(demo_repo):
    before = commits(demo_repo)

    async def script(app, pilot):
        app.open_task("clean-heating-2026", "T4")
        await pilot.pause()
        app.screen.query_one("#owners").value = "北山镇"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, Question)
        assert "北山镇" in screen_text(app) and "北山乡" in screen_text(app)  # the near name
        await pilot.click("#answer-cancel")
        await pilot.pause()
        assert commits(demo_repo) == before
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.click("#answer-save")
        await pilot.pause()

    drive(demo_repo, script)
    assert commits(demo_repo) == before + 1
    assert "owners: [北山镇]" in plan_text(demo_repo, "clean-heating-2026")


def test_phase_is_chosen_by_title(demo_repo):
    async def script(app, pilot):
        app.open_task("clean-heating-2026", "T4")
        await pilot.pause()
        select = app.screen.query_one("#phase")
        titles = [str(prompt) for prompt, _ in select._options]
        assert "组织实施" in titles
        select.value = "P1"
        await pilot.press("ctrl+s")
        await pilot.pause()

    drive(demo_repo, script)
    assert "clean-heating-2026/T4: phase P2 → P1" in head(demo_repo)


def test_a_units_own_status_and_the_reporting_unit_of_an_update(demo_repo):
    async def script(app, pilot):
        app.open_task("clean-heating-2026", "T3")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#unit-name").value = "东关镇"
        await pilot.pause()
        assert screen.query_one("#unit-status").value == "doing"  # its own status, shown
        screen.query_one("#unit-status").value = "blocked"
        screen.query_one("#unit-note").value = "等设备"
        screen.query_one("#set-unit").press()
        await pilot.pause()
        screen.query_one("#update").load_text("北山乡设备到货")
        screen.query_one("#update-unit").value = "北山乡"
        await pilot.press("ctrl+s")
        await pilot.pause()

    drive(demo_repo, script, size=(120, 60))
    text = plan_text(demo_repo, "clean-heating-2026")
    assert "东关镇: {status: blocked, note: 等设备}" in text
    assert "        unit: 北山乡\n        text: 北山乡设备到货\n" in text


def test_undo_shows_the_change_and_reverts_it(demo_repo):
    before = commits(demo_repo)

    async def script(app, pilot):
        await pilot.press("right_square_bracket")  # rural-sewage-2026/T4 doing -> blocked
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.screen, Question)
        assert "rural-sewage-2026/T4: status doing → blocked" in screen_text(app)
        await pilot.click("#answer-undo")
        await pilot.pause()
        assert app.session.find("rural-sewage-2026", "T4")[1].status == "doing"
        assert "已撤销" in screen_text(app)

    drive(demo_repo, script)
    assert commits(demo_repo) == before + 2
    assert head(demo_repo).startswith("测试员|undo: rural-sewage-2026/T4: status doing → blocked")


def test_tab_goes_from_field_to_field_so_nothing_typed_is_lost(demo_repo):
    """A clerk fills the new-task form with Tab: from 牵头单位 the next Tab stop is 责任单位, then
    配合单位, then 责任领导, not the 选择… button beside each (a button takes no text, so what was
    typed there was lost without a word); the buttons still work by mouse, and F2 picks."""
    async def script(app, pilot):
        await pilot.press("n")
        await pilot.pause()
        screen = app.screen
        screen.set_focus(screen.query_one("#lead"))
        await pilot.pause()
        order = []
        for _ in range(4):
            await pilot.press("tab")
            await pilot.pause()
            order.append(app.focused.id if app.focused is not None else None)
        assert order == ["owners", "support", "leader", "phase"]
        await pilot.click("#pick-owners")
        await pilot.pause()
        assert isinstance(app.screen, UnitPicker)

    drive(demo_repo, script)
