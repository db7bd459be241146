"""`tracker.standing`: one evaluation of a task as of a date, read by every report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import TODAY
from tracker import standing
from tracker.model import Settings, Task
from tracker.reports import board, ledger, timeline
from tracker.reports.summary import build
from tracker.standing import AsOf, Colour
from tracker.workspace import Workspace


def test_every_report_gives_a_task_the_same_colour(demo_repo: Path, tracker) -> None:
    ws = Workspace(demo_repo)
    today = dt.date.fromisoformat(TODAY)
    cards = {c.task.ref: c.colour for col in board.board(ws.plans, today, ws.settings)
             for c in col.cards}
    ctx = build.context(ws.units, ws.settings, today)
    items = {t.ref: build.item_for(p, t, ctx).colour for p in ws.plans for t in p.tasks}
    table = ledger.ledger(ws.plans, ws.units, ws.settings, today, "en")
    exported = {f"{r['plan']}/{r['id']}": Colour(r["colour"]) for r in table.records}
    listed = json.loads(tracker("--repo", str(demo_repo), "--today", TODAY, "list",
                                "--format", "json").out)
    by_list = {t["ref"]: Colour(t["colour"]) for t in listed}
    assert cards == items == exported == by_list
    # the demo has tasks behind their 序时 progress only when the plan's start is counted
    assert Colour.YELLOW in cards.values()


def test_timeline_state_agrees_with_the_standing(demo_repo: Path) -> None:
    ws = Workspace(demo_repo)
    today = dt.date.fromisoformat(TODAY)
    as_of = AsOf(today, ws.settings)
    rows = [r for r in timeline.timeline(ws.plans, today, ws.settings).rows if r.task]
    assert rows
    for row in rows:
        assert row.task is not None
        st = as_of.standing(row.task, None)
        if row.state is timeline.State.OVERDUE:
            assert st.overdue
        if row.state is timeline.State.SOON:
            assert st.due_soon and not st.overdue


@pytest.mark.parametrize("with_start", [False, True])
def test_a_plan_start_is_computed_once_per_plan(monkeypatch: pytest.MonkeyPatch,
                                                 demo_repo: Path, with_start: bool) -> None:
    """Export was quadratic: the plan's start was recomputed for every task when it was None."""
    ws = Workspace(demo_repo)
    plans = ws.plans if with_start else [standing_free(p) for p in ws.plans]
    calls: list[str] = []
    real = standing.plan_start
    monkeypatch.setattr(standing, "plan_start", lambda plan: calls.append(plan.id) or real(plan))
    ledger.ledger(plans, ws.units, ws.settings, dt.date.fromisoformat(TODAY), "zh",
                  by_unit=True)
    assert sorted(calls) == sorted(p.id for p in plans if p.tasks)


def standing_free(plan):  # a plan with no start anywhere: plan_start() is None
    from tracker.model import replace

    return replace(plan, phases=tuple(replace(ph, start=None) for ph in plan.phases),
                   tasks=tuple(replace(t, start=None) for t in plan.tasks))


def test_standing_of_a_late_task() -> None:
    from tracker.model import Settings, Task

    task = Task(id="T1", title="x", plan_id="p", due=dt.date(2026, 5, 31), status="doing",
                progress=10)
    st = AsOf(dt.date(2026, 6, 3), Settings()).standing(task, None)
    assert (st.colour, st.overdue, st.days_left, st.due_soon) == (Colour.RED, True, -3, False)


def _is_behind(task, today: dt.date, tolerance: int, plan_start: dt.date | None) -> bool:
    if task.is_closed:
        return False
    expected = standing.expected_progress(task, today, plan_start)
    if expected is None:
        return False
    return (task.progress or 0) + tolerance < expected


def _colour(task, today: dt.date, settings, *, was_red: bool, plan_start: dt.date | None,
            soon_limit: dt.date) -> Colour:
    """The colour rules as tracker stated them before `judged` (standing.colour then)."""
    if task.status == "dropped":
        return Colour.GREEN
    if standing.is_overdue(task, today):
        return Colour.RED
    if was_red or _is_behind(task, today, settings.lag_tolerance, plan_start):
        return Colour.YELLOW
    if standing.is_due_soon(task, today, settings.remind_days, soon_limit):
        return Colour.BLUE
    return Colour.GREEN


def _reference(task, today: dt.date, settings, start: dt.date | None,
               was_red: bool) -> tuple[Colour, float | None]:
    """What `standing` gave before `judged`: colour() and then the expected 序时 progress."""
    col = _colour(task, today, settings, was_red=was_red, plan_start=start,
                  soon_limit=standing.due_soon_limit(today, settings.remind_days))
    expected = None
    if col is Colour.YELLOW and not task.is_closed:
        expected = standing.expected_progress(task, today, start)
        if expected is not None and (task.progress or 0) + settings.lag_tolerance >= expected:
            expected = None
    return col, expected


# a narrow span, so that due, start, today and the due-soon limit often coincide
_days = st.integers(-12, 12).map(lambda n: dt.date(2026, 11, 23) + dt.timedelta(days=n))


@settings(max_examples=500)
@given(status=st.sampled_from(["todo", "doing", "blocked", "done", "verified", "dropped"]),
       due=st.none() | _days, start=st.none() | _days, plan_start=st.none() | _days,
       progress=st.none() | st.integers(0, 100), was_red=st.booleans(),
       tolerance=st.integers(0, 30), remind=st.integers(0, 10))
def test_judged_gives_exactly_what_colour_and_expected_progress_give(
        status: str, due: dt.date | None, start: dt.date | None, plan_start: dt.date | None,
        progress: int | None, was_red: bool, tolerance: int, remind: int) -> None:
    """The summary judges 50,000 tasks with `judged`; every other report goes through
    `colour`. They must never disagree, to the last digit of the expected progress."""
    today = dt.date(2026, 11, 23)
    office = Settings(lag_tolerance=tolerance, remind_days=remind)
    task = Task(id="T1", title="t", status=status, due=due, start=start, progress=progress)
    as_of = AsOf(today, office)
    assert as_of.judged(task, plan_start, was_red) == _reference(task, today, office,
                                                                  plan_start, was_red)


def test_judged_agrees_on_every_boundary() -> None:
    """The same, over a grid that lands on every edge: due today, due on the due-soon limit,
    due on the start day, progress exactly at the tolerance."""
    today = dt.date(2026, 11, 23)
    day = [None, *(today + dt.timedelta(days=n) for n in range(-3, 19))]
    for remind in (0, 2, 5):
        for tolerance in (0, 10):
            office = Settings(lag_tolerance=tolerance, remind_days=remind)
            as_of = AsOf(today, office)
            for status in ("todo", "doing", "done", "dropped"):
                for due in day:
                    for start in (None, today - dt.timedelta(days=20), today, due):
                        for progress in (None, 0, 40, 50, 100):
                            task = Task(id="T1", title="t", status=status, due=due,
                                        progress=progress)
                            for was_red in (False, True):
                                assert as_of.judged(task, start, was_red) == _reference(
                                    task, today, office, start, was_red), (task, start, was_red)
