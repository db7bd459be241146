"""Report commands: `summary` (工作进展情况, to paste into a document or a chat group, or as a
.docx in the official format) and `export` (the 台账 as CSV, XLSX or JSON). Click is imported
only by `register`: the fast path runs `summary_command` without it."""

from __future__ import annotations

import datetime as dt
import gc
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.cli.env import Env, Failure
from tracker.cli.output import echo
from tracker.model import Plan
from tracker.problems import system_reason
from tracker.reports import render
from tracker.units import named_in

if TYPE_CHECKING:
    import click


def _plans(env: Env, wanted: tuple[str, ...]) -> list[Plan]:
    ws = env.workspace()
    if not wanted:
        return ws.plans
    chosen: list[Plan] = []
    for ref in wanted:
        plan = ws.plan(ref)
        if plan not in chosen:
            chosen.append(plan)
    return chosen


def _current(env: Env, plans: list[Plan], command: str = "summary") -> list[Plan]:
    """The plans of the work at hand; a closed one (last year's, at the year's end) is left out
    of the report, and the clerk is told on stderr, with what it leaves open, and how to ask
    for it, so no unfinished task drops out of sight unsaid."""
    from tracker import query

    kept = query.current(plans)
    for p in plans:
        if p in kept:
            continue
        open_ = sum(not t.is_closed for t in p.tasks)
        left = env.t(f"，尚有{open_}项未完成" if open_ else "", f"; {open_} of its tasks are not "
                     "finished" if open_ else "")
        what_zh, what_en = ("本报告", "this report") if command == "summary" else ("督办单", "the forms")
        env.warn(render.printable(env.t(
            f"注意：{p.title}（{p.id}）已结束，未计入{what_zh}{left}；要看它：tracker {command} --plan {p.id}",
            f"note: {p.title} ({p.id}) is closed and left out of {what_en}{left}; to see it: "
            f"tracker {command} --plan {p.id}")))
    return kept


def _unit(env: Env, name: str | None) -> str | None:
    if not name:
        return None
    ws = env.workspace()
    if not ws.units.known(name):  # a unit a plan names (taken with --new-unit) has its report too
        ws.units.refuse_unknown(name, named_in(ws.plans))
    return ws.units.canonical(name)


def _since(env: Env, value: str | None) -> tuple[dt.date | None, str | None]:
    """--since DATE|REV -> (date, revision or None)."""
    if not value:
        return None, None
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value.strip()) or re.search(r"[年月日]", value):
        from tracker.dates import DateError

        try:
            day = env.past_date(value)
        except DateError as exc:
            raise Failure(exc.message(env.lang)) from None
        if day > env.today:
            raise Failure(env.t(f"--since {day.isoformat()} 在 --today {env.today.isoformat()} 之后：报告期不能从将来开始",
                                f"--since {day.isoformat()} is after --today {env.today.isoformat()}: "
                                "a period cannot start in the future"))
        return day, None
    from tracker.history import git

    root = env.need_root()
    proc = git.run_git(root, "log", "-1", "--format=%cs", value, "--", check=False)
    out = proc.stdout.decode("utf-8", "replace").strip()
    if proc.returncode != 0 or not out:
        raise Failure(env.t(f"--since：“{value}”既不是日期也不是 git 版本",
                            f"--since: '{value}' is neither a date nor a git revision"))
    return dt.date.fromisoformat(out), value


def _period_changes(env: Env, start: dt.date, rev: str | None) -> list[object] | None:
    """The period's task field changes from git history, or None when there is none to read."""
    from tracker.history import git
    from tracker.reports.summary.data import PeriodChange

    root = env.need_root()
    if not git.is_repo(root):
        return None
    try:
        from tracker.history import fieldchanges
    except ImportError:  # the history layer is optional for summaries
        return None
    revs = (f"{rev}..HEAD",) if rev else (f"--since={start.isoformat()} 00:00", "HEAD")
    known = {f.blob: f.plan for f in env.workspace().files if f.plan is not None}
    try:
        commits = fieldchanges.task_field_changes(root, revs, known)
    except git.GitError:
        return None
    reported = _reported_on(root, [c.sha for c, changes in commits
                                   if changes and c.subject.startswith("intake: ")])
    out: list[object] = []
    for commit, changes in commits:
        day = reported.get(commit.sha) or commit.date.date()
        out.extend(PeriodChange(c.ref, c.field, c.old, c.new, day, commit.author) for c in changes)
    return out


