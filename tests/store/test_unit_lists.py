"""Units typed the ways clerks type a list of them: a Chinese comma or 、 inside a YAML list
item, a name with its own 、 in brackets (各县（市、区）教育局)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import make_repo
from tracker.store import load

HEAD = "format: 1\nid: p\ntitle: 计划\nyear: 2026\ntasks:\n  - id: T1\n    title: a\n    status: todo\n"


def _task(lines: str):
    loaded = load.load_plan_bytes((HEAD + lines).encode(), "plans/p.yaml")
    assert loaded.plan is not None
    return loaded.plan.tasks[0], loaded.problems


def test_units_joined_by_a_chinese_comma_inside_a_list_are_each_a_unit() -> None:
    """support: [县财政局，县人社局] (the comma typed with the Chinese input method) was one unit
    named 县财政局，县人社局: neither bureau saw the task in its accountability list, and check
    only warned that the joined name was unknown. It is read as the two units, with a warning
    at the place saying how to write it."""
    task, problems = _task("    support: [县财政局，县人社局]\n    owners:\n      - 县教育局、县民政局\n")
    assert task.support == ("县财政局", "县人社局")
    assert task.owners == ("县教育局", "县民政局")
    assert sorted((p.severity.value, p.source.line, p.code) for p in problems) == [
        ("warning", 9, "joined-units"), ("warning", 11, "joined-units")]
    assert any("县财政局、县人社局" in p.zh and ", " in p.zh for p in problems)


def test_a_name_with_its_own_separator_in_brackets_stays_whole() -> None:
    task, problems = _task("    owners: 各县（市、区）教育局、县财政局\n    support: [各县(市、区)政府]\n")
    assert task.owners == ("各县（市、区）教育局", "县财政局")
    assert task.support == ("各县(市、区)政府",) and problems == ()


def test_set_keeps_a_name_with_brackets_whole(tmp_path: Path, tracker) -> None:
    """tracker set …support=各县（市、区）教育局 refused 各县（市 as an unknown unit, and with
    --new-unit would have written 各县（市 and 区）教育局."""
    repo = make_repo(tmp_path / "r", plans={"p": HEAD})
    r = tracker("--repo", str(repo), "set", "p/T1", "support=各县（市、区）教育局", "--new-unit")
    assert r.code == 0, r.err
    text = (repo / "plans" / "p.yaml").read_text(encoding="utf-8")
    assert "各县（市、区）教育局" in text and "区）教育局" not in text.replace("各县（市、区）教育局", "")


def test_units_yaml_typed_by_hand_reads_as_meant_and_says_where() -> None:
    """units.yaml edited by hand: a group's members joined by a Chinese comma made one member
    城关镇，河西乡, so tasks of 各乡镇 were not counted for either town in accountability; an alias
    list the same; `- name:县公安局` (no space after the colon) was a unit called name:县公安局.
    None of them was said. Each is now read as meant, at its place."""
    from tracker.store.config import load_directory

    raw = ("units:\n  - name: 县能源局\n    aliases: [能源局，县能源办]\n  - name:县公安局\n"
           "  - name: 城关镇\n  - name: 河西乡\ngroups:\n  各乡镇: [城关镇，河西乡]\n").encode()
    directory, problems = load_directory(raw)
    assert [u.name for u in directory.units] == ["县能源局", "县公安局", "城关镇", "河西乡"]
    assert directory.units[0].aliases == ("能源局", "县能源办")
    assert directory.groups == (("各乡镇", ("城关镇", "河西乡")),)
    assert sorted((p.source.line, p.code) for p in problems) == [
        (3, "joined-units"), (4, "missing-space"), (8, "joined-units")]
    assert "name: 县公安局" in next(p.zh for p in problems if p.code == "missing-space")
