"""Messages that name the real problem: broken YAML is broken YAML (with its place) in every
command, every command names the files it skipped, YAML problems read in the user's
language, a hint only on the line that causes the error, suggestions by meaning, and an
unknown unit is not committed on a warning."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TODAY, git, make_repo
from tests.history.test_walk import PLAN
from tracker.store import yamlsafe

TRACKER = Path(sys.executable).with_name("tracker")

BROKEN = "id: broken\ntitle: 坏\nyear: 2026\ntasks:\n  - id: T1\n    title：摸底\n    status: todo\n"
NO_ID = "title: 无编号\nyear: 2026\ntasks:\n  - id: T1\n    title: 摸底\n    status: todo\n"


@pytest.fixture
def office(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "office", {"p": PLAN})
    (root / "plans/broken.yaml").write_text(BROKEN, encoding="utf-8")
    (root / "plans/noid.yaml").write_text(NO_ID, encoding="utf-8")
    return root


def run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, "--by", "张三", *args)


@pytest.mark.parametrize("args", [("show", "broken/T1"), ("set", "broken/T1", "status=done"),
                                  ("note", "broken/T1", "进展")])
def test_a_plan_with_broken_yaml_is_reported_as_broken_not_missing(office: Path, tracker,
                                                                   args) -> None:
    result = run(tracker, office, *args)
    assert result.code == 1
    assert "找不到计划" not in result.err
    assert "plans/broken.yaml:6:" in result.err and "YAML" in result.err


@pytest.mark.parametrize("args", [("list",), ("export", "--format", "csv"), ("summary",),
                                  ("list", "--format", "json"),
                                  ("form", "-o", "{office}/督办单.xlsx"), ("baseline",),
                                  ("diff",)])
def test_every_command_names_the_files_it_skipped(office: Path, tracker, args) -> None:
    result = run(tracker, office, *(a.format(office=office) for a in args))
    said = result.out + result.err
    assert "plans/broken.yaml" in said and "plans/noid.yaml" in said, said[-500:]
    assert not re.search(r"(?m)^/T1", result.out)  # a plan without id adds no ref-less tasks


ENGLISH = re.compile(r"[A-Za-z]{4,}")
BAD_YAML = ['id: x\ntitle: [a, b\nyear: 2026\n', 'id: x\ntitle: a: b\n', 'id: x\n\ttitle: a\n',
            'id: x\ntitle: t\n  year: 2026\n', 'id: x\ntitle: "abc\nyear: 2026\n',
            'id: x\ntitle: {a: 1\n', 'id: x\n- a\n', 'id: x\ntitle: @t\n',
            'id: x\ntitle: t\n year: 1\n', 'id: x\ntitles\n  - a\n']


@pytest.mark.parametrize("text", BAD_YAML)
def test_yaml_problems_read_in_chinese(text: str) -> None:
    _, problems = yamlsafe.parse(text, "plans/x.yaml")
    assert problems, text
    zh = problems[0].zh
    assert not ENGLISH.search(zh.replace("YAML", "").replace("Tab", "")), zh
    assert problems[0].en.startswith("YAML")


def test_the_full_width_colon_hint_only_where_it_is_the_cause() -> None:
    legit = ("id: x\ntitle: t\nyear: 2026\ntasks:\n  - id: T1\n    title: 方案：第二版\n"
             "   status: todo\n")
    _, problems = yamlsafe.parse(legit, "plans/x.yaml")
    assert problems and "全角冒号" not in problems[0].zh, problems[0].zh
    cause = "id: x\ntitle: t\nyear: 2026\ntasks:\n  - id: T1\n    title：摸底\n    status: todo\n"
    _, problems = yamlsafe.parse(cause, "plans/x.yaml")
    assert problems and "全角冒号" in problems[0].zh and problems[0].source.line == 6


def test_a_tab_is_named_once_not_again_as_a_hint() -> None:
    """`缩进里有制表符（Tab），YAML 只能用空格缩进；提示：这一行有制表符（Tab），YAML 只能用空格缩进`:
    when the parser's own words already name the tab, the hint said it a second time."""
    text = "format: 1\nid: p\ntitle: t\ntasks:\n  - id: T1\n\ttitle: x\n"
    _, problems = yamlsafe.parse(text, "plans/x.yaml")
    assert problems and problems[0].zh.count("制表符") == 1, problems[0].zh
    assert problems[0].en.lower().count("tab") == 1, problems[0].en
    assert (problems[0].source.line, problems[0].source.col) == (6, 1)


