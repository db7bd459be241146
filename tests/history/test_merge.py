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


def test_added_tasks_on_both_sides_are_both_kept_and_ours_yields_its_id() -> None:
    """Theirs is already on the remote, known there by its id: ours (not pushed yet) is
    renumbered, and our own task that depends on it follows it."""
    new = "  - id: T3\n    title: {}\n    status: todo\n"
    ours = BASE + new.format("我方新任务") + "  - id: T4\n    title: 我方后续\n    depends_on: [T3]\n"
    theirs = BASE + new.format("对方新任务")
    result = merge_texts(BASE, ours, theirs)
    tasks = {t.id: t for t in plan(result.text).plan.tasks}
    assert [t.id for t in plan(result.text).plan.tasks] == ["T1", "T2", "T3", "T5", "T4"]
    assert tasks["T3"].title == "对方新任务" and tasks["T5"].title == "我方新任务"
    assert tasks["T4"].depends_on == ("T5",)
    assert result.renumbered == (("T3", "T5"),) and result.renumbered_side == "ours"


def test_in_a_rebase_theirs_yields_its_id() -> None:
    new = "  - id: T3\n    title: {}\n    status: todo\n"
    result = merge_texts(BASE, BASE + new.format("远程的任务"), BASE + new.format("本地重放的任务"),
                         renumber="theirs")
    tasks = {t.id: t.title for t in plan(result.text).plan.tasks}
    assert tasks["T3"] == "远程的任务" and tasks["T4"] == "本地重放的任务"
    assert result.renumbered == (("T3", "T4"),) and result.renumbered_side == "theirs"


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
    loaded = plan(result.text)
    (said,) = [p for p in run_checks([loaded], Units(Directory())) if p.code == "merge-conflict"]
    assert "本方修改了这项任务，对方删除了它" in said.zh and "changed" not in said.zh
    assert "we changed this task and they deleted it" in said.en


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


# ---------------------------------------------------------------- what people wrote survives


def test_comments_added_on_both_sides_are_kept_where_they_sit() -> None:
    ours = BASE.replace("    status: todo\n", "    # 我方：等预算\n    status: todo\n")
    theirs = (BASE.replace("    due: 2026-05-31\n", "    due: 2026-05-31  # 对方：文件为准\n")
              .replace("        text: 开始\n", "        # 对方：电话报送\n        text: 开始\n")
              .replace("  - id: T2\n", "  # 对方：第二项\n  - id: T2\n"))
    result = merge_texts(BASE, ours, theirs)
    assert result.conflicts == ()
    assert result.text == (BASE.replace("    due: 2026-05-31\n", "    due: 2026-05-31  # 对方：文件为准\n")
                           .replace("        text: 开始\n", "        # 对方：电话报送\n        text: 开始\n")
                           .replace("  - id: T2\n", "  # 对方：第二项\n  - id: T2\n")
                           .replace("    status: todo\n", "    # 我方：等预算\n    status: todo\n"))


def test_their_inline_comment_arrives_with_their_value() -> None:
    theirs = BASE.replace("    status: doing\n", "    status: doing\n    progress: 60  # 已核实\n")
    ours = BASE.replace("title: 采购", "title: 设备采购")
    result = merge_texts(BASE, ours, theirs)
    assert result.conflicts == () and "    progress: 60  # 已核实\n" in result.text
    assert "title: 设备采购" in result.text


def test_a_comment_they_removed_goes_and_one_we_kept_stays() -> None:
    base = BASE.replace("    title: 采购\n", "    title: 采购  # 旧注\n    # 待定\n")
    theirs = base.replace("  # 旧注", "")
    ours = base.replace("status: todo", "status: doing")
    result = merge_texts(base, ours, theirs)
    assert "# 旧注" not in result.text and "    # 待定\n    status: doing\n" in result.text


def test_inline_comments_changed_on_both_sides_are_both_kept() -> None:
    base = BASE.replace("    status: todo\n", "    status: todo  # 原注\n")
    ours = base.replace("# 原注", "# 我方注")
    theirs = base.replace("# 原注", "# 对方注")
    text = merge_texts(base, ours, theirs).text
    assert "# 我方注" in text and "# 对方注" in text and "# 原注" not in text


