"""`tracker summary`: golden reports (zh/en, text/markdown/json) on fixture repositories built
as real git repositories with a dated history, plus pure tests of the summary data."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tests.conftest import TODAY
from tracker.model import Settings
from tracker.reports.summary.build import summarize
from tracker.reports.summary.data import PeriodChange, next_period, period_of
from tracker.reports.summary.numbers import chinese_number, number
from tracker.standing import Colour

DATA = Path(__file__).parent.parent / "data" / "summary"
UPDATE = os.environ.get("TRACKER_UPDATE_GOLDEN") == "1"


def build(tmp: Path, name: str) -> Path:
    """Copy a fixture repository and replay its history.yaml as dated commits."""
    src = DATA / name
    root = tmp / name
    shutil.copytree(src, root, ignore=shutil.ignore_patterns("history.yaml", "*.golden.*"))
    steps = YAML(typ="safe").load((src / "history.yaml").read_text("utf-8")) if (
        src / "history.yaml").exists() else [{"date": "2026-10-01T09:00:00+08:00",
                                              "author": "张某", "message": "初始方案"}]
    final = {p: (root / p).read_text("utf-8") for s in steps for p in
             {r["path"] for r in s.get("replace") or ()}}
    for path, text in final.items():  # undo every later replacement for the first commit
        for step in reversed(steps):
            for r in step.get("replace") or ():
                if r["path"] == path:
                    assert text.count(r["new"]) == 1, r
                    text = text.replace(r["new"], r["old"])
        (root / path).write_text(text, encoding="utf-8")
    _git(root, None, "init", "-q")
    for i, step in enumerate(steps):
        for r in step.get("replace") or ():
            p = root / r["path"]
            p.write_text(p.read_text("utf-8").replace(r["old"], r["new"]), encoding="utf-8")
        _git(root, step, "add", "-A")
        _git(root, step, "commit", "-qm", step["message"])
        if i == 0:
            _git(root, step, "tag", "start")
    for path, text in final.items():
        assert (root / path).read_text("utf-8") == text
    return root


def _git(root: Path, step: dict | None, *args: str) -> None:
    env = dict(os.environ)
    if step:
        env.update(GIT_AUTHOR_DATE=step["date"], GIT_COMMITTER_DATE=step["date"],
                   GIT_AUTHOR_NAME=step["author"], GIT_COMMITTER_NAME=step["author"],
                   GIT_AUTHOR_EMAIL="office@example.org", GIT_COMMITTER_EMAIL="office@example.org")
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return build(tmp_path, "office")


def golden(name: str, text: str) -> None:
    path = DATA / "golden" / name
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


CASES = [
    ("office-zh.txt", ()),
    ("office-en.txt", ("--lang", "en")),
    ("office-zh.md", ("--format", "markdown")),
    ("office-en.md", ("--lang", "en", "--format", "markdown")),
    ("office-unit-zh.txt", ("--unit", "城关镇")),
    ("office-unit-en.txt", ("--lang", "en", "--unit", "河西乡")),
    ("office-week-zh.txt", ("--period", "week")),
    ("office-leader-zh.txt", ("--leader", "王副县长")),
    ("office-empty-plan-zh.txt", ("--plan", "winter-water-2026")),
    ("office-empty-plan-en.md", ("--lang", "en", "--format", "markdown", "--plan", "winter-water-2026")),
    ("office-no-dates-zh.txt", ("--plan", "school-safety-2026")),
    ("office-no-dates-en.txt", ("--lang", "en", "--plan", "school-safety-2026")),
]


@pytest.mark.parametrize(("name", "args"), CASES, ids=[c[0] for c in CASES])
def test_golden_office(office: Path, tracker, name: str, args: tuple[str, ...]) -> None:
    r = tracker("--repo", str(office), "--today", TODAY, "summary", *args)
    assert r.code == 0, r.err
    assert r.err == ""
    golden(name, r.out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_broken_repository(tmp_path: Path, tracker, lang: str) -> None:
    root = build(tmp_path, "broken")
    r = tracker("--repo", str(root), "--today", TODAY, "--lang", lang, "summary")
    assert r.code == 0, r.err
    assert "plans/ferries-2026.yaml" in r.out and "plans/bridges-2026.yaml" in r.out
    golden(f"broken-{lang}.txt", r.out)


def test_json_is_data(office: Path, tracker) -> None:
    r = tracker("--repo", str(office), "--today", TODAY, "summary", "--format", "json")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    h = data["headline"]
    assert (h["total"], h["done"], h["overdue"], h["dropped"]) == (11, 4, 1, 1)
    assert h["colours"] == {"red": 1, "yellow": 2, "blue": 1, "green": 7}
    late = data["late"][0]["items"][0]
    assert late["ref"] == "farmland-2026/T3" and late["days_late"] == 8
    assert late["open_units"] == ["河西乡", "东关镇"]
    golden("office.json", r.out)


# ---------------------------------------------------------------- the numbers behind the goldens


def _summary(root: Path, **kw: object):
    from tracker.workspace import Workspace

    ws = Workspace.open(root)
    return ws, summarize(ws.plans, ws.units, ws.settings, dt.date.fromisoformat(TODAY), **kw)


def _items(groups) -> dict[str, object]:
    return {it.ref: it for g in groups for it in g.items}


def test_red_then_recovered_is_yellow_from_plan_data_alone(office: Path) -> None:
    _, s = _summary(office, changes=None)
    done = _items(s.done)
    t2 = done["farmland-2026/T2"]  # due 11-10, reported finished 11-16
    assert t2.colour is Colour.YELLOW and t2.recovered and t2.completed_late == 6
    # without history the moved deadline is not known: T4 is merely green
    doing = _items(s.doing)
    assert "farmland-2026/T4" not in doing


def test_a_deadline_moved_while_overdue_turns_yellow_from_history(office: Path) -> None:
    moved = PeriodChange("farmland-2026/T4", "due", dt.date(2026, 11, 5), dt.date(2026, 12, 10),
                         dt.date(2026, 11, 12), "钱某")
    _, s = _summary(office, changes=[moved])
    t4 = _items(s.doing)["farmland-2026/T4"]
    assert t4.colour is Colour.YELLOW and t4.recovered and t4.expected is None
    assert s.changes.due_moved[0].ref == "farmland-2026/T4"
    # a week later the period has moved on: the recovery no longer colours it
    _, later = _summary(office, changes=[moved], period="week")
    assert "farmland-2026/T4" not in _items(later.doing)


def test_a_deadline_moved_twice_in_the_period_is_one_task_with_its_chain(office: Path) -> None:
    """T4's deadline was moved twice this month: the report sent upward counted 调整截止时间2项
    and named T4 twice, once with a date that no longer held. It is one task, whose deadline
    went 11-05 → 12-10 → 12-20, by two people; T9's owners changed once, as before."""
    from tracker.reports.summary import render

    changes = [
        PeriodChange("farmland-2026/T4", "due", dt.date(2026, 11, 5), dt.date(2026, 12, 10),
                     dt.date(2026, 11, 12), "钱某"),
        PeriodChange("farmland-2026/T9", "owners", ("河西乡",), ("东关镇",), dt.date(2026, 11, 13), "钱某"),
        PeriodChange("farmland-2026/T4", "due", dt.date(2026, 12, 10), dt.date(2026, 12, 20),
                     dt.date(2026, 11, 20), "孙某"),
    ]
    ws, s = _summary(office, changes=changes)
    assert len(s.changes.due_moved) == 2  # the data keeps each change, as JSON gives it
    zh = render.text(s, ws.settings, "zh")
    assert ("调整截止时间1项：建立工程管护机制（farmland-2026/T4）由11月5日调整为12月10日，再调整为12月20日"
            "（11月20日，钱某、孙某）。") in zh, zh
    assert "调整责任单位1项：" in zh
    en = render.text(s, ws.settings, "en")
    assert ("Deadlines moved (1): 建立工程管护机制 (farmland-2026/T4) 2026-11-05 → 2026-12-10 → "
            "2026-12-20 (2026-11-20, 钱某, 孙某).") in en, en


