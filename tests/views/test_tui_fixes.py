"""Timeline and accountability fixes: the today marker never hides a scale label, a plan switch
brings today back, plan rows fold; units in units.yaml order; the drill-in shows whole dates; a
move to 已完成 of a blocked task or one below 100 % asks first."""

from __future__ import annotations

from tests.views.test_tui import commits, drive, screen_text
from tests.views.test_tui_focus import focused_card
from views.accountability import UnitScreen
from views.board import CardList
from views.pickers import Question
from views.timeline import LABEL, Chart


def test_today_marker_never_overwrites_a_scale_label(demo_repo):
    async def script(app, pilot):
        await pilot.press("t")
        await pilot.pause()
        chart = app.screen.query_one(Chart)
        for zoom_key in ("plus", "minus", "minus"):  # week, month, quarter
            await pilot.press(zoom_key)
            await pilot.pause()
            line = "".join(seg.text for seg in list(chart.render_line(0))[1:])  # after the head
            today = chart.data.today_col - int(chart.scroll_x)
            for tick in chart.data.scale.ticks():
                at = tick.col - int(chart.scroll_x)
                if at <= today < at + len(tick.label) and line[at:at + len(tick.label)] == tick.label:
                    break  # today falls inside a label, and the label is whole
            else:
                assert line[today] == "▼"

    drive(demo_repo, script)


def test_a_plan_switch_brings_today_back(demo_repo):
    async def script(app, pilot):
        await pilot.press("t")
        await pilot.pause()
        chart = app.screen.query_one(Chart)
        chart.scroll_to(x=0, animate=False)
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.pause()
        today = chart.data.today_col
        assert chart.scroll_x <= today <= chart.scroll_x + chart.size.width - LABEL

    drive(demo_repo, script)


def test_enter_on_a_plan_row_folds_it(demo_repo):
    async def script(app, pilot):
        await pilot.press("t")
        await pilot.pause()
        chart = app.screen.query_one(Chart)
        before = len(chart.data.rows)
        await pilot.press("home", "enter")
        await pilot.pause()
        plan = chart.data.rows[0].plan_id
        assert len(chart.data.rows) < before
        assert [r for r in chart.data.rows if r.plan_id == plan] == [chart.data.rows[0]]
        assert "▸" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert len(chart.data.rows) == before

    drive(demo_repo, script)


def test_units_sort_in_units_yaml_order(demo_repo):
    async def script(app, pilot):
        await pilot.press("a")
        await pilot.pause()
        app.screen.sort_key, app.screen.reverse = "unit", False
        app.screen.draw_body()
        table = app.screen.query_one("#units")
        units = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        towns = [u for u in units if u in ("城关镇", "河西乡", "东关镇", "北山乡")]
        assert towns == ["城关镇", "河西乡", "东关镇", "北山乡"]

    drive(demo_repo, script)


def test_the_drill_in_shows_whole_dates_at_80_columns(demo_repo):
    async def script(app, pilot):
        app.push_screen(UnitScreen("北山乡"))
        await pilot.pause()
        assert "2026-09-30" in screen_text(app)

    drive(demo_repo, script, size=(80, 24))


def test_a_move_to_done_of_a_blocked_task_asks_first(demo_repo):
    before = commits(demo_repo)

    async def script(app, pilot):
        blocked = app.screen.query_one("#col-blocked", CardList)
        app.screen.focus_list(blocked)
        await pilot.pause()
        ref = focused_card(app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert isinstance(app.screen, Question)
        assert "受阻" in screen_text(app) and "进度 40%" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.session.find(*ref.rsplit("/", 1))[1].status == "blocked"
        await pilot.press("right_square_bracket")
        await pilot.pause()
        await pilot.click("#answer-done")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.session.find(*ref.rsplit("/", 1))[1].status == "done"

    drive(demo_repo, script)
    assert commits(demo_repo) == before + 1


def test_a_drill_in_move_to_done_asks_first(demo_repo):
    async def script(app, pilot):
        app.push_screen(UnitScreen("北山乡"))
        await pilot.pause()
        table = app.screen.query_one("#unit-tasks")
        refs = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        table.move_cursor(row=refs.index("clean-heating-2026/T4"))  # blocked, 40 %
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert isinstance(app.screen, Question)

    drive(demo_repo, script)


def test_the_drill_in_at_80_columns_leaves_room_for_the_title(demo_repo):
    """At 80 columns a unit's task list cut every title to three characters (建设污): the
    task's own status, beside the unit's, took the room. On a narrow screen that column goes
    (the task's status is one key away, in its detail); dates stay whole."""
    async def script(app, pilot):
        app.push_screen(UnitScreen("镇环保站"))
        await pilot.pause()
        text = screen_text(app)
        assert "建设污水管网" in text and "2026-10-31" in text, text
        assert "任务状态" not in text
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        assert "任务状态" in screen_text(app) and "建设污水管网和处理设施" in screen_text(app)

    drive(demo_repo, script, size=(80, 24))
