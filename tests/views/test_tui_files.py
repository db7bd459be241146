"""The plan files the open app watches are the ones every command reads (store.paths): a
plan saved as .yml while the app is open is named as not read, and a link is never read."""

from __future__ import annotations

import os

from tests.views.test_tui import drive, screen_text
from views.board import CardList


def _copy(root, new_id: str, title: str) -> str:
    text = (root / "plans" / "rural-sewage-2026.yaml").read_text(encoding="utf-8")
    return text.replace("id: rural-sewage-2026", f"id: {new_id}").replace("建设污水管网", title)


def test_a_plan_saved_as_yml_while_open_is_named_as_not_read(demo_repo):
    path = demo_repo / "plans" / "new-plan.yml"

    async def script(app, pilot):
        path.write_text(_copy(demo_repo, "new-plan", "另存的任务"), encoding="utf-8")
        app.poll_files()
        await pilot.pause()
        assert [p.code for p in app.session.problems.get("plans/new-plan.yml", [])] == ["not-yaml-name"]
        assert "new-plan.yml" in screen_text(app)
        path.write_text(_copy(demo_repo, "new-plan", "再次修改"), encoding="utf-8")  # edited again
        app.poll_files()
        await pilot.pause()
        assert "再次修改" not in screen_text(app)
        path.rename(path.with_suffix(".yaml"))  # renamed as asked: now it is a plan
        app.poll_files()
        await pilot.pause()
        assert "plans/new-plan.yml" not in app.session.problems
        assert any(p.id == "new-plan" for p in app.session.plans)

    drive(demo_repo, script)


def test_a_plan_file_linked_in_while_open_is_not_read_through_the_link(demo_repo, tmp_path):
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(_copy(demo_repo, "linked", "链接里的任务"), encoding="utf-8")

    async def script(app, pilot):
        os.symlink(outside, demo_repo / "plans" / "linked.yaml")
        app.poll_files()
        await pilot.pause()
        assert "链接里的任务" not in screen_text(app)
        assert not any(p.id == "linked" for p in app.session.plans)
        assert [p.code for p in app.session.problems.get("plans/linked.yaml", [])] == ["symlink"]
        outside.write_text(_copy(demo_repo, "linked", "链接里改过"), encoding="utf-8")
        app.poll_files()
        await pilot.pause()
        assert not any(p.id == "linked" for p in app.session.plans)

    drive(demo_repo, script)


def test_a_plan_file_replaced_by_a_link_while_open_is_no_longer_read(demo_repo, tmp_path):
    path = demo_repo / "plans" / "rural-sewage-2026.yaml"
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(_copy(demo_repo, "rural-sewage-2026", "外面的任务"), encoding="utf-8")

    async def script(app, pilot):
        path.unlink()
        os.symlink(outside, path)
        app.poll_files()
        await pilot.pause()
        assert "外面的任务" not in screen_text(app)
        assert [p.code for p in app.session.problems.get("plans/rural-sewage-2026.yaml", [])] == ["symlink"]

    drive(demo_repo, script)


def test_the_filter_refuses_a_unit_nobody_has_with_the_closest_name(demo_repo):
    async def script(app, pilot):
        await pilot.press("slash")
        await pilot.pause()
        for ch in "unit:县司法所":
            await pilot.press(ch)
        await pilot.press("enter")
        await pilot.pause()
        assert "是不是“县司法局”" in screen_text(app)
        assert app.session.query_text == ""

    drive(demo_repo, script)


def test_a_unit_added_to_units_yaml_while_open_is_known_after_the_poll(demo_repo):
    # units.yaml edited in another window was never read again, not even on r (Reload): the
    # new unit stayed unknown to the filter, the picker and the checks until a restart
    path = demo_repo / "units.yaml"

    async def script(app, pilot):
        assert not app.session.ws.units.known("县交通局")
        text = path.read_text(encoding="utf-8").replace("  - name: 县公安局\n",
                                                        "  - name: 县公安局\n  - name: 县交通局\n")
        path.write_text(text, encoding="utf-8")
        await pilot.press("r")
        await pilot.pause()
        assert app.session.ws.units.known("县交通局")
        app.session.set_query("unit:县交通局")  # known now: an empty result, not an error
        assert app.session.query_text == "unit:县交通局"

    drive(demo_repo, script)


