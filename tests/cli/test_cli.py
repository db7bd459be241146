"""The CLI against golden outputs at a fixed --today, and every edit path with its commit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import PROJECT, TODAY, git, make_repo

GOLDEN = PROJECT / "tests" / "data" / "golden"


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8", newline="")
    assert text == path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("name,args", [
    ("list-zh.txt", ["list"]),
    ("list-en.txt", ["--lang", "en", "list"]),
    ("list-overdue-unit.txt", ["list", "overdue", "unit:北山乡"]),
    ("list-query.txt", ["list", "status:推进中", "due<2026-11-01", "plan:clean"]),
    ("show-zh.txt", ["show", "clean-heating-2026/T3"]),
    ("show-en.txt", ["--lang", "en", "show", "clean-heating-2026/T3"]),
    ("list.json", ["list", "plan:dropout", "--format", "json"]),
    ("list.csv", ["list", "lead:能源局", "--format", "csv"]),
])
def test_golden(demo_repo: Path, tracker, name: str, args: list[str]) -> None:
    result = tracker("--repo", str(demo_repo), "--today", TODAY, *args)
    assert result.code == 0, result.err
    golden(name, result.out)


def test_group_membership_in_unit_query(demo_repo: Path, tracker) -> None:
    out = tracker("--repo", str(demo_repo), "--today", TODAY, "list", "unit:河西乡").out
    # 河西乡 is a member of 各乡镇, which owns clean-heating T1, T3, T6 and dropout T1
    for ref in ("clean-heating-2026/T1", "clean-heating-2026/T3", "clean-heating-2026/T6",
                "dropout-prevention-2026/T1"):
        assert ref in out
    assert "rural-sewage-2026" not in out


def test_set_note_add_each_make_one_described_commit(demo_repo: Path, tracker) -> None:
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "--by", "王某",
                "set", "clean-heating-2026/T5", "status=已完成", "progress=100%")
    assert r.code == 0, r.err
    assert git(demo_repo, "log", "-1", "--format=%an|%s") == \
        "王某|clean-heating-2026/T5: status doing → done; progress 50 → 100\n"
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T6", "due=12月底前")
    assert r.code == 0, r.err
    text = (demo_repo / "plans" / "clean-heating-2026.yaml").read_text(encoding="utf-8")
    assert "    due: 2026-12-31\n    due_text: 12月底前\n" in text
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "note", "rural-sewage-2026/T4",
                "考核方案已报镇政府审定", "--unit", "镇水利站")
    assert r.code == 0, r.err
    text = (demo_repo / "plans" / "rural-sewage-2026.yaml").read_text(encoding="utf-8")
    assert text.endswith("    updates:\n      - date: 2026-11-23\n        by: 测试员\n"
                         "        unit: 镇水利站\n        text: 考核方案已报镇政府审定\n")
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "add", "rural-sewage-2026", "开展运维巡查",
                "--lead", "城关镇", "--owner", "镇环保站、镇水利站", "--due", "2026年12月25日前")
    assert r.code == 0, r.err
    text = (demo_repo / "plans" / "rural-sewage-2026.yaml").read_text(encoding="utf-8")
    assert text.endswith("  - id: T5\n    title: 开展运维巡查\n    lead: [城关镇]\n"
                         "    owners: [镇环保站, 镇水利站]\n    due: 2026-12-25\n"
                         "    due_text: 2026年12月25日前\n    status: todo\n")
    assert git(demo_repo, "rev-list", "--count", "HEAD") == "5\n"
    assert git(demo_repo, "status", "--porcelain") == ""


@pytest.mark.parametrize("args,code,needle", [
    (["set", "T3", "status=done"], 1, "任务 T3 在多个计划中"),
    (["set", "clean-heating-2026/T3", "status=finished"], 1, "未知状态“finished”"),
    (["set", "clean-heating-2026/T3", "progress=120"], 1, "进度 120 超出 0–100"),
    (["set", "clean-heating-2026/T3", "due=尽快"], 1, '“尽快”没有确切日期，不能作为截止日期'),
    (["set", "clean-heating-2026/T3", "due=2月30日"], 1, '日期不存在: "2月30日"'),
    (["set", "clean-heating-2026/T3", "colour=red"], 2, "不能设置“colour”"),
    (["set", "clean-heating-2026/T3", "status=verified"], 1, "已销号但没有写 verified_by"),
    (["show", "nope/T1"], 1, "找不到计划“nope”"),
    (["list", "colour:red"], 1, "不认识的筛选条件“colour:”"),
    (["frobnicate"], 2, "没有命令“frobnicate”"),
])
def test_errors_are_clear_and_change_nothing(demo_repo: Path, tracker, args: list[str], code: int,
                                             needle: str) -> None:
    before = git(demo_repo, "rev-parse", "HEAD")
    result = tracker("--repo", str(demo_repo), "--today", TODAY, *args)
    assert result.code == code
    assert needle in result.err
    assert "Traceback" not in result.err
    assert git(demo_repo, "rev-parse", "HEAD") == before
    assert git(demo_repo, "status", "--porcelain") == ""


def test_no_git_identity_saves_the_file_and_says_how_to_fix(demo_repo: Path, tracker,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (Path(os.environ["HOME"]) / ".gitconfig").write_text("", encoding="utf-8")
    result = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T3", "progress=70")
    assert result.code == 1
    assert "git config --global user.name" in result.err
    assert "progress: 70" in (demo_repo / "plans" / "clean-heating-2026.yaml").read_text(encoding="utf-8")
    # --by is enough to commit
    result = tracker("--repo", str(demo_repo), "--by", "张某", "set", "clean-heating-2026/T3", "progress=71")
    assert result.code == 0, result.err


def test_options_after_the_command_work(demo_repo: Path, tracker) -> None:
    result = tracker("note", "clean-heating-2026/T4", "变压器已到货", "--by", "王某", "--today", TODAY,
                     "--repo", str(demo_repo))
    assert result.code == 0, result.err
    assert git(demo_repo, "log", "-1", "--format=%an") == "王某\n"


def test_help_everywhere(tracker) -> None:
    from tracker.cli import cli

    for name in sorted(cli.commands):
        result = tracker(name, "--help")
        assert result.code == 0 and "用法：" in result.out, name  # this repository speaks zh


def test_init_creates_a_working_repository(tmp_path: Path, tracker) -> None:
    target = tmp_path / "office"
    assert tracker("--lang", "en", "init", str(target)).code == 0
    for name in ("tracker.yaml", "units.yaml", "plans", ".git", "schema/plan.schema.json"):
        assert (target / name).exists(), name
    assert "language: en" in (target / "tracker.yaml").read_text(encoding="utf-8")
    assert tracker("--repo", str(target), "check").code == 0
    again = tracker("init", str(target))
    assert again.code == 0 and "已是" in again.out


def test_not_a_repository(tmp_path: Path, tracker) -> None:
    result = tracker("list", cwd=tmp_path)
    assert result.code == 1 and "tracker init" in result.err


def test_schema_is_json_and_demo_plans_carry_it(tracker) -> None:
    import json

    schema = json.loads(tracker("schema").out)
    assert schema["properties"]["tasks"]["items"]["properties"]["status"]["enum"][0] == "todo"
    for path in (PROJECT / "plans").glob("*.yaml"):
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../schema/plan.schema.json")


def test_today_from_environment(demo_repo: Path, tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_TODAY", "2026-01-01")
    assert "逾期" not in tracker("--repo", str(demo_repo), "list").out
    monkeypatch.setenv("TRACKER_REPO", str(demo_repo))
    assert tracker("list", "overdue", cwd=Path("/")).out.strip() != ""


def test_make_repo_helper_commits(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "x")
    assert git(repo, "log", "--format=%s") == "initial plans\n"


def test_lazy_command_table_matches_the_modules() -> None:
    import importlib

    from tracker.cli import COMMANDS, cli

    for module in sorted(set(COMMANDS.values())):
        mod = importlib.import_module(f"tracker.cli.{module}")
        if hasattr(mod, "register"):
            mod.register(cli)
    defined = {name: cmd.callback.__module__.rsplit(".", 1)[-1]
               for name, cmd in cli.commands.items() if cmd.callback is not None}
    assert defined == COMMANDS


def test_a_long_listing_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    # `tracker list | head`: the listing is written in chunks; when the reader goes away the
    # command stops without a traceback, and the output it did write is the table's start
    import subprocess
    import sys

    tasks = "".join(f"  - {{id: T{i}, title: 第{i}项任务, lead: [县能源局]}}\n" for i in range(1, 3001))
    repo = make_repo(tmp_path / "big", {"big": f"format: 1\nid: big\ntitle: 大计划\ntasks:\n{tasks}"})
    tracker = Path(sys.executable).with_name("tracker")
    proc = subprocess.Popen([str(tracker), "--repo", str(repo), "--today", TODAY, "list"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline().decode()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=30) == 0 and err == ""
    assert first.split() == ["任务", "标题", "牵头", "责任", "截止", "剩余", "状态", "进度"]


def test_a_note_given_as_dash_is_read_from_standard_input(demo_repo: Path) -> None:
    """`tracker note REF -` (as git and most tools read a dash) took "-" as the report's text
    and saved it; a two-line CRLF report piped in is the report."""
    import subprocess
    import sys

    tracker = Path(sys.executable).with_name("tracker")
    env = {**os.environ, "TRACKER_USER": "王某"}
    proc = subprocess.run([str(tracker), "--repo", str(demo_repo), "--today", TODAY, "note",
                           "clean-heating-2026/T3", "-"], input="已完成\r\n入户安装80%\r\n".encode(),
                          capture_output=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    text = (demo_repo / "plans" / "clean-heating-2026.yaml").read_text(encoding="utf-8")
    assert "text: \"-\"" not in text
    assert "        text: |-\n          已完成\n          入户安装80%\n" in text, text[-400:]


def test_an_empty_listing_says_so_and_how_to_ask_for_a_unit(demo_repo: Path, tracker) -> None:
    """`tracker list 城关镇` searched titles and printed an empty table with no word: a clerk
    took it for "城关镇 has no tasks". The table stays (exit 0); stderr says nothing matched
    and, the word being a unit's name, how to ask for a unit's tasks."""
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "list", "城关镇")
    assert r.code == 0 and r.out.count("\n") == 2  # the headers only
    assert "没有符合“城关镇”的任务" in r.err and "unit:城关镇" in r.err
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "list", "unit:城关镇")
    assert r.code == 0 and r.err == "" and r.out.count("\n") > 2
    r = tracker("--repo", str(demo_repo), "--lang", "en", "--today", TODAY, "list", "不存在")
    assert r.err == "no task matches '不存在'\n"


def test_a_negated_term_is_a_query_word_and_a_mistyped_option_is_named(demo_repo: Path,
                                                                          tracker) -> None:
    """The README's `-term` negation: `tracker list -overdue` was read as options (没有选项 -o);
    `--formt` (a mistyped option) is still refused as click refuses it."""
    every = tracker("--repo", str(demo_repo), "--today", TODAY, "list")
    late = tracker("--repo", str(demo_repo), "--today", TODAY, "list", "overdue")
    rest = tracker("--repo", str(demo_repo), "--today", TODAY, "list", "-overdue")
    assert rest.code == 0, rest.err
    refs = lambda r: {line.split()[0] for line in r.out.splitlines()[2:]}
    assert refs(rest) and refs(late) and refs(rest) | refs(late) == refs(every)
    assert not refs(rest) & refs(late)
    bad = tracker("--repo", str(demo_repo), "--today", TODAY, "list", "--formt", "json")
    assert bad.code == 2 and "没有选项 --formt，是不是 --format？" in bad.err


def test_python_dash_m_tracker_runs_the_command_line(demo_repo: Path) -> None:
    """`python -m tracker list` failed with "No module named tracker.__main__": on a machine
    where the script's folder is not on PATH that is the way a clerk is told to run it."""
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "tracker", "--repo", str(demo_repo), "--today",
                           TODAY, "list", "unit:北山乡"], capture_output=True, text=True,
                          cwd=PROJECT, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "clean-heating-2026/T3" in proc.stdout
    bad = subprocess.run([sys.executable, "-m", "tracker", "--repo", str(demo_repo), "show",
                          "no-such/T9"], capture_output=True, text=True, cwd=PROJECT, check=False)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr, bad.stderr
