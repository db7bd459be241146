"""Two offices sharing one plan through a bare remote: what each wrote survives `tracker sync`.

Every scenario edits both clones (by hand with plain git, or with the tool), syncs A, then B,
then A again, and asserts the same file content in both clones.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import git, two_offices
from tests.history.test_sync import deleted_there_reported_here, plan_of, run
from tests.history.test_walk import commit_as, edit

PLAN = """\
# 测试方案
id: p
title: 测试方案
year: 2026
goals:
  - id: G1
    text: 改造
    target: 100
    current: 10
  - id: G2
    text: 写错的目标
    target: 5
phases:
  - id: P1
    title: 摸底
    end: 2026-05-31
  - id: P2
    title: 多余阶段
    end: 2026-06-30
tasks:
  - id: T1
    title: 摸底
    detail: |
      第一段说明。
      第二段说明。
    owners: [城关镇, 河西乡]
    due: 2026-05-31
    status: doing
    progress: 50
    units:
      城关镇: {status: doing, note: 在办}
      河西乡: {status: todo}
    updates:
      - date: 2026-05-01
        by: 张三
        text: 开始摸底
      - date: 2026-05-02
        by: 张三
        text: 写错的进展
      - date: 2026-05-03
        by: 张三
        text: 完成一半
  - id: T2
    title: 采购
    owners: [河西乡]
    due: 2026-06-30
    status: todo
