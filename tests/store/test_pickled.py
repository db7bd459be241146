"""The caches under .git/tracker/ are read and written through one place: a damaged file
reads as no cache, and one that cannot be written costs speed, never a command."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.store import pickled


def test_a_value_written_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "tracker" / "x.cache"
    pickled.write(path, (3, {"a": [1, 2]}))
    assert pickled.read(path) == (3, {"a": [1, 2]})
    assert [p.name for p in path.parent.iterdir()] == ["x.cache"]  # no temporary left


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05\x95"])
def test_a_damaged_or_truncated_file_reads_as_none(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "x.cache"
    pickled.write(path, list(range(1000)))
    path.write_bytes(damage or path.read_bytes()[:-20])
    assert pickled.read(path) is None
    assert pickled.read(tmp_path / "missing.cache") is None and pickled.read(None) is None


def test_a_cache_that_cannot_be_written_is_skipped_quietly(tmp_path: Path) -> None:
    """A folder nobody may write (here /proc, which refuses even root, as CI runs): the
    command goes on without its cache."""
    target = Path("/proc/self/tracker-cache/x.cache")
    pickled.write(target, 2)  # nothing raised
    assert pickled.read(target) is None


def test_a_cache_in_a_place_that_is_a_file_is_skipped_quietly(tmp_path: Path) -> None:
    blocker = tmp_path / "tracker"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    pickled.write(blocker / "x.cache", 1)  # mkdir fails: nothing raised
    assert pickled.read(blocker / "x.cache") is None
