"""`make bench`: wall times of real `tracker` processes on 100 plans × 100 tasks, against the
targets the issues set for the 2-core machine. Other bench/*.py scripts with a `main()` are
run after the core figures (history, summary, TUI)."""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402

TRACKER = str(Path(sys.executable).with_name("tracker"))
# An installed tracker has its bytecode compiled; a session that sets PYTHONDONTWRITEBYTECODE
# would otherwise recompile every module on every timed run.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["TRACKER_USER"] = "bench"


def timed(args: list[str], repo: Path, runs: int = 11, before=None) -> tuple[float, float]:
    """(median, best) wall time of `runs` tracker processes. The machine is shared and noisy
    (the same command varies by 20-30 %), so both are shown; the verdict uses the median."""
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        proc = subprocess.run([TRACKER, "--repo", str(repo), "--today", "2026-11-23", *args],
                              # output to /dev/null, as hyperfine does: we time tracker, not
                              # the pipe this script would have to drain
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
        times.append(time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{args} failed: {proc.stderr.decode()[:500]}")
    return statistics.median(times), min(times)


def line(name: str, seconds: tuple[float, float], target: float) -> None:
    median, best = seconds
    verdict = "ok" if median <= target else "SLOW"
    print(f"{name:<40} median {median:6.3f} s  best {best:6.3f} s   target < {target:g} s   {verdict}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        repo = generate(Path(tmp) / "bench", 100, 100)
        cache = repo / ".git" / "tracker" / "plans.cache"
        drop = lambda: cache.unlink(missing_ok=True)
        print("core, 100 plans × 100 tasks (10,000 tasks), whole tracker processes:")
        line("tracker list (cold cache)", timed(["list"], repo, 3, drop), 3.0)
        timed(["list"], repo, 1)
        line("tracker list (warm cache)", timed(["list"], repo), 0.25)
        line("tracker check (cold cache)", timed(["check"], repo, 3, drop), 3.0)
        timed(["check"], repo, 1)
        line("tracker check (warm cache)", timed(["check"], repo), 1.0)
        progress = iter(range(1, 100))
        samples = [timed(["set", "plan-001/T50", f"progress={next(progress)}"], repo, 1)[0]
                   for _ in range(11)]
        line("tracker set, 100-task plan (one commit)", (statistics.median(samples), min(samples)), 0.3)
    for script in sorted(HERE.glob("*.py")):
        if script.name in ("run.py", "generate.py"):
            continue
        spec = importlib.util.spec_from_file_location(script.stem, script)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if hasattr(module, "main"):
            print(f"\n{script.stem}:")
            module.main()


if __name__ == "__main__":
    main()
