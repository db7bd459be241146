"""Parsing one large plan in two halves gives exactly what parsing it whole gives: the same
plan, the same problems at the same places, in the same order."""

from __future__ import annotations

import random
from pathlib import Path

from tests.conftest import PROJECT
from tracker.store import load, plancache, taskchunks


def halved(raw: bytes, path: str) -> load.Loaded | None:
    cut = taskchunks.halves(raw)
    if cut is None:
        return None
    first, second, shared = cut
    return taskchunks.join(load.load_plan_bytes(first, path), load.load_plan_bytes(second, path),
                           shared, load.blob_id(raw))


def big_plan(n: int, rng: random.Random, flaws: bool) -> bytes:
    lines = ["# 大方案", "id: big", "title: 大方案", "year: 2026", "phases:", "  - id: P1",
             "    title: 实施", "    start: 2026-03-01", "    end: 2026-10-31", "tasks:"]
    for i in range(1, n + 1):
        lines += [f"  - id: T{i}", f"    title: 第{i}项", "    owners: [城关镇]",
                  f"    due_text: {rng.randint(1, 12)}月底前", "    status: doing",
                  "    # 一条注释", ""]
        if flaws and i % 97 == 0:
            lines += [f"    progress: {rng.choice(['120', '六成', '-1'])}", "    colour: red"]
        if i % 50 == 0:
            lines += ["    updates:", "      - date: 2026-05-01", "        text: |-",
                      "          第一行", "          第二行"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_halves_equal_the_whole_parse_on_demo_and_large_plans() -> None:
    rng = random.Random(5)
    samples = [(p.read_bytes(), f"plans/{p.name}") for p in sorted((PROJECT / "plans").glob("*.yaml"))]
    samples += [(big_plan(n, rng, flaws), "plans/big.yaml") for n in (2, 3, 400, 1001)
                for flaws in (False, True)]
    cut = 0
    for raw, path in samples:
        got = halved(raw, path)
        if got is None:
            continue
        cut += 1
        assert got == load.load_plan_bytes(raw, path), path
    assert cut >= 8  # the large plans were all cut


def test_a_file_with_anchors_or_a_key_after_the_tasks_is_not_cut() -> None:
    anchored = b"id: a\ntitle: t\nyear: 2026\ntasks:\n  - id: T1\n    lead: &e [x]\n  - id: T2\n    lead: *e\n"
    after = b"id: a\ntitle: t\ntasks:\n  - id: T1\n  - id: T2\ngoals: []\n"
    assert taskchunks.halves(anchored) is None and taskchunks.halves(after) is None


def test_the_plan_cache_parses_one_large_plan_on_both_cores(tmp_path: Path, monkeypatch) -> None:
    rng = random.Random(6)
    (tmp_path / "plans").mkdir()
    raw = big_plan(9000, rng, True)
    assert len(raw) > 700_000
    (tmp_path / "plans" / "big.yaml").write_bytes(raw)
    monkeypatch.setattr(plancache, "SPLIT_BYTES", 500_000)
    loaded = plancache.load_plans(tmp_path, None)
    assert loaded == [load.load_plan_bytes(raw, "plans/big.yaml")]
