"""Accountability: one row per unit (groups expanded to members) with what it leads, owns,
supports, has finished and has let slip; Enter drills into the unit's tasks, where a unit's
own status on a group-owned task (the `units:` map) can be moved with [ and ]."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static
from textual.widgets.data_table import ColumnKey, RowDoesNotExist

from tracker.model import STATUS_KEYS, Task
from tracker.reports import render
from tracker.reports.accountability import UnitRow
from tracker.standing import days_left, is_overdue, unit_roles, unit_status
from tracker.workspace import Saved
from views.frame import TrackerScreen

COLUMNS = (
    ("unit", "单位", "unit"), ("leads", "牵头", "leads"), ("owns", "责任", "owns"),
    ("supports", "配合", "supports"), ("done", "已完成", "done"), ("doing", "推进中", "doing"),
    ("overdue", "滞后", "overdue"), ("due_soon", "临期", "due soon"),
    ("last_update", "最近更新", "last update"),
)
ROLE = {"lead": ("牵头", "lead"), "owner": ("责任", "owner"), "support": ("配合", "support")}


class RowTable(DataTable):  # type: ignore[type-arg]
    """A table read row by row: Home and End go to the first and the last row, as they do on
    the board and the timeline (DataTable's own Home and End scroll it sideways, and at 80
    columns that took the unit names off the screen)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("home", "scroll_top", show=False),
        Binding("end", "scroll_bottom", show=False),
    ]


class AccountabilityScreen(TrackerScreen):
    VIEW = "Accountability"
    MAIN = True
    BINDINGS: ClassVar[list[BindingType]] = [Binding("s", "sort", "Sort")]

    def __init__(self) -> None:
        super().__init__()
        self.sort_key = "overdue"
        self.reverse = True
        self.widths: dict[str, int] = {}  # each column's label, as last drawn

    def compose_body(self) -> ComposeResult:
        yield Static(id="units-empty", classes="empty")
        yield RowTable(id="units", cursor_type="row", zebra_stripes=True)

    def focus_main(self) -> None:
        if self.focused is None:
            self.set_focus(self.query_one(DataTable))

    def rows(self) -> list[UnitRow]:
        rows = list(self.session.accountability())
        key = self.sort_key
        units = self.session.ws.units
        if key == "unit":
            rows.sort(key=lambda r: units.order_key(r.unit), reverse=self.reverse)
        elif key == "last_update":
            rows.sort(key=lambda r: (r.last_update is not None, r.last_update or 0,  # type: ignore[arg-type]
                                     units.order_key(r.unit)), reverse=self.reverse)
        else:
            rows.sort(key=lambda r: (getattr(r, key), units.order_key(r.unit)) if not self.reverse
                      else (-getattr(r, key), units.order_key(r.unit)))
        return rows

    def draw_body(self) -> None:
        table = self.query_one(DataTable)
        current = None
        if table.row_count and table.cursor_row < table.row_count:
            current = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        table.clear(columns=True)
        lang = self.session.lang
        rows = self.rows()
        labels, widths = {}, {}
        for key, zh, en in COLUMNS:
            label = Text(en if lang == "en" else zh, style="bold")
            if key == self.sort_key:
                label.append(" ▼" if self.reverse else " ▲")
            labels[key], widths[key] = label, label.cell_len
        self.widths = widths
        for key, label in labels.items():
            table.add_column(label, key=key, width=self.unit_width(rows, widths) if key == "unit" else None)

        def number(key: str, value: int, style: str = "") -> Text:
            return Text(str(value).rjust(widths[key]), style=style if value else "dim")

        for r in rows:
            table.add_row(
                Text(render.printable(r.unit)), number("leads", r.leads), number("owns", r.owns),
                number("supports", r.supports), number("done", r.done, "green"),
                number("doing", r.doing), number("overdue", r.overdue, "bold red"),
                number("due_soon", r.due_soon, "bold dodger_blue1"),
                Text(r.last_update.isoformat() if r.last_update else "—",
                     style="" if r.last_update else "dim"),
                key=r.unit)
        note = self.query_one("#units-empty", Static)
        note.display = not table.row_count
        if note.display:
            note.update(self.empty_text())
        if current is not None:
            try:
                table.move_cursor(row=table.get_row_index(current))
            except RowDoesNotExist:  # the unit is gone under the new filter
                pass

    UNIT_MIN = 12  # 县生态环境局, whole

    def unit_width(self, rows: list[UnitRow], widths: dict[str, int]) -> int | None:
        """The unit column as wide as the longest name, unless that pushes the counts off the
        screen: then what they leave (a long name is cut; its drill-in shows it whole)."""
        longest = max((Text(render.printable(r.unit)).cell_len for r in rows), default=0)
        counts = sum(max(w, 10 if key == "last_update" else 0) + 2  # a cell's padding
                     for key, w in widths.items() if key != "unit")
        room = self.app.size.width - counts - 2 - 2  # the unit cell's padding, a scrollbar
        return None if longest <= room else max(self.UNIT_MIN, widths["unit"], room)

    def on_resize(self, event: events.Resize) -> None:
        """Redraw only when the unit column's width changes (a redraw of every row as the
        screen is shown cut the dates of the last column)."""
        column = self.query_one(DataTable).columns.get(ColumnKey("unit"))
        if column is None or not self.widths:
            return
        now = None if column.auto_width else column.width
        if now != self.unit_width(self.rows(), self.widths):
            self.draw_body()

    def action_sort(self) -> None:
        keys = [k for k, _, _ in COLUMNS]
        self.sort_key = keys[(keys.index(self.sort_key) + 1) % len(keys)]
        self.reverse = self.sort_key != "unit"
        self.draw_body()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        key = str(event.column_key.value)
        if key == self.sort_key:
            self.reverse = not self.reverse
        else:
            self.sort_key, self.reverse = key, key != "unit"
        self.draw_body()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        unit = event.row_key.value
        if unit is not None:
            self.app.push_screen(UnitScreen(unit))