"""


@pytest.fixture
def offices(tmp_path: Path, tracker) -> tuple[Path, Path]:
    """Office A (the original) and office B (a clone), sharing a bare remote."""
    return two_offices(tmp_path, tracker, {"p": PLAN})


def sync_all(tracker, a: Path, b: Path) -> str:
    """A pushes, B merges and pushes, A takes the result; both clones end equal."""
    first = run(tracker, a, "sync")
    assert first.code == 0, first.err
    second = run(tracker, b, "sync")
    assert second.code == 0, second.err
    third = run(tracker, a, "sync")
    assert third.code == 0, third.err
    assert git(a, "rev-parse", "HEAD") == git(b, "rev-parse", "HEAD")
    text = (a / "plans/p.yaml").read_text(encoding="utf-8")
    assert (b / "plans/p.yaml").read_text(encoding="utf-8") == text
    return second.out + second.err


def test_comments_from_both_offices_survive(offices, tracker) -> None:
    a, b = offices
    edit(a, "    status: doing\n    progress: 50\n",
         "    # 甲办：状态已与牵头单位核对\n    status: doing\n    progress: 60  # 已核实\n")
    edit(a, "        text: 开始摸底\n", "        text: 开始摸底  # 甲办补注\n")
    commit_as(a, "张三", "2026-05-04", "甲办注释")
    edit(b, "    due: 2026-06-30\n", "    due: 2026-06-30  # 乙办：以文件为准\n")
    edit(b, "      - date: 2026-05-03\n", "      # 乙办：这条来自电话\n      - date: 2026-05-03\n")
    commit_as(b, "李四", "2026-05-04", "乙办注释")
    assert run(tracker, b, "--by", "李四", "set", "p/T2", "status=doing").code == 0
    sync_all(tracker, a, b)
    text = (a / "plans/p.yaml").read_text(encoding="utf-8")
    for comment in ("    # 甲办：状态已与牵头单位核对\n    status: doing\n",
                    "    progress: 60  # 已核实\n", "        text: 开始摸底  # 甲办补注\n",
                    "    due: 2026-06-30  # 乙办：以文件为准\n",
                    "      # 乙办：这条来自电话\n      - date: 2026-05-03\n"):
        assert comment in text, comment
    assert plan_of(a).task("T2").status == "doing"


def test_a_comment_removed_by_one_office_stays_removed(offices, tracker) -> None:
    a, b = offices
    edit(a, "  - id: T2\n", "  # 待定\n  - id: T2\n")
    commit_as(a, "张三", "2026-05-04", "注释")
    sync_all(tracker, a, b)
    edit(a, "  # 待定\n", "")
    commit_as(a, "张三", "2026-05-05", "删注释")
    assert run(tracker, b, "set", "p/T1", "progress=70").code == 0
    sync_all(tracker, a, b)
    text = (a / "plans/p.yaml").read_text(encoding="utf-8")
    assert "# 待定" not in text and "progress: 70" in text


def test_a_deleted_update_stays_deleted_and_a_corrected_one_is_an_edit(offices, tracker) -> None:
    a, b = offices
    edit(a, "      - date: 2026-05-02\n        by: 张三\n        text: 写错的进展\n", "")
    edit(a, "text: 完成一半", "text: 完成一半（120户）")
    commit_as(a, "张三", "2026-05-04", "更正进展")
    assert run(tracker, b, "--by", "李四", "set", "p/T1", "progress=70").code == 0
    sync_all(tracker, a, b)
    for office in (a, b):
        t = plan_of(office).task("T1")
        assert [u.text for u in t.updates] == ["开始摸底", "完成一半（120户）"]
        assert t.progress == 70 and not t.conflicts


def test_deleted_goal_phase_and_task_stay_deleted(offices, tracker) -> None:
    a, b = offices
    edit(a, "  - id: G2\n    text: 写错的目标\n    target: 5\n", "")
    edit(a, "  - id: P2\n    title: 多余阶段\n    end: 2026-06-30\n", "")
    commit_as(a, "张三", "2026-05-04", "删除")
    edit(b, "    current: 10\n", "    current: 30\n")
    edit(b, "    title: 摸底\n    end: 2026-05-31\n", "    title: 摸底排查\n    end: 2026-05-31\n")
    commit_as(b, "李四", "2026-05-04", "改目标")
    sync_all(tracker, a, b)
    p = plan_of(a)
    assert [g.id for g in p.goals] == ["G1"] and p.goals[0].current == 30
    assert [(ph.id, ph.title) for ph in p.phases] == [("P1", "摸底排查")]


def test_different_fields_of_a_task_never_conflict_whatever_their_style(offices, tracker) -> None:
    a, b = offices
    edit(a, "      第一段说明。\n      第二段说明。\n",
         "      第一段说明（修订）。\n      第二段说明。\n      第三段说明。\n")
    edit(a, "城关镇: {status: doing, note: 在办}", "城关镇: {status: doing, note: 已完成3个村}")
    edit(a, "    owners: [河西乡]\n", "    owners: [河西乡, 城关镇]\n")
    commit_as(a, "张三", "2026-05-04", "改说明")
    assert run(tracker, b, "--by", "李四", "set", "p/T1", "progress=70").code == 0
    edit(b, "城关镇: {status: doing, note: 在办}", "城关镇: {status: done, note: 在办}")
    edit(b, "    status: todo\n", "    status: doing\n")
    commit_as(b, "李四", "2026-05-04", "改状态")
    out = sync_all(tracker, a, b)
    assert "冲突" not in out and "conflict" not in out
    text = (b / "plans/p.yaml").read_text(encoding="utf-8")
    assert "    detail: |\n      第一段说明（修订）。\n      第二段说明。\n      第三段说明。\n" in text
    assert "城关镇: {status: done, note: 已完成3个村}" in text
    t1, t2 = plan_of(b).task("T1"), plan_of(b).task("T2")
    assert t1.progress == 70 and not t1.conflicts
    assert t2.owners == ("河西乡", "城关镇") and t2.status == "doing"


NEW = """\
id: q
title: 新方案
year: 2026
tasks:
  - id: T1
    title: 同一项任务
    status: todo
