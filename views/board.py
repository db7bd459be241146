"""The board: one column per status, cards sorted by due date; move a card with [ and ].

Columns are OptionLists holding one page of cards (PAGE at a time, "more…" adds the next
page), so 10,000 tasks never become 10,000 widgets.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from tracker.reports import render
from tracker.reports.board import Card, Column
from tracker.standing import Colour
from views.frame import TrackerScreen

PAGE = 40
SHOWN = ("todo", "doing", "blocked", "done", "verified")  # dropped appears when it has cards
DOT = {Colour.RED: "red", Colour.YELLOW: "yellow", Colour.BLUE: "dodger_blue1", Colour.GREEN: "green"}


def card_text(card: Card, lang: str) -> Text:
    task = card.task
    text = Text(no_wrap=False)
    text.append("● ", style=DOT[card.colour])
    text.append(f"{task.id} ", style="dim")
    text.append(render.printable(task.title), style="bold red" if card.overdue else "bold")
    people = []
    if task.lead:
        people.append(("牵头 " if lang == "zh" else "lead ") + render.names(task.lead))
    if task.owners:
        people.append(("责任 " if lang == "zh" else "owners ") + render.names(task.owners))
    if people:
        text.append("\n" + render.printable(" · ".join(people)), style="dim")
    if task.due is not None:
        text.append("\n" + task.due.isoformat())
        if not task.is_closed:
            style = "bold red" if card.overdue else ("bold dodger_blue1" if card.due_soon else "")
            text.append(" " + render.days_text(card.days_left, lang), style=style)
    if task.progress is not None and not task.is_closed:
        text.append(f"  {task.progress}%", style="dim")
    return text


class ColumnHead(Widget):
    """A column's label and count; redrawn in place (no layout pass) when the count changes."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.text = Text()

    def set(self, text: Text) -> None:
        if text != self.text:
            self.text = text
            self.refresh()

    def render(self) -> Text:
        return self.text


