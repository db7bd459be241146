"""tracker sync between two clones through a real bare remote, with the plan merge driver."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TODAY, git, make_repo, two_offices
from tests.history.test_walk import PLAN, commit_as
from tracker.history import git as git_layer
from tracker.history import sync, transport
from tracker.store import load


@pytest.fixture
def offices(tmp_path: Path, tracker) -> tuple[Path, Path]:
    """Office A (the original) and office B (a clone), sharing a bare remote."""
    return two_offices(tmp_path, tracker, {"p": PLAN})


def run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, *args)


def plan_of(root: Path):
    loaded = load.load_plan_bytes((root / "plans/p.yaml").read_bytes(), "plans/p.yaml")
    assert loaded.plan is not None, loaded.problems
    return loaded.plan


def test_concurrent_edits_to_different_tasks_merge_cleanly(offices, tracker) -> None:
    a, b = offices
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "status=done").code == 0
    assert run(tracker, b, "--by", "李四", "set", "p/T2", "status=doing").code == 0
    assert run(tracker, a, "sync").code == 0
    synced = run(tracker, b, "sync")
    assert synced.code == 0, synced.err
    assert "已合并" in synced.out
    assert run(tracker, a, "sync").code == 0
    for office in (a, b):
        p = plan_of(office)
        assert (p.task("T1").status, p.task("T2").status) == ("done", "doing")
    assert git(a, "rev-parse", "HEAD") == git(b, "rev-parse", "HEAD")
    log = run(tracker, a, "log").out
    assert log.count("p/T1 状态") == 1 and log.count("p/T2 状态") == 1


def test_updates_appended_to_one_task_on_both_sides_are_both_kept(offices, tracker) -> None:
    a, b = offices
    run(tracker, a, "--by", "张三", "note", "p/T1", "甲办进展")
    run(tracker, b, "--by", "李四", "note", "p/T1", "乙办进展")
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "sync").code == 0, "merge of appended updates"
    assert [u.text for u in plan_of(b).task("T1").updates] == ["乙办进展", "甲办进展"]  # ours first


def test_true_conflict_loses_nothing_and_can_be_finished(offices, tracker) -> None:
    a, b = offices
    run(tracker, a, "--by", "张三", "set", "p/T1", "status=blocked")
    run(tracker, b, "--by", "李四", "set", "p/T1", "status=done")
    assert run(tracker, a, "sync").code == 0
    stopped = run(tracker, b, "sync")
    assert stopped.code == 1
    assert "plans/p.yaml p/T1 字段 status：本方“done”，对方“blocked”（张三）" in stopped.err
    p = plan_of(b)
    assert p.task("T1").status == "done"
    assert [(c.ours, c.theirs) for c in p.task("T1").conflicts] == [("done", "blocked")]
    check = run(tracker, b, "check")
    assert check.code == 1 and "合并冲突未解决" in check.out and "blocked" in check.out
    again = run(tracker, b, "sync")
    assert again.code == 1 and "合并" in again.err  # a merge is in progress: refuse, change nothing
    refused = run(tracker, b, "commit")
    assert refused.code == 1 and "merge-conflict" in refused.err
    text = (b / "plans/p.yaml").read_text(encoding="utf-8")
    start = text.index("    conflict:\n")
    end = text.index("  - id: T2")
    (b / "plans/p.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    finished = run(tracker, b, "commit")
    assert finished.code == 0, finished.err
    assert len(git(b, "log", "-1", "--format=%P").split()) == 2  # the merge is concluded
    assert run(tracker, b, "sync").code == 0
    assert run(tracker, a, "sync").code == 0
    assert plan_of(a).task("T1").status == "done"


def deleted_there_reported_here(tracker, a: Path, b: Path):
    """Office A deletes T2 by hand and syncs; office B reports on T2: B's sync stops on the
    conflict (the result is returned)."""
    text = (a / "plans/p.yaml").read_text(encoding="utf-8")
    (a / "plans/p.yaml").write_text(text[:text.index("  - id: T2")], encoding="utf-8")
    commit_as(a, "张三", "2026-05-04", "删去 T2")
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "--by", "李四", "note", "p/T2", "已询价三家").code == 0
    stopped = run(tracker, b, "sync")
    assert stopped.code == 1
    return stopped


def _stopped_on_a_conflict(tracker, a: Path, b: Path) -> None:
    """A sets T1 blocked and T2's progress and syncs; B set T1 done: B's sync stops."""
    run(tracker, a, "--by", "张三", "set", "p/T1", "status=blocked")
    run(tracker, a, "--by", "张三", "set", "p/T2", "progress=30")
    run(tracker, b, "--by", "李四", "set", "p/T1", "status=done")
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "sync").code == 1


def test_the_commit_that_concludes_a_merge_says_what_the_merge_decided(offices, tracker) -> None:
    """The merge `tracker commit` concludes after a conflict is a merge of the remote, and its
    message names the value the office chose, not the other office's changes as its own."""
    a, b = offices
    _stopped_on_a_conflict(tracker, a, b)
    text = (b / "plans/p.yaml").read_text(encoding="utf-8")
    start = text.index("    conflict:\n")
    (b / "plans/p.yaml").write_text(text[:start] + text[text.index("  - id: T2"):], encoding="utf-8")
    finished = run(tracker, b, "commit")
    assert finished.code == 0, finished.err
    subject, _, body = git(b, "log", "-1", "--format=%B").partition("\n")
    assert subject.startswith("sync: merge origin/main"), subject
    assert "p/T1: status blocked → done" in subject, subject
    assert "T2" not in subject + body  # 张三's own change, not this office's edit
    assert "Edit: hand" not in body
    assert subject in finished.out