"""


def test_the_same_new_plan_added_by_both_offices_merges_per_field(offices, tracker) -> None:
    a, b = offices
    (a / "plans/q.yaml").write_text(
        NEW.replace("    status: todo\n", "    status: todo\n    progress: 10  # 甲办\n"),
        encoding="utf-8")
    commit_as(a, "张三", "2026-05-04", "新方案")
    (b / "plans/q.yaml").write_text(NEW.replace("title: 同一项任务\n", "title: 同一项任务\n"
                                                "    leader: 王五\n"), encoding="utf-8")
    commit_as(b, "李四", "2026-05-04", "新方案")
    run(tracker, a, "sync")
    synced = run(tracker, b, "sync")
    assert synced.code == 0, synced.err
    assert run(tracker, a, "sync").code == 0
    for office in (a, b):
        text = (office / "plans/q.yaml").read_text(encoding="utf-8")
        assert "<<<<<<<" not in text and "progress: 10  # 甲办" in text
        assert "leader: 王五" in text and text.count("id: T1") == 1


def test_a_plan_with_check_errors_is_not_pushed(offices, tracker, tmp_path: Path) -> None:
    a, b = offices
    edit(a, "    status: todo\n", "    status: verified\n")  # verified without a reviewer
    commit_as(a, "张三", "2026-05-04", "手改")
    head = git(a, "rev-parse", "HEAD")
    remote_head = git(tmp_path / "remote.git", "rev-parse", "main")
    stopped = run(tracker, a, "sync")
    assert stopped.code == 1 and "Traceback" not in stopped.err
    assert "plans/p.yaml" in stopped.err and "未推送" in stopped.err
    assert git(tmp_path / "remote.git", "rev-parse", "main") == remote_head
    assert git(a, "rev-parse", "HEAD") == head
    english = run(tracker, a, "--lang", "en", "sync")
    assert english.code == 1 and "not pushed" in english.err and "plans/p.yaml" in english.err
    # fixed and committed, the next sync goes through
    edit(a, "    status: verified\n", "    status: done\n")
    assert run(tracker, a, "commit").code == 0
    assert run(tracker, a, "sync").code == 0
    assert git(tmp_path / "remote.git", "rev-parse", "main") == git(a, "rev-parse", "HEAD")


def test_a_merged_plan_with_check_errors_stays_committed_and_is_not_pushed(
        offices, tracker, tmp_path: Path) -> None:
    a, b = offices
    edit(a, "    status: todo\n", "    status: verified\n")
    commit_as(a, "张三", "2026-05-04", "手改")
    # A's error reaches the remote behind the tool's back, as a plain git push would
    git(a, "push", "-q", "origin", "main")
    assert run(tracker, b, "set", "p/T1", "progress=70").code == 0
    remote_head = git(tmp_path / "remote.git", "rev-parse", "main")
    stopped = run(tracker, b, "sync")
    assert stopped.code == 1 and "plans/p.yaml" in stopped.err
    assert git(tmp_path / "remote.git", "rev-parse", "main") == remote_head
    assert len(git(b, "log", "-1", "--format=%P").split()) == 2  # the merge is committed
    assert plan_of(b).task("T1").progress == 70 and plan_of(b).task("T2").status == "verified"


@pytest.mark.parametrize("name", ["tracker.yaml"])  # units.yaml merges by entry: test_sync_units
def test_a_text_conflict_in_settings_gets_advice_that_fits(offices, tracker, name: str) -> None:
    a, b = offices
    for office, value in ((a, "# 甲办的设置\n"), (b, "# 乙办的设置\n")):
        path = office / name
        path.write_text(value + path.read_text(encoding="utf-8"), encoding="utf-8")
        commit_as(office, "某人", "2026-05-04", "设置", name)
    assert run(tracker, a, "sync").code == 0
    stopped = run(tracker, b, "sync")
    assert stopped.code == 1 and "Traceback" not in stopped.err
    assert name in stopped.err and f"git add {name}" in stopped.err
    assert "conflict 条目" not in stopped.err  # that is the advice for plan files
    # following the advice finishes the merge, and both offices' lines are kept
    path = b / name
    lines = [ln for ln in path.read_text(encoding="utf-8").split("\n")
             if not ln.startswith(("<<<<<<<", "=======", ">>>>>>>"))]
    path.write_text("\n".join(lines), encoding="utf-8")
    git(b, "add", name)
    finished = run(tracker, b, "commit")
    assert finished.code == 0, finished.err
    assert run(tracker, b, "sync").code == 0 and run(tracker, a, "sync").code == 0
    for office in (a, b):
        text = (office / name).read_text(encoding="utf-8")
        assert "# 甲办的设置" in text and "# 乙办的设置" in text


def _driver_on_one_title_changed_twice(tmp_path: Path, tracker):  # type: ignore[no-untyped-def]
    """git's call of the merge driver on T2's title changed differently on each side."""
    files = {"base": PLAN, "ours": PLAN.replace("title: 采购", "title: 设备采购"),
             "theirs": PLAN.replace("title: 采购", "title: 采购设备")}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tracker("merge-driver", *(str(tmp_path / n) for n in ("base", "ours", "theirs")),
                   "plans/p.yaml", cwd=tmp_path)


def test_a_failing_merge_driver_falls_back_to_a_line_merge_losing_nothing(
        tmp_path: Path, tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.history import merge

    def broken(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(merge, "merge_texts", broken)
    done = _driver_on_one_title_changed_twice(tmp_path, tracker)
    assert done.code == 1 and "merged by lines instead" in done.err
    text = (tmp_path / "ours").read_text(encoding="utf-8")
    assert "<<<<<<<" in text and "title: 设备采购" in text and "title: 采购设备" in text


def test_a_task_both_offices_added_under_one_id_is_kept_twice_and_said_so(offices, tracker) -> None:
    """The task already on the remote keeps its number (the other office knows it by it); the
    one not yet pushed is renumbered, and whoever merged is told."""
    a, b = offices
    assert run(tracker, a, "add", "p", "甲办新任务").code == 0
    assert run(tracker, b, "add", "p", "乙办新任务").code == 0
    assert run(tracker, a, "sync").code == 0
    synced = run(tracker, b, "sync")
    assert synced.code == 0 and "两边都新增了任务 T3，本方新增的那项已改编号为 T4" in synced.err
    assert run(tracker, a, "sync").code == 0
    assert {t.id: t.title for t in plan_of(a).tasks[2:]} == {"T3": "甲办新任务", "T4": "乙办新任务"}
    assert plan_of(a) == plan_of(b)


def test_a_report_on_a_task_after_the_other_office_merged_its_own_lands_on_it(
        offices, tracker) -> None:
    """Office A pushed T3; B added its own T3 and merged. A's next report on T3 is about A's
    task, and must land there, not on B's (which B's merge had renumbered before)."""
    a, b = offices
    assert run(tracker, a, "add", "p", "甲办新任务").code == 0
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "add", "p", "乙办新任务").code == 0
    assert run(tracker, b, "sync").code == 0
    assert run(tracker, a, "--by", "张三", "note", "p/T3", "甲办的进展").code == 0
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "sync").code == 0
    for office in (a, b):
        tasks = {t.id: t for t in plan_of(office).tasks}
        assert tasks["T3"].title == "甲办新任务"
        assert [u.text for u in tasks["T3"].updates] == ["甲办的进展"]
        assert tasks["T4"].title == "乙办新任务" and tasks["T4"].updates == ()


def test_a_rebasing_pull_renumbers_the_task_being_replayed(offices, tracker) -> None:
    """In `git pull --rebase` the sides swap: the local commit being replayed is "theirs".
    The remote's task still keeps its number."""
    a, b = offices
    assert run(tracker, b, "sync").code == 0  # sets up the merge driver in B
    assert run(tracker, a, "add", "p", "甲办新任务").code == 0
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "add", "p", "乙办新任务").code == 0
    pulled = subprocess.run(["git", "pull", "-q", "--rebase", "origin", "main"], cwd=b,
                            capture_output=True, text=True, check=False)
    assert pulled.returncode == 0, pulled.stderr
    assert "本方" not in pulled.stderr and "两边都新增了 T3，对方那项改编号为 T4" in pulled.stderr
    assert {t.id: t.title for t in plan_of(b).tasks[2:]} == {"T3": "甲办新任务", "T4": "乙办新任务"}


