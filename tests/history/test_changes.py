"""Semantic diffs of two plan versions: matched by id, field by field (pure, inline YAML)."""

from __future__ import annotations

import datetime as dt

from tracker.history.changes import Change, diff_plans, number_extensions, since_baseline
from tracker.model import Plan
from tracker.store import load

BASE = """\
id: p
title: 方案
year: 2026
goals:
  - {id: G1, text: 改造, target: 100, current: 10}
phases:
  - {id: P1, title: 实施, start: 2026-04-01, end: 2026-06-30}
tasks:
  - id: T1
    title: 摸底
    owners: [城关镇, 河西乡]
    due: 2026-05-31
    status: doing
    progress: 40
    updates:
      - {date: 2026-05-01, by: 张三, text: 开始摸底}
  - id: T2
    title: 采购
    status: todo
"""


def plan(text: str) -> Plan:
    loaded = load.load_plan_bytes(text.encode("utf-8"), "plans/p.yaml")
    assert loaded.plan is not None, loaded.problems
    return loaded.plan


def fields(changes: tuple[Change, ...]) -> set[tuple[str, str, str]]:
    return {(c.item, c.field, c.op) for c in changes}


def test_same_plan_reordered_and_reformatted_has_no_changes() -> None:
    moved = BASE.replace("  - id: T2\n    title: 采购\n    status: todo\n", "")
    moved = moved.replace("tasks:\n", "tasks:\n  - {id: T2, title: 采购, status: todo}  # moved\n")
    assert diff_plans(plan(BASE), plan(moved)) == ()


def test_each_field_kind() -> None:
    new = (BASE.replace("status: doing", "status: done").replace("progress: 40", "progress: 100")
           .replace("due: 2026-05-31", "due: 2026-06-30")
           .replace("owners: [城关镇, 河西乡]", "owners: [城关镇, 北山乡]")
           .replace("current: 10", "current: 55").replace("end: 2026-06-30", "end: 2026-07-31")
           .replace("      - {date: 2026-05-01, by: 张三, text: 开始摸底}\n",
                    "      - {date: 2026-05-01, by: 张三, text: 开始摸底}\n"
                    "      - {date: 2026-05-20, by: 李四, text: 摸底完成}\n"))
    changes = diff_plans(plan(BASE), plan(new))
    assert fields(changes) == {("T1", "status", "changed"), ("T1", "progress", "changed"),
                               ("T1", "due", "changed"), ("T1", "owners", "changed"),
                               ("T1", "updates", "added"), ("G1", "current", "changed"),
                               ("P1", "end", "changed")}
    due = next(c for c in changes if c.field == "due")
    assert (due.old, due.new) == (dt.date(2026, 5, 31), dt.date(2026, 6, 30))
    update = next(c for c in changes if c.field == "updates")
    assert update.new.text == "摸底完成" and update.new.by == "李四"  # type: ignore[union-attr]
    assert "北山乡" in next(c for c in changes if c.field == "owners").units


def test_tasks_added_and_removed() -> None:
    new = BASE.replace("  - id: T2\n    title: 采购\n    status: todo\n",
                       "  - id: T3\n    title: 验收\n")
    changes = diff_plans(plan(BASE), plan(new))
    assert fields(changes) == {("T2", "", "removed"), ("T3", "", "added")}
    assert next(c for c in changes if c.item == "T3").new == "验收"


def test_new_and_removed_plan() -> None:
    added = diff_plans(None, plan(BASE))
    assert added[0].scope == "plan" and added[0].op == "added"
    assert {c.item for c in added[1:]} == {"T1", "T2"}
    assert diff_plans(plan(BASE), None)[0].op == "removed"


def test_extensions_are_numbered_per_task() -> None:
    def due(item: str, old: str, new: str) -> Change:
        return Change("p", "task", item, "due", "changed", dt.date.fromisoformat(old),
                      dt.date.fromisoformat(new))

    seq = number_extensions([due("T1", "2026-05-31", "2026-06-30"), due("T2", "2026-05-01", "2026-05-15"),
                             due("T1", "2026-06-30", "2026-06-15"), due("T1", "2026-06-15", "2026-07-31")])
    assert [c.extension for c in seq] == [1, 1, 0, 2]


def test_since_baseline_keeps_due_owners_scope_added_dropped() -> None:
    new = (BASE.replace("status: todo", "status: dropped").replace("progress: 40", "progress: 50")
           .replace("title: 摸底", "title: 全面摸底"))
    kept = since_baseline(diff_plans(plan(BASE), plan(new)))
    assert {(c.item, c.field) for c in kept} == {("T2", "status"), ("T1", "title")}
