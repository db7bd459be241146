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
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from tracker.reports import render
from tracker.reports.board import Card, Column
from tracker.standing import Colour
from views.frame import TrackerScreen

PAGE = 40
SHOWN = ("todo", "doing", "blocked", "done", "verified")  # dropped appears when it has cards
DOT = {Colour.RED: "red", Colour.YELLOW: "yellow", Colour.BLUE: "dodger_blue1", Colour.GREEN: "green"}


def short_plan_name(title: str) -> str:
    """A plan's first four characters (冬季清洁, 控辍保学): enough to tell plans apart on a card."""
    title = render.printable(title)
    return title[:4] if title else "?"


def card_text(card: Card, lang: str, with_plan: bool = False) -> Text:
    """A card; `with_plan` names the plan too (several plans shown: T4 alone is ambiguous)."""
    task = card.task
    text = Text(no_wrap=False)
    text.append("● ", style=DOT[card.colour])
    if with_plan:
        text.append(short_plan_name(card.plan_title or task.plan_id) + " ", style="dim cyan")
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
        self.with_plan = False

    def show(self, cards: tuple[Card, ...], lang: str, keep: str | None = None,
             with_plan: bool = False) -> None:
        old_page, old_total, old_lang = self.cards[:self.shown], len(self.cards), self.lang
        if with_plan != self.with_plan:
            old_lang = ""  # redraw every card
        self.cards, self.lang, self.with_plan = cards, lang, with_plan
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
            options.append(Option(card_text(c, self.lang, self.with_plan), id=c.task.ref))
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
        if cards.highlighted is None and cards.option_count:
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
            head = Text(column.label, style="bold")
            head.append(f" {len(column.cards)}", style="dim")
            self.query_one(f"#head-{column.status}", ColumnHead).set(head)
            self.query_one(f"#col-{column.status}", CardList).show(column.cards, s.lang, keep,
                                                                   with_plan)

    def draw_empty(self, empty: bool) -> None:
        """No card at all: say why and what to do, instead of blank columns."""
        s = self.session
        note = self.query_one("#board-empty", Static)
        note.display = empty
        if not empty:
            return
        if not s.plans:
            text = Text(s.t("还没有计划。", "No plans yet. "), style="bold")
            text.append(s.t(
                "导入一份实施方案：tracker import 方案.docx；或把计划 YAML 放进 plans/ 目录，"
                "然后按 r 重新读取。按 ? 查看全部按键。",
                "Import a work plan with `tracker import plan.docx`, or put a plan YAML file "
                "in plans/ and press r to reload. Press ? for every key."))
        elif s.query_text:
            text = Text(s.t("没有符合筛选条件的任务：", "No task matches the filter: "), style="bold")
            text.append(render.printable(s.query_text))
            text.append(s.t("。按 / 修改筛选（清空后回车显示全部），或按 p 换一个计划。",
                            ". Press / to change it (empty it and press Enter to show all), "
                            "or p for another plan."))
        else:
            text = Text(s.t("这个计划还没有任务。按 n 添加一项。",
                            "This plan has no tasks yet. Press n to add one."), style="bold")
        note.update(text)

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
