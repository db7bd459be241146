"""The audit trail across merges: two offices, one bare remote, real git and the real CLI.

`git log -- plans` simplifies history: a merge whose result equals one parent hides the other
parent's commits. These tests make such merges the way offices do (sync, a conflict resolved
to one side) and ask `tracker log` for every commit under its own author."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import TODAY, git, make_repo, two_offices
from tests.history.test_sync import deleted_there_reported_here
from tests.history.test_walk import PLAN, commit_as, edit
from tracker.history import fieldchanges, walk


def run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, *args)


@pytest.fixture
def offices(tmp_path: Path, tracker) -> tuple[Path, Path]:
    """Office A (the original) and office B (a clone), sharing a bare remote."""
    return two_offices(tmp_path, tracker, {"p": PLAN})


def log_rows(tracker, root: Path, *args: str) -> list[dict]:
    result = run(tracker, root, "log", "--format", "json", *args)
    assert result.code in (0, 1), result.err
    return json.loads(result.out) if result.out.strip() else []


def resolve_conflict(root: Path, field: str, value: str) -> None:
    """What a clerk does by hand: keep one value, delete the recorded conflict."""
    path = root / "plans/p.yaml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\n    conflict:\n(      .*\n)+", "\n", text)
    text = re.sub(rf"(?m)^(    {field}: ).*$", rf"\g<1>{value}", text, count=1)
    path.write_text(text, encoding="utf-8")


def two_offices_and_a_resolved_conflict(tracker, a: Path, b: Path) -> None:
    """The issue's scenario: T1 set to two statuses, T2 set to 75 on both sides; B resolves
    the status conflict to A's value."""
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "status=doing").code == 0
    assert run(tracker, a, "--by", "张三", "set", "p/T2", "progress=75").code == 0
    assert run(tracker, b, "--by", "李四", "set", "p/T1", "status=blocked").code == 0
    assert run(tracker, b, "--by", "李四", "set", "p/T2", "progress=75").code == 0
    assert run(tracker, a, "sync").code == 0
    stopped = run(tracker, b, "--by", "李四", "sync")
    assert stopped.code == 1 and "status" in stopped.err
    resolve_conflict(b, "status", "doing")
    finished = run(tracker, b, "--by", "李四", "commit")
    assert finished.code == 0, finished.err
    assert run(tracker, b, "sync").code == 0
    assert run(tracker, a, "sync").code == 0


def test_both_offices_commits_and_the_resolution_are_in_the_log(offices, tracker) -> None:
    a, b = offices
    two_offices_and_a_resolved_conflict(tracker, a, b)
    for office in (a, b):
        rows = log_rows(tracker, office)
        seen = {(r["author"], r["ref"], r["field"], r["old"], r["new"]) for r in rows}
        assert ("张三", "p/T1", "status", "todo", "doing") in seen
        assert ("李四", "p/T1", "status", "todo", "blocked") in seen
        assert ("张三", "p/T2", "progress", None, 75) in seen
        assert ("李四", "p/T2", "progress", None, 75) in seen
        # the resolution: B chose A's value, a change by B from B's own side's value
        assert ("李四", "p/T1", "status", "blocked", "doing") in seen
        # the merge shows once, and only the resolved field: progress agreed on both sides
        merge = git(office, "log", "-1", "--merges", "--format=%h").strip()
        assert [(r["field"], r["new"]) for r in rows if r["commit"] == merge] == \
            [("status", "doing")]
        by_b = log_rows(tracker, office, "--author", "李四")
        assert {r["author"] for r in by_b} == {"李四"} and len(by_b) == 3


