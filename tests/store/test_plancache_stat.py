"""The plan cache trusts a file's stat only as git trusts its index: a file unchanged since
its bytes were hashed is not read again, and any write, even one that keeps the size and puts
the modification time back, is read."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.conftest import PROJECT
from tracker.store import plancache

PLAN = (PROJECT / "plans" / "rural-sewage-2026.yaml").read_text(encoding="utf-8")


@pytest.fixture
def office(tmp_path: Path) -> Path:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "a.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "plans" / "b.yaml").write_text(PLAN.replace("rural-sewage-2026", "b", 1),
                                                encoding="utf-8")
    return tmp_path


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        seen.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return seen


def _later(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """The clock as it will be `seconds` from now: files written now have settled by then."""
    now = time.time_ns() + int(seconds * 1e9)
    monkeypatch.setattr(plancache.time, "time_ns", lambda: now)


def test_a_settled_file_is_not_read_again(office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = office / "plans.cache"
    _later(monkeypatch, 10)
    first = plancache.load_plans(office, cache)
    reads = _reads(monkeypatch)
    again = plancache.load_plans(office, cache)
    assert again == first
    assert reads == []  # neither file read: their stats are the recorded ones


def test_a_write_that_keeps_size_and_mtime_is_still_read(office: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    cache = office / "plans.cache"
    _later(monkeypatch, 10)
    plancache.load_plans(office, cache)
    path = office / "plans" / "a.yaml"
    before = os.stat(path)
    text = path.read_text(encoding="utf-8")
    changed = text.replace("status: doing", "status: done!", 1)  # same length in bytes
    assert changed != text and len(changed.encode()) == len(text.encode())
    time.sleep(0.01)
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # the old mtime put back
    assert os.stat(path).st_mtime_ns == before.st_mtime_ns
    reads = _reads(monkeypatch)
    loaded = {f.path: f for f in plancache.load_plans(office, cache)}
    assert reads == ["a.yaml"]  # the change time moved: read, and the new text is seen
    assert any(t.status == "done!" for t in loaded["plans/a.yaml"].plan.tasks)


def test_a_file_written_just_now_is_read_every_time(office: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Racily clean: written within the settling time of its read, it is never trusted."""
    cache = office / "plans.cache"
    plancache.load_plans(office, cache)
    reads = _reads(monkeypatch)
    plancache.load_plans(office, cache)
    assert sorted(reads) == ["a.yaml", "b.yaml"]


def test_a_replaced_file_is_read(office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor that saves by writing a new file and renaming it over the old one."""
    cache = office / "plans.cache"
    _later(monkeypatch, 10)
    plancache.load_plans(office, cache)
    path = office / "plans" / "b.yaml"
    tmp = path.with_suffix(".new")
    tmp.write_bytes(path.read_bytes().replace(b"status: doing", b"status: todo_", 1))
    os.utime(tmp, ns=(os.stat(path).st_atime_ns, os.stat(path).st_mtime_ns))
    os.replace(tmp, path)
    reads = _reads(monkeypatch)
    loaded = {f.path: f for f in plancache.load_plans(office, cache)}
    assert reads == ["b.yaml"]
    assert any(t.status == "todo_" for t in loaded["plans/b.yaml"].plan.tasks)


def test_an_office_whose_cache_trusts_stats_sees_what_a_sync_merged(
        tmp_path: Path, tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    """Office A's cache has settled, trusted stats; office B changes the plan and syncs; A's
    sync merges it into the very file A's cache vouches for: the merged file is read again (by
    the sync's own check or by the list), and A's next list shows B's change."""
    from tests.conftest import TODAY, two_offices

    a, b = two_offices(tmp_path, tracker, {"rural-sewage-2026": PLAN})
    _later(monkeypatch, 10)  # A's files have settled: their stats are recorded and trusted
    listed = tracker("--repo", str(a), "--today", TODAY, "list").out
    assert "rural-sewage-2026/T2" in listed
    reads = _reads(monkeypatch)
    tracker("--repo", str(a), "--today", TODAY, "list")
    assert "rural-sewage-2026.yaml" not in reads  # trusted: the plan is not read
    assert tracker("--repo", str(b), "--today", TODAY, "--by", "乙办", "set",
                   "rural-sewage-2026/T2", "status=blocked").code == 0
    assert tracker("--repo", str(b), "--today", TODAY, "sync").code == 0
    reads.clear()
    assert tracker("--repo", str(a), "--today", TODAY, "sync").code == 0
    after = tracker("--repo", str(a), "--today", TODAY, "list", "status:blocked").out
    assert "rural-sewage-2026/T2" in after and "rural-sewage-2026.yaml" in reads