def test_a_red_that_recovered_before_the_period_is_green(office: Path) -> None:
    _, s = _summary(office, period="week")  # week of 11-23: T2 was finished on 11-16
    assert "farmland-2026/T2" not in _items(s.done)
    assert dict(s.headline.colours)[Colour.YELLOW] == 0


def test_group_owned_task_counts_for_every_member(office: Path) -> None:
    _, s = _summary(office)
    rank = {r.unit: r for r in s.ranking}
    # T3 (各乡镇) and T5 (各乡镇) count for each of the three towns; T9 for 东关镇 alone
    assert (rank["城关镇"].tasks, rank["城关镇"].done, rank["城关镇"].overdue) == (2, 1, 0)
    assert (rank["河西乡"].tasks, rank["河西乡"].done, rank["河西乡"].overdue) == (2, 0, 1)
    assert (rank["东关镇"].tasks, rank["东关镇"].overdue) == (3, 1)
    assert rank["城关镇"].rank < rank["河西乡"].rank


def test_units_that_have_not_reported(office: Path) -> None:
    _, s = _summary(office)
    silent = {u.unit: u for u in s.silent}
    assert set(silent) == {"东关镇", "第一中学", "县财政局"}
    assert silent["东关镇"].refs == ("farmland-2026/T3", "farmland-2026/T9")  # T5 not begun
    assert silent["东关镇"].last_update is None
    # 县财政局 reported on T2, but T2 is finished and T6 (open) has no report
    assert silent["县财政局"].last_update == dt.date(2026, 11, 16)
    # 河西乡 wrote an update on T3, 城关镇 finished its part, 县水利局 reported through 钱某,
    # 县农业局 owns nothing open
    assert not {"河西乡", "城关镇", "县水利局", "县农业局"} & set(silent)


