"""`tracker import DOC`: a work-plan document in, draft plan files out (or a list with --list).

Never overwrites: if any target file exists, nothing is written and the command says which.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from tracker.cli.base import Env, pass_env

if TYPE_CHECKING:
    from tracker.importer.draft import Document

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
@click.option(
    "--dry-run", is_flag=True, help="Print the draft as a table (tasks, owners, due, review); write nothing."
)
@click.option(
    "--add-units", is_flag=True, help="Append the unit names units.yaml does not know to units.yaml."
)
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
    dry_run: bool,
    add_units: bool,
    part: int | None,
    id_prefix: str,
) -> None:
    """Turn a 实施方案/工作方案 document (.txt, .md, .docx) into draft plan YAML files."""
    from tracker.importer import (
        NO_STRUCTURE,
        detect_plans,
        emit_plan,
        new_units,
        plan_file_name,
        read_document,
    )
    from tracker.store.paths import create_new

    # spaces and punctuation become '-' (Heat Plan → heat-plan); a Chinese word would vanish
    if not re.search(r"[A-Za-z0-9]", id_prefix) or any(c.isalnum() and not c.isascii()
                                                       for c in id_prefix):
        env.fail(f"--id-prefix“{id_prefix}”不能用作计划 id 的开头：只能用英文字母、数字和“-”"
                 "（例如 --id-prefix hedao）",
                 f"--id-prefix '{id_prefix}' cannot start a plan id: use letters, digits and '-' "
                 "(e.g. --id-prefix river)")
    document = _read(env, doc, read_document)
    if document.refusal is not None:
        env.fail(f"{doc}: {document.refusal.zh}", f"{doc}: {document.refusal.en}")
    known = _known_units(env)
    drafts = detect_plans(
        document,
        year=year or env.year,
        id_prefix=id_prefix,
        infer_year=year is None,  # the year the document states, unless --year says otherwise
        known=frozenset(known or ()),
    )
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
    fresh = new_units(drafts, frozenset(known or ())) if known is not None else []
    if dry_run:
        for d in drafts:
            env.say(_draft_table(env, d))
        _say_new_units(env, fresh, added=False)
        return
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
    if add_units and env.root is not None and env.config_errors("units.yaml"):
        env.fail("units.yaml 有错误（运行 tracker check 查看），--add-units 无法加入新单位，"
                 "未写入任何文件：先改正 units.yaml，或不带 --add-units 导入",
                 "units.yaml has errors (run tracker check); --add-units cannot add to it, "
                 "nothing written: fix units.yaml first, or import without --add-units")
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
    from tracker.store.yamlsafe import MAX_FILE_BYTES

    texts = [emit_plan(d).encode("utf-8") for d in drafts]
    too_big = [(d, len(t)) for d, t in zip(drafts, texts) if len(t) > MAX_FILE_BYTES]
    if too_big:  # a plan over the limit would be written only to be refused by every command
        d, size = too_big[0]
        mb, limit = size / 1024 / 1024, MAX_FILE_BYTES // 1024 // 1024
        env.fail(f"“{d.title}”写成计划有 {mb:.1f} MB，超过 {limit} MB 上限，未写入任何文件：请把文档分成几份导入",
                 f"'{d.title}' would be a {mb:.1f} MB plan, over the {limit} MB limit; nothing "
                 "written: import the document in parts")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file took the folder's name
        from tracker.store.paths import not_a_folder

        problem = not_a_folder()
        env.fail(f"{problem.zh}；未写入", f"{problem.en}; nothing written")
    for d, path, data in zip(drafts, paths, texts):
        try:
            create_new(path, data)
        except FileExistsError:
            env.fail(f"{path} 已存在（或是符号链接），未写入", f"{path} exists (or is a link); not written")
        env.say(
            env.t(
                f"写入 {path}  {d.title}  任务 {len(d.tasks)},待核对 {d.review_count}",
                f"wrote {path}  {d.title}  tasks {len(d.tasks)}, review {d.review_count}",
            )
        )
    if add_units and fresh and env.root is not None:
        _append_units(env.root / "units.yaml", fresh)
    _say_new_units(env, fresh, added=add_units and env.root is not None)
    tasks = sum(len(d.tasks) for d in drafts)
    review = sum(d.review_count for d in drafts)
    env.say(
        env.t(
            f"共 {len(drafts)} 个方案,{tasks} 项任务,{review} 项需要核对(见各条目的 review:)",
            f"{len(drafts)} plans, {tasks} tasks, {review} need review (see review: on items)",
        )
    )


def _read(env: Env, doc: Path, read_document: Callable[[Path], Document]) -> Document:
    """The document, or a sentence when it is a Word file too damaged for python-docx, which
    fails on a broken package in more ways than the importer names (AttributeError, lxml's
    syntax errors...)."""
    try:
        return read_document(doc)
    except Exception:
        with open(doc, "rb") as f:
            zipped = f.read(4) == b"PK\x03\x04"
        if not zipped:
            raise
    from tracker.importer.source import BAD_DOCX

    env.fail(f"{doc}: {BAD_DOCX.zh}（文件已损坏，请用 Word 或 WPS 打开后另存一份再导入）",
             f"{doc}: {BAD_DOCX.en} (the file is damaged: open it in Word or WPS, save a copy "
             "and import that)")


def _known_units(env: Env) -> set[str] | None:
    """Names and aliases in units.yaml (people too), or None when there is no units.yaml."""
    if env.root is None or not (env.root / "units.yaml").is_file():
        return None
    d = env.workspace().directory
    names = {u.name for u in d.units} | {a for u in d.units for a in u.aliases}
    return names | {g for g, _ in d.groups} | {p.name for p in d.people}


def _draft_table(env: Env, d) -> str:  # type: ignore[no-untyped-def]
    from tracker.reports.render import report_table

    rows = [
        [
            t.id,
            t.title[:24],
            "、".join(t.owners.lead),
            "、".join(t.owners.owners),
            "、".join(t.owners.support),
            t.owners.leader or "",
            t.due.isoformat() if t.due else (t.due_text or ""),
            "; ".join(t.review)[:40],
        ]
        for t in d.tasks
    ]
    head = env.t(
        f"{d.part}. {d.title}  (第{d.lines[0]}–{d.lines[1]}行,{d.year}年) 任务 {len(d.tasks)} · "
        f"阶段 {len(d.phases)} · 目标 {len(d.goals)}",
        f"{d.part}. {d.title}  (lines {d.lines[0]}–{d.lines[1]}, {d.year}) tasks {len(d.tasks)} · "
        f"phases {len(d.phases)} · goals {len(d.goals)}",
    )
    headers = (
        ["任务", "标题", "牵头", "责任单位", "配合", "责任领导", "完成时限", "待核对"]
        if env.lang == "zh"
        else ["task", "title", "lead", "owners", "support", "leader", "due", "review"]
    )
    lines = [head, *(f"  review: {note}" for note in d.review)]
    lines.append(report_table(headers, rows) if rows else env.t("(没有任务)", "(no tasks)"))
    lines += [f"  {p.id} {p.title} {p.start or ''}–{p.end or ''}" for p in d.phases]
    # as the plan writes it (53000000, 12345.67), as the summary does: never :g's 5.3e+07
    from tracker.reports.summary.numbers import number

    lines += [f"  {g.id} {g.text} → {number(g.target)}{g.unit or ''}" for g in d.goals if g.target is not None]
    return "\n".join(lines) + "\n"


def _say_new_units(env: Env, names: list[str], added: bool) -> None:
    if not names:
        return
    listed = "、".join(names)
    if added:
        env.say(env.t(f"已加入 units.yaml 的新单位:{listed}", f"added to units.yaml: {listed}"))
    else:
        env.say(
            env.t(
                f"units.yaml 中没有的单位(核对后可用 --add-units 加入):{listed}",
                f"units not in units.yaml (check, then add them with --add-units): {listed}",
            )
        )


def _append_units(path: Path, names: list[str]) -> None:
    """Insert `- name: X` entries at the end of the units: list, leaving every other byte: a
    BOM and CRLF line ends (Notepad's) stay, and the new lines end as the file's others do."""
    from tracker.store.ondisk import atomic_write, read_text
    from tracker.store.splice import newline

    text, bom = read_text(path.read_bytes())
    nl = newline(text)
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip() == "units:"), None)
    if start is None:
        sep = "" if not text or text.endswith("\n") else nl
        entries = "".join(f"  - name: {_scalar(n)}{nl}" for n in names)
        text = text + sep + "units:" + nl + entries
    else:
        end = start + 1
        indent = "  "
        while end < len(lines) and (not lines[end].strip() or lines[end][:1] in " \t-#"):
            stripped = lines[end].lstrip()
            if stripped.startswith("- "):
                indent = lines[end][: len(lines[end]) - len(stripped)]
            end += 1
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1  # keep blank lines before the next key after the new entries
        if end > 0 and not lines[end - 1].endswith("\n"):
            lines[end - 1] += nl
        lines[end:end] = [f"{indent}- name: {_scalar(n)}{nl}" for n in names]
        text = "".join(lines)
    atomic_write(path, (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


def _scalar(name: str) -> str:
    import json

    plain = name and not any(c in name for c in ":#[]{},&*!|>'\"%@`") and name.strip() == name
    return name if plain else json.dumps(name, ensure_ascii=False)
