"""The plan cache is written in parts, each the pickle of some plans: a hand edit of one plan
adds a part with that plan and writes the others' bytes as they were, instead of pickling all
10,000 tasks again (~45 ms of a summary after one edit); parts that hold mostly plans no
longer on disk are pickled again without them, so old versions do not pile up."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT
from tracker.store import load, pickled, plancache
from tracker.store.parts import MAX_PARTS


def _office(root: Path, plans: int = 20) -> Path:
    sys.path.insert(0, str(PROJECT / "bench"))
    from generate import plan_text

    rng = random.Random(7)
    (root / "plans").mkdir(parents=True)
    for n in range(1, plans + 1):
        (root / "plans" / f"plan-{n:03d}.yaml").write_text(plan_text(n, 10, rng), encoding="utf-8")
    return root


def _parts(cache: Path) -> list[tuple[bytes, set[str]]]:
    stored = pickled.read(cache)
    assert isinstance(stored, tuple) and stored[0] == load.CACHE_VERSION
    return [(data, {x.blob for x in pickled.loads(data)}) for data in stored[2]]


def _edit(root: Path, n: int, note: str) -> None:
    path = root / "plans" / f"plan-{n:03d}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + f"# {note}\n", encoding="utf-8")


def _fresh(root: Path) -> list[load.Loaded]:
    return [load.load_plan_bytes(p.read_bytes(), f"plans/{p.name}")
            for p in sorted((root / "plans").glob("*.yaml"))]


def test_one_edited_plan_adds_a_part_and_keeps_the_others_bytes(tmp_path: Path) -> None:
    root = _office(tmp_path / "office")
    cache = tmp_path / "plans.cache"
    plancache.load_plans(root, cache)
    (before,) = _parts(cache)  # one part: every plan, pickled once
    _edit(root, 3, "备注")
    loaded = plancache.load_plans(root, cache)
    assert loaded == _fresh(root)
    parts = _parts(cache)
    assert parts[0][0] == before[0]  # the same bytes, not pickled again
    edited = next(x.blob for x in loaded if x.path == "plans/plan-003.yaml")
    assert [blobs for _, blobs in parts[1:]] == [{edited}]
    assert plancache.load_plans(root, cache) == loaded  # and read back from the parts


def test_parts_mostly_of_old_versions_are_pickled_again(tmp_path: Path) -> None:
    root = _office(tmp_path / "office")
    cache = tmp_path / "plans.cache"
    plancache.load_plans(root, cache)
    for round_ in range(3):
        for n in range(1, 11):  # half of the plans, each edited three times
            _edit(root, n, f"{round_}-{n}")
            loaded = plancache.load_plans(root, cache)
            live = {x.blob for x in loaded}
            parts = _parts(cache)
            stored = [b for _, blobs in parts for b in blobs]
            # every plan on disk is in the file once; old versions are at most a tenth of it
            assert live <= set(stored) and len(stored) == len(set(stored))
            assert len(set(stored) - live) <= len(live) // 10
            assert len(parts) <= MAX_PARTS
    assert plancache.load_plans(root, cache) == _fresh(root)


def test_a_removed_plan_leaves_the_file(tmp_path: Path) -> None:
    root = _office(tmp_path / "office", plans=4)
    cache = tmp_path / "plans.cache"
    plancache.load_plans(root, cache)
    gone = next(x.blob for x in plancache.load_plans(root, cache) if x.path.endswith("004.yaml"))
    (root / "plans" / "plan-004.yaml").unlink()
    _edit(root, 1, "x")  # something to save
    plancache.load_plans(root, cache)
    assert gone not in {b for _, blobs in _parts(cache) for b in blobs}


@pytest.mark.parametrize("damage", [b"", b"\x80\x05garbage", b"not a pickle"])
def test_a_damaged_cache_is_rebuilt(tmp_path: Path, damage: bytes) -> None:
    root = _office(tmp_path / "office", plans=3)
    cache = tmp_path / "plans.cache"
    cache.write_bytes(damage)
    assert plancache.load_plans(root, cache) == _fresh(root)
    assert plancache.load_plans(root, cache) == _fresh(root)


def test_a_damaged_part_inside_a_whole_file_is_rebuilt(tmp_path: Path) -> None:
    root = _office(tmp_path / "office", plans=3)
    cache = tmp_path / "plans.cache"
    plancache.load_plans(root, cache)
    version, stats, parts = pickled.read(cache)  # type: ignore[misc]
    pickled.write(cache, (version, stats, (parts[0][: len(parts[0]) // 2],)))  # cut in half
    assert plancache.load_plans(root, cache) == _fresh(root)
    assert plancache.load_plans(root, cache) == _fresh(root)
    assert len(_parts(cache)) == 1
