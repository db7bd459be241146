"""units.yaml is part of the audit trail: a unit added or renamed, a group's members, a person
moved to another unit — by tracker or by hand — are in `tracker log`, who and when, as plan
changes are; `tracker log units.yaml` shows them alone."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import git, make_repo
from tests.history.test_walk import PLAN, commit_as


def edit_units(root: Path, old: str, new: str) -> None:
    path = root / "units.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_changes_to_units_yaml_are_in_the_log_by_who_and_when(tmp_path: Path, tracker) -> None:
    root = make_repo(tmp_path / "office", {"p": PLAN})
    edit_units(root, "  - name: 实验小学\n", "  - name: 实验小学\n  - name: 县档案馆\n")
    edit_units(root, "各乡镇: [城关镇, 河西乡, 东关镇, 北山乡]", "各乡镇: [城关镇, 河西乡, 东关镇, 南岭乡]")
    edit_units(root, "  - name: 张某\n    unit: 县能源局\n", "  - name: 张某\n    unit: 县教育局\n")
    commit_as(root, "王五", "2026-05-03", "单位调整", "units.yaml")
    log = tracker("--repo", str(root), "--today", "2026-05-04", "log")
    assert log.code == 0, log.err
    lines = [ln for ln in log.out.splitlines() if "王五" in ln]
    assert lines == [
        f"2026-05-03 王五 {lines[0].split()[2]} units.yaml/县档案馆 新增单位：县档案馆",
        f"2026-05-03 王五 {lines[0].split()[2]} units.yaml/各乡镇 分组成员：+南岭乡 −北山乡",
        f"2026-05-03 王五 {lines[0].split()[2]} units.yaml/张某 所在单位：县能源局 → 县教育局",
    ]
    alone = tracker("--repo", str(root), "--today", "2026-05-04", "log", "units.yaml")
    assert [ln for ln in alone.out.splitlines() if "王五" in ln] == lines
    assert "测试员" in alone.out.splitlines()[-1] and "新增单位" in alone.out  # the first commit
    as_json = json.loads(tracker("--repo", str(root), "--today", "2026-05-04", "log",
                                 "units.yaml", "--format", "json").out)
    assert [r["scope"] for r in as_json if r["author"] == "王五"] == ["unit", "group", "person"]
    by_unit = tracker("--repo", str(root), "--today", "2026-05-04", "log", "--unit", "北山乡")
    assert "units.yaml" not in by_unit.out  # --unit: the tasks a unit has, as before


def test_a_units_yaml_that_does_not_read_is_said_so_not_as_everything_removed(
        tmp_path: Path, tracker) -> None:
    root = make_repo(tmp_path / "office", {"p": PLAN})
    edit_units(root, "units:\n", "units：\n")
    commit_as(root, "王五", "2026-05-03", "手误", "units.yaml")
    log = tracker("--repo", str(root), "--today", "2026-05-04", "log", "units.yaml")
    assert log.out.splitlines()[0].endswith("units.yaml 文件无法读取（YAML 错误）")
    assert "删除" not in log.out
    assert git(root, "log", "-1", "--format=%s").strip() == "手误"


def test_a_unit_renamed_in_a_reform_is_a_rename_not_a_removal(tmp_path: Path, tracker) -> None:
    """机构改革: 县能源局 becomes 县发改局 and keeps its old name as an alias, so the plans that
    name 县能源局 stay its tasks. The log said 删除单位：县能源局 and 新增单位：县发改局, which a
    clerk reads as a unit gone."""
    root = make_repo(tmp_path / "office", {"p": PLAN})
    edit_units(root, "  - name: 县能源局\n    aliases: [能源局]\n",
               "  - name: 县发改局  # 原县能源局\n    aliases: [县能源局, 能源局]\n")
    edit_units(root, "    unit: 县能源局\n", "    unit: 县发改局\n")
    commit_as(root, "王五", "2026-06-01", "机构改革", "units.yaml")
    log = tracker("--repo", str(root), "--today", "2026-06-02", "log", "units.yaml")
    lines = [ln.split(" ", 3)[3] for ln in log.out.splitlines() if "王五" in ln]
    assert lines == ["units.yaml/县发改局 更名：县能源局 → 县发改局（原名留作别名）",
                     "units.yaml/张某 所在单位：县能源局 → 县发改局"], log.out
    english = tracker("--repo", str(root), "--today", "2026-06-02", "--lang", "en", "log",
                      "units.yaml")
    assert "renamed: 县能源局 → 县发改局 (the old name kept as an alias)" in english.out
    as_json = json.loads(tracker("--repo", str(root), "--today", "2026-06-02", "log",
                                 "units.yaml", "--format", "json").out)
    renamed = [r for r in as_json if r["author"] == "王五" and r["scope"] == "unit"]
    assert [(r["field"], r["old"], r["new"]) for r in renamed] == [("name", "县能源局", "县发改局")]


def test_a_rename_that_also_changes_aliases_says_both(tmp_path: Path, tracker) -> None:
    root = make_repo(tmp_path / "office", {"p": PLAN})
    edit_units(root, "  - name: 县能源局\n    aliases: [能源局]\n",
               "  - name: 县发改局\n    aliases: [县能源局, 发改局]\n")
    commit_as(root, "王五", "2026-06-01", "机构改革", "units.yaml")
    log = tracker("--repo", str(root), "--today", "2026-06-02", "log", "units.yaml")
    lines = [ln.split(" ", 3)[3] for ln in log.out.splitlines() if "王五" in ln]
    assert "units.yaml/县发改局 更名：县能源局 → 县发改局（原名留作别名）" in lines
    assert "units.yaml/县发改局 别名：+发改局 −能源局" in lines
    assert not any("删除单位" in ln or "新增单位" in ln for ln in lines)
