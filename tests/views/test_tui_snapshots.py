"""SVG snapshots of each view on the demo repository, at a fixed size and date.

Update after a deliberate change of the screens with
`.venv/bin/python -m pytest tests/views/test_tui_snapshots.py --snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker import demo
from views.app import TrackerApp

# a frozen copy of the demo data, so a change to the project's demo plans or schema does not
# move these pictures (commit ids in the history pane depend on every byte)
DATA = Path(__file__).parent.parent / "data" / "tui_demo"
SIZE = (120, 36)
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    return demo.create(tmp_path_factory.mktemp("snap") / "demo", source=DATA)


def app_on(root):
    return TrackerApp(root, today=TODAY, poll_seconds=0)


async def settle(pilot):
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_board(snap_compare, demo_root):
    assert snap_compare(app_on(demo_root), terminal_size=SIZE, run_before=settle)


def test_timeline(snap_compare, demo_root):
    assert snap_compare(app_on(demo_root), press=["t"], terminal_size=SIZE, run_before=settle)


def test_accountability(snap_compare, demo_root):
    assert snap_compare(app_on(demo_root), press=["a"], terminal_size=SIZE, run_before=settle)


def test_task_detail(snap_compare, demo_root):
    async def open_task(pilot):
        pilot.app.open_task("clean-heating-2026", "T4")
        await pilot.pause()
        await settle(pilot)

    assert snap_compare(app_on(demo_root), terminal_size=SIZE, run_before=open_task)


SCREENS = {
    "board": [],
    "timeline": ["t"],
    "accountability": ["a"],
    "unit": ["a", "enter"],
    "help": ["question_mark"],
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_view_at_both_sizes(snap_compare, demo_root, screen, size, lang):
    app = TrackerApp(demo_root, today=TODAY, poll_seconds=0, lang=lang)
    assert snap_compare(app, press=SCREENS[screen], terminal_size=size, run_before=settle)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
def test_task_detail_at_both_sizes(snap_compare, demo_root, size, lang):
    async def open_task(pilot):
        pilot.app.open_task("clean-heating-2026", "T3")
        await pilot.pause()
        await settle(pilot)

    app = TrackerApp(demo_root, today=TODAY, poll_seconds=0, lang=lang)
    assert snap_compare(app, terminal_size=size, run_before=open_task)