def test_every_plan_commit_of_the_full_history_is_in_the_log(offices, tracker) -> None:
    a, b = offices
    two_offices_and_a_resolved_conflict(tracker, a, b)
    # and a second round that merges cleanly (different tasks on each side)
    assert run(tracker, a, "--by", "张三", "note", "p/T1", "甲办进展").code == 0
    assert run(tracker, b, "--by", "李四", "set", "p/T2", "status=doing").code == 0
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "--by", "李四", "sync").code == 0
    assert run(tracker, a, "sync").code == 0
    for office in (a, b):
        full = git(office, "log", "--full-history", "--format=%h %an", "--", "plans").split("\n")
        commits = {tuple(line.split(" ", 1)) for line in full if line}
        rows = log_rows(tracker, office)
        logged = {(r["commit"], r["author"]) for r in rows}
        initial = git(office, "rev-list", "--max-parents=0", "--abbrev-commit", "HEAD").strip()
        assert commits - {(initial, "测试员")} <= logged, commits - logged
        # a clean merge is listed once, as a merge, with nothing to attribute
        clean = git(office, "log", "-1", "--merges", "--format=%h").strip()
        assert [r["op"] for r in rows if r["commit"] == clean] == ["merged"]


def test_a_merge_equal_to_one_side_and_reordered_from_the_other_is_listed(offices,
                                                                          tracker) -> None:
    """Both offices set the same progress; B's final merge is byte-equal to B's side and
    differs from A's only in where `progress:` stands. No field changed against either
    parent, yet git lists the merge under plans/: the log lists it too, as a merge (hypothesis
    found it; the merge used to vanish)."""
    a, b = offices
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "progress=30").code == 0
    assert run(tracker, b, "--by", "李四", "note", "p/T1", "第1条进展").code == 0
    assert run(tracker, b, "--by", "李四", "sync").code == 0
    assert run(tracker, b, "--by", "李四", "set", "p/T1", "progress=30").code == 0
    for office, name in ((a, "张三"), (b, "李四"), (a, "张三")):
        assert run(tracker, office, "--by", name, "sync").code == 0
    last = git(b, "log", "-1", "--format=%h %an %P").split()
    assert len(last) == 4 and last[1] == "李四"  # B's merge of A's merge
    assert git(b, "diff", last[2], last[0][:7], "--", "plans") == ""  # equal to B's side
    for office in (a, b):
        full = git(office, "log", "--full-history", "--format=%h %an", "--", "plans").split("\n")
        rows = log_rows(tracker, office)
        logged = {(r["commit"], r["author"]) for r in rows}
        assert {tuple(line.split(" ", 1)) for line in full if line} <= logged
        assert [(r["op"], r["ref"]) for r in rows if r["commit"] == last[0]] == [("merged", "p")]


def test_since_until_unit_and_ref_filters_agree_with_the_full_graph(offices, tracker) -> None:
    a, b = offices
    two_offices_and_a_resolved_conflict(tracker, a, b)
    t1 = [r for r in log_rows(tracker, a, "p/T1") if r["author"] != "测试员"]
    assert {(r["author"], r["new"]) for r in t1} == {("张三", "doing"), ("李四", "blocked"),
                                                     ("李四", "doing")}
    by_unit = log_rows(tracker, a, "--unit", "河西乡")  # T2's owner
    assert {(r["author"], r["ref"]) for r in by_unit} == {("测试员", "p/T2"), ("张三", "p/T2"),
                                                          ("李四", "p/T2")}
    everything = log_rows(tracker, a)
    dated = log_rows(tracker, a, "--since", "2026-11-20", "--until", "2026-11-20")
    assert dated == everything  # the tests' clock: every commit on that day
    initial = git(a, "rev-list", "--max-parents=0", "HEAD").strip()
    after = log_rows(tracker, a, "--since", initial)  # both offices' commits and the merge
    first = [r for r in everything if initial.startswith(r["commit"])]  # its plan, tasks, units
    assert len(first) > 3 and {r["ref"] for r in first} >= {"p", "p/T1", "p/T2"}
    assert len(after) == len(everything) - len(first) and {r["author"] for r in after} == {"张三", "李四"}


