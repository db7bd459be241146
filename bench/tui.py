"""TUI speed with real volume: 100 plans x 100 tasks in a temporary repository.

Times the first screen (app start to the board painted, headless) and one card move: key press
to the card shown in its new column, and to the status written and committed (a worker thread
does that while the board stays live). Prints lines such as

    tui first screen 10000 tasks: 0.91 s
    tui End in a 3334-card column: 0.02 s
    tui card move: 0.12 s
    tui card move written and committed: 0.30 s
    tui accountability first open: 0.40 s

Run: .venv/bin/python bench/tui.py [--plans 100] [--tasks 100]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

STATUSES = ("todo", "doing", "doing", "blocked", "done", "verified")
UNITS = ("县能源局", "县财政局", "县住建局", "城关镇", "河西乡", "东关镇", "北山乡", "各乡镇", "县教育局")


def plan_text(n: int, tasks: int) -> str:
    lines = ["format: 1", f"id: plan-{n:03d}", f"title: 第{n}号工作实施方案", "year: 2026",
             "status: active", "phases:", "  - id: P1", "    title: 组织实施",
             "    start: 2026-03-01", "    end: 2026-09-30", "  - id: P2", "    title: 检查验收",
             "    start: 2026-10-01", "    end: 2026-12-31", "tasks:"]
    base = dt.date(2026, 3, 1)
    for i in range(1, tasks + 1):
        k = n * tasks + i
        start = base + dt.timedelta(days=k % 200)
        due = start + dt.timedelta(days=20 + k % 90)
        lines += [f"  - id: T{i}", f"    title: 第{n}号方案第{i}项重点任务（推进落实）",
                  f"    lead: [{UNITS[k % 4]}]", f"    owners: [{UNITS[3 + k % 6]}]",
                  f"    phase: {'P1' if due.month < 10 else 'P2'}", f"    start: {start}",
                  f"    due: {due}", f"    status: {STATUSES[k % len(STATUSES)]}",
                  f"    progress: {k % 101}"]
    return "\n".join(lines) + "\n"


def make_repo(root: Path, plans: int = 100, tasks: int = 100) -> Path:
    (root / "plans").mkdir(parents=True)
    for name in ("tracker.yaml", "units.yaml"):
        shutil.copy(PROJECT / name, root / name)
    for n in range(1, plans + 1):
        (root / "plans" / f"plan-{n:03d}.yaml").write_text(plan_text(n, tasks), encoding="utf-8")
    env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.invalid",
               GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="bench@example.invalid")
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "bench plans"]):
        subprocess.run(["git", *args], cwd=root, check=True, env=env, capture_output=True)
    subprocess.run(["git", "config", "user.name", "bench"], cwd=root, check=True)
    subprocess.run(["git", "config", "user.email", "bench@example.invalid"], cwd=root, check=True)
    return root


async def measure(root: Path, tasks: int) -> None:
    # warm the plan cache the way a clerk's second start is warm
    from tracker.workspace import Workspace
    from views.app import TrackerApp

    assert Workspace.open(root).files
    started = time.perf_counter()
    app = TrackerApp(root, today=dt.date(2026, 11, 23))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        first = time.perf_counter() - started
        print(f"tui first screen {tasks} tasks: {first:.2f} s", flush=True)
        column = app.screen.query_one("#col-doing")
        app.screen.focus_list(column)
        await pilot.pause()
        t0 = time.perf_counter()
        await pilot.press("end")
        await pilot.pause()
        assert column.current_ref() == column.cards[-1].task.ref
        print(f"tui End in a {len(column.cards)}-card column: {time.perf_counter() - t0:.2f} s",
              flush=True)
        t0 = time.perf_counter()
        for _ in range(20):
            await pilot.press("pageup")
        await pilot.pause()
        paged = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in range(20):
            await pilot.press("x")  # no binding: what Pilot itself costs per key
        await pilot.pause()
        idle = time.perf_counter() - t0
        print(f"tui PageUp: {(paged - idle) / 20 * 1000:.0f} ms a key "
              f"(20 keys {paged:.2f} s, of which Pilot {idle:.2f} s)", flush=True)
        await pilot.press("home")
        await pilot.pause()
        t0 = time.perf_counter()
        await pilot.press("]")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        committed = time.perf_counter() - t0
        shown = app.shown_at - t0  # the app notes when the moved card was on screen
        print(f"tui card move: {shown:.2f} s", flush=True)
        print(f"tui card move written and committed: {committed:.2f} s", flush=True)
        for key, name in (("t", "timeline"), ("a", "accountability first open")):
            t0 = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            print(f"tui {name} view: {time.perf_counter() - t0:.2f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=100)
    parser.add_argument("--tasks", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tracker-bench-tui-") as tmp:
        root = make_repo(Path(tmp) / "repo", args.plans, args.tasks)
        asyncio.run(measure(root, args.plans * args.tasks))


if __name__ == "__main__":
    main()
