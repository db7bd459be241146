"""tracker.store.parts on plain values: which parts are written as they were read, which are
pickled again, and that what is written reads back as exactly the kept values."""

from __future__ import annotations

from tracker.store import pickled
from tracker.store.parts import MAX_PARTS, STALE_SHARE, Parts


def _parts() -> Parts:
    return Parts(lambda v: v[0], lambda v: v[1])


def _read(written: tuple[bytes, ...]) -> dict[str, tuple[str, int]]:
    back = _parts()
    back.read(written)
    return back.entries


def test_unchanged_parts_are_written_as_their_bytes() -> None:
    p = _parts()
    one = pickled.dumps([("a", 10), ("b", 10)], 5)
    p.add_part(one, [("a", 10), ("b", 10)])
    p.put(("c", 1))
    out = p.written({"a", "b", "c"})
    assert out[0] is one and len(out) == 2
    assert _read(out) == {"a": ("a", 10), "b": ("b", 10), "c": ("c", 1)}


def test_a_part_mostly_stale_by_weight_is_pickled_again() -> None:
    p = _parts()
    values = [("big", 100), ("small", 5)]
    data = pickled.dumps(values, 5)
    p.add_part(data, values)
    assert p.written({"big"})[0] is data  # 5 of 105 gone: within the share
    assert 5 / 105 <= STALE_SHARE < 100 / 105
    out = p.written({"small"})  # 100 of 105 gone: only the live value written again
    assert out[0] is not data and _read(out) == {"small": ("small", 5)}


def test_too_many_parts_are_pickled_as_one() -> None:
    p = _parts()
    for i in range(MAX_PARTS + 3):
        p.add_part(pickled.dumps([(str(i), 1)], 5), [(str(i), 1)])
    out = p.written({str(i) for i in range(MAX_PARTS + 3)})
    assert len(out) == 1 and len(_read(out)) == MAX_PARTS + 3


def test_a_value_put_again_replaces_the_one_read() -> None:
    p = _parts()
    p.add_part(pickled.dumps([("a", 1)], 5), [("a", 1)])
    p.put(("a", 2))  # same key, another value (a file moved back to old bytes, a new path)
    assert _read(p.written({"a"}))["a"] == ("a", 2)
