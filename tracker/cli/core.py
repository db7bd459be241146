"""Core commands: init, check, fmt, schema, list, show (the edit commands are in `editing`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from tracker.cli.base import Env, Failure, cli, pass_env
from tracker.cli.listing import list_command, task_json
from tracker.problems import UserError
from tracker.reports import render

if TYPE_CHECKING:
    from tracker.problems import Problem


@cli.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--year", type=int, help="Default year for plans (default: this year).")
@pass_env
def init(env: Env, directory: Path | None, year: int | None) -> None:
    """Create a data repository: tracker.yaml, units.yaml, plans/ (and git init).

    The language of the new repository is --lang (default zh)."""
    from tracker import repository

    target = (directory or Path.cwd()).resolve()
    created = repository.init(target, language=env.lang, year=year or env.today.year)
    # The files made are committed at once, in a commit of their own: a first sync (or a
    # clone) needs them, and a clerk should never have to type git add and git commit.
    pending = repository.uncommitted_settings(target)
    if created:
        env.say(env.t(f"已创建：{'、'.join(created)}（{target}）", f"created {', '.join(created)} in {target}"))
    elif not pending:
        env.say(env.t(f"{target} 已是 tracker 仓库，未改动", f"{target} is already a tracker repository"))
    try:
        made = repository.commit_made(target, pending, env.by, env.verify)
    except UserError as exc:  # no git identity yet, a hook: the files stay, said how to finish
        env.warn(env.t(f"文件已创建，但还没有提交：{exc.zh}；之后再运行一次 tracker init 即提交",
                       f"the files are made but not committed: {exc.en}; run tracker init again "
                       "afterwards to commit them"))
        raise Failure("", 1) from None
    if made:
        short, files = made
        env.say(env.t(f"已提交 {short}：{'、'.join(files)}", f"committed {short}: {', '.join(files)}"))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_env
def check(env: Env, fmt: str) -> None:
    """Check every plan: problems as path:line:col; exit 1 on any error."""
    env.lists_problems = True
    ws = env.workspace()
    problems = ws.problems()
    if fmt == "json":
        env.say(render.to_json([p.as_json(env.lang) for p in problems]))
    else:
        for p in problems:
            env.say(render.printable(p.render(env.lang)))
        errors = sum(p.is_error for p in problems)
        warnings = len(problems) - errors
        # plan files only: a folder named for the plans it holds unread is not one
        files = sum(1 for f in ws.files if f.path.lower().endswith((".yaml", ".yml")))
        summary = env.t(f"{files} 个计划文件，{errors} 个错误，{warnings} 个警告",
                        f"{files} plan file{'s' * (files != 1)}, {errors} error{'s' * (errors != 1)}, "
                        f"{warnings} warning{'s' * (warnings != 1)}")
        env.warn(summary)
    if any(p.is_error for p in problems):
        raise Failure("", 1) if fmt == "json" else Failure(env.t("检查未通过", "check failed"))


@cli.command()
@click.option("--check", "only_check", is_flag=True, help="Only report files not in canonical style.")
@click.argument("plans", nargs=-1)
@pass_env
def fmt(env: Env, only_check: bool, plans: tuple[str, ...]) -> None:
    """Bring plan files to the canonical style (comments and order kept)."""
    from tracker.store import ondisk, paths

    root = env.need_root()
    files, links = paths.plan_files(root)  # a linked plan is not ours to rewrite
    for problem in links:
        env.warn(render.printable(problem.render(env.lang)))
    if plans:
        wanted = {paths.typed_path(p).removesuffix(".yaml").rsplit("/", 1)[-1]: p for p in plans}
        files = [f for f in files if f.stem in wanted]
        missing = [typed for stem, typed in wanted.items() if stem not in {f.stem for f in files}]
        if missing:  # a name typed wrong would otherwise pass as "in canonical style"
            raise Failure(env.t(f"找不到计划文件：{'、'.join(missing)}（写计划 id 或 plans/ 下的文件名）",
                                f"no such plan file: {', '.join(missing)} (give a plan id or a "
                                "file name in plans/)"))
    changed = []
    skipped = 0
    for path in files:
        try:
            raw = path.read_bytes()
            text, bom = ondisk.read_text(raw)
            new = ondisk.canonical(text)
        except Exception:  # ruamel raises many kinds; a file it cannot read is check's business
            why = _first_error(root, path)
            name = path.relative_to(root)
            env.warn(render.printable(
                env.t(f"{name}: 无法读取，跳过（运行 tracker check 查看）", f"{name}: cannot be read, "
                      "skipped (see tracker check)") if why is None else
                env.t(f"无法读取，跳过：{why.render('zh')}", f"cannot be read, skipped: {why.render('en')}")))
            skipped += 1
            continue
        if new != text:
            changed.append(path.relative_to(root).as_posix())
            if not only_check:
                ondisk.atomic_write(path, (b"\xef\xbb\xbf" if bom else b"") + new.encode("utf-8"))
    for rel in changed:
        env.say(env.t(f"{'需要整理' if only_check else '已整理'}：{rel}",
                      f"{'would reformat' if only_check else 'reformatted'}: {rel}"))
    if only_check and changed:
        raise Failure(env.t(f"{len(changed)} 个文件格式不规范", f"{len(changed)} files not in canonical style"))
    if only_check and skipped:  # not checked is not "in canonical style"
        raise Failure(env.t(f"{skipped} 个文件无法读取，未检查格式", f"{skipped} files could not be read and were not checked"))


def _first_error(root: Path, path: Path) -> Problem | None:
    """The first error reading the plan file gives, with its place (as check names it)."""
    from tracker.store import load

    try:
        raw = path.read_bytes()
    except OSError:
        return None
    rel = path.relative_to(root).as_posix()
    return next((p for p in load.load_plan_bytes(raw, rel).problems if p.is_error), None)


@cli.command()
@pass_env
def schema(env: Env) -> None:
    """Print the JSON Schema of the plan format (for editors)."""
    from tracker.store.schema import plan_schema

    env.say(render.to_json(plan_schema()))


@cli.command(name="list", context_settings={"ignore_unknown_options": True})
@click.argument("query", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@pass_env
def list_(env: Env, query: tuple[str, ...], fmt: str) -> None:
    """List tasks matching QUERY, e.g. `status:doing unit:城关镇 overdue due<2026-06-30 摸底`;
    `-term` negates a term (`-overdue`, `-status:done`)."""
    # unknown options reach QUERY so that `-overdue` is a negated term; a word with two dashes
    # is a mistyped option, refused as click refuses it
    for word in query:
        if word.startswith("--") and len(word) > 2:
            raise click.NoSuchOption(word.split("=")[0], possibilities=["--format", "--help"],
                                     ctx=click.get_current_context())
    list_command(env, query, fmt)


@cli.command()
@click.argument("ref")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_env
def show(env: Env, ref: str, fmt: str) -> None:
    """Show one task (REF is plan/T3, or T3 when unique)."""
    ws = env.workspace()
    plan, task = ws.find(ref)
    from tracker.standing import AsOf

    as_of = AsOf(env.today, ws.settings)
    if fmt == "json":
        env.say(render.to_json(task_json(task, env, as_of, plan)))
        return

    t = env.t
    p = render.printable
    lines = [f"{task.ref}  {p(task.title)}", f"{t('计划', 'plan')}: {p(plan.title)}"]
    fields = [
        (t("状态", "status"), ws.settings.label(task.status, env.lang)),
        (t("进度", "progress"), f"{task.progress}%" if task.progress is not None else None),
        (t("牵头单位", "lead"), render.names(task.lead)),
        (t("责任单位", "owners"), render.names(task.owners)),
        (t("配合单位", "support"), render.names(task.support)),
        (t("责任领导", "leader"), task.leader),
        (t("阶段", "phase"), task.phase),
        (t("开始", "start"), render.date_text(task.start)),
        (t("截止", "due"), " ".join(x for x in (render.date_text(task.due), task.due_text and f"({task.due_text})",
                                                render.days_text(None if task.is_closed else as_of.standing(task, plan).days_left, env.lang)) if x)),
        (t("验收", "verified by"), task.verified_by),
        (t("依赖", "depends on"), render.names(task.depends_on)),
        (t("所在章节", "section"), task.section),
    ]
    lines += [f"{k}: {p(v)}" for k, v in fields if v]
    for us in task.units:
        lines.append(f"  {p(us.unit)}: {ws.settings.label(us.status or task.status, env.lang)}"
                     + (f" — {p(us.note)}" if us.note else ""))
    if task.detail:
        lines += ["", p(task.detail, keep_newlines=True).rstrip()]
    if task.updates:
        lines += ["", t("进展情况：", "updates:")]
        for u in task.updates:
            who = " ".join(x for x in (u.by, u.unit and f"[{u.unit}]") if x)
            lines.append(f"  {render.date_text(u.date)} {p(who)}: {p(u.text)}")
    if task.review:
        lines += ["", t("待核对：", "to review:")] + [f"  - {p(r)}" for r in task.review]
    env.say("\n".join(lines))


# ---------------------------------------------------------------- edits
