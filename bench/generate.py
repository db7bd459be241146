"""Generate a large data repository (plans × tasks) for benchmarks: realistic Chinese text,
groups, updates, a mix of statuses and dates, committed to git."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = ["县能源局", "县财政局", "县住建局", "县生态环境局", "县教育局", "县公安局", "县民政局",
         "城关镇", "河西乡", "东关镇", "北山乡", "镇环保站", "镇水利站"]
STATUSES = ["todo", "doing", "doing", "blocked", "done", "verified", "dropped"]
# Titles as real plans write them: every one different, some with quotes and dashes (which
# are narrow characters in a wide text, the harder case for laying out a table).
VERBS = ["推进", "完成", "开展", "落实", "组织", "健全", "深化", "加快", "强化", "做好"]
OBJECTS = ["清洁取暖改造", "农村人居环境整治", "“双随机、一公开”监管", "校园安全隐患排查—整改",
           "老旧小区改造", "河湖“清四乱”专项行动", "营商环境优化", "燃气安全排查", "高标准农田建设",
           "社区养老服务站建设", "城乡环境卫生整治", "义务教育“双减”落实"]


def plan_text(n: int, tasks: int, rng: random.Random) -> str:
    lines = ["# yaml-language-server: $schema=../schema/plan.schema.json", "format: 1",
             f"id: plan-{n:03d}", f"title: 第{n}号重点工作实施方案（用于性能测试）", "year: 2026",
             "status: active", "phases:", "  - id: P1", "    title: 组织实施",
             "    start: 2026-03-01", "    end: 2026-10-31", "tasks:"]
    for i in range(1, tasks + 1):
        status = rng.choice(STATUSES)
        month, day = rng.randint(2, 12), rng.randint(1, 28)
        lines += [f"  - id: T{i}", f"    title: {rng.choice(VERBS)}{rng.choice(OBJECTS)}（第{n}批第{i}项，{rng.choice(UNITS)}）",
                  f"    lead: [{rng.choice(UNITS)}]",
                  f"    owners: [{rng.choice(UNITS)}, {rng.choice(['各乡镇', rng.choice(UNITS)])}]",
                  f"    support: [{rng.choice(UNITS)}]", "    phase: P1",
                  f"    due: 2026-{month:02d}-{day:02d}", f"    due_text: {month}月{day}日前",
                  f"    status: {status}"]
        if status == "verified":
            lines.append("    verified_by: 县督查室")
        lines.append(f"    progress: {rng.randint(0, 100)}")
        lines += ["    updates:", f"      - date: 2026-{max(1, month - 1):02d}-{day:02d}",
                  "        by: 张某", f"        text: 已完成第{i}项阶段性工作，正在推进下一步"]
    return "\n".join(lines) + "\n"


def generate(target: Path, plans: int = 100, tasks: int = 100, seed: int = 7) -> Path:
    if target.exists():
        shutil.rmtree(target)
    (target / "plans").mkdir(parents=True)
    shutil.copy(ROOT / "tracker.yaml", target / "tracker.yaml")
    units = (ROOT / "units.yaml").read_text(encoding="utf-8")
    (target / "units.yaml").write_text(units, encoding="utf-8")
    rng = random.Random(seed)
    for n in range(1, plans + 1):
        (target / "plans" / f"plan-{n:03d}.yaml").write_text(plan_text(n, tasks, rng), encoding="utf-8")
    env = {"GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "b@x", "GIT_COMMITTER_NAME": "bench",
           "GIT_COMMITTER_EMAIL": "b@x", "PATH": "/usr/bin:/bin"}
    subprocess.run(["git", "init", "-q"], cwd=target, check=True)
    subprocess.run(["git", "add", "-A"], cwd=target, check=True)
    subprocess.run(["git", "commit", "-qm", "bench plans"], cwd=target, check=True, env=env)
    return target


if __name__ == "__main__":
    print(generate(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/tracker-bench")))
