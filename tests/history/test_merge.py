"""Three-way merge of a plan per task id and per key (pure text in, text out)."""

from __future__ import annotations

from tracker.checks import run_checks
from tracker.history.merge import merge_texts
from tracker.model import Directory
from tracker.store import load
from tracker.units import Units

BASE = """\
# 方案（注释要保留）
id: p
title: 方案
year: 2026
goals:
  - id: G1
    text: 改造
    target: 100
    current: 10
tasks:
  - id: T1  # 第一项
    title: 摸底
    owners: [城关镇]
    due: 2026-05-31
    status: doing
    updates:
      - date: 2026-05-01
        by: 张三
        text: 开始
  - id: T2
    title: 采购
    status: todo
"""


def plan(text: str):
    loaded = load.load_plan_bytes(text.encode("utf-8"), "plans/p.yaml")
    assert loaded.plan is not None, loaded.problems
    return loaded


def test_different_tasks_merge_cleanly_keeping_comments() -> None:
    ours = BASE.replace("    status: doing", "    status: done  # 我方完成")
    theirs = BASE.replace("    status: todo", "    status: blocked")
    result = merge_texts(BASE, ours, theirs)
    assert result.conflicts == ()
    assert "status: done  # 我方完成" in result.text and "# 方案（注释要保留）" in result.text
    p = plan(result.text).plan
    assert p.task("T1").status == "done" and p.task("T2").status == "blocked"


def test_different_fields_of_one_task_merge_cleanly() -> None:
    ours = BASE.replace("due: 2026-05-31", "due: 2026-06-30")
    theirs = BASE.replace("owners: [城关镇]", "owners: [城关镇, 河西乡]")
    result = merge_texts(BASE, ours, theirs)
    t = plan(result.text).plan.task("T1")
    assert result.conflicts == () and str(t.due) == "2026-06-30" and t.owners == ("城关镇", "河西乡")


def test_updates_appended_on_both_sides_are_all_kept() -> None:
    tail = "        text: 开始\n"
    ours = BASE.replace(tail, tail + "      - date: 2026-05-10\n        by: 张三\n        text: 我方进展\n")
    theirs = BASE.replace(tail, tail + "      - date: 2026-05-11\n        by: 李四\n        text: 对方进展\n")
    result = merge_texts(BASE, ours, theirs)
    texts = [u.text for u in plan(result.text).plan.task("T1").updates]
    assert result.conflicts == () and texts == ["开始", "我方进展", "对方进展"]


def test_same_update_on_both_sides_is_kept_once() -> None:
    tail = "        text: 开始\n"
    both = BASE.replace(tail, tail + "      - date: 2026-05-10\n        by: 张三\n        text: 同一条\n")
    result = merge_texts(BASE, both, both)
    assert [u.text for u in plan(result.text).plan.task("T1").updates] == ["开始", "同一条"]


def test_true_conflict_keeps_both_values_and_check_reports_it() -> None:
    ours = BASE.replace("    status: doing", "    status: done")
    theirs = BASE.replace("    status: doing", "    status: blocked")
    result = merge_texts(BASE, ours, theirs, theirs_by="李四")
    assert [(c.task, c.field, c.ours, c.theirs) for c in result.conflicts] == [
        ("T1", "status", "done", "blocked")]
    loaded = plan(result.text)
    assert loaded.plan.task("T1").status == "done"
    (conflict,) = loaded.plan.task("T1").conflicts
    assert (conflict.field, conflict.ours, conflict.theirs, conflict.theirs_by) == (
        "status", "done", "blocked", "李四")
    errors = [p for p in run_checks([loaded], Units(Directory())) if p.code == "merge-conflict"]
    assert len(errors) == 1 and "done" in errors[0].zh and "blocked" in errors[0].zh
    assert "p/T1" in errors[0].en and str(errors[0].source).startswith("plans/p.yaml:")


def test_added_tasks_on_both_sides_are_both_kept() -> None:
    new = "  - id: T3\n    title: {}\n    status: todo\n"
    ours = BASE + new.format("我方新任务")
    theirs = BASE + new.format("对方新任务")
    result = merge_texts(BASE, ours, theirs)
    tasks = {t.id: t.title for t in plan(result.text).plan.tasks}
    assert tasks["T3"] == "我方新任务" and tasks["T4"] == "对方新任务"
    assert result.renumbered == (("T3", "T4"),)


def test_task_removed_by_them_and_untouched_by_us_goes() -> None:
    theirs = BASE.replace("  - id: T2\n    title: 采购\n    status: todo\n", "")
    ours = BASE.replace("current: 10", "current: 20")
    result = merge_texts(BASE, ours, theirs)
    p = plan(result.text).plan
    assert [t.id for t in p.tasks] == ["T1"] and p.goals[0].current == 20


def test_task_removed_by_them_but_changed_by_us_is_kept_as_conflict() -> None:
    theirs = BASE.replace("  - id: T2\n    title: 采购\n    status: todo\n", "")
    ours = BASE.replace("    status: todo", "    status: doing")
    result = merge_texts(BASE, ours, theirs)
    assert [t.id for t in plan(result.text).plan.tasks] == ["T1", "T2"]
    assert [(c.task, c.field) for c in result.conflicts] == [("T2", "task")]


def test_goal_changed_by_them_arrives() -> None:
    theirs = BASE.replace("current: 10", "current: 40")
    ours = BASE.replace("    status: todo", "    status: doing")
    result = merge_texts(BASE, ours, theirs)
    assert result.conflicts == () and plan(result.text).plan.goals[0].current == 40


def test_unreadable_side_falls_back_to_text_merge() -> None:
    assert merge_texts(BASE, "id: [broken", BASE).text is None


def test_a_key_they_deleted_is_deleted_not_set_to_null() -> None:
    from tracker.history.merge import merge_texts

    base = "tasks:\n  - id: T1\n    title: a\n    leader: 张某\n    status: doing   # 注释\n"
    ours = base.replace("status: doing", "status: done")
    theirs = base.replace("    leader: 张某\n", "")
    merged = merge_texts(base, ours, theirs)
    assert merged.conflicts == ()
    assert merged.text == "tasks:\n  - id: T1\n    title: a\n    status: done   # 注释\n"


def test_a_key_we_changed_and_they_deleted_is_a_conflict() -> None:
    from tracker.history.merge import merge_texts

    base = "tasks:\n  - id: T1\n    title: a\n    leader: 张某\n"
    merged = merge_texts(base, base.replace("张某", "李某"), base.replace("    leader: 张某\n", ""))
    assert [(c.field, c.ours, c.theirs) for c in merged.conflicts] == [("leader", "李某", None)]
    assert "leader: 李某" in (merged.text or "")
