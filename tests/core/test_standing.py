"""`tracker.standing`: one evaluation of a task as of a date, read by every report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tracker import standing
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
