"""A new task: the task form over a blank task of one plan; saving writes it as `tracker add`
does (one commit) and opens it."""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table
from rich.text import Text

from tracker.edits import next_task_id
from tracker.model import Plan, Task
from tracker.reports import render
from views.detail import TaskScreen


class NewTaskScreen(TaskScreen):
    VIEW = "New task"

    def __init__(self, plan: Plan) -> None:
        super().__init__(plan.id, next_task_id([t.id for t in plan.tasks]))
        self.blank = Task(id=self.task_id, title="", plan_id=plan.id)

    def found(self) -> tuple[Plan, Task] | None:
        plan = next((p for p in self.session.plans if p.id == self.plan_id), None)
        return (plan, self.blank) if plan is not None else None

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#updates").display = False
        self.query_one("#history").display = False

    def focus_main(self) -> None:
        if self.focused is None:
            self.set_focus(self.query_one("#title"))

    def read_history(self) -> list[Text] | None:
        return []

    def fields_table(self, plan: Plan, task: Task) -> Table:
        """Which plan the task goes into, above the form: the top line, which names it too, is
        cut at 80 columns (sooner with a filter)."""
        s = self.session
        table = Table(box=None, show_header=False, padding=(0, 1), expand=True)
        table.add_column(style="bold cyan", no_wrap=True, width=10)
        table.add_column(ratio=1, overflow="fold")
        table.add_row(Text(s.t("加入计划", "plan")),
                      Text(render.printable(plan.title) + f"  {plan.id}/{task.id}"))
        return table

    def extend_top(self, top: Text) -> None:
        plan = self.found()
        top.append("  " + self.session.t("新任务 ", "new task ") + f"{self.plan_id}/{self.task_id}",
                   style="bold")
        if plan is not None:
            top.append("  " + plan[0].title, style="dim")

    def save_now(self, then: Callable[[], None] | None = None) -> None:
        form, found = self.form(), self.found()
        if form is None or found is None:
            return
        plan = found[0]
        typed = form.typed()
        result: list[str] = []

        def add() -> object:
            task_id, saved = self.session.add_task(plan, typed)
            result.append(task_id)
            return saved

        if self.tracker.attempt(add, redraw=False) is None:  # type: ignore[arg-type]
            return
        form.initial = dict(form.initial, **typed)  # saved: nothing left to lose
        self.tracker.data_changed()
        if then is not None:
            then()
        else:
            self.app.pop_screen()
            self.tracker.open_task(plan.id, result[0])
