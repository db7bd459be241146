"""History commands: log, diff, commit, undo, baseline, sync, and the hidden merge-driver.

They read git history as field-level changes (`history.walk`, `history.changes`) and print them in the
user's language; every git process goes through `tracker.history.git.run_git`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from tracker.cli.base import Env, Failure, pass_env
from tracker.history import git
from tracker.history.changes import Change
from tracker.reports import render
from tracker.units import named_in

if TYPE_CHECKING:
    from tracker.history import walk
    from tracker.problems import Problem

FIELD_LABELS = {
    "title": ("标题", "title"), "status": ("状态", "status"), "due": ("截止", "due"),
    "start": ("开始", "start"), "progress": ("进度", "progress"), "lead": ("牵头单位", "lead"),
    "owners": ("责任单位", "owners"), "support": ("配合单位", "support"),
    "leader": ("责任领导", "leader"), "phase": ("阶段", "phase"),
    "verified_by": ("验收", "verified by"), "evidence": ("佐证材料", "evidence"),
    "depends_on": ("依赖", "depends on"), "section": ("章节", "section"),
    "detail": ("内容", "detail"), "updates": ("进展", "update"), "text": ("内容", "text"),
    "target": ("目标值", "target"), "unit": ("计量单位", "unit"), "current": ("当前值", "current"),
    "end": ("结束", "end"), "issuer": ("印发单位", "issuer"), "year": ("年度", "year"),
    "id": ("编号", "id"),
}
ITEM_LABELS = {"task": ("任务", "task"), "goal": ("目标", "goal"), "phase": ("阶段", "phase"),
               "plan": ("计划", "plan"), "unit": ("单位", "unit"), "group": ("分组", "group"),
               "person": ("人员", "person")}
# units.yaml's fields (history/units_log.py), by scope: a person's unit is no goal's 计量单位
SCOPED_LABELS = {("unit", "aliases"): ("别名", "aliases"), ("group", "members"): ("分组成员", "members"),
                 ("person", "unit"): ("所在单位", "unit")}


def field_label(env: Env, c: Change) -> str:
    if c.field.startswith("units."):
        unit = c.field[6:]
        if unit.endswith(".note"):
            return env.t(f"{unit[:-5]} 备注", f"{unit[:-5]} note")
        return env.t(f"{unit} 状态", f"{unit} status")
    zh, en = SCOPED_LABELS.get((c.scope, c.field)) or FIELD_LABELS.get(c.field, (c.field, c.field))
    if c.scope == "plan" and c.field in ("title", "status", "lead"):
        zh, en = "计划" + zh, "plan " + en
    return env.t(zh, en)


def value_text(env: Env, c: Change, value: object) -> str:
    if value is None or value == ():
        return "∅"
    if c.field == "status" or (c.field.startswith("units.") and not c.field.endswith(".note")):
        return env.workspace().settings.label(str(value), env.lang) if env.root else str(value)
    if c.field == "progress":
        return f"{value}%"
    if isinstance(value, tuple):
        return render.names([str(v) for v in value])
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def describe(env: Env, c: Change) -> str:
    """One change as words: `状态：推进中 → 已完成`, `新增任务：…`, `责任单位：+城关镇 −河西乡`."""
    item_zh, item_en = ITEM_LABELS.get(c.scope, (c.scope, c.scope))
    if c.op == "broken":
        return env.t("文件无法读取（YAML 错误）", "file cannot be read (YAML error)")
    if c.op == "too-large":
        from tracker.store import yamlsafe

        return env.t(f"文件超过 {yamlsafe.MAX_FILE_BYTES // 1024 // 1024} MB 上限，这一版本未读取",
                     f"file over the {yamlsafe.MAX_FILE_BYTES // 1024 // 1024} MB limit; this "
                     "version was not read")
    if c.op == "repaired":
        return env.t("文件已修复，可以读取", "file readable again")
    if c.op == "merged":
        plans = render.names([str(p) for p in c.new]) if isinstance(c.new, tuple) else c.plan
        return env.t(f"合并（{plans}）：两边的修改各自列出，合并时未改动任何值",
                     f"merge ({plans}): each side's changes are listed under their own commits; "
                     "the merge decided no value")
    if c.op == "reworded":
        return env.t("改动了文字（注释、格式或写法），未改动任何值",
                     "text changed (comments, layout or wording); no value changed")
    if c.op == "history-start":
        return env.t(f"历史从此开始（浅克隆，更早的记录不在本地）：{c.new}",
                     f"history starts here (a shallow clone; earlier commits are not in this "
                     f"copy): {c.new}")
    if c.field == "":
        verb = env.t(f"新增{item_zh}", f"added {item_en}") if c.op == "added" else \
            env.t(f"删除{item_zh}", f"removed {item_en}")
        return f"{verb}：{c.new if c.op == 'added' else c.old}" if env.lang == "zh" else \
            f"{verb}: {c.new if c.op == 'added' else c.old}"
    label = field_label(env, c)
    sep = "：" if env.lang == "zh" else ": "
    if c.scope == "unit" and c.field == "name" and c.plan == "units.yaml":
        return env.t(f"更名：{c.old} → {c.new}（原名留作别名）",
                     f"renamed: {c.old} → {c.new} (the old name kept as an alias)")
    if c.field == "conflict":
        k = c.new if c.op == "added" else c.old
        field = field_label(env, Change(c.plan, c.scope, c.item, str(getattr(k, "field", "")),
                                        "changed"))
        ours, theirs, who = (getattr(k, "ours", ""), getattr(k, "theirs", ""),
                             getattr(k, "theirs_by", None))
        from tracker.checks import kept_or_deleted

        kept = kept_or_deleted(str(getattr(k, "field", "")), ours, theirs)
        if c.op == "added" and kept is not None:  # a task deleted on one side, changed on the other
            return env.t(f"合并冲突：{kept[0]}" + (f"（{who}）" if who else ""),
                         f"merge conflict: {kept[2]}" + (f" ({who})" if who else ""))
        if c.op == "added":
            return env.t(f"合并冲突：{field} 本方“{ours}”，对方“{theirs}”" + (f"（{who}）" if who else ""),
                         f"merge conflict: {field} ours '{ours}', theirs '{theirs}'"
                         + (f" ({who})" if who else ""))
        return env.t(f"合并冲突已解决：{field}", f"merge conflict resolved: {field}")
    if c.field == "updates":
        u = c.new if c.op == "added" else c.old
        unit = getattr(u, "unit", None)
        who = " ".join(str(x) for x in (getattr(u, "date", None), getattr(u, "by", None),
                                         unit and f"[{unit}]") if x)
        verb = env.t("新增进展", "new update") if c.op == "added" else env.t("删除进展", "removed update")
        return f"{verb}{sep}{who}{sep if who else ''}{getattr(u, 'text', '')}"
    if isinstance(c.old, tuple) or isinstance(c.new, tuple):
        old: tuple[object, ...] = tuple(c.old or ())  # type: ignore[arg-type]
        new: tuple[object, ...] = tuple(c.new or ())  # type: ignore[arg-type]
        plus = [f"+{n}" for n in new if n not in old]
        minus = [f"−{n}" for n in old if n not in new]
        if plus or minus:
            return f"{label}{sep}{' '.join(plus + minus)}"
    text = f"{label}{sep}{value_text(env, c, c.old)} → {value_text(env, c, c.new)}"
    if c.extension:
        text += env.t(f"（延期第{c.extension}次）", f" (extension {c.extension})")
    return text


def change_json(env: Env, c: Change) -> dict[str, object]:
    def plain(v: object) -> object:
        if hasattr(v, "text") and hasattr(v, "date"):
            return {"date": v.date, "by": v.by, "unit": v.unit, "text": v.text}  # type: ignore[attr-defined]
        return v

    return {"plan": c.plan, "scope": c.scope, "item": c.item, "ref": c.ref, "field": c.field,
            "op": c.op, "old": plain(c.old), "new": plain(c.new), "extension": c.extension,
            "text": describe(env, c)}


# ---------------------------------------------------------------- log


def _rev_set(env: Env, *revs: str) -> set[str]:
    proc = git.run_git(env.need_root(), "rev-list", *revs, "--", check=False)
    if proc.returncode != 0:
        raise Failure(env.t(f"无法识别的版本：{' '.join(revs)}", f"unknown revision: {' '.join(revs)}"))
    return set(proc.stdout.decode().split())


def _date_or_rev(env: Env, value: str, end: bool = False) -> dt.date | str:
    """--since (the first day of a month named alone) or --until (`end`: its last day)."""
    from tracker.dates import DateError

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    proc = git.run_git(env.need_root(), "rev-parse", "--verify", "-q", value + "^{commit}",
                           check=False)
    if proc.returncode == 0:
        return proc.stdout.decode().strip()
    try:
        return env.past_date(value, end)
    except DateError as exc:
        if exc.kind == "impossible":  # 2026-02-29: a date, one that does not exist
            raise Failure(exc.message(env.lang)) from None
        raise Failure(env.t(f"“{value}”既不是日期也不是 git 版本",
                            f"'{value}' is neither a date nor a revision")) from None


def _target(env: Env, ref: str | None) -> tuple[str | None, str | None, tuple[str, ...]]:
    """REF|PLAN -> (plan id, item id, git revs)."""
    if not ref:
        return None, None, ("HEAD",)
    plan_ids = {p.id for p in env.workspace().plans}
    if ref in plan_ids:
        return ref, None, ("HEAD",)
    if "/" in ref and ref.rsplit("/", 1)[0] in plan_ids:
        plan_id, item = ref.rsplit("/", 1)
        return plan_id, item, ("HEAD",)
    if any(t.id == ref for p in env.workspace().plans for t in p.tasks):
        return None, ref, ("HEAD",)
    if ref.endswith(".yaml"):  # the plan's file, as check names it or the folder shows it
        return env.workspace().plan(ref).id, None, ("HEAD",)
    # --revs-only: a revision or a range; a file name is none (git would take it for a path)
    proc = git.run_git(env.need_root(), "rev-parse", "-q", "--revs-only", ref, check=False)
    if proc.returncode == 0 and proc.stdout.strip():
        return None, None, (ref,)
    raise Failure(env.t(f"“{ref}”不是计划、任务或 git 版本", f"'{ref}' is not a plan, a task or a revision"))


def need_git(env: Env) -> Path:
    root = env.need_root()
    if not git.is_repo(root):
        raise Failure(env.t("此仓库还没有 git：运行 git init", "this repository has no git yet: run git init"))
    return root


@click.command(name="log")
@click.argument("ref", required=False)
@click.option("--unit", help="Only tasks this unit leads, owns or supports.")
@click.option("--author", metavar="NAME", help="Only commits whose author's name contains NAME.")
@click.option("--since", help="From this date (YYYY-MM-DD, 5月1日) or after this revision.")
@click.option("--until", help="Up to this date or revision.")
@click.option("--since-baseline", is_flag=True, help="Due, owner and scope changes since the baseline.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_env
def log_cmd(env: Env, ref: str | None, unit: str | None, author: str | None, since: str | None,
            until: str | None, since_baseline: bool, fmt: str) -> None:
    """The audit trail: who changed which field of which task, newest first."""
    from tracker.history import baseline, units_log, walk
    from tracker.history.changes import since_baseline as baseline_filter

    root = need_git(env)
    if _by_on_command_line(env) and not author:
        env.warn(env.t(f"注意：--by 表示以“{env.by}”的名义操作，不筛选记录；按作者筛选请用 --author {env.by}",
                       f"note: --by means acting as '{env.by}', not a filter; to filter by author "
                       f"use --author {env.by}"))
    from tracker.store.paths import typed_path

    units_only = ref is not None and typed_path(ref) == units_log.FILE  # also `.\units.yaml`
    plan_id, item, revs = _target(env, None if units_only else ref)
    entries = [] if units_only else walk.walk(root, revs)
    if plan_id and item and ref:
        _refuse_unknown_item(env, ref, plan_id, item, entries)
    keep_shas: set[str] | None = None
    after_date = before_date = None
    for value, is_since in ((since, True), (until, False)):
        if value is None:
            continue
        parsed = _date_or_rev(env, value, end=not is_since)
        if isinstance(parsed, str):
            shas = _rev_set(env, f"{parsed}..HEAD") if is_since else _rev_set(env, parsed)
            keep_shas = shas if keep_shas is None else keep_shas & shas
        elif is_since:
            after_date = parsed
        else:
            before_date = parsed
    excluded = baseline.commits_before(root) if since_baseline else {}
    if since_baseline and not excluded:
        raise Failure(env.t("还没有基线：先运行 tracker baseline", "no baseline yet: run tracker baseline"))
    ws = env.workspace()
    if unit and not ws.units.known(unit):  # a typo is refused as `summary --unit` refuses it
        ws.units.refuse_unknown(unit, {n for e in entries for c in e.changes for n in c.units}
                                | named_in(ws.plans))
    if not plan_id and not item and not since_baseline:
        entries = units_log.beside(root, revs, entries)  # units.yaml's changes, in commit order
    rows: list[tuple[walk.Entry, Change]] = []
    for e in reversed(entries):  # newest first; a commit's own changes in file order
        if keep_shas is not None and e.commit.sha not in keep_shas:
            continue
        day = e.commit.date.date()
        if (after_date and day < after_date) or (before_date and day > before_date):
            continue
        if author and author not in e.commit.author:
            continue
        changes = baseline_filter(e.changes) if since_baseline else list(e.changes)
        for c in changes:
            if plan_id and c.plan != plan_id or item and c.item != item:
                continue
            if unit and (c.scope != "task" or not ws.units.matches(unit, c.units)):
                continue
            if since_baseline and (c.plan not in excluded or e.commit.sha in excluded[c.plan]):
                continue
            rows.append((e, c))
    if fmt == "json":
        env.say(render.to_json([{"date": e.commit.date.isoformat(), "author": e.commit.author,
                                 "commit": e.commit.short, "subject": e.commit.subject,
                                 "tool": e.commit.by_tool, **change_json(env, c)} for e, c in rows]))
        return
    for e, c in rows:
        env.say(render.printable(f"{e.commit.date.date()} {e.commit.author} {e.commit.short} "
                                 f"{c.ref} {describe(env, c)}"))
    if not rows:
        env.warn(env.t("没有符合条件的变更", "no matching changes"))


def _refuse_unknown_item(env: Env, ref: str, plan_id: str, item: str,
                         entries: list[walk.Entry]) -> None:
    """`log 计划/t3` for an item that neither the plan nor any version of it in the history
    has is a typo, not a task nobody changed: refused as show refuses it, with the one meant."""
    plan = env.workspace().plan(plan_id)
    if item in {t.id for t in plan.tasks} | {g.id for g in plan.goals} | {p.id for p in plan.phases}:
        return
    if any(c.plan == plan_id and c.item == item for e in entries for c in e.changes):
        return  # a task deleted since: its history is what was asked for
    env.workspace().find(ref)  # raises, naming the task meant when there is one


def _by_on_command_line(env: Env) -> str | None:
    """The global --by as typed on the command line (not TRACKER_USER): `tracker log --by 张三`
    reaches us hoisted, and once meant a filter, which is --author now."""
    parent = click.get_current_context().parent
    if parent is None:
        return None
    source = parent.get_parameter_source("by")
    return env.by if source is click.core.ParameterSource.COMMANDLINE else None


# ---------------------------------------------------------------- diff


@click.command(name="diff")
@click.argument("rev", required=False)
@click.argument("rev2", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_env
def diff_cmd(env: Env, rev: str | None, rev2: str | None, fmt: str) -> None:
    """Field-level changes between two revisions, or from REV (default HEAD) to the working
    tree; `tracker diff baseline [PLAN]` lists what changed since the plan was issued."""
    from tracker.history import baseline, walk
    from tracker.history.changes import since_baseline

    root = need_git(env)
    if rev == "baseline":
        changes = baseline.changes_since(root, rev2)
        if changes is None:
            raise Failure(env.t("还没有基线：先运行 tracker baseline", "no baseline yet: run tracker baseline"))
        changes = since_baseline(changes)
    else:
        base = _commit_or_fail(env, rev or "HEAD")
        if rev2:
            old, new = walk.plans_at(root, base), walk.plans_at(root, _commit_or_fail(env, rev2))
        else:
            # the work tree as every command reads it (links refused, unreadable files named);
            # a file that cannot be read now is not "deleted": it is left out, and said so.
            # Only files whose blob differs are read at the revision.
            ws = env.workspace()
            then = walk.blobs_at(root, base)
            now = {f.path: f for f in ws.files}
            differ = {p for p in then.keys() | now.keys()
                      if p not in now or p not in then or now[p].blob != then[p]}
            differ -= set(ws.broken_files())
            old = walk.plans_at(root, base, differ)
            new = {p: now[p].plan for p in differ if p in now}
            env.warn_skipped()
        changes = walk.diff_trees(old, new)
    if fmt == "json":
        env.say(render.to_json([change_json(env, c) for c in changes]))
        return
    for c in changes:
        env.say(render.printable(f"{c.ref} {describe(env, c)}"))
    if not changes:
        if rev != "baseline" and not rev2 and env.workspace().skipped():
            # the plans left out above may have changed: only the others are known unchanged
            env.warn(env.t("其余计划没有变更", "no changes in the other plans"))
        else:
            env.warn(env.t("没有变更", "no changes"))


def _commit_or_fail(env: Env, rev: str) -> str:
    proc = git.run_git(env.need_root(), "rev-parse", "--verify", "-q", rev + "^{commit}",
                           check=False)
    if proc.returncode != 0:
        if rev == "HEAD":
            raise Failure(env.t("仓库还没有任何提交", "the repository has no commits yet"))
        raise Failure(env.t(f"无法识别的版本：{rev}", f"unknown revision: {rev}"))
    return proc.stdout.decode().strip()


# ---------------------------------------------------------------- commit


@click.command(name="commit")
@click.option("-m", "--message", help="Commit message (default: generated from the changes).")
@click.option("--force", is_flag=True, help="Commit even when an edited plan has check errors.")
@pass_env
def commit_cmd(env: Env, message: str | None, force: bool) -> None:
    """Commit hand edits of plans with a message that says what changed."""
    from tracker import handedit

    need_git(env)
    env.commits_saves = True
    try:
        done = handedit.commit(env.workspace(), env.by, message, force)
    except handedit.InvalidHandEdits as exc:
        _refuse_invalid(env, exc.problems)
    if done is None:
        env.say(env.t("计划没有未提交的修改", "no uncommitted plan edits"))
    else:
        env.say(env.t(f"已提交 {done.short}：", f"committed {done.short}: ")
                + render.printable(done.message.splitlines()[0]))
        stray = handedit.not_plans(done.paths)
        if stray:
            names = render.printable("、".join(stray) if env.lang == "zh" else ", ".join(stray))
            env.warn(env.t(f"一并提交了不作为计划读取的文件：{names}（计划文件名须以 .yaml 结尾）",
                           f"also committed, not read as plans: {names} (plan files end in .yaml)"))


def _refuse_invalid(env: Env, errors: list[Problem]) -> NoReturn:
    for p in errors:
        env.warn(render.printable(p.render(env.lang)))
    raise Failure(env.t(f"修改后的计划有 {len(errors)} 个错误，未提交；改正后再提交，或加 --force 强行提交",
                        f"the edited plans have {len(errors)} errors; nothing committed; fix them "
                        "or pass --force"))


def _has_head(root: Path) -> bool:
    return git.run_git(root, "rev-parse", "-q", "--verify", "HEAD", check=False).returncode == 0


# ---------------------------------------------------------------- undo


@click.command(name="undo")
@pass_env
def undo_cmd(env: Env) -> None:
    """Revert the most recent change made by tracker (a new commit; history keeps both)."""
    from tracker.history import undo

    root = need_git(env)
    state = git.state_problem(root)
    if state is not None:
        raise state
    target = undo.last_change(root)
    if target is None:
        raise Failure(env.t("没有可以撤销的 tracker 修改（只撤销在这里做的修改，同步来的不算）",
                            "nothing to undo: no change made by tracker here (changes a sync "
                            "brought in are not undone here)"))
    try:
        with env.workspace().lock():
            done = undo.undo(root, target, env.by, env.verify)
    except undo.UndoError as exc:
        raise Failure(exc.message(env.lang)) from None
    env.say(env.t(f"已撤销 {target.short}：", f"undone {target.short}: ") + render.printable(target.subject))
    if done.kept:
        env.say(env.t(f"{'、'.join(done.kept)} 中未提交的手工修改保留在文件里，未提交",
                      f"the uncommitted hand edit in {', '.join(done.kept)} stays in the file, "
                      "uncommitted"))


# ---------------------------------------------------------------- baseline


@click.command(name="baseline")
@click.argument("plan_id", metavar="[PLAN]", required=False)
@click.option("--name", help="Name of the baseline (default: --today's date).")
@pass_env
def baseline_cmd(env: Env, plan_id: str | None, name: str | None) -> None:
    """Mark plans as issued (印发): later `log --since-baseline` / `diff baseline` compare to it."""
    from tracker.history import baseline

    root = need_git(env)
    ws = env.workspace()
    plans = [ws.plan(plan_id)] if plan_id else ws.plans
    if not plans:
        raise Failure(env.t("没有计划可以设为基线", "no plans to baseline"))
    dirty = set(git.dirty_paths(root, "plans")) & {p.path for p in plans}
    if dirty:
        raise Failure(env.t(f"{'、'.join(sorted(dirty))} 有未提交的修改：先运行 tracker commit",
                            f"{', '.join(sorted(dirty))} has uncommitted edits: run tracker commit first"))
    if not _has_head(root):
        raise Failure(env.t("仓库还没有任何提交", "the repository has no commits yet"))
    name = name or env.today.isoformat()
    bad = git.run_git(root, "check-ref-format", f"refs/tags/baseline/x/{name}", check=False)
    if bad.returncode != 0:
        raise Failure(env.t(f"基线名称“{name}”不能用作 git 标签名", f"'{name}' cannot be a git tag name"))
    taken = [p.id for p in plans if _has_ref(root, f"refs/tags/baseline/{p.id}/{name}")]
    if taken and (plan_id or len(taken) == len(plans)):
        raise Failure(env.t(f"基线 {name} 已存在：{'、'.join(taken)}（用 --name 另取名称）",
                            f"baseline {name} already exists for {', '.join(taken)} (use --name)"))
    if taken:  # all plans asked for: the others still get theirs
        env.warn(env.t(f"基线 {name} 已存在，跳过：{'、'.join(taken)}",
                       f"baseline {name} exists already, skipped: {', '.join(taken)}"))
        plans = [p for p in plans if p.id not in taken]
    if not plan_id:
        env.warn_skipped()  # a plan that cannot be read gets no baseline
    tags = baseline.create_baseline(root, [p.id for p in plans], name, git.identity(root, env.by))
    for tag in tags:
        env.say(env.t(f"已设基线（印发）：{tag}", f"baseline set (issued): {tag}"))


def _has_ref(root: Path, ref: str) -> bool:
    return git.run_git(root, "rev-parse", "-q", "--verify", ref, check=False).returncode == 0


COMMANDS = (log_cmd, diff_cmd, commit_cmd, undo_cmd, baseline_cmd)


def register(group: click.Group) -> None:
    for command in COMMANDS:
        group.add_command(command)