def test_a_task_one_office_deleted_and_the_other_reported_on_is_said_in_words(
        offices, tracker) -> None:
    """Sync and diff say what happened to the task, as check does, not the conflict
    record's raw values (`字段 task：本方“changed”，对方“removed”`)."""
    a, b = offices
    stopped = deleted_there_reported_here(tracker, a, b)
    assert "p/T2 本方修改了这项任务，对方删除了它（已按本方的版本保留）（张三）" in stopped.err, stopped.err
    assert "changed" not in stopped.err and "removed" not in stopped.err
    english = run(tracker, b, "--lang", "en", "diff")
    assert "we changed this task and they deleted it" in english.out, english.out
    diff = run(tracker, b, "diff")
    assert "本方修改了这项任务，对方删除了它" in diff.out and "changed" not in diff.out, diff.out


def test_a_plan_one_office_deleted_and_the_other_changed_gets_advice_that_fits(
        offices, tracker) -> None:
    a, b = offices
    git(a, "rm", "-q", "plans/p.yaml")
    git(a, "commit", "-qm", "删除方案")
    assert run(tracker, b, "--by", "李四", "set", "p/T2", "status=doing").code == 0
    assert run(tracker, a, "sync").code == 0
    stopped = run(tracker, b, "sync")
    assert stopped.code == 1 and "Traceback" not in stopped.err
    assert "对方删除了 plans/p.yaml" in stopped.err
    assert "git add plans/p.yaml" in stopped.err and "git rm plans/p.yaml" in stopped.err
    assert plan_of(b).task("T2").status == "doing"  # our change is still in the file
    git(b, "add", "plans/p.yaml")  # keep it
    finished = run(tracker, b, "commit")
    assert finished.code == 0, finished.err
    assert run(tracker, b, "sync").code == 0 and run(tracker, a, "sync").code == 0
    assert plan_of(a).task("T2").status == "doing"