def _reported_on(root: Path, shas: list[str]) -> dict[str, dt.date]:
    """sha -> the day a 督办单's reports are dated (its `Reported-on:` trailer), for the intake
    commits that carry one: a late sheet read in on 2 December reports on November, and its
    changes count there. One `git log` over those commits, none when there are none."""
    from tracker.history import git

    if not shas:
        return {}
    proc = git.run_git(root, "log", "--no-walk=unsorted", "--stdin",
                       "--format=%H%x1f%(trailers:key=Reported-on,valueonly,separator=%x2c)",
                       input=("\n".join(shas) + "\n").encode(), check=False)
    out = {}
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        sha, _, value = line.partition("\x1f")
        try:
            out[sha] = dt.date.fromisoformat(value.split(",")[0].strip())
        except ValueError:
            continue
    return out


def _file_notes(env: Env, plans: list[Plan], filtered: bool) -> list[object]:
    from tracker.reports.summary.data import FileNote

    ws = env.workspace()
    errors: dict[str, int] = {}
    for p in ws.problems():
        if p.is_error and p.source.path.startswith("plans/"):
            errors[p.source.path] = errors.get(p.source.path, 0) + 1
    paths = {p.path for p in plans}
    copies = ws.copies()
    notes: list[object] = []
    for f in ws.files:
        if f.path in copies and not filtered:
            notes.append(FileNote(f.path, errors.get(f.path, 0), False, copies[f.path]))
        elif f.path in errors and (not filtered or f.path in paths):
            notes.append(FileNote(f.path, errors[f.path], f.plan is not None))
    return notes


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cycle collector while a report is built.

    Reading the plan and history caches and building a report over 10,000 tasks makes a few
    hundred thousand objects, and no reference cycles among them: refcounting frees them all.
    The collector still walked every one of them, again and again (measured: ~125 collections,
    45 ms of a 0.5 s `tracker summary`). It is switched back on afterwards, so a caller that
    runs commands in its own process (tests, the TUI) keeps its own setting."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def format_for(output: Path | None, formats: dict[str, str], default: str) -> str:
    """The format a file's extension asks for (-o 通报.docx is a Word file), when --format
    does not say: text written into a .docx or CSV into a .xlsx does not open."""
    suffix = output.suffix.lower() if output is not None else ""
    return formats.get(suffix, default)


def refuse_format_the_name_denies(env: Env, fmt: str, output: Path | None) -> None:
    """--format docx or xlsx into a file whose name says otherwise, or another format into a
    .docx or .xlsx: the program the name opens calls the file damaged (form refuses the same)."""
    suffix = output.suffix.lower() if output is not None else ""
    binary = {"docx": ".docx", "xlsx": ".xlsx"}
    if output is None or (binary.get(fmt, suffix) == suffix and
                          (suffix not in binary.values() or binary.get(fmt) == suffix)):
        return
    ext = {**binary, "csv": ".csv", "json": ".json", "markdown": ".md"}.get(fmt, ".txt")
    raise Failure(env.t(f"--format {fmt} 与文件名 {output.name} 不符（打开时会被当作损坏的文件），未写入："
                        f"改用 {output.stem}{ext}，或去掉 --format 按文件名选择格式",
                        f"--format {fmt} does not match the file name {output.name} (it would open "
                        f"as a damaged file); nothing written: name it {output.stem}{ext}, or "
                        "leave out --format to go by the name"))


_SUMMARY_FORMATS = {".docx": "docx", ".md": "markdown", ".markdown": "markdown", ".json": "json"}
_EXPORT_FORMATS = {".xlsx": "xlsx", ".json": "json"}


