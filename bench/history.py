"""`tracker log` over 1,000 commits touching 20 plans, cold (no history cache) and warm; then
the same over a history of two offices with 50 merges.

The repository is written with one `git fast-import` (a commit per edit, several authors,
a day apart); every commit changes one field or appends one update of one task, like the
tool's own commits and hand edits do. Prints lines like `log 1000 commits cold: 1.23 s`.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLANS, TASKS, COMMITS = 20, 15, 1000
AUTHORS = ("张三", "李四", "王五", "赵六")
STATUSES = ("todo", "doing", "blocked", "doing", "done")
UNITS = ("城关镇", "河西乡", "北山乡", "县财政局")
TRACKER = str(Path(sys.executable).with_name("tracker"))


def render(plan: int, tasks: list[dict[str, object]]) -> bytes:
    lines = [f"# 基准测试方案 {plan}", "format: 1", f"id: bench-{plan:02d}",
             f"title: 基准测试方案{plan}", "year: 2026", "status: active", "lead: [县能源局]",
             "goals:", "  - id: G1", "    text: 完成改造", "    target: 1000", "    unit: 户",
             "    current: 100", "tasks:"]
    for t in tasks:
        lines += [f"  - id: T{t['n']}", f"    title: 第{t['n']}项重点任务（推进清洁取暖改造）",
                  "    lead: [县能源局]", f"    owners: [{', '.join(t['owners'])}]",  # type: ignore[arg-type]
                  f"    due: {t['due']}", f"    status: {t['status']}",
                  f"    progress: {t['progress']}"]
        if t["updates"]:
            lines.append("    updates:")
            for day, who, text in t["updates"]:  # type: ignore[attr-defined]
                lines += [f"      - date: {day}", f"        by: {who}", f"        text: {text}"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def build(root: Path, merges: int = 0) -> None:
    """1,000 commits; with `merges`, two offices: every round of 1000/merges commits is split
    between a side branch (odd plans) and main (even plans), then merged, and every fifth
    merge also changes a value itself (a resolution by hand)."""
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    for name, text in (("tracker.yaml", "language: zh\nyear: 2026\n"),
                       ("units.yaml", "units:\n" + "".join(f"  - name: {u}\n" for u in UNITS))):
        (root / name).write_text(text, encoding="utf-8")
    state = {p: [{"n": n, "owners": [UNITS[n % 3]], "due": dt.date(2026, 5, 1) + dt.timedelta(days=n),
                  "status": "todo", "progress": 0, "updates": []} for n in range(1, TASKS + 1)]
             for p in range(PLANS)}
    start = dt.datetime(2026, 1, 5, 9, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    out: list[bytes] = []

    def commit(i: int, who: str, message: str, files: dict[str, bytes], branch: str = "main",
               parents: tuple[int, ...] = ()) -> None:
        when = int((start + dt.timedelta(hours=8 * i)).timestamp())
        msg = message.encode("utf-8")
        out.append(f"commit refs/heads/{branch}\nmark :{i + 1}\n".encode())
        out.append(f"author {who} <{who}@example.org> {when} +0800\n".encode())
        out.append(f"committer {who} <{who}@example.org> {when} +0800\n".encode())
        out.append(b"data %d\n%s\n" % (len(msg), msg))
        for k, parent in enumerate(parents):
            out.append(f"{'from' if k == 0 else 'merge'} :{parent + 1}\n".encode())
        for path, data in files.items():
            out.append(f"M 100644 inline {path}\n".encode())
            out.append(b"data %d\n%s\n" % (len(data), data))

    def edit(i: int, p: int) -> None:
        n, kind = (i // PLANS) % TASKS, i % 5
        task = state[p][n]
        if kind == 0:
            task["status"] = STATUSES[(STATUSES.index(task["status"]) + 1) % len(STATUSES)]  # type: ignore[arg-type]
        elif kind == 1:
            task["due"] = task["due"] + dt.timedelta(days=7)  # type: ignore[operator]
        elif kind == 2:
            task["progress"] = min(100, int(task["progress"]) + 10)  # type: ignore[call-overload]
        elif kind == 3:
            day = (start + dt.timedelta(hours=8 * i)).date()
            task["updates"].append((day, AUTHORS[i % 4], f"第{i}次进展：完成入户核查"))  # type: ignore[attr-defined]
        else:
            owners = task["owners"]
            task["owners"] = owners[:-1] if len(owners) > 1 else owners + [UNITS[(n + 1) % 4]]  # type: ignore[operator]

    def plan_file(p: int) -> dict[str, bytes]:
        return {f"plans/bench-{p:02d}.yaml": render(p, state[p])}

    commit(0, "测试员", "initial plans", {f"plans/bench-{p:02d}.yaml": render(p, state[p]) for p in range(PLANS)})
    if not merges:
        for i in range(1, COMMITS):
            p = i % PLANS
            edit(i, p)
            message = f"bench-{p:02d}/T{(i // PLANS) % TASKS + 1}: edit {i}\n\nTool: tracker\n"
            commit(i, AUTHORS[i % 4], message, plan_file(p), parents=(i - 1,))
    else:
        per_round = COMMITS // merges
        i, last_merge = 1, 0
        for r in range(merges):
            heads = {"main": last_merge, "side": last_merge}
            side_files: dict[str, bytes] = {}
            for k in range(per_round - 1):
                branch = "side" if k % 2 else "main"
                p = (2 * (i // 2) + (1 if branch == "side" else 0)) % PLANS
                edit(i, p)
                files = plan_file(p)
                if branch == "side":
                    side_files.update(files)
                commit(i, AUTHORS[(i + (2 if branch == "side" else 0)) % 4],
                       f"bench-{p:02d}: edit {i}\n\nTool: tracker\n", files, branch,
                       (heads[branch],))
                heads[branch] = i
                i += 1
            files = dict(side_files)
            if r % 5 == 0:  # the merger also decides a value by hand
                state[0][0]["progress"] = (int(state[0][0]["progress"]) + 5) % 100  # type: ignore[call-overload]
                files.update(plan_file(0))
            commit(i, "合并人", f"sync: merge round {r}\n\nTool: tracker\n", files, "main",
                   (heads["main"], heads["side"]))
            last_merge = i
            i += 1
    commit(COMMITS, "测试员", "settings", {"tracker.yaml": b"language: zh\nyear: 2026\n",
                                          "units.yaml": (root / "units.yaml").read_bytes()},
           parents=(COMMITS - 1 if not merges else i - 1,))
    subprocess.run(["git", "fast-import", "--quiet"], cwd=root, input=b"".join(out), check=True)
    subprocess.run(["git", "checkout", "-q", "-f", "main"], cwd=root, check=True)


def timed(root: Path, before=None, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        if before:
            before()
        t0 = time.perf_counter()
        proc = subprocess.run([TRACKER, "--repo", str(root), "--today", "2026-11-23", "log"],
                              capture_output=True, env={**os.environ, "LC_ALL": "C.UTF-8"}, check=False)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            raise SystemExit(f"tracker log failed: {proc.stderr.decode()[:500]}")
    return statistics.median(times)


def main() -> None:
    for merges in (0, 50):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "history"
            build(root, merges)
            cache = root / ".git" / "tracker" / "history.cache"
            drop = lambda c=cache: c.unlink(missing_ok=True)
            lines = subprocess.run([TRACKER, "--repo", str(root), "log"], capture_output=True,
                                   check=True).stdout.count(b"\n")
            cold = timed(root, drop)
            timed(root, runs=1)
            warm = timed(root, runs=5)
            what = f"log {COMMITS} commits" + (f", {merges} merges" if merges else "")
            print(f"{what} cold: {cold:.2f} s   target < 2 s   {'ok' if cold < 2 else 'SLOW'}")
            print(f"{what} warm: {warm:.2f} s   target < 0.5 s   {'ok' if warm < 0.5 else 'SLOW'}")
            print(f"({PLANS} plans × {TASKS} tasks, {lines} change lines)")


if __name__ == "__main__":
    main()
