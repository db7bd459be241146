"""Units in the office's own order (units.yaml), then by pinyin; a per-unit entry of a unit that
is no longer named on the task neither counts in accountability nor goes unremarked by check."""

from __future__ import annotations

import datetime as dt

from tracker import checks
from tracker.model import Directory, Settings, Unit
from tracker.reports.accountability import accountability
from tracker.store import load
from tracker.units import Units

UNITS = Units(Directory(units=(Unit("城关镇"), Unit("河西乡"), Unit("东关镇"), Unit("北山乡")),
                        groups=(("各乡镇", ("城关镇", "河西乡", "东关镇", "北山乡")),)))
PLAN = b"""format: 1
id: p
title: P
year: 2026
tasks:
  - id: T1
    title: A
    owners: [\xe5\x9f\x8e\xe5\x85\xb3\xe9\x95\x87]
    status: doing
    units:
      \xe5\x8c\x97\xe5\xb1\xb1\xe4\xb9\xa1: {status: done}
"""  # owners: [城关镇], units: 北山乡 (no longer an owner)


def test_units_sort_in_the_office_order_then_by_pinyin():
    names = ["北山乡", "县外单位乙", "东关镇", "城关镇", "阿勒泰办", "河西乡"]
    assert sorted(names, key=UNITS.order_key) == ["城关镇", "河西乡", "东关镇", "北山乡", "阿勒泰办", "县外单位乙"]


def test_a_stale_unit_entry_is_not_counted():
    plan = load.load_plan_bytes(PLAN, "plans/p.yaml").plan
    rows = accountability([plan], UNITS, dt.date(2026, 11, 23), Settings())
    assert [r.unit for r in rows] == ["城关镇"]


def test_check_warns_about_a_unit_entry_for_a_unit_not_on_the_task():
    loaded = load.load_plan_bytes(PLAN, "plans/p.yaml")
    problems = [p for p in checks.run_checks([loaded], UNITS) if p.code == "unit-entry-not-named"]
    assert len(problems) == 1 and "北山乡" in problems[0].zh and not problems[0].is_error


def test_a_group_of_groups_holds_every_unit_of_both() -> None:
    """全县基层: [各乡镇, 各村]: check accepts it, so list, summary, forms and set must all see
    the villages and townships in it; a group that names itself adds nothing and ends."""
    units = Units(Directory(
        units=tuple(Unit(n) for n in ("城关镇", "河西乡", "一村", "二村")),
        groups=(("各乡镇", ("城关镇", "河西乡")), ("各村", ("一村", "二村")),
                ("全县基层", ("各乡镇", "各村", "全县基层")))))
    assert units.members("全县基层") == ("城关镇", "河西乡", "一村", "二村")
    assert units.expand(("全县基层", "城关镇")) == ("城关镇", "河西乡", "一村", "二村")
    assert set(units.groups_of("一村")) == {"各村", "全县基层"}
    assert units.matches("一村", ("全县基层",))


REPORTED = """format: 1
id: p
title: P
year: 2026
tasks:
  - id: T1
    title: A
    owners: [城关镇]
    status: doing
    updates:
      - {date: 2026-11-05, unit: 城关镇, note: 摸底完成}
      - {date: 2026-12-02, unit: 城关镇, note: 已整改}
""".encode()


def test_last_update_is_as_of_the_report_day_as_in_the_summary():
    """A report written on 12-03 for November (--today 2026-11-30) must not show a December
    update as the unit's latest, while the summary of the same day ignores it."""
    plan = load.load_plan_bytes(REPORTED, "plans/p.yaml").plan
    [row] = accountability([plan], UNITS, dt.date(2026, 11, 30), Settings())
    assert row.last_update == dt.date(2026, 11, 5)
    [row] = accountability([plan], UNITS, dt.date(2026, 12, 6), Settings())
    assert row.last_update == dt.date(2026, 12, 2)
