"""Checks: pure functions `check_<invariant>(...) -> list[Problem]`, run in a fixed order.

The loader already reported what could not be read (syntax, types, impossible dates); these
checks look at the meaning: ids, statuses, references, cycles, units, ranges.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from tracker.model import (
    DEFAULT_LABELS_ZH,
    GOAL_KEYS,
    PHASE_KEYS,
    PLAN_KEYS,
    PLAN_STATUSES,
    STATUS_KEYS,
    TASK_KEYS,
    Plan,
    Source,
    Task,
    meant_status,
)
from tracker.problems import Problem, error, sort_key, warning
from tracker.structs import Struct
from tracker.units import Units

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Protocol

    class Loaded(Protocol):
        """What checks read of one plan file: its path, the plan built from it (None when it could
        not be read), the problems met reading it, and its unknown keys with their line and column.
        A protocol, so the pure core names no storage type (`tracker.store.load.Loaded` fits it)."""

        @property
        def path(self) -> str: ...
        @property
        def plan(self) -> Plan | None: ...
        @property
        def problems(self) -> tuple[Problem, ...]: ...
        @property
        def unknown_keys(self) -> tuple[tuple[str, int, int], ...]: ...


ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
TASK_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class Context(Struct, frozen=True):
    units: Units
    known_keys: dict[str, frozenset[str]]


def check_unknown_keys(f: Loaded, ctx: Context) -> list[Problem]:
    if not f.unknown_keys:
        return []
    allowed = sorted(set().union(*ctx.known_keys.values()))
    out = []
    for key, line, col in f.unknown_keys:
        src = Source(f.path, line, col)
        hint_zh = hint_en = ""
        if "：" in key or "\u3000" in key or ":" in key:
            hint_zh = "；键名里有全角冒号或全角空格，YAML 需要半角“: ”"
            hint_en = "; the key holds a full-width colon or space, YAML needs ASCII ': '"
        else:
            import difflib  # only for a key to correct: not on every edit's check

            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            if close:
                hint_zh, hint_en = f"；是不是“{close[0]}”？", f"; did you mean '{close[0]}'?"
        out.append(warning(src, "unknown-key", f"未知的键“{key}”（保留不动）{hint_zh}",
                           f"unknown key '{key}' (kept as is){hint_en}"))
    return out


def check_plan_fields(f: Loaded, ctx: Context) -> list[Problem]:
    plan = f.plan
    assert plan is not None
    src = plan.source or Source(f.path, 1, 1)
    out = []
    stem = f.path.rsplit("/", 1)[-1].removesuffix(".yaml")
    if plan.format != 1:
        out.append(error(src.at("format"), "format", "不支持的格式版本（应为 format: 1）",
                         "unsupported format (expected format: 1)"))
    if not plan.id:
        out.append(error(src, "missing-id", "计划缺少 id", "plan has no id"))
    elif plan.id != stem and _COPY_TAIL.fullmatch(stem[len(plan.id):]) and stem.startswith(plan.id):
        # X - 副本.yaml kept and X.yaml deleted (with X.yaml there it is named as a copy instead)
        out.append(error(src.at("id"), "id-mismatch",
                         f"计划 id“{plan.id}”与文件名“{stem}.yaml”不一致：这个文件像是 {plan.id}.yaml 的副本，"
                         f"而 {plan.id}.yaml 不在；要留下它，就把它改名为 {plan.id}.yaml",
                         f"plan id '{plan.id}' does not match file name '{stem}.yaml': the file looks "
                         f"like a copy of {plan.id}.yaml, which is gone; to keep it, rename it {plan.id}.yaml"))
    elif plan.id != stem:
        out.append(error(src.at("id"), "id-mismatch",
                         f"计划 id“{plan.id}”与文件名“{stem}.yaml”不一致",
                         f"plan id '{plan.id}' does not match file name '{stem}.yaml'"))
    elif not ID_RE.match(plan.id):
        out.append(error(src.at("id"), "bad-id", f"计划 id“{plan.id}”只能用小写字母、数字和“-”",
                         f"plan id '{plan.id}' may use only a-z, 0-9 and '-'"))
    if stem.lower() in _WINDOWS_DEVICES:
        out.append(error(src.at("id"), "windows-name",
                         f"文件名“{stem}.yaml”在 Windows 上不能用（{stem.upper()} 是 Windows 的设备名），"
                         "用 Windows 的办公室取不到这个计划：请换一个 id 和文件名",
                         f"the file name '{stem}.yaml' cannot exist on Windows ({stem.upper()} is a "
                         "device name there), so an office on Windows cannot check this plan out: "
                         "choose another id and file name"))
    if not plan.title:
        out.append(error(src, "missing-title", "计划缺少 title", "plan has no title"))
    if plan.status not in PLAN_STATUSES:
        out.append(error(src.at("status"), "unknown-status",
                         f"计划状态“{plan.status}”无效（可用：{'、'.join(PLAN_STATUSES)}）",
                         f"unknown plan status '{plan.status}' (use {', '.join(PLAN_STATUSES)})"))
    return out


def check_ids(f: Loaded, ctx: Context) -> list[Problem]:
    plan = f.plan
    assert plan is not None
    out: list[Problem] = []
    for kind, items in (("task", plan.tasks), ("goal", plan.goals), ("phase", plan.phases)):
        seen: dict[str, Source] = {}
        for item in items:
            src = item.source or Source(f.path)
            if not item.id:
                out.append(error(src, "missing-id", f"{_KIND_ZH[kind]}缺少 id", f"{kind} has no id"))
                continue
            if kind == "task" and not TASK_ID_RE.match(item.id):
                out.append(error(src.at("id"), "bad-id", f"任务 id“{item.id}”含有不允许的字符",
                                 f"task id '{item.id}' has characters that are not allowed"))
            if item.id in seen:
                first = seen[item.id]
                out.append(error(src.at("id"), "duplicate-id",
                                 f"{_KIND_ZH[kind]} id“{item.id}”重复（第一次在第 {first.line} 行）",
                                 f"duplicate {kind} id '{item.id}' (first on line {first.line})"))
            else:
                seen[item.id] = src
    return out


_KIND_ZH = {"task": "任务", "goal": "目标", "phase": "阶段"}


def check_task_fields(f: Loaded, ctx: Context) -> list[Problem]:
    plan = f.plan
    assert plan is not None
    out = []
    for t in plan.tasks:
        if (t.title and t.status in _STATUS_SET and not t.units
                and (t.progress is None or 0 <= t.progress <= 100)
                and not (t.start and t.due and t.start > t.due)
                and (t.status != "verified" or t.verified_by)):
            continue  # the usual task: none of the problems below (checked in one go)
        src = t.source or Source(f.path)
        if not t.title:
            out.append(error(src, "missing-title", f"任务 {t.id} 缺少 title", f"task {t.id} has no title"))
        if t.status not in STATUS_KEYS:
            out.append(_unknown_status(src.at("status"), t.status))
        for us in t.units:
            if us.status is not None and us.status not in STATUS_KEYS:
                out.append(_unknown_status((us.source or src).at("status"), us.status))
        if t.progress is not None and not 0 <= t.progress <= 100:
            out.append(error(src.at("progress"), "progress-range",
                             f"进度 {t.progress} 超出 0–100", f"progress {t.progress} is outside 0–100"))
        if t.start and t.due and t.start > t.due:
            out.append(error(src.at("start"), "start-after-due",
                             f"开始日期 {t.start} 晚于截止日期 {t.due}",
                             f"start {t.start} is after due {t.due}"))
        if t.status == "verified" and not t.verified_by:
            out.append(error(src.at("status"), "verified-without-reviewer",
                             f"任务 {t.id} 已销号但没有写 verified_by（谁验收销号）",
                             f"task {t.id} is verified but has no verified_by"))
    for p in plan.phases:
        if p.start and p.end and p.start > p.end:
            src = p.source or Source(f.path)
            out.append(error(src.at("start"), "start-after-end",
                             f"阶段 {p.id} 的开始日期 {p.start} 晚于结束日期 {p.end}",
                             f"phase {p.id} starts {p.start}, after its end {p.end}"))
    return out


_STATUS_SET = frozenset(STATUS_KEYS)
# names Windows keeps for devices, with any extension: a plans/aux.yaml made elsewhere cannot be
# checked out there
_WINDOWS_DEVICES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                              *(f"lpt{i}" for i in range(1, 10))})
# what Explorer, Finder and WPS put after a copied file's name: " - 副本", " - Copy (2)", " (2)", "副本"
_COPY_TAIL = re.compile(r"\s*(?:-\s*)?(?:副本|copy|Copy)?\s*(?:\(\d+\)|（\d+）)?")


def _unknown_status(src: Source, status: str) -> Problem:
    import difflib  # only for a status to correct

    # what the word means first (已完成, finished: done), then the key it is a slip of
    meant = meant_status(status) or next(iter(difflib.get_close_matches(status, STATUS_KEYS, n=1, cutoff=0.5)), None)
    hint_zh = f"；是不是“{meant}”？" if meant else ""
    hint_en = f"; did you mean '{meant}'?" if meant else ""
    keys_zh = "、".join(f"{k}（{DEFAULT_LABELS_ZH[k]}）" for k in STATUS_KEYS)
    return error(src, "unknown-status",
                 f"未知状态“{status}”（状态写代码，可用：{keys_zh}）{hint_zh}",
                 f"unknown status '{status}' (use {', '.join(STATUS_KEYS)}){hint_en}")


def check_references(f: Loaded, ctx: Context) -> list[Problem]:
    plan = f.plan
    assert plan is not None
    phases = {p.id for p in plan.phases}
    tasks = {t.id for t in plan.tasks}
    out = []
    for t in plan.tasks:
        src = t.source or Source(f.path)
        if t.phase and t.phase not in phases:
            out.append(error(src.at("phase"), "dangling-phase",
                             f"任务 {t.id} 引用了不存在的阶段“{t.phase}”",
                             f"task {t.id} refers to unknown phase '{t.phase}'"))
        for dep in t.depends_on:
            if dep not in tasks:
                out.append(error(src.at("depends_on"), "dangling-dependency",
                                 f"任务 {t.id} 依赖不存在的任务“{dep}”",
                                 f"task {t.id} depends on unknown task '{dep}'"))
    return out


def check_cycles(f: Loaded, ctx: Context) -> list[Problem]:
    plan = f.plan
    assert plan is not None
    if not any(t.depends_on for t in plan.tasks):
        return []  # no edges, no cycle (most plans: skips building the graph)
    graph = {t.id: [d for d in t.depends_on] for t in plan.tasks}
    by_id = {t.id: t for t in plan.tasks}
    state: dict[str, int] = {}
    out = []
    reported: set[frozenset[str]] = set()

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        path.append(node)
        for nxt in graph.get(node, ()):
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt):] + [nxt]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    src = (by_id[nxt].source or Source(f.path)).at("depends_on")
                    chain = " → ".join(cycle)
                    out.append(error(src, "dependency-cycle", f"任务依赖成环：{chain}",
                                     f"dependency cycle: {chain}"))
            elif nxt in graph and state.get(nxt) is None:
                visit(nxt, path)
        path.pop()
        state[node] = 2

    for node in graph:
        if state.get(node) is None:
            visit(node, [])
    return out


def check_units(f: Loaded, ctx: Context) -> list[Problem]:
    plan = f.plan
    assert plan is not None
    if not ctx.units.directory.units:
        return []  # no units.yaml content: nothing to compare against
    out = []
    known = ctx.units.known
    # the same few (lead, owners, support) lists recur on every task: look each up once
    all_known: dict[tuple[tuple[str, ...], ...], bool] = {}
    for t in plan.tasks:
        lists = (t.lead, t.owners, t.support)
        ok = all_known.get(lists)
        if ok is None:
            ok = all_known[lists] = all(known(n) for names in lists for n in names)
        if ok and (not t.units or all(known(u.unit) for u in t.units)):
            continue  # nothing to report on this task
        src = t.source or Source(f.path)
        for key, names in (("lead", t.lead), ("owners", t.owners), ("support", t.support),
                           ("units", tuple(u.unit for u in t.units))):
            for name in names:
                if not ctx.units.known(name):
                    out.append(_unknown_unit(src.at(key), name, ctx.units))
    for name in plan.lead:
        if not ctx.units.known(name):
            out.append(_unknown_unit((plan.source or Source(f.path)).at("lead"), name, ctx.units))
    for t in plan.tasks:
        if t.units:
            out.extend(_unit_entries_not_named(t, f.path, ctx.units))
    return out


def _unit_entries_not_named(t: Task, path: str, units: Units) -> list[Problem]:
    """A `units:` entry for a unit the task no longer names (directly or through a group): it
    no longer counts in accountability, so say so."""
    named = set(units.expand((*t.lead, *t.owners, *t.support)))
    out = []
    for us in t.units:
        if units.canonical(us.unit) not in named and us.unit not in named:
            src = us.source or t.source or Source(path)
            out.append(warning(src, "unit-entry-not-named",
                               f"任务 {t.id} 的 units 中有“{us.unit}”，但它已不在牵头、责任或配合单位中（不再计入统计）",
                               f"task {t.id} has a units entry for '{us.unit}', which is no longer "
                               "a lead, owner or support unit (no longer counted)"))
    return out


def _unknown_unit(src: Source, name: str, units: Units) -> Problem:
    close = units.suggest(name)
    hint_zh = f"；是不是“{close}”？" if close else ""
    hint_en = f"; did you mean '{close}'?" if close else ""
    return warning(src, "unknown-unit", f"单位“{name}”不在 units.yaml 中{hint_zh}",
                   f"unit '{name}' is not in units.yaml{hint_en}")


def check_due_text(f: Loaded, ctx: Context) -> list[Problem]:
    """A due_text that names a day other than `due` (a hand edit changed one of them): the file
    says two things. Wording that names no fixed day (春节前, 下周五, 20日前) is not compared."""
    plan = f.plan
    assert plan is not None
    out = []
    for t in plan.tasks:
        year = plan.year or (t.due.year if t.due else None)
        if not t.due_text or year is None:
            continue
        if t.due and t.due.year == year and t.due_text == f"{t.due.month}月{t.due.day}日前":
            continue  # the commonest wording, read without the date parser (10,000 tasks: 20 ms)
        named = _named_day(t.due_text, year)
        if named == t.due:
            continue
        src = (t.source or Source(f.path)).at("due_text")
        if t.due is None and named != "impossible" and _unreadable_due(f, t):
            continue  # `due` holds no real date: its own error says so; it is not empty
        if named == "impossible":
            out.append(warning(src, "due-text-mismatch", f"due_text“{t.due_text}”不是存在的日期",
                               f"due_text '{t.due_text}' names no real date"))
        elif named is not None:
            due_zh, due_en = (t.due.isoformat(), t.due.isoformat()) if t.due else ("空", "empty")
            out.append(warning(src, "due-text-mismatch",
                               f"due_text“{t.due_text}”说的是 {named}，而 due 是 {due_zh}",
                               f"due_text '{t.due_text}' names {named}, but due is {due_en}"))
    return out


def _unreadable_due(f: Loaded, t: Task) -> bool:
    """Does the task's `due` hold a value that could not be read (an error at that spot)?"""
    if t.source is None or "due" not in t.source.fields.split("\0")[0::3]:
        return False
    at = t.source.at("due")
    return any(p.is_error and p.source.line == at.line and p.source.col == at.col
               for p in f.problems)