def test_a_label_changed_in_tracker_yaml_while_open_is_shown_after_the_poll(demo_repo):
    path = demo_repo / "tracker.yaml"

    async def script(app, pilot):
        text = path.read_text(encoding="utf-8")
        assert "推进中" in text
        path.write_text(text.replace("推进中", "正在推进"), encoding="utf-8")
        app.poll_files()
        await pilot.pause()
        assert "正在推进" in screen_text(app)

    drive(demo_repo, script)


def test_a_save_refused_at_80_columns_says_nothing_was_saved_where_it_can_be_read(demo_repo, tmp_path):
    """The plan replaced by a link while a task of it was being edited: Ctrl+S is refused,
    rightly, but at 80 columns the message bar (three lines) showed only the path, said three
    times, and cut off what the clerk most needs: nothing was saved and the typing is kept."""
    path = demo_repo / "plans" / "rural-sewage-2026.yaml"
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")

    async def script(app, pilot):
        app.open_task("rural-sewage-2026", "T4")
        await pilot.pause()
        app.screen.query_one("#title").value = "改过的标题"
        path.unlink()
        os.symlink(outside, path)
        app.poll_files()
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        bar = app.screen.query_one("#messages")
        shown = "".join(line.text for line in bar.render_lines(bar.region.reset_offset))
        assert "未保存" in shown and "输入的内容还在" in shown, shown
        assert app.screen.query_one("#title").value == "改过的标题"

    drive(demo_repo, script, size=(80, 24))


def test_a_card_moved_just_after_its_plan_file_was_deleted_is_refused_in_words(demo_repo):
    """The plan deleted (or renamed) in another window, and a card of it moved before the
    next look at the files: the bar said '内部错误，未保存：FileNotFoundError(2, ...)'. Now it
    says the file went after it was read, and the board drops the plan."""
    path = demo_repo / "plans" / "rural-sewage-2026.yaml"

    async def script(app, pilot):
        doing = app.screen.query_one("#col-doing", CardList)
        doing.focus()
        await pilot.pause()
        assert doing.current_ref() == "rural-sewage-2026/T4"
        path.unlink()
        await pilot.press("right_square_bracket")
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert not any("内部错误" in m for m in said), said
        assert any("rural-sewage-2026.yaml" in m and "删除" in m and "未保存" in m for m in said), said
        assert not any(p.id == "rural-sewage-2026" for p in app.session.plans)

    drive(demo_repo, script)


def test_the_timeline_row_stays_on_its_task_when_a_hand_edit_adds_a_task_above(demo_repo):
    """The timeline's cursor was a row number. A task added by hand to a plan above (or one
    deleted) moved every row below by one, and after the reload the highlight sat on the
    neighbouring task: Enter opened a task the clerk had not chosen. The board keeps its card;
    the timeline now keeps its row the same way."""
    from views.timeline import Chart

    path = demo_repo / "plans" / "clean-heating-2026.yaml"

    async def script(app, pilot):
        await pilot.press("t")
        await pilot.pause()
        chart = app.screen.query_one(Chart)
        refs = [r.task.ref if r.task else None for r in chart.data.rows]
        chart.cursor = refs.index("rural-sewage-2026/T4")
        path.write_text(path.read_text(encoding="utf-8")
                        + "  - id: T9\n    title: 手工加的任务\n    due: 2026-12-01\n    status: todo\n",
                        encoding="utf-8")
        app.poll_files()
        await pilot.pause()
        row = chart.data.rows[chart.cursor]
        assert row.task is not None and row.task.ref == "rural-sewage-2026/T4", row.label

    drive(demo_repo, script)


def test_a_units_task_list_stays_on_its_task_when_a_hand_edit_adds_a_task_above(demo_repo):
    """The drill-in of a unit kept its cursor by row number too: after a task of that unit was
    added by hand higher up, the highlight was on another task, and ] moved that one."""
    from views.accountability import UnitScreen

    path = demo_repo / "plans" / "clean-heating-2026.yaml"

    async def script(app, pilot):
        app.push_screen(UnitScreen("北山乡"))
        await pilot.pause()
        table = app.screen.query_one("#unit-tasks")
        refs = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        table.move_cursor(row=refs.index("clean-heating-2026/T4"))
        text = path.read_text(encoding="utf-8")
        at = text.index("  - id: T2\n")
        path.write_text(text[:at] + "  - id: T9\n    title: 手工加的任务\n    owners: [北山乡]\n"
                        "    status: todo\n" + text[at:], encoding="utf-8")
        app.poll_files()
        await pilot.pause()
        current = app.screen.current()
        assert current is not None and current.ref == "clean-heating-2026/T4", current

    drive(demo_repo, script)
