"""What every command shares: the click group, global options, the Env, errors and output.

Exit codes: 0 ok, 1 a data problem (bad plan, refused edit, git failure), 2 usage.
Our own errors print one clear line in the user's language; an unexpected exception prints a
short notice and leaves the traceback in .git/tracker/last-error.log, never on the terminal.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from tracker import progress
from tracker.cli.help import HelpCommand, HelpMixin, format_commands_zh, show_usage_error
from tracker.history import git
from tracker.problems import Problem, UserError
from tracker.reports.render import column_table_lines, terminal_text

if TYPE_CHECKING:
    from tracker.workspace import Workspace


class Failure(Exception):
    """Stop the command with exit code 1 and this message (already in the user's language)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class Env:
    """What every command runs with: the repository, the as-of date, the language, the author."""

    def __init__(self, root: Path | None, today: dt.date, lang: str, by: str | None,
                 lang_given: bool = False, verify: bool = True) -> None:
        self.root, self.today, self.lang, self.by = root, today, lang, by
        self.lang_given = lang_given
        self.verify = verify  # run the repository's commit hooks (False: --no-verify)
        self.lists_problems = False  # `check`: settings errors are its output, not a note
        self._ws: Workspace | None = None

    @property
    def year(self) -> int:
        if self.root is not None:
            ws = self.workspace()
            if ws.settings.year:
                return ws.settings.year
        return self.today.year

    def typed_date(self, value: str, plan_year: int | None = None) -> dt.date:
        """A date typed on the command line (a deadline reads forward), in the plan's year when
        it names none. Raises DateError."""
        from tracker.dates import parse_date

        return parse_date(value, today=self.today, year=plan_year or self.year)

    def past_date(self, value: str) -> dt.date:
        """A date wording that names a day already past (--since, --until): see `_backward`.
        Raises DateError."""
        from tracker.dates import parse_date

        return _backward(parse_date(value, today=self.today, year=self.year), self.today, value)

    def need_root(self) -> Path:
        if self.root is None:
            self.fail("当前目录不在 tracker 仓库中（找不到 tracker.yaml）：请先运行 tracker init，"
                      "或用 --repo 指定仓库",
                      "not inside a tracker repository (no tracker.yaml found): run tracker init, "
                      "or pass --repo")
        return self.root

    def workspace(self, reload: bool = False) -> Workspace:
        from tracker.workspace import Workspace

        if self._ws is None or reload:
            self._ws = Workspace.open(self.need_root())
            self._ws.verify = self.verify
            if not self.lang_given:
                self.lang = self._ws.settings.language
            self._warn_pending(self._ws)
            if not self.lists_problems:
                self._warn_config(self._ws)
        return self._ws

    def config_errors(self, name: str | None = None) -> list[Problem]:
        """Errors that keep tracker.yaml or units.yaml (or just `name`) from being read."""
        return [p for p in self.workspace().config_problems
                if p.is_error and (name is None or p.source.path == name)]

    def _warn_config(self, ws: Workspace) -> None:
        """A settings file that cannot be read changes every command's answers (no units, no
        aliases, no groups: a unit's tasks are not found under its other names): say so on
        every run, not only in check, until it is fixed."""
        errors = [p for p in ws.config_problems if p.is_error]
        for name in sorted({p.source.path for p in errors}):
            self.warn(self.t(f"注意：{name} 有错误，本次按没有这个文件处理（运行 tracker check 查看）：",
                             f"note: {name} has errors and is read as if it were not there "
                             "(run tracker check):"))
            for p in errors:
                if p.source.path == name:
                    self.warn(f"  {p.render(self.lang)}")

    def _warn_pending(self, ws: Workspace) -> None:
        """A save whose commit failed or was interrupted: say so on every run until it is
        committed (the next tracker edit of that plan, or tracker commit, carries it)."""
        pending = ws.pending_saves()
        if not pending:
            return
        dirty = set(git.dirty_paths(ws.root))
        stale = [p for p in pending if p not in dirty]
        ws.clear_pending(stale)  # committed by hand meanwhile
        for path, message in pending.items():
            if path in dirty:
                self.warn(self.t(
                    f"注意：{path} 已保存但没有提交（“{message.splitlines()[0]}”）；"
                    "运行 tracker commit 提交它",
                    f"note: {path} was saved but not committed (\"{message.splitlines()[0]}\"); "
                    "run tracker commit to commit it"))

    def t(self, zh: str, en: str) -> str:
        return en if self.lang == "en" else zh

    def fail(self, zh: str, en: str | None = None) -> NoReturn:
        raise Failure(zh if en is None or self.lang != "en" else en)

    def say(self, text: str = "") -> None:
        click.echo(terminal_text(text))

    def say_table(self, headers: Sequence[str], columns: Sequence[Sequence[str]]) -> None:
        """A `column_table_lines` table, written a thousand lines at a time (a 10,000-row
        listing is never held as one string). The table shows every control character of
        every cell as its escape as it is built, and the headers are ours, so the last guard
        is not run over it: searching 2 MB of text for nothing was 9 % of a warm list."""
        it = column_table_lines(headers, columns)
        while chunk := list(islice(it, 1000)):
            click.echo("\n".join(chunk))

    def warn(self, text: str) -> None:
        click.echo(terminal_text(text), err=True)

    def warn_skipped(self) -> None:
        """Name every plan file a report left out, and why (one line each); and every file
        read with a value it could not take (a due date that does not exist shows as none)."""
        ws = self.workspace()
        skipped = ws.skipped()
        if skipped:
            self.warn(self.t(f"注意：{len(skipped)} 个计划文件有错误，未计入（运行 tracker check 查看）：",
                             f"note: {len(skipped)} plan files have errors and were left out (run "
                             "tracker check):"))
            for f, why in skipped:
                self.warn(f"  {why.render(self.lang) if why is not None else f.path}")
        left = {id(f) for f, _ in skipped}
        partly = [(f, [p for p in f.problems if p.is_error]) for f in ws.files if id(f) not in left]
        partly = [(f, errors) for f, errors in partly if errors]
        if partly:
            self.warn(self.t(f"注意：{len(partly)} 个计划文件有值无法读取，这些值按空白显示（运行 tracker check 查看）：",
                             f"note: {len(partly)} plan files have values that cannot be read and "
                             "show as blank (run tracker check):"))
            for _, errors in partly:
                for p in errors[:3]:
                    self.warn(f"  {p.render(self.lang)}")


def _name(env: Env, by: str, lang: str | None) -> str:
    """The --by / TRACKER_USER name as it goes into a commit: spaces around it dropped (a
    full-width space from a Chinese input method too); refused when nothing visible is left,
    before anything is saved (git would refuse it only after the file was written)."""
    import unicodedata

    name = by.strip()
    if not name or all(unicodedata.category(c) in ("Zs", "Cf") for c in name):
        env.lang = lang or "zh"
        raise Failure(env.t("--by（或 TRACKER_USER）的姓名是空的：请写上修改人的姓名",
                            "the --by (or TRACKER_USER) name is blank: give the name of whoever "
                            "makes the change"))
    return name


def _backward(day: dt.date, today: dt.date, value: str) -> dt.date:
    """--since and --until name a day already past. A deadline reads "20日" as the next 20th; a start
    reads it as the last one (20日 on 11月23日 is 11月20日), and "12月1日" in November as last
    December. A written year is kept as written."""
    if day <= today or re.search(r"\d{4}|年", value):
        return day
    if "月" in value:
        try:
            return day.replace(year=day.year - 1)
        except ValueError:  # 2月29日
            return day.replace(year=day.year - 1, day=28)
    year, month = day.year, day.month
    for _ in range(12):  # only a day: the latest month before it that has that day
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        try:
            back = dt.date(year, month, day.day)
        except ValueError:
            continue
        if back <= today:
            return back
    return day


def _parse_today(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"--today must be YYYY-MM-DD, got '{value}'") from None


class LazyGroup(HelpMixin, click.Group):
    """Imports a command's module on first use; `lazy_commands` maps name -> module. Help is
    written in the office's language (tracker.cli.help), by every command it holds."""

    lazy_commands: dict[str, str] = {}
    command_class = HelpCommand

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        if type(cmd) is click.Command:  # made with click.command(): same object, our help
            cmd.__class__ = HelpCommand
        super().add_command(cmd, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        format_commands_zh(self, ctx, formatter)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(self.lazy_commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy_commands:
            import importlib

            module = importlib.import_module(f"tracker.cli.{self.lazy_commands[cmd_name]}")
            register = getattr(module, "register", None)
            if register is not None:
                register(self)
        return self.commands.get(cmd_name)


@click.group(cls=LazyGroup,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--repo", type=click.Path(file_okay=False, path_type=Path), envvar="TRACKER_REPO",
              help="Data repository (default: search upward from the current directory).")
@click.option("--today", metavar="YYYY-MM-DD", envvar="TRACKER_TODAY",
              help="As-of date for overdue and reports (default: the real today).")
@click.option("--by", metavar="NAME", envvar="TRACKER_USER", help="Author of the changes made.")
@click.option("--lang", type=click.Choice(["zh", "en"]), envvar="TRACKER_LANG",
              help="Language of labels and messages (default: tracker.yaml).")
@click.option("--no-verify", is_flag=True,
              help="Skip the repository's commit hooks (pre-commit, commit-msg) this once.")
@click.version_option(package_name="tracker")
@click.pass_context
def cli(ctx: click.Context, repo: Path | None, today: str | None, by: str | None,
        lang: str | None, no_verify: bool) -> None:
    """tracker — 工作方案台账: plans as YAML files in git, for small offices."""
    root = git.find_root(repo or Path.cwd()) if repo is None or repo.exists() else None
    if repo is not None and root is None:
        root = repo.resolve() if (repo / "tracker.yaml").exists() else None
    ctx.obj = Env(root=root, today=_parse_today(today), lang=lang or "zh", by=by or None,
                  lang_given=lang is not None, verify=not no_verify)
    if by and any(c < " " or "\x7f" <= c <= "\x9f" or c in "\u2028\u2029" for c in by):
        ctx.obj.lang = lang or "zh"
        raise Failure(ctx.obj.t("--by 的姓名只能写一行，不能含换行或控制字符",
                                "the --by name is one line: no line breaks or control characters"))
    if by is not None:
        ctx.obj.by = _name(ctx.obj, by, lang)
    if repo is not None and root is None and ctx.invoked_subcommand not in ("init", "demo"):
        ctx.obj.lang = lang or "zh"
        raise Failure(ctx.obj.t(f"“{repo}”不是 tracker 仓库（没有 tracker.yaml）",
                                f"'{repo}' is not a tracker repository (no tracker.yaml)"))
    if root is not None and lang is None:
        ctx.obj.lang = _language_of(root)


def _language_of(root: Path) -> str:
    """Read just the language from tracker.yaml (cheap; the full load happens on demand)."""
    try:
        for line in (root / "tracker.yaml").read_text(encoding="utf-8").splitlines():
            if line.startswith("language:"):
                value = line.split(":", 1)[1].split("#", 1)[0].strip()
                return value if value in ("zh", "en") else "zh"
    except (OSError, UnicodeDecodeError):
        pass
    return "zh"


pass_env = click.make_pass_decorator(Env)


def fail(message: str) -> NoReturn:
    raise Failure(message)


GLOBAL_OPTIONS = ("--repo", "--today", "--by", "--lang")
GLOBAL_FLAGS = ("--no-verify",)


def hoist_global_options(argv: list[str]) -> list[str]:
    """Let `tracker note T1 文字 --by 张三` work like `tracker --by 张三 note T1 文字`:
    clerks put options where they think of them."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest.extend(argv[i:])
            break
        name = arg.split("=", 1)[0]
        if arg in GLOBAL_FLAGS and rest:
            front.append(arg)
        elif name in GLOBAL_OPTIONS and rest:
            if "=" in arg:
                front.append(arg)
            elif i + 1 < len(argv):
                front.extend(argv[i:i + 2])
                i += 1
            else:
                rest.append(arg)
        else:
            rest.append(arg)
        i += 1
    return front + rest


class LangHint:
    """The language for help and usage errors before the group has run: --lang, else
    TRACKER_LANG, else the repository's tracker.yaml (--repo, TRACKER_REPO or upward), else zh."""

    def __init__(self, args: list[str]) -> None:
        self.args = list(args)  # click's parser consumes the list it is given
        self._lang: str | None = None

    @property
    def lang(self) -> str:
        if self._lang is None:
            self._lang = self._find()
        return self._lang

    def _find(self) -> str:
        given = self._option("--lang") or os.environ.get("TRACKER_LANG")
        if given in ("zh", "en"):
            return given
        repo = self._option("--repo") or os.environ.get("TRACKER_REPO")
        root = git.find_root(Path(repo) if repo else Path.cwd())
        return _language_of(root) if root is not None else "zh"

    def _option(self, name: str) -> str | None:
        for i, arg in enumerate(self.args):
            if arg == "--":
                break
            if arg == name and i + 1 < len(self.args):
                return self.args[i + 1]
            if arg.startswith(name + "="):
                return arg.split("=", 1)[1]
        return None


def run(argv: list[str] | None = None) -> int:
    """Run the CLI; translate our errors into messages and exit codes."""
    ctx: click.Context | None = None
    args = hoist_global_options(list(sys.argv[1:] if argv is None else argv))
    hint = LangHint(args)  # until the group has read --lang and tracker.yaml (help, usage errors)

    def lang() -> str:
        return getattr(getattr(ctx, "obj", None), "lang", None) or hint.lang

    if argv is None and _is_terminal(sys.stderr):  # counters for slow work; never in a pipe
        progress.enable(lang)
    try:
        ctx = cli.make_context("tracker", args, obj=hint)
        with ctx:
            cli.invoke(ctx)
        return 0
    except Failure as exc:
        click.echo(terminal_text(str(exc)), err=True)
        return exc.code
    except UserError as exc:
        click.echo(terminal_text(exc.message(lang())), err=True)
        return 1
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("已取消" if lang() == "zh" else "Aborted!", err=True)
        return 1
    except click.ClickException as exc:
        show_usage_error(exc, lang())
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        said = _environment_error(exc, lang())
        if said is None or os.environ.get("TRACKER_DEBUG"):
            if os.environ.get("TRACKER_DEBUG"):
                raise
            return _internal_error(getattr(getattr(ctx, "obj", None), "root", None), lang())
        click.echo(terminal_text(said), err=True)
        return 1
    except Exception:  # a bug: keep the terminal clean, keep the details
        if os.environ.get("TRACKER_DEBUG"):
            raise
        return _internal_error(getattr(getattr(ctx, "obj", None), "root", None), lang())
    finally:
        progress.disable()


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def _environment_error(exc: OSError, lang: str) -> str | None:
    """An OSError the machine caused, not tracker: no permission, a read-only or full disk,
    said in one line with the file. None for any other (a bug: see _internal_error)."""
    import errno

    what = exc.filename or ""
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
    root = root or git.find_root(Path.cwd())
    gdir = git.git_dir(root) if root else None
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / "tracker-last-error.log"
    for path in ([gdir / "tracker" / "last-error.log"] if gdir else []) + [tmp]:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(details, encoding="utf-8")
        except OSError:
            continue
        click.echo(("内部错误，数据未受影响；详情见 " if lang == "zh"
                    else "internal error; your data is untouched; details in ") + str(path), err=True)
        return 1
    last = terminal_text(details.strip().splitlines()[-1])
    click.echo(("内部错误，数据未受影响：" if lang == "zh"
                else "internal error; your data is untouched: ") + last, err=True)
    return 1
