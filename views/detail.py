"""Task detail: every field, the per-unit statuses, the updates and the history from git; edit
status, progress, due (Chinese or ISO, through the same date parser as the CLI) and owners, or
add an update. Each save is one commit."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, Select, Static

from tracker.model import STATUS_KEYS, Plan, Task
from tracker.reports import render
from tracker.standing import days_left, is_overdue
from views.frame import TrackerScreen

FIELD_WORDS = {"status": ("状态", "status"), "progress": ("进度", "progress"),
               "due": ("截止", "due"), "due_text": ("截止原文", "due wording"),
               "owners": ("责任单位", "owners"), "lead": ("牵头单位", "lead"),
               "support": ("配合单位", "support"), "title": ("标题", "title"),
               "updates": ("进展", "update"), "start": ("开始", "start")}


class TaskScreen(TrackerScreen):
    VIEW = "Task"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("ctrl+s", "save", "Save"),
    ]

    def __init__(self, plan_id: str, task_id: str) -> None:
        super().__init__()
        self.plan_id, self.task_id = plan_id, task_id
        self.initial: dict[str, str] = {}
        self.history: list[Text] | None = None

    def found(self) -> tuple[Plan, Task] | None:
        return self.session.find(self.plan_id, self.task_id)

    def compose_body(self) -> ComposeResult:
        s = self.session
        with VerticalScroll(id="detail"):
            yield Static(id="fields")
            yield Static(id="updates")
            yield Static(id="history")
            with Horizontal(classes="form-row"):
                yield Label(s.t("状态", "Status"), classes="form-label")
                yield Select([(Text(s.label(k)), k) for k in STATUS_KEYS], allow_blank=False,
                             id="status")
                yield Label(s.t("进度 %", "Progress %"), classes="form-label")
                yield Input(id="progress", classes="short")
            with Horizontal(classes="form-row"):
                yield Label(s.t("截止", "Due"), classes="form-label")
                yield Input(id="due", placeholder=s.t("2026-12-31 或 12月底前", "2026-12-31"),
                            classes="short")
                yield Label(s.t("责任单位", "Owners"), classes="form-label")
                yield Input(id="owners", placeholder=s.t("用“、”分隔", "separate with ,"))
            with Horizontal(classes="form-row"):
                yield Button(s.t("保存 (ctrl+s)", "Save (ctrl+s)"), id="save", variant="primary")
            with Horizontal(classes="form-row"):
                yield Label(s.t("新进展", "Update"), classes="form-label")
                yield Input(id="update", placeholder=s.t("写下进展情况，回车添加", "what happened; Enter adds it"))
                yield Button(s.t("添加进展", "Add update"), id="add")

    def on_mount(self) -> None:
        super().on_mount()
        self.load_history()

    def extend_top(self, top: Text) -> None:
        top.append(f"  {self.plan_id}/{self.task_id}", style="bold")

    def draw_body(self) -> None:
        s = self.session
        found = self.found()
        if found is None:
            self.query_one("#fields", Static).update(Text(s.t(
                "这个任务已不在文件中（可能被手工删除或改了编号）", "this task is no longer in the file")))
            return
        plan, task = found
        self.query_one("#fields", Static).update(self.fields_table(plan, task))
        self.query_one("#updates", Static).update(self.updates_text(task))
        self.initial = {
            "status": task.status,
            "progress": "" if task.progress is None else str(task.progress),
            "due": task.due.isoformat() if task.due else "",
            "owners": "、".join(task.owners),
        }
        self.query_one("#status", Select).value = task.status
        for key in ("progress", "due", "owners"):
            self.query_one(f"#{key}", Input).value = self.initial[key]
        self.draw_history()

    def fields_table(self, plan: Plan, task: Task) -> Table:
        s = self.session
        t = s.t
        p = render.printable
        table = Table(box=None, show_header=False, padding=(0, 1), expand=True)
        table.add_column(style="bold cyan", no_wrap=True, width=10)
        table.add_column(ratio=1)
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
            (t("阶段", "phase"), p(task.phase) if task.phase else None),
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

    def action_save(self) -> None:
        found = self.found()
        if found is None:
            return
        typed: dict[str, str] = {}
        status = self.query_one("#status", Select).value
        if isinstance(status, str) and status != self.initial.get("status"):
            typed["status"] = status
        for key in ("progress", "due", "owners"):
            value = self.query_one(f"#{key}", Input).value.strip()
            if value != self.initial.get(key, "") and value:
                typed[key] = value
        plan, task = found
        self.tracker.attempt(lambda: self.session.save_fields(plan, task, typed))

    def add_update(self) -> None:
        found = self.found()
        box = self.query_one("#update", Input)
        if found is None:
            return
        plan, task = found
        if self.tracker.attempt(lambda: self.session.add_update(plan, task, box.value)):
            box.value = ""

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "add":
            self.add_update()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "update":
            self.add_update()
        else:
            self.action_save()
