"""Dialogs that answer a question: leave a changed form (save / discard / stay), confirm a
step (unknown unit names, a move to 已完成 that looks early, an undo), and pick a unit from
units.yaml (names, aliases, groups) instead of typing it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from views.host import Host


class Question(ModalScreen[str]):
    """A message and a row of buttons; dismissed with the id of the button pressed, or with
    `cancel` on Esc."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "answer('cancel')", "Back")]

    def __init__(self, message: Text, answers: list[tuple[str, str]], cancel: str = "cancel") -> None:
        super().__init__(classes="question")
        self.message, self.answers, self.cancel = message, answers, cancel

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.message, id="question")
            with Horizontal(classes="answers"):
                for i, (key, label) in enumerate(self.answers):
                    yield Button(Text(label), id=f"answer-{key}",
                                 variant="primary" if i == 0 else "default")

    def on_mount(self) -> None:
        self.set_focus(self.query(Button).first())

    def action_answer(self, key: str) -> None:
        self.dismiss(self.cancel if key == "cancel" else key)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss((event.button.id or "").removeprefix("answer-"))


class UnitPicker(ModalScreen[str]):
    """Every unit and group of units.yaml, filtered as you type (name or alias); Enter picks.
    A name that is not there can still be picked: the form asks before it is saved."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss('')", "Back")]

    def __init__(self, title: str, typed_ahead: Callable[[], str] | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.typed_ahead = typed_ahead

    @property
    def tracker(self) -> Host:
        return cast("Host", self.app)

    def compose(self) -> ComposeResult:
        s = self.tracker.session
        with Vertical(classes="dialog"):
            yield Static(Text(self.title_text, style="bold"))
            yield Input(id="unit-filter", placeholder=s.t("输入名称或简称筛选", "type to filter"))
            yield OptionList(id="unit-options")

    def on_mount(self) -> None:
        box = self.query_one(Input)
        ahead = self.typed_ahead() if self.typed_ahead else ""
        box.value = ahead  # fills the list through on_input_changed
        box.cursor_position = len(ahead)
        self.fill(ahead)
        self.set_focus(box)

    def choices(self) -> list[tuple[str, str]]:
        """(name, what is shown beside it): units in units.yaml order, then groups."""
        s = self.tracker.session
        directory = s.ws.units.directory
        out = [(u.name, "、".join(u.aliases)) for u in directory.units]
        out += [(name, s.t("单位组：", "group: ") + "、".join(members))
                for name, members in directory.groups]
        return out

    def fill(self, typed: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        typed = typed.strip()
        for name, beside in self.choices():
            if typed and typed not in name and typed not in beside:
                continue
            label = Text(name)
            if beside:
                label.append("  " + beside, style="dim")
            options.add_option(Option(label, id=name))
        if typed and not any(name == typed for name, _ in self.choices()):
            s = self.tracker.session
            options.add_option(Option(Text(s.t(f"使用“{typed}”（不在 units.yaml 中）",
                                               f"use “{typed}” (not in units.yaml)"),
                                           style="italic"), id=f"new:{typed}"))
        if options.option_count:
            options.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        self.fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        options = self.query_one(OptionList)
        option = options.highlighted_option
        if option is not None and option.id:
            self.dismiss(option.id.removeprefix("new:"))

    def on_key(self, event: events.Key) -> None:
        key = event.key
        if key in ("down", "up") and self.focused is self.query_one(Input):
            options = self.query_one(OptionList)
            if options.option_count:
                step = 1 if key == "down" else -1
                options.highlighted = max(0, min(options.option_count - 1,
                                                 (options.highlighted or 0) + step))
            event.stop()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.dismiss(event.option.id.removeprefix("new:"))