def test_a_conflict_resolved_to_ones_own_side_is_the_resolvers_change(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "r", {"p": PLAN})
    git(root, "checkout", "-qb", "b")
    edit(root, "status: todo", "status: blocked")
    commit_as(root, "李四", "2026-05-02", "B")
    git(root, "checkout", "-q", "main")
    edit(root, "status: todo", "status: doing")
    commit_as(root, "张三", "2026-05-01", "A")
    env = {**os.environ, "GIT_AUTHOR_NAME": "王五", "GIT_AUTHOR_EMAIL": "w@example.org"}
    subprocess.run(["git", "merge", "-q", "-s", "ours", "b", "-m", "keep ours"], cwd=root,
                   check=True, env=env)
    rows = [(e.commit.author, c.item, c.field, c.old, c.new) for e in walk.walk(root)
            for c in e.changes]
    assert ("李四", "T1", "status", "todo", "blocked") in rows
    assert ("张三", "T1", "status", "todo", "doing") in rows
    assert ("王五", "T1", "status", "blocked", "doing") in rows  # B's value set aside


def test_a_task_deleted_over_the_other_offices_report_is_the_resolvers_decision(
        offices, tracker) -> None:
    """A deleted T2, B reported on it; B resolved the conflict by deleting T2. The merge
    threw B's report away: that is a decision, shown under the resolver, not a merge that
    'decided no value'."""
    a, b = offices
    deleted_there_reported_here(tracker, a, b)
    text = (b / "plans/p.yaml").read_text(encoding="utf-8")
    (b / "plans/p.yaml").write_text(text[:text.index("  - id: T2")], encoding="utf-8")
    finished = run(tracker, b, "--by", "李四", "commit")
    assert finished.code == 0, finished.err
    assert "remove task T2" in finished.out, finished.out
    merge = git(b, "rev-parse", "--short", "HEAD").strip()
    rows = [r for r in log_rows(tracker, b) if r["commit"].startswith(merge)]
    assert [(r["author"], r["ref"], r["op"]) for r in rows] == [("李四", "p/T2", "removed")], rows


def test_a_shallow_clone_says_where_history_starts(offices, tracker, tmp_path: Path) -> None:
    a, _ = offices
    for n in (10, 20, 30):
        assert run(tracker, a, "set", "p/T1", f"progress={n}").code == 0
    assert run(tracker, a, "sync").code == 0
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "2", f"file://{tmp_path / 'remote.git'}", str(shallow))
    rows = log_rows(tracker, shallow)
    assert not any(r["op"] == "added" for r in rows), rows
    boundary = [r for r in rows if r["op"] == "history-start"]
    assert len(boundary) == 1 and boundary[0]["ref"] == "p"
    text = run(tracker, shallow, "log").out
    assert "历史从此开始" in text
    assert "进度：20% → 30%" in text


def test_diff_during_a_conflicted_merge_shows_the_conflict_not_a_deleted_plan(offices,
                                                                               tracker) -> None:
    a, b = offices
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "status=doing").code == 0
    assert run(tracker, b, "--by", "李四", "set", "p/T1", "status=blocked").code == 0
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "sync").code == 1
    diff = run(tracker, b, "diff")
    assert diff.code == 0, diff.err
    assert "删除计划" not in diff.out and "新增计划" not in diff.out
    # what the merge brings in, and the conflict waiting to be resolved
    assert "p/T1 合并冲突：状态 本方“blocked”，对方“doing”（张三）" in diff.out, diff.out


def test_the_merge_walk_reads_its_cache_the_second_time(offices, tracker, monkeypatch) -> None:
    a, b = offices
    two_offices_and_a_resolved_conflict(tracker, a, b)
    first = walk.walk(a)
    calls: list[tuple[str, ...]] = []
    real = walk.git.run_git

    def counting(root, *args, **kw):
        calls.append(args)
        return real(root, *args, **kw)

    monkeypatch.setattr(walk.git, "run_git", counting)
    assert walk.walk(a) == first
    assert [c[0] for c in calls] == ["log"]  # no merge-base, no cat-file: all from the cache


# ---------------------------------------------------------------- any sequence

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