def test_a_plan_we_deleted_and_they_changed_can_stay_deleted(offices, tracker) -> None:
    a, b = offices
    assert run(tracker, a, "--by", "张三", "set", "p/T2", "status=doing").code == 0
    git(b, "rm", "-q", "plans/p.yaml")
    git(b, "commit", "-qm", "删除方案")
    assert run(tracker, a, "sync").code == 0
    stopped = run(tracker, b, "--lang", "en", "sync")
    assert stopped.code == 1 and "we deleted plans/p.yaml and they changed it" in stopped.err
    git(b, "rm", "-q", "plans/p.yaml")
    finished = run(tracker, b, "commit")
    assert finished.code == 0, finished.err
    assert run(tracker, b, "sync").code == 0 and run(tracker, a, "sync").code == 0
    assert not (a / "plans/p.yaml").exists() and not (b / "plans/p.yaml").exists()


def test_errors_in_a_plan_that_only_came_in_are_reported_not_stopped_on(
        offices, tracker, tmp_path: Path) -> None:
    a, b = offices
    edit(a, "    status: todo\n", "    status: verified\n")
    commit_as(a, "张三", "2026-05-04", "手改")
    git(a, "push", "-q", "origin", "main")  # behind the tool's back
    synced = run(tracker, b, "sync")
    assert synced.code == 0 and "对方的 plans/p.yaml 有 1 个检查错误" in synced.err
    assert plan_of(b).task("T2").status == "verified"


def test_comments_inside_a_list_the_other_office_changed_survive(offices, tracker) -> None:
    a, b = offices
    edit(a, "    current: 10\n", "    current: 40\n")
    commit_as(a, "张三", "2026-05-04", "更新目标")
    edit(b, "    target: 100\n", "    target: 100  # 乙办：按户计\n")
    edit(b, "  - id: G2\n", "  # 乙办：待删\n  - id: G2\n")
    commit_as(b, "李四", "2026-05-04", "注释目标")
    sync_all(tracker, a, b)
    text = (a / "plans/p.yaml").read_text(encoding="utf-8")
    assert "    target: 100  # 乙办：按户计\n    current: 40\n  # 乙办：待删\n  - id: G2\n" in text


def test_the_merge_driver_names_a_conflict_in_both_languages(tmp_path: Path, tracker) -> None:
    """git prints the driver's lines to whoever merged, also in a plain `git pull`."""
    done = _driver_on_one_title_changed_twice(tmp_path, tracker)
    assert done.code == 1
    assert "title 两边改得不同（本方 '设备采购'，对方 '采购设备'），已记为冲突" in done.err
    assert "conflict plans/p.yaml" in done.err and "ours '设备采购', theirs '采购设备'" in done.err


def test_a_renumbering_by_hand_never_moves_the_other_offices_edit_onto_another_task(
        offices, tracker) -> None:
    """Office A deletes T1 and gives its id to the task after it (T2 -> T1), by hand; office B
    reports progress on T1 (摸底). Per id, B's 70 % landed on 采购 and 摸底 was gone from both
    clones without a word. Both tasks are kept, each with what was written about it, and sync
    says which one got a new number."""
    a, b = offices
    text = (a / "plans/p.yaml").read_text(encoding="utf-8")
    t1 = text[text.index("  - id: T1\n"):text.index("  - id: T2\n")]
    edit(a, t1, "")
    edit(a, "  - id: T2\n", "  - id: T1\n")
    commit_as(a, "张三", "2026-05-04", "删去摸底，重新编号")
    assert run(tracker, b, "--by", "李四", "set", "p/T1", "progress=70").code == 0
    said = sync_all(tracker, a, b)
    tasks = {t.title: t for t in plan_of(a).tasks}
    assert set(tasks) == {"摸底", "采购"}, (a / "plans/p.yaml").read_text(encoding="utf-8")
    assert tasks["摸底"].progress == 70 and tasks["采购"].progress is None
    assert tasks["采购"].id == "T1"  # A pushed first: its numbering stands
    assert "给了另一项任务" in said and f"改编号为 {tasks['摸底'].id}" in said, said
