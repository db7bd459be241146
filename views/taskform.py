"""The edit form of a task: every field as text (title, status, progress, lead, owners,
support, leader, phase by title, start, due, verified_by, detail), a new update with its
reporting unit, and a unit's own status.

The form remembers what the file held when it was filled (`initial`), so it knows what the
person changed, and a reload from outside can keep what is being typed (`refill`).
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select, TextArea

from tracker.model import STATUS_KEYS, Plan, Task
from views.lineinput import LineInput
from views.session import Session
from views.textbox import TextBox

# key, zh, en; the order of the form
FIELDS = (
    ("title", "标题", "Title"), ("status", "状态", "Status"), ("progress", "进度 %", "Progress %"),
    ("lead", "牵头单位", "Lead"), ("owners", "责任单位", "Owners"), ("support", "配合单位", "Support"),
    ("leader", "责任领导", "Leader"), ("phase", "阶段", "Phase"), ("start", "开始", "Start"),
    ("due", "截止", "Due"), ("verified_by", "销号人", "Verified by"), ("detail", "具体内容", "Detail"),
)
UNIT_FIELDS = ("lead", "owners", "support")
WORDS = {key: (zh, en) for key, zh, en in FIELDS}


def task_values(task: Task) -> dict[str, str]:
    """Each field of the form as the text it shows."""
    return {
        "title": task.title, "status": task.status,
        "progress": "" if task.progress is None else str(task.progress),
        "lead": "、".join(task.lead), "owners": "、".join(task.owners),
        "support": "、".join(task.support), "leader": task.leader or "",
        "phase": task.phase or "", "start": task.start.isoformat() if task.start else "",
        "due": task.due.isoformat() if task.due else "", "verified_by": task.verified_by or "",
        "detail": (task.detail or "").rstrip("\n"),
    }


class _PickButton(Button, can_focus=False):
    """The 选择… button beside a unit field: a click opens the picker, F2 does from the field.
    It is no Tab stop, so Tab goes from one unit field to the next and nothing typed after a
    Tab lands on a button that takes no text."""


class TaskForm(Vertical):
    def __init__(self, session: Session, plan: Plan, task: Task) -> None:
        super().__init__(id="form")
        self.session = session
        self.initial = task_values(task)
        self.phases = [(p.title or p.id, p.id) for p in plan.phases]
        self.reporting_units = self.units_of(task)

    def units_of(self, task: Task) -> list[str]:
        units = self.session.ws.units
        names = [*units.expand(task.owners), *units.expand(task.lead)]
        names += [u.unit for u in task.units]
        return list(dict.fromkeys(units.canonical(n) for n in names))

    def compose(self) -> ComposeResult:
        s = self.session
        t = s.t

        def label(key: str) -> Label:
            return Label(t(*WORDS[key]), classes="form-label")

        with Horizontal(classes="form-row"):
            yield label("title")
            yield LineInput(select_on_focus=False, id="title")
        with Horizontal(classes="form-row"):
            yield label("status")
            yield Select([(Text(s.label(k)), k) for k in STATUS_KEYS], allow_blank=False,
                         id="status")
            yield label("progress")
            yield LineInput(select_on_focus=False, id="progress", classes="short")
        for key in UNIT_FIELDS:
            with Horizontal(classes="form-row"):
                yield label(key)
                yield LineInput(select_on_focus=False, id=key, classes="units", join="、", placeholder=t("用“、”分隔；F2 选择", "separate with ,; F2 picks"))
                yield _PickButton(t("选择…", "Pick…"), id=f"pick-{key}", classes="pick")
        with Horizontal(classes="form-row"):
            yield label("leader")
            yield LineInput(select_on_focus=False, id="leader", classes="short")
            yield label("phase")
            yield Select([(Text(title), pid) for title, pid in self.phases], id="phase",
                         prompt=t("（无）", "(none)"))
        with Horizontal(classes="form-row"):
            yield label("start")
            yield LineInput(select_on_focus=False, id="start", classes="short", placeholder="2026-05-01")
            yield label("due")
            yield LineInput(select_on_focus=False, id="due", classes="short", placeholder=t("2026-12-31 或 12月底前", "2026-12-31"))
        with Horizontal(classes="form-row"):
            yield label("verified_by")
            yield LineInput(select_on_focus=False, id="verified_by", classes="short",
                        placeholder=t("已销号时必填", "needed for verified"))
        with Horizontal(classes="form-row"):
            yield label("detail")
            yield TextBox(id="detail", soft_wrap=True)
        with Horizontal(classes="form-row"):
            yield Button(t("保存 (ctrl+s)", "Save (ctrl+s)"), id="save", variant="primary")
        if self.reporting_units:
            with Horizontal(classes="form-row", id="unit-row"):
                yield Label(t("单位状态", "Unit status"), classes="form-label")
                yield Select([(Text(u), u) for u in self.reporting_units], id="unit-name",
                             allow_blank=False)
                yield Select([(Text(s.label(k)), k) for k in STATUS_KEYS], id="unit-status",
                             allow_blank=False)
                yield LineInput(select_on_focus=False, id="unit-note", placeholder=t("说明（可空）", "note (optional)"))
                yield Button(t("设置", "Set"), id="set-unit")
        with Horizontal(classes="form-row"):
            yield Label(t("新进展", "Update"), classes="form-label")
            yield TextBox(id="update", soft_wrap=True)
        with Horizontal(classes="form-row"):
            yield Label(t("报送单位", "Reported by"), classes="form-label")
            yield Select([(Text(u), u) for u in self.reporting_units], id="update-unit",
                         prompt=t("（不写单位）", "(no unit)"))
            yield Button(t("添加进展", "Add update"), id="add")

    def on_mount(self) -> None:
        self.fill(self.initial)

    # ------------------------------------------------------------ values

    def widget(self, key: str) -> Widget:
        return self.query_one(f"#{key}")

    def get(self, key: str) -> str:
        w = self.widget(key)
        if isinstance(w, TextArea):
            return w.text
        if isinstance(w, Select):
            return w.value if isinstance(w.value, str) else ""
        assert isinstance(w, Input)
        return w.value

    def put(self, key: str, value: str) -> None:
        w = self.widget(key)
        if isinstance(w, TextArea):
            if w.text != value:
                w.load_text(value)
        elif isinstance(w, Select):
            w.value = value if value else Select.NULL
        elif isinstance(w, Input):
            w.value = value

    def fill(self, values: dict[str, str]) -> None:
        for key, _, _ in FIELDS:
            self.put(key, values[key])

    def typed(self) -> dict[str, str]:
        """The fields the person changed, as typed."""
        out = {}
        for key, _, _ in FIELDS:
            value = self.get(key)
            if value.strip() != self.initial[key].strip() or (key == "detail" and value != self.initial[key]):
                out[key] = value
        return out

    def update(self) -> tuple[str, str | None]:
        unit = self.query_one("#update-unit", Select).value
        return self.query_one("#update", TextArea).text, unit if isinstance(unit, str) else None

    def changed(self) -> list[str]:
        """Names of what would be lost on leaving: changed fields, an update being typed."""
        t = self.session.t
        names = [t(*WORDS[key]) for key in self.typed()]
        if self.update()[0].strip():
            names.append(t("新进展", "update"))
        return names

    def refill(self, task: Task, after_save: bool) -> list[str]:
        """The file changed: show it, but keep what the person is typing. Returns the names of
        fields that changed underneath a field being typed."""
        new = task_values(task)
        typed = {} if after_save else self.typed()
        clashes = [self.session.t(*WORDS[k]) for k in typed if new[k] != self.initial[k]]
        self.initial = new
        for key, _, _ in FIELDS:
            if key not in typed:
                self.put(key, new[key])
        return clashes

    def clear_update(self) -> None:
        self.query_one("#update", TextArea).load_text("")
