"""A work plan through a year, month by month: what the summary says at each month's end
agrees with what the clerks did, and with the ledger and the accountability view that day."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import make_repo

PLAN = """\
id: p
title: 人居环境整治方案
year: 2026
tasks:
  - id: T1
    title: 户厕摸底
    lead: [县能源局]
    owners: [城关镇]
    start: 2026-03-01
    due: 2026-05-15
    status: doing
  - id: T2
    title: 资金保障
    lead: [县财政局]
    due: 2026-05-31
    status: doing
"""


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "office", {"p": PLAN})


def on(day: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commits made from here on are dated that day, as the clerk made them."""
    monkeypatch.setenv("GIT_AUTHOR_DATE", f"{day}T10:00:00+08:00")
    monkeypatch.setenv("GIT_COMMITTER_DATE", f"{day}T10:00:00+08:00")


def test_a_completion_taken_back_in_the_period_is_no_completion(office: Path, tracker,
                                                                 monkeypatch) -> None:
    """T1 marked done on 5月8日 and reopened on 5月9日 (the township said one town had not
    finished): the May report listed it under 本期变化 as 完成事项 while 已完成事项 and the
    figures, rightly, did not count it."""
    on("2026-05-08", monkeypatch)
    assert tracker("--repo", str(office), "--today", "2026-05-08", "--by", "王五", "set", "p/T1",
                   "status=done").code == 0
    assert tracker("--repo", str(office), "--today", "2026-05-08", "--by", "王五", "set", "p/T2",
                   "status=done").code == 0
    on("2026-05-09", monkeypatch)
    assert tracker("--repo", str(office), "--today", "2026-05-09", "--by", "李四", "set", "p/T1",
                   "status=doing").code == 0
    report = tracker("--repo", str(office), "--today", "2026-05-31", "summary")
    assert report.code == 0, report.err
    assert "1. 完成事项1项：资金保障（p/T2，5月8日，王五）。" in report.out, report.out
    assert "户厕摸底（p/T1，5月8日" not in report.out
    assert "累计完成1项，其中本期完成1项" in report.out


def test_a_task_finished_twice_in_the_period_is_one_completion(office: Path, tracker,
                                                               monkeypatch) -> None:
    for day, status in (("2026-05-06", "done"), ("2026-05-07", "doing"), ("2026-05-12", "done")):
        on(day, monkeypatch)
        assert tracker("--repo", str(office), "--today", day, "--by", "王五", "set", "p/T1",
                       f"status={status}").code == 0
    report = tracker("--repo", str(office), "--today", "2026-05-31", "summary")
    assert "1. 完成事项1项：户厕摸底（p/T1，5月12日，王五）。" in report.out, report.out


NEXT_YEAR = """\
id: q
title: 2027年人居环境整治方案
year: 2027
tasks:
  - id: T1
    title: 户厕改造
    lead: [县能源局]
    owners: [城关镇]
    due: 2027-06-30
    status: todo
"""


@pytest.fixture
def two_years(tmp_path: Path) -> Path:
    """Last year's plan, closed at the year's end with two tasks left open, beside this
    year's."""
    root = make_repo(tmp_path / "office", {"p": PLAN.replace("status: doing", "status: doing\n"
                                                            "    progress: 60", 1)
                                           .replace("year: 2026\n", "year: 2026\nstatus: closed\n"),
                                           "q": NEXT_YEAR})
    return root


def test_a_closed_plan_is_left_out_of_this_years_report_and_said_so(two_years: Path,
                                                                     tracker) -> None:
    """The old plan marked status: closed at the year's end still counted in every monthly
    report of the new year (滞后2项, 逾期261天) and in `list overdue`, and nothing said it was
    closed."""
    report = tracker("--repo", str(two_years), "--today", "2027-01-31", "summary")
    assert report.code == 0, report.err
    assert "共有任务1项" in report.out and "p/T1" not in report.out, report.out
    assert "人居环境整治方案（p）已结束，未计入本报告，尚有2项未完成" in report.err
    assert "--plan p" in report.err
    named = tracker("--repo", str(two_years), "--today", "2027-01-31", "summary", "--plan", "p")
    assert "共有任务2项" in named.out and "p/T1" in named.out and not named.err
    late = tracker("--repo", str(two_years), "--today", "2027-01-31", "list", "overdue")
    assert "p/T1" not in late.out and "p/T2" not in late.out
    asked = tracker("--repo", str(two_years), "--today", "2027-01-31", "list", "plan:p", "overdue")
    assert "p/T1" in asked.out and "p/T2" in asked.out
    english = tracker("--repo", str(two_years), "--today", "2027-01-31", "--lang", "en", "summary")
    assert "is closed and left out of this report; 2 of its tasks are not finished" in english.err



def test_the_offices_own_note_is_no_towns_report_in_accountability_either(tmp_path: Path,
                                                                          tracker) -> None:
    """The office (王某, 县督查室 in units.yaml) notes why a shared task's deadline moved, with no
    --unit. The summary rightly took it as 县督查室's note and listed 河西乡 under 未报送进展的单位
    (从未报送); the accountability view, the same day, showed 河西乡 (and every member of
    各乡镇) as having last reported that day."""
    import datetime as dt

    from tracker.reports.accountability import accountability
    from tracker.workspace import Workspace

    plan = PLAN.replace("owners: [城关镇]", "owners: [各乡镇]")
    root = make_repo(tmp_path / "office", {"p": plan})
    assert tracker("--repo", str(root), "--today", "2026-05-06", "--by", "王某", "note", "p/T1",
                   "延期原因：北山乡人员调整").code == 0
    assert tracker("--repo", str(root), "--today", "2026-05-07", "--by", "赵某", "note", "p/T1",
                   "城关镇已完成").code == 0
    report = tracker("--repo", str(root), "--today", "2026-05-31", "summary")
    assert "河西乡：1项（p/T1），从未报送" in report.out, report.out
    ws = Workspace.open(root)
    rows = {r.unit: r.last_update for r in accountability(ws.plans, ws.units, dt.date(2026, 5, 31),
                                                           ws.settings)}
    assert rows["河西乡"] is None and rows["北山乡"] is None
    assert rows["城关镇"] == dt.date(2026, 5, 7)  # 赵某 is 城关镇's, by units.yaml
    assert rows["县能源局"] is None


def test_the_forms_sent_to_units_leave_a_closed_plan_out_too(two_years: Path, tracker) -> None:
    """The 督办单 of January still asked 城关镇 to report on last year's closed plan (its open
    tasks as rows), while the summary of the same day left that plan out. form now leaves it
    out the same way and says so; --plan asks for it."""
    import openpyxl

    out = two_years / "督办单.xlsx"
    made = tracker("--repo", str(two_years), "--today", "2027-01-31", "form", "-o", str(out))
    assert made.code == 0, made.err
    cells = {str(c.value) for ws in openpyxl.load_workbook(out).worksheets for row in ws.iter_rows()
             for c in row if c.value is not None}
    assert not any(c.startswith("p/") for c in cells) and any(c.startswith("q/") for c in cells), cells
    assert "人居环境整治方案（p）已结束" in made.err
    asked = tracker("--repo", str(two_years), "--today", "2027-01-31", "form", "--plan", "p", "-o", str(out))
    assert asked.code == 0, asked.err
    cells = {str(c.value) for ws in openpyxl.load_workbook(out).worksheets for row in ws.iter_rows()
             for c in row if c.value is not None}
    assert any(c.startswith("p/") for c in cells)
