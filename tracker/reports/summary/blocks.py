"""The summary as a document's blocks: title, headings, paragraphs and tables, in the order
and wording of the text report, for writers that lay out pages (`docx`).

The text writer (`render._Writer`) decides what is said; this one only records it as blocks
instead of lines, and turns the unit ranking and each plan's 滞后事项 into tables, so a Word
document holds real tables where the text report has aligned columns or numbered lines.
Pure: a `Summary` comes in, a tuple of `Block` values comes out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tracker.model import Settings
from tracker.reports import render as base
from tracker.reports.summary.data import Group, Item, Summary
from tracker.reports.summary.numbers import chinese_number
from tracker.reports.summary.render import _ROLE, _Writer


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of the document. kind: head | issue | masthead (the 版头: the bulletin's name,
    第N期, the office and the date) | title | h1 | h2 | para | table | close."""

    kind: str
    text: str = ""
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    numeric: tuple[bool, ...] = ()  # per column: right-aligned figures


class _BlockWriter(_Writer):
    def __init__(self, summary: Summary, settings: Settings, lang: str) -> None:
        super().__init__(summary, settings, lang, markdown=False)
        self.blocks: list[Block] = []
        self.section = 0

    def title(self, text: str) -> None:
        self.blocks.append(Block("title", text))

    def para(self, text: str) -> None:
        self.blocks.append(Block("para", text))

    def heading(self, level: int, number: int, text: str) -> None:
        if level == 1:
            self.section = number
            mark = f"{chinese_number(number)}、" if self.zh else f"{number}. "
        else:
            mark = f"（{chinese_number(number)}）" if self.zh else f"{self.section}.{number} "
        self.blocks.append(Block("h1" if level == 1 else "h2", mark + text))

    def item(self, number: int, text: str) -> None:
        self.blocks.append(Block("para", (f"{number}. " if self.zh else f"({number}) ") + text))

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[object]],
              align: Sequence[str]) -> None:
        self.blocks.append(Block("table", headers=tuple(headers),
                                 rows=tuple(tuple(self.text(c) for c in row) for row in rows),
                                 numeric=tuple(a == "right" for a in align)))

    def groups(self, groups: Sequence[Group], fmt: Callable[[Item], str],
               say_none: bool = True) -> None:
        if not groups:
            if say_none:
                self.none()
            return
        late = fmt == self.late_item
        for g_no, group in enumerate(groups, 1):
            assert group.lines is None, "the share cache writes text only"
            title = (self.t(*_ROLE[group.key]) if self.s.unit and group.key in _ROLE
                     else self.text(group.title))
            self.heading(2, g_no, title + self.t(f"（{len(group.items)}项）", f" ({len(group.items)})"))
            if late:
                self.late_table(group.items)
                continue
            num = "{}. " if self.zh else "({}) "
            for i, it in enumerate(group.items, 1):
                self.blocks.append(Block("para", num.format(i) + fmt(it)))

    def late_table(self, items: Sequence[Item]) -> None:
        """滞后事项 as a table: what, who, when due, how late, where it stands."""
        t = self.t
        headers = (t("序号", "No."), t("事项", "Task"), t("责任单位", "Responsible"),
                   t("完成时限", "Due"), t("逾期天数", "Days late"), t("进展情况", "Progress"))
        rows = []
        for i, it in enumerate(items, 1):
            sep = t("；", "; ")
            state = [self.progress(it)]
            if it.open_units:
                state.append(t(f"未完成单位：{self.names(it.open_units)}",
                               f"not finished: {self.names(it.open_units)}"))
            if it.last_text or it.unit_reports:
                state.append(self.latest(it))
            rows.append((str(i), f"{self.text(it.title)}（{it.ref}）" if self.zh
                         else f"{self.text(it.title)} ({it.ref})",
                         self.who(it, owners_first=True), self.day(it.due),
                         str(it.days_late or 0), sep.join(state)))
        self.blocks.append(Block("table", headers=headers, rows=tuple(rows),
                                 numeric=(True, False, False, False, True, False)))


def blocks(summary: Summary, settings: Settings, lang: str, office: str | None = None,
           issue: str | None = None) -> tuple[Block, ...]:
    """The summary's blocks. Under a bulletin's 版头 (`settings.bulletin`: its name, 第`issue`期,
    the issuing office and the date) the body follows; without one the office (when known) and
    the date sign it at the end."""
    w = _BlockWriter(summary, settings, lang)
    w.write()
    date = w.long_day(summary.today)
    who = base.printable(office) if office else ""
    if settings.bulletin:
        head = [Block("head", base.printable(settings.bulletin))]
        if issue:
            number = base.printable(issue)
            head.append(Block("issue", (f"第{number}期" if w.zh else f"No. {number}")
                              if number.isdigit() else number))
        return (*head, Block("masthead", f"{who}\t{date}"), *w.blocks)
    return (*w.blocks, *(Block("close", line) for line in ([who] if who else []) + [date]))


__all__ = ["Block", "blocks"]
