"""The share cache (issue 17): each plan's part of the text summary kept written out between
runs. What matters: a report read from the cache is byte for byte the report built fresh, and
anything a plan's part depends on — its file, the day, the period, the settings, units.yaml,
its history in the period, the language and format, the code — makes it again."""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PROJECT, TODAY, Result, git, make_repo
from tracker.reports.summary import build, render, sharecache
from tracker.store import pickled
from tracker.workspace import Workspace

sys.path.insert(0, str(PROJECT / "bench"))
from generate import plan_text

DAY = dt.date.fromisoformat(TODAY)


def _office(root: Path, generated: int = 8) -> Path:
    """The demo plans and eight generated ones: tasks late by the same number of days in
    several plans and due the same day, so the order of the plans' groups is put to the test."""
    rng = random.Random(7)
    plans = {f"plan-{n:03d}": plan_text(n, 30, rng) for n in range(1, generated + 1)}
    return make_repo(root, plans, demo=True)


def _fresh(ws: Workspace, today: dt.date, lang: str, markdown: bool, period: str) -> str:
    s = build.summarize(ws.plans, ws.units, ws.settings, today, period=period)
    return render.text(s, ws.settings, lang, markdown=markdown)


def _cached(ws: Workspace, today: dt.date, lang: str, markdown: bool, period: str) -> str:
    plans = [(f.path, f.blob, f.plan) for f in ws.files if f.plan is not None]
    s = sharecache.summary(plans, ws.units, ws.settings, today, period=period, lang=lang,
                           markdown=markdown, cache_dir=ws.cache_dir)
    return render.text(s, ws.settings, lang, markdown=markdown)


@pytest.mark.parametrize("lang,markdown,period", [("zh", False, "month"), ("en", False, "week"),
                                                  ("zh", True, "quarter"), ("en", True, "month")])
def test_a_report_from_the_cache_is_the_report_built_fresh(tmp_path: Path, lang: str,
                                                           markdown: bool, period: str) -> None:
    ws = Workspace.open(_office(tmp_path / "office"))
    fresh = _fresh(ws, DAY, lang, markdown, period)
    assert "plan-003" in fresh and "（二）" in fresh or "1.2" in fresh  # several plans' groups
    assert _cached(ws, DAY, lang, markdown, period) == fresh  # written by this run
    assert (ws.cache_dir / sharecache.NAME).is_file()
    assert _cached(ws, DAY, lang, markdown, period) == fresh  # read back


def test_only_the_edited_plan_is_made_again(tmp_path: Path, tracker: Callable[..., Result],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _office(tmp_path / "office", generated=20)  # one plan is under a tenth of the work
    made: list[str] = []
    real = build.share
    monkeypatch.setattr(build, "share", lambda plan, *a, **k: made.append(plan.id) or real(plan, *a, **k))
    first = tracker("--repo", str(repo), "--today", TODAY, "summary")
    assert first.code == 0 and len(made) == 23
    made.clear()
    assert tracker("--repo", str(repo), "--today", TODAY, "summary").out == first.out
    assert made == []
    cache = repo / ".git" / "tracker" / sharecache.NAME
    (before,) = pickled.read(cache)[2]  # type: ignore[index]
    plan = repo / "plans" / "plan-004.yaml"  # a hand edit, not committed, in another window
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("status: todo", "status: done", 1), encoding="utf-8")
    edited = tracker("--repo", str(repo), "--today", TODAY, "summary")
    assert made == ["plan-004"]
    # the other plans' shares are written as the bytes they were read, plan-004's anew
    kept, new = pickled.read(cache)[2]  # type: ignore[index]
    assert kept == before and [k[0] for k, _ in pickled.loads(new)] == ["plans/plan-004.yaml"]
    assert edited.out != first.out
    (repo / ".git" / "tracker" / sharecache.NAME).unlink()
    assert tracker("--repo", str(repo), "--today", TODAY, "summary").out == edited.out


