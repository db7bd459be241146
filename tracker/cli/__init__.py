"""The command line: argv in, text out, exit codes. Commands live in modules by subject;
the TUI is imported only inside `tracker tui` / `tracker demo`, so the CLI never pays for it."""

from __future__ import annotations

import gc
import importlib
import sys

from tracker.cli.base import cli, run

# Each module registers its commands on `cli`; a module not written yet is simply absent.
_COMMAND_MODULES = ("core", "history", "reports", "importing", "tui")


def _register() -> None:
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"tracker.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"tracker.cli.{name}":
                raise
            continue
        register = getattr(module, "register", None)
        if register is not None:
            register(cli)


_register()


def main() -> None:
    # A short-lived process that builds tens of thousands of objects: collect cycles rarely.
    gc.set_threshold(100_000, 50, 100)
    sys.exit(run())


__all__ = ["cli", "main", "run"]