@pytest.mark.parametrize("indent", ["\u3000\u3000", "  \u3000", "\u3000   "])
def test_full_width_spaces_in_an_indent_are_named_where_they_are(indent: str) -> None:
    """The error shows a line or two later (YAML reads them as text), the hint names the line
    typed with them, also when half-width spaces would not fix it either."""
    text = "id: x\ntitle: t\ntasks:\n  - id: T1\n" + indent + "title: 摸底\n    status: todo\n"
    _, problems = yamlsafe.parse(text, "plans/x.yaml")
    assert problems and "全角空格" in problems[0].zh and problems[0].source.line == 5


@pytest.mark.parametrize(("typed", "meant"), [("finished", "done"), ("完成", "done"),
                                              ("ongoing", "doing"), ("cancelled", "dropped"),
                                              ("卡住", "blocked"), ("未开始", "todo")])
def test_an_unknown_status_is_answered_with_the_one_it_means(office: Path, tracker, typed,
                                                              meant) -> None:
    result = run(tracker, office, "set", "p/T1", f"status={typed}")
    assert result.code == 1 and f"是不是 {meant}" in result.err, result.err


def test_an_unknown_unit_is_not_committed_without_new_unit(office: Path, tracker) -> None:
    head = git(office, "rev-parse", "HEAD")
    refused = run(tracker, office, "set", "p/T1", "owners=北山镇")
    assert refused.code == 1 and "北山乡" in refused.err and "--new-unit" in refused.err
    assert git(office, "rev-parse", "HEAD") == head
    added = run(tracker, office, "set", "p/T1", "owners=北山镇", "--new-unit")
    assert added.code == 0, added.err
    refused_add = run(tracker, office, "add", "p", "新任务", "--owner", "北山镇")
    assert refused_add.code == 1 and "--new-unit" in refused_add.err


@pytest.mark.parametrize("query", ["status:foo", "status:finished"])
def test_an_unknown_status_in_a_filter_is_an_error_not_an_empty_list(office: Path, tracker,
                                                                     query) -> None:
    result = run(tracker, office, "list", query)
    assert result.code == 1 and "未知状态" in result.err and "Traceback" not in result.err
    if query == "status:finished":
        assert "是不是 done" in result.err


def test_a_broken_units_file_is_named_by_every_command_and_stops_unit_edits(
        demo_repo: Path, tracker) -> None:
    """One full-width colon in units.yaml switches off units, aliases and groups: every
    command says so (check lists it as its output), and an edit naming units, which can no
    longer be checked, is refused; other edits go on."""
    units = demo_repo / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("  - name: 县能源局", "  - name：县能源局"),
                     encoding="utf-8")
    git(demo_repo, "commit", "-qam", "手工改 units.yaml")
    for args in (["list", "unit:北山乡"], ["summary", "--unit", "北山乡"], ["show", "clean-heating-2026/T4"]):
        said = run(tracker, demo_repo, *args)
        assert "注意：units.yaml 有错误" in said.err and "units.yaml:3:9" in said.err, args
    head = git(demo_repo, "rev-parse", "HEAD")
    refused = run(tracker, demo_repo, "set", "clean-heating-2026/T4", "owners=北三乡")
    assert refused.code == 1 and "无法核对单位名称，未保存" in refused.err
    assert git(demo_repo, "rev-parse", "HEAD") == head
    assert run(tracker, demo_repo, "set", "clean-heating-2026/T4", "progress=45").code == 0
    checked = run(tracker, demo_repo, "check")
    assert "units.yaml:3:9" in checked.out and "注意：units.yaml" not in checked.err


def test_git_conflict_markers_are_named_as_such(tmp_path: Path, tracker) -> None:
    """What a plain line merge leaves in a plan: check names the markers and where they start,
    not the YAML error on the line after them."""
    text = PLAN.replace("    status: todo\n", "<<<<<<< HEAD\n    status: doing\n=======\n"
                        "    status: done\n>>>>>>> origin/main\n", 1)
    root = make_repo(tmp_path / "office", {"p": text})
    line = text.splitlines().index("<<<<<<< HEAD") + 1
    checked = run(tracker, root, "check")
    assert checked.code == 1 and f"plans/p.yaml:{line}:1:" in checked.out
    assert "合并冲突标记" in checked.out and "[conflict-markers]" in checked.out


