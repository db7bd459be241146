"""Very long unit names and titles, as real offices have them (a 领导小组办公室 of thirty
characters): the views stay readable at 80 and 100 columns."""

from __future__ import annotations

from tests.conftest import git
from tests.views.test_tui import drive, screen_text
from views.accountability import UnitScreen
from views.board import CardList

LONG_UNIT = "中共某某县委政法委员会基层社会治理创新工作领导小组办公室"


def _long_unit_leads_an_overdue_task(root) -> None:
    units = root / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace(
        "  - name: 实验小学\n", f"  - name: 实验小学\n  - name: {LONG_UNIT}\n"), encoding="utf-8")
    plan = root / "plans" / "clean-heating-2026.yaml"
    text = plan.read_text(encoding="utf-8")
    t4 = text.index("id: T4")
    head, tail = text[:t4], text[t4:]
    plan.write_text(head + tail.replace("lead: [县能源局]", f"lead: [{LONG_UNIT}]", 1), encoding="utf-8")
    git(root, "commit", "-qam", "a long unit")


def test_a_very_long_unit_name_leaves_the_counts_on_screen(demo_repo):
    """A unit named in thirty characters widened the unit column to sixty cells: at 80
    columns the 已完成, 推进中 and 滞后 counts were off the screen for every unit (at 100, 临期
    and 最近更新), and scrolling right to them took the names away. The unit column now
    takes what the counts leave; a longer name is cut, and shown whole in its drill-in."""
    _long_unit_leads_an_overdue_task(demo_repo)

    async def script(app, pilot):
        await pilot.press("a")
        await pilot.pause()
        text = screen_text(app)
        for header in ("已完成", "推进中", "滞后", "临期", "最近更新"):
            assert header in text, text
        assert "中共某某县委" in text and "县能源局" in text
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        text = screen_text(app)
        for header in ("已完成", "推进中", "滞后"):
            assert header in text, text
        assert "中共某某县委" in text and "2026-10-10" in text

    drive(demo_repo, script, size=(100, 30))

    async def at_80(app, pilot):  # opened at 80 columns: the last column's dates stay whole
        await pilot.press("a")
        await pilot.pause()
        text = screen_text(app)
        assert "滞后" in text and "2026-10-10" in text, text

    drive(demo_repo, at_80, size=(80, 24))


def test_a_card_keeps_its_task_id_whole_on_a_narrow_column(demo_repo):
    """With several plans shown, a card's first line is the plan's short name, then the id.
    At 80 columns with six status columns (a task 已取消), that line was cut at its end: every
    card read "● 冬季清洁 …" and the clerk could not tell T3 from T6, nor say which one to
    report. Now the plan's name gives way and the id is always whole."""
    plan = demo_repo / "plans" / "clean-heating-2026.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("status: todo", "status: dropped", 1),
                    encoding="utf-8")
    git(demo_repo, "commit", "-qam", "a dropped task: six columns")

    async def script(app, pilot):
        for column in app.screen.query(CardList):
            width = column.scrollable_content_region.width
            assert column.cards and width
            for card in column.cards:
                head = column._draw(card, width)[0].text.rstrip()
                assert head.endswith(" " + card.task.id), (head, card.task.ref)

    drive(demo_repo, script, size=(80, 24))


def test_a_new_task_names_its_plan_on_a_narrow_screen(demo_repo):
    """`n` on the board of every plan adds to the focused card's plan, and the only place that
    named it was the end of the top line: at 80 columns (sooner with a filter) it was cut off
    after "新任务", and the clerk typed a task without knowing which plan it would go into."""
    async def script(app, pilot):
        await pilot.press("slash")
        await pilot.pause()
        for ch in "status:doing":
            await pilot.press(ch)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        plan = app.session.find(app.screen.plan_id, "T1")[0]
        text = screen_text(app)
        assert plan.title in text and f"{plan.id}/{app.screen.task_id}" in text, text

    drive(demo_repo, script, size=(80, 24))


