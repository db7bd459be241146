"""`due` and `due_text` typed together or apart: what is written, removed, refused or warned.

Pure: typed text and a Task in, field values out (None means the key is removed)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker import edits
from tracker.dates import DateError
from tracker.model import Task
from tracker.store import planfile

TODAY = date(2026, 11, 23)
D = date
WITH_DUE = Task(id="T6", title="x", due=D(2026, 12, 15), due_text="12月15日前")
NO_DUE = Task(id="T7", title="y")


def due(due: str | None, wording: str | None = None, task: Task = WITH_DUE) -> dict[str, object]:
    return edits.parse_due(due, wording, task=task, year=2026, today=TODAY)


def test_empty_due_clears_the_date_and_its_wording() -> None:
    assert due("") == {"due": None, "due_text": None}
    assert due("  ") == {"due": None, "due_text": None}


def test_iso_due_removes_a_wording_that_names_another_day() -> None:
    assert due("2026-12-20") == {"due": D(2026, 12, 20), "due_text": None}
    task = Task(id="T1", title="x", due=D(2026, 12, 15), due_text="春节前")
    assert due("2026-12-20", task=task) == {"due": D(2026, 12, 20), "due_text": None}


def test_iso_due_keeps_a_wording_that_names_the_same_day() -> None:
    assert due("2026-12-15") == {"due": D(2026, 12, 15)}


def test_worded_due_keeps_the_wording() -> None:
    assert due("12月20日前") == {"due": D(2026, 12, 20), "due_text": "12月20日前"}


def test_due_text_alone_sets_the_date_it_names() -> None:
    assert due(None, "12月20日前") == {"due": D(2026, 12, 20), "due_text": "12月20日前"}
    assert due(None, "3月前", task=NO_DUE) == {"due": D(2026, 2, 28), "due_text": "3月前"}


def test_due_text_that_names_no_day_never_leaves_the_old_due() -> None:
    with pytest.raises(edits.ValueProblem) as err:
        due(None, "春节前")
    zh, en = err.value.message("zh"), err.value.message("en")
    assert "春节前" in zh and "春节前" in en
    assert "due=2026-12-15 due_text=春节前" in zh and "due= due_text=春节前" in en


@pytest.mark.parametrize(("wording", "kind"), [("6月中旬前", "ambiguous"), ("2月30日前", "impossible")])
def test_due_text_that_cannot_be_dated_is_refused_as_a_date(wording: str, kind: str) -> None:
    for task in (WITH_DUE, NO_DUE):
        with pytest.raises(DateError) as err:
            due(None, wording, task=task)
        assert err.value.kind == kind and wording in err.value.message("en")


def test_vague_due_text_on_a_task_without_due_is_kept_as_wording() -> None:
    assert due(None, "春节前", task=NO_DUE) == {"due_text": "春节前"}


def test_empty_due_text_removes_only_the_wording() -> None:
    assert due(None, "") == {"due_text": None}


def test_due_and_due_text_together() -> None:
    assert due("2027-02-05", "春节前") == {"due": D(2027, 2, 5), "due_text": "春节前"}
    assert due("", "春节前") == {"due": None, "due_text": "春节前"}
    assert due("2026-12-20", "12月20日前") == {"due": D(2026, 12, 20), "due_text": "12月20日前"}


@pytest.mark.parametrize(("typed_due", "wording"), [("2026-12-20", "12月31日前"), ("", "12月31日前")])
def test_due_text_that_contradicts_due_is_refused(typed_due: str, wording: str) -> None:
    with pytest.raises(edits.ValueProblem) as err:
        due(typed_due, wording)
    assert "2026-12-31" in err.value.message("zh") and "2026-12-31" in err.value.message("en")


def test_parse_value_reads_due_and_due_text_the_same_way() -> None:
    from tracker.model import Settings

    s = Settings()
    assert edits.parse_value("due", "", task=WITH_DUE, settings=s, year=2026, today=TODAY) == \
        {"due": None, "due_text": None}
    assert edits.parse_value("due_text", "12月20日前", task=WITH_DUE, settings=s, year=2026,
                             today=TODAY) == {"due": D(2026, 12, 20), "due_text": "12月20日前"}


def test_a_removed_value_is_a_removal_edit_never_a_null() -> None:
    changes, plan_edits = edits.field_edits(WITH_DUE, {"due": None, "due_text": None})
    assert [c.describe() for c in changes] == ["due 2026-12-15 → ∅", "due_text 12月15日前 → ∅"]
    text = "format: 1\nid: p\ntitle: t\ntasks:\n  - id: T6\n    title: x\n    due: 2026-12-15\n" \
           "    due_text: 12月15日前\n    status: todo\n"
    assert planfile.apply_edits(text, plan_edits) == \
        "format: 1\nid: p\ntitle: t\ntasks:\n  - id: T6\n    title: x\n    status: todo\n"
    assert edits.field_edits(NO_DUE, {"due": None, "due_text": None}) == ([], [])


@pytest.mark.parametrize(("new", "plan_year", "expected"), [
    (D(2026, 11, 20), 2026, ["已经过去"]),
    (D(2027, 1, 15), 2026, ["不在本计划的年度"]),
    (D(2025, 12, 1), 2025, ["已经过去"]),
    (D(2026, 12, 20), 2026, []),
    (D(2026, 12, 20), None, []),
    (TODAY, 2026, []),
])  # fmt: skip
def test_due_warnings(new: date, plan_year: int | None, expected: list[str]) -> None:
    found = edits.due_warnings(new, plan_year=plan_year, today=TODAY)
    assert [next(w for w in expected if w in zh) for zh, _ in found] == expected
    assert all(en for _, en in found)


@pytest.mark.parametrize("typed", ["长期坚持", "春节前", "每月5日前", "收到通知后3个工作日内"])
def test_a_deadline_naming_no_day_typed_as_due_says_to_write_it_as_wording(typed: str) -> None:
    """due=长期坚持 used to be answered as an unreadable date, with 2026-05-31 as the form to
    write: the clerk's deadline is real, it just names no day; say where it goes."""
    with pytest.raises(edits.ValueProblem) as err:
        due(typed)
    said = err.value.message("zh")
    assert f"due= due_text={typed}" in said and f"due=2026-12-15 due_text={typed}" in said
    assert due("", typed) == {"due": None, "due_text": typed}  # and what it says is taken


