"""Both offices edit a demo plan at random (values, keys, list items, comments); the merge
never fails, never loses what only one side wrote, and an untouched side changes nothing.
HYPOTHESIS_PROFILE=fuzz runs the same properties with many more cases (2,500: several minutes)."""

from __future__ import annotations

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import PROJECT
from tracker.history.merge import merge_texts
from tracker.store import pathedit, planfile, yamlsafe
from tracker.store.load import as_plain
from tracker.store.pathedit import ById

PLANS = [p.read_text(encoding="utf-8") for p in sorted((PROJECT / "plans").glob("*.yaml"))]
VALUES = ["新值", 42, "多行\n文字\n", ["甲", "乙"], {"date": "2026-05-09", "by": "王", "text": "新"},
          "a: b", "#x", None]


def data_of(text: str):
    data, problems = yamlsafe.parse(text, "p")
    assert data is not None and not [p for p in problems if p.is_error], problems
    return as_plain(data)


def paths(data, path=()):
    yield path
    if isinstance(data, dict):
        for k, v in data.items():
            yield from paths(v, path + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            step = ById(v["id"]) if isinstance(v, dict) and isinstance(v.get("id"), str) else i
            yield from paths(v, path + (step,))


def with_comment(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    mark = f"注{rng.randint(0, 999)}"
    if rng.random() < 0.5 and lines[i].strip() and "#" not in lines[i] \
            and not lines[i].rstrip().endswith(("|", ">", "|-", ":")):
        lines[i] += f"  # {mark}"
    else:
        lines.insert(i, lines[i][: len(lines[i]) - len(lines[i].lstrip())] + f"# {mark}")
    new = "\n".join(lines)
    return new if yamlsafe.parse(new, "p")[0] is not None and data_of(new) == data_of(text) else text


def edited(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.3:
            text = with_comment(rng, text)
            continue
        data = data_of(text)
        tasks = data.get("tasks")
        if rng.random() < 0.1 and isinstance(tasks, list) and tasks and \
                all(isinstance(t, dict) and "id" in t for t in tasks):  # a new order of the tasks
            ids = [t["id"] for t in tasks]
            rng.shuffle(ids)
            text = planfile.apply_edits(text, [pathedit.reorder(("tasks",), ids)])
            continue
        path = rng.choice([p for p in paths(data) if p and p[-1] != "id"])
        roll = rng.random()
        edit = pathedit.set_value(path, rng.choice(VALUES)) if roll < 0.5 else \
            pathedit.remove(path) if roll < 0.8 else \
            pathedit.insert_items(path, rng.choice([None, 0]), [rng.choice(VALUES[:5])])
        try:
            text = planfile.apply_edits(text, [edit])
        except (planfile.EditError, KeyError, IndexError, TypeError):
            continue
    return text


def comments(text: str) -> set[str]:
    return set(re.findall(r"# 注\d+", text))  # two on one line when both sides wrote one there


@given(seed=st.integers(0, 10**9), which=st.integers(0, len(PLANS) - 1))
def test_random_edits_on_both_sides_merge_without_loss(seed: int, which: int) -> None:
    rng = random.Random(seed)
    base = PLANS[which]
    ours, theirs = edited(rng, base), edited(rng, base)
    result = merge_texts(base, ours, theirs, theirs_by="李某")
    assert result.text is not None
    data_of(result.text)
    if not result.conflicts:
        assert comments(ours) | comments(theirs) <= comments(result.text)
    assert merge_texts(base, ours, base).text == ours
    untouched = merge_texts(base, base, theirs)
    if not untouched.conflicts:
        assert data_of(untouched.text or "") == data_of(theirs)
