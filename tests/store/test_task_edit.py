"""An edit of one task made and verified on that task's item alone (`tracker set` on a plan
whose parse is known) gives exactly what editing and re-reading the whole file gives: the same
bytes, the same plan, the same problems and unknown keys; and where it cannot tell, it says so
(None) and the whole file is edited instead."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from tests.conftest import PROJECT
from tests.store.test_taskchunks import big_plan
from tracker.store import editcache, load, ondisk, pathedit, planfile, taskchunks
from tracker.workspace import Workspace

ONE_LINE = """id: flat
title: 一行写法
year: 2026
tasks:
  - {id: T1, title: 第一项, status: doing, progress: 10}
  - id: T2
    title: 第二项   # 注释
    detail: |
      第一行
      第二行
    units:
      城关镇: {status: done}
      河西乡:
        status: doing
        note: 已开工

    # 一段注释，属于 T2 的尾部
  - id: T3
    title: "带引号: 的标题"
    owners: [城关镇, 河西乡]
    extra_key: 未知字段
  - id: T4
    title: 最后一项
    due: 2026-09-30"""  # no newline at the end of the file


def _edits(task: str, rng: random.Random) -> list[list[planfile.Edit]]:
    return [
        [planfile.set_field(task, "progress", rng.randint(0, 100))],
        [planfile.set_field(task, "status", rng.choice(["doing", "done", "blocked"]))],
        [planfile.set_field(task, "title", rng.choice(["新标题", "a: b", "- 列表样", "'引号'", "#号"]))],
        [planfile.set_field(task, "owners", ["城关镇", "河西乡"])],
        [planfile.set_field(task, "due", dt.date(2026, 10, 1))],
        [planfile.set_field(task, "detail", "改过的一行")],
        [planfile.set_field(task, "detail", "两行\n说明")],
        [planfile.remove_field(task, "due_text")],
        [planfile.set_unit_status(task, "城关镇", "done")],
        [pathedit.set_value(("tasks", pathedit.ById(task), "units", "河西乡", "note"), "改了说明")],
        [planfile.append_update(task, {"date": dt.date(2026, 5, 1), "text": "进展"})],
        [planfile.set_field(task, "progress", 5), planfile.set_field(task, "status", "doing")],
    ]


def _compare(raw: bytes, rel: str, task_ids: list[str], rng: random.Random) -> tuple[int, int]:
    """Every edit of every task both ways; (made on the item alone, made on the whole file)."""
    old = load.load_plan_bytes(raw, rel)
    fast = whole = 0
    for task_id in task_ids:
        for edits in _edits(task_id, rng):
            try:
                new_raw, _ = ondisk.edited(Path(rel), raw, edits)
            except planfile.EditError:
                new_raw = None
            made = Workspace._edit_one_task(raw, old, edits, task_id)
            if made is None:
                whole += 1
                continue
            fast += 1
            assert new_raw is not None, (rel, task_id, edits[0].describe)
            assert made[0] == new_raw, (rel, task_id, edits[0].describe)
            assert made[1] == load.load_plan_bytes(new_raw, rel), (rel, task_id, edits[0].describe)
    return fast, whole


def test_an_edit_on_the_item_alone_equals_the_edit_of_the_whole_file() -> None:
    rng = random.Random(7)
    samples = [(p.read_bytes(), f"plans/{p.name}") for p in sorted((PROJECT / "plans").glob("*.yaml"))]
    samples += [(big_plan(n, rng, False), "plans/big.yaml") for n in (1, 2, 60)]
    samples += [(ONE_LINE.encode("utf-8"), "plans/flat.yaml"),
                (b"\xef\xbb\xbf" + ONE_LINE.encode("utf-8") + b"\n", "plans/flat.yaml")]
    fast = whole = 0
    for raw, rel in samples:
        plan = load.load_plan_bytes(raw, rel).plan
        assert plan is not None
        ids = [t.id for t in plan.tasks]
        chosen = sorted(set(ids[:2] + ids[-2:] + rng.sample(ids, min(4, len(ids)))), key=ids.index)
        f, w = _compare(raw, rel, chosen, rng)
        fast, whole = fast + f, whole + w
    assert fast > 100 and whole > 100  # both ways were taken, and agreed every time


def test_a_value_replaced_on_its_line_is_always_made_on_the_item_alone() -> None:
    """The common `tracker set` (status, progress, a date or a title: one line for one line)
    never parses the whole file, in every task of the demo plans and of a large plan."""
    rng = random.Random(3)
    samples = [(p.read_bytes(), f"plans/{p.name}") for p in sorted((PROJECT / "plans").glob("*.yaml"))]
    samples.append((big_plan(120, rng, False), "plans/big.yaml"))
    for raw, rel in samples:
        old = load.load_plan_bytes(raw, rel)
        assert old.plan is not None
        for task in old.plan.tasks:
            edits = [planfile.set_field(task.id, "status", "blocked" if task.status != "blocked" else "doing")]
            made = Workspace._edit_one_task(raw, old, edits, task.id)
            assert made is not None, (rel, task.id)
            assert made[1] == load.load_plan_bytes(made[0], rel)


@pytest.mark.parametrize("text", [
    ONE_LINE.replace("title: 最后一项", "title: &t 最后一项"),  # an anchor: the file is not cut
    ONE_LINE.replace("\n", "\r\n"),  # CRLF
    ONE_LINE + "\nnotes: 列表之后的键\n",  # a key after the task list
    ONE_LINE.replace("progress: 10}", "progress: 六成}"),  # a plan with a problem
    ONE_LINE.replace("  - id: T4", "  - id: T1"),  # a task id used twice
])
def test_files_the_item_alone_cannot_speak_for_are_edited_whole(text: str) -> None:
    raw = text.encode("utf-8")
    old = load.load_plan_bytes(raw, "plans/flat.yaml")
    assert Workspace._edit_one_task(raw, old, [planfile.set_field("T1", "status", "done")],
                                    "T1") is None


def test_an_edit_that_changes_the_number_of_lines_or_reaches_outside_is_edited_whole() -> None:
    raw = ONE_LINE.encode("utf-8")
    old = load.load_plan_bytes(raw, "plans/flat.yaml")
    more_lines = [planfile.append_update("T2", {"date": dt.date(2026, 5, 1), "text": "进展"})]
    elsewhere = [planfile.set_plan_field("title", "新方案名")]
    other_task = [planfile.set_field("T3", "progress", 1)]
    for edits in (more_lines, elsewhere, other_task):
        assert Workspace._edit_one_task(raw, old, edits, "T2") is None
    # an unknown key in the edited task: its place among the plan's unknown keys is not known
    assert Workspace._edit_one_task(raw, old, [planfile.set_field("T3", "progress", 1)], "T3") is None
    at = taskchunks.one_item(ONE_LINE, 6)
    assert at is not None and (at.index, at.count, at.line, at.lines) == (1, 4, 6, 12)


def test_the_edit_cache_answers_only_for_its_own_bytes(tmp_path: Path) -> None:
    raw = ONE_LINE.encode("utf-8")
    loaded = load.load_plan_bytes(raw, "plans/flat.yaml")
    editcache.put(tmp_path, loaded)
    assert editcache.get(tmp_path, "plans/flat.yaml", loaded.blob) == loaded
    assert editcache.get(tmp_path, "plans/flat.yaml", load.blob_id(raw + b"\n")) is None
    assert editcache.get(tmp_path, "plans/other.yaml", loaded.blob) is None
    assert editcache.get(None, "plans/flat.yaml", loaded.blob) is None
    for bad in (b"", b"not a pickle", b"\x80\x05K\x01."):
        next((tmp_path / editcache.FOLDER).iterdir()).write_bytes(bad)
        assert editcache.get(tmp_path, "plans/flat.yaml", loaded.blob) is None