def test_month_dot_day_is_a_typed_day() -> None:
    assert due("12.20前") == {"due": D(2026, 12, 20), "due_text": "12.20前"}


def test_a_deadline_without_a_year_on_last_years_plan_is_asked_not_put_in_the_past() -> None:
    """January 2027: the county extends last year's unfinished task, set T2 due=3月底前. It was
    read in the plan's year, 2026-03-31, ten months back, and saved with a note: a deadline
    moved earlier where a later one was meant."""
    jan = date(2027, 1, 10)
    with pytest.raises(edits.ValueProblem) as caught:
        edits.parse_due("3月底前", None, task=WITH_DUE, year=2026, today=jan)
    assert "2027年3月底前" in caught.value.zh and "2026-03-31" in caught.value.zh
    assert "2027年3月底前" in caught.value.en
    assert edits.parse_due("2027年3月底前", None, task=WITH_DUE, year=2026, today=jan)["due"] \
        == D(2027, 3, 31)
    assert edits.parse_due("次年3月底前", None, task=WITH_DUE, year=2026, today=jan)["due"] \
        == D(2027, 3, 31)
    assert edits.parse_due("2026-03-31", None, task=WITH_DUE, year=2026, today=jan)["due"] \
        == D(2026, 3, 31)  # a date written in full is what it says
    # within the plan's year, or ahead of today, a wording reads as before
    assert due("3月底前")["due"] == D(2026, 3, 31)
    assert edits.parse_due("12月底前", None, task=WITH_DUE, year=2027, today=jan)["due"] \
        == D(2027, 12, 31)
