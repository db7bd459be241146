"""quickedit makes a task's field edit on fastyaml's reading of the file, without ruamel, and
writes exactly the bytes planfile's ruamel path writes, with the same parsed data; or it
declines (None) and the ruamel path edits as before. Every comparison below runs both."""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import PROJECT, make_repo
from tests.store.test_fastyaml import differs
from tests.store.test_task_edit import ONE_LINE
from tracker.store import fastyaml, planfile, quickedit, taskchunks
from tracker.structs import replace

sys.path.insert(0, str(PROJECT / "bench"))
from generate import plan_text

STATS = {"compared": 0, "quick": 0}


@pytest.fixture(autouse=True)
def strict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fastyaml, "_STRICT", True)  # an exception inside is a failure here


def ruamel_only(edits: list[planfile.Edit]) -> list[planfile.Edit]:
    return [replace(e, quick=None) for e in edits]


def compare(text: str, edits: list[planfile.Edit]) -> bool:
    """Both ways on the whole text and on the edited task's item; True when quickedit made it."""
    try:
        want: Any = planfile.edit_text(text, ruamel_only(edits))
    except planfile.EditError:
        want = None
    got = quickedit.edit(text, edits)
    STATS["compared"] += 1
    where = f"{[e.describe for e in edits]}\n--- text:\n{text}"
    if got is not None:
        STATS["quick"] += 1
        assert want is not None, f"quickedit edited what ruamel refuses: {where}"
        assert got[0] == want[0], f"bytes differ: {where}\n--- quick:\n{got[0]}\n--- ruamel:\n{want[0]}"
        found = differs(got[1], want[1])
        assert found is None, f"data differ: {found}: {where}"
    task_id = edits[0].describe.split(".")[0].lstrip("+-")
    line = next((n + 1 for n, ln in enumerate(text.split("\n"))
                 if ln.strip() in (f"- id: {task_id}", f"id: {task_id}")), None)
    at = taskchunks.one_item(text, line) if line else None
    if at is not None:
        want_item = planfile.edit_item(text, ruamel_only(edits), at.start, at.end, at.head_end)
        got_item = planfile.edit_item(text, edits, at.start, at.end, at.head_end)
        assert (got_item is None) == (want_item is None), where
        if got_item is not None and want_item is not None:
            assert got_item[0] == want_item[0], where
            assert differs(got_item[1], want_item[1]) is None, where
    return got is not None


TITLES = ["新标题", "a: b", "a:b", "- 列表样", "'引号'", '"双引号"', "#号", "a #b", "a# b", "全角：冒号",
          "中文，逗号、顿号", " 前导空格", "尾随空格 ", "", "null", "~", "true", "yes", "123", "1.5",
          "2026-09-30", "0x1F", "[方括号]", "{花括号}", "a, b", "it's", "&锚", "*别名", "!标签",
          "%百分", "@at", "`反引号", "|竖线", ">大于", "? 问号", "多行\n说明", "结尾换行\n",
          "\u3000全角空格", "tab\there", "✓ 符号", "😀"]
VALUES: list[Any] = [0, 5, 100, -1, 3.5, True, False, None, dt.date(2026, 10, 1), [], ["城关镇"],
                     ["城关镇", "河西乡"], ["a: b", "#x"], {"k": 1}, *TITLES]
KEYS = ["progress", "status", "title", "due", "due_text", "leader", "owners", "lead", "detail",
        "phase", "verified_by", "new_key", "id"]


def _edit_sets(task_id: str, rng: random.Random) -> list[list[planfile.Edit]]:
    out: list[list[planfile.Edit]] = []
    for key in KEYS:
        out.append([planfile.set_field(task_id, key, rng.choice(VALUES))])
        out.append([planfile.remove_field(task_id, key)])
    out.append([planfile.set_field(task_id, "due", dt.date(2026, 12, 31)),
                planfile.remove_field(task_id, "due_text")])
    out.append([planfile.set_field(task_id, "progress", 60),
                planfile.set_field(task_id, "status", "doing")])
    out.append([planfile.set_field(task_id, "progress", 1), planfile.append_update(
        task_id, {"date": dt.date(2026, 5, 1), "text": "进展"})])
    return out


