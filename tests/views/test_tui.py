"""The TUI under Pilot: every view, every edit path (YAML on disk and the new commit), filter,
plan switcher, keys, live reload of hand edits, and user text shown literally."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

from tests.conftest import git, make_repo
from views.accountability import AccountabilityScreen, UnitScreen
from views.app import TrackerApp
from views.board import CardList
from views.detail import TaskScreen
from views.timeline import Chart, TimelineScreen

TODAY = dt.date(2026, 11, 23)
Script = Callable[[TrackerApp, object], Awaitable[None]]


def drive(root: Path, script: Script, lang: str | None = None, size=(120, 36)) -> TrackerApp:
    async def go() -> None:
        app = TrackerApp(root, today=TODAY, lang=lang, poll_seconds=0)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await script(app, pilot)
        holder.append(app)

    holder: list[TrackerApp] = []
    asyncio.run(go())
    return holder[0]


def screen_text(app: TrackerApp) -> str:
    svg = app.export_screenshot()
    text = re.sub(r"<[^>]+>", "", svg)
    return html.unescape(text).replace("\xa0", " ")


def head(root: Path) -> str:
    return git(root, "log", "-1", "--format=%an|%s%n%b")


def plan_text(root: Path, name: str) -> str:
    return (root / "plans" / f"{name}.yaml").read_text(encoding="utf-8")


def commits(root: Path) -> int:
    return int(git(root, "rev-list", "--count", "HEAD"))


# ---------------------------------------------------------------- board


def test_board_columns_and_cards(demo_repo):
    async def script(app, pilot):
        text = screen_text(app)
        for label in ("未启动", "推进中", "受阻", "已完成", "已销号"):
            assert label in text
        assert "入户安装清洁取暖设备" in text and "县能源局" in text
        assert "逾期39天" in text  # clean-heating T3, due 2026-10-15
        doing = app.screen.query_one("#col-doing", CardList)
        assert len(doing.cards) == 6
        assert all(c.task.status == "doing" for c in doing.cards)
        assert [c.task.due for c in doing.cards] == sorted(c.task.due for c in doing.cards)
        assert doing.cards[0].overdue and doing.cards[0].colour == "red"
        assert not app.screen.query_one("#box-dropped").display  # no dropped cards

    drive(demo_repo, script)


def test_card_move_right_writes_and_commits_like_tracker_set(demo_repo):
    before = commits(demo_repo)

    async def script(app, pilot):
        doing = app.screen.query_one("#col-doing", CardList)
        doing.focus()
        await pilot.pause()
        ref = doing.current_ref()
        assert ref == "rural-sewage-2026/T4"  # earliest due in 推进中
        await pilot.press("right_square_bracket")
        await pilot.pause()
        blocked = app.screen.query_one("#col-blocked", CardList)
        assert any(c.task.ref == ref for c in blocked.cards)  # shown at once
        assert app.screen.focused is blocked and blocked.current_ref() == ref
        await app.workers.wait_for_complete()  # written and committed by a worker
        await pilot.pause()
        assert blocked.current_ref() == ref
        assert any("已保存并提交" in n.message for n in app._notifications)

    drive(demo_repo, script)
    assert commits(demo_repo) == before + 1
    assert "    status: blocked\n    progress: 30\n" in plan_text(demo_repo, "rural-sewage-2026")
    log = head(demo_repo)
    assert log.startswith("测试员|rural-sewage-2026/T4: status doing → blocked")
    assert "Plan: rural-sewage-2026" in log and "Task: T4" in log and "Tool: tracker" in log
    assert git(demo_repo, "diff", "HEAD~1", "--stat").count("\n") == 2  # one file, one line


def test_quick_moves_of_one_plan_chain_into_commits(demo_repo):
    before = commits(demo_repo)

    async def script(app, pilot):
        app.screen.query_one("#col-todo", CardList).focus()
        await pilot.pause()
        await pilot.press("right_square_bracket")  # T6 todo -> doing, focus follows
        await pilot.press("right_square_bracket")  # doing -> blocked, before the first landed
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.session.busy

    drive(demo_repo, script)
    assert commits(demo_repo) == before + 2
    assert "clean-heating-2026/T6: status doing → blocked" in head(demo_repo)
    text = plan_text(demo_repo, "clean-heating-2026")
    assert "    status: blocked\n    depends_on: [T3]\n" in text


def test_card_move_left_with_shift_arrow(demo_repo):
    async def script(app, pilot):
        app.screen.query_one("#col-blocked", CardList).focus()
        await pilot.press("shift+left")
        await pilot.pause()
        await app.workers.wait_for_complete()

    drive(demo_repo, script)
    assert "clean-heating-2026/T4: status blocked → doing" in head(demo_repo)


def test_board_columns_scroll_to_the_end_of_a_long_column(tmp_path):
    tasks = "\n".join(f"  - {{id: T{i}, title: 任务{i}, due: 2026-12-{1 + i % 28:02d}, status: todo}}"
                      for i in range(1, 3001))
    root = make_repo(tmp_path / "big", {"big": f"format: 1\nid: big\ntitle: 大计划\nyear: 2026\ntasks:\n{tasks}\n"})

    async def script(app, pilot):
        todo = app.screen.query_one("#col-todo", CardList)
        assert len(todo.cards) == 3000
        app.screen.focus_list(todo)
        await pilot.press("end")
        await pilot.pause()
        last = todo.cards[-1].task
        assert todo.current_ref() == last.ref and todo.scroll_y > 0
        assert f"{last.id}" in screen_text(app) and last.title in screen_text(app)
        await pilot.press("pageup")
        await pilot.pause()
        assert todo.highlighted < 2999
        await pilot.press("home", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TaskScreen) and app.screen.task_id == todo.cards[0].task.id

    drive(root, script)


# ---------------------------------------------------------------- user text is text


def test_markup_in_titles_is_shown_literally(tmp_path):
    plan = ("format: 1\nid: m\ntitle: '[b]方案[/b]'\nyear: 2026\ntasks:\n"
            "  - {id: T1, title: '[red]x[/]', lead: ['[/]'], due: 2026-12-01, status: doing}\n"
            "  - {id: T2, title: '[/]', due: 2026-12-02, status: todo}\n")
    root = make_repo(tmp_path / "m", {"m": plan})

    async def script(app, pilot):
        text = screen_text(app)
        assert "[red]x[/]" in text and "牵头 [/]" in text
        await pilot.press("t")
        await pilot.pause()
        assert "[b]方案[/b]" in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert "[/]" in screen_text(app)
        app.open_task("m", "T1")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert "[red]x[/]" in screen_text(app)

    drive(root, script)


def test_escape_sequences_in_text_never_reach_the_terminal(tmp_path):
    plan = ("format: 1\nid: e\ntitle: \"方案\\e]0;pwned\\a\"\nyear: 2026\ntasks:\n"
            "  - {id: T1, title: \"清屏\\e[2J\", lead: [\"单位\\x9b31m\"], due: 2026-12-01, status: doing}\n")
    root = make_repo(tmp_path / "e", {"e": plan})

    async def script(app, pilot):
        for key in ("b", "t", "a"):
            await pilot.press(key)
            await pilot.pause()
            text = screen_text(app)
            assert "\x1b" not in text and "\x9b" not in text and "\x07" not in text
        await pilot.press("b")
        await pilot.pause()
        assert "清屏\\x1b[2J" in screen_text(app)

    drive(root, script)


# ---------------------------------------------------------------- timeline


def test_timeline_rows_zoom_and_open(demo_repo):
    async def script(app, pilot):
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        chart = app.screen.query_one(Chart)
        assert chart.data is not None
        labels = [r.label for r in chart.data.rows]
        assert labels[0] == "冬季清洁取暖改造工作实施方案" and labels[1] == "制定方案"
        assert len([r for r in chart.data.rows if r.task]) == 14
        text = screen_text(app)
        assert "T3 入户安装清洁取暖设备" in text and "刻度：月" in text
        assert "▼" in text  # today
        await pilot.press("minus")
        await pilot.pause()
        assert chart.data.scale.zoom == "quarter"
        await pilot.press("plus", "plus")
        await pilot.pause()
        assert chart.data.scale.zoom == "week"
        x = chart.scroll_x
        await pilot.press("right")
        assert chart.scroll_x > x
        await pilot.press("down", "down", "enter")  # plan row, phase row, then T1
        await pilot.pause()
        assert isinstance(app.screen, TaskScreen) and app.screen.task_id == "T1"

    drive(demo_repo, script)


# ---------------------------------------------------------------- accountability


def test_accountability_rows_sort_and_drill_down(demo_repo):
    async def script(app, pilot):
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AccountabilityScreen)
        table = app.screen.query_one("#units")
        units = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        assert "北山乡" in units and "城关镇" in units and "各乡镇" not in units  # groups expanded
        overdue = [int(table.get_row_at(i)[6].plain.strip()) for i in range(table.row_count)]
        assert overdue == sorted(overdue, reverse=True)
        await pilot.press("s")  # next sort column: due soon
        await pilot.pause()
        assert app.screen.sort_key == "due_soon"
        app.screen.sort_key, app.screen.reverse = "unit", False
        app.screen.draw_body()
        units = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        assert units == sorted(units, key=app.session.ws.units.order_key)  # units.yaml order
        table.move_cursor(row=units.index("北山乡"))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, UnitScreen) and app.screen.unit == "北山乡"
        assert "北山乡" in screen_text(app) and "入户安装清洁取暖设备" in screen_text(app)

    drive(demo_repo, script)


def test_unit_status_on_group_owned_task_is_editable(demo_repo):
    async def script(app, pilot):
        await pilot.press("a")
        await pilot.pause()
        app.push_screen(UnitScreen("东关镇"))
        await pilot.pause()
        table = app.screen.query_one("#unit-tasks")
        refs = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        table.move_cursor(row=refs.index("clean-heating-2026/T3"))
        await pilot.press("right_square_bracket")  # 东关镇: doing -> blocked
        await pilot.pause()
        row = table.get_row_at(refs.index("clean-heating-2026/T3"))
        assert row[2].plain.startswith("受阻")

    drive(demo_repo, script)
    assert "      东关镇: {status: blocked}\n" in plan_text(demo_repo, "clean-heating-2026")
    log = head(demo_repo)
    assert "clean-heating-2026/T3: 东关镇 doing → blocked" in log and "Field: units.东关镇" in log


# ---------------------------------------------------------------- task detail


def test_detail_shows_fields_updates_and_history(tmp_path):
    from tracker import demo

    root = demo.create(tmp_path / "demo")

    async def script(app, pilot):
        app.open_task("clean-heating-2026", "T4")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = screen_text(app)
        assert "农村电网增容改造" in text and "北山乡" in text and "9月30日前" in text
        assert "变压器到货延迟" in text  # an update
        # the history sits below the form, which the pane scrolls
        app.screen.query_one("#task-pane").scroll_end(animate=False)
        await pilot.pause()
        text = screen_text(app)
        assert "张某" in text and "2026-08-20" in text  # the moved deadline, from git history
        assert "2026-08-31 → 2026-09-30" in text

    drive(root, script, size=(120, 60))


def test_detail_edit_status_progress_due_owners_is_one_commit(demo_repo):
    before = commits(demo_repo)

    async def script(app, pilot):
        app.open_task("dropout-prevention-2026", "T4")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#status").value = "doing"
        screen.query_one("#progress").value = "20%"
        screen.query_one("#due").value = "12月15日前"
        screen.query_one("#owners").value = "实验小学、第一中学"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.query_one("#progress").value == "20"  # redrawn from the saved file

    drive(demo_repo, script)
    assert commits(demo_repo) == before + 1
    text = plan_text(demo_repo, "dropout-prevention-2026")
    task = text[text.index("id: T4"):]
    assert "owners: [实验小学, 第一中学]" in task
    assert "due: 2026-12-15\n    due_text: 12月15日前\n    status: doing\n    progress: 20\n" in task
    log = head(demo_repo)
    assert log.startswith("测试员|dropout-prevention-2026/T4: status todo → doing; progress ∅ → 20;")
    assert "Field: due" in log and "Field: owners" in log


def test_detail_bad_values_are_refused_without_a_commit(demo_repo):
    before = commits(demo_repo)

    async def script(app, pilot):
        app.open_task("dropout-prevention-2026", "T4")
        await pilot.pause()
        app.screen.query_one("#progress").value = "150"
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.screen.query_one("#progress").value = ""
        app.screen.query_one("#due").value = "下辈子"
        await pilot.press("ctrl+s")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("进度 150 超出 0–100" in m for m in messages)
        assert len(messages) == 2

    drive(demo_repo, script)
    assert commits(demo_repo) == before


def test_detail_add_update(demo_repo):
    async def script(app, pilot):
        app.open_task("clean-heating-2026", "T5")
        await pilot.pause()
        box = app.screen.query_one("#update")
        box.load_text("资金已拨付[50%]")
        box.focus()
        await pilot.press("ctrl+s")  # Ctrl+S saves the update being typed too
        await pilot.pause()
        assert box.text == ""
        assert "资金已拨付[50%]" in screen_text(app)

    drive(demo_repo, script, size=(120, 60))
    text = plan_text(demo_repo, "clean-heating-2026")
    assert "    updates:\n      - date: 2026-11-23\n        by: 测试员\n        text: 资金已拨付[50%]\n" in text
    assert "clean-heating-2026/T5: update: 资金已拨付[50%]" in head(demo_repo)


# ---------------------------------------------------------------- filter, plans, keys, palette


def test_filter_applies_to_every_view(demo_repo):
    async def script(app, pilot):
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"overdue", "enter")
        await pilot.pause()
        cards = [c for col in app.screen.query(CardList) for c in col.cards]
        assert cards and all(c.overdue for c in cards)
        assert "筛选：overdue" in screen_text(app)
        await pilot.press("t")
        await pilot.pause()
        tasks = [r for r in app.screen.query_one(Chart).data.rows if r.task]
        assert len(tasks) == len(cards)
        await pilot.press("a")
        await pilot.pause()
        table = app.screen.query_one("#units")
        assert sum(int(table.get_row_at(i)[6].plain.strip()) for i in range(table.row_count)) > 0
        units = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        assert "县督查室" not in units  # it only supports T6, which is not late

    drive(demo_repo, script)


def test_bad_filter_shows_an_error_and_keeps_the_dialog(demo_repo):
    async def script(app, pilot):
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"colour:red", "enter")
        await pilot.pause()
        assert "不认识的筛选条件" in screen_text(app)
        assert app.session.query_text == ""
        await pilot.press("escape")

    drive(demo_repo, script)


def test_plan_switcher(demo_repo):
    async def script(app, pilot):
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # all, clean-heating, dropout-prevention
        await pilot.pause()
        assert app.session.plan_id == "dropout-prevention-2026"
        cards = [c for col in app.screen.query(CardList) for c in col.cards]
        assert len(cards) == 4 and {c.task.plan_id for c in cards} == {"dropout-prevention-2026"}
        assert "控辍保学劝返工作方案" in screen_text(app)

    drive(demo_repo, script)


def test_help_lists_every_key_and_palette_lists_actions(demo_repo):
    async def script(app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        text = screen_text(app)
        for word in ("看板", "时间轴", "责任单位", "筛选", "计划", "左移", "右移", "提交手工修改"):
            assert word in text
        await pilot.press("escape")
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"看板", "时间轴", "责任单位", "筛选", "计划", "提交手工修改"} <= set(titles)

    drive(demo_repo, script, size=(120, 70))


def test_english_labels(demo_repo):
    async def script(app, pilot):
        text = screen_text(app)
        assert "In progress" in text and "Blocked" in text and "39d late" in text
        assert "Move right" in text

    drive(demo_repo, script, lang="en")


# ---------------------------------------------------------------- live reload, hand edits


def test_hand_edit_is_reloaded_shown_and_committed(demo_repo):
    path = demo_repo / "plans" / "rural-sewage-2026.yaml"

    async def script(app, pilot):
        path.write_text(path.read_text(encoding="utf-8").replace("规范竣工验收", "规范竣工验收（手改）"),
                        encoding="utf-8")
        app.poll_files()
        await pilot.pause()
        text = screen_text(app)
        assert "规范竣工验收（手改）" in text
        assert "有手工修改未提交" in text
        await pilot.press("c")
        await pilot.pause()
        assert not app.session.hand_edited

    drive(demo_repo, script)
    assert git(demo_repo, "status", "--porcelain") == ""
    log = head(demo_repo)
    assert "rural-sewage-2026/T3: title 规范竣工验收 → 规范竣工验收（手改）" in log
    assert "Edit: hand" in log and "Tool: tracker" in log


def test_broken_hand_edit_shows_errors_and_keeps_other_plans(demo_repo):
    path = demo_repo / "plans" / "rural-sewage-2026.yaml"

    async def script(app, pilot):
        path.write_text("format: 1\nid: rural-sewage-2026\ntasks: [\n", encoding="utf-8")
        app.poll_files()
        await pilot.pause()
        text = screen_text(app)
        assert "个错误" in text and "rural-sewage-2026.yaml" in text
        assert "入户安装清洁取暖设备" in text  # the other plans are still there
        await pilot.press("c")  # refused: the file has errors
        await pilot.pause()
        assert any("有错误" in n.message for n in app._notifications)

    drive(demo_repo, script)
    assert "rural-sewage-2026.yaml" in git(demo_repo, "status", "--porcelain")


def test_file_changed_after_loading_is_never_overwritten(demo_repo):
    path = demo_repo / "plans" / "rural-sewage-2026.yaml"
    before = commits(demo_repo)

    async def script(app, pilot):
        app.screen.query_one("#col-doing", CardList).focus()
        await pilot.pause()
        edited = path.read_text(encoding="utf-8").replace("制定运维考核方案", "制定运维考核办法")
        path.write_text(edited, encoding="utf-8")  # no poll yet: the app still has the old file
        await pilot.press("right_square_bracket")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any("被其他程序修改过" in n.message for n in app._notifications)
        doing = app.screen.query_one("#col-doing", CardList)
        assert any(c.task.ref == "rural-sewage-2026/T4" for c in doing.cards)  # moved back
        assert "制定运维考核办法" in screen_text(app)  # reloaded

    drive(demo_repo, script)
    assert commits(demo_repo) == before
    text = plan_text(demo_repo, "rural-sewage-2026")
    assert "制定运维考核办法" in text and "status: blocked" not in text


def test_timeline_cursor_keeps_the_row_in_view_under_the_scale(tmp_path):
    tasks = "\n".join(f"  - {{id: T{i}, title: 第{i}项任务, due: 2026-12-{1 + i % 28:02d}, status: todo}}"
                      for i in range(1, 81))
    root = make_repo(tmp_path / "long", {"long": f"format: 1\nid: long\ntitle: 长计划\nyear: 2026\ntasks:\n{tasks}\n"})

    async def script(app, pilot):
        await pilot.press("t")
        await pilot.pause()
        chart = app.screen.query_one(Chart)
        await pilot.press("end")
        await pilot.pause()
        assert chart.cursor == 80 and chart.scroll_y > 0
        assert "T80 第80项任务" in screen_text(app)
        await pilot.press("pageup", "pageup", "pageup", "pageup")
        await pilot.pause()
        assert chart.cursor == 0 and chart.scroll_y == 0
        assert "T1 第1项任务" in screen_text(app)

    drive(root, script)


def test_hand_edits_made_before_opening_are_offered(demo_repo):
    path = demo_repo / "plans" / "dropout-prevention-2026.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# 备注：手工添加\n", encoding="utf-8")

    async def script(app, pilot):
        assert app.session.hand_edited == {"plans/dropout-prevention-2026.yaml"}
        assert "有手工修改未提交" in screen_text(app)

    drive(demo_repo, script)