def test_a_drill_in_names_its_unit_and_a_task_its_id_at_80_columns(demo_repo):
    """The unit of a drill-in and the id of a task were named only at the end of the top line,
    after the plan, the filter and the date. At 80 columns a long unit name (or any name with
    a filter on) went to a second line, which is not shown: the list of a unit's tasks did not
    say whose they were, nor a task's page which task it was. They now come right after the
    view's name."""
    _long_unit_leads_an_overdue_task(demo_repo)

    async def script(app, pilot):
        await pilot.press("a")
        await pilot.pause()
        app.push_screen(UnitScreen(LONG_UNIT))
        await pilot.pause()
        assert LONG_UNIT in screen_text(app)
        app.pop_screen()
        await pilot.pause()
        app.session.set_query("unit:北山乡 status:blocked,doing overdue")
        app.open_task("clean-heating-2026", "T4")
        await pilot.pause()
        assert "clean-heating-2026/T4" in screen_text(app)

    drive(demo_repo, script, size=(80, 24))


def test_a_card_at_80_columns_says_how_many_days_late_before_its_progress(demo_repo):
    """A card's last line is the due date, the days left or late, then the progress. At 80
    columns that line was cut at its end with …, and a wide character that did not fit took
    the 天 with it: '08-31 逾期84 …'. The progress (also on the task's page) now gives way
    first, so the days read whole."""
    from tracker.reports import render

    async def script(app, pilot):
        for column in app.screen.query(CardList):
            width = column.scrollable_content_region.width
            for card in column.cards:
                if card.task.is_closed or card.task.due is None:
                    continue
                lines = [strip.text.rstrip() for strip in column._draw(card, width)]
                due = next(line for line in lines if line.startswith(card.task.due.strftime("%m-%d")))
                days = render.days_text(card.days_left, "zh")
                assert days in due and "…" not in due, (due, card.task.ref)

    drive(demo_repo, script, size=(80, 24))


def test_a_column_head_keeps_its_count_when_the_label_does_not_fit(demo_repo):
    """At 80 columns in English with six columns (a task dropped), 'In progress 6' did not
    fit its column and wrapped at the space onto a line that is not shown: the head read
    'In', and how many tasks were in progress was gone. The label now gives way, the count
    stays (a label from tracker.yaml as long as 正在推进中的任务 did the same in Chinese)."""
    from textual.geometry import Region

    plan = demo_repo / "plans" / "clean-heating-2026.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("status: todo", "status: dropped", 1),
                    encoding="utf-8")
    git(demo_repo, "commit", "-qam", "a dropped task: six columns")

    async def script(app, pilot):
        for column in app.screen.query(CardList):
            head = app.screen.query_one(f"#head-{column.status}")
            line = head.render_lines(Region(0, 0, head.outer_size.width, 1))[0].text.rstrip()
            assert line.endswith(f" {len(column.cards)}"), (line, column.status)

    drive(demo_repo, script, lang="en", size=(80, 24))


def test_a_units_own_status_can_be_written_at_80_columns(demo_repo):
    """At 80 columns the row for a unit's own status (unit, status, note, Set) gave the note
    no room at all and pushed the Set button off the screen: the clerk typed a note into a
    field four cells wide without seeing it. On a narrow screen the two lists are narrower."""
    async def script(app, pilot):
        app.open_task("clean-heating-2026", "T4")
        await pilot.pause()
        note = app.screen.query_one("#unit-note")
        button = app.screen.query_one("#set-unit")
        assert note.content_region.width >= 12, note.content_region
        assert button.region.right <= 80, button.region
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        assert app.screen.query_one("#unit-name").outer_size.width == 28  # room: as it was

    drive(demo_repo, script, size=(80, 24))


def test_a_cards_plan_name_is_the_words_that_tell_plans_apart() -> None:
    """Real titles open on the place and the year, or on 关于: the first four characters
    (城关镇2, 关于进一) told no two plans of one office apart on a card."""
    from views.cards import short_plan_name

    assert short_plan_name("城关镇2026年秸秆禁烧工作方案") == "秸秆禁烧"
    assert short_plan_name("2026年度防汛工作方案") == "防汛工作"
    assert short_plan_name("关于进一步加强安全生产工作的实施方案") == "加强安全"
    assert short_plan_name("冬季清洁取暖改造工作实施方案") == "冬季清洁"
    assert short_plan_name("开发区建设方案") == "开发区建"  # a place without a year stays
    assert short_plan_name("城乡环境整治方案") == "城乡环境"
    assert short_plan_name("") == "?"
