"""The Textual app: three views over the plans (board, timeline, accountability), task detail,
a filter and a plan switcher shared by every view, and live reload of hand-edited files.

Every edit goes through the Session to `Workspace.apply` and becomes one commit; errors become
notifications, never a crash.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input

from tracker.model import Task
from tracker.problems import UserError
from tracker.store import planfile
from tracker.workspace import UNCHANGED, Saved
from views.session import Pending, Session
from views.words import localize, word

Errors = (UserError,)
BUILT_INS = {  # Textual's own palette commands, in Chinese
    "Theme": ("主题", "更换界面配色"),
    "Quit": ("退出", "退出程序"),
    "Minimize": ("还原", "把放大的部件还原"),
    "Maximize": ("最大化", "放大当前部件"),
    "Screenshot": ("截图", "把当前屏幕存为 SVG 图片"),
}  # every error a user can fix carries its message in zh and en


def _screen(module: str, name: str) -> Screen[None]:
    """A view's screen, imported when first shown (the board alone is needed to start)."""
    import importlib

    return getattr(importlib.import_module(f"views.{module}"), name)()  # type: ignore[no-any-return]


class TrackerApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "tracker"
    MODES: ClassVar[dict[str, str | Callable[[], Screen[Any]]]] = {
        "board": lambda: _screen("board", "BoardScreen"),
        "timeline": lambda: _screen("timeline", "TimelineScreen"),
        "accountability": lambda: _screen("accountability", "AccountabilityScreen"),
    }
    DEFAULT_MODE = "board"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("b", "view('board')", "Board"),
        Binding("t", "view('timeline')", "Timeline"),
        Binding("a", "view('accountability')", "Accountability"),
        Binding("slash", "filter", "Filter", key_display="/"),
        Binding("p", "plans", "Plans"),
        Binding("question_mark", "help", "Keys", key_display="?"),
        Binding("n", "new_task", "New task"),
        Binding("u", "undo", "Undo"),
        Binding("c", "commit_hand_edits", "Commit hand edits", show=False),
        Binding("r", "reload", "Reload", show=False),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, root: Path, today: dt.date | None = None, lang: str | None = None,
                 by: str | None = None, poll_seconds: float = 1.0) -> None:
        super().__init__()
        self.session = Session(root, today or dt.date.today(), lang or "", by)
        self.poll_seconds = poll_seconds
        self._edit_lock = threading.Lock()
        self.shown_at = 0.0
        localize(self, self.session.lang)

    def on_mount(self) -> None:
        if self.poll_seconds > 0:
            self.set_interval(self.poll_seconds, self.poll_files)
        self.check_all()

    @work(thread=True, exclusive=True, group="checks")
    def check_all(self) -> None:
        problems = self.session.check_all()
        self.call_from_thread(self._checked, problems)
        self.session.warm()  # the accountability report, before anyone presses a

    def _checked(self, problems: dict[str, list[object]]) -> None:
        self.session.set_problems(problems)  # type: ignore[arg-type]
        for screen in self.screen_stack:
            draw = getattr(screen, "draw_problems", None)
            if draw is not None and screen.is_mounted:
                draw()

    def t(self, zh: str, en: str) -> str:
        return self.session.t(zh, en)

    def on_key(self, event: events.Key) -> None:
        """Characters typed at once after /, n or F2 belong to the field that opens. The app
        hands each key on as it comes, so they reached the view behind the new screen, came
        back up here unused, and were lost (or a letter was taken as a view key). An Input
        takes every printable key itself and never lets one up: one seen here while an Input
        has the focus was typed before it had it, and goes to it, in the order typed. (No
        screen opens with a TextArea focused; its module is left out of the start.)"""
        field = self.screen.focused
        if isinstance(field, Input) and event.is_printable and event.character:
            event.prevent_default()
            event.stop()
            field.post_message(events.Key(event.key, event.character))

    # ------------------------------------------------------------ actions

    def action_view(self, mode: str) -> None:
        def go() -> None:
            while len(self.screen_stack) > 1:
                self.pop_screen()
            self.switch_mode(mode)

        self.leave_screen(go)

    def leave_screen(self, then: Callable[[], None]) -> None:
        leave = getattr(self.screen, "leave", None)
        if leave is None:
            then()
        else:
            leave(then)

    async def action_quit(self) -> None:
        self.leave_screen(self.exit_when_written)

    def exit_when_written(self) -> None:
        """Quit once every edit already shown (a card moved just before q) is written and
        committed: quitting cancelled the worker before it ran, and the move was lost."""
        if self.session.busy:
            self.set_timer(0.05, self.exit_when_written)
        else:
            self.exit()

    def action_filter(self) -> None:
        from views.dialogs import FilterDialog

        self.push_screen(FilterDialog(self.session.query_text))

    def action_plans(self) -> None:
        from views.dialogs import PlanDialog

        self.push_screen(PlanDialog())

    def action_help(self) -> None:
        from views.help import HelpDialog

        self.push_screen(HelpDialog())

    def action_new_task(self) -> None:
        """A new task in the plan shown, or the plan of the focused card, or the first plan."""
        from views.newtask import NewTaskScreen

        s = self.session
        plan_id = s.plan_id or getattr(self.screen, "current_plan_id", lambda: None)()
        # else the first plan shown: never last year's closed plan, which the board leaves out
        shown = s.shown_plans() or s.plans
        plan = next((p for p in s.plans if p.id == plan_id), shown[0] if shown else None)
        if plan is None:
            self.notify(self.t("还没有计划，无法添加任务（先用 tracker import 导入一份）",
                               "no plan to add a task to (import one with tracker import)"),
                        severity="warning", markup=False)
            return
        def add() -> None:
            self.push_screen(NewTaskScreen(plan))

        self.leave_screen(add)

    def action_undo(self) -> None:
        """Show the last change made by tracker and undo it when the person says so."""
        from rich.text import Text

        from views.pickers import Question

        s = self.session
        try:
            target = s.undo_target()
        except Errors as exc:
            self.notify(exc.message(s.lang), severity="error", markup=False)
            return
        if target is None:
            self.notify(self.t("没有可以撤销的 tracker 修改（只撤销在这里做的修改，同步来的不算）",
                               "nothing to undo: no change made by tracker here (changes a "
                               "sync brought in are not undone here)"),
                        markup=False)
            return
        question = Text(self.t("撤销最近一次修改？", "Undo the last change?"), style="bold")
        question.append(f"\n{target.short}  ")
        question.append(target.subject)

        def answered(answer: str | None) -> None:
            if answer == "undo":
                self.attempt_undo(target)

        self.push_screen(Question(question, [("undo", self.t("撤销", "Undo")),
                                             ("cancel", self.t("取消", "Cancel"))]), answered)

    def attempt_undo(self, target: object) -> None:
        s = self.session
        try:
            short = s.undo(target)  # type: ignore[arg-type]
        except Errors as exc:
            self.notify(exc.message(s.lang), severity="error", markup=False, timeout=10)
            return
        self.notify(self.t(f"已撤销（新提交 {short}）：", f"undone (new commit {short}): ")
                    + getattr(target, "subject", ""), markup=False)
        self.data_changed()

    def confirm_done(self, task: Task, new: str, then: Callable[[], None],
                     now: str | None = None) -> None:
        """A move to 已完成 of a blocked task, or of one below 100 %, asks first."""
        from rich.text import Text

        from views.pickers import Question

        unit_move = now is not None  # a unit's own status: the task's progress is not its own
        reasons = []
        if (now or task.status) == "blocked":
            reasons.append(self.session.label("blocked"))
        if not unit_move and task.progress is not None and task.progress < 100:
            reasons.append(self.t(f"进度 {task.progress}%", f"progress {task.progress}%"))
        if new != "done" or not reasons:
            then()
            return
        question = Text(self.t(f"{task.id} {task.title}：目前{'、'.join(reasons)}。仍标为{self.session.label('done')}？",
                               f"{task.id} {task.title}: {', '.join(reasons)} now. Mark it "
                               f"{self.session.label('done')} anyway?"))

        def answered(answer: str | None) -> None:
            if answer == "done":
                then()

        self.push_screen(Question(question, [("done", self.t("仍标为已完成", "Mark done")),
                                             ("cancel", self.t("取消", "Cancel"))]), answered)

    def action_reload(self) -> None:
        changed = self.session.poll()
        self.data_changed()
        self.notify(self.t(f"已重新读取（{len(changed)} 个文件有变化）",
                           f"reloaded ({len(changed)} files changed)"), markup=False)

    def action_commit_hand_edits(self) -> None:
        try:
            short = self.session.commit_hand_edits()
        except Errors as exc:
            self.notify(exc.message(self.session.lang), severity="error", markup=False)
            return
        if short is None:
            self.notify(self.t("没有需要提交的手工修改", "no hand edits to commit"), markup=False)
        else:
            self.notify(self.t(f"已提交手工修改 {short}", f"committed hand edits {short}"), markup=False)
        self.data_changed()

    def open_task(self, plan_id: str, task_id: str) -> None:
        from views.detail import TaskScreen

        if self.session.find(plan_id, task_id) is None:
            return
        self.push_screen(TaskScreen(plan_id, task_id))

    # ------------------------------------------------------------ edits and data

    def attempt(self, edit: Callable[[], Saved | None], redraw: bool = True) -> Saved | None:
        """Run one edit; tell the person what happened. Returns what was saved, if anything."""
        s = self.session
        try:
            saved = edit()
        except planfile.ChangedOnDisk as exc:
            self.notify(exc.message(s.lang), severity="warning", markup=False, timeout=8)
            if redraw:
                self.data_changed()
            return None
        except Errors as exc:
            self.notify(exc.message(s.lang), severity="error", markup=False, timeout=8)
            return None
        first = ""  # a hand edit the save needed went into a commit of its own: say so first
        if saved is not None and saved.hand_commit:
            first = self.t(f"这项修改依赖文件里未提交的手工修改：已先把它单独提交为 {saved.hand_commit}；",
                           "this edit needs the uncommitted hand edit in the file: committed "
                           f"that first on its own as {saved.hand_commit}; ")
        if saved is None:
            self.notify(self.t("没有变化，未提交", "nothing changed; no commit"), markup=False)
        elif saved.commit:
            kept = self.t(f"；{saved.path} 里未提交的手工修改没有一起提交，仍留在文件里",
                          f"; the uncommitted hand edit in {saved.path} was left out of the "
                          "commit and stays in the file") if saved.hand_edit_kept else ""
            self.notify(first + self.t(f"已保存并提交 {saved.commit}：", f"saved and committed {saved.commit}: ")
                        + saved.message.splitlines()[0] + kept, markup=False)
        elif saved.unchanged:
            kept = self.t(f"；{saved.path} 里其余未提交的手工修改仍留在文件里",
                          f"; the rest of the uncommitted hand edit in {saved.path} stays in the "
                          "file") if saved.hand_edit_kept else ""
            self.notify(self.t(*UNCHANGED) + kept, markup=False)
        elif saved.commit_error is not None:
            self.notify(first + self.t("已保存文件，但 git 提交失败：", "file saved, but the git commit failed: ")
                        + saved.commit_error.message(s.lang), severity="error", markup=False, timeout=10)
        else:
            self.notify(self.t("已保存（不是 git 仓库，未提交）", "saved (not a git repository)"), markup=False)
        if redraw:
            self.data_changed()
        return saved

    def apply_in_background(self, pending: Pending) -> None:
        """Write and commit an edit already shown on screen; edits run one at a time."""
        self.shown_at = time.perf_counter()  # for bench/tui.py: the moved card is on screen
        self._write_pending(pending)

    @work(thread=True, group="edits")
    def _write_pending(self, pending: Pending) -> None:
        with self._edit_lock:
            try:
                result: Saved | Exception = self.session.write(pending)
            except Exception as exc:
                result = exc
        self.call_from_thread(self._written, pending, result)

    def _written(self, pending: Pending, result: Saved | Exception) -> None:
        self.session.settle(pending)
        if isinstance(result, Errors):
            def fail() -> Saved:
                raise result
            self.attempt(fail, redraw=False)
        elif isinstance(result, Exception):
            self.notify(self.t("内部错误，未保存：", "internal error, nothing saved: ") + repr(result),
                        severity="error", markup=False, timeout=10)
        else:
            self.attempt(lambda: result, redraw=False)
        # always redraw from the files: a refused or failed edit puts the card back
        self.data_changed()
        follow = getattr(self.screen, "follow", None)
        if follow is not None:
            follow(f"{pending.plan.id}/{pending.task_id}")

    def data_changed(self) -> None:
        """Redraw the screen in front (others redraw when shown again)."""
        for screen in reversed(self.screen_stack):
            redraw = getattr(screen, "redraw", None)
            if redraw is not None:
                redraw()
                if getattr(screen, "MAIN", False):
                    break

    def poll_files(self) -> None:
        try:
            changed = self.session.poll()
        except Errors as exc:
            self.notify(exc.message(self.session.lang), severity="error", markup=False)
            return
        if changed:
            self.notify(self.t("已重新读取：", "reloaded: ") + "、".join(changed), markup=False)
            self.data_changed()

    def notify(self, message: str, *, title: str = "", severity: str = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Shown on the message bar of the screen in front (toasts are hidden: textual#6357);
        still recorded as a notification."""
        super().notify(message, title=title, severity=severity,  # type: ignore[arg-type]
                       timeout=timeout, markup=markup)
        from views.frame import MessageBar

        for screen in reversed(self.screen_stack):
            bars = screen.query(MessageBar)
            if bars:
                bars.first().say(message, severity, timeout or (10 if severity == "error" else 6))
                break

    # ------------------------------------------------------------ command palette

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(CommandPalette(id="--command-palette", placeholder=self.t(
                "输入命令名称搜索…", "Search for commands…")))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        lang = self.session.lang
        for name, help_zh, help_en, run in (
            ("Board", "按状态分列的看板", "columns by status", lambda: self.action_view("board")),
            ("Timeline", "按周、月、季度的时间轴", "bars by week, month or quarter",
             lambda: self.action_view("timeline")),
            ("Accountability", "每个单位的任务统计", "per-unit counts",
             lambda: self.action_view("accountability")),
            ("Filter", "与 tracker list 相同的筛选语言", "the tracker list query language",
             self.action_filter),
            ("Plans", "只看一个计划", "show one plan", self.action_plans),
            ("Reload", "重新读取改动过的计划文件", "re-read changed plan files", self.action_reload),
            ("Commit hand edits", "提交手工修改的计划文件", "commit plan files edited by hand",
             self.action_commit_hand_edits),
            ("Keys", "显示全部按键", "show every key", self.action_help),
        ):
            yield SystemCommand(word(name, lang), help_en if lang == "en" else help_zh, run)
        for command in super().get_system_commands(screen):
            if command.title == "Keys":
                continue  # ours (?) lists every key of every view
            zh = BUILT_INS.get(command.title)
            if lang == "zh" and zh is not None:
                command = command._replace(title=zh[0], help=zh[1])
            yield command


if TYPE_CHECKING:
    from views.host import Host

    def _is_a_host(app: TrackerApp) -> Host:  # mypy checks that the app keeps the protocol
        return app