OPS = st.lists(st.one_of(
    st.tuples(st.just("set"), st.integers(0, 1), st.sampled_from(["T1", "T2"]),
              st.sampled_from(["status=doing", "status=blocked", "progress=30", "progress=60",
                               "due=2026-07-31"])),
    st.tuples(st.just("note"), st.integers(0, 1), st.sampled_from(["T1", "T2"]), st.just("")),
    st.tuples(st.just("sync"), st.integers(0, 1), st.just(""), st.just("")),
), min_size=2, max_size=8)


@settings(max_examples=200 if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else 12)
@given(ops=OPS)
def test_any_sequence_of_edits_syncs_and_resolutions_keeps_every_commit_in_the_log(
        tmp_path_factory, tracker, ops) -> None:
    tmp = tmp_path_factory.mktemp("offices")
    remote = tmp / "remote.git"
    git(tmp, "init", "-q", "--bare", str(remote))
    a = make_repo(tmp / "a", {"p": PLAN})
    git(a, "remote", "add", "origin", str(remote))
    assert run(tracker, a, "sync").code == 0
    git(tmp, "clone", "-q", str(remote), str(tmp / "b"))
    offices, names = (a, tmp / "b"), ("张三", "李四")

    def sync(k: int) -> None:
        done = run(tracker, offices[k], "--by", names[k], "sync")
        if done.code == 0:
            return
        assert "status" in done.err or "progress" in done.err or "due" in done.err, done.err
        path = offices[k] / "plans/p.yaml"  # resolve as a clerk would: keep our values
        text = re.sub(r"\n    conflict:\n(      .*\n)+", "\n", path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        finished = run(tracker, offices[k], "--by", names[k], "commit")
        assert finished.code == 0, finished.err
        assert run(tracker, offices[k], "--by", names[k], "sync").code == 0

    for n, (op, k, task, value) in enumerate(ops):
        if op == "set":
            run(tracker, offices[k], "--by", names[k], "set", f"p/{task}", value)
        elif op == "note":
            run(tracker, offices[k], "--by", names[k], "note", f"p/{task}", f"第{n}条进展")
        else:
            sync(k)
    for k in (0, 1, 0):
        sync(k)
    for office in offices:
        full = git(office, "log", "--full-history", "--format=%h %an", "--", "plans").split("\n")
        commits = {tuple(line.split(" ", 1)) for line in full if line}
        logged = {(r["commit"], r["author"]) for r in log_rows(tracker, office)}
        assert commits <= logged, commits - logged


def test_the_summarys_field_changes_are_the_walks_and_a_warm_read_skips_the_history_cache(
        offices, tracker, monkeypatch) -> None:
    """task_field_changes keeps per commit what the summary reads of the walk; once every
    commit was seen, it answers from its own small file without loading the history cache."""
    a, b = offices
    two_offices_and_a_resolved_conflict(tracker, a, b)
    for root in (a, b):
        expected = [(e.commit, tuple(c for c in e.changes
                                     if c.scope == "task" and c.op == "changed" and c.field))
                    for e in walk.walk(root)]
        expected = [(commit, changes) for commit, changes in expected if changes]
        assert any(len(commit.parents) > 1 for commit, _ in expected) or root == a
        first = fieldchanges.task_field_changes(root, ("HEAD",))
        assert [(c.sha, [(x.ref, x.field, x.old, x.new) for x in ch]) for c, ch in first] == \
            [(c.sha, [(x.ref, x.field, x.old, x.new) for x in ch]) for c, ch in expected]
        assert (root / ".git" / "tracker" / "fields.cache").exists()
        with monkeypatch.context() as m:
            m.setattr(walk, "DiffCache", lambda *a: (_ for _ in ()).throw(AssertionError))
            assert fieldchanges.task_field_changes(root, ("HEAD",)) == first
    # a new commit is read (through the walk) and added
    assert run(tracker, a, "--by", "张三", "set", "p/T2", "progress=90").code == 0
    again = fieldchanges.task_field_changes(a, ("HEAD",))
    assert again[-1][1][0].field == "progress" and again[-1][1][0].new == 90
