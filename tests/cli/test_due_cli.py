"""`tracker set` on deadlines, in a real repository: what lands in the file, in git and on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TODAY, git

PLAN = Path("plans") / "clean-heating-2026.yaml"
T6 = "clean-heating-2026/T6"  # due: 2026-12-15, due_text: 12月15日前


def task_text(repo: Path, task: str = "T6") -> str:
    text = (repo / PLAN).read_text(encoding="utf-8")
    start = text.index(f"  - id: {task}\n")
    end = text.find("\n  - id: ", start + 1)
    return text[start:] if end < 0 else text[start:end + 1]


def run_set(tracker, repo: Path, *assignments: str, lang: str = "zh"):
    return tracker("--repo", str(repo), "--today", TODAY, "--lang", lang, "set", T6, *assignments)


def test_empty_due_clears_due_and_due_text(demo_repo: Path, tracker) -> None:
    r = run_set(tracker, demo_repo, "due=")
    assert r.code == 0, r.err
    assert "due" not in task_text(demo_repo)
    assert git(demo_repo, "log", "-1", "--format=%s") == \
        "clean-heating-2026/T6: due 2026-12-15 → ∅; due_text 12月15日前 → ∅\n"
    assert git(demo_repo, "status", "--porcelain") == ""


def test_iso_due_removes_the_stale_wording_key(demo_repo: Path, tracker) -> None:
    r = run_set(tracker, demo_repo, "due=2026-12-20")
    assert r.code == 0, r.err
    text = task_text(demo_repo)
    assert "    due: 2026-12-20\n" in text
    assert "due_text" not in text  # removed, never `due_text: null`


def test_due_text_sets_due(demo_repo: Path, tracker) -> None:
    r = run_set(tracker, demo_repo, "due_text=12月20日前")
    assert r.code == 0, r.err
    assert "    due: 2026-12-20\n    due_text: 12月20日前\n" in task_text(demo_repo)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_due_text_with_no_date_is_refused_and_changes_nothing(demo_repo: Path, tracker,
                                                               lang: str) -> None:
    before = git(demo_repo, "rev-parse", "HEAD")
    r = run_set(tracker, demo_repo, "due_text=春节前", lang=lang)
    assert r.code == 1
    assert "春节前" in r.err and "due=" in r.err and "Traceback" not in r.err
    assert git(demo_repo, "rev-parse", "HEAD") == before
    assert git(demo_repo, "status", "--porcelain") == ""


def test_due_and_vague_wording_together(demo_repo: Path, tracker) -> None:
    r = run_set(tracker, demo_repo, "due_text=春节前", "due=2026-12-28")
    assert r.code == 0, r.err
    assert "    due: 2026-12-28\n    due_text: 春节前\n" in task_text(demo_repo)
    r = run_set(tracker, demo_repo, "due=", "due_text=春节前")
    assert r.code == 0, r.err
    text = task_text(demo_repo)
    assert "    due_text: 春节前\n" in text and "due:" not in text


def test_contradicting_due_and_due_text_are_refused(demo_repo: Path, tracker) -> None:
    r = run_set(tracker, demo_repo, "due=2026-12-20", "due_text=12月31日前")
    assert r.code == 1
    assert "2026-12-31" in r.err and "2026-12-20" in r.err
    assert git(demo_repo, "status", "--porcelain") == ""


@pytest.mark.parametrize(("typed", "zh", "en"), [
    ("due=2026-11-20", "已经过去", "already past"),
    ("due=20日前", None, None),  # said on 11-23: 20 December, not a day already past
    ("due=2027-01-15", "不在本计划的年度", "outside the plan's year"),
    ("due_text=本月20日", "已经过去", "already past"),
])  # fmt: skip
def test_past_or_other_year_deadline_is_saved_with_a_warning(demo_repo: Path, tracker, typed: str,
                                                             zh: str | None, en: str | None) -> None:
    r = run_set(tracker, demo_repo, typed)
    assert r.code == 0, r.err
    assert git(demo_repo, "status", "--porcelain") == ""  # saved and committed
    if zh is None:
        assert "    due: 2026-12-20\n" in task_text(demo_repo)
        assert r.err == ""
        return
    assert zh in r.err
    r = run_set(tracker, demo_repo, "due=2026-12-15")  # back, then again in English
    r = run_set(tracker, demo_repo, typed, lang="en")
    assert r.code == 0 and en in r.err


def test_add_with_a_past_due_warns(demo_repo: Path, tracker) -> None:
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "add", "clean-heating-2026", "补报材料",
                "--due", "11月1日前")
    assert r.code == 0, r.err
    assert "已经过去" in r.err


@pytest.mark.parametrize(("typed", "due"), [
    ("次年3月前", "2027-02-28"),  # was 2027-03-31, a month late
    ("20日前", "2026-12-20"),  # said on 11-23: was 11-20, already past
    ("下周五", "2026-12-04"),
    ("next Friday", "2026-12-04"),  # was 11-27, another day than 下周五
    ("二〇二六年十二月三十一日前", "2026-12-31"),  # was refused
])  # fmt: skip
def test_the_wordings_of_issue_13_through_set(demo_repo: Path, tracker, typed: str, due: str) -> None:
    r = run_set(tracker, demo_repo, f"due={typed}")
    assert r.code == 0, r.err
    assert f"    due: {due}\n    due_text: {typed}\n" in task_text(demo_repo)


@pytest.mark.parametrize(("typed", "needle"), [
    ("31日前", "请写成 2026-11-30 或 12月31日前"),
    ("6月中旬前", "请写成 2026-06-20 或 6月10日前"),
])  # fmt: skip
def test_an_ambiguous_wording_is_refused_with_exact_forms(demo_repo: Path, tracker, typed: str,
                                                          needle: str) -> None:
    r = run_set(tracker, demo_repo, f"due={typed}")
    assert r.code == 1 and needle in r.err and "Traceback" not in r.err
    assert git(demo_repo, "status", "--porcelain") == ""