INDENTLESS = """id: other
year: 2026
tasks:
- id: T1
  title:   '单引号: 值'   # 注释
  owners: ['a: b', "c", d]
  progress: 5
  units: {城关镇: {status: done}, 河西乡: {note: "x # y"}}
- id: T2
  status: doing
  updates:
  - date: 2026-05-01
    text: 进展 # 注释
  - {date: 2026-05-02, text: "b"}
  # 末尾注释

- id: T3
  lead: []
  leader: ~
  title: "a 'b' c"
"""


def _texts() -> list[str]:
    files = sorted((PROJECT / "plans").glob("*.yaml"))
    files += sorted((PROJECT / "tests/data").glob("**/plans/*.yaml"))
    files += sorted((PROJECT / "tests/data/import").glob("*.golden.yaml"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    rng = random.Random(11)
    texts += [plan_text(n, 1 + n * 7 % 30, rng) for n in range(1, 6)]
    texts += [ONE_LINE, ONE_LINE + "\n", ONE_LINE.replace("\n", "\r\n")]
    texts.append(ONE_LINE.replace("    title: 最后一项\n", "    title: 最后一项\n    updates:\n"
                                  "      - date: 2026-05-01\n        text: |\n          两行\n          说明\n"))
    texts.append(ONE_LINE.replace("    due: 2026-09-30", "    due:"))
    texts.append(INDENTLESS)
    texts.append(INDENTLESS.replace("\n  ", "\n    "))
    texts.append(ONE_LINE.replace("    due: 2026-09-30", "    due: 2026-09-30   # 注释\n\n# 文末注释\n"))
    return texts


def test_edits_of_real_plans_write_what_the_ruamel_path_writes() -> None:
    rng = random.Random(5)
    before = dict(STATS)
    for text in _texts():
        data = fastyaml.read(text)
        tasks = data.get("tasks") if data is not None else None
        ids = [t.get("id") for t in tasks or () if isinstance(t, dict)] or ["T1"]
        for task_id in sorted(set(ids[:2] + ids[-2:] + rng.sample(ids, min(3, len(ids)))), key=ids.index):
            for edits in _edit_sets(str(task_id), rng):
                compare(text, edits)
    compared = STATS["compared"] - before["compared"]
    quick = STATS["quick"] - before["quick"]
    assert compared > 2000 and quick > 0.6 * compared, (compared, quick)


def test_the_benchmark_edit_is_made_without_ruamel() -> None:
    text = plan_text(1, 100, random.Random(1))
    for n in (0, 50, 99):
        assert compare(text, [planfile.set_field(f"T{n + 1}", "progress", n)])
        assert compare(text, [planfile.set_field(f"T{n + 1}", "status", "done")])


values = st.one_of(
    st.text(alphabet=st.sampled_from(list("ab 1:#'\"-,[]{}&*!|>?%@`\n中文：，、\u3000\t.0~\\")),
            max_size=12),
    st.sampled_from(TITLES), st.integers(-5, 200), st.dates(dt.date(1999, 1, 1), dt.date(2100, 1, 1)),
    st.lists(st.sampled_from(["城关镇", "a: b", "x", "1", "", "'q'", "a,b"]), max_size=3),
    st.none(), st.booleans())


@given(value=values, key=st.sampled_from(KEYS), task=st.sampled_from(["T1", "T2", "T3", "T4"]),
       text=st.sampled_from([ONE_LINE, ONE_LINE + "\n", plan_text(2, 3, random.Random(2))]))
def test_any_value_is_written_as_the_ruamel_path_writes_it(value: Any, key: str, task: str,
                                                           text: str) -> None:
    compare(text, [planfile.set_field(task, key, value)])


def test_tracker_set_progress_does_not_import_ruamel(tmp_path: Path) -> None:
    # nor the modules it no longer needs, each a millisecond or more of every set
    repo = make_repo(tmp_path / "office", demo=True)
    script = ("import sys; from tracker.cli import run; sys.argv = ['tracker', '--repo', sys.argv[1],"
              " '--today', '2026-06-01', 'set', 'clean-heating-2026/T1', sys.argv[2]]; code = run();"
              " print(code, sorted(m for m in sys.modules if m.startswith('ruamel')"
              " or m in ('tempfile', 'pickle', 'difflib')))")
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "TRACKER_USER": "测试"}
    outs = [subprocess.run([sys.executable, "-c", script, str(repo), f"progress={p}"], env=env,
                           capture_output=True, text=True, check=True).stdout.splitlines()[-1]
            for p in (31, 32)]
    assert outs[1] == "0 []", outs
