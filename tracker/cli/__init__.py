"""The command line: argv in, text out, exit codes. Commands live in modules by subject and a
module is imported only when one of its commands runs (or help lists them all), so `tracker
list` never pays for the history, report, import or TUI code — and never loads textual.

The commands run most (`list`, `summary`, `set`) do not load click either: `main()` first
offers argv to tracker.cli.fastpath, which takes only command lines it fully understands and
runs the same command bodies; anything else goes to click (tracker.cli.base), which stays the
one definition of the interface, its help and its usage errors."""

from __future__ import annotations

import gc
import os
import sys

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Any

    from tracker.cli.base import cli, run

# command -> the module that defines it; tests/test_cli.py checks this against the modules
COMMANDS = {
    "init": "core", "check": "core", "fmt": "core", "schema": "core", "list": "core",
    "show": "core", "add": "editing", "set": "editing", "note": "editing",
    "log": "history", "diff": "history", "commit": "history", "undo": "history",
    "baseline": "history", "sync": "sync", "merge-driver": "sync",
    "summary": "reports", "export": "reports", "form": "forms", "intake": "forms",
    "import": "importing",
    "tui": "tui", "demo": "tui",
}


def __getattr__(name: str) -> Any:
    # `cli` and `run` are click's: loaded on first use, so the fast path never imports click
    if name in ("cli", "run"):
        from tracker.cli import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    # A short-lived process that builds tens of thousands of objects: collect cycles rarely.
    gc.set_threshold(100_000, 50, 100)
    from tracker.cli import fastpath

    code = fastpath.run(sys.argv[1:])
    if code is None:
        from tracker.cli.base import run

        code = run()
    # Freeing every object one by one at exit took ~0.1 s after listing 10,000 tasks; the
    # operating system reclaims the memory at once. Output is flushed first; tracker
    # registers no exit handlers, and files are closed by the commands that open them.
    for stream in (sys.stdout, sys.stderr):  # None when the process was started without it
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe, a full disk: said already, or moot
            pass
    os._exit(code)


__all__ = ["COMMANDS", "cli", "main", "run"]