def test_a_comment_added_on_a_task_they_deleted_is_not_lost() -> None:
    ours = BASE.replace("    title: 采购\n", "    title: 采购  # 我方补注\n")
    theirs = BASE.replace("  - id: T2\n    title: 采购\n    status: todo\n", "")
    result = merge_texts(BASE, ours, theirs)
    assert [t.id for t in plan(result.text).plan.tasks] == ["T1"] and result.conflicts == ()
    assert "# 我方补注\ntasks:\n" in result.text  # above what held the task


def test_an_old_comment_on_a_task_they_deleted_goes_with_it() -> None:
    base = BASE.replace("    title: 采购\n", "    title: 采购  # 旧注\n")
    theirs = base.replace("  - id: T2\n    title: 采购  # 旧注\n    status: todo\n", "")
    result = merge_texts(base, base.replace("current: 10", "current: 11"), theirs)
    assert "# 旧注" not in result.text and [t.id for t in plan(result.text).plan.tasks] == ["T1"]


UPDATES = BASE.replace("        text: 开始\n", "        text: 开始\n"
                       "      - date: 2026-05-02\n        by: 张三\n        text: 写错了\n"
                       "      - date: 2026-05-03\n        by: 张三\n        text: 完成一半\n")


def test_an_update_they_deleted_stays_deleted_and_a_corrected_one_is_an_edit() -> None:
    theirs = UPDATES.replace("      - date: 2026-05-02\n        by: 张三\n        text: 写错了\n", "")
    theirs = theirs.replace("text: 完成一半", "text: 完成一半（120户）")
    ours = UPDATES.replace("    status: doing\n", "    status: doing\n    progress: 50\n")
    result = merge_texts(UPDATES, ours, theirs)
    t = plan(result.text).plan.task("T1")
    assert result.conflicts == () and t.progress == 50
    assert [u.text for u in t.updates] == ["开始", "完成一半（120户）"]


def test_an_update_we_corrected_and_they_deleted_is_kept_as_conflict() -> None:
    theirs = UPDATES.replace("      - date: 2026-05-02\n        by: 张三\n        text: 写错了\n", "")
    ours = UPDATES.replace("text: 写错了", "text: 写对了")
    result = merge_texts(UPDATES, ours, theirs)
    assert [u.text for u in plan(result.text).plan.task("T1").updates] == ["开始", "写对了", "完成一半"]
    assert [(c.task, c.field) for c in result.conflicts] == [("T1", "updates.2")]


def test_the_same_update_corrected_differently_is_a_conflict_on_its_text() -> None:
    ours = UPDATES.replace("text: 写错了", "text: 甲的改法")
    theirs = UPDATES.replace("text: 写错了", "text: 乙的改法")
    result = merge_texts(UPDATES, ours, theirs)
    assert [(c.task, c.field, c.ours, c.theirs) for c in result.conflicts] == [
        ("T1", "updates.2.text", "甲的改法", "乙的改法")]


def test_a_multi_line_detail_and_another_field_never_conflict() -> None:
    base = BASE.replace("    title: 摸底\n", "    title: 摸底\n    detail: |\n      一行。\n      二行。\n")
    theirs = base.replace("      一行。\n      二行。\n", "      一行（改）。\n      二行。\n      三行。\n")
    ours = base.replace("due: 2026-05-31", "due: 2026-06-15")
    result = merge_texts(base, ours, theirs)
    assert result.conflicts == ()
    assert "    detail: |\n      一行（改）。\n      二行。\n      三行。\n" in result.text
    assert "due: 2026-06-15" in result.text


def test_flow_style_entries_merge_per_key() -> None:
    base = BASE.replace("    status: todo\n", "    status: todo\n    units:\n"
                        "      城关镇: {status: doing, note: 在办}\n")
    ours = base.replace("{status: doing, note: 在办}", "{status: done, note: 在办}")
    theirs = base.replace("{status: doing, note: 在办}", "{status: doing, note: 已完成3个村}")
    result = merge_texts(base, ours, theirs)
    assert result.conflicts == () and "城关镇: {status: done, note: 已完成3个村}" in result.text


