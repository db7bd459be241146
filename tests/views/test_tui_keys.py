"""The key line at the bottom of every screen: on an 80-column terminal it cannot hold every
key, and what it drops must never be the way out (q) or the way to the rest (?)."""

from __future__ import annotations

import pytest

from tests.views.test_tui import drive, screen_text


def key_line(app) -> str:
    return [line for line in screen_text(app).splitlines() if line.strip()][-1]


@pytest.mark.parametrize(("keys", "own"), [([], "b 看板"), (["t"], "t 时间轴"),
                                           (["a"], "a 责任单位")])
def test_at_80_columns_every_view_shows_how_to_quit_and_where_the_keys_are(demo_repo, keys, own):
    async def script(app, pilot):
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
        line = key_line(app)
        assert "? 按键" in line and "q 退出" in line, line
        assert own not in line, line  # the key of the view already shown goes first
        assert len(line.rstrip()) <= 80

    drive(demo_repo, script, lang="zh", size=(80, 24))


def test_a_task_at_80_columns_keeps_its_own_keys(demo_repo):
    async def script(app, pilot):
        app.open_task("clean-heating-2026", "T3")
        await pilot.pause()
        await app.workers.wait_for_complete()
        line = key_line(app)
        for key in ("esc 返回", "^s 保存", "? 按键", "q 退出"):
            assert key in line, line

    drive(demo_repo, script, lang="zh", size=(80, 24))


def test_a_wide_terminal_shows_every_key_in_order(demo_repo):
    async def script(app, pilot):
        line = key_line(app)
        order = ["t 时间轴", "a 责任单位", "/ 筛选", "p 计划", "? 按键", "n 新任务", "u 撤销",
                 "q 退出"]
        at = [line.index(k) for k in order]
        assert at == sorted(at), line

    drive(demo_repo, script, lang="zh", size=(200, 40))


def test_the_line_is_fitted_again_when_the_terminal_is_resized(demo_repo):
    async def script(app, pilot):
        assert "u 撤销" in key_line(app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        line = key_line(app)
        assert "q 退出" in line and len(line.rstrip()) <= 80, line

    drive(demo_repo, script, lang="zh", size=(200, 40))


def test_in_english_too(demo_repo):
    async def script(app, pilot):
        await pilot.press("t")
        await pilot.pause()
        line = key_line(app)
        assert "? Keys" in line and "q Quit" in line, line
        assert len(line.rstrip()) <= 80

    drive(demo_repo, script, lang="en", size=(80, 24))


def test_home_and_end_go_to_the_first_and_last_unit(demo_repo):
    """Home and End are the first and last row on the board and the timeline; in the
    accountability view and a unit's task list they scrolled the table sideways instead (at
    80 columns the unit names went off the screen) and the cursor stayed where it was."""
    from views.accountability import UnitScreen

    async def script(app, pilot):
        await pilot.press("a")
        await pilot.pause()
        table = app.screen.query_one("#units")
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == table.row_count - 1 and table.scroll_x == 0
        await pilot.press("home")
        await pilot.pause()
        assert table.cursor_row == 0
        app.push_screen(UnitScreen("北山乡"))
        await pilot.pause()
        tasks = app.screen.query_one("#unit-tasks")
        await pilot.press("end")
        await pilot.pause()
        assert tasks.cursor_row == tasks.row_count - 1 and tasks.scroll_x == 0

    drive(demo_repo, script, size=(80, 24))
