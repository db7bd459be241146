"""The click side of every command: the group, its global options and lazy command table,
and `run()`, which reads argv with click and turns errors into exit codes (2 for usage, in
the office's language; the rest as tracker.cli.errors says). The Env and Failure the
commands use live in tracker.cli.env, which does not import click; they are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import NoReturn

import click

from tracker import progress
from tracker.cli import COMMANDS
from tracker.cli.argv import TODAY_YEARS, hoist_global_options
from tracker.cli.env import Env, Failure, LangHint, open_env
from tracker.cli.errors import exit_code, is_terminal
from tracker.cli.help import HelpCommand, HelpMixin, format_commands_zh, show_usage_error


def _parse_today(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(f"--today must be YYYY-MM-DD, got '{value}'") from None
    if not TODAY_YEARS[0] <= day.year <= TODAY_YEARS[1]:
        raise click.BadParameter(f"--today must be in the years {TODAY_YEARS[0]} to "
                                 f"{TODAY_YEARS[1]}, got '{value}'")
    return day


class LazyGroup(HelpMixin, click.Group):
    """Imports a command's module on first use; `lazy_commands` maps name -> module. Help is
    written in the office's language (tracker.cli.help), by every command it holds."""

    lazy_commands: dict[str, str] = COMMANDS
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
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100,
                               # `undo　`, `--period week　`: a stray space around a command
                               # or a choice (U+3000 from an input method) is no part of it
                               "token_normalize_func": str.strip})
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
    ctx.obj = open_env(repo, _parse_today(today), by, lang, no_verify, ctx.invoked_subcommand)


pass_env = click.make_pass_decorator(Env)


def fail(message: str) -> NoReturn:
    raise Failure(message)


def run(argv: list[str] | None = None) -> int:
    """Run the CLI; translate our errors into messages and exit codes."""
    ctx: click.Context | None = None
    args = hoist_global_options(list(sys.argv[1:] if argv is None else argv))
    hint = LangHint(args)  # until the group has read --lang and tracker.yaml (help, usage errors)

    def lang() -> str:
        return getattr(getattr(ctx, "obj", None), "lang", None) or hint.lang

    if argv is None and is_terminal(sys.stderr):  # counters for slow work; never in a pipe
        progress.enable(lang)
    try:
        ctx = cli.make_context("tracker", args, obj=hint)
        with ctx:
            cli.invoke(ctx)
        return 0
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        show_usage_error(exc, lang())
        return exc.exit_code
    except (Exception, KeyboardInterrupt) as exc:
        return exit_code(exc, lang, getattr(getattr(ctx, "obj", None), "root", None))
    finally:
        progress.disable()