class CardList(OptionList):
    def __init__(self, status: str, **kwargs: object) -> None:
        super().__init__(id=f"col-{status}", **kwargs)  # type: ignore[arg-type]
        self.status = status
        self.cards: tuple[Card, ...] = ()
        self.shown = 0
        self.lang = "zh"

    def show(self, cards: tuple[Card, ...], lang: str, keep: str | None = None) -> None:
        old_page, old_total, old_lang = self.cards[:self.shown], len(self.cards), self.lang
        self.cards, self.lang = cards, lang
        if keep is not None:
            index = next((i for i, c in enumerate(cards) if c.task.ref == keep), -1)
            if index >= self.shown + PAGE:
                keep = None  # far down a long column: do not render pages to get there
            elif index >= 0:
                self.shown = max(self.shown, PAGE, (index // PAGE + 1) * PAGE)
        self.shown = min(max(self.shown, PAGE), len(cards)) if cards else 0
        if (cards[:self.shown] == old_page and len(cards) == old_total and lang == old_lang
                and self.option_count):
            return  # nothing on this column changed: keep its rendered lines
        self._fill(keep)

    def more(self) -> None:
        self.shown = min(self.shown + PAGE, len(self.cards))
        self._fill(None, keep_index=True)

    def _fill(self, keep: str | None, keep_index: bool = False) -> None:
        old = self.highlighted
        current = self.highlighted_option.id if self.highlighted_option else None
        options: list[Option | None] = []
        for c in self.cards[:self.shown]:
            options.append(Option(card_text(c, self.lang), id=c.task.ref))
            options.append(None)
        rest = len(self.cards) - self.shown
        if rest > 0:
            label = f"还有 {rest} 项… (Enter)" if self.lang == "zh" else f"{rest} more… (Enter)"
            options.append(Option(Text(label, style="italic"), id="more"))
        elif options:
            options.pop()
        self.set_options(options)
        target = keep or current
        if target and target != "more":
            try:
                self.highlighted = self.get_option_index(target)
                return
            except OptionDoesNotExist:  # the card left this column
                pass
        if keep_index and old is not None:
            self.highlighted = min(old, self.option_count - 1)
        elif self.option_count:
            self.highlighted = min(old or 0, self.option_count - 1)

    def holds(self, ref: str) -> bool:
        return any(c.task.ref == ref for c in self.cards[:self.shown])

    def current_ref(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None and option.id != "more" else None


class BoardScreen(TrackerScreen):
    VIEW = "Board"
    MAIN = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "column(-1)", "Previous column", show=False),
        Binding("right", "column(1)", "Next column", show=False),
        Binding("left_square_bracket,shift+left", "move(-1)", "Move left"),
        Binding("right_square_bracket,shift+right", "move(1)", "Move right"),
    ]

    moved: str | None = None  # the card last moved, followed until its edit has landed

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="board"):
            for status in (*SHOWN, "dropped"):
                with Vertical(classes="column", id=f"box-{status}"):
                    yield ColumnHead(id=f"head-{status}", classes="column-head")
                    yield CardList(status)

    def focus_main(self) -> None:
        """Keep a card focused: the focused column if it still has cards, else 推进中, else the
        first column with cards."""
        lists = self.lists()
        current = self.focused_list()
        if current is None or current not in lists or not current.cards:
            with_cards = [c for c in lists if c.cards]
            doing = [c for c in with_cards if c.status == "doing"]
            choice = doing or with_cards or lists
            current = choice[0] if choice else None
        if current is not None:
            self.focus_list(current)

    def focus_list(self, cards: CardList) -> None:
        # Screen.set_focus acts now; Widget.focus() waits for the next idle, so keys typed
        # faster than that would act on the column the focus is leaving
        self.set_focus(cards)
        if cards.highlighted is None and cards.option_count:
            cards.highlighted = 0

    def draw_body(self, keep: str | None = None) -> None:
        s = self.session
        columns: list[Column] = s.board()
        for column in columns:
            box = self.query_one(f"#box-{column.status}")
            shown = column.status in SHOWN or bool(column.cards)
            if box.display != shown:
                box.display = shown
            head = Text(column.label, style="bold")
            head.append(f" {len(column.cards)}", style="dim")
            self.query_one(f"#head-{column.status}", ColumnHead).set(head)
            self.query_one(f"#col-{column.status}", CardList).show(column.cards, s.lang, keep)

    def lists(self) -> list[CardList]:
        return [c for c in self.query(CardList) if c.parent is not None and c.parent.display]

    def focused_list(self) -> CardList | None:
        return self.focused if isinstance(self.focused, CardList) else None

    def action_column(self, step: int) -> None:
        lists = self.lists()
        current = self.focused_list()
        index = lists.index(current) if current in lists else 0
        self.focus_list(lists[max(0, min(len(lists) - 1, index + step))])

    def action_move(self, step: int) -> None:
        current = self.focused_list()
        if current is None or (ref := current.current_ref()) is None:
            return
        lists = self.lists()
        index = lists.index(current) + step
        if not 0 <= index < len(lists):
            return
        target = lists[index]
        plan_id, task_id = ref.rsplit("/", 1)
        found = self.session.find(plan_id, task_id)
        if found is None:
            return
        # shown at once; written and committed by a worker (the app reports how it went)
        pending = self.session.preview_status(*found, target.status)
        if pending is None:
            return
        self.moved = ref
        self.drawn_version = self.session.version
        self.draw_body(keep=ref)
        if target.holds(ref):
            self.focus_list(target)
        # start writing once the moved card is on screen (the thread competes for the GIL)
        self.call_after_refresh(self.tracker.apply_in_background, pending)

    def follow(self, ref: str) -> None:
        """After a move landed or was refused: the focus stays on the moved card, wherever the
        files say it is now (unless the person has gone on to another card)."""
        if ref != self.moved:
            return
        current = self.focused_list()
        if current is not None and current.current_ref() == ref:
            return
        for cards in self.lists():
            if cards.holds(ref):
                self.focus_list(cards)
                cards.highlighted = cards.get_option_index(ref)
                return

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        cards = event.option_list
        assert isinstance(cards, CardList)
        if event.option.id == "more":
            cards.more()
        elif event.option.id:
            plan_id, task_id = event.option.id.rsplit("/", 1)
            self.tracker.open_task(plan_id, task_id)
