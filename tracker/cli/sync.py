"""Sharing plans between offices: `tracker sync`, and the merge driver git calls for plans."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from tracker.cli.base import Env, Failure, pass_env
from tracker.cli.history import need_git
from tracker.history import git
from tracker.reports import render

if TYPE_CHECKING:
    from tracker.history.merge import Merged
    from tracker.history.sync import SyncResult
    from tracker.problems import Problem


@click.command(name="sync")
@click.argument("remote", required=False)
@click.option("--force", is_flag=True, help="Push even when an outgoing plan has check errors.")
@pass_env
def sync_cmd(env: Env, remote: str | None, force: bool) -> None:
    """Fetch, merge (per task and field) and push the plans to a shared git remote."""
    from tracker.history import sync

    root = need_git(env)
    result = sync.sync(root, remote, env.by, gate=None if force else _gate(env))
    for old, new, new_id in result.set_apart:
        zh_id, en_id = (f"（计划编号改为 {new_id}）", f" (plan id {new_id})") if new_id else ("", "")
        env.warn(render.printable(env.t(
            f"两边都新增了 {old}，但是两份不同的方案：对方的保留原名，本方的改为 {new}{zh_id}，两份都在",
            f"both offices added {old}, holding two different plans: theirs keeps the name, "
            f"yours is now {new}{en_id}; both are kept")))
    for line in result.renumbered:
        env.warn(render.printable(_renumbered(env, line)))
    if result.conflicts or result.other_conflicts:
        _stop_on_conflicts(env, result)
    if result.unpushed:
        _stop_on_errors(env, result)
    if result.incoming:
        for p in result.incoming:
            env.warn(render.printable(p.render(env.lang)))
        files = _files(result.incoming)
        env.warn(env.t(f"注意：对方的 {'、'.join(files)} 有 {len(result.incoming)} 个检查错误（见上），"
                       "已合并到本地；请与修改它的同事确认后改正",
                       f"note: their {', '.join(files)} has {len(result.incoming)} check errors "
                       "(above), now merged here; check with whoever changed it"))
    for tag in result.baselines_kept_here:
        env.warn(render.printable(env.t(
            f"基线 {tag} 未共享：远程仓库已有同名的基线（另一处同一天设的），各自保留；"
            "需要时用 tracker baseline --name 另取名称再同步",
            f"baseline {tag} was not shared: the remote has one of that name (set by the other "
            "office the same day); each keeps its own; if needed, set it again with tracker "
            "baseline --name and sync")))
    env.say(_synced(env, result))


def _synced(env: Env, result: SyncResult) -> str:
    """What the sync did, in the words a clerk checks it by: their changes taken in as they were
    (a fast-forward) or merged with ours, ours pushed, or nothing new on either side."""
    zh, en = [], []
    if result.merged and result.fast_forward:
        zh.append(f"已取回对方的 {result.came} 项修改")
        en.append(f"brought in {result.came} change(s) of theirs")
    elif result.merged:
        zh.append(f"已合并对方修改（{result.came} 项）")
        en.append(f"merged their changes ({result.came})")
    if result.went:
        zh.append(f"已推送本方的 {result.went} 项修改")
        en.append(f"pushed {result.went} change(s) of yours")
    if result.baselines_shared:
        zh.append(f"已共享基线 {'、'.join(result.baselines_shared)}")
        en.append(f"shared the baseline(s) {', '.join(result.baselines_shared)}")
    if not zh:
        zh.append("两边都没有新的修改")
        en.append("nothing new on either side")
    where = f"{result.remote}/{result.branch}"
    return env.t(f"已与 {where} 同步：{'，'.join(zh)}", f"synced with {where}: {'; '.join(en)}")


def _renumbered(env: Env, line: str) -> str:
    """The driver's note that both sides added a task under one id, in the user's language."""
    found = re.fullmatch(r"tracker: renumbered (.+) (\S+) -> (\S+) \(.*?(?:; (ours|theirs) renumbered)?\)",
                         line)
    if found is None:
        return line
    path, old, new, side = found.groups()
    if "gave" in line:  # one side renumbered by hand, the other changed the task that had the id
        who = ("对方", "theirs") if side == "theirs" else ("本方", "yours")
        return env.t(f"{path}：一方把编号 {old} 给了另一项任务，另一方修改了原来的 {old}；两项都已保留，"
                     f"{who[0]}的那项改编号为 {new}，请核对",
                     f"{path}: one side gave {old} to another task while the other changed the "
                     f"old {old}; both are kept, {who[1]} is now {new}: check them")
    if side == "theirs":
        return env.t(f"{path}：两边都新增了任务 {old}，对方新增的那项已改编号为 {new}",
                     f"{path}: both sides added a task {old}; theirs is now {new}")
    return env.t(f"{path}：两边都新增了任务 {old}，本方新增的那项已改编号为 {new}"
                 f"（对方的 {old} 已先推送，保留原编号）",
                 f"{path}: both sides added a task {old}; yours is now {new} "
                 f"(theirs was pushed first and keeps {old})")


def _gate(env: Env) -> Callable[[list[str]], list[Problem]]:
    """The check errors in the plans a push would send (read as merged, from the work tree)."""

    def errors(paths: list[str]) -> list[Problem]:
        from tracker import handedit

        return handedit.errors_in(env.workspace(reload=True), paths) if paths else []

    return errors


def _files(problems: list[Problem]) -> list[str]:
    return sorted({str(p.source).split(":", 1)[0] for p in problems})


def _stop_on_errors(env: Env, result: SyncResult) -> NoReturn:
    for p in result.unpushed:
        env.warn(render.printable(p.render(env.lang)))
    files = _files(result.unpushed)
    merged = result.merged and not result.fast_forward
    kept = env.t("合并结果已在本地提交，" if merged else "本地提交都在，",
                 "the merge is committed locally, " if merged else "your commits stay local, ")
    raise Failure(env.t(
        f"{'、'.join(files)} 有 {len(result.unpushed)} 个检查错误（见上），未推送到 {result.remote}："
        f"{kept}什么也没有丢。改正后运行 tracker commit，再运行 tracker sync；"
        "确需先推送可用 tracker sync --force",
        f"{', '.join(files)} has {len(result.unpushed)} check errors (above); not pushed to "
        f"{result.remote}: {kept}nothing is lost. Fix them, run tracker commit, then tracker sync "
        "again; tracker sync --force pushes anyway"))


_SETTINGS_ADVICE = {
    "units.yaml": ("单位和人员名单", "the list of units and people",
                   "两边新增的单位和人员通常都要保留", "units and people added on either side usually all stay"),
    "tracker.yaml": ("设置", "the settings", "每项设置只留一个值", "keep one value for each setting"),
}


def _stop_on_conflicts(env: Env, result: SyncResult) -> NoReturn:
    from tracker.checks import kept_or_deleted

    for path, where, c in result.conflicts:
        by = f"（{c.theirs_by}）" if c.theirs_by else ""
        kept = kept_or_deleted(c.field, c.ours, c.theirs)
        if kept is not None:  # a task deleted on one side and changed on the other
            by_en = f" ({c.theirs_by})" if c.theirs_by else ""
            env.warn(render.printable(env.t(f"冲突：{path} {where} {kept[0]}{by}；{kept[1]}",
                                            f"conflict: {path} {where} {kept[2]}{by_en}; {kept[3]}")))
            continue
        env.warn(render.printable(env.t(
            f"冲突：{path} {where} 字段 {c.field}：本方“{c.ours}”，对方“{c.theirs}”{by}",
            f"conflict: {path} {where} field {c.field}: ours '{c.ours}', theirs '{c.theirs}'"
            + (f" ({c.theirs_by})" if c.theirs_by else ""))))
    for path in result.other_conflicts:
        name = path.rsplit("/", 1)[-1]
        if path in result.deleted_by:
            ours = result.deleted_by[path] == "ours"
            env.warn(render.printable(env.t(
                f"冲突：{'本方' if ours else '对方'}删除了 {path}，{'对方' if ours else '本方'}修改了它"
                f"（文件{'是对方的版本' if ours else '保留着本方的修改'}）。要保留就运行 git add {path}，"
                f"要删除就运行 git rm {path}",
                f"conflict: {'we' if ours else 'they'} deleted {path} and "
                f"{'they' if ours else 'we'} changed it (the file holds "
                f"{'their version' if ours else 'our changes'}). To keep it run git add {path}; "
                f"to delete it run git rm {path}")))
        elif path in _SETTINGS_ADVICE or name in _SETTINGS_ADVICE:
            zh, en, keep_zh, keep_en = _SETTINGS_ADVICE[name]
            env.warn(render.printable(env.t(
                f"冲突：{path}（{zh}）两边改了同一处。打开文件，<<<<<<< 与 ======= 之间是本方的行，"
                f"======= 与 >>>>>>> 之间是对方的行：{keep_zh}，删去这三种标记行，再运行 git add {path}",
                f"conflict: {path} ({en}) was changed at the same place on both sides. Open it: "
                f"between <<<<<<< and ======= are our lines, between ======= and >>>>>>> theirs; "
                f"{keep_en}; delete the three marker lines, then run git add {path}")))
        elif path.startswith("plans/"):
            env.warn(render.printable(env.t(
                f"冲突：{path} 有一方读不成计划（YAML 错误），已按行合并：改好 <<<<<<< 与 >>>>>>> "
                "之间的内容并删去标记行，运行 tracker check 确认无误",
                f"conflict: {path} is not a readable plan on one side (YAML errors) and was merged "
                "by lines: fix the lines between <<<<<<< and >>>>>>>, delete the markers, and run "
                "tracker check")))
        else:
            env.warn(render.printable(env.t(
                f"冲突：{path}（文件中有 <<<<<<< 冲突标记）：改好后运行 git add {path}",
                f"conflict: {path} (conflict markers <<<<<<< in the file): fix it, then run "
                f"git add {path}")))
    if result.conflicts:
        raise Failure(env.t(
            "同步暂停：以上冲突两边的值都已保留在文件中。改成正确的值并删除 conflict 条目后，运行 "
            "tracker commit 完成合并，再运行 tracker sync；放弃合并可运行 git merge --abort",
            "sync stopped: both values of each conflict above are kept in the file. Set the "
            "right value and delete the conflict entry, then run tracker commit to finish the "
            "merge and tracker sync again; git merge --abort cancels the merge"))
    raise Failure(env.t(
        "同步暂停，什么也没有丢。按上面的说明处理后运行 tracker commit 完成合并，再运行 "
        "tracker sync；放弃合并可运行 git merge --abort",
        "sync stopped, nothing is lost. Resolve the files as said above, run tracker commit "
        "to finish the merge, then tracker sync again; git merge --abort cancels the merge"))


@click.command(name="merge-driver", hidden=True)
@click.argument("base", type=click.Path(path_type=Path))
@click.argument("ours", type=click.Path(path_type=Path))
@click.argument("theirs", type=click.Path(path_type=Path))
@click.argument("path", required=False, default="")
@click.pass_context
def merge_driver_cmd(ctx: click.Context, base: Path, ours: Path, theirs: Path, path: str) -> None:
    """Called by git: merge THEIRS into OURS (written in place); exit 1 on a conflict."""
    from tracker.history import merge, sync
    from tracker.store import ondisk

    def text(p: Path) -> str | None:
        try:
            return ondisk.read_text(p.read_bytes())[0] if p.exists() else ""
        except UnicodeDecodeError:
            return None

    b, o, t = text(base), text(ours), text(theirs)
    result = merge.Merged(None)
    if b is not None and o is not None and t is not None:
        try:
            result = merge.merge_texts(b, o, t, sync.theirs_author(Path.cwd(), path),
                                       renumber="theirs" if sync.rebasing(Path.cwd()) else "ours")
        except Exception as exc:  # a bug here must not cost anyone their edits
            click.echo(f"tracker: 合并 {path} 出错（{type(exc).__name__}: {exc}），已改为按行合并 / "
                       f"merge driver failed on {path}; merged by lines instead", err=True)
            result = merge.Merged(None)
    if path == "units.yaml" and result.text is not None and not _units_merged(result):
        result = merge.Merged(None)  # one value changed two ways: git's markers, as before
    if result.text is None:  # not a readable plan on some side: git's own line merge
        proc = git.run_git(Path.cwd(), "merge-file", "-L", "ours", "-L", "base", "-L",
                               "theirs", str(ours), str(base), str(theirs), check=False)
        ctx.exit(1 if proc.returncode != 0 else 0)
    bom = ours.exists() and ours.read_bytes().startswith(b"\xef\xbb\xbf")
    ours.write_bytes((b"\xef\xbb\xbf" if bom else b"") + result.text.encode("utf-8"))
    # git shows these to whoever merged (a plain `git pull` too): a Chinese line, then the
    # English one, whose form `tracker sync` reads back (history/sync.py) and must not change
    side_zh = "本方" if result.renumbered_side == "ours" else "对方"
    for old, new in result.renumbered:
        if old in result.reidentified:  # a renumbering by hand met an edit of the old task
            zh = f"一方把编号 {old} 给了另一项任务，另一方修改了原来的 {old}：两项都保留"
            en = f"one side gave {old} to another task while the other changed the old {old}"
        else:
            zh, en = f"两边都新增了 {old}", f"both sides added {old}"
        click.echo(render.terminal_text(
            f"tracker: {path} {zh}，{side_zh}那项改编号为 {new}"), err=True)
        click.echo(render.terminal_text(
            f"tracker: renumbered {path} {old} -> {new} ({en}; "
            f"{result.renumbered_side} renumbered)"), err=True)
    for c in result.conflicts:
        click.echo(render.terminal_text(
            f"tracker: {path} {c.task or '-'} 的 {c.field} 两边改得不同（本方 {c.ours!r}，"
            f"对方 {c.theirs!r}），已记为冲突"), err=True)
        click.echo(render.terminal_text(
            f"tracker: conflict {path} {c.task or '-'} {c.field}: ours {c.ours!r}, "
            f"theirs {c.theirs!r}"), err=True)
    ctx.exit(1 if result.conflicts else 0)


def _units_merged(result: Merged) -> bool:
    """units.yaml merged by entry without a conflict, into a directory that reads cleanly: a
    plan's `conflict:` record has no place there, so a conflict is left to git's markers and
    the clerk, with the sync's usual instructions."""
    from tracker.store import config

    if result.conflicts or result.text is None:
        return False
    _, problems = config.load_directory(result.text.encode("utf-8"))
    return not problems


def register(group: click.Group) -> None:
    for command in (sync_cmd, merge_driver_cmd):
        group.add_command(command)