def test_owners_added_on_both_sides_are_all_kept() -> None:
    ours = BASE.replace("owners: [城关镇]", "owners: [城关镇, 河西乡]")
    theirs = BASE.replace("owners: [城关镇]", "owners: [城关镇, 北山乡]")
    result = merge_texts(BASE, ours, theirs)
    assert result.conflicts == () and "owners: [城关镇, 河西乡, 北山乡]" in result.text


def test_a_goal_they_deleted_stays_deleted_with_our_comments_elsewhere() -> None:
    base = BASE.replace("    current: 10\n", "    current: 10\n  - id: G2\n    text: 写错\n")
    theirs = base.replace("  - id: G2\n    text: 写错\n", "")
    ours = base.replace("    current: 10\n", "    current: 20  # 我方核实\n")
    result = merge_texts(base, ours, theirs)
    assert [g.id for g in plan(result.text).plan.goals] == ["G1"]
    assert "    current: 20  # 我方核实\n" in result.text and result.conflicts == ()


def test_the_same_new_plan_on_both_sides_merges_per_field() -> None:
    new = "id: p\ntitle: 方案\ntasks:\n  - id: T1\n    title: 摸底\n"
    ours = new + "    leader: 王五\n"
    theirs = new + "    progress: 10  # 对方\n"
    result = merge_texts("", ours, theirs)
    assert result.conflicts == () and result.renumbered == ()
    assert result.text == new + "    leader: 王五\n    progress: 10  # 对方\n"


def test_the_same_new_plan_with_different_values_records_a_conflict() -> None:
    new = "id: p\ntitle: 方案\ntasks:\n  - id: T1\n    title: 摸底\n    status: {}\n"
    result = merge_texts("", new.format("todo"), new.format("doing"))
    assert [(c.task, c.field, c.ours, c.theirs) for c in result.conflicts] == [
        ("T1", "status", "todo", "doing")]


def test_a_task_list_with_an_item_without_id_still_merges_per_item() -> None:
    theirs = BASE.replace("  - id: T2\n    title: 采购\n    status: todo\n", "  - 待补充\n")
    result = merge_texts(BASE, BASE, theirs)
    assert result.conflicts == () and result.text == theirs


def test_a_conflict_whose_values_yaml_cannot_hold_as_written_is_still_recorded() -> None:
    ours = BASE.replace("owners: [城关镇]", "owners: [城关镇, [甲]]")
    theirs = BASE.replace("owners: [城关镇]", "owners: 乙")
    result = merge_texts(BASE, ours, theirs)
    assert [(c.task, c.field) for c in result.conflicts] == [("T1", "owners")]
    (conflict,) = plan(result.text).plan.task("T1").conflicts
    assert conflict.theirs == "乙" and "甲" in str(conflict.ours)


def test_comments_at_places_that_moved_are_neither_lost_nor_doubled() -> None:
    ours = BASE.replace("    title: 采购\n", "    title: 采购  # 我方\n")
    theirs = BASE.replace("  - id: T1  # 第一项\n", "  # 对方：首项\n  - id: T1  # 第一项\n")
    text = merge_texts(BASE, ours, theirs).text
    assert text.count("# 我方") == 1 and text.count("# 对方：首项") == 1
    assert text.count("# 第一项") == 1 and text.count("# 方案（注释要保留）") == 1


def test_a_task_written_on_one_line_merges_per_key() -> None:
    base = BASE + "  - {id: T3, title: 宣传, status: todo}\n"
    ours = base.replace("title: 宣传", "title: 集中宣传")
    theirs = base.replace("status: todo}", "status: doing}")
    result = merge_texts(base, ours, theirs)
    assert result.conflicts == () and "  - {id: T3, title: 集中宣传, status: doing}\n" in result.text


def test_a_comment_after_a_value_written_over_two_lines_stays_after_it() -> None:
    base = BASE.replace("    title: 采购\n", "    title: \"采购\n      设备\"\n")
    theirs = base.replace("      设备\"\n", "      设备\"  # 对方\n")
    ours = base.replace("    status: todo\n", "    status: doing  # 我方\n")
    result = merge_texts(base, ours, theirs)
    assert result.conflicts == ()
    assert "    title: \"采购\n      设备\"  # 对方\n    status: doing  # 我方\n" in result.text


