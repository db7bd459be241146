"""Help in the office's language: `tracker --help` and each command's help follow --lang /
tracker.yaml, list the global options, `set --help` lists the keys, `list --help` explains the
query language; click's own errors are translated; `--by` on `log` is not a filter."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from tests.conftest import PROJECT, TODAY, git, make_repo


@pytest.fixture
def en_repo(tmp_path: Path) -> Path:
    settings = (PROJECT / "tracker.yaml").read_text(encoding="utf-8").replace("language: zh", "language: en")
    return make_repo(tmp_path / "en-office", demo=True, settings=settings)


def test_top_help_follows_the_repository_language(demo_repo: Path, en_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    zh = tracker("--repo", str(demo_repo), "--help")
    assert zh.code == 0
    assert zh.out.startswith("用法：tracker [选项] 命令 [参数]...")
    for needle in ("--repo", "--today", "--by NAME", "以此姓名记录所做的修改", "--lang", "--no-verify",
                   "命令:", "intake    读入填好的督办单", "显示此帮助并退出"):
        assert needle in zh.out, needle
    en = tracker("--repo", str(en_repo), "--help")
    assert en.out.startswith("Usage: tracker [OPTIONS] COMMAND [ARGS]...") and "Commands:" in en.out
    assert tracker("--repo", str(demo_repo), "--lang", "en", "--help").out.startswith("Usage:")
    assert tracker("--repo", str(en_repo), "--help", "--lang", "zh").out.startswith("用法：")


def test_no_repository_means_chinese(tmp_path: Path, tracker, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert tracker("--help", cwd=tmp_path).out.startswith("用法：")
    monkeypatch.setenv("TRACKER_LANG", "en")
    assert tracker("--help", cwd=tmp_path).out.startswith("Usage:")


def test_command_help_has_global_options_in_the_language(demo_repo: Path, en_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    zh = tracker("--repo", str(demo_repo), "summary", "--help").out
    assert zh.startswith("用法：tracker summary [选项]")
    assert "截至 --today 的工作进展情况" in zh and "只含此责任领导的任务" in zh and "[默认：month]" in zh
    assert "全局选项（可写在命令前或后）:" in zh and "--today YYYY-MM-DD" in zh
    en = tracker("--repo", str(en_repo), "summary", "--help").out
    assert "Only tasks of this responsible leader." in en and "Global options" in en


def test_set_help_lists_every_settable_key(demo_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    from tracker.cli.editing import EDITABLE
    from tracker.cli.help import SET_KEYS

    assert sorted(k for k, _, _ in SET_KEYS) == sorted(EDITABLE)
    out = tracker("--repo", str(demo_repo), "set", "--help").out
    section = out.split("可设置的键:", 1)[1]
    for key in EDITABLE:
        assert f"\n  {key} " in section, key
    assert "销号人" in section
    assert "verified_by  who signed it off" in tracker("--repo", str(demo_repo), "--lang", "en", "set",
                                                       "--help").out


def test_list_help_explains_the_query_language(demo_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    from tracker.query import FLAGS, KEYS

    out = tracker("--repo", str(demo_repo), "list", "--help").out
    assert "查询语言" in out and "tracker list status:doing unit:城关镇 overdue" in out
    for word in (*FLAGS, *(k for k in KEYS if k not in ("owner",))):
        assert word in out, word
    assert "Query language" in tracker("--repo", str(demo_repo), "--lang", "en", "list", "--help").out


def test_every_command_and_option_has_its_chinese() -> None:
    from tracker.cli import cli
    from tracker.cli.help import COMMANDS_ZH, OPTIONS_ZH

    ctx = click.Context(cli)
    for name in cli.list_commands(ctx):
        cmd = cli.get_command(ctx, name)
        assert cmd is not None and name in COMMANDS_ZH, name
        for p in cmd.params:
            if isinstance(p, click.Option) and p.help is not None and "--help" not in p.opts:
                assert (name, p.name) in OPTIONS_ZH, (name, p.name)
    for p in cli.params:
        assert ("", p.name) in OPTIONS_ZH or "--help" in p.opts, p.name


@pytest.mark.parametrize("args,zh,en", [
    (["frobnicate"], "错误：没有命令“frobnicate”。", "Error: No such command 'frobnicate'."),
    (["set"], "错误：缺少参数 REF。", "Error: Missing argument 'REF'."),
    (["list", "--format", "xml"], "错误：'--format' 的值无效：“xml”不是可选值之一",
     "Error: Invalid value for '--format': 'xml' is not one of"),
    (["list", "--form", "csv"], "错误：没有选项 --form，是不是 --format？", "Did you mean '--format'?"),
    (["show", "a", "b"], "错误：多余的参数：b", "Got unexpected extra argument (b)"),
    (["--today", "2026-13-01", "list"], "错误：--today 应写成 YYYY-MM-DD，实际为“2026-13-01”",
     "--today must be YYYY-MM-DD"),
])
def test_click_errors_in_chinese(demo_repo: Path, tracker, args: list[str], zh: str, en: str) -> None:  # type: ignore[no-untyped-def]
    r = tracker("--repo", str(demo_repo), *args)
    assert r.code == 2 and zh in r.err, r.err
    assert "运行 “tracker" in r.err and "--help” 查看帮助。" in r.err
    r = tracker("--repo", str(demo_repo), "--lang", "en", *args)
    assert r.code == 2 and en in r.err and "Usage:" in r.err, r.err


def test_by_on_log_is_who_acts_and_author_filters(demo_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    for who, value in (("张三", "progress=70"), ("李四", "progress=80")):
        assert tracker("--repo", str(demo_repo), "--today", TODAY, "--by", who, "set",
                       "clean-heating-2026/T3", value).code == 0
    everyone = tracker("--repo", str(demo_repo), "--today", TODAY, "--by", "张三", "log",
                       "clean-heating-2026/T3")
    authors = {line.split()[1] for line in everyone.out.splitlines()}
    assert {"张三", "李四"} <= authors  # not filtered
    assert "按作者筛选请用 --author 张三" in everyone.err
    hoisted = tracker("--repo", str(demo_repo), "--today", TODAY, "log", "clean-heating-2026/T3",
                      "--by", "张三")
    assert {line.split()[1] for line in hoisted.out.splitlines()} == authors
    only = tracker("--repo", str(demo_repo), "--today", TODAY, "log", "--author", "李四")
    assert only.code == 0 and {line.split()[1] for line in only.out.splitlines()} == {"李四"}
    assert "注意" not in only.err
    assert git(demo_repo, "log", "-1", "--format=%an").strip() == "李四"
