"""The summary's reading of history (`fieldchanges`) on real repositories and the real git:
a summary run again with nothing committed in between does not ask git for the log again,
and whatever moves HEAD (a commit, a reset, a sync's merge) or changes what git would list
(a replaced commit, another period) is read afresh, giving what a cold read gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TODAY, git
from tests.history.test_walk import PLAN, commit_as, edit, repo
from tests.history.test_walk_merges import two_offices_and_a_resolved_conflict
from tracker.history import fieldchanges, walk

SINCE = ("--since=2026-01-01 00:00", "HEAD")


def plain(found) -> list[tuple[str, list[tuple]]]:
    return [(c.sha, [(x.ref, x.field, x.old, x.new) for x in ch]) for c, ch in found]


def cold(root: Path, revs: tuple[str, ...] = SINCE) -> list[tuple[str, list[tuple]]]:
    """What a first read gives: no cache file at all."""
    (root / ".git" / "tracker" / "fields.cache").unlink(missing_ok=True)
    return plain(fieldchanges.task_field_changes(root, revs))


@pytest.fixture
def logs(monkeypatch) -> list[tuple[str, ...]]:
    """Each `git log` the history layer runs, by its revisions."""
    seen: list[tuple[str, ...]] = []
    real = walk.log_commits

    def counted(root, revs=("HEAD",), pathspec="plans"):
        seen.append(revs)
        return real(root, revs, pathspec)

    monkeypatch.setattr(walk, "log_commits", counted)
    return seen


def test_a_summary_run_again_without_a_commit_reads_no_log(tmp_path, logs) -> None:
    root = repo(tmp_path)
    edit(root, "due: 2026-05-31", "due: 2026-06-15")
    commit_as(root, "李四", "2026-03-02", "延期")
    first = plain(fieldchanges.task_field_changes(root, SINCE))
    assert first and len(logs) == 1
    assert plain(fieldchanges.task_field_changes(root, SINCE)) == first
    assert len(logs) == 1  # answered from .git/tracker/fields.cache
    # another period is another log
    assert plain(fieldchanges.task_field_changes(root, ("--since=2026-03-03 00:00", "HEAD"))) == []
    assert len(logs) == 2


def test_whatever_moves_head_is_read_afresh(tmp_path, tracker, logs) -> None:
    root = repo(tmp_path)
    edit(root, "due: 2026-05-31", "due: 2026-06-15")
    commit_as(root, "李四", "2026-03-02", "延期")
    fieldchanges.task_field_changes(root, SINCE)
    # a commit
    assert tracker("--repo", str(root), "--today", TODAY, "--by", "张三", "set", "p/T1",
                   "progress=60").code == 0
    after_commit = plain(fieldchanges.task_field_changes(root, SINCE))
    assert after_commit[-1][1] == [("p/T1", "progress", None, 60)]
    assert after_commit == cold(root)
    # a reset back to the commit before: the newer commit is gone from the log again
    git(root, "reset", "-q", "--hard", "HEAD~1")
    fieldchanges.task_field_changes(root, SINCE)  # the cache is now for the older HEAD
    assert plain(fieldchanges.task_field_changes(root, SINCE)) == cold(root)
    assert len(plain(fieldchanges.task_field_changes(root, SINCE))) == len(after_commit) - 1
    # the same commit amended: another HEAD, another log
    edit(root, "due: 2026-06-15", "due: 2026-06-20")
    git(root, "commit", "-q", "--amend", "-a", "--no-edit")
    amended = plain(fieldchanges.task_field_changes(root, SINCE))
    assert amended[-1][1][0][:2] == ("p/T1", "due") and str(amended[-1][1][0][3]) == "2026-06-20"
    assert amended == cold(root)


def test_a_sync_merge_is_read_afresh(tmp_path, tracker, logs) -> None:
    from tests.conftest import two_offices

    a, b = two_offices(tmp_path, tracker, {"p": PLAN})
    before = plain(fieldchanges.task_field_changes(b, ("HEAD",)))
    two_offices_and_a_resolved_conflict(tracker, a, b)
    for root in (a, b):
        assert plain(fieldchanges.task_field_changes(root, ("HEAD",))) == cold(root, ("HEAD",))
    assert plain(fieldchanges.task_field_changes(b, ("HEAD",))) != before


def test_a_replaced_commit_is_never_answered_from_the_cache(tmp_path, logs) -> None:
    """`git replace` changes what git log lists without moving HEAD: with replace refs (or
    grafts) in the repository, the log is read every time."""
    root = repo(tmp_path)
    edit(root, "due: 2026-05-31", "due: 2026-06-15")
    commit_as(root, "李四", "2026-03-02", "延期")
    edit(root, "due: 2026-06-15", "due: 2026-06-20")
    commit_as(root, "李四", "2026-03-03", "延期")
    fieldchanges.task_field_changes(root, SINCE)
    middle = git(root, "rev-parse", "HEAD~1").strip()
    grandparent = git(root, "rev-parse", "HEAD~2").strip()
    git(root, "replace", "--graft", git(root, "rev-parse", "HEAD").strip(), grandparent)
    grafted = plain(fieldchanges.task_field_changes(root, SINCE))
    assert middle not in [sha for sha, _ in grafted]
    assert grafted == cold(root)
    runs = len(logs)
    fieldchanges.task_field_changes(root, SINCE)
    assert len(logs) == runs + 1
