"""tracker log / diff / commit / undo / baseline on real temporary repositories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import TODAY, git, make_repo
from tests.history.test_walk import PLAN, commit_as, edit


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "office", {"p": PLAN})


def at(monkeypatch: pytest.MonkeyPatch, day: str) -> None:
    for var in ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"):
        monkeypatch.setenv(var, f"{day}T10:00:00+08:00")


def run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, *args)


def test_log_reads_tool_and_hand_commits(office: Path, tracker, monkeypatch) -> None:
    at(monkeypatch, "2026-05-01")
    assert run(tracker, office, "--by", "张三", "set", "p/T1", "status=doing").code == 0
    at(monkeypatch, "2026-05-02")
    assert run(tracker, office, "--by", "张三", "set", "p/T1", "due=2026-06-15").code == 0
    at(monkeypatch, "2026-05-03")
    assert run(tracker, office, "--by", "李四", "note", "p/T2", "已完成招标").code == 0
    edit(office, "due: 2026-06-15", "due: 2026-07-31")
    commit_as(office, "王五", "2026-05-04", "hand edit")
    out = run(tracker, office, "log").out.splitlines()
    assert out[0].startswith("2026-05-04 王五 ") and out[0].endswith(
        "p/T1 截止：2026-06-15 → 2026-07-31（延期第2次）")
    assert out[1].endswith("p/T2 新增进展：2026-11-23 李四：已完成招标")
    assert out[2].endswith("p/T1 截止：2026-05-31 → 2026-06-15（延期第1次）")
    assert out[3].startswith("2026-05-01 张三") and out[3].endswith("p/T1 状态：未启动 → 推进中")
    en = run(tracker, office, "--lang", "en", "log", "p/T1").out.splitlines()
    assert en[0].endswith("p/T1 due: 2026-06-15 → 2026-07-31 (extension 2)")
    assert en[-1].endswith("p/T1 added task: 摸底")
    assert all("p/T1" in line for line in en)
    assert [ln.split()[1] for ln in run(tracker, office, "log", "--author", "张三").out.splitlines()] == ["张三"] * 2
    unit = run(tracker, office, "log", "--unit", "河西乡").out
    assert "p/T2" in unit and "p/T1" not in unit
    since = run(tracker, office, "log", "--since", "2026-05-03", "--until", "2026-05-03").out.splitlines()
    assert len(since) == 1 and "已完成招标" in since[0]
    data = json.loads(run(tracker, office, "log", "T2", "--format", "json").out)
    assert data[0]["author"] == "李四" and data[0]["field"] == "updates"
    assert data[0]["new"]["text"] == "已完成招标"


def test_log_since_revision_and_unknown_ref(office: Path, tracker, monkeypatch) -> None:
    first = git(office, "rev-parse", "HEAD").strip()
    run(tracker, office, "set", "p/T1", "progress=50")
    out = run(tracker, office, "log", "--since", first).out.splitlines()
    assert len(out) == 1 and "进度：∅ → 50%" in out[0]
    bad = run(tracker, office, "log", "nosuchthing")
    assert bad.code == 1 and "不是计划、任务或 git 版本" in bad.err


def test_diff_working_tree_and_revisions(office: Path, tracker) -> None:
    edit(office, "owners: [城关镇]", "owners: [城关镇, 北山乡]")
    assert run(tracker, office, "diff").out == "p/T1 责任单位：+北山乡\n"
    assert run(tracker, office, "--lang", "en", "diff").out == "p/T1 owners: +北山乡\n"
    commit_as(office, "张三", "2026-05-01", "owners")
    assert run(tracker, office, "diff", "HEAD~1", "HEAD").out == "p/T1 责任单位：+北山乡\n"
    assert run(tracker, office, "diff").err.strip() == "没有变更"
    assert run(tracker, office, "diff", "nope").code == 1


def test_commit_hand_edits_with_a_semantic_message(office: Path, tracker) -> None:
    edit(office, "status: todo", "status: done")
    result = run(tracker, office, "--by", "张三", "commit")
    assert result.code == 0, result.err
    message = git(office, "log", "-1", "--format=%B")
    assert message.startswith("p/T1: status todo → done\n")
    assert "Tool: tracker" in message and "Task: T1" in message and "Field: status" in message
    assert git(office, "log", "-1", "--format=%an").strip() == "张三"
    assert run(tracker, office, "commit").out.strip() == "计划没有未提交的修改"


def test_commit_names_a_file_in_plans_that_is_not_read_as_a_plan(office: Path, tracker) -> None:
    """tracker commit takes every edited file under plans/; a stray roads.yml (not read as a
    plan: only .yaml is) went into the commit without a word in its message or on screen."""
    edit(office, "status: todo", "status: done")
    (office / "plans" / "roads.yml").write_text("id: roads\ntitle: 道路\n", encoding="utf-8")
    result = run(tracker, office, "commit", "--force")
    assert result.code == 0, result.err
    assert "plans/roads.yml" in result.err, result.err
    message = git(office, "log", "-1", "--format=%B")
    assert message.startswith("p/T1: status todo → done\n") and "plans/roads.yml" in message
    assert "plans/roads.yml" in git(office, "show", "--name-only", "--format=", "HEAD")
    (office / "plans" / "2026").mkdir()  # a plan sorted into a subfolder is not read either
    (office / "plans" / "2026" / "q.yaml").write_text("id: q\ntitle: 道路\n", encoding="utf-8")
    result = run(tracker, office, "commit", "--force")
    assert result.code == 0 and "plans/2026/q.yaml" in result.err, result


def test_committing_a_new_plan_file_says_the_plan_was_added(office: Path, tracker) -> None:
    """A plan file copied in by hand (or imported) and committed: the message says a plan was
    added, not that its tasks were edited ('q: edit T1, T2')."""
    (office / "plans" / "q.yaml").write_text(
        "format: 1\nid: q\ntitle: 新方案\nyear: 2026\ntasks:\n"
        "  - {id: T1, title: 甲, status: todo}\n  - {id: T2, title: 乙, status: todo}\n",
        encoding="utf-8")
    result = run(tracker, office, "commit")
    assert result.code == 0, result.err
    assert git(office, "log", "-1", "--format=%s").strip() == "q: add plan 新方案 (2 tasks)"
    (office / "plans" / "q.yaml").unlink()
    assert run(tracker, office, "commit").code == 0
    assert git(office, "log", "-1", "--format=%s").strip() == "q: remove plan 新方案"


def test_commit_refuses_invalid_plan_unless_forced(office: Path, tracker) -> None:
    edit(office, "status: todo", "status: finished")
    refused = run(tracker, office, "commit")
    assert refused.code == 1 and "未提交" in refused.err and "finished" in refused.err
    assert git(office, "status", "--porcelain").strip() == "M plans/p.yaml"
    assert run(tracker, office, "commit", "--force", "-m", "先提交").code == 0
    assert git(office, "log", "-1", "--format=%s").strip() == "先提交"


def test_undo_reverts_the_last_tool_commit_and_keeps_history(office: Path, tracker) -> None:
    run(tracker, office, "set", "p/T1", "status=doing")
    run(tracker, office, "set", "p/T2", "progress=20")
    result = run(tracker, office, "undo")
    assert result.code == 0, result.err
    assert "progress" not in (office / "plans/p.yaml").read_text(encoding="utf-8")
    assert run(tracker, office, "undo").code == 0  # the next one back, not a redo
    assert "status: doing" not in (office / "plans/p.yaml").read_text(encoding="utf-8")
    assert int(git(office, "rev-list", "--count", "HEAD")) == 5
    assert "Undo: " in git(office, "log", "-1", "--format=%B")
    nothing = run(tracker, office, "undo")
    assert nothing.code == 1 and "没有可以撤销" in nothing.err


def test_undo_beside_uncommitted_edits_of_the_same_file_keeps_them(office: Path, tracker) -> None:
    run(tracker, office, "set", "p/T1", "status=doing")
    edit(office, "title: 采购", "title: 设备采购")
    undone = run(tracker, office, "undo")
    assert undone.code == 0 and "plans/p.yaml" in undone.out
    text = (office / "plans/p.yaml").read_text(encoding="utf-8")
    assert "title: 设备采购" in text and "status: doing" not in text
    assert "设备采购" not in git(office, "show", "HEAD:plans/p.yaml")  # still uncommitted


def test_baseline_then_changes_since(office: Path, tracker, monkeypatch) -> None:
    run(tracker, office, "set", "p/T1", "status=doing")
    assert run(tracker, office, "baseline", "p", "--name", "issued").code == 0
    assert git(office, "tag").strip() == "baseline/p/issued"
    run(tracker, office, "set", "p/T1", "due=2026-06-30", "progress=10")
    run(tracker, office, "set", "p/T2", "owners=河西乡、北山乡")
    run(tracker, office, "add", "p", "新任务", "--due", "2026-09-30")
    log = run(tracker, office, "log", "--since-baseline").out
    assert "截止：2026-05-31 → 2026-06-30（延期第1次）" in log and "p/T2 责任单位：+北山乡" in log
    assert "新增任务：新任务" in log and "进度" not in log and "状态" not in log
    diff = run(tracker, office, "diff", "baseline").out.splitlines()
    assert sorted(diff) == sorted(["p/T1 截止：2026-05-31 → 2026-06-30", "p/T2 责任单位：+北山乡",
                                   "p/T3 新增任务：新任务"])
    again = run(tracker, office, "baseline", "p", "--name", "issued")
    assert again.code == 1 and "已存在" in again.err


def test_no_baseline_yet(office: Path, tracker) -> None:
    assert "还没有基线" in run(tracker, office, "diff", "baseline").err
    assert "no baseline" in run(tracker, office, "--lang", "en", "log", "--since-baseline").err


def test_no_identity_stale_lock_and_merge_in_progress(office: Path, tracker, monkeypatch,
                                                      tmp_path: Path) -> None:
    edit(office, "status: todo", "status: done")
    (tmp_path / "bare-home").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "bare-home"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "bare-home" / "none"))
    no_id = run(tracker, office, "commit")
    assert no_id.code == 1 and "git 身份" in no_id.err
    monkeypatch.undo()
    at(monkeypatch, "2026-05-01")
    (office / ".git" / "index.lock").write_text("")
    locked = run(tracker, office, "commit")
    assert locked.code == 1 and "index.lock" in locked.err
    (office / ".git" / "index.lock").unlink()
    assert run(tracker, office, "commit").code == 0
    (office / ".git" / "MERGE_HEAD").write_text(git(office, "rev-parse", "HEAD"))
    merging = run(tracker, office, "undo")
    assert merging.code == 1 and "合并" in merging.err
    (office / ".git" / "MERGE_HEAD").unlink()
    assert run(tracker, office, "log").code == 0


def test_log_since_a_day_without_a_month_is_the_last_one(office: Path, tracker,
                                                          monkeypatch) -> None:
    """On 11月23日, `--since 21日` is 11月21日 (a deadline would read it as 12月21日)."""
    at(monkeypatch, "2026-11-19")
    assert run(tracker, office, "set", "p/T1", "status=doing").code == 0
    at(monkeypatch, "2026-11-21")
    assert run(tracker, office, "set", "p/T1", "progress=30").code == 0
    since = run(tracker, office, "log", "--since", "21日").out.splitlines()
    assert len(since) == 1 and "30%" in since[0]
    assert run(tracker, office, "log", "--until", "20日").out.count("未启动 → 推进中") == 1


def test_committing_only_comments_or_layout_says_so(office: Path, tracker) -> None:
    """A hand edit that adds a comment and changes no value: the commit's subject said
    ': edit' (no plan, no task), and `tracker commit` showed just that."""
    plan = office / "plans" / "p.yaml"
    plan.write_text(plan.read_text(encoding="utf-8") + "# 备注：下周复查\n", encoding="utf-8")
    result = run(tracker, office, "commit")
    assert result.code == 0, result.err
    message = git(office, "log", "-1", "--format=%B")
    assert message.startswith("p: edit text (comments or layout), no value changed\n"), message
    assert "Plan: p" in message and "Edit: hand" in message
    assert "p: edit text" in result.out + result.err


def test_a_towns_own_note_and_a_town_taken_off_the_map_are_in_the_log(office: Path, tracker) -> None:
    """A unit's own note on a shared task (the TUI's form writes it; a clerk types it in) is a
    value: the log said 改动了文字（注释、格式或写法），未改动任何值 when only it changed, and
    nothing at all when a town's whole entry was taken off the task's units: map."""
    edit(office, "    owners: [城关镇]\n",
         "    owners: [城关镇]\n    units:\n      城关镇: {status: doing, note: 已摸底3个村}\n")
    commit_as(office, "李四", "2026-05-02", "城关镇报送")
    edit(office, "note: 已摸底3个村}", "note: 已摸底5个村}")
    commit_as(office, "李四", "2026-05-09", "城关镇更新")
    edit(office, "    units:\n      城关镇: {status: doing, note: 已摸底5个村}\n", "")
    commit_as(office, "王五", "2026-05-10", "撤回")
    log = run(tracker, office, "log", "p/T1")
    lines = [ln.split(" ", 3)[3] for ln in log.out.splitlines()]
    assert lines[:5] == [
        "p/T1 城关镇 状态：推进中 → ∅",
        "p/T1 城关镇 备注：已摸底5个村 → ∅",
        "p/T1 城关镇 备注：已摸底3个村 → 已摸底5个村",
        "p/T1 城关镇 状态：∅ → 推进中",
        "p/T1 城关镇 备注：∅ → 已摸底3个村",
    ], log.out
    assert "未改动任何值" not in log.out


def test_undo_of_a_change_to_a_task_deleted_since_says_so(office: Path, tracker) -> None:
    """李四 reported on T2; the other office then deleted T2 (merged into another task). `tracker
    undo` answered 之后的修改改动了相同的内容，请用 tracker set 或在任务详情中手工改回: there is
    no task left to set, nor any detail to open."""
    assert run(tracker, office, "--by", "李四", "note", "p/T2", "七月开展清洁活动3次").code == 0
    edit(office, "  - id: T2\n    title: 采购\n    owners: [河西乡]\n    due: 2026-06-30\n"
                 "    status: todo\n", "")
    commit_as(office, "王五", "2026-07-12", "删除T2")
    undone = run(tracker, office, "undo")
    assert undone.code == 1
    assert "p/T2 已在之后的修改中删除" in undone.err and "tracker set" not in undone.err, undone.err
    english = run(tracker, office, "--lang", "en", "undo")
    assert "p/T2 has been deleted by a later change" in english.err
