"""Sharing plans between offices: `tracker sync`, and the merge driver git calls for plans."""

from __future__ import annotations

from pathlib import Path

import click

from tracker.cli.base import Env, Failure, pass_env
from tracker.cli.history import need_git
from tracker.history import git
from tracker.reports import render


@click.command(name="sync")
@click.argument("remote", required=False)
@pass_env
def sync_cmd(env: Env, remote: str | None) -> None:
    """Fetch, merge (per task and field) and push the plans to a shared git remote."""
    from tracker.history import sync

    root = need_git(env)
    result = sync.sync(root, remote, env.by)
    for line in result.renumbered:
        env.warn(render.printable(line))
    if result.conflicts or result.other_conflicts:
        for path, where, c in result.conflicts:
            by = f"（{c.theirs_by}）" if c.theirs_by else ""
            env.warn(render.printable(env.t(
                f"冲突：{path} {where} 字段 {c.field}：本方“{c.ours}”，对方“{c.theirs}”{by}",
                f"conflict: {path} {where} field {c.field}: ours '{c.ours}', theirs '{c.theirs}'"
                + (f" ({c.theirs_by})" if c.theirs_by else ""))))
        for path in result.other_conflicts:
            env.warn(env.t(f"冲突：{path}（文件中有 <<<<<<< 冲突标记）",
                           f"conflict: {path} (conflict markers <<<<<<< in the file)"))
        raise Failure(env.t(
            "同步暂停：以上冲突两边的值都已保留在文件中。改成正确的值并删除 conflict 条目后，运行 "
            "tracker commit 完成合并，再运行 tracker sync；放弃合并可运行 git merge --abort",
            "sync stopped: both values of each conflict above are kept in the file. Set the "
            "right value and delete the conflict entry, then run tracker commit to finish the "
            "merge and tracker sync again; git merge --abort cancels the merge"))
    env.say(env.t(f"已与 {result.remote}/{result.branch} 同步", f"synced with {result.remote}/{result.branch}")
            + (env.t("（已合并对方修改）", " (merged their changes)") if result.merged else ""))


@click.command(name="merge-driver", hidden=True)
@click.argument("base", type=click.Path(path_type=Path))
@click.argument("ours", type=click.Path(path_type=Path))
@click.argument("theirs", type=click.Path(path_type=Path))
@click.argument("path", required=False, default="")
@click.pass_context
def merge_driver_cmd(ctx: click.Context, base: Path, ours: Path, theirs: Path, path: str) -> None:
    """Called by git: merge THEIRS into OURS (written in place); exit 1 on a conflict."""
    from tracker.history import merge, sync
    from tracker.store import planfile

    def text(p: Path) -> str | None:
        try:
            return planfile.read_text(p.read_bytes())[0] if p.exists() else ""
        except UnicodeDecodeError:
            return None

    b, o, t = text(base), text(ours), text(theirs)
    result = merge.Merged(None)
    if b is not None and o is not None and t is not None:
        result = merge.merge_texts(b, o, t, sync.theirs_author(Path.cwd(), path))
    if result.text is None:  # not a readable plan on some side: git's own line merge
        proc = git.run_git(Path.cwd(), "merge-file", "-L", "ours", "-L", "base", "-L",
                               "theirs", str(ours), str(base), str(theirs), check=False)
        ctx.exit(1 if proc.returncode != 0 else 0)
    bom = ours.exists() and ours.read_bytes().startswith(b"\xef\xbb\xbf")
    ours.write_bytes((b"\xef\xbb\xbf" if bom else b"") + result.text.encode("utf-8"))
    for old, new in result.renumbered:
        click.echo(f"tracker: renumbered {path} {old} -> {new} (both sides added {old})", err=True)
    for c in result.conflicts:
        click.echo(f"tracker: conflict {path} {c.task or '-'} {c.field}: ours {c.ours!r}, "
                   f"theirs {c.theirs!r}", err=True)
    ctx.exit(1 if result.conflicts else 0)



def register(group: click.Group) -> None:
    for command in (sync_cmd, merge_driver_cmd):
        group.add_command(command)
