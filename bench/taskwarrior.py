"""tracker against Taskwarrior 2.6 on the same 10,000 tasks, and tracker alone on 50,000.

Runs only when `task` is installed (`apt-get install taskwarrior`); otherwise says so and
returns. Each pair of commands runs alternately (tracker, task, tracker, task, …) so a
slow spell of the shared machine hits both; the figure is the median of the per-pair ratios
tracker/task, with the medians of each side beside it. Never fails for a time.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402

TRACKER = str(Path(sys.executable).with_name("tracker"))
TODAY = "2026-11-23"
ROUNDS = 9
TARGETS = {"list (warm)": 0.5, "summary (warm)": 1.0, "set / modify": 1.0, "list (cold)": 2.0,
           "summary (cold)": 12.0}


def _tracker_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["TRACKER_USER"] = "bench"
    return env


def _run(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                          check=False)
    took = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[:4]} failed: {proc.stderr.decode('utf-8', 'replace')[:400]}")
    return took


def taskwarrior_data(repo: Path, home: Path) -> dict[str, str]:
    """The repository's tasks as a Taskwarrior database (one `task import`)."""
    sys.path.insert(0, str(HERE.parent))
    from tracker.store.plancache import load_plans

    rows = []
    for loaded in load_plans(repo, None):
        plan = loaded.plan
        if plan is None:
            continue
        for t in plan.tasks:
            status = {"done": "completed", "verified": "completed", "dropped": "deleted"}.get(
                t.status, "pending")
            row = {"uuid": str(uuid.uuid4()), "description": t.title, "project": plan.id,
                   "status": status, "entry": "20260101T000000Z"}
            if t.due:
                row["due"] = t.due.strftime("%Y%m%dT000000Z")
            if status != "pending":
                row["end"] = "20261101T000000Z"
            if t.lead:
                row["tags"] = [t.lead[0]]
            rows.append(row)
    data = home / "task"
    data.mkdir(parents=True)
    rc = home / "taskrc"
    rc.write_text(f"data.location={data}\nconfirmation=off\nnews.version=2.6.2\n",
                  encoding="utf-8")
    env = {**os.environ, "TASKRC": str(rc), "HOME": str(home)}
    dump = home / "tasks.json"
    dump.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    subprocess.run(["task", "import", str(dump)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return env


def pair(name: str, ours: list[str], theirs: list[str], tw_env: dict[str, str],
         before=None) -> tuple[float, float, float]:
    mine, other, ratios = [], [], []
    env = _tracker_env()
    for i in range(ROUNDS):
        if before:
            before()
        a = _run([_nth(a, i) for a in ours], env)
        b = _run([_nth(b, i) for b in theirs], tw_env)
        mine.append(a)
        other.append(b)
        ratios.append(a / b)
    ratio = statistics.median(ratios)
    target = TARGETS.get(name)
    verdict = "" if target is None else f"target ≤ {target:g}   {'ok' if ratio <= target else 'SLOW'}"
    print(f"{name:<18} tracker {statistics.median(mine):6.3f} s   task {statistics.median(other):6.3f} s"
          f"   ratio {ratio:5.2f} (range {min(ratios):.2f}–{max(ratios):.2f})   {verdict}")
    return statistics.median(mine), statistics.median(other), ratio


def _nth(arg: str, i: int) -> str:
    """The i-th run's argument: {i} its number, {HML} a priority unlike the run's before."""
    return arg.replace("{i}", str(i)).replace("{HML}", "HML"[i % 3])


def versus_taskwarrior(tmp: Path) -> None:
    repo = generate(tmp / "repo", 100, 100)
    tw_env = taskwarrior_data(repo, tmp / "home")
    base = [TRACKER, "--repo", str(repo), "--today", TODAY]
    caches = repo / ".git" / "tracker"
    plan_cache = caches / "plans.cache"

    def cold_list() -> None:
        plan_cache.unlink(missing_ok=True)

    def cold_all() -> None:
        for cache in caches.glob("*.cache"):  # plans, history, fields, config, checks, summary
            cache.unlink()

    edits = iter(range(10**6))

    def one_plan_edited() -> None:
        """A clerk's hand edit to one plan (not committed): that plan is read and its part of
        the summary made again; the other 99 come from the caches."""
        n = next(edits)
        plan = repo / "plans" / f"plan-{n % 100 + 1:03d}.yaml"
        plan.write_text(plan.read_text(encoding="utf-8") + f"# 备注 {n}\n", encoding="utf-8")

    _run(base + ["list"], _tracker_env())
    _run(base + ["summary"], _tracker_env())
    print(f"10,000 tasks, {ROUNDS} alternating runs each (ratio = tracker / task, median):")
    pair("list (warm)", base + ["list"], ["task", "list"], tw_env)
    pair("summary (warm)", base + ["summary"], ["task", "summary"], tw_env)
    pair("summary (1 edited)", base + ["summary"], ["task", "summary"], tw_env, one_plan_edited)
    # the hand edits put back: `set` would otherwise commit beside them (the slower, careful path)
    subprocess.run(["git", "checkout", "-q", "--", "plans"], cwd=repo, check=True)
    _run(base + ["summary"], _tracker_env())
    # Each run changes a value on both sides. (Until this round `task` was asked for the
    # priority it already had after its first run: "Modified 0 tasks", nothing written,
    # about half the time of a real change. That line stays, for comparison, without a target.)
    pair("set / modify", base + ["set", "plan-001/T50", "progress=1{i}"],
         ["task", "50", "modify", "priority:{HML}"], tw_env)
    pair("set / no-op modify", base + ["set", "plan-001/T51", "progress=1{i}"],
         ["task", "51", "modify", "priority:H"], tw_env)
    pair("list (cold)", base + ["list"], ["task", "list"], tw_env, cold_list)
    pair("summary (cold)", base + ["summary"], ["task", "summary"], tw_env, cold_all)


def at_fifty_thousand(tmp: Path) -> None:
    repo = generate(tmp / "big", 500, 100)
    base = [TRACKER, "--repo", str(repo), "--today", TODAY]
    caches = repo / ".git" / "tracker"
    env = _tracker_env()
    start = time.perf_counter()
    _run(base + ["summary"], env)
    cold = time.perf_counter() - start
    warm_list = statistics.median(_run(base + ["list"], env) for _ in range(5))
    warm_summary = statistics.median(_run(base + ["summary"], env) for _ in range(5))
    for cache in caches.glob("*.cache"):
        cache.unlink()
    cold_again = _run(base + ["summary"], env)
    print("50,000 tasks (500 plans × 100), tracker alone:")
    print(f"list (warm)        {warm_list:6.3f} s   target < 0.5 s   {'ok' if warm_list < 0.5 else 'SLOW'}")
    print(f"summary (warm)     {warm_summary:6.3f} s   target < 1 s     {'ok' if warm_summary < 1 else 'SLOW'}")
    cold = min(cold, cold_again)
    print(f"summary (cold)     {cold:6.3f} s   target < 10 s    {'ok' if cold < 10 else 'SLOW'}")


def main() -> None:
    if shutil.which("task") is None:
        print("Taskwarrior is not installed (apt-get install taskwarrior): comparison skipped")
    with tempfile.TemporaryDirectory() as tmp:
        if shutil.which("task") is not None:
            versus_taskwarrior(Path(tmp))
        at_fifty_thousand(Path(tmp))


if __name__ == "__main__":
    main()
