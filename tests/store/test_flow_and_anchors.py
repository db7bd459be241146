"""Plans written with YAML's shorter forms: a task on one line (`- {id: T2, …}`), a value
shared through an anchor (`lead: &e [县能源局]` / `support: *e`). Every edit works on them,
or the refusal says exactly what to change; `tracker fmt` turns one-line tasks into blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TODAY, git, make_repo
from tracker.store import load

PLAN = """\
id: f
title: 简写方案
year: 2026
tasks:
  - id: T1
    title: 摸底
    lead: &e [县能源局]
    support: *e
    status: todo
  - {id: T2, title: 采购, status: todo, owners: [城关镇]}
"""


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "office", {"f": PLAN})


def run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, "--by", "张三", *args)


def plan(root: Path):
    loaded = load.load_plan_bytes((root / "plans/f.yaml").read_bytes(), "plans/f.yaml")
    assert loaded.plan is not None, loaded.problems
    return loaded.plan


def text(root: Path) -> str:
    return (root / "plans/f.yaml").read_text(encoding="utf-8")


def test_a_one_line_task_takes_new_fields_and_updates_in_place(office: Path, tracker) -> None:
    for args in (("set", "f/T2", "progress=30"), ("set", "f/T2", "detail=第一段\n第二段"),
                 ("note", "f/T2", "已采购一半"), ("note", "f/T2", "又采购了一批"),
                 ("set", "f/T2", "due=2026-12-31"), ("set", "f/T2", "due=")):
        result = run(tracker, office, *args)
        assert result.code == 0, (args, result.err)
    t = plan(office).task("T2")
    assert (t.progress, t.detail, t.due) == (30, "第一段\n第二段", None)
    assert [u.text for u in t.updates] == ["已采购一半", "又采购了一批"]
    assert text(office).count("\n  - {id: T2") == 1  # still one line, written in its own style


def test_an_alias_is_replaced_where_it_stands(office: Path, tracker) -> None:
    result = run(tracker, office, "set", "f/T1", "support=县财政局")
    assert result.code == 0, result.err
    t = plan(office).task("T1")
    assert (t.lead, t.support) == (("县能源局",), ("县财政局",))
    assert "lead: &e [县能源局]" in text(office)


def test_a_value_others_refer_to_is_refused_saying_where(office: Path, tracker) -> None:
    head = git(office, "rev-parse", "HEAD")
    refused = run(tracker, office, "set", "f/T1", "lead=县财政局")
    assert refused.code == 1 and "&e" in refused.err and "*e" in refused.err
    assert "Traceback" not in refused.err and "内部错误" not in refused.err
    assert git(office, "rev-parse", "HEAD") == head


def test_fmt_writes_one_line_tasks_as_blocks(office: Path, tracker) -> None:
    before = plan(office)
    assert run(tracker, office, "fmt").code == 0
    assert "{id: T2" not in text(office) and "  - id: T2\n" in text(office)
    after = plan(office)
    assert [(t.id, t.title, t.status, t.owners) for t in after.tasks] == \
        [(t.id, t.title, t.status, t.owners) for t in before.tasks]