class UnitScreen(TrackerScreen):
    """One unit's tasks, with its role and its own status on each."""

    VIEW = "Accountability"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("left_square_bracket", "status(-1)", "Status back", key_display="["),
        Binding("right_square_bracket", "status(1)", "Status on", key_display="]"),
    ]

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def compose_body(self) -> ComposeResult:
        yield RowTable(id="unit-tasks", cursor_type="row", zebra_stripes=True)

    # Below this width the task's own status column goes, so the title has room (at 80
    # columns it was cut to three characters); the task's status is in its detail.
    NARROW = 100
    COLUMNS = (("ref", "任务", "task"), ("role", "角色", "role"),
               ("mine", "本单位状态", "unit status"), ("status", "任务状态", "task status"),
               ("due", "截止", "due"), ("left", "剩余", "left"), ("title", "标题", "title"))

    def on_mount(self) -> None:
        self.narrow = self.app.size.width < self.NARROW
        self.add_columns()
        super().on_mount()

    def on_resize(self, event: events.Resize) -> None:
        narrow = event.size.width < self.NARROW
        if narrow != getattr(self, "narrow", narrow):
            self.narrow = narrow
            self.add_columns()
            self.draw_body()

    def add_columns(self) -> None:
        table = self.query_one(DataTable)
        table.clear(columns=True)
        s = self.session
        # the title last: on a narrow screen it is cut, never the dates
        for key, zh, en in self.COLUMNS:
            if key == "status" and self.narrow:
                continue
            # dates are never cut (a long title may be)
            width = {"due": 10, "left": 8}.get(key)
            table.add_column(Text(s.t(zh, en), style="bold"), key=key, width=width)

    def focus_main(self) -> None:
        if self.focused is None:
            self.set_focus(self.query_one(DataTable))

    def tasks(self) -> list[Task]:
        for row in self.session.accountability():
            if row.unit == self.unit:
                return list(row.tasks)
        return []

    def extend_top(self, top: Text) -> None:
        top.append("  " + self.session.t("单位：", "unit: "), style="dim")
        top.append(render.printable(self.unit), style="bold")

    def draw_body(self) -> None:
        s = self.session
        table = self.query_one(DataTable)
        row_index = table.cursor_row
        was = self.current()  # kept by task, not by row: a task added above moves the rows
        table.clear()
        units = s.ws.units
        for task in self.tasks():
            roles = unit_roles(task, units).get(self.unit, set())
            role = "、".join(s.t(*ROLE[r]) for r in ("lead", "owner", "support") if r in roles)
            mine = unit_status(task, self.unit, units)
            own = self.group_owned(task)
            overdue = is_overdue(task, s.today)
            left = None if task.is_closed else days_left(task, s.today)
            cells = [
                Text(task.ref, style="dim"),
                Text(role),
                Text(s.label(mine) + (" *" if own else ""), style="bold" if own else "dim"),
                Text(s.label(task.status)),
                Text(task.due.isoformat() if task.due else ""),
                Text(render.days_text(left, s.lang), style="bold red" if overdue else ""),
                Text(render.printable(task.title), style="bold red" if overdue else ""),
            ]
            if getattr(self, "narrow", False):
                del cells[3]  # the task's own status: see add_columns
            table.add_row(*cells, key=task.ref)
        if table.row_count:
            try:
                row_index = table.get_row_index(was.ref) if was is not None else row_index
            except RowDoesNotExist:  # the task left this unit (or the filter)
                pass
            table.move_cursor(row=min(row_index, table.row_count - 1))

    def group_owned(self, task: Task) -> bool:
        """Is this unit one member of a group named on the task (so it has its own status)?"""
        units = self.session.ws.units
        if any(units.canonical(u.unit) == self.unit for u in task.units):
            return True
        named = (*task.lead, *task.owners, *task.support)
        return any(units.is_group(n) and self.unit in units.members(n) for n in named)

    def current(self) -> Task | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        ref = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if ref is None:
            return None
        found = self.session.find(*ref.rsplit("/", 1))
        return found[1] if found else None

    def action_status(self, step: int) -> None:
        task = self.current()
        if task is None:
            return
        s = self.session
        found = s.find(task.plan_id, task.id)
        assert found is not None
        plan = found[0]
        if self.group_owned(task):
            now = unit_status(task, self.unit, s.ws.units)
            new = STATUS_KEYS[max(0, min(len(STATUS_KEYS) - 2, STATUS_KEYS.index(now) + step))]
            self.tracker.confirm_done(task, new, lambda: self.save(
                lambda: s.set_unit_status(plan, task, self.unit, new)), now=now)
        else:
            new = STATUS_KEYS[max(0, min(len(STATUS_KEYS) - 2, STATUS_KEYS.index(task.status) + step))]
            self.tracker.confirm_done(task, new, lambda: self.save(lambda: s.set_status(plan, task, new)))

    def save(self, edit: Callable[[], Saved | None]) -> None:
        self.tracker.attempt(edit)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        ref = event.row_key.value
        if ref is not None:
            self.tracker.open_task(*ref.rsplit("/", 1))
