"""`tracker tui` and `tracker demo`: the Textual app. Textual is imported only inside these
commands, so the rest of the CLI never pays for it (a test keeps it that way)."""

from __future__ import annotations

from pathlib import Path

import click

from tracker import progress
from tracker.cli.base import Env, Failure, cli, pass_env


@cli.command()
@pass_env
def tui(env: Env) -> None:
    """Open the board, timeline and accountability views on this repository."""
    root = env.need_root()
    _run(env, root)


@cli.command()
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
              help="Create the demo repository here (default: a new temporary directory).")
@click.option("--no-open", is_flag=True, help="Only create the repository and print its path.")
@pass_env
def demo(env: Env, directory: Path | None, no_open: bool) -> None:
    """A fresh copy of the demo plans with some history, opened in the TUI."""
    from tracker import demo as demo_repo

    try:
        root = demo_repo.create(directory.resolve() if directory else None)
    except demo_repo.DemoError as exc:
        raise Failure(exc.message(env.lang)) from None
    if no_open:
        env.say(str(root))
        return
    env.warn(env.t(f"演示仓库：{root}", f"demo repository: {root}"))
    _run(env, root)


def _run(env: Env, root: Path) -> None:
    from views.app import TrackerApp

    progress.disable()  # a counter on stderr would scribble over the TUI's screen
    lang = env.lang if env.lang_given else None
    TrackerApp(root, today=env.today, lang=lang, by=env.by).run()
