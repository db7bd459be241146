"""Task detail: every field, the per-unit statuses, the updates and the history from git; an
edit form for every field (views/taskform.py), a new multi-line update with its reporting unit,
and a unit's own status. Each save is one commit; leaving a changed form asks first."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Button, Input, Select, Static

from tracker.model import Plan, Task
from tracker.namelists import split_names
from tracker.reports import render
from tracker.standing import days_left, is_overdue
from views.frame import TrackerScreen
from views.lineinput import LineInput
from views.pickers import Question, UnitPicker
from views.taskform import UNIT_FIELDS, WORDS, TaskForm

FIELD_WORDS = {"status": ("状态", "status"), "progress": ("进度", "progress"),
               "due": ("截止", "due"), "due_text": ("截止原文", "due wording"),
               "owners": ("责任单位", "owners"), "lead": ("牵头单位", "lead"),
               "support": ("配合单位", "support"), "title": ("标题", "title"),
               "updates": ("进展", "update"), "start": ("开始", "start"),
               "verified_by": ("销号人", "verified by"), "leader": ("责任领导", "leader"),
               "phase": ("阶段", "phase"), "detail": ("具体内容", "detail")}


class TaskScreen(TrackerScreen):
    VIEW = "Task"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("ctrl+s", "save", "Save"),
        Binding("f2", "pick", "Pick unit"),
        Binding("f3", "write_update", "Write an update"),
    ]

    def __init__(self, plan_id: str, task_id: str) -> None:
        super().__init__()
        self.plan_id, self.task_id = plan_id, task_id
        self.history: list[Text] | None = None
        self.just_saved = False

    def found(self) -> tuple[Plan, Task] | None:
        return self.session.find(self.plan_id, self.task_id)

    def missing(self) -> str:
        """Why the task cannot be found now: its plan broken, its file gone, or the task gone."""
        s = self.session
        path = f"plans/{self.plan_id}.yaml"
        for f, why in s.ws.skipped():
            if f.path == path:  # the problem names the file (and where in it) itself
                if why is None:
                    return s.t(f"{path} 现在有错误，无法读取", f"{path} has errors now and cannot be read")
                return s.t(f"计划文件现在有错误，无法读取：{why.render('zh')}",
                           f"the plan file has errors now and cannot be read: {why.render('en')}")
        if not (s.ws.root / path).exists():
            return s.t(f"计划文件 {path} 已不存在（被删除或改名）", f"the plan file {path} is gone")
        return s.t("这个任务已不在文件中（可能被手工删除或改了编号）", "this task is no longer in the file")

    def cannot_save(self) -> None:
        # what was (not) done first: at 80 columns the bar's three lines cut a long reason
        self.notify(self.session.t("未保存，输入的内容还在：", "nothing saved, what you typed is kept: ")
                    + self.missing(), severity="error", markup=False)

    def compose_body(self) -> ComposeResult:
        found = self.found()
        with VerticalScroll(id="task-pane"):
            yield Static(id="fields")
            yield Static(id="updates")
            if found is not None:
                yield TaskForm(self.session, *found)
            yield Static(id="history")

    NARROW = 100  # below it the unit-status row's lists narrow (app.tcss), as UnitScreen's do

    def on_mount(self) -> None:
        super().on_mount()
        self.set_class(self.app.size.width < self.NARROW, "narrow")
        self.load_history()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < self.NARROW, "narrow")

    def focus_main(self) -> None:
        # the pane, not a field: every key (?, u, b, …) works until Tab or F3 enters the form
        if self.focused is None:
            self.set_focus(self.query_one("#task-pane"))

    def extend_top(self, top: Text) -> None:
        top.append(f"  {self.plan_id}/{self.task_id}", style="bold")

    def draw_body(self) -> None:
        s = self.session
        found = self.found()
        if found is None:
            self.query_one("#fields", Static).update(Text(self.missing()))
            return
        plan, task = found
        self.query_one("#fields", Static).update(self.fields_table(plan, task))
        self.query_one("#updates", Static).update(self.updates_text(task))
        forms = self.query(TaskForm)
        if forms and forms.first().is_mounted:
            clashes = forms.first().refill(task, self.just_saved)
            if clashes:
                self.notify(s.t("文件已被修改，你正在改的这些字段在文件里也变了（保留你输入的内容）：",
                                "the file changed underneath; these fields you are editing changed "
                                "there too (what you typed is kept): ") + "、".join(clashes),
                            severity="warning", markup=False, timeout=10)
        self.just_saved = False
        self.draw_history()

    def fields_table(self, plan: Plan, task: Task) -> Table:
        s = self.session
        t = s.t
        p = render.printable
        table = Table(box=None, show_header=False, padding=(0, 1), expand=True)
        table.add_column(style="bold cyan", no_wrap=True, width=10)
        table.add_column(ratio=1, overflow="fold")  # long detail wraps, never cut
        overdue = is_overdue(task, s.today)
        due = Text(task.due.isoformat() if task.due else "—")
        if task.due_text:
            due.append(f" ({p(task.due_text)})", style="dim")
        if task.due and not task.is_closed:
            due.append(" " + render.days_text(days_left(task, s.today), s.lang),
                       style="bold red" if overdue else "")
        rows: list[tuple[str, Text | str | None]] = [
            (t("标题", "title"), Text(p(task.title), style="bold")),
            (t("计划", "plan"), p(plan.title)),
            (t("状态", "status"), s.label(task.status)),
            (t("进度", "progress"), f"{task.progress}%" if task.progress is not None else None),
            (t("牵头单位", "lead"), p(render.names(task.lead))),
            (t("责任单位", "owners"), p(render.names(task.owners))),
            (t("配合单位", "support"), p(render.names(task.support))),
            (t("责任领导", "leader"), p(task.leader) if task.leader else None),
            (t("阶段", "phase"), p(self.phase_title(plan, task.phase)) if task.phase else None),
            (t("开始", "start"), task.start.isoformat() if task.start else None),
            (t("截止", "due"), due),
            (t("验收", "verified by"), p(task.verified_by) if task.verified_by else None),
            (t("佐证材料", "evidence"), p(render.names(task.evidence))),
            (t("依赖", "depends on"), p(render.names(task.depends_on))),
            (t("所在章节", "section"), p(task.section) if task.section else None),
            (t("具体内容", "detail"), p(task.detail.strip(), keep_newlines=True) if task.detail else None),
        ]
        for us in task.units:
            line = Text(s.label(us.status or task.status))
            if us.note:
                line.append(" — " + p(us.note), style="dim")
            rows.append((p(us.unit), line))
        for name, value in rows:
            if value:
                table.add_row(Text(name), value if isinstance(value, Text) else Text(value))
        return table

    @staticmethod
    def phase_title(plan: Plan, phase: str) -> str:
        found = next((ph for ph in plan.phases if ph.id == phase), None)
        return f"{found.title} ({phase})" if found is not None and found.title else phase

    def updates_text(self, task: Task) -> Text:
        s = self.session
        text = Text()
        text.append(s.t("进展情况", "Updates") + "\n", style="bold underline")
        updates = list(task.updates) + [u for us in task.units for u in us.updates]
        if not updates:
            text.append(s.t("（暂无）", "(none yet)") + "\n", style="dim")
        for u in sorted(updates, key=lambda u: (u.date is None, u.date)):
            text.append(f"{u.date.isoformat() if u.date else '—'} ", style="dim")
            who = " ".join(x for x in (u.by, u.unit and f"[{u.unit}]") if x)
            if who:
                text.append(render.printable(who) + "：", style="cyan")
            text.append(render.printable(u.text) + "\n")
        return text

    # ------------------------------------------------------------ history

    @work(thread=True, exclusive=True, group="history")
    def load_history(self) -> None:
        lines = self.read_history()
        self.app.call_from_thread(self.set_history, lines)

    def read_history(self) -> list[Text] | None:
        s = self.session
        try:
            from tracker.history import walk
        except ImportError:
            return None
        try:
            entries = walk.walk(s.root)
        except Exception:
            return None
        lines = []
        for entry in entries:
            for c in entry.changes:
                if c.plan != self.plan_id or c.item != self.task_id:
                    continue
                line = Text(f"{entry.commit.date.date().isoformat()} ", style="dim")
                line.append(render.printable(entry.commit.author), style="cyan")
                line.append(f" {entry.commit.short} ", style="dim")
                line.append(render.printable(self.describe(c)))
                lines.append(line)
        return lines

    def describe(self, c: object) -> str:
        s = self.session
        field = getattr(c, "field", "")
        op = getattr(c, "op", "")
        old, new = getattr(c, "old", None), getattr(c, "new", None)
        if not field:
            return s.t({"added": "新增任务", "removed": "删除任务"}.get(op, op),
                       {"added": "task added", "removed": "task removed"}.get(op, op))
        if field.startswith("units."):
            name = field[6:] + s.t(" 状态", " status")
        else:
            zh, en = FIELD_WORDS.get(field, (field, field))
            name = s.t(zh, en)

        def show(v: object) -> str:
            if v is None or v == ():
                return "∅"
            if field == "status" or field.startswith("units."):
                return s.label(str(v))
            if isinstance(v, tuple):
                return render.names([str(x) for x in v])
            return str(v)

        if field == "updates" and op == "added":
            return s.t("新增进展：", "update: ") + show(getattr(new, "text", new))
        return f"{name}：{show(old)} → {show(new)}" if s.lang == "zh" else f"{name}: {show(old)} → {show(new)}"

    def set_history(self, lines: list[Text] | None) -> None:
        self.history = lines
        if self.is_attached and self.query("#history"):  # the screen may be gone already
            self.draw_history()

    def draw_history(self) -> None:
        s = self.session
        text = Text()
        text.append(s.t("修改记录（git）", "History (git)") + "\n", style="bold underline")
        if self.history is None:
            text.append(s.t("（读取中或不可用）", "(loading or unavailable)"), style="dim")
        elif not self.history:
            text.append(s.t("（暂无）", "(none)"), style="dim")
        else:
            text.append(Text("\n").join(self.history))
        self.query_one("#history", Static).update(text)

    def redraw(self) -> None:
        super().redraw()
        if self.is_mounted and self.history is not None:
            self.load_history()

    # ------------------------------------------------------------ edits

    def form(self) -> TaskForm | None:
        forms = self.query(TaskForm)
        return forms.first() if forms else None

    def action_save(self, then: Callable[[], None] | None = None) -> None:
        form, found = self.form(), self.found()
        if form is not None and found is None:
            return self.cannot_save()
        if form is None or found is None:
            return
        typed = form.typed()
        unknown = self.session.unknown_units({k: v for k, v in typed.items() if k in UNIT_FIELDS})
        if unknown:
            s = self.session
            names = "、".join(n + (s.t(f"（是不是“{g}”？）", f" (did you mean {g}?)") if g else "")
                             for n, g in unknown)
            question = Text(s.t(f"这些单位不在 units.yaml 中：{names}。仍然保存？",
                                f"not in units.yaml: {names}. Save anyway?"))

            def answered(answer: str | None) -> None:
                if answer == "save":
                    self.save_now(then)

            self.app.push_screen(Question(question, [("save", s.t("仍然保存", "Save anyway")),
                                                     ("cancel", s.t("返回修改", "Go back"))]),
                                 answered)
            return
        self.save_now(then)

    def save_now(self, then: Callable[[], None] | None = None) -> None:
        form, found = self.form(), self.found()
        if form is not None and found is None:
            return self.cannot_save()
        if form is None or found is None:
            return
        plan, task = found
        typed, update = form.typed(), form.update()
        saved = self.tracker.attempt(lambda: self.session.save_fields(plan, task, typed, update),
                                     redraw=False)
        if saved is not None and update[0].strip():
            form.clear_update()
        self.just_saved = saved is not None  # then the form shows the file; else keeps typing
        self.tracker.data_changed()
        if saved is not None and then is not None:
            then()

    def add_update(self) -> None:
        form, found = self.form(), self.found()
        if form is not None and found is None:
            return self.cannot_save()
        if form is None or found is None:
            return
        plan, task = found
        text, unit = form.update()
        if self.tracker.attempt(lambda: self.session.add_update(plan, task, text, unit), redraw=False):
            form.clear_update()
        self.tracker.data_changed()

    def set_unit_status(self) -> None:
        found = self.found()
        if found is None:
            return
        plan, task = found
        unit = self.query_one("#unit-name", Select).value
        status = self.query_one("#unit-status", Select).value
        note = self.query_one("#unit-note", Input).value
        if isinstance(unit, str) and isinstance(status, str):
            self.tracker.attempt(lambda: self.session.set_unit(plan, task, unit, status, note))

    def leave(self, then: Callable[[], None]) -> None:
        """Leave the screen, asking first when something typed would be lost."""
        form = self.form()
        changed = form.changed() if form is not None else []
        if not changed:
            then()
            return
        s = self.session
        question = Text(s.t("有未保存的修改：", "unsaved changes: ") + "、".join(changed))

        def answered(answer: str | None) -> None:
            if answer == "save":
                self.action_save(then)
            elif answer == "discard":
                then()

        self.app.push_screen(Question(question, [("save", s.t("保存", "Save")),
                                                 ("discard", s.t("放弃修改", "Discard")),
                                                 ("cancel", s.t("留在这里", "Stay"))]), answered)

    def action_write_update(self) -> None:
        if self.query("#update"):
            self.set_focus(self.query_one("#update"))

    def action_back(self) -> None:
        def back() -> None:
            self.app.pop_screen()

        self.leave(back)

    def action_pick(self, key: str | None = None) -> None:
        focused = self.focused
        by_key = key is None  # F2, not the 选择… button
        if key is None:
            key = focused.id if focused is not None and focused.id in UNIT_FIELDS else "owners"
        target = self.query_one(f"#{key}", LineInput)

        def picked(name: str | None) -> None:
            if name:
                names = split_names(target.value)  # 各县（市、区）政府 stays one name
                if name not in names:
                    target.value = "、".join([*names, name])
            self.set_focus(target)

        snapshot = target.value_at_f2 if by_key else None
        target.value_at_f2 = None
        before, at = snapshot or (target.value, target.cursor_position)

        def typed_ahead() -> str:
            """What was typed into the field between F2 and the picker taking the focus (keys
            typed in one go with F2 reach the field before the picker is drawn): taken out of
            the field again, for the picker's filter."""
            value = target.value
            tail = len(before) - at
            if len(value) <= len(before) or not value.startswith(before[:at]) or not value.endswith(before[at:]):
                return ""
            target.value = before
            target.cursor_position = at
            return value[at : len(value) - tail]

        self.app.push_screen(UnitPicker(self.session.t(*WORDS[key]), typed_ahead), picked)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        button = event.button.id or ""
        if button == "save":
            self.action_save()
        elif button == "add":
            self.add_update()
        elif button == "set-unit":
            self.set_unit_status()
        elif button.startswith("pick-"):
            self.action_pick(button.removeprefix("pick-"))

    def on_select_changed(self, event: Select.Changed) -> None:
        """Choosing a unit shows its own status, ready to be changed."""
        found = self.found()
        if event.select.id != "unit-name" or found is None or not isinstance(event.value, str):
            return
        from tracker.standing import unit_status

        status = unit_status(found[1], event.value, self.session.ws.units)
        self.query_one("#unit-status", Select).value = status
        units = self.session.ws.units
        entry = next((us for us in found[1].units if units.canonical(us.unit) == event.value), None)
        self.query_one("#unit-note", Input).value = (entry.note if entry else None) or ""

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "unit-note":
            self.set_unit_status()
        else:
            self.action_save()
