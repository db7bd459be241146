"""Typing is never lost: leaving a changed form asks (save / discard / stay); a reload from
outside keeps what is typed and names the fields that changed underneath; updates and detail
are multi-line; Ctrl+S saves everything typed, the update included."""

from __future__ import annotations

from tests.views.test_tui import commits, drive, head, plan_text, screen_text
from views.detail import TaskScreen
from views.pickers import Question


async def open_task(app, pilot, plan_id="dropout-prevention-2026", task_id="T4"):
    app.open_task(plan_id, task_id)
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def test_escape_on_a_changed_form_asks_and_stay_keeps_the_typing(demo_repo):
    async def script(app, pilot):
        await open_task(app, pilot)
        app.screen.query_one("#progress").value = "35"
        app.screen.query_one("#update").load_text("第一行\n第二行")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, Question)
        text = screen_text(app)
        assert "有未保存的修改" in text and "进度 %" in text and "新进展" in text
        await pilot.press("escape")  # stay
        await pilot.pause()
        assert isinstance(app.screen, TaskScreen)
        assert app.screen.query_one("#progress").value == "35"
        assert app.screen.query_one("#update").text == "第一行\n第二行"

    drive(demo_repo, script)


def test_leaving_with_save_writes_one_commit_with_the_update(demo_repo):
    before = commits(demo_repo)

    async def script(app, pilot):
        await open_task(app, pilot)
        app.screen.query_one("#progress").value = "35"
        app.screen.query_one("#update").load_text("第一行\n第二行")
        app.screen.set_focus(app.screen.query_one("#status"))
        await pilot.press("b")  # another view: asks too
        await pilot.pause()
        assert isinstance(app.screen, Question)
        await pilot.click("#answer-save")
        await pilot.pause()
        assert not isinstance(app.screen, (Question, TaskScreen))

    drive(demo_repo, script)
    assert commits(demo_repo) == before + 1
    text = plan_text(demo_repo, "dropout-prevention-2026")
    task = text[text.index("id: T4"):]
    assert "progress: 35" in task
    assert "        text: |-\n          第一行\n          第二行\n" in task
    assert "progress ∅ → 35; update: 第一行" in head(demo_repo)


def test_leaving_with_discard_writes_nothing(demo_repo):
    before = commits(demo_repo)

    async def script(app, pilot):
        await open_task(app, pilot)
        app.screen.query_one("#title").value = "改了标题"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#answer-discard")
        await pilot.pause()
        assert not isinstance(app.screen, (Question, TaskScreen))

    drive(demo_repo, script)
    assert commits(demo_repo) == before


def test_a_reload_keeps_what_is_typed_and_names_what_changed_underneath(demo_repo):
    path = demo_repo / "plans" / "dropout-prevention-2026.yaml"

    async def script(app, pilot):
        await open_task(app, pilot)
        screen = app.screen
        screen.query_one("#title").value = "我正在改的标题"
        screen.query_one("#update").load_text("写了一半的进展")
        text = path.read_text(encoding="utf-8")
        task_at = text.index("id: T4")
        title_line = text.index("title:", task_at)
        end = text.index("\n", title_line)
        path.write_text(text[:title_line] + "title: 别人改的标题" + text[end:], encoding="utf-8")
        app.poll_files()
        await pilot.pause()
        assert screen.query_one("#title").value == "我正在改的标题"
        assert screen.query_one("#update").text == "写了一半的进展"
        assert any("标题" in n.message and "保留" in n.message for n in app._notifications)

    drive(demo_repo, script)


def test_detail_is_a_multi_line_editor_saved_as_a_block(demo_repo):
    async def script(app, pilot):
        await open_task(app, pilot)
        app.screen.query_one("#detail").load_text("第一段\n第二段")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.session.find("dropout-prevention-2026", "T4")[1].detail == "第一段\n第二段"

    drive(demo_repo, script)
    assert "    detail: |-\n      第一段\n      第二段\n" in plan_text(demo_repo, "dropout-prevention-2026")
