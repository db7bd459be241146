"""Parsing one large plan in two halves gives exactly what parsing it whole gives: the same
plan, the same problems at the same places, in the same order."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

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


# ---------------------------------------------------------------- one_item, found by patterns

_LINES = ["tasks:", "tasks:   # 任务", "  - id: T1", "    title: x", "  - id: T2", "- id: T3",
          "  id: T4", "    - a", "      - b", "", "   ", "  # 注释", "# 注释", "    # deeper",
          "notes: y", "  -", "  -x", "  - {id: T5}", "  \u3000", " \x1f", "\u3000x", "  \xa0",
          "  - id: T6  # c", "format: 1", "   - id: T7", "  \u2028", "\x0c", "  ---", "title: t"]


@st.composite
def _plans(draw: st.DrawFn) -> list[str]:
    """Plan-shaped lines: a header, `tasks:`, items at one indentation with their bodies, and
    a stray line here and there."""
    pad = draw(st.sampled_from(["", "  ", "    "]))
    body = [pad + "  title: x", pad + "  # c", "", "   ", pad + "    - a", "# c", pad + "  - b",
            pad + "- ", pad + "-", "  \u3000", pad + " \xa0"]
    lines = draw(st.lists(st.sampled_from(["format: 1", "# c", "", "title: t"]), max_size=3))
    lines.append(draw(st.sampled_from(["tasks:", "tasks:  # 任务", "tasks: ", "tasks:x"])))
    for n in range(draw(st.integers(0, 4))):
        lines.append(f"{pad}- id: T{n}")
        lines += draw(st.lists(st.sampled_from(body), max_size=3))
    for _ in range(draw(st.integers(0, 2))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(_LINES)))
    return lines


@given(st.one_of(st.lists(st.sampled_from(_LINES), max_size=14), _plans()), st.booleans())
def test_one_item_found_by_patterns_is_the_one_found_line_by_line(lines: list[str],
                                                                  final: bool) -> None:
    text = "\n".join(lines) + ("\n" if final else "")
    for line in range(0, len(lines) + 2):
        assert taskchunks.one_item(text, line) == taskchunks._one_item_by_lines(text, line), (
            text, line)


def test_one_item_of_real_plans_is_the_one_found_line_by_line() -> None:
    rng = random.Random(4)
    texts = [p.read_text(encoding="utf-8") for p in sorted((PROJECT / "plans").glob("*.yaml"))]
    texts += [big_plan(n, rng, False).decode("utf-8") for n in (1, 3, 40)]
    for text in texts:
        n = text.count("\n")
        for line in sorted({0, 1, n, n + 1, n + 2, *rng.sample(range(n + 1), min(60, n + 1))}):
            assert taskchunks.one_item(text, line) == taskchunks._one_item_by_lines(text, line)


@given(st.text(alphabet="&*!\t\r%-.\n ab中", max_size=12))
def test_unsafe_is_the_pattern_unsafe(text: str) -> None:
    assert taskchunks.unsafe(text) == (taskchunks.UNSAFE.search(text) is not None)


@given(st.text(alphabet="tasks: \t#x中", max_size=10).map(lambda t: "tasks:" + t)
       | st.text(alphabet="tasks: \t#", max_size=9),
       st.sampled_from(["", "\n", "\x0c", "\r\n", "\u2028"]))
def test_the_tasks_line_is_the_one_the_pattern_names(line: str, end: str) -> None:
    import re

    line += end  # a line as splitlines(keepends=True) gives it
    assert taskchunks._is_tasks_key(line) == bool(re.match(r"^tasks:[ \t]*(#.*)?$", line)), line