@lru_cache(maxsize=4096)  # the same few wordings recur across tasks and plans
def _named_day(text: str, year: int) -> dt.date | str | None:
    from tracker.dates import DateError, parse_deadline

    try:
        return parse_deadline(text, year=year).due
    except DateError:
        return "impossible"


PlanCheck = Callable[["Loaded", Context], list[Problem]]
# Run order: the file's own shape first, then its references, then the outside world.
def check_conflicts(f: Loaded, ctx: Context) -> list[Problem]:
    """Merge conflicts recorded by the merge driver stay errors until a person resolves them."""
    assert f.plan is not None
    out = []
    owners = [(f.plan.id, f.plan.conflicts)] + [(f"{f.plan.id}/{t.id}", t.conflicts)
                                                 for t in f.plan.tasks if t.conflicts]
    for where, conflicts in owners:
        for c in conflicts:
            by_zh = f"（{c.theirs_by}）" if c.theirs_by else ""
            by_en = f" ({c.theirs_by})" if c.theirs_by else ""
            kept = kept_or_deleted(c.field, c.ours, c.theirs)
            if kept is not None:
                out.append(error(c.source or Source(f.path), "merge-conflict",
                                 f"{where} 合并冲突未解决：{kept[0]}{by_zh}；{kept[1]}",
                                 f"{where} unresolved merge conflict: {kept[2]}{by_en}; {kept[3]}"))
                continue
            out.append(error(c.source or Source(f.path), "merge-conflict",
                             f"{where} 合并冲突未解决：{c.field} 本方为“{c.ours}”，对方为“{c.theirs}”"
                             f"{by_zh}；改成正确的值后删除这条 conflict",
                             f"{where} unresolved merge conflict: {c.field} ours '{c.ours}', theirs "
                             f"'{c.theirs}'{by_en}; set the right value and delete this conflict entry"))
    return out


