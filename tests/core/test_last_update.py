"""A task's latest report: of several made on the same day, the one written last."""

from __future__ import annotations

import datetime as dt

from tracker.model import Task, Update

DAY = dt.date(2026, 11, 28)


def test_of_two_reports_on_one_day_the_later_written_is_the_latest() -> None:
    task = Task("T1", "A", updates=(Update(dt.date(2026, 11, 2), "早先"), Update(DAY, "上午读入"),
                                    Update(DAY, "下午读入")))
    assert task.last_update().text == "下午读入"  # type: ignore[union-attr]


def test_a_later_day_still_wins_over_the_order_written() -> None:
    task = Task("T1", "A", updates=(Update(DAY, "后一天"), Update(dt.date(2026, 11, 2), "补录的早先进展")))
    assert task.last_update().text == "后一天"  # type: ignore[union-attr]

