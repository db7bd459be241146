"""Chinese is whole in every overlay: the status select shows full labels, messages never lose
a wide character over the board's column lines, the command palette speaks the UI language."""

from __future__ import annotations

from tests.views.test_tui import drive, screen_text


def test_the_status_select_shows_full_labels(demo_repo):
    async def script(app, pilot):
        app.open_task("dropout-prevention-2026", "T4")
        await pilot.pause()
        app.screen.set_focus(app.screen.query_one("#status"))
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        for label in ("未启动", "推进中", "受阻", "已完成", "已销号", "已取消"):
            assert label in text

    drive(demo_repo, script, size=(80, 24))


def test_a_message_over_the_board_keeps_every_character(demo_repo):
    message = "修改会使计划出错，未保存：任务 T2 已销号但没有写 verified_by（谁验收销号）"

    async def script(app, pilot):
        app.notify(message, severity="error", markup=False)
        await pilot.pause()
        lines = screen_text(app).splitlines()
        assert any("未保存：任务 T2 已销号" in line for line in lines)
        assert "谁验收销号" in screen_text(app)

    drive(demo_repo, script, size=(160, 45))


def test_palette_built_ins_speak_chinese(demo_repo):
    async def script(app, pilot):
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "退出" in titles and "Quit" not in titles
        assert not any(t in titles for t in ("Theme", "Keys", "Screenshot", "Maximize"))

    drive(demo_repo, script)


def test_palette_prompt_speaks_chinese(demo_repo):
    async def script(app, pilot):
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert "输入命令名称搜索" in screen_text(app)
        await pilot.press("escape")

    drive(demo_repo, script)