def kept_or_deleted(field: str, ours: object, theirs: object) -> tuple[str, str, str, str] | None:
    """A task one side deleted and the other changed (the merge driver keeps it, flagged), in
    words: (what happened, what to do) in Chinese, then in English."""
    if field != "task" or {ours, theirs} != {"changed", "removed"}:
        return None
    if ours == "removed":
        return ("本方删除了这项任务，对方修改了它（已按对方的版本保留）",
                "要删除就删去整项任务，要保留就删除这条 conflict",
                "we deleted this task and they changed it (kept, as their version)",
                "to delete it remove the whole task; to keep it delete this conflict entry")
    return ("本方修改了这项任务，对方删除了它（已按本方的版本保留）",
            "要删除就删去整项任务，要保留就删除这条 conflict",
            "we changed this task and they deleted it (kept, as our version)",
            "to delete it remove the whole task; to keep it delete this conflict entry")


PLAN_CHECKS: tuple[PlanCheck, ...] = (
    check_unknown_keys,
    check_plan_fields,
    check_ids,
    check_task_fields,
    check_references,
    check_due_text,
    check_cycles,
    check_units,
    check_conflicts,
)


# The checks that report warnings only (tests hold them to it). An edit is refused for the
# errors it adds, so it leaves these out: check_due_text reads deadline wording, which loads
# the date parser and the holiday calendar (~25 ms) on every edit of a plan that has any.
WARNING_CHECKS: frozenset[PlanCheck] = frozenset({check_unknown_keys, check_units, check_due_text})


