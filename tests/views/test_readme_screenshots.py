"""The README's screenshots are what the TUI shows today.

They are SVGs of the real app on the frozen demo data at 120x36, and they went stale twice
after a deliberate change of the screens (the key line, the 80-column layout). This test renders
each one again and compares it with the file the README links to; `make screenshots` writes
them anew (then look at them before committing).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from textual._doc import take_svg_screenshot  # what pytest-textual-snapshot itself renders with

from tracker import demo
from views.app import TrackerApp

ROOT = Path(__file__).parent.parent.parent
SHOTS_DIR = ROOT / "docs" / "screenshots"
DATA = ROOT / "tests" / "data" / "tui_demo"
SIZE = (120, 36)
TODAY = dt.date(2026, 11, 23)
UPDATE = os.environ.get("TRACKER_UPDATE_SCREENSHOTS") == "1"


async def settle(pilot):
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_task(pilot):
    pilot.app.open_task("clean-heating-2026", "T3")
    await pilot.pause()
    await settle(pilot)


# file name in docs/screenshots -> (keys, what to do before the keys)
SHOTS = {
    "board": ([], settle),
    "timeline": (["t"], settle),
    "accountability": (["a"], settle),
    "unit": (["a", "enter"], settle),
    "task": ([], open_task),
}


def without_ids(svg: str) -> str:
    """Rich names its CSS classes after a hash of the render; the picture is the rest."""
    return re.sub(r"\bterminal-\d+-([\w-]+)", r"terminal-\1", svg)


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    return demo.create(tmp_path_factory.mktemp("readme") / "demo", source=DATA)


def test_the_readme_links_every_screenshot():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(docs/screenshots/([\w-]+)\.svg\)", readme))
    assert linked == set(SHOTS)


@pytest.mark.parametrize("name", list(SHOTS))
def test_screenshot_is_current(demo_root, name):
    keys, before = SHOTS[name]
    app = TrackerApp(demo_root, today=TODAY, poll_seconds=0)
    svg = take_svg_screenshot(app=app, press=keys, terminal_size=SIZE, run_before=before)
    path = SHOTS_DIR / f"{name}.svg"
    if UPDATE:
        path.write_text(svg, encoding="utf-8")
    assert without_ids(path.read_text(encoding="utf-8")) == without_ids(svg), (
        f"{path.relative_to(ROOT)} is not what the TUI shows now: run `make screenshots`, "
        "look at the pictures and commit them")