def test_unit_report_is_split_by_role_and_includes_group_tasks(office: Path) -> None:
    _, s = _summary(office, unit="城关镇")
    assert s.unit_groups == ("各乡镇",)
    assert {g.key for g in s.done} == {"owner"}
    t3 = _items(s.done)["farmland-2026/T3"]
    assert t3.status == "done" and t3.completed == dt.date(2026, 11, 12)
    assert s.ranking == () and s.silent == ()


def test_leader_filter(office: Path) -> None:
    _, s = _summary(office, leader="王副县长")
    assert s.headline.total == 1 and _items(s.late).keys() == {"farmland-2026/T3"}


def test_empty_plan_and_no_due_dates() -> None:
    from tracker.model import Directory, Plan, Task
    from tracker.units import Units

    units = Units(Directory())
    today = dt.date(2026, 11, 23)
    empty = summarize([Plan("e", "空方案", "plans/e.yaml")], units, Settings(), today)
    assert empty.headline.total == 0 and empty.headline.completion_rate is None
    assert empty.headline.on_time_rate is None and empty.ranking == ()
    plan = Plan("n", "无时限", "plans/n.yaml", tasks=(
        Task("T1", "甲", plan_id="n", owners=("A",), status="doing", progress=10),
        Task("T2", "乙", plan_id="n", owners=("A",), status="done"),))
    s = summarize([plan], units, Settings(), today)
    assert s.headline.on_time_rate is None and s.headline.completion_rate == 50.0
    assert dict(s.headline.colours)[Colour.GREEN] == 2 and s.upcoming == ()


@pytest.mark.parametrize("today,kind,period,upcoming", [
    ("2026-01-01", "week", "本周（2025年12月29日至2026年1月4日）", "下周（2026年1月5日至1月11日）"),
    ("2026-12-20", "month", "本月（2026年12月1日至12月31日）", "下月（2027年1月1日至1月31日）"),
    ("2026-12-31", "week", "本周（2026年12月28日至2027年1月3日）", "下周（2027年1月4日至1月10日）")])
def test_a_span_across_new_year_names_the_year_of_its_end(office: Path, tracker, today: str, kind: str,
                                                          period: str, upcoming: str) -> None:
    # on 1 January the week was 2025年12月29日至1月4日: read as running backward into January
    # 2025, since a span's end without a year is read in its start's year
    r = tracker("--repo", str(office), "--today", today, "summary", "--period", kind)
    assert r.code == 0, r.err
    assert f"统计周期：{period}。" in r.out and f"{upcoming}到期事项" in r.out, r.out[:300]


def test_since_a_revision(office: Path, tracker) -> None:
    r = tracker("--repo", str(office), "--today", TODAY, "summary", "--since", "start",
                "--format", "json")
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert data["period"]["start"] == "2026-10-01" and data["period"]["since"] is True
    assert [c["ref"] for c in data["changes"]["owners_changed"]] == ["farmland-2026/T9"]
    bad = tracker("--repo", str(office), "--today", TODAY, "summary", "--since", "no-such-rev")
    assert bad.code == 1 and "no-such-rev" in bad.err and "Traceback" not in bad.err


