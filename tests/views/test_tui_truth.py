"""What the screen shows is what the files hold: a refused move puts the card back and says
why; 已销号 can be reached through the verified_by field; after any save the form shows the file."""

from __future__ import annotations

from tests.views.test_tui import commits, drive, plan_text, screen_text
from tests.views.test_tui_focus import burst, focused_card
from views.board import CardList


async def focus_card(app, pilot, status: str, ref: str) -> None:
    cards = app.screen.query_one(f"#col-{status}", CardList)
    app.screen.focus_list(cards)
    cards.highlighted = cards.get_option_index(ref)
    await pilot.pause()


def test_a_refused_move_puts_the_card_back_and_says_why(demo_repo):
    before = commits(demo_repo)
    ref = "clean-heating-2026/T2"

    async def script(app, pilot):
        await focus_card(app, pilot, "done", ref)
        await burst(app, pilot, "right_square_bracket")
        await app.workers.wait_for_complete()
        await pilot.pause()
        done = app.screen.query_one("#col-done", CardList)
        verified = app.screen.query_one("#col-verified", CardList)
        assert any(c.task.ref == ref for c in done.cards)
        assert not any(c.task.ref == ref for c in verified.cards)
        assert focused_card(app) == ref
        text = screen_text(app)
        assert "verified_by" in text and "未保存" in text

    drive(demo_repo, script)
    assert commits(demo_repo) == before


def test_verified_is_reached_by_giving_verified_by_in_the_detail(demo_repo):
    async def script(app, pilot):
        app.open_task("clean-heating-2026", "T2")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#status").value = "verified"
        screen.query_one("#verified_by").value = "县督查室"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.query_one("#verified_by").value == "县督查室"
        assert app.session.find("clean-heating-2026", "T2")[1].status == "verified"

    drive(demo_repo, script)
    text = plan_text(demo_repo, "clean-heating-2026")
    task = text[text.index("id: T2"):text.index("id: T3")]
    assert "status: verified" in task and "verified_by: 县督查室" in task


def test_after_a_save_the_form_shows_the_file(demo_repo):
    async def script(app, pilot):
        app.open_task("dropout-prevention-2026", "T4")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#due").value = "12月15日前"
        screen.query_one("#owners").value = "实验小学，第一中学"
        await pilot.press("ctrl+s")
        await pilot.pause()
        task = app.session.find("dropout-prevention-2026", "T4")[1]
        assert screen.query_one("#due").value == task.due.isoformat() == "2026-12-15"
        assert screen.query_one("#owners").value == "、".join(task.owners)

    drive(demo_repo, script)
