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
