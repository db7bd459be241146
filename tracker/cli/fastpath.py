"""The fast path: `list`, `summary` and `set` read from argv without click.

Importing click and building its command tree costs every command ~20 ms before it does any
work, more than Taskwarrior needs for a whole listing. `run()` takes a command line only when
every argument is of a form it fully understands: the global options (before or after the
command, `--opt value` or `--opt=value`, and their environment variables, as click reads
them) and the command's own options and arguments, with the same defaults and choices as
the click definitions in tracker.cli.core, .reports and .editing. It then builds the Env as
the click group does and calls the same command body.

Anything else returns None and click runs as always: help, --version, an unknown or
abbreviated option, `--`, a missing argument, a bad choice or date, a path click would
refuse, any other command. So click stays the one definition of the interface and of every
usage error message; tests/cli/test_fastpath.py runs both paths on a table of command lines.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

# global option -> (its parameter, its environment variable); --no-verify is the one flag
GLOBAL = {"--repo": ("repo", "TRACKER_REPO"), "--today": ("today", "TRACKER_TODAY"),
          "--by": ("by", "TRACKER_USER"), "--lang": ("lang", "TRACKER_LANG")}
LANGS = ("zh", "en")

# command -> its options: name -> (parameter, choices or None for any text, multiple);
# flags -> their parameter; the click definitions are in core.py, reports.py, editing.py
OPTIONS: dict[str, dict[str, tuple[str, tuple[str, ...] | None, bool]]] = {
    "list": {"--format": ("fmt", ("table", "json", "csv"), False)},
    "summary": {"--plan": ("plan", None, True), "--unit": ("unit", None, False),
                "--leader": ("leader", None, False),
                "--period": ("period", ("week", "month", "quarter"), False),
                "--since": ("since", None, False),
                "--format": ("fmt", ("text", "markdown", "json", "docx"), False),
                "-o": ("output", None, False), "--output": ("output", None, False),
                "--issue": ("issue", None, False)},
    "set": {},
}
FLAGS = {"list": {}, "summary": {}, "set": {"--new-unit": "new_unit"}}
# commands that build a few dozen values, for which importing msgspec costs more than the work
# (tracker.structs); `list` and `summary` unpickle thousands and keep msgspec's Structs
PLAIN_STRUCTS = ("set",)
DEFAULTS: dict[str, dict[str, object]] = {
    "list": {"fmt": "table"},
    "summary": {"plan": (), "unit": None, "leader": None, "period": "month", "since": None,
                "fmt": None, "output": None, "issue": None},
    "set": {"new_unit": False},
}


def run(argv: list[str]) -> int | None:
    """Run `argv` (without the program name) if it is a command line of this path, and return
    its exit code; None when it is not (nothing has been read, written or printed)."""
    from tracker.cli.argv import hoist_global_options

    args = hoist_global_options(list(argv))
    parsed = _read(args)
    if parsed is None:
        return None
    options, command, params = parsed
    today = _today(options.get("today"))
    if today is None:  # click says why, in its own words
        return None
    return _invoke(args, options, today, command, params)


def _read(args: list[str]) -> tuple[dict[str, str], str, dict[str, object]] | None:
    """(global options, command, the command's parameters), or None when not ours."""
    options: dict[str, str] = {}
    i = 0
    while i < len(args) and args[i].startswith("-"):
        arg = args[i]
        if arg == "--no-verify":
            options["no_verify"] = "1"
            i += 1
            continue
        name, eq, value = arg.partition("=")
        if name not in GLOBAL:
            return None
        if not eq:
            if i + 1 == len(args):
                return None
            value = args[i + 1]
            i += 1
        if not _plain(value):
            return None
        options[GLOBAL[name][0]] = value
        i += 1
    if i == len(args) or args[i] not in OPTIONS:
        return None
    command = args[i]
    if command in PLAIN_STRUCTS:  # before the command's modules are imported: they build classes
        from tracker import structs

        structs.prefer_plain()
    params = _read_command(command, args[i + 1:])
    if params is None:
        return None
    for param, envvar in GLOBAL.values():
        if param not in options:
            given = os.environ.get(envvar)
            if given:  # click reads an empty variable as unset
                if not _plain(given):
                    return None
                options[param] = given
    if options.get("lang", "zh") not in LANGS or not _is_path(options.get("repo"), dirs=True):
        return None
    return options, command, params


def _read_command(command: str, args: list[str]) -> dict[str, object] | None:
    """The command's parameters from its part of the command line (options and arguments
    interleaved, as click allows), or None when click is needed."""
    spec, flags = OPTIONS[command], FLAGS[command]
    params: dict[str, object] = dict(DEFAULTS[command])
    plans: list[str] = []
    positional: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if not arg.startswith("-"):
            if not _plain(arg, empty=True):
                return None
            positional.append(arg)
            continue
        if arg in flags:
            params[flags[arg]] = True
            continue
        name, eq, value = arg.partition("=")
        if name not in spec or (eq and not name.startswith("--")):  # -o=x is "=x" to click
            return None
        if not eq:
            if i == len(args):
                return None
            value = args[i]
            i += 1
        param, choices, multiple = spec[name]
        if not _plain(value) or (choices is not None and value not in choices):
            return None
        if multiple:
            plans.append(value)
        else:
            params[param] = value
    if command == "list":
        params["query"] = tuple(positional)
    elif command == "summary":
        if positional:
            return None
        params["plan"] = tuple(plans)
        if params["output"] is not None:
            if not _is_path(str(params["output"]), dirs=False):
                return None
            params["output"] = Path(str(params["output"]))
    else:
        from tracker.cli.editing import well_formed

        if len(positional) < 2 or not all(well_formed(a) for a in positional[1:]):
            return None
        params["ref"], params["assignments"] = positional[0], tuple(positional[1:])
    return params


def _plain(value: str, empty: bool = False) -> bool:
    """A value taken as it is: not one click might read as an option, and text the terminal
    and the file system can take (no undecodable bytes from argv)."""
    if not value:
        return empty
    return not value.startswith("-") and not any("\udc80" <= c <= "\udcff" for c in value)


def _is_path(value: str | None, dirs: bool) -> bool:
    """Whether click.Path(file_okay=not dirs, dir_okay=dirs) takes `value` (None: not given)."""
    if value is None:
        return True
    try:
        st = os.stat(value)
    except OSError:
        return True  # a path that does not exist is the command's to report
    except ValueError:
        return False
    if stat.S_ISREG(st.st_mode) if dirs else stat.S_ISDIR(st.st_mode):
        return False
    return os.access(value, os.R_OK)


def _today(value: str | None) -> dt.date | None:
    from tracker.cli.argv import TODAY_YEARS

    if not value:
        return dt.date.today()
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return day if TODAY_YEARS[0] <= day.year <= TODAY_YEARS[1] else None


def _invoke(args: list[str], options: dict[str, str], today: dt.date, command: str,
            params: dict[str, object]) -> int:
    """Build the Env and run the command body, with run()'s error handling."""
    from tracker import progress
    from tracker.cli.argv import trimmed
    from tracker.cli.env import Env, LangHint, open_env
    from tracker.cli.errors import exit_code, is_terminal

    env: Env | None = None
    hint = LangHint(args)

    def lang() -> str:
        return env.lang if env is not None else hint.lang

    if is_terminal(sys.stderr):  # counters for slow work; never in a pipe
        progress.enable(lang)
    try:
        repo = options.get("repo")
        env = open_env(Path(repo) if repo is not None else None, today, options.get("by"),
                       options.get("lang"), "no_verify" in options, command)
        _BODIES[command]()(env, **trimmed(params))
        return 0
    except (Exception, KeyboardInterrupt) as exc:
        return exit_code(exc, lang, env.root if env is not None else None)
    finally:
        progress.disable()


def _list() -> Callable[..., None]:
    from tracker.cli.listing import list_command

    return list_command


def _summary() -> Callable[..., None]:
    from tracker.cli.reports import summary_command

    return summary_command


def _set() -> Callable[..., None]:
    from tracker.cli.editing import set_command

    return set_command


_BODIES = {"list": _list, "summary": _summary, "set": _set}