def test_comments_in_a_file_with_crlf_line_ends_keep_them() -> None:
    base = BASE.replace("\n", "\r\n")
    theirs = base.replace("    status: todo\r\n", "    # 对方\r\n    status: todo  # 待定\r\n")
    ours = base.replace("title: 摸底", "title: 全面摸底")
    result = merge_texts(base, ours, theirs)
    assert result.conflicts == ()
    assert result.text == ours.replace("    status: todo\r\n", "    # 对方\r\n    status: todo  # 待定\r\n")


def test_a_unit_report_added_to_a_one_line_entry_arrives() -> None:
    base = BASE.replace("    status: todo\n", "    status: todo\n    units:\n"
                        "      城关镇: {status: doing}\n      河西乡: {status: todo}\n")
    theirs = base.replace("      城关镇: {status: doing}\n", "      城关镇:\n        status: doing\n"
                          "        updates:\n          - date: 2026-05-03\n            text: 已完成\n")
    ours = base.replace("河西乡: {status: todo}", "河西乡: {status: doing}")
    result = merge_texts(base, ours, theirs)
    assert result.conflicts == ()
    t2 = plan(result.text).plan.task("T2")
    assert "河西乡: {status: doing}" in result.text and "已完成" in result.text
    assert [(u.unit, u.status) for u in t2.units] == [("城关镇", "doing"), ("河西乡", "doing")]


def test_a_conflict_they_resolved_goes_and_one_they_left_arrives_for_check() -> None:
    record = "    conflict:\n      - {field: status, ours: doing, theirs: done}\n"
    base = BASE.replace("    title: 采购\n", "    title: 采购\n" + record)
    resolved = merge_texts(base, base.replace("current: 10", "current: 11"), base.replace(record, ""))
    assert resolved.conflicts == () and "conflict:" not in resolved.text
    theirs = BASE.replace("    title: 采购\n", "    title: 采购\n" + record)
    carried = merge_texts(BASE, BASE.replace("current: 10", "current: 11"), theirs)
    assert len(plan(carried.text).plan.task("T2").conflicts) == 1


def test_a_task_they_inserted_between_two_stays_between_them() -> None:
    theirs = BASE.replace("  - id: T2\n", "  - id: T5\n    title: 插入的任务\n  - id: T2\n")
    ours = BASE + "  - id: T3\n    title: 我方新任务\n"
    result = merge_texts(BASE, ours, theirs)
    assert result.conflicts == ()
    assert [t.id for t in plan(result.text).plan.tasks] == ["T1", "T5", "T2", "T3"]


def test_tasks_they_put_in_a_new_order_arrive_in_it_with_their_comments() -> None:
    base = BASE + "  # 第三项的说明\n  - id: T3\n    title: 验收\n"
    t3 = "  # 第三项的说明\n  - id: T3\n    title: 验收\n"
    theirs = base.replace(t3, "").replace("  - id: T2\n", t3 + "  - id: T2\n")
    ours = base.replace("    status: todo\n", "    status: doing\n").replace("current: 10", "current: 12")
    result = merge_texts(base, ours, theirs)
    assert result.conflicts == ()
    assert [t.id for t in plan(result.text).plan.tasks] == ["T1", "T3", "T2"]
    assert "  # 第三项的说明\n  - id: T3\n    title: 验收\n  - id: T2\n    title: 采购\n    status: doing\n" \
        in result.text


def test_orders_changed_differently_on_both_sides_keep_ours_and_record_theirs() -> None:
    base = BASE + "  - id: T3\n    title: 验收\n"
    t1 = base[base.index("  - id: T1"):base.index("  - id: T2")]
    t2 = "  - id: T2\n    title: 采购\n    status: todo\n"
    ours = base.replace(t1, "").replace("  - id: T3", t1 + "  - id: T3")  # T2 T1 T3
    theirs = base.replace(t2, "").replace("  - id: T1", t2 + "  - id: T1").replace(
        "  - id: T3\n    title: 验收\n", "").replace("  - id: T1", "  - id: T3\n    title: 验收\n  - id: T1")
    result = merge_texts(base, ours, theirs)
    assert [t.id for t in plan(result.text).plan.tasks] == ["T2", "T1", "T3"]
    assert [(c.task, c.field) for c in result.conflicts] == [("", "tasks.order")]