def test_unknown_unit_and_plan_are_clear_errors(office: Path, tracker) -> None:
    r = tracker("--repo", str(office), "--today", TODAY, "summary", "--unit", "城关")
    assert r.code == 1 and "城关镇" in r.err
    r = tracker("--repo", str(office), "--today", TODAY, "summary", "--plan", "nope")
    assert r.code == 1 and "nope" in r.err


@pytest.mark.parametrize(("kind", "day", "start", "end", "next_start"), [
    ("week", "2026-11-23", "2026-11-23", "2026-11-29", "2026-11-30"),
    ("week", "2026-11-29", "2026-11-23", "2026-11-29", "2026-11-30"),
    ("month", "2026-12-31", "2026-12-01", "2026-12-31", "2027-01-01"),
    ("month", "2028-02-10", "2028-02-01", "2028-02-29", "2028-03-01"),
    ("quarter", "2026-11-23", "2026-10-01", "2026-12-31", "2027-01-01"),
    ("quarter", "2026-02-01", "2026-01-01", "2026-03-31", "2026-04-01"),
])
def test_periods(kind: str, day: str, start: str, end: str, next_start: str) -> None:
    p = period_of(kind, dt.date.fromisoformat(day))
    assert (p.start.isoformat(), p.end.isoformat()) == (start, end)
    assert next_period(p).start.isoformat() == next_start


@pytest.mark.parametrize(("value", "text"), [
    (3455, "3455"), (62.0, "62"), (31.5, "31.5"), (12345.67, "12345.67"), (1234567.5, "1234567.5"),
    (0.00005, "0.00005"), (12000000, "12000000"), (None, "—")])
def test_goal_numbers_are_written_as_the_plan_has_them(value: float | None, text: str) -> None:
    # a target of 12345.67万元 was written 12345.7万元, and 1234567.5 as 1.23457e+06
    assert number(value) == text


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"),
                                         (35, "三十五"), (100, "一百"), (105, "一百零五"),
                                         (110, "一百一十"), (999, "九百九十九")])
def test_chinese_numbers(n: int, text: str) -> None:
    assert chinese_number(n) == text


@pytest.mark.parametrize(("since", "start"), [
    ("20日", "2026-11-20"),  # the last 20th, not the next one
    ("11月20日", "2026-11-20"),
    ("12月1日", "2025-12-01"),  # last December: --since names a day already past
    ("2026年12月1日", None),  # a year written is kept as written: after --today, refused
    ("2026-10-31", "2026-10-31"),
])
def test_since_a_day_reads_backward(office: Path, tracker, since: str, start: str | None) -> None:
    r = tracker("--repo", str(office), "--today", TODAY, "summary", "--since", since,
                "--format", "json")
    if start is None:
        assert r.code == 1 and "2026-12-01" in r.err and "将来" in r.err
        return
    assert r.code == 0, r.err
    assert json.loads(r.out)["period"]["start"] == start



def _silent_through_reports(chosen, items, ctx):
    """The oracle: `silent` as it read every task through `_reports` (before the common task
    was inlined)."""
    from tracker.reports.summary import ranking
    from tracker.reports.summary.data import OPEN_END, Silent
    from tracker.standing import unit_status

    owing: dict[str, list[str]] = {}
    last_seen: dict[str, dt.date] = {}
    for (_, task, _), it in zip(chosen, items):
        heard = set()
        for unit, when in ranking._reports(task, ctx):
            if when > ctx.today:
                continue
            if when >= ctx.period.start:
                heard.add(unit)
            if when > last_seen.get(unit, dt.date.min):
                last_seen[unit] = when
        if task.status in OPEN_END or (task.start is not None and task.start > ctx.today):
            continue
        for unit in ranking._responsible(task, ctx):
            if unit in heard or (task.units and unit_status(task, unit, ctx.units) in OPEN_END):
                continue
            owing.setdefault(unit, []).append(it.ref)
    rows = [Silent(u, len(refs), last_seen.get(u), tuple(refs)) for u, refs in owing.items() if refs]
    rows.sort(key=lambda s: (-s.open_tasks, s.last_update or dt.date.min, s.unit))
    return tuple(rows)