def test_a_merge_resolved_by_keeping_our_whole_file_says_what_it_threw_away(offices,
                                                                           tracker) -> None:
    """The clerk settled the conflict the git way, keeping our whole file (git checkout
    --ours, git add): the plan equals ours, so it is not 'edited', yet the merge drops the
    other office's changes to it. The merge commit names them."""
    a, b = offices
    _stopped_on_a_conflict(tracker, a, b)
    git(b, "checkout", "--ours", "plans/p.yaml")
    git(b, "add", "plans/p.yaml")
    finished = run(tracker, b, "commit")
    assert finished.code == 0, finished.err
    subject = git(b, "log", "-1", "--format=%s")
    assert subject.startswith("sync: merge origin/main: p: edit T1, T2"), subject
    assert "Field: progress" in git(b, "log", "-1", "--format=%b")


def test_undo_after_a_sync_undoes_this_offices_change_never_the_other_offices(
        offices, tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    """`tracker undo` in office B after a sync: the last change *made here*, not the newest
    tool commit that came in from office A (reverting it would silently drop A's work)."""
    a, b = offices
    assert run(tracker, b, "--by", "李四", "set", "p/T2", "status=doing").code == 0
    for var in ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"):  # A's change is the newer one
        monkeypatch.setenv(var, "2026-11-21T10:00:00+08:00")
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "status=blocked").code == 0
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "sync").code == 0  # a merge: A's commit is the newest in B's log
    undone = run(tracker, b, "undo")
    assert undone.code == 0, undone.err
    assert "p/T2" in undone.out and "p/T1" not in undone.out
    assert (plan_of(b).task("T1").status, plan_of(b).task("T2").status) == ("blocked", "todo")
    # a sync that only fast-forwards brings nothing of B's own to undo
    assert run(tracker, b, "sync").code == 0 and run(tracker, a, "sync").code == 0
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "progress=40").code == 0
    assert run(tracker, a, "sync").code == 0 and run(tracker, b, "sync").code == 0
    again = run(tracker, b, "undo")
    assert again.code == 1 and "p/T1" not in again.out and "同步来的不算" in again.err
    assert plan_of(b).task("T1").progress == 40


