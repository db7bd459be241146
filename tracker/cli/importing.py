"""`tracker import DOC`: a work-plan document in, draft plan files out (or a list with --list).

Never overwrites: if any target file exists, nothing is written and the command says which.
"""

from __future__ import annotations

from pathlib import Path

import click

from tracker.cli.base import Env, pass_env

MAX_PLANS = 100  # more than this in one file is a collection, not a plan: import by --part


def register(group: click.Group) -> None:
    group.add_command(import_command)


@click.command("import")
@click.argument("doc", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--year", type=int, help="Year for dates written as 20xx or without a year.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory for the plan files (default: plans/ of the repository).",
)
@click.option("--list", "list_only", is_flag=True, help="List the plans found; write nothing.")
@click.option("--part", type=int, metavar="N", help="Import only the N-th plan of the document.")
@click.option(
    "--id-prefix",
    default="plan",
    show_default=True,
    help="Plan ids are PREFIX-YEAR-NN (lower-case letters, digits, '-').",
)
@pass_env
def import_command(
    env: Env,
    doc: Path,
    year: int | None,
    out_dir: Path | None,
    list_only: bool,
    part: int | None,
    id_prefix: str,
) -> None:
    """Turn a 实施方案/工作方案 document (.txt, .md, .docx) into draft plan YAML files."""
    from tracker.importer import (
        NO_STRUCTURE,
        detect_plans,
        emit_plan,
        plan_file_name,
        read_document,
    )
    from tracker.store.paths import create_new

    document = read_document(doc)
    if document.refusal is not None:
        env.fail(f"{doc}: {document.refusal.zh}", f"{doc}: {document.refusal.en}")
    year = year or env.year
    drafts = detect_plans(document, year=year, id_prefix=id_prefix)
    if not drafts:
        env.fail(f"{doc}: {NO_STRUCTURE.zh}", f"{doc}: {NO_STRUCTURE.en}")
    if part is not None:
        if not 1 <= part <= len(drafts):
            env.fail(
                f"--part {part} 超出范围:文档中有 {len(drafts)} 个方案",
                f"--part {part} is out of range: the document holds {len(drafts)} plans",
            )
        drafts = [drafts[part - 1]]
    if not list_only and part is None and len(drafts) > MAX_PLANS:
        env.fail(
            f"{doc}: 文档中有 {len(drafts)} 个方案,一次最多导入 {MAX_PLANS} 个;"
            "请先用 --list 查看,再用 --part N 逐个导入",
            f"{doc}: the document holds {len(drafts)} plans, more than {MAX_PLANS} at once; "
            "look with --list, then import them one by one with --part N",
        )
    if list_only:
        for d in drafts:
            env.say(
                env.t(
                    f"{d.part:>3}  {d.title}  第{d.lines[0]}–{d.lines[1]}行  任务 {len(d.tasks)} · "
                    f"阶段 {len(d.phases)} · 目标 {len(d.goals)} · 待核对 {d.review_count}",
                    f"{d.part:>3}  {d.title}  lines {d.lines[0]}–{d.lines[1]}  tasks {len(d.tasks)} · "
                    f"phases {len(d.phases)} · goals {len(d.goals)} · review {d.review_count}",
                )
            )
        return
    target = out_dir or ((env.root / "plans") if env.root is not None else Path("plans"))
    paths = [target / plan_file_name(d) for d in drafts]
    existing = [str(p) for p in paths if p.exists()]
    if existing:
        env.fail(
            "已存在,未写入任何文件(换一个 --id-prefix 或 --out):" + "、".join(existing),
            "already exist, nothing written (use another --id-prefix or --out): "
            + ", ".join(existing),
        )
    if target.is_symlink() or any(p.is_symlink() for p in paths):
        env.fail(f"{target} 或其中的目标文件是符号链接，未写入任何文件",
                 f"{target} or a target file in it is a symbolic link; nothing written")
    target.mkdir(parents=True, exist_ok=True)
    for d, path in zip(drafts, paths):
        try:
            create_new(path, emit_plan(d).encode("utf-8"))
        except FileExistsError:
            env.fail(f"{path} 已存在（或是符号链接），未写入", f"{path} exists (or is a link); not written")
        env.say(
            env.t(
                f"写入 {path}  {d.title}  任务 {len(d.tasks)},待核对 {d.review_count}",
                f"wrote {path}  {d.title}  tasks {len(d.tasks)}, review {d.review_count}",
            )
        )
    tasks = sum(len(d.tasks) for d in drafts)
    review = sum(d.review_count for d in drafts)
    env.say(
        env.t(
            f"共 {len(drafts)} 个方案,{tasks} 项任务,{review} 项需要核对(见各条目的 review:)",
            f"{len(drafts)} plans, {tasks} tasks, {review} need review (see review: on items)",
        )
    )