SETPRIV = shutil.which("setpriv")


@pytest.mark.skipif(os.name == "nt" or SETPRIV is None or os.geteuid() != 0,
                    reason="needs root and setpriv to take away root's permission override")
def test_a_read_only_repository_is_said_in_one_line(demo_repo: Path) -> None:
    """Root ignores file permissions, so the real console script runs without that power,
    as a clerk's account would."""
    for path in [demo_repo / ".git", *(demo_repo / ".git").rglob("*")]:
        path.chmod(path.stat().st_mode & ~0o222)
    try:
        done = subprocess.run(
            [SETPRIV, "--bounding-set=-dac_override,-dac_read_search", str(TRACKER), "--repo",
             str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T4", "progress=44"],
            capture_output=True, text=True, check=False)
    finally:
        for path in [demo_repo / ".git", *(demo_repo / ".git").rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)
    assert done.returncode == 1 and "没有权限读写" in done.stderr and "内部错误" not in done.stderr
    assert git(demo_repo, "status", "--porcelain") == ""


@pytest.mark.parametrize("args", [("list",), ("export", "--format", "csv")])
def test_a_value_that_cannot_be_read_is_named_not_shown_blank_in_silence(
        demo_repo: Path, tracker, args) -> None:
    """due: 2026-02-29 is no date: the task lists with no deadline, so the listing says why."""
    path = demo_repo / "plans" / "clean-heating-2026.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    due: 2026-12-15", "    due: 2026-02-29", 1),
                    encoding="utf-8")
    said = run(tracker, demo_repo, *args)
    assert said.code == 0 and "有值无法读取" in said.err and "2026-02-29" in said.err


def test_report_and_history_options_that_name_nothing_say_so(demo_repo: Path, tracker) -> None:
    leader = run(tracker, demo_repo, "summary", "--leader", "无此人")
    assert leader.code == 1 and "没有责任领导是“无此人”的任务" in leader.err
    future = run(tracker, demo_repo, "summary", "--since", "2027-01-01")
    assert future.code == 1 and "报告期不能从将来开始" in future.err
    no_day = run(tracker, demo_repo, "log", "--since", "2026-02-29")
    assert no_day.code == 1 and "日期不存在" in no_day.err and "git 版本" not in no_day.err


def test_baseline_of_all_plans_skips_the_ones_that_have_it_and_sets_the_rest(
        demo_repo: Path, tracker) -> None:
    assert run(tracker, demo_repo, "baseline", "clean-heating-2026").code == 0
    rest = run(tracker, demo_repo, "baseline")
    assert rest.code == 0 and "已存在，跳过：clean-heating-2026" in rest.err
    tags = git(demo_repo, "tag", "--list", "baseline/*").split()
    assert len(tags) == len(list((demo_repo / "plans").glob("*.yaml")))
    again = run(tracker, demo_repo, "baseline")
    assert again.code == 1 and "已存在" in again.err


def test_a_reason_from_the_system_is_said_in_chinese(tmp_path: Path, tracker) -> None:
    """A folder named like a plan (plans/x.yaml/) gave '无法读取文件：Is a directory': the
    system's English inside a Chinese sentence. The common reasons are said in Chinese (and
    stay English in English)."""
    repo = make_repo(tmp_path / "r", plans={"p": "format: 1\nid: p\ntitle: t\ntasks: []\n"})
    (repo / "plans" / "folder.yaml").mkdir()
    zh = tracker("--repo", str(repo), "check")
    assert "plans/folder.yaml" in zh.out + zh.err and "这是一个文件夹" in zh.out + zh.err, zh.out
    assert "Is a directory" not in zh.out + zh.err
    en = tracker("--repo", str(repo), "--lang", "en", "check")
    assert "Is a directory" in en.out + en.err


