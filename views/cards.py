"""One board column: a virtual list of cards. Every card is CARD lines high, and only the
lines on screen are drawn (Line API), so a column of 3,000 cards opens, pages and jumps to its
end as fast as one of 30."""

from __future__ import annotations

import re
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tracker.reports import render
from tracker.reports.board import Card
from tracker.standing import Colour

CARD = 6  # lines: id, title (two lines), people, due, a rule
DOT = {Colour.RED: "red", Colour.YELLOW: "yellow", Colour.BLUE: "dodger_blue1", Colour.GREEN: "green"}
CURSOR = Style(bgcolor="grey27")
CURSOR_FOCUSED = Style(bgcolor="dodger_blue3")
RULE = Style(color="grey35")


# What opens most real titles and tells no two plans of one office apart: 关于(进一步), and
# the place with the year (城关镇2026年) or the year alone (2026年度).
_TITLE_OPENING = re.compile(r"^(?:关于(?:进一步)?)?(?:[\u4e00-\u9fff]{2,10}?)?(?:19|20)\d\d\s*年度?|^关于(?:进一步)?")


def short_plan_name(title: str) -> str:
    """Four characters of a plan's title that tell it from the others on a card (冬季清洁,
    控辍保学; 秸秆禁烧 for 城关镇2026年秸秆禁烧工作方案)."""
    title = render.printable(title)
    rest = _TITLE_OPENING.sub("", title, count=1).strip()
    return (rest or title)[:4] or "?"


def card_lines(card: Card, lang: str, with_plan: bool, short_date: bool = False,
               width: int | None = None) -> list[Text]:
    """A card as its lines (before cutting to the column's width); `with_plan` names the plan
    too (several plans shown: T4 alone is ambiguous). In a narrow column the plan's name gives
    way, never the task's id: the id is what a clerk reads out and reports against; and the
    progress gives way to the days left or late."""
    task = card.task
    head = Text()
    head.append("● ", style=DOT[card.colour])
    if with_plan:
        name = Text(short_plan_name(card.plan_title or task.plan_id))
        if width is not None:
            room = width - head.cell_len - 1 - Text(task.id).cell_len
            name.truncate(max(0, room), overflow="crop")
        if name.cell_len >= 2:
            head.append(name.plain.rstrip() + " ", style="cyan")
    head.append(task.id, style="dim")
    title = Text(render.printable(task.title), style="bold red" if card.overdue else "bold")
    people = []
    if task.lead:
        people.append(("牵头 " if lang == "zh" else "lead ") + render.names(task.lead))
    if task.owners:
        people.append(("责任 " if lang == "zh" else "owners ") + render.names(task.owners))
    who = Text(render.printable(" · ".join(people)), style="dim")
    due = Text()
    if task.due is not None:
        due.append(task.due.strftime("%m-%d") if short_date else task.due.isoformat())
        if not task.is_closed:
            style = "bold red" if card.overdue else ("bold dodger_blue1" if card.due_soon else "")
            due.append(" " + render.days_text(card.days_left, lang), style=style)
    progress = f"  {task.progress}%" if task.progress is not None and not task.is_closed else ""
    if progress and (width is None or due.cell_len + len(progress) <= width):
        due.append(progress, style="dim")  # on a narrow card it gives way to the days
    return [head, title, who, due]


