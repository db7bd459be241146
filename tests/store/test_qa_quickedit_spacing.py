"""QA: `tracker set` through quickedit must write the bytes the ruamel path writes. A plain
value written with more than one space after the colon (`title:   旧标题`, `progress:    62`,
common in hand-aligned files) loses the clerk's spacing on the quick path: quickedit.set_field
tests `style in "[{"`, which is true for a plain scalar's style "" (the empty string is in
every string), so it rewrites from the key's colon instead of the value's own span."""

from __future__ import annotations

import pytest

from tests.store.test_quickedit import compare
from tracker.store import planfile, quickedit

TEXT = """format: 1
id: p
title: 计划
year: 2026
tasks:
  - id: T1
    title:   旧标题
    lead: [县能源局]
    owners: [北山乡]
    due: 2026-10-15
    status:  doing
    progress:    62   # 进度
"""


@pytest.mark.parametrize("key,value,old,new", [
    ("title", "新标题", "    title:   旧标题\n", "    title:   新标题\n"),
    ("progress", 65, "    progress:    62   # 进度\n", "    progress:    65   # 进度\n"),
    ("status", "done", "    status:  doing\n", "    status:  done\n"),
])
def test_quick_set_keeps_spacing_after_colon(key: str, value: object, old: str, new: str) -> None:
    made = quickedit.edit(TEXT, [planfile.set_field("T1", key, value)])
    assert made is not None
    assert made[0] == TEXT.replace(old, new)


def test_quick_and_ruamel_write_same_bytes_for_spaced_plain_value() -> None:
    compare(TEXT, [planfile.set_field("T1", "title", "新标题")])
