"""Work spread over forked children: results in order, the same as doing it all here, and a
child that fails costs only time."""

from __future__ import annotations

import os
import pickle
import random
from pathlib import Path

from tests.conftest import PROJECT
from tracker.store import cores, load, plancache


def test_spread_returns_each_shares_result_in_order() -> None:
    here = os.getpid()
    got = cores.spread(lambda share: [(x * x, os.getpid() == here) for x in share],
                       [[1, 2], [3], [4, 5, 6]])
    assert [r for r, _ in got] == [[(1, True), (4, True)], [(9, False)], [(16, False), (25, False), (36, False)]]
    # each share also as its pickle, this process's own made while the children work
    assert [pickle.loads(raw) for _, raw in got] == [r for r, _ in got]


def test_a_child_that_fails_or_dies_leaves_its_share_to_this_process() -> None:
    here = os.getpid()

    def work(share: list[str]) -> list[str]:
        if os.getpid() != here and share[0] == "raise":
            raise RuntimeError("only in the child")
        if os.getpid() != here and share[0] == "die":
            os._exit(9)
        return [s.upper() for s in share]

    got = cores.spread(work, [["a"], ["raise"], ["die"], ["b"]])
    assert [r for r, _ in got] == [["A"], ["RAISE"], ["DIE"], ["B"]]
    assert [raw is None for _, raw in got] == [False, True, True, False]


def test_an_error_here_ends_the_children(tmp_path: Path) -> None:
    marker = tmp_path / "child-finished"
    here = os.getpid()

    def work(share: list[int]) -> list[int]:
        if os.getpid() == here:
            raise KeyError("here")
        import time

        time.sleep(5)
        marker.write_text("x")
        return share

    try:
        cores.spread(work, [[1], [2]])
    except KeyError:
        pass
    assert not marker.exists()  # the child was ended, not left running


def test_many_plans_parsed_in_children_equal_parsing_them_here(tmp_path: Path, monkeypatch) -> None:
    import sys

    sys.path.insert(0, str(PROJECT / "bench"))
    from generate import plan_text

    rng = random.Random(4)
    (tmp_path / "plans").mkdir()
    for n in range(1, 9):
        (tmp_path / "plans" / f"plan-{n:03d}.yaml").write_text(plan_text(n, 30, rng), encoding="utf-8")
    (tmp_path / "plans" / "broken.yaml").write_bytes(b"id: x\ntasks: [\n")
    monkeypatch.setattr(plancache, "SPLIT_BYTES", 10_000)
    assert cores.can_fork()
    forked = plancache.load_plans(tmp_path, tmp_path / "plans.cache")
    here = [load.load_plan_bytes(p.read_bytes(), f"plans/{p.name}")
            for p in sorted((tmp_path / "plans").glob("*.yaml"))]
    assert forked == here
    # the children's plans are stored as the bytes they sent back, not pickled a second time
    from tracker.store import pickled

    stored = pickled.read(tmp_path / "plans.cache")
    assert isinstance(stored, tuple) and len(stored) == 3
    in_parts = [[x.blob for x in pickled.loads(part)] for part in stored[2]]
    assert len(in_parts) >= 2  # one part per core's share
    every = [blob for part in in_parts for blob in part]
    assert sorted(every) == sorted(x.blob for x in here if x.blob)  # each plan in one part
    assert plancache.load_plans(tmp_path, tmp_path / "plans.cache") == here  # from the cache