def test_an_uncommitted_edit_of_units_yaml_the_other_office_also_changed_is_named(
        offices, tracker) -> None:
    """Office B typed a unit into units.yaml and did not commit; office A changed units.yaml
    too. The sync cannot merge: it names the file, keeps the edit and says what to do."""
    a, b = offices
    (a / "units.yaml").write_text((a / "units.yaml").read_text(encoding="utf-8")
                                  + "# 甲办加的\n", encoding="utf-8")
    git(a, "commit", "-qam", "甲办改单位")
    assert run(tracker, a, "sync").code == 0
    mine = (b / "units.yaml").read_text(encoding="utf-8") + "# 乙办还没提交的\n"
    (b / "units.yaml").write_text(mine, encoding="utf-8")
    head = git(b, "rev-parse", "HEAD")
    stopped = run(tracker, b, "sync")
    assert stopped.code == 1 and "Traceback" not in stopped.err
    first = stopped.err.splitlines()[0]
    assert "units.yaml" in first and "未提交" in first and "git commit" in first, stopped.err
    assert (b / "units.yaml").read_text(encoding="utf-8") == mine
    assert git(b, "rev-parse", "HEAD") == head
    english = run(tracker, b, "--lang", "en", "sync")
    assert "units.yaml" in english.err.splitlines()[0] and "uncommitted" in english.err


def test_a_stale_index_lock_stops_sync_before_the_merge_and_loses_nothing(offices, tracker) -> None:
    """A git killed earlier left .git/index.lock. Sync must not start a merge it cannot write:
    git would leave the repository mid-merge with the index unwritten, and finishing that
    merge would record the other office's changes as thrown away."""
    a, b = offices
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "status=blocked").code == 0
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "--by", "李四", "set", "p/T2", "status=doing").code == 0
    lock = b / ".git" / "index.lock"
    lock.write_bytes(b"")
    stopped = run(tracker, b, "sync")
    assert stopped.code == 1 and "Traceback" not in stopped.err
    assert ".git/index.lock" in stopped.err and "rm" in stopped.err, stopped.err
    assert not (b / ".git" / "MERGE_HEAD").exists()
    lock.unlink()
    assert run(tracker, b, "sync").code == 0
    assert (plan_of(b).task("T1").status, plan_of(b).task("T2").status) == ("blocked", "doing")


def test_unreachable_remote_and_detached_head(offices, tracker, tmp_path: Path) -> None:
    a, _ = offices
    git(a, "remote", "set-url", "origin", str(tmp_path / "gone.git"))
    head = git(a, "rev-parse", "HEAD")
    gone = run(tracker, a, "sync")
    assert gone.code == 1 and "无法连接远程仓库 origin" in gone.err
    assert git(a, "rev-parse", "HEAD") == head
    git(a, "checkout", "-q", "--detach")
    detached = run(tracker, a, "--lang", "en", "sync")
    assert detached.code == 1 and "detached" in detached.err
    git(a, "checkout", "-q", "main")
    missing = run(tracker, a, "sync", "upstream")
    assert missing.code == 1 and "git remote add upstream" in missing.err


def test_non_fast_forward_push_is_explained(offices, tracker) -> None:
    a, b = offices
    run(tracker, a, "set", "p/T1", "status=done")
    assert run(tracker, a, "sync").code == 0
    run(tracker, b, "set", "p/T2", "status=doing")
    # a push without the fetch and merge first
    with pytest.raises(git_layer.GitError) as info, transport.Remote(b, "origin") as link:
        link.push("main")
    assert "再运行一次 tracker sync" in info.value.zh
    assert "[rejected]" in info.value.detail or "rejected" in info.value.detail
    assert run(tracker, b, "sync").code == 0  # and the next sync simply works


def test_a_remote_hook_that_refuses_is_reported_in_its_own_words(offices, tracker,
                                                               tmp_path: Path) -> None:
    a, _ = offices
    hook = tmp_path / "remote.git" / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho '本月已封账，暂停推送' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    run(tracker, a, "set", "p/T1", "status=done")
    head = git(a, "rev-parse", "HEAD")
    refused = run(tracker, a, "sync")
    assert refused.code == 1, refused.out
    assert "拒绝了推送" in refused.err and "本月已封账" in refused.err
    assert "Traceback" not in refused.err
    assert git(a, "rev-parse", "HEAD") == head


