"""`?`: the manual. What each view is for, every key of every view (read from the bindings, so it
cannot drift from what the keys do), the filter language with examples, and what each symbol
on the screen means. The README's key table is checked against `key_rows`."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tracker.fieldnames import QUERY_KEYS
from views.words import word

if TYPE_CHECKING:
    from views.host import Host

# (where, zh, en): what each view is for; `where` names the bindings' owner in key_rows
VIEWS = (
    ("Board", "按状态分列的任务卡片：看谁在做什么、什么逾期；[ ] 改变状态（一次提交）",
     "cards in columns by status: who does what, what is late; [ ] changes the status (one commit)"),
    ("Timeline", "按计划和阶段排列的任务条：起止、里程碑、阶段、今天的位置",
     "bars by plan and phase: start to due, milestones, phases, today"),
    ("Accountability", "每个单位牵头、负责、配合的任务数，完成、滞后、临期；回车看该单位的任务",
     "per unit: tasks led, owned, supported; done, late, due soon; Enter lists its tasks"),
    ("Task", "一项任务的全部字段、进展和修改记录；可修改每个字段并添加进展",
     "every field, the updates and the history of one task; edit any field, add an update"),
)
QUERY = (
    ("overdue", "已逾期（截止日已过且未完成）", "late (past due, not finished)"),
    ("soon", "临近截止（提醒期内）", "due within the reminder window"),
    ("open / done", "未完成 / 已完成或已销号", "not finished / finished"),
    ("status:受阻,推进中", "按状态（中文或英文名）", "by status (label or key)"),
    ("unit:城关镇", "涉及该单位（含单位组，如 各乡镇）", "naming the unit (groups included)"),
    ("lead:县能源局  owner:北山乡  support:县财政局", "按牵头、责任、配合单位", "by role"),
    ("plan:clean  phase:P2  leader:温", "按计划（编号开头）、阶段、责任领导", "by plan (id prefix), phase, leader"),
    ("due<2026-12-31  due>=12月1日", "按截止日期", "by due date"),
    ("-status:已完成  摸底", "前面加 - 表示排除；其他词在标题和内容中查找", "- excludes; other words search titles and detail"),
    ("状态:受阻  单位:城关镇  截止<12月31日", "键也可写中文名：" + " ".join(n for n in QUERY_KEYS if len(n) == 2),
     "keys by their Chinese names too"),
)
LEGEND = (
    ("●", "red", "红：逾期；黄：落后于序时进度；蓝：临近截止；绿：正常或已完成",
     "red: late; yellow: behind time-proportional progress; blue: due soon; green: on track"),
    ("━", "dodger_blue1", "时间轴：从开始到截止的任务条（颜色同上；紫色为受阻）",
     "timeline: a task from start to due (colours as above; magenta blocked)"),
    ("█", "green", "时间轴：已完成的任务", "timeline: a finished task"),
    ("░", "grey50", "时间轴：阶段的起止", "timeline: a phase"),
    ("◆", "yellow", "时间轴：只有截止日的任务或阶段（里程碑）", "timeline: a milestone (a due date only)"),
    ("│ ▼", "bright_red", "时间轴：今天", "timeline: today"),
    ("*", "bold", "责任单位：本单位在该任务上有自己的状态（units:）", "unit tasks: the unit has its own status (units:)"),
    ("逾期N天 / 剩N天", "bold red", "截止日已过 N 天 / 离截止还有 N 天", "N days late / N days left"),
)


def key_rows(lang: str, app_bindings: list[BindingType]) -> list[tuple[str, str, str]]:
    """(view, keys, what they do) for every binding with a description, the app's keys last
    (passed in: the app imports this module, not the other way round)."""
    from views.accountability import AccountabilityScreen, UnitScreen
    from views.board import BoardScreen
    from views.detail import TaskScreen
    from views.timeline import Chart, TimelineScreen

    owners: list[tuple[str, list[BindingType]]] = [
        ("Board", BoardScreen.BINDINGS), ("Timeline", [*TimelineScreen.BINDINGS, *Chart.BINDINGS]),
        ("Accountability", [*AccountabilityScreen.BINDINGS, *UnitScreen.BINDINGS]),
        ("Task", TaskScreen.BINDINGS), ("All views", app_bindings),
    ]
    rows: list[tuple[str, str, str]] = []
    for where, bindings in owners:
        seen: set[str] = set()
        for b in bindings:
            if not isinstance(b, Binding) or b.action in seen:
                continue
            seen.add(b.action)
            description = b.description or _UNNAMED.get(b.action, "")
            if not description:
                continue
            keys = b.key_display or " ".join(_KEY_NAMES.get(k, k) for k in b.key.split(","))
            rows.append((word(where, lang), keys, word(description, lang)))
        if where == "Board":
            rows.append((word(where, lang), "↑ ↓", word("Previous/next card", lang)))
            rows.append((word(where, lang), "Enter", word("Open", lang)))
    return rows


_KEY_NAMES = {"left": "←", "right": "→", "up": "↑", "down": "↓", "left_square_bracket": "[",
              "right_square_bracket": "]", "shift+left": "shift+←", "shift+right": "shift+→",
              "escape": "Esc", "enter": "Enter", "pageup": "PgUp", "pagedown": "PgDn",
              "home": "Home", "end": "End", "ctrl+s": "Ctrl+S", "f2": "F2", "f3": "F3", "slash": "/",
              "question_mark": "?", "plus": "+", "equals_sign": "=", "minus": "-",
              "full_stop": "."}
_UNNAMED = {"cursor(-1)": "Previous row", "cursor(1)": "Next row", "cursor(-20)": "Page up",
            "cursor(20)": "Page down", "cursor(-1000000)": "First row", "cursor(1000000)": "Last row"}


class HelpDialog(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark,q", "dismiss", "Back")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog wide", id="help"):
            yield Static(id="help-text")

    def on_mount(self) -> None:
        lang = cast("Host", self.app).session.lang
        self.query_one("#help-text", Static).update(manual(lang, type(self.app).BINDINGS))
        self.set_focus(self.query_one("#help"))


def manual(lang: str, app_bindings: list[BindingType]) -> RenderableType:
    def t(zh: str, en: str) -> str:
        return en if lang == "en" else zh

    def heading(text: str) -> Text:
        return Text("\n" + text, style="bold underline")

    # a Chinese sentence has no spaces to wrap at: each is folded, never cut with … (at 80
    # columns what each view is for, the filter terms and the symbols lost their ends)
    views = Table(box=None, show_header=False, padding=(0, 2))
    views.add_column(style="bold cyan", no_wrap=True)
    views.add_column(overflow="fold")
    for where, zh, en in VIEWS:
        views.add_row(Text(word(where, lang)), Text(t(zh, en)))
    keys = Table(box=None, show_header=False, padding=(0, 2))
    keys.add_column(style="dim", no_wrap=True)
    keys.add_column(style="bold cyan", no_wrap=True)
    keys.add_column(overflow="fold")
    last = ""
    for where, key, what in key_rows(lang, app_bindings):
        keys.add_row(Text(where if where != last else ""), Text(key), Text(what))
        last = where
    query = Table(box=None, show_header=False, padding=(0, 2))
    query.add_column(style="bold", overflow="fold")  # the longest example wraps between terms
    query.add_column(overflow="fold")
    for example, zh, en in QUERY:
        query.add_row(Text(example), Text(t(zh, en)))
    legend = Table(box=None, show_header=False, padding=(0, 2))
    legend.add_column(no_wrap=True)
    legend.add_column(overflow="fold")
    for symbol, style, zh, en in LEGEND:
        legend.add_row(Text(symbol, style=style), Text(t(zh, en)))
    return Group(
        Text(t("按 Esc 或 ? 关闭；↑↓ 滚动", "Esc or ? closes; ↑↓ scroll"), style="dim"),
        heading(t("各视图的用途", "What each view is for")), views,
        heading(t("按键", "Keys")), keys,
        heading(t("筛选（/，与 tracker list 相同；多个条件同时满足）",
                  "Filter (/, as in tracker list; all terms must hold)")), query,
        heading(t("符号", "Symbols")), legend,
    )
