"""The timeline: one row per task under its plan and phase, bars on a week/month/quarter scale.

The chart is a ScrollView that draws only the lines on screen (Line API), so 10,000 rows cost
what 40 do. The label column stays put while the chart scrolls sideways; the scale stays put
while the rows scroll.
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from tracker.reports import render
from tracker.reports.timeline import ZOOMS, Kind, Row, State, Timeline
from views.frame import TrackerScreen
from views.words import localize

LABEL = 36  # cells for the label column
STYLE = {
    State.OPEN: Style(color="dodger_blue1"),
    State.SOON: Style(color="yellow"),
    State.OVERDUE: Style(color="red", bold=True),
    State.BLOCKED: Style(color="magenta"),
    State.DONE: Style(color="green"),
    State.DROPPED: Style(color="grey42"),
}
BAR = {State.DONE: "█", State.DROPPED: "─"}
PHASE = Style(color="grey50")
TODAY = Style(color="bright_red", bold=True)
GRID = Style(color="grey27")
CURSOR = Style(reverse=True)


def clip(text: str, width: int) -> str:
    """Cut text to `width` display cells (CJK counts two), padded with spaces."""
    if cell_len(text) <= width:
        return text + " " * (width - cell_len(text))
    out, used = [], 0
    for ch in text:
        w = cell_len(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    s = "".join(out) + "…"
    return s + " " * (width - cell_len(s))


def row_key(row: Row) -> tuple[str, str, str]:
    """What a row is about, whatever its place: a plan, a phase of it, a task of it."""
    name = row.task.id if row.task else row.phase.id if row.phase else ""
    return (row.kind.value, row.plan_id, name)


class Chart(ScrollView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", show=False),
        Binding("down", "cursor(1)", show=False),
        Binding("pageup", "cursor(-20)", show=False),
        Binding("pagedown", "cursor(20)", show=False),
        Binding("home", "cursor(-1000000)", show=False),
        Binding("end", "cursor(1000000)", show=False),
        Binding("left", "pan(-6)", "Scroll left", show=False),
        Binding("right", "pan(6)", "Scroll right", show=False),
        Binding("enter", "open", "Open"),
    ]
    cursor = reactive(0)

    class Open(Message):
        def __init__(self, row: Row) -> None:
            super().__init__()
            self.row = row

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.data: Timeline | None = None
        self.full: Timeline | None = None
        self.collapsed: set[str] = set()
        localize(self, self.app.session.lang if hasattr(self.app, "session") else "en")
        self.ticks: set[int] = set()
        self.lang = "zh"

    def show(self, data: Timeline, lang: str, recentre: bool = False) -> None:
        old = self.data.rows if self.data is not None else ()
        was = row_key(old[self.cursor]) if 0 <= self.cursor < len(old) else None
        self.full, self.lang = data, lang
        # a collapsed plan shows its own row only
        rows = tuple(r for r in data.rows
                     if r.kind is Kind.PLAN or r.plan_id not in self.collapsed)
        self.data = dataclasses.replace(data, rows=rows)
        data = self.data
        self.ticks = {t.col for t in data.scale.ticks()}
        self.virtual_size = Size(LABEL + data.scale.width + 1, len(data.rows) + 1)
        # the cursor stays on its task (a task added or removed above moved every row below)
        same = next((i for i, r in enumerate(rows) if row_key(r) == was), None)
        if same is not None and same != self.cursor:
            self.cursor = same
            self.call_after_refresh(self.action_cursor, 0)  # and on screen
        self.cursor = min(self.cursor, max(0, len(data.rows) - 1))
        if recentre:
            self.call_after_refresh(self.scroll_to_today)
        self.refresh()

    def scroll_to_today(self) -> None:
        if self.data is not None:
            chart = max(1, self.size.width - LABEL)
            self.scroll_to(x=max(0, self.data.today_col - chart // 2), animate=False)

    def action_cursor(self, step: int) -> None:
        if self.data is None or not self.data.rows:
            return
        self.cursor = max(0, min(len(self.data.rows) - 1, self.cursor + step))
        # virtual line y holds row y-1 (line 0 is under the fixed scale): show lines cursor..cursor+1
        self.scroll_to_region(Region(int(self.scroll_x), self.cursor, 1, 2), animate=False)

    def action_pan(self, step: int) -> None:
        self.scroll_to(x=max(0, self.scroll_x + step), animate=False)

    def action_open(self) -> None:
        if self.data is None or not self.data.rows:
            return
        row = self.data.rows[self.cursor]
        if row.kind is Kind.PLAN and self.full is not None:  # Enter on a plan folds it
            self.collapsed ^= {row.plan_id}
            self.show(self.full, self.lang)
            return
        self.post_message(self.Open(row))

    def watch_cursor(self) -> None:
        self.refresh()

    def render_line(self, y: int) -> Strip:
        if self.data is None:
            return Strip.blank(self.size.width)
        width = self.size.width
        chart_w = max(0, width - LABEL)
        x0 = int(self.scroll_x)
        if y == 0:
            return self._scale_line(x0, chart_w)
        index = int(self.scroll_y) + y - 1
        if index >= len(self.data.rows):
            return Strip.blank(width)
        row = self.data.rows[index]
        segments = [self._label(row, index == self.cursor)]
        segments.extend(self._cells(row, x0, chart_w))
        return Strip(segments, width)

    def _label(self, row: Row, cursor: bool) -> Segment:
        if row.kind is Kind.PLAN:
            fold = "▸ " if row.plan_id in self.collapsed else "▾ "
            text, style = fold + render.printable(row.label), Style(bold=True, color="bright_white")
        elif row.kind is Kind.PHASE:
            text, style = "  " + render.printable(row.label), Style(italic=True, color="grey70")
        else:
            text = "    " + render.printable(row.label)
            style = STYLE[row.state] if row.state in (State.OVERDUE, State.DONE, State.DROPPED) \
                else Style()
        if cursor:
            style = style + CURSOR
        return Segment(clip(text, LABEL - 1) + " ", style)

    def _cells(self, row: Row, x0: int, width: int) -> list[Segment]:
        assert self.data is not None
        today = self.data.today_col
        ticks = self.ticks
        out: list[Segment] = []
        for col in range(x0, x0 + width):
            ch, style = " ", Style()
            if col in ticks:
                ch, style = "┊", GRID
            if row.bar and row.bar[0] <= col <= row.bar[1]:
                if row.kind is Kind.PHASE:
                    ch, style = "░", PHASE
                elif row.state is not None:
                    ch, style = BAR.get(row.state, "━"), STYLE[row.state]
            elif row.point is not None and col == row.point:
                ch = "◆"
                style = PHASE if row.kind is Kind.PHASE else STYLE[row.state or State.OPEN]
            if col == today:
                if ch in (" ", "┊"):
                    ch, style = "│", TODAY
                else:
                    style = style + Style(bgcolor="grey30")
            out.append(Segment(ch, style))
        return out

    def _scale_line(self, x0: int, width: int) -> Strip:
        assert self.data is not None
        cells = [" "] * width
        styles = [Style(color="grey70")] * width
        last_end = -1
        for tick in self.data.scale.ticks():
            at = tick.col - x0
            if at < 0 or at >= width or at <= last_end:
                continue
            for i, ch in enumerate(tick.label[: width - at]):
                cells[at + i] = ch
            last_end = at + len(tick.label)
        today = self.data.today_col - x0
        if 0 <= today < width:
            if cells[today] == " ":
                cells[today], styles[today] = "▼", TODAY
            else:  # a scale label is there: keep it whole and mark today's cell in it
                styles[today] = TODAY + Style(underline=True)
        zoom_word = {"week": "周", "month": "月", "quarter": "季度"}
        if self.lang == "zh":
            head = f"刻度：{zoom_word[self.data.scale.zoom]}（+/- 缩放）"
        else:
            head = f"scale: {self.data.scale.zoom} (+/- zoom)"
        segments = [Segment(clip(head, LABEL), Style(color="grey70"))]
        segments.extend(Segment(c, s) for c, s in zip(cells, styles))
        return Strip(segments, LABEL + width)


class TimelineScreen(TrackerScreen):
    VIEW = "Timeline"
    MAIN = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("plus,equals_sign", "zoom(-1)", "Zoom in", key_display="+"),
        Binding("minus", "zoom(1)", "Zoom out", key_display="-"),
        Binding("full_stop", "today", "Today", key_display="."),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.zoom = "month"
        self.first = True
        self.shown_for: tuple[str | None, str] = (None, "")

    def compose_body(self) -> ComposeResult:
        yield Static(id="timeline-empty", classes="empty")
        yield Chart(id="chart")

    def focus_main(self) -> None:
        if self.focused is None:
            self.set_focus(self.query_one(Chart))

    def draw_body(self) -> None:
        chart = self.query_one(Chart)
        shown = (self.session.plan_id, self.session.query_text)
        recentre = self.first or shown != self.shown_for  # another plan: today back on screen
        data = self.session.timeline(self.zoom)
        chart.show(data, self.session.lang, recentre=recentre)
        note = self.query_one("#timeline-empty", Static)
        note.display = not any(r.task for r in data.rows)
        if note.display:
            note.update(self.empty_text())
        self.first, self.shown_for = False, shown

    def action_zoom(self, step: int) -> None:
        index = max(0, min(len(ZOOMS) - 1, ZOOMS.index(self.zoom) + step))
        if ZOOMS[index] != self.zoom:
            self.zoom = ZOOMS[index]
            self.first = True
            self.draw_body()

    def action_today(self) -> None:
        self.query_one(Chart).scroll_to_today()

    def on_chart_open(self, event: Chart.Open) -> None:
        row = event.row
        if row.task is not None:
            self.tracker.open_task(row.task.plan_id, row.task.id)