def check_plan_ids_unique(files: Sequence[Loaded]) -> list[Problem]:
    seen: dict[str, str] = {}
    out = []
    # the file named for the id holds it; the error goes on the other (a copy beside it)
    for f in sorted(files, key=lambda f: f.plan is None or f.path != f"plans/{f.plan.id}.yaml"):
        if f.plan is None or not f.plan.id:
            continue
        if f.plan.id in seen:
            src = (f.plan.source or Source(f.path)).at("id")
            out.append(error(src, "duplicate-plan-id",
                             f"计划 id“{f.plan.id}”与 {seen[f.plan.id]} 重复",
                             f"plan id '{f.plan.id}' is also used by {seen[f.plan.id]}"))
        else:
            seen[f.plan.id] = f.path
    return out


def run_checks(files: Sequence[Loaded], units: Units, extra: Iterable[Problem] = (),
               errors_only: bool = False) -> list[Problem]:
    """Every problem in every file, sorted by place; broken files never stop the others.
    `errors_only`: the errors alone (the checks that only warn are not run)."""
    ctx = context(units)
    plan_checks = [c for c in PLAN_CHECKS if c not in WARNING_CHECKS] if errors_only else PLAN_CHECKS
    problems = combined((file_problems(f, ctx, plan_checks) for f in files), files, extra)
    if errors_only:
        problems = [p for p in problems if p.is_error]
    return problems


def context(units: Units) -> Context:
    return Context(units, {"plan": PLAN_KEYS, "task": TASK_KEYS, "goal": GOAL_KEYS,
                           "phase": PHASE_KEYS})


def file_problems(f: Loaded, ctx: Context,
                  plan_checks: Sequence[PlanCheck] = PLAN_CHECKS) -> list[Problem]:
    """One file's problems: what reading it met, then each check of its plan. They depend on
    the file and the units alone, so they can be kept per file (store.checkcache)."""
    problems = list(f.problems)
    if f.plan is not None:
        for check in plan_checks:
            problems.extend(check(f, ctx))
    return problems


def combined(per_file: Iterable[Sequence[Problem]], files: Sequence[Loaded],
             extra: Iterable[Problem] = ()) -> list[Problem]:
    """The whole check: `extra` (the settings' own problems), each file's problems in the
    order of `files`, and what no single file shows (two files with one plan id), by place."""
    problems = list(extra)
    for found in per_file:
        problems.extend(found)
    problems.extend(check_plan_ids_unique(files))
    return sorted(problems, key=sort_key)
