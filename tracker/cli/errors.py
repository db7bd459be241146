"""What a command's exception becomes: one line on stderr in the user's language and an exit
code, the same whoever read the command line (click in tracker.cli.base, or the fast path).

Exit codes: 0 ok (and a reader that went away: a closed pipe), 1 a data problem (bad plan,
refused edit, git failure), 130 interrupted. A bug prints a short notice and leaves the
traceback in .git/tracker/last-error.log, never on the terminal. Nothing here imports click.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from tracker.cli.env import HEAD_AT_START, Failure
from tracker.cli.output import echo
from tracker.history import git
from tracker.problems import UserError
from tracker.reports.render import terminal_text


def exit_code(exc: BaseException, lang: Callable[[], str], root: Path | None) -> int:
    """Say what went wrong and return the exit code. Called while `exc` is being handled
    (a bug's traceback is the one in flight); TRACKER_DEBUG re-raises a bug instead."""
    if isinstance(exc, Failure):
        echo(terminal_text(str(exc)), err=True)
        return exc.code
    if isinstance(exc, UserError):
        echo(terminal_text(exc.message(lang())), err=True)
        return 1
    click = sys.modules.get("click")  # loaded only when a prompt was shown (click.confirm)
    if click is not None and isinstance(exc, click.exceptions.Abort):
        echo("已取消" if lang() == "zh" else "Aborted!", err=True)
        return 1
    if isinstance(exc, KeyboardInterrupt):
        return 130
    if isinstance(exc, BrokenPipeError):
        return 0
    if isinstance(exc, OSError):
        said = _environment_error(exc, lang())
        if said is not None and not os.environ.get("TRACKER_DEBUG"):
            echo(terminal_text(said), err=True)
            return 1
    if os.environ.get("TRACKER_DEBUG"):
        raise exc
    return _internal_error(root, lang())


def is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def _environment_error(exc: OSError, lang: str) -> str | None:
    """An OSError the machine caused, not tracker: no permission, a read-only or full disk,
    said in one line with the file. None for any other (a bug: see _internal_error)."""
    import errno

    from tracker.problems import IN_USE, in_use

    what = exc.filename or ("标准输出" if lang == "zh" else "standard output")
    if in_use(exc):  # a sheet open in Excel or WPS: "no permission" would send the clerk astray
        return f"无法写入 {what}：{IN_USE[0]}" if lang == "zh" else f"cannot write {what}: {IN_USE[1]}"
    zh_en = {
        errno.EACCES: ("没有权限", "no permission"), errno.EPERM: ("没有权限", "no permission"),
        errno.EROFS: ("磁盘或文件夹是只读的", "the disk or folder is read-only"),
        errno.ENOSPC: ("磁盘已满", "the disk is full"),
        errno.EDQUOT: ("磁盘配额已用完", "the disk quota is used up"),
    }.get(exc.errno or 0)
    if zh_en is None:
        return None
    if lang == "zh":
        return (f"{zh_en[0]}读写 {what}，操作没有完成：请检查这个文件和它所在文件夹的权限"
                "（或换一个有权限的用户运行）" if zh_en[0] == "没有权限" else
                f"{zh_en[0]}，无法写入 {what}，操作没有完成")
    return (f"{zh_en[1]} to read or write {what}; not done: check the permissions of the file "
            "and its folder (or run as a user who has them)" if zh_en[1] == "no permission"
            else f"{zh_en[1]}; cannot write {what}; not done")


def _internal_error(root: Path | None, lang: str) -> int:
    """A bug: one line on the terminal, the traceback in a file (the repository's, else the
    temporary folder's); when neither can be written, the error's own last line."""
    import traceback  # only after a bug; importing it costs every command ~15 ms

    details = traceback.format_exc()
    committed = root is not None and HEAD_AT_START.get(root) not in (None, git.head_commit(root))
    zh, en = (("内部错误；本次的修改已提交，保存在 git 历史中（tracker log 查看）",
               "internal error; this command's change was committed and is in the history "
               "(see tracker log)") if committed else
              ("内部错误，数据未受影响", "internal error; your data is untouched"))
    root = root or git.find_root(Path.cwd())
    gdir = git.git_dir(root) if root else None
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / "tracker-last-error.log"
    for path in ([gdir / "tracker" / "last-error.log"] if gdir else []) + [tmp]:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(details, encoding="utf-8")
        except OSError:
            continue
        echo((f"{zh}；详情见 " if lang == "zh" else f"{en}; details in ") + str(path), err=True)
        return 1
    last = terminal_text(details.strip().splitlines()[-1])
    echo((f"{zh}：" if lang == "zh" else f"{en}: ") + last, err=True)
    return 1
