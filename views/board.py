"""The board: one column per status, cards sorted by due date; move a card with [ and ].

Columns are virtual lists (views/cards.py): 10,000 tasks never become 10,000 widgets, and the
end of a 3,000-card column is one key away.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Static

from tracker.reports.board import Column
from views.cards import CardList
from views.frame import TrackerScreen

SHOWN = ("todo", "doing", "blocked", "done", "verified")  # dropped appears when it has cards


class ColumnHead(Widget):
    """A column's label and count; redrawn in place (no layout pass) when the count changes.
    In a narrow column the label is cut, never the count (wrapped at its space, 'In progress
    6' showed only 'In')."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.label, self.count = "", ""

    def set(self, label: str, count: int) -> None:
        if (label, str(count)) != (self.label, self.count):
            self.label, self.count = label, str(count)
            self.refresh()

    def render(self) -> Text:
        label = Text(self.label, style="bold", no_wrap=True)
        room = self.size.width - len(self.count) - 1
        if 0 < room < label.cell_len:
            label.truncate(room, overflow="ellipsis")
        label.append(f" {self.count}", style="dim")
        return label


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
        yield Static(id="board-empty")
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
        if cards.highlighted is None and cards.cards:
            cards.highlighted = 0

    def draw_body(self, keep: str | None = None) -> None:
        s = self.session
        columns: list[Column] = s.board()
        self.draw_empty(not any(c.cards for c in columns))
        with_plan = len(s.shown_plans()) > 1
        for column in columns:
            box = self.query_one(f"#box-{column.status}")
            shown = column.status in SHOWN or bool(column.cards)
            if box.display != shown:
                box.display = shown
            self.query_one(f"#head-{column.status}", ColumnHead).set(column.label, len(column.cards))
            self.query_one(f"#col-{column.status}", CardList).show(column.cards, s.lang, keep,
                                                                   with_plan)

    def draw_empty(self, empty: bool) -> None:
        note = self.query_one("#board-empty", Static)
        note.display = empty
        if empty:
            note.update(self.empty_text())

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
        self.tracker.confirm_done(found[1], target.status, lambda: self.move(ref, target))

    def move(self, ref: str, target: CardList) -> None:
        found = self.session.find(*ref.rsplit("/", 1))
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

    def current_plan_id(self) -> str | None:
        current = self.focused_list()
        ref = current.current_ref() if current is not None else None
        return ref.rsplit("/", 1)[0] if ref else None

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
                cards.select(ref)
                return

    def on_card_list_opened(self, event: CardList.Opened) -> None:
        event.stop()
        plan_id, task_id = event.ref.rsplit("/", 1)
        self.tracker.open_task(plan_id, task_id)
