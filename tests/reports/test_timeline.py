"""The timeline report: pure data from inline plans."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.model import Settings
from tracker.reports.timeline import Kind, State, make_scale, timeline
from tracker.store import load

TODAY = dt.date(2026, 11, 23)
PLAN = """\
format: 1
id: p
title: 测试方案
year: 2026
phases:
  - {id: P1, title: 制定方案, end: 2026-04-20}
  - {id: P2, title: 组织实施, start: 2026-04-21, end: 2026-10-15}
tasks:
  - {id: T1, title: 摸底, phase: P1, due: 2026-04-20, status: done}
  - {id: T2, title: 安装, phase: P2, start: 2026-07-01, due: 2026-10-15, status: doing}
  - {id: T3, title: 验收, phase: P2, due: 2026-11-30, status: todo}
  - {id: T4, title: 没有阶段, due: 2026-12-20, status: blocked}
  - {id: T5, title: 没有日期, status: dropped}
"""


def plans():
    loaded = load.load_plan_bytes(PLAN.encode(), "plans/p.yaml")
    assert loaded.plan is not None, loaded.problems
    return [loaded.plan]


def test_rows_grouped_by_plan_then_phase_then_loose_tasks():
    tl = timeline(plans(), TODAY, Settings(), "month")
    assert [(r.kind, r.label) for r in tl.rows] == [
        (Kind.PLAN, "测试方案"), (Kind.PHASE, "制定方案"), (Kind.TASK, "T1 摸底"),
        (Kind.PHASE, "组织实施"), (Kind.TASK, "T2 安装"), (Kind.TASK, "T3 验收"),
        (Kind.TASK, "T4 没有阶段"), (Kind.TASK, "T5 没有日期")]


def test_bars_points_and_states():
    tl = timeline(plans(), TODAY, Settings(), "week")
    rows = {r.label: r for r in tl.rows}
    scale = tl.scale
    assert rows["制定方案"].point == scale.col(dt.date(2026, 4, 20))  # a milestone
    assert rows["组织实施"].bar == (scale.col(dt.date(2026, 4, 21)), scale.col(dt.date(2026, 10, 15)))
    assert rows["T2 安装"].bar == (scale.col(dt.date(2026, 7, 1)), scale.col(dt.date(2026, 10, 15)))
    assert rows["T2 安装"].state is State.OVERDUE
    # no start of its own: the bar starts with its phase
    assert rows["T3 验收"].bar == (scale.col(dt.date(2026, 4, 21)), scale.col(dt.date(2026, 11, 30)))
    assert rows["T3 验收"].state is State.SOON
    assert rows["T4 没有阶段"].point == scale.col(dt.date(2026, 12, 20))
    assert rows["T4 没有阶段"].state is State.BLOCKED
    assert rows["T1 摸底"].state is State.DONE
    assert rows["T5 没有日期"].bar is None and rows["T5 没有日期"].point is None
    assert tl.today_col == scale.col(TODAY)


@pytest.mark.parametrize("zoom,per_col,first", [("week", 1, "2026-04-13"), ("month", 3, "2026-04"),
                                                ("quarter", 10, "2026Q2")])
def test_scales(zoom, per_col, first):
    scale = make_scale([dt.date(2026, 4, 15), dt.date(2026, 12, 31)], TODAY, zoom)
    assert scale.per_col == per_col
    ticks = scale.ticks()
    assert ticks[0].col == 0 and ticks[0].label == first
    assert scale.col(scale.end) == scale.width - 1
    assert scale.end >= dt.date(2026, 12, 31)


def test_filter_drops_empty_plans_and_phases():
    ps = plans()
    keep = [t for t in ps[0].tasks if t.id == "T4"]
    tl = timeline(ps, TODAY, Settings(), "month", keep=keep)
    assert [r.label for r in tl.rows] == ["测试方案", "T4 没有阶段"]
    assert timeline(ps, TODAY, Settings(), "month", keep=[]).rows == ()