def test_a_branch_the_remote_does_not_have_is_not_pushed_beside_the_one_it_has(offices, tracker) -> None:
    """Office B renamed its branch as a hosting site's instructions say (git branch -M main)
    while office A shares master: a sync would push main beside master and each office would
    go on syncing alone. It is refused, naming both branches and the rename that joins them,
    and nothing is pushed; after the rename, B's change reaches A."""
    a, b = offices
    ours = git(a, "branch", "--show-current").strip()
    git(b, "branch", "-M", "other-name")
    assert run(tracker, b, "--by", "李四", "set", "p/T2", "status=doing").code == 0
    refused = run(tracker, b, "sync")
    assert refused.code == 1
    assert "没有 other-name 分支" in refused.err and f"git branch -m {ours}" in refused.err, refused.err
    remote = b.parent / "remote.git"
    assert git(remote, "branch", "--format=%(refname:short)").split() == [ours]
    git(b, "branch", "-m", ours)
    assert run(tracker, b, "sync").code == 0
    assert run(tracker, a, "sync").code == 0
    assert plan_of(a).task("T2").status == "doing"


def test_two_ledgers_started_apart_are_not_merged_and_say_how_to_join(tmp_path: Path, tracker) -> None:
    """Two offices each ran tracker init and then added the same remote: their histories share
    no commit, git refuses to merge them in English. sync says in the clerk's words that the two
    ledgers were started apart and how to join the other's, and changes nothing here."""
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    a = make_repo(tmp_path / "a", {"p": PLAN})
    b = make_repo(tmp_path / "b", {"q": PLAN.replace("id: p", "id: q")})
    for office in (a, b):
        git(office, "branch", "-M", "main")
        git(office, "remote", "add", "origin", str(remote))
    assert run(tracker, a, "sync").code == 0
    head = git(b, "rev-parse", "HEAD")
    refused = run(tracker, b, "sync")
    assert refused.code == 1
    assert "分别建立" in refused.err and "git clone" in refused.err, refused.err
    assert "fatal" not in refused.err and "unrelated" not in refused.err
    assert git(b, "rev-parse", "HEAD") == head and not git(b, "status", "--porcelain").strip()
    english = tracker("--repo", str(b), "--lang", "en", "--today", TODAY, "sync")
    assert english.code == 1 and "started apart" in english.err, english.err


def test_a_symlink_in_plans_is_named_as_one_when_it_stops_sync(offices, tracker) -> None:
    """A symlink in plans/ (a plan linked in from another folder) is never committed, so it
    stops sync; the message says it is a link and to remove it or put a plain file there, not
    to run tracker commit, which refuses it in turn."""
    _, b = offices
    (b / "plans" / "link.yaml").symlink_to(b / "plans" / "p.yaml")
    refused = run(tracker, b, "sync")
    assert refused.code == 1
    assert "plans/link.yaml" in refused.err and "符号链接" in refused.err, refused.err
    assert "tracker commit" not in refused.err
    (b / "plans" / "link.yaml").unlink()
    assert run(tracker, b, "sync").code == 0


def test_uncommitted_plan_edits_block_sync(offices, tracker) -> None:
    a, _ = offices
    path = a / "plans/p.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: 摸底", "title: 全面摸底"),
                    encoding="utf-8")
    refused = run(tracker, a, "sync")
    assert refused.code == 1 and "tracker commit" in refused.err


def test_driver_is_set_up_by_init_and_by_sync(tmp_path: Path, tracker) -> None:
    assert tracker("init", str(tmp_path / "new")).code == 0
    assert (tmp_path / "new" / ".gitattributes").read_text().splitlines() == list(sync.ATTRIBUTE_LINES)
    assert "merge-driver" in git_layer.config_get(tmp_path / "new", "merge.tracker.driver")
    plain = make_repo(tmp_path / "plain", {"p": PLAN})
    assert sync.ensure_driver(plain) is True
    assert sync.ensure_driver(plain) is False
    assert (plain / ".git" / "info" / "attributes").read_text().splitlines() == list(sync.ATTRIBUTE_LINES)