class CardList(ScrollView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", show=False),
        Binding("down", "cursor(1)", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "cursor(-1000000)", "First card", show=False),
        Binding("end", "cursor(1000000)", "Last card", show=False),
        Binding("enter", "open", "Open", show=False),
        # ScrollView would scroll sideways; on the board these keys go to the next column
        Binding("left", "screen.column(-1)", show=False),
        Binding("right", "screen.column(1)", show=False),
    ]
    highlighted: reactive[int | None] = reactive(None, always_update=True)

    class Opened(Message):
        def __init__(self, cards: CardList, ref: str) -> None:
            super().__init__()
            self.cards, self.ref = cards, ref

    def __init__(self, status: str, **kwargs: object) -> None:
        super().__init__(id=f"col-{status}", **kwargs)  # type: ignore[arg-type]
        self.status = status
        self.cards: tuple[Card, ...] = ()
        self.lang = "zh"
        self.with_plan = False
        self._strips: dict[tuple[int, int], list[Strip]] = {}  # (card, width) -> its lines

    # ------------------------------------------------------------ data

    def show(self, cards: tuple[Card, ...], lang: str, keep: str | None = None,
             with_plan: bool = False) -> None:
        current = keep or self.current_ref()
        if cards == self.cards and lang == self.lang and with_plan == self.with_plan:
            if keep is not None:
                self.select(keep)
            return
        self.cards, self.lang, self.with_plan = cards, lang, with_plan
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(cards) * CARD)
        old = self.highlighted
        if not cards:
            self.highlighted = None
        elif current is None or not self.select(current):
            self.highlighted = min(old or 0, len(cards) - 1)
        self.refresh()

    def index_of(self, ref: str) -> int | None:
        return next((i for i, c in enumerate(self.cards) if c.task.ref == ref), None)

    def get_option_index(self, ref: str) -> int:
        index = self.index_of(ref)
        if index is None:
            raise KeyError(ref)
        return index

    def select(self, ref: str) -> bool:
        index = self.index_of(ref)
        if index is None:
            return False
        self.highlighted = index
        return True

    def holds(self, ref: str) -> bool:
        return self.index_of(ref) is not None

    def current_ref(self) -> str | None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self.cards):
            return None
        return self.cards[index].task.ref

    @property
    def option_count(self) -> int:
        return len(self.cards)

    # ------------------------------------------------------------ keys

    def watch_highlighted(self, index: int | None) -> None:
        if index is not None and self.is_mounted:
            self.scroll_to_region(Region(0, index * CARD, 1, CARD), animate=False, immediate=True)
        self.refresh()

    def action_cursor(self, step: int) -> None:
        if self.cards:
            self.highlighted = max(0, min(len(self.cards) - 1, (self.highlighted or 0) + step))

    def action_page(self, step: int) -> None:
        self.action_cursor(step * max(1, self.size.height // CARD))

    def action_open(self) -> None:
        ref = self.current_ref()
        if ref is not None:
            self.post_message(self.Opened(self, ref))

    def on_click(self, event: object) -> None:
        y = getattr(event, "y", None)
        if isinstance(y, int) and self.cards:
            index = (int(self.scroll_y) + y) // CARD
            if 0 <= index < len(self.cards):
                self.highlighted = index

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_resize(self) -> None:
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.cards) * CARD)

    # ------------------------------------------------------------ drawing

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = int(self.scroll_y) + y
        index, row = divmod(line, CARD)
        if index >= len(self.cards):
            return Strip.blank(width, self.rich_style)
        strips = self._strips.get((index, width))
        if strips is None:
            strips = self._draw(self.cards[index], width)
            if len(self._strips) > 400:
                self._strips.clear()
            self._strips[(index, width)] = strips
        strip = strips[row]
        if index == self.highlighted and row < CARD - 1:
            strip = strip.apply_style(CURSOR_FOCUSED if self.has_focus else CURSOR)
        return strip

    def _draw(self, card: Card, width: int) -> list[Strip]:
        console = self.app.console
        head, title, who, due = card_lines(card, self.lang, self.with_plan, short_date=width < 24,
                                           width=width)
        wrapped = title.wrap(console, max(1, width - 1))
        titles = list(wrapped)[:2] or [Text()]
        if len(wrapped) > 2:
            titles[1].append("…")
        lines = [head, *titles, who, due]
        lines += [Text()] * (CARD - 1 - len(lines))  # a short title leaves its line at the end
        base = self.rich_style
        out = []
        for text in lines:
            text = text.copy()
            text.truncate(width, overflow="ellipsis")
            segments = list(text.render(console))
            out.append(Strip(segments).crop_extend(0, width, base).apply_style(base))
        rule = Text("─" * width, style=RULE)
        out.append(Strip(list(rule.render(console))).crop_extend(0, width, base).apply_style(base))
        return out