def test_a_bug_after_a_commit_does_not_claim_the_data_untouched(demo_repo: Path, tracker,
                                                                monkeypatch) -> None:
    """A bug says 内部错误 and leaves its traceback in a file. It said 数据未受影响 even when it
    struck after the command had committed its edit; it then says the commit is kept."""
    import tracker.cli.editing as editing

    def broken(*args: object) -> None:
        raise RuntimeError("a bug after the save")

    monkeypatch.setattr(editing, "report_saved", broken)
    before = git(demo_repo, "rev-parse", "HEAD")
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T5",
                "progress=70")
    assert r.code == 1 and "内部错误" in r.err and "last-error.log" in r.err
    assert git(demo_repo, "rev-parse", "HEAD") != before
    assert "数据未受影响" not in r.err and "已提交" in r.err and "tracker log" in r.err, r.err
    monkeypatch.setattr(editing, "set_command", broken)  # a bug before anything is written
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T5",
                "progress=80")
    assert r.code == 1 and "数据未受影响" in r.err, r.err


def test_a_settings_file_with_a_wrong_key_says_the_rest_is_used(office: Path, tracker) -> None:
    """tracker.yaml with one key written twice: its other settings are used (the office signs
    the report), so the note on every run must not say the file was read as absent."""
    settings = office / "tracker.yaml"
    settings.write_text(settings.read_text(encoding="utf-8")
                        + "office: 某县办公室\nremind_days: 3\nremind_days: 4\n", encoding="utf-8")
    r = tracker("--repo", str(office), "--today", TODAY, "list")
    assert r.code == 0 and "remind_days" in r.err
    assert "本次按没有这个文件处理" not in r.err and "其余设置照常使用" in r.err
    settings.write_text("language: zh\nyear: [2026\n", encoding="utf-8")  # unreadable as a whole
    r = tracker("--repo", str(office), "--today", TODAY, "list")
    assert "本次按没有这个文件处理" in r.err


def test_diff_does_not_call_a_plan_that_became_unreadable_unchanged(tmp_path: Path,
                                                                      tracker) -> None:
    root = make_repo(tmp_path / "office", {"p": PLAN})
    path = root / "plans/p.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title:", "title：", 1),
                    encoding="utf-8")
    result = run(tracker, root, "diff")
    assert "plans/p.yaml" in result.err
    assert "没有变更" not in result.err.replace("其余计划没有变更", "")
    assert "其余计划没有变更" in result.err


@pytest.mark.parametrize(("bad", "line", "col", "hint"), [
    # progress:70 (no space after the colon) is a plain word to YAML; the parser stumbles a line
    # later, at the next task's dash, and the clerk looked for a mistake where there was none
    ("    progress:70\n", 8, 13, "冒号后面要有一个空格"),
    ("    status:done\n", 8, 11, "冒号后面要有一个空格"),
    ("  -id: T2\n", 8, 3, "“-”后面要有一个空格"),
])
def test_a_missing_space_is_named_on_its_own_line(bad: str, line: int, col: int, hint: str) -> None:
    head = "id: x\ntitle: t\nyear: 2026\ntasks:\n  - id: T1\n    title: 摸底\n    due: 2026-05-31\n"
    text = head + bad + "  - id: T3\n    title: 宣传\n"
    _, problems = yamlsafe.parse(text, "plans/x.yaml")
    assert problems, text
    p = problems[0]
    assert hint in p.zh and (p.source.line, p.source.col) == (line, col), (p.zh, p.source)
    assert "space" in p.en
    legit = head + "    note: 见 http://example.org/a\n  - id: T3\n    title: 宣传\n"
    assert not yamlsafe.parse(legit, "plans/x.yaml")[1]  # a colon inside a value stays fine


@pytest.mark.parametrize(("indent", "where"), [(5, 8), (3, 8), (6, 8)])
def test_a_line_indented_out_of_step_says_to_line_it_up(indent: int, where: int) -> None:
    """One space too many or too few before a task's key (a hand edit in Notepad): the parser
    said 这里不能再出现“键: 值” or 缩进不一致 and nothing about which way; the hint now says the
    line is out of step with the line above, and by how much."""
    head = "id: x\ntitle: t\nyear: 2026\ntasks:\n  - id: T1\n    title: 摸底\n    due: 2026-05-31\n"
    text = head + " " * indent + "progress: 70\n  - id: T3\n    title: 宣传\n"
    _, problems = yamlsafe.parse(text, "plans/x.yaml")
    assert problems, text
    p = problems[0]
    assert p.source.line == where and f"缩进 {indent} 格" in p.zh and "4 格" in p.zh, (p.zh, p.source)
    assert "indented" in p.en