RENUMBER_BASE = BASE + "  - id: T3\n    title: 验收\n    status: todo\n"
# one office deletes T2 and gives its id to the task after it (T3 -> T2), by hand
RENUMBERED = BASE.replace("  - id: T2\n    title: 采购\n    status: todo\n",
                          "  - id: T2\n    title: 验收\n    status: todo\n")


def test_an_edit_of_a_task_whose_id_the_other_side_gave_to_another_is_not_moved_onto_it() -> None:
    """Theirs deleted T2 (采购) and renumbered T3 (验收) to T2; ours set T2 (采购) to doing.
    Per id, our status landed on 验收 and 采购 vanished: an office's edit silently moved to
    another task. Both are kept, as when both sides add a task under one id."""
    ours = RENUMBER_BASE.replace("    title: 采购\n    status: todo", "    title: 采购\n    status: doing")
    result = merge_texts(RENUMBER_BASE, ours, RENUMBERED)
    tasks = {t.title: t for t in plan(result.text).plan.tasks}
    assert set(tasks) == {"摸底", "采购", "验收"}, result.text
    assert tasks["采购"].status == "doing" and tasks["验收"].status == "todo"
    assert tasks["验收"].id == "T2"  # theirs, pushed first, keeps the id; ours yields
    assert result.renumbered == (("T2", tasks["采购"].id),) and result.reidentified == ("T2",)


def test_their_edit_of_a_task_whose_id_we_gave_to_another_is_not_moved_onto_it() -> None:
    ours = RENUMBERED
    theirs = RENUMBER_BASE.replace("    title: 采购\n    status: todo", "    title: 采购\n    status: done")
    result = merge_texts(RENUMBER_BASE, ours, theirs)
    tasks = {t.title: t for t in plan(result.text).plan.tasks}
    assert set(tasks) == {"摸底", "采购", "验收"}, result.text
    assert tasks["采购"].status == "done" and tasks["验收"].status == "todo"
    assert result.reidentified == ("T2",)


def test_a_renumbering_the_other_side_did_not_touch_goes_through() -> None:
    """No false alarm: the other side edited another task, or nothing."""
    ours = RENUMBER_BASE.replace("    status: doing", "    status: done")  # T1 only
    result = merge_texts(RENUMBER_BASE, ours, RENUMBERED)
    assert [(t.id, t.title) for t in plan(result.text).plan.tasks] == [("T1", "摸底"), ("T2", "验收")]
    assert plan(result.text).plan.task("T1").status == "done"
    assert result.renumbered == () and result.reidentified == () and result.conflicts == ()
    retitled = RENUMBER_BASE.replace("title: 采购", "title: 设备采购")  # a new title, no renumbering
    both = merge_texts(RENUMBER_BASE, retitled, RENUMBER_BASE.replace("    title: 采购\n    status: todo",
                                                                      "    title: 采购\n    status: doing"))
    assert both.renumbered == () and plan(both.text).plan.task("T2").title == "设备采购"
    assert plan(both.text).plan.task("T2").status == "doing"


def test_a_title_that_is_not_text_does_not_stop_the_merge() -> None:
    """A hand edit made a title a list (`title: [采购, 验收]`): telling a renumbering by its
    title hashed it, and the merge driver failed (found by the random merge test, seed 19)."""
    ours = RENUMBER_BASE.replace("title: 采购", "title: [采购, 验收]")
    theirs = RENUMBER_BASE.replace("    title: 验收\n    status: todo", "    title: 验收\n    status: doing")
    result = merge_texts(RENUMBER_BASE, ours, theirs)
    assert result.text is not None and result.reidentified == ()
    assert "title: [采购, 验收]" in result.text and "status: doing" in result.text
