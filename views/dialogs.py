"""Small dialogs shared by every view: the filter (/) and the plan switcher (p)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tracker.dates import DateError
from tracker.query import QueryError
from views.lineinput import LineInput

if TYPE_CHECKING:
    from views.host import Host


class Dialog(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss", "Back")]

    @property
    def tracker(self) -> Host:
        return cast("Host", self.app)


class FilterDialog(Dialog):
    """The query language of `tracker list`, applied to every view."""

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        s = self.tracker.session
        with Vertical(classes="dialog"):
            yield Static(Text(s.t("筛选（与 tracker list 相同；空白 = 全部）：",
                                  "Filter (as in tracker list; empty = all):"), style="bold"))
            yield LineInput(self.current, id="query", join=" ",
                        placeholder="status:doing unit:城关镇 overdue due<2026-12-31 摸底")
            yield Static(Text(s.t("例：overdue  soon  open  status:受阻  lead:县能源局  plan:clean",
                                  "e.g. overdue  soon  open  status:blocked  lead:X  plan:clean"),
                              style="dim"))
            yield Static(id="error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        s = self.tracker.session
        try:
            s.set_query(event.value)
        except (QueryError, DateError) as exc:
            self.query_one("#error", Static).update(Text(exc.message(s.lang), style="bold red"))
            return
        self.dismiss()
        self.tracker.data_changed()


class PlanDialog(Dialog):
    """Show every plan, or one."""

    def compose(self) -> ComposeResult:
        s = self.tracker.session
        options = [Option(Text(s.t("全部计划", "all plans"), style="bold"), id="*")]
        for plan in s.plans:
            label = Text(plan.title)
            if plan.closed:  # off the views until picked here
                label.append(s.t("（已结束）", " (closed)"), style="dim")
            label.append(f"  {plan.id} · {len(plan.tasks)}", style="dim")
            options.append(Option(label, id=plan.id))
        with Vertical(classes="dialog"):
            yield Static(Text(s.t("选择计划：", "Choose a plan:"), style="bold"))
            yield OptionList(*options, id="plans")

    def on_mount(self) -> None:
        plans = self.query_one("#plans", OptionList)
        current = self.tracker.session.plan_id
        if current is not None:
            plans.highlighted = plans.get_option_index(current)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        plan_id = event.option.id
        self.tracker.session.set_plan(None if plan_id == "*" else plan_id)
        self.dismiss()
        self.tracker.data_changed()
