"""The plan files the open app watches are the ones every command reads (store.paths): a
plan saved as .yml while the app is open is named as not read, and a link is never read."""

from __future__ import annotations

import os

from tests.views.test_tui import drive, screen_text


def _copy(root, new_id: str, title: str) -> str:
    text = (root / "plans" / "rural-sewage-2026.yaml").read_text(encoding="utf-8")
    return text.replace("id: rural-sewage-2026", f"id: {new_id}").replace("建设污水管网", title)


def test_a_plan_saved_as_yml_while_open_is_named_as_not_read(demo_repo):
    path = demo_repo / "plans" / "new-plan.yml"

    async def script(app, pilot):
        path.write_text(_copy(demo_repo, "new-plan", "另存的任务"), encoding="utf-8")
        app.poll_files()
        await pilot.pause()
        assert [p.code for p in app.session.problems.get("plans/new-plan.yml", [])] == ["not-yaml-name"]
        assert "new-plan.yml" in screen_text(app)
        path.write_text(_copy(demo_repo, "new-plan", "再次修改"), encoding="utf-8")  # edited again
        app.poll_files()
        await pilot.pause()
        assert "再次修改" not in screen_text(app)
        path.rename(path.with_suffix(".yaml"))  # renamed as asked: now it is a plan
        app.poll_files()
        await pilot.pause()
        assert "plans/new-plan.yml" not in app.session.problems
        assert any(p.id == "new-plan" for p in app.session.plans)

    drive(demo_repo, script)


def test_a_plan_file_linked_in_while_open_is_not_read_through_the_link(demo_repo, tmp_path):
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(_copy(demo_repo, "linked", "链接里的任务"), encoding="utf-8")

    async def script(app, pilot):
        os.symlink(outside, demo_repo / "plans" / "linked.yaml")
        app.poll_files()
        await pilot.pause()
        assert "链接里的任务" not in screen_text(app)
        assert not any(p.id == "linked" for p in app.session.plans)
        assert [p.code for p in app.session.problems.get("plans/linked.yaml", [])] == ["symlink"]
        outside.write_text(_copy(demo_repo, "linked", "链接里改过"), encoding="utf-8")
        app.poll_files()
        await pilot.pause()
        assert not any(p.id == "linked" for p in app.session.plans)

    drive(demo_repo, script)


def test_a_plan_file_replaced_by_a_link_while_open_is_no_longer_read(demo_repo, tmp_path):
    path = demo_repo / "plans" / "rural-sewage-2026.yaml"
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(_copy(demo_repo, "rural-sewage-2026", "外面的任务"), encoding="utf-8")

    async def script(app, pilot):
        path.unlink()
        os.symlink(outside, path)
        app.poll_files()
        await pilot.pause()
        assert "外面的任务" not in screen_text(app)
        assert [p.code for p in app.session.problems.get("plans/rural-sewage-2026.yaml", [])] == ["symlink"]

    drive(demo_repo, script)


def test_the_filter_refuses_a_unit_nobody_has_with_the_closest_name(demo_repo):
    async def script(app, pilot):
        await pilot.press("slash")
        await pilot.pause()
        for ch in "unit:县司法所":
            await pilot.press(ch)
        await pilot.press("enter")
        await pilot.pause()
        assert "是不是“县司法局”" in screen_text(app)
        assert app.session.query_text == ""

    drive(demo_repo, script)
