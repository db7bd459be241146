"""A year of two offices sharing one plan: what `tracker sync` says each time it runs.

The clerk reads the one line sync prints to know what happened: nothing to do, the other
office's changes taken in as they were (a fast-forward), or the two offices' work merged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import git, two_offices
from tests.history.test_sync import run

PLAN = """\
id: p
title: 测试方案
year: 2026
tasks:
  - id: T1
    title: 摸底
    owners: [城关镇]
    due: 2026-05-31
    status: doing
  - id: T2
    title: 采购
    owners: [河西乡]
    due: 2026-06-30
    status: todo
"""


@pytest.fixture
def offices(tmp_path: Path, tracker) -> tuple[Path, Path]:
    return two_offices(tmp_path, tracker, {"p": PLAN})


def test_sync_with_nothing_to_do_says_so(offices, tracker) -> None:
    a, _b = offices
    synced = run(tracker, a, "sync")
    assert synced.code == 0, synced.err
    assert "已合并" not in synced.out
    assert "两边都没有新的修改" in synced.out


def test_a_fast_forward_is_not_called_a_merge(offices, tracker) -> None:
    a, b = offices
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "progress=40").code == 0
    assert run(tracker, a, "sync").code == 0
    synced = run(tracker, b, "sync")
    assert synced.code == 0, synced.err
    assert "已合并" not in synced.out, synced.out
    assert "已取回对方的 1 项修改" in synced.out
    assert git(a, "rev-parse", "HEAD") == git(b, "rev-parse", "HEAD")
    english = run(tracker, b, "--lang", "en", "sync")
    assert "merged" not in english.out and "nothing new" in english.out


def test_a_true_merge_says_merged_and_pushed(offices, tracker) -> None:
    a, b = offices
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "progress=40").code == 0
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "--by", "李四", "set", "p/T2", "status=doing").code == 0
    synced = run(tracker, b, "sync")
    assert synced.code == 0, synced.err
    assert "已合并对方修改" in synced.out and "已推送" in synced.out


def test_pushing_only_says_pushed(offices, tracker) -> None:
    a, _b = offices
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "progress=40").code == 0
    synced = run(tracker, a, "sync")
    assert synced.code == 0, synced.err
    assert "已合并" not in synced.out and "已推送本方的 1 项修改" in synced.out