def _as_an_older_init_left_it(repo: Path) -> None:
    """A repository made by a tracker whose init committed nothing (or a clerk's git init):
    the files there, no commit, nothing staged."""
    git(repo, "update-ref", "-d", "HEAD")
    git(repo, "rm", "-r", "-q", "--cached", ".")


def test_the_shared_folder_steps_work_on_a_new_ledger(tmp_path: Path, tracker) -> None:
    """`tracker init`, `git remote add`, `tracker sync`: the README's shared-folder steps.
    init commits what it made, so the first sync shares a ledger the other office can clone."""
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(tmp_path / "shared.git"))
    assert tracker("init", str(tmp_path / "new")).code == 0
    git(tmp_path / "new", "remote", "add", "origin", str(tmp_path / "shared.git"))
    synced = run(tracker, tmp_path / "new", "sync")
    assert synced.code == 0, synced.err
    git(tmp_path, "clone", "-q", str(tmp_path / "shared.git"), str(tmp_path / "other"))
    assert run(tracker, tmp_path / "other", "check").code == 0


def test_sync_in_a_repository_without_commits_says_how_to_start(tmp_path: Path, tracker) -> None:
    """The same steps on a repository that has no commit yet. Refused, with both ways on:
    clone the shared plans, or commit these first."""
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(tmp_path / "shared.git"))
    assert tracker("init", str(tmp_path / "new")).code == 0
    _as_an_older_init_left_it(tmp_path / "new")
    git(tmp_path / "new", "remote", "add", "origin", str(tmp_path / "shared.git"))
    refused = run(tracker, tmp_path / "new", "sync")
    assert refused.code == 1 and "Traceback" not in refused.err
    assert "还没有任何提交" in refused.err and "git clone" in refused.err
    assert "git commit" in refused.err, refused.err
    english = run(tracker, tmp_path / "new", "--lang", "en", "sync")
    assert "git clone" in english.err and "git commit" in english.err


def test_sync_does_not_share_plans_without_the_settings_the_other_office_needs(
        tmp_path: Path, tracker) -> None:
    """A ledger whose settings were never committed (an older init), a plan written, `tracker
    commit` (which commits plans only), `tracker sync`: pushed as it was, the shared repository
    had plans but no tracker.yaml, and the other office's clone was no tracker repository at
    all. Sync says what to commit first."""
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(tmp_path / "shared.git"))
    office = tmp_path / "office"
    assert tracker("init", str(office)).code == 0
    _as_an_older_init_left_it(office)
    (office / "plans" / "p.yaml").write_text(PLAN, encoding="utf-8")
    assert run(tracker, office, "commit").code == 0
    git(office, "remote", "add", "origin", str(tmp_path / "shared.git"))
    refused = run(tracker, office, "sync")
    assert refused.code == 1 and "Traceback" not in refused.err
    assert "tracker.yaml" in refused.err and "units.yaml" in refused.err
    assert "git add" in refused.err and "tracker init" in refused.err, refused.err
    assert git(tmp_path / "shared.git", "rev-parse", "--all") == ""  # nothing went out
    assert tracker("init", str(office)).code == 0  # commits the settings it finds uncommitted
    assert run(tracker, office, "sync").code == 0
    git(tmp_path, "clone", "-q", str(tmp_path / "shared.git"), str(tmp_path / "other"))
    listed = run(tracker, tmp_path / "other", "list")
    assert listed.code == 0 and "p/T1" in listed.out, listed.err


def test_gitpython_is_loaded_by_sync_only(offices, tmp_path: Path) -> None:
    """GitPython costs 70–90 ms to import: list, set and log must never pay it."""
    a, _ = offices
    for args in (["list"], ["set", "p/T1", "progress=10"], ["log"], ["sync"]):
        proc = subprocess.run([sys.executable, "-X", "importtime", "-c",
                               "from tracker.cli import main; main()", "--repo",
                               str(a), "--today", TODAY, *args], capture_output=True, text=True,
                              check=False)
        assert proc.returncode == 0, proc.stderr[-2000:]
        loaded = {ln.rsplit("|", 1)[-1].strip() for ln in proc.stderr.splitlines()
                  if ln.startswith("import time:")}
        assert ("git" in loaded) == (args == ["sync"]), args
