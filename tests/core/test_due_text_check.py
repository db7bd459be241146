"""`tracker check` warns when a task's due_text names another day than its due."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import make_repo

HEAD = "format: 1\nid: p\ntitle: 计划\nyear: 2026\ntasks:\n  - id: T1\n    title: a\n"


def check(tmp_path: Path, tracker, body: str, head: str = HEAD) -> list[str]:
    repo = make_repo(tmp_path / "r", plans={"p": head + body})
    result = tracker("--repo", str(repo), "--lang", "en", "check")
    assert "Traceback" not in result.out + result.err
    return [line for line in result.out.splitlines() if "due" in line]


@pytest.mark.parametrize(("body", "expected"), [
    ("    due: 2026-03-31\n    due_text: 3月前\n",
     "plans/p.yaml:9:15: warning: due_text '3月前' names 2026-02-28, but due is 2026-03-31 [due-text-mismatch]"),
    ("    due_text: 5月底前\n",
     "plans/p.yaml:8:15: warning: due_text '5月底前' names 2026-05-31, but due is empty [due-text-mismatch]"),
    ("    due: 2026-09-30\n    due_text: 9月31日前\n",
     "plans/p.yaml:9:15: warning: due_text '9月31日前' names no real date [due-text-mismatch]"),
])  # fmt: skip
def test_wording_that_names_another_day_is_warned(tmp_path: Path, tracker, body: str,
                                                  expected: str) -> None:
    assert check(tmp_path, tracker, body) == [expected]


def test_a_due_that_is_no_real_date_is_not_called_empty(tmp_path: Path, tracker) -> None:
    """`due: 2026-02-30` is an error of its own; the wording is not then compared with an
    "empty" due (the file is not empty there), in block or flow style."""
    for body in ("    due: 2026-02-30\n    due_text: 2月底前\n",):
        assert check(tmp_path, tracker, body) == [
            "plans/p.yaml:8:10: error: 'due' is not a real date: 2026-02-30 [bad-date]"]
    flow = HEAD.replace("  - id: T1\n    title: a\n", "")
    lines = check(tmp_path / "flow", tracker,
                  "  - {id: T1, title: a, due: 2026-02-30, due_text: 2月底前}\n", flow)
    assert len(lines) == 1 and "bad-date" in lines[0], lines


@pytest.mark.parametrize("body", [
    "    due: 2026-05-31\n    due_text: 5月底前\n",
    "    due: 2026-02-28\n    due_text: 3月前\n",
    "    due: 2027-02-05\n    due_text: 春节前\n",  # names no day: nothing to compare
    "    due_text: 春节前\n",
    "    due: 2026-12-04\n    due_text: 下周五\n",  # relative to a day the file does not record
    "    due: 2026-12-20\n    due_text: 20日前\n",
    "    due: 2026-10-15\n    due_text: 7月20日—10月15日\n",
    "    due: 2026-06-20\n    due_text: 6月中旬前\n",  # ambiguous: the person chose the day
])  # fmt: skip
def test_wording_that_agrees_or_names_no_day_is_quiet(tmp_path: Path, tracker, body: str) -> None:
    assert check(tmp_path, tracker, body) == []


def test_a_plan_without_a_year_reads_wording_in_the_year_of_due(tmp_path: Path, tracker) -> None:
    head = HEAD.replace("year: 2026\n", "")
    assert check(tmp_path, tracker, "    due: 2027-05-31\n    due_text: 5月底前\n", head) == []


def test_demo_plans_have_no_mismatch(tmp_path: Path, tracker) -> None:
    repo = make_repo(tmp_path / "demo", demo=True)
    out = tracker("--repo", str(repo), "check").out
    assert "due-text-mismatch" not in out


def test_the_english_tally_counts_one_as_one(tmp_path: Path, tracker) -> None:
    repo = make_repo(tmp_path / "one", plans={"p": HEAD + "    due: 2026-02-30\n"})
    result = tracker("--repo", str(repo), "--lang", "en", "check")
    assert "1 plan file, 1 error, 0 warnings" in result.err, result.err
