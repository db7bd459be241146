"""What every main screen shares: a top line (view, plan, filter, date), a problems bar, keys.

A screen draws from the Session and redraws when the Session's version moved on since it last
drew (on resume, or when the app says data changed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from tracker.reports import render
from views.words import localize, word

if TYPE_CHECKING:
    from views.host import Host
    from views.session import Session


class KeyBar(Static):
    """The keys of this screen and of the app, drawn once per width. (Textual's Footer
    recomposes on every focus change, which costs a full layout pass on a busy board.)

    On a narrow terminal (80 columns) not every key fits on the line. What goes first: the
    key of the view already shown (b on the board), then the app's keys in the order of
    DROP; the screen's own keys stay, and `? 按键` (which lists them all) and `q 退出` always
    show. The keys keep their order."""

    DROP = ("plans", "filter", "view('accountability')", "view('timeline')", "view('board')",
            "new_task", "undo")
    ALWAYS = ("help", "quit")

    def on_mount(self) -> None:
        self.entries = self._entries()
        self.fit(self.size.width or self.app.size.width)

    def on_resize(self, event: events.Resize) -> None:
        if hasattr(self, "entries"):  # mounted: the screen's keys are known
            self.fit(event.size.width)

    def _entries(self) -> list[tuple[str, str, str, bool]]:
        """(key, description, action, the app's) for every key shown, in order."""
        out: list[tuple[str, str, str, bool]] = []
        seen: set[str] = set()
        nodes = [self.screen, *self.screen.query("*").results(), self.app]
        own_view = f"view('{getattr(self.screen, 'VIEW', '').lower()}')"
        for node in nodes:
            for bindings in node._bindings.key_to_bindings.values():
                for b in bindings:
                    if not b.show or not b.description or b.action in seen:
                        continue
                    seen.add(b.action)
                    if node is self.app and b.action == own_view and getattr(self.screen, "MAIN", False):
                        continue  # b on the board goes nowhere
                    key = b.key_display or self.app.get_key_display(b)
                    out.append((key, b.description, b.action, node is self.app))
        return out

    def fit(self, width: int) -> None:
        entries = list(self.entries)

        def cells(items: list[tuple[str, str, str, bool]]) -> int:
            return sum(Text(f" {k} {d} ").cell_len for k, d, _, _ in items)

        for action in self.DROP:
            if cells(entries) <= width:
                break
            entries = [e for e in entries if not (e[3] and e[2] == action)]
        while cells(entries) > width:
            spare = [i for i, e in enumerate(entries) if e[2] not in self.ALWAYS]
            if not spare:
                break
            del entries[spare[-1]]
        text = Text()
        for key, description, _, _ in entries:
            text.append(f" {key} ", style="bold")
            text.append(description + " ", style="dim")
        self.update(text)


class MessageBar(Static):
    """What just happened, on a plain line above the keys. It replaces Textual's toasts, which
    lose wide characters where they overlap the board's column lines (textual#6357)."""

    STYLE = {"information": "bold", "warning": "bold black on yellow", "error": "bold white on red"}

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.generation = 0

    def say(self, message: str, severity: str, timeout: float) -> None:
        self.generation += 1
        mark = {"information": "✓", "warning": "!", "error": "✗"}.get(severity, "")
        text = Text(f" {mark} ", style=self.STYLE.get(severity, "bold"))
        text.append(" " + message)
        self.update(text)
        self.display = True
        generation = self.generation
        self.set_timer(timeout, lambda: self.clear(generation))

    def clear(self, generation: int) -> None:
        if generation == self.generation:
            self.display = False


class TrackerScreen(Screen[None]):
    VIEW = ""
    MAIN = False  # a view of its own (board, timeline, accountability), not a drill-down
    AUTO_FOCUS = ""  # focus_main decides what is focused

    def __init__(self) -> None:
        super().__init__()
        self.drawn_version = -1
        localize(self, self.session.lang)

    @property
    def tracker(self) -> Host:
        return cast("Host", self.app)

    @property
    def session(self) -> Session:
        return self.tracker.session

    def compose(self) -> ComposeResult:
        yield Static(id="topbar")
        yield from self.compose_body()
        yield Static(id="problems")
        yield MessageBar(id="messages")
        yield KeyBar(id="keybar")

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        self.redraw()
        self.focus_main()

    def on_screen_resume(self) -> None:
        if self.drawn_version != self.session.version:
            self.redraw()
        # after push_screen/dismiss focus may land nowhere (NOTES.md): set it every time
        self.focus_main()

    def leave(self, then: Callable[[], None]) -> None:
        """Leave this screen (a form with changes asks first)."""
        then()

    def focus_main(self) -> None:
        """Focus the screen's main widget (a card, a row) if nothing useful has the focus."""

    def redraw(self) -> None:
        s = self.session
        self.drawn_version = s.version
        top = Text(no_wrap=True, overflow="ellipsis")  # a CJK run that does not fit is cut,
        top.append(f" {word(self.VIEW, s.lang)} ", style="bold reverse")  # not moved off
        # what a drill-in is about (its unit, its task) first: at 80 columns, after the plan,
        # the filter and the date it was cut away
        self.extend_top(top)
        plan = next((p for p in s.plans if p.id == s.plan_id), None)
        top.append("  " + s.t("计划：", "plan: "), style="dim")
        top.append(render.printable(plan.title) if plan else s.t("全部", "all"))
        if s.query_text:
            top.append("  " + s.t("筛选：", "filter: "), style="dim")
            top.append(render.printable(s.query_text), style="bold")
        top.append("  " + s.t("日期：", "date: ") + s.today.isoformat(), style="dim")
        self.query_one("#topbar", Static).update(top)
        self.draw_problems()
        self.draw_body()
        if self.is_mounted and self.app.screen is self:
            self.focus_main()

    def draw_problems(self) -> None:
        s = self.session
        bar = self.query_one("#problems", Static)
        text = Text()
        errors = s.error_count()
        if errors:
            first = s.first_error()
            text.append(s.t(f" {errors} 个错误 ", f" {errors} errors "), style="bold white on red")
            if first is not None:
                text.append(" " + first.render(s.lang).replace("\n", " "))
        if s.hand_edited:
            if text:
                text.append("  ")
            text.append(s.t(" 有手工修改未提交 ", " uncommitted hand edits "), style="bold black on yellow")
            text.append(" " + "、".join(sorted(s.hand_edited)) + s.t("（按 c 提交）", " (press c to commit)"))
        bar.update(text)
        bar.display = bool(text)

    def empty_text(self) -> Text:
        """What to say instead of an empty view: how to add a plan, or clear the filter."""
        s = self.session
        if not s.plans:
            text = Text(s.t("还没有计划。", "No plans yet. "), style="bold")
            text.append(s.t(
                "导入一份实施方案：tracker import 方案.docx；或把计划 YAML 放进 plans/ 目录，"
                "然后按 r 重新读取。按 ? 查看全部按键。",
                "Import a work plan with `tracker import plan.docx`, or put a plan YAML file "
                "in plans/ and press r to reload. Press ? for every key."))
        elif s.query_text:
            text = Text(s.t("没有符合筛选条件的任务：", "No task matches the filter: "), style="bold")
            text.append(render.printable(s.query_text))
            text.append(s.t("。按 / 修改筛选（清空后回车显示全部），或按 p 换一个计划。",
                            ". Press / to change it (empty it and press Enter to show all), "
                            "or p for another plan."))
        elif s.plan_id is None and len(s.plans) > 1:  # 全部: n would pick the first plan
            text = Text(s.t("这些计划都还没有任务。按 p 选一个计划，再按 n 添加一项。",
                            "None of these plans has tasks yet. Press p to pick one, then n "
                            "to add a task."), style="bold")
        else:
            text = Text(s.t("这个计划还没有任务。按 n 添加一项。",
                            "This plan has no tasks yet. Press n to add one."), style="bold")
        return text

    def extend_top(self, top: Text) -> None:
        pass

    def draw_body(self) -> None:
        pass
