"""A clerk writes the field names the way the plan and its forms write them: 状态、进度、
牵头单位, and a colon after them as often as an equals sign. `set` and `list` take them as
their English keys; nothing a clerk types this way is searched as a word and silently
matches nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT, TODAY, git

REF = "clean-heating-2026/T6"


def _task(repo: Path) -> str:
    text = (repo / "plans" / "clean-heating-2026.yaml").read_text(encoding="utf-8")
    return text.split("  - id: T6\n", 1)[1].split("  - id:", 1)[0]


@pytest.mark.parametrize("typed", [("状态=推进中", "进度=10"), ("状态：推进中", "进度：10"),
                                   ("status:doing", "progress：10%"), ("状态＝推进中", "进度: 10")])
def test_set_takes_chinese_field_names_and_a_colon_after_a_field_name(
        demo_repo: Path, tracker, typed: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", REF, *typed)
    assert r.code == 0, r.err
    assert "status todo → doing; progress ∅ → 10" in r.out
    task = _task(demo_repo)
    assert "    status: doing\n" in task and "    progress: 10\n" in task


def test_each_chinese_name_lands_on_its_field(demo_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", REF, "截止：12月底前",
                "牵头单位=县能源局", "责任单位=城关镇、北山乡", "配合单位=县财政局", "责任领导=温某",
                "标题=组织改造工程竣工验收", "内容：第一段：现场查验")
    assert r.code == 0, r.err
    task = _task(demo_repo)
    for line in ("    title: 组织改造工程竣工验收\n", "    lead: [县能源局]\n", "    owners: [城关镇, 北山乡]\n",
                 "    support: [县财政局]\n", "    leader: 温某\n", "    due: 2026-12-31\n",
                 "    due_text: 12月底前\n", "    detail: 第一段：现场查验\n"):
        assert line in task, (line, task)
    message = git(demo_repo, "log", "-1", "--format=%B")
    assert "Field: lead" in message and "Field: due" in message


def test_a_name_that_is_no_field_is_refused_with_the_names_there_are(demo_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    before = _task(demo_repo)
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", REF, "备注=已开会")
    assert r.code == 2 and "不能设置“备注”" in r.err and "状态" in r.err and "进度" in r.err
    assert _task(demo_repo) == before


def test_a_colon_value_split_by_the_shell_names_the_whole_assignment(demo_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    # `set T6 状态： 推进中`: the space after the colon made two words; nothing is cleared
    before = _task(demo_repo)
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", REF, "状态：", "推进中")
    assert r.code == 2 and "是不是 状态：推进中" in r.err
    assert _task(demo_repo) == before


def test_the_fast_path_takes_the_chinese_names_too(demo_repo: Path) -> None:
    """Run as a clerk's shell runs it (a new process, the fast path that skips click)."""
    r = subprocess.run([sys.executable, "-m", "tracker", "--repo", str(demo_repo), "--today", TODAY,
                        "set", REF, "进度：20", "状态=推进中"],
                       capture_output=True, text=True, cwd=PROJECT)
    assert r.returncode == 0, r.stderr
    assert "    progress: 20\n" in _task(demo_repo)
    assert "click" not in _loaded_by_set(demo_repo)


def _loaded_by_set(repo: Path) -> str:
    code = ("import sys, runpy; sys.argv = ['tracker', '--repo', sys.argv[1], '--today', "
            f"'{TODAY}', 'set', '{REF}', '进度：30']\n"
            "try:\n    runpy.run_module('tracker', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] == 'click')))")
    r = subprocess.run([sys.executable, "-c", code, str(repo)], capture_output=True, text=True,
                       cwd=PROJECT)
    assert "progress 20 → 30" in r.stdout, r.stderr
    return r.stdout.rsplit("\n", 2)[-2] if r.stdout.count("\n") >= 2 else ""


@pytest.mark.parametrize("query,expect", [
    ("状态:推进中 计划:clean", {"clean-heating-2026/T3", "clean-heating-2026/T5"}),
    ("状态： 推进中 计划:clean", {"clean-heating-2026/T3", "clean-heating-2026/T5"}),
    ("牵头单位：县财政局", {"clean-heating-2026/T5"}),
    ("单位:北山乡 -状态:受阻 计划:clean", {"clean-heating-2026/T1", "clean-heating-2026/T3",
                                          "clean-heating-2026/T6"}),
    ("截止<10月1日 计划:clean", {"clean-heating-2026/T1", "clean-heating-2026/T2", "clean-heating-2026/T4"}),
])
def test_list_takes_chinese_filter_names(demo_repo: Path, tracker, query: str,
                                         expect: set[str]) -> None:  # type: ignore[no-untyped-def]
    english = (query.replace("状态", "status").replace("牵头单位", "lead").replace("单位", "unit")
               .replace("计划", "plan").replace("截止", "due"))
    mine = tracker("--repo", str(demo_repo), "--today", TODAY, "list", *query.split(), "--format", "csv")
    theirs = tracker("--repo", str(demo_repo), "--today", TODAY, "list", *english.split(), "--format", "csv")
    assert mine.code == 0 and theirs.code == 0, mine.err + theirs.err
    refs = {line.split(",", 1)[0] for line in mine.out.splitlines()[1:]}
    assert refs == expect and mine.out == theirs.out


def test_an_unknown_status_under_a_chinese_name_is_named_not_matched_as_nothing(
        demo_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "list", "状态:进行中")
    assert r.code == 1 and "未知状态“进行中”" in r.err
