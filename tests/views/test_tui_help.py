"""`?` is the manual: every key of every view, the filter language with examples, the symbol
legend, what each view is for; the README's key table is the same list."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from tests.views.test_tui import drive
from views.app import TrackerApp
from views.help import HelpDialog, key_rows, manual

README = Path(__file__).resolve().parents[2] / "README.md"


def plain(lang: str) -> str:
    console = Console(width=120, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(manual(lang, TrackerApp.BINDINGS))
    return console.export_text()


def test_help_covers_every_view_query_and_symbol():
    text = plain("zh")
    for words in ("各视图的用途", "按状态分列", "时间轴", "责任单位", "任务",  # views
                  "前一列", "左移", "放大", "今天", "排序", "状态后移", "保存", "选择单位",  # keys
                  "筛选", "新任务", "撤销", "提交手工修改", "最后一行",
                  "status:受阻,推进中", "unit:城关镇", "due<2026-12-31", "-status:已完成", "状态:受阻",  # query
                  "█", "━", "░", "◆", "▼", "*", "逾期N天"):  # legend
        assert words in text, words
    assert "Board" in plain("en") and "Move right" in plain("en")


def test_question_mark_opens_the_manual_from_any_view(demo_repo):
    async def script(app, pilot):
        for view in ("b", "t", "a"):
            await pilot.press(view)
            await pilot.pause()
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpDialog)
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, HelpDialog)

    drive(demo_repo, script)


def test_the_readme_key_table_matches_help():
    section = README.read_text(encoding="utf-8").split("## The TUI", 1)[1].split("\n## ", 1)[0]
    for where, keys, what in key_rows("en", TrackerApp.BINDINGS):
        row = f"| {where} | {' '.join(f'`{k}`' for k in keys.split(' '))} | {what} |"
        assert row in section, row


def test_the_manual_at_80_columns_cuts_no_sentence(demo_repo):
    """At 80 columns the help cut what each view is for at its first line: '时间轴 按计划和
    阶段排列的任务条：起止、里程碑、阶段、今天 …'. A Chinese sentence has no spaces to wrap at,
    and the columns cut a word that does not fit. Every sentence is now folded, whole."""
    async def script(app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        width = app.screen.query_one("#help-text").size.width
        assert 40 < width < 80
        for lang in ("zh", "en"):
            console = Console(width=width, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
            console.print(manual(lang, TrackerApp.BINDINGS))
            text = console.export_text()
            assert "…" not in text, text
            assert "今天的位置" in text.replace("\n", "").replace(" ", "") or lang == "en"

    drive(demo_repo, script, size=(80, 24))
