"""Empty states say what to do; unknown filter values are errors; a card names its plan when
more than one plan is shown."""

from __future__ import annotations

import pytest

from tests.conftest import make_repo
from tests.views.test_tui import drive, screen_text
from tracker.query import QueryError
from views.board import CardList


def test_an_empty_repository_says_how_to_add_a_plan(tmp_path):
    root = make_repo(tmp_path / "empty", {})

    async def script(app, pilot):
        text = screen_text(app)
        assert "还没有计划" in text and "tracker import" in text

    drive(root, script)


def test_plans_without_tasks_shown_all_at_once_are_not_called_one_plan(tmp_path):
    """With 全部 selected and no plan holding a task, the board said 这个计划还没有任务 (this
    plan), and n would add to whichever plan comes first: it says so of all of them, and how
    to pick the plan the task is for."""
    empty = "id: {0}\ntitle: 方案{0}\nyear: 2026\ntasks: []\n"
    root = make_repo(tmp_path / "office", {"a": empty.format("a"), "b": empty.format("b")})

    async def script(app, pilot):
        text = screen_text(app)
        assert "这个计划还没有任务" not in text
        assert "这些计划都还没有任务" in text and "按 p" in text

    drive(root, script)


def test_an_empty_filter_result_says_so_and_how_to_clear(demo_repo):
    async def script(app, pilot):
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"不存在的词", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "没有符合筛选" in text and "不存在的词" in text and "按 /" in text

    drive(demo_repo, script)


def test_an_unknown_status_in_a_filter_is_an_error(demo_repo):
    async def script(app, pilot):
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"status:完结", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "完结" in text and "未知状态" in text and "是不是" in text  # done? wraps
        assert app.session.query_text == ""
        await pilot.press("escape")

    drive(demo_repo, script)


def test_an_unknown_plan_in_a_filter_is_an_error(demo_repo):
    async def script(app, pilot):
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"plan:nope", "enter")
        await pilot.pause()
        assert "没有计划" in screen_text(app) and app.session.query_text == ""
        await pilot.press("escape")

    drive(demo_repo, script)


def test_cards_name_their_plan_when_several_plans_are_shown(demo_repo):
    async def script(app, pilot):
        text = screen_text(app)
        assert "农村生活 T4" in text
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "控辍保学 T" not in text
        cards = app.screen.query_one("#col-todo", CardList)
        assert cards.cards

    drive(demo_repo, script)


def test_an_empty_filter_result_says_so_in_every_view(demo_repo):
    async def script(app, pilot):
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"不存在的词", "enter")
        await pilot.pause()
        for view in ("t", "a"):
            await pilot.press(view)
            await pilot.pause()
            assert "没有符合筛选" in screen_text(app), view

    drive(demo_repo, script)


def test_an_unknown_plan_is_an_error_however_the_colon_is_typed(demo_repo):
    # `plan：nope` (full-width colon) and `plan: nope` (a space, as YAML writes it) filter
    # like plan:nope, so they are refused like it, not shown as an empty board.
    async def script(app, pilot):
        for typed in ("plan：nope", "plan: nope", "-plan：nope"):
            with pytest.raises(QueryError):
                app.session.set_query(typed)
            assert app.session.query_text == ""

    drive(demo_repo, script)