def test_silent_units_agree_with_the_report_attribution_on_random_tasks() -> None:
    """`silent` reads the common task (updates, no per-unit map) without `_reports`; on tasks
    of every shape (a report's own unit or alias, a known reporter, an unknown one, a group
    among the owners, undated and future reports, per-unit maps) it must say what reading
    every task through `_reports` says."""
    import random

    from tracker.model import Directory, Person, Plan, Task, Unit, UnitStatus, Update
    from tracker.reports.summary import ranking
    from tracker.reports.summary.build import context, item_for
    from tracker.units import Units

    rng = random.Random(7)
    units = Units(Directory(
        units=(Unit("城关镇", ("城关",)), Unit("河西乡"), Unit("县财政局", ("财政局",)), Unit("东关镇")),
        groups=(("各乡镇", ("城关镇", "河西乡", "东关镇")),),
        people=(Person("钱某", "县财政局"), Person("孙某", "财政局"), Person("周某"))))
    today = dt.date(2026, 11, 23)
    names = ("城关镇", "城关", "河西乡", "县财政局", "财政局", "东关镇", "各乡镇", "县外单位")

    def updates() -> tuple[Update, ...]:
        return tuple(
            Update(date=rng.choice((None, dt.date(2026, 10, 2), dt.date(2026, 11, 3), today,
                                    dt.date(2026, 12, 1))),
                   text="进展", by=rng.choice((None, "钱某", "孙某", "周某", "吴某")),
                   unit=rng.choice((None, None, *names)))
            for _ in range(rng.randint(0, 3)))

    tasks = []
    for n in range(600):
        per_unit = () if rng.random() < 0.8 else tuple(
            UnitStatus(unit=u, status=rng.choice(("doing", "done")), updates=updates())
            for u in rng.sample(("城关镇", "河西乡", "东关镇"), 2))
        tasks.append(Task(id=f"T{n}", title=f"任务{n}", plan_id="p",
                          status=rng.choice(("todo", "doing", "done", "blocked")),
                          owners=tuple(rng.sample(names, rng.randint(0, 2))),
                          lead=tuple(rng.sample(names, rng.randint(0, 1))),
                          updates=updates(), units=per_unit))
    plan = Plan(id="p", title="方案", path="plans/p.yaml", tasks=tuple(tasks))
    ctx = context(units, Settings(), today)
    chosen = [(plan, t, None) for t in plan.tasks]
    items = [item_for(plan, t, ctx) for t in plan.tasks]
    expected = _silent_through_reports(chosen, items, ctx)
    assert expected and any(r.last_update for r in expected) and any(t.units for t in tasks)
    assert ranking.silent(chosen, items, ctx) == expected


def test_a_warm_summary_does_not_import_the_checks(office: Path, tracker) -> None:
    """The summary names plan files with errors from the cached check results; answered from
    the cache, it must not pay for importing every check (issue 17: the report does not run
    checks it does not print)."""
    import sys

    assert tracker("--repo", str(office), "--today", TODAY, "summary").code == 0  # warms it
    code = ("import sys, io; from tracker.cli import run; out = sys.stdout; "
            "sys.stdout = io.StringIO(); "
            f"code = run(['--repo', {str(office)!r}, '--today', '{TODAY}', 'summary']); "
            "sys.stdout = out; sys.exit(code or (2 if 'tracker.checks' in sys.modules else 0))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr


def test_a_goal_with_no_current_value_is_not_given_a_unit(tmp_path: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    # 目标50个，当前—个: a dash counted in 个, in the 通报 sent upward
    from tests.conftest import make_repo

    root = make_repo(tmp_path / "office", {"g": (
        "format: 1\nid: g\ntitle: 指标方案\nyear: 2026\n"
        "goals:\n  - {id: G1, text: 新建站点, target: 50, unit: 个}\ntasks: []\n")})
    r = tracker("--repo", str(root), "--today", TODAY, "summary")
    assert r.code == 0, r.err
    assert "1. 新建站点：目标50个，当前—，完成—。" in r.out, r.out
    english = tracker("--repo", str(root), "--today", TODAY, "--lang", "en", "summary")
    assert "target 50个, now —, —." in english.out, english.out