def _same_as_fresh(repo: Path, tracker: Callable[..., Result], *args: str) -> str:
    cached = tracker("--repo", str(repo), "--today", TODAY, "summary", *args)
    (repo / ".git" / "tracker" / sharecache.NAME).unlink()
    fresh = tracker("--repo", str(repo), "--today", TODAY, "summary", *args)
    assert cached.code == fresh.code == 0
    assert cached.out == fresh.out
    return cached.out


def test_what_every_plan_depends_on_makes_every_plan_again(tmp_path: Path,
                                                           tracker: Callable[..., Result]) -> None:
    repo = _office(tmp_path / "office")
    before = _same_as_fresh(repo, tracker)
    tracker("--repo", str(repo), "--today", TODAY, "summary")  # the cache is warm
    # a status label renamed in tracker.yaml
    settings = repo / "tracker.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("doing: 推进中", "doing: 正在推进"),
                        encoding="utf-8")
    relabelled = _same_as_fresh(repo, tracker)
    assert "正在推进" in relabelled and relabelled != before
    # a member taken out of a group in units.yaml: the group's tasks no longer count for it
    units = repo / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("[城关镇, 河西乡, 东关镇, 北山乡]",
                                                               "[城关镇, 河西乡, 东关镇]"), encoding="utf-8")
    assert _same_as_fresh(repo, tracker) != relabelled
    # another day, another period, another language, Markdown
    for args in (("--period", "week"), ("--since", "2026-11-01"), ("--format", "markdown")):
        _same_as_fresh(repo, tracker, *args)
    assert (tracker("--repo", str(repo), "--today", "2026-11-24", "--lang", "en", "summary").out
            != tracker("--repo", str(repo), "--today", TODAY, "--lang", "en", "summary").out)
    _same_as_fresh(repo, tracker)


def test_a_commit_in_the_period_is_read_into_its_plans_part(tmp_path: Path,
                                                            tracker: Callable[..., Result]) -> None:
    """A deadline moved this period by a commit (its date and author in 本期变化情况): the
    plan's part names the task's title, so the plan's history is part of its key."""
    repo = _office(tmp_path / "office")
    plan = repo / "plans" / "plan-002.yaml"
    original = plan.read_bytes()
    first = tracker("--repo", str(repo), "--today", TODAY, "summary").out
    assert tracker("--repo", str(repo), "--today", TODAY, "--by", "王某", "set", "plan-002/T3",
                   "due=2026-12-20").code == 0
    # and reverted: the plan file is byte for byte what the first report read (and kept), but
    # its history in the period is not (moved and moved back): the kept part is not reused
    git(repo, "revert", "--no-edit", "HEAD")
    assert plan.read_bytes() == original
    out = _same_as_fresh(repo, tracker)
    assert "（plan-002/T3）由" in out and "（11月20日，王某、" in out and out != first


def test_a_damaged_cache_is_rebuilt(tmp_path: Path, tracker: Callable[..., Result]) -> None:
    repo = _office(tmp_path / "office")
    good = tracker("--repo", str(repo), "--today", TODAY, "summary").out
    cache = repo / ".git" / "tracker" / sharecache.NAME
    for damage in (b"not a pickle", cache.read_bytes()[: cache.stat().st_size // 2], b""):
        cache.write_bytes(damage)
        assert tracker("--repo", str(repo), "--today", TODAY, "summary").out == good
        assert cache.stat().st_size > 1000  # written again


def test_code_changed_in_place_writes_the_lines_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A tracker upgraded in place (or a developer's edit) must not serve old lines."""
    ws = Workspace.open(_office(tmp_path / "office"))
    module = tmp_path / "lines_code.py"
    module.write_text("X = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("lines_code")
    monkeypatch.setattr(sharecache, "_CODE", (*sharecache._CODE, "lines_code"))
    made: list[str] = []
    real = build.share
    monkeypatch.setattr(build, "share", lambda plan, *a, **k: made.append(plan.id) or real(plan, *a, **k))
    _cached(ws, DAY, "zh", False, "month")
    _cached(ws, DAY, "zh", False, "month")
    assert len(made) == 11
    module.write_text("X = 22\n", encoding="utf-8")
    _cached(ws, DAY, "zh", False, "month")
    assert len(made) == 22