def summary_command(env: Env, plan: tuple[str, ...], unit: str | None, leader: str | None,
                    period: str, since: str | None, fmt: str | None,
                    output: Path | None = None, issue: str | None = None) -> None:
    if fmt:
        refuse_format_the_name_denies(env, fmt, output)
    fmt = fmt or format_for(output, _SUMMARY_FORMATS, "text")
    if fmt == "docx" and output is None and sys.stdout.isatty():
        raise Failure(env.t("DOCX 是二进制文件，请用 -o 指定文件名，如 -o 进展情况.docx",
                            "DOCX is a binary file: name it with -o, e.g. -o summary.docx"))
    if issue is not None:
        if fmt != "docx":
            raise Failure(env.t("--issue（期号）只用于 Word 通报：请加 --format docx -o 通报.docx",
                                "--issue (the bulletin's number) is for the Word report only: "
                                "add --format docx -o report.docx"))
        if not env.workspace().settings.bulletin:
            raise Failure(env.t("--issue（期号）印在通报的版头上，请先在 tracker.yaml 写上版头，"
                                "如 bulletin: 督查通报",
                                "--issue (the bulletin's number) is printed in the bulletin's head: "
                                "name it in tracker.yaml first, e.g. bulletin: 督查通报"))
    with _no_cyclic_gc():
        _summary(env, plan, unit, leader, period, since, fmt, output, issue)


