"""The TUI at the year's end: last year's plan, closed, is off the board, the timeline and the
accountability view until it is picked (p) or named in the filter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.reports.test_summary_year import two_years  # noqa: F401  (the fixture)
from views.session import Session


def test_a_closed_plan_is_off_the_board_and_the_accountability_view(two_years: Path) -> None:  # noqa: F811
    session = Session(two_years, dt.date(2027, 1, 31))
    assert [p.id for p in session.shown_plans()] == ["q"]
    assert all(t.plan_id == "q" for c in session.board() for card in c.cards for t in [card.task])
    assert sum(r.overdue for r in session.accountability()) == 0
    session.set_plan("p")
    assert [p.id for p in session.shown_plans()] == ["p"]
    session.set_plan(None)
    session.set_query("plan:p")
    assert [p.id for p in session.shown_plans()] == ["p", "q"]


def test_a_new_task_goes_to_this_years_plan_not_the_closed_one(tmp_path: Path) -> None:
    """January: this year's plan is written with no tasks yet, last year's is closed. The board
    is empty; n added the task to the first plan in the list, last year's."""
    from tests.conftest import make_repo
    from tests.reports.test_summary_year import PLAN
    from tests.views.test_tui import drive, screen_text

    root = make_repo(tmp_path / "office", {
        "p": PLAN.replace("year: 2026\n", "year: 2026\nstatus: closed\n"),
        "q": "id: q\ntitle: 2027年方案\nyear: 2027\ntasks: []\n"})

    async def script(app, pilot):
        await pilot.press("n")
        await pilot.pause()
        assert "新任务 q/T1" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        text = screen_text(app)
        assert "人居环境整治方案" in text and "已结束" in text

    drive(root, script)