def _write(env: Env, payload: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
        return
    try:
        output.write_bytes(payload)
    except OSError as exc:
        zh, en = system_reason(exc)
        raise Failure(env.t(f"无法写入 {output}：{zh}", f"cannot write {output}: {en}")) from None


def _summary(env: Env, plan: tuple[str, ...], unit: str | None, leader: str | None,
             period: str, since: str | None, fmt: str, output: Path | None = None,
             issue: str | None = None) -> None:
    from tracker.reports.summary import build as sm
    from tracker.reports.summary import render as summary_render

    ws = env.workspace()
    plans = _plans(env, plan)
    if not plan:
        plans = _current(env, plans)
    unit_name = _unit(env, unit)
    if leader and not any(t.leader and leader in t.leader for p in plans for t in p.tasks):
        known = sorted({t.leader for p in plans for t in p.tasks if t.leader})
        raise Failure(env.t(f"没有责任领导是“{leader}”的任务" + (f"（现有：{'、'.join(known[:10])}）" if known else ""),
                            f"no task has the responsible leader '{leader}'"
                            + (f" (there are: {', '.join(known[:10])})" if known else "")))
    since_date, rev = _since(env, since)
    start = since_date or sm.period_of(period, env.today).start
    changes = _period_changes(env, start, rev)
    notes = _file_notes(env, plans, bool(plan))
    if fmt in ("text", "markdown") and unit_name is None and not leader:
        # the whole office's report, each plan's part kept written out between runs
        from tracker.reports.summary import sharecache

        result = sharecache.summary(
            [(f.path, f.blob, p) for f, p in zip(ws.loaded_for(plans), plans, strict=True)],
            ws.units, ws.settings, env.today,
            period=period, since=since_date, changes=changes,  # type: ignore[arg-type]
            files=notes, lang=env.lang, markdown=fmt == "markdown",  # type: ignore[arg-type]
            cache_dir=ws.cache_dir)
    else:
        result = sm.summarize(plans, ws.units, ws.settings, env.today, period=period,
                              since=since_date, unit=unit_name, leader=leader,
                              changes=changes, files=notes)  # type: ignore[arg-type]
    if fmt == "docx":
        from tracker.reports.summary import blocks, docx

        _write(env, docx.document(blocks.blocks(result, ws.settings, env.lang, ws.settings.office,
                                                issue), env.lang), output)
        if output is not None:
            env.warn(env.t(f"已写入 {output}", f"written to {output}"))
        return
    if fmt == "json":
        from tracker.reports.summary import jsonform

        text = render.to_json(jsonform.data(result, ws.settings, env.lang)) + "\n"
    else:
        text = summary_render.text(result, ws.settings, env.lang, markdown=fmt == "markdown")
    if output is not None:
        _write(env, text.encode("utf-8"), output)
    elif fmt == "json":
        env.say(text.rstrip("\n"))
    else:
        echo(text, nl=False)


def export_command(env: Env, fmt: str | None, output: Path | None, by_unit: bool,
                   plan: tuple[str, ...]) -> None:
    if fmt:
        refuse_format_the_name_denies(env, fmt, output)
    fmt = fmt or format_for(output, _EXPORT_FORMATS, "csv")
    with _no_cyclic_gc():
        _export(env, fmt, output, by_unit, plan)


def _export(env: Env, fmt: str, output: Path | None, by_unit: bool, plan: tuple[str, ...]) -> None:
    from tracker.reports import ledger

    ws = env.workspace()
    table = ledger.ledger(_plans(env, plan), ws.units, ws.settings, env.today, env.lang,
                                 by_unit=by_unit)
    if fmt == "csv":
        payload = ledger.csv_bytes(table)
    elif fmt == "json":
        payload = ledger.json_bytes(table)
    else:
        if output is None and sys.stdout.isatty():
            raise Failure(env.t("XLSX 是二进制文件，请用 -o 指定文件名，如 -o 台账.xlsx",
                                "XLSX is a binary file: name it with -o, e.g. -o ledger.xlsx"))
        payload = ledger.xlsx_bytes(table, env.t("台账", "Ledger"))
    env.warn_skipped()
    _write(env, payload, output)
    if output is None:
        return
    env.warn(env.t(f"已导出 {len(table.rows)} 行到 {output}",
                   f"exported {len(table.rows)} rows to {output}"))


def register(group: click.Group) -> None:
    """The click commands; the bodies above do not need click (the fast path calls
    `summary_command` itself)."""
    import click

    from tracker.cli.base import pass_env

    @group.command()
    @click.option("--plan", "plan", multiple=True, metavar="PLAN", help="Only this plan (repeatable).")
    @click.option("--unit", metavar="UNIT", help="One unit's own report (its groups included).")
    @click.option("--leader", metavar="NAME", help="Only tasks of this responsible leader.")
    @click.option("--period", type=click.Choice(["week", "month", "quarter"]), default="month",
                  show_default=True, help="The reporting period containing --today.")
    @click.option("--since", metavar="DATE|REV",
                  help="Start the period here: a date, or a git revision (its commit date).")
    @click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json", "docx"]),
                  help="Output format (default: from the -o file's extension, else text); docx is a "
                  "Word document in the official format.")
    @click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                  help="Write to this file (default: standard output; docx needs it on a terminal).")
    @click.option("--issue", metavar="N",
                  help="The bulletin's number (第N期) in the Word report's head (tracker.yaml: bulletin).")
    @pass_env
    def summary(env: Env, plan: tuple[str, ...], unit: str | None, leader: str | None,
                period: str, since: str | None, fmt: str | None, output: Path | None,
                issue: str | None) -> None:
        """Progress summary (工作进展情况) as of --today, to paste into a report or a chat group,
        or as a Word document in the official format (--format docx -o FILE)."""
        summary_command(env, plan, unit, leader, period, since, fmt, output, issue)

    @group.command()
    @click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]),
                  help="Output format (default: from the -o file's extension, else csv).")
    @click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                  help="Write to this file (default: standard output).")
    @click.option("--by-unit", is_flag=True,
                  help="One row per member unit for tasks owned by a group.")
    @click.option("--plan", "plan", multiple=True, metavar="PLAN", help="Only this plan (repeatable).")
    @pass_env
    def export(env: Env, fmt: str | None, output: Path | None, by_unit: bool,
               plan: tuple[str, ...]) -> None:
        """Export the ledger (台账): one row per task, as CSV (UTF-8 with BOM), XLSX or JSON."""
        export_command(env, fmt, output, by_unit, plan)
