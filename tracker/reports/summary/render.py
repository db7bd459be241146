"""A `Summary` -> text or Markdown in the numbering of an official circular (its JSON form
is `jsonform`'s).

Chinese follows the document style: 一、 for sections, （一） for subsections, 1. for items.
English is numbered plainly: 1. / 1.1 / (1). Every piece of user text goes through
`render.printable` (and Markdown escaping), tables through `render.report_table`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from tracker.model import Settings
from tracker.reports import render
from tracker.reports.summary.data import SECTIONS, ChangeLine, Group, Item, Period, Share, Summary
from tracker.reports.summary.numbers import chinese_number, number, percent
from tracker.standing import Colour

_MARK_ZH = {Colour.RED: "【红】", Colour.YELLOW: "【黄】", Colour.BLUE: "【蓝】", Colour.GREEN: "【绿】"}
_MARK_EN = {c: f"[{c.value}] " for c in Colour}
_COLOUR_ZH = {Colour.RED: "红色", Colour.YELLOW: "黄色", Colour.BLUE: "蓝色", Colour.GREEN: "绿色"}
_ROLE = {"lead": ("牵头事项", "Tasks led"), "owner": ("责任事项", "Tasks owned"),
         "support": ("配合事项", "Tasks supported")}
_PERIOD = {"week": ("本周", "下周", "this week", "next week"),
           "month": ("本月", "下月", "this month", "next month"),
           "quarter": ("本季度", "下季度", "this quarter", "next quarter")}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


class _Writer:
    """Builds the lines of one report in one language and one format."""

    def __init__(self, summary: Summary | None, settings: Settings, lang: str, markdown: bool,
                 today: dt.date | None = None) -> None:
        """`summary` None: a writer of task lines only (`Lines`), as of `today`."""
        self.s: Summary = summary  # type: ignore[assignment]
        self.settings, self.lang, self.md = settings, lang, markdown
        self.today: dt.date = summary.today if summary is not None else today  # type: ignore[assignment]
        self.zh = lang != "en"
        self.lines: list[str] = []
        self.memo: dict[object, str] = {}
        # thousands of task lines share a few dates, unit lists and progress phrases
        self.days: dict[dt.date | None, str] = {}
        self.whos: dict[tuple[object, ...], str] = {}
        self.name_lists: dict[tuple[str, ...], str] = {}
        self.progresses: dict[tuple[object, ...], str] = {}

    def t(self, zh: str, en: str) -> str:
        return zh if self.zh else en

    def text(self, value: object) -> str:
        """User text, safe for a terminal (and for Markdown when writing Markdown)."""
        hit = self.memo.get(value)
        if hit is None:
            out = render.printable(value)
            hit = self.memo[value] = _MD_SPECIAL.sub(r"\\\1", out) if self.md else out
        return hit

    def day(self, d: dt.date | None) -> str:
        hit = self.days.get(d)
        if hit is None:
            if d is None:
                hit = "—"
            elif not self.zh:
                hit = d.isoformat()
            else:
                hit = (f"{d.month}月{d.day}日" if d.year == self.today.year
                       else f"{d.year}年{d.month}月{d.day}日")
            self.days[d] = hit
        return hit

    def long_day(self, d: dt.date) -> str:
        return f"{d.year}年{d.month}月{d.day}日" if self.zh else d.isoformat()

    def span(self, start: dt.date, end: dt.date) -> str:
        """2026年12月1日至12月31日: the end is read in the start's year, so it names its own
        when it has another (2025年12月29日至2026年1月4日)."""
        return self.long_day(start) + "至" + (f"{end.month}月{end.day}日" if end.year == start.year
                                             else self.long_day(end))

    def names(self, items: Sequence[str]) -> str:
        if not items:
            return ""
        key = items if isinstance(items, tuple) else tuple(items)
        hit = self.name_lists.get(key)
        if hit is None:
            hit = self.name_lists[key] = self.text(("、" if self.zh else ", ").join(key))
        return hit

    def status(self, key: str) -> str:
        return self.settings.label(key, self.lang)

    # ------------------------------------------------------------ layout

    def title(self, text: str) -> None:
        self.lines.append(f"# {text}" if self.md else text)

    def para(self, text: str) -> None:
        if self.md and self.lines and self.lines[-1] != "":
            self.lines.append("")
        self.lines.append(text)

    def heading(self, level: int, number: int, text: str) -> None:
        if level == 1:
            mark = f"{chinese_number(number)}、" if self.zh else f"{number}. "
            self.section = number
        else:
            mark = f"（{chinese_number(number)}）" if self.zh else f"{self.section}.{number} "
        line = mark + text
        if self.md:
            if self.lines and self.lines[-1] != "":
                self.lines.append("")
            self.lines += ["#" * (level + 1) + " " + line, ""]
        else:
            self.lines.append(line)

    def item(self, number: int, text: str) -> None:
        self.lines.append((f"{number}. " if self.zh else f"({number}) ") + text)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[object]],
              align: Sequence[str]) -> None:
        if self.md and self.lines and self.lines[-1] != "":
            self.lines.append("")
        self.lines += render.report_table(headers, rows, align, markdown=self.md).splitlines()
        if self.md:
            self.lines.append("")

    def none(self) -> None:
        self.para(self.t("无。", "None."))

    # ------------------------------------------------------------ the report

    def write(self) -> str:
        s, t = self.s, self.t
        self.write_title()
        if self.holds_nothing():
            return "\n".join(self.lines).rstrip("\n") + "\n"
        self.heading(1, 1, t("总体进展", "Overall progress"))
        subs: list[tuple[str, Callable[[], None]]] = [(t("主要指标", "Key figures"), self.figures)]
        if s.goals:
            subs.append((t("目标任务完成情况", "Goals"), self.goals))
        subs.append((t("本期变化情况", "Changes this period"), self.changes))
        if s.unit is None:
            subs.append((t("各单位完成情况排名", "Units ranked"), self.ranking))
            subs.append((t("未报送进展的单位", "Units that have not reported"), self.silent))
        for i, (name, body) in enumerate(subs, 1):
            self.heading(2, i, name)
            body()
        h = s.headline
        self.heading(1, 2, t("已完成事项", "Completed"))
        self.para(t(f"累计完成{h.done}项，其中本期完成{_count(s.done)}项" + ("：" if s.done else "。"),
                    f"{h.done} finished in all, {_count(s.done)} of them this period"
                    + (":" if s.done else ".")))
        self.groups(s.done, self.done_item, say_none=False)
        self.heading(1, 3, t("推进中事项", "In progress"))
        self.para(t(f"未完成且未逾期的事项{h.doing + h.todo}项（其中未启动{h.todo}项），按序时推进{s.on_track}项，"
                    f"需要关注{_count(s.doing)}项" + ("：" if s.doing else "。"),
                    f"{h.doing + h.todo} open and not overdue ({h.todo} not started), {s.on_track} on "
                    f"schedule; {_count(s.doing)} need attention" + (":" if s.doing else ".")))
        self.groups(s.doing, self.open_item, say_none=False)
        self.heading(1, 4, t("滞后事项", "Overdue"))
        self.groups(s.late, self.late_item)
        self.heading(1, 5, t("下阶段工作", "Next period"))
        nxt = s.next
        self.para(t(f"{_PERIOD[nxt.kind][1]}（{self.span(nxt.start, nxt.end)}）"
                    f"到期事项{_count(s.upcoming)}项" + ("：" if s.upcoming else "。"),
                    f"{_count(s.upcoming)} due {_PERIOD[nxt.kind][3]} ({nxt.start.isoformat()} to "
                    f"{nxt.end.isoformat()})" + (":" if s.upcoming else ".")))
        self.groups(s.upcoming, self.upcoming_item, say_none=False)
        return "\n".join(self.lines).rstrip("\n") + "\n"

    def holds_nothing(self) -> bool:
        """A unit's report where the unit has no task at all (dropped ones included)."""
        h = self.s.headline
        return self.s.unit is not None and not (h.total or h.dropped)

    def write_title(self) -> None:
        s, t = self.s, self.t
        if s.unit:
            name = self.text(s.unit) + t("工作进展情况", " — progress report")
        elif len(s.plans) == 1:
            name = self.text(s.plans[0][1]) + t("进展情况", " — progress report")
        else:
            name = t("工作进展情况", "Progress report")
        self.title(name)
        self.para(t(f"截至{self.long_day(s.today)}，统计周期：{self.period(s.period)}。",
                    f"As of {s.today.isoformat()}; period: {self.period(s.period)}."))
        if self.holds_nothing():  # said plainly: five sections of zeros read as a unit that did nothing
            assert s.unit is not None
            where = (t(f"“{self.text(s.plans[0][1])}”中", f"'{self.text(s.plans[0][1])}'")
                     if len(s.plans) == 1 else t("现有计划中", "these plans"))
            self.para(t(f"{self.text(s.unit)}在{where}没有牵头、负责或配合的任务。",
                        f"{self.text(s.unit)} leads, owns or supports no task in {where}."))
            return
        scope = []
        if len(s.plans) != 1:
            scope.append(t(f"涉及计划{len(s.plans)}个", f"{len(s.plans)} plans"))
        elif s.unit:  # the title names the unit: say which plan its tasks are in
            scope.append(t(f"涉及计划：{self.text(s.plans[0][1])}", f"plan: {self.text(s.plans[0][1])}"))
        if s.unit and s.unit_groups:
            scope.append(t(f"含所属“{self.names(s.unit_groups)}”承担的任务",
                           f"including tasks of its groups: {self.names(s.unit_groups)}"))
        if s.leader:
            scope.append(t(f"责任领导：{self.text(s.leader)}", f"leader: {self.text(s.leader)}"))
        if scope:
            line = t("；", "; ").join(scope)
            self.para(line[:1].upper() + line[1:] + t("。", "."))
        for note in s.files:
            if note.copy_of is not None:
                self.para(t(f"注意：{self.text(note.path)} 与 {self.text(note.copy_of)} 的计划 id 相同，"
                            "像是它的副本，未纳入统计（运行 tracker check 查看）。",
                            f"Note: {self.text(note.path)} has the plan id of "
                            f"{self.text(note.copy_of)}; it looks like a copy and is not counted "
                            "(see tracker check)."))
            elif note.read:
                self.para(t(f"注意：{self.text(note.path)} 有{note.errors}个错误，相关数据可能不准确"
                            "（运行 tracker check 查看）。",
                            f"Note: {self.text(note.path)} has {note.errors} check error(s); its figures "
                            "may be wrong (see tracker check)."))
            else:
                self.para(t(f"注意：{self.text(note.path)} 无法读取，未纳入统计（运行 tracker check 查看）。",
                            f"Note: {self.text(note.path)} could not be read and is not counted "
                            "(see tracker check)."))

    def period(self, p: Period) -> str:
        if p.since:
            return self.t(f"{self.long_day(p.start)}以来", f"since {p.start.isoformat()}")
        words = _PERIOD[p.kind]
        return self.t(f"{words[0]}（{self.span(p.start, p.end)}）",
                      f"{words[2]} ({p.start.isoformat()} to {p.end.isoformat()})")

    # ------------------------------------------------------------ 一、总体进展

    def figures(self) -> None:
        h, t = self.s.headline, self.t
        days = self.settings.remind_days
        self.para(t(f"共有任务{h.total}项，其中已完成{h.done}项、推进中{h.doing}项、未启动{h.todo}项、"
                    f"滞后{h.overdue}项；{days}个工作日内到期{h.due_soon}项。"
                    f"完成率{percent(h.completion_rate)}，按时完成率{percent(h.on_time_rate)}。",
                    f"{h.total} tasks: {h.done} done, {h.doing} in progress, {h.todo} not started, "
                    f"{h.overdue} overdue; {h.due_soon} due within {days} working days. "
                    f"Completion rate {percent(h.completion_rate)}, "
                    f"on-time rate {percent(h.on_time_rate)}."))
        if h.dropped:
            self.para(t(f"另有已取消任务{h.dropped}项，不计入统计。",
                        f"Dropped tasks, not counted: {h.dropped}."))
        counts = dict(h.colours)
        self.para(t("三色状态：" + "、".join(f"{_COLOUR_ZH[c]}{counts[c]}项" for c in Colour) + "。",
                    "Colours: " + ", ".join(f"{c.value} {counts[c]}" for c in Colour) + "."))

    def goals(self) -> None:
        many = len(self.s.plans) > 1
        for i, g in enumerate(self.s.goals, 1):
            unit = self.text(g.unit or "")
            where = self.t(f"（{self.text(g.plan_title)}）", f" ({self.text(g.plan_title)})") if many else ""
            pct = percent(g.percent)
            now = number(g.current) + (unit if g.current is not None else "")  # not —个
            self.item(i, self.t(
                f"{self.text(g.text)}：目标{number(g.target)}{unit}，当前{now}，完成{pct}{where}。",
                f"{self.text(g.text)}: target {number(g.target)}{unit}, now {now}, {pct}{where}."))

    def changes(self) -> None:
        c, t = self.s.changes, self.t
        rows: list[tuple[str, list[list[ChangeLine]], Callable[[list[ChangeLine]], str]]] = [
            (t("完成事项", "Completed"), [[x] for x in c.completed], lambda chain: self.change_done(chain[0])),
            (t("调整截止时间", "Deadlines moved"), _chains(c.due_moved), self.change_due),
            (t("调整责任单位", "Owners changed"), _chains(c.owners_changed), self.change_owner)]
        if not c.from_history:
            rows = rows[:1]
        for i, (name, chains, fmt) in enumerate(rows, 1):
            body = t("；", "; ").join(fmt(x) for x in chains)
            self.item(i, t(f"{name}{len(chains)}项" + (f"：{body}" if body else "") + "。",
                           f"{name} ({len(chains)})" + (f": {body}" if body else "") + "."))
        if not c.from_history:
            self.para(t("（未读到版本记录，截止时间和责任单位的调整未统计。）",
                        "(No version history was read; moved deadlines and owner changes are "
                        "not counted.)"))

    def _who_when(self, c: ChangeLine, *more: ChangeLine) -> str:
        """The day of the last change and who made them (each once, in order)."""
        last = more[-1] if more else c
        authors = [self.text(a) for a in dict.fromkeys(x.author for x in (c, *more) if x.author)]
        parts = [self.day(last.date)] + ([("、" if self.zh else ", ").join(authors)] if authors else [])
        return ("，" if self.zh else ", ").join(parts)

    def _steps(self, chain: list[ChangeLine], show: Callable[[object], str]) -> str:
        """old → … → new over a chain of changes to one field: 由A调整为B，再调整为C."""
        values = [show(chain[0].old)] + [show(x.new) for x in chain]
        if not self.zh:
            return " → ".join(values)
        return f"由{values[0]}调整为{values[1]}" + "".join(f"，再调整为{v}" for v in values[2:])

    def change_done(self, c: ChangeLine) -> str:
        return self.t(f"{self.text(c.title)}（{c.ref}，{self._who_when(c)}）",
                      f"{self.text(c.title)} ({c.ref}, {self._who_when(c)})")

    def change_due(self, chain: list[ChangeLine]) -> str:
        c = chain[0]
        steps = self._steps(chain, lambda v: self.day(v) if isinstance(v, dt.date) else self.t("无", "none"))
        return self.t(f"{self.text(c.title)}（{c.ref}）{steps}（{self._who_when(*chain)}）",
                      f"{self.text(c.title)} ({c.ref}) {steps} ({self._who_when(*chain)})")

    def change_owner(self, chain: list[ChangeLine]) -> str:
        c = chain[0]
        field = {"lead": ("牵头单位", "lead"), "owners": ("责任单位", "owners"),
                 "support": ("配合单位", "support")}[c.field]
        steps = self._steps(chain, lambda v: self.names(_as_names(v)) or self.t("无", "none"))
        return self.t(f"{self.text(c.title)}（{c.ref}）{field[0]}{steps}（{self._who_when(*chain)}）",
                      f"{self.text(c.title)} ({c.ref}) {field[1]} {steps} ({self._who_when(*chain)})")

    def ranking(self) -> None:
        rows = [(r.rank, r.unit, r.tasks, r.done, r.overdue, percent(r.completion_rate),
                 percent(r.on_time_rate)) for r in self.s.ranking]
        if not rows:
            self.none()
            return
        self.para(self.t("按牵头和责任任务统计（集体承担的任务计入每个成员单位），按完成率、按时完成率排序：",
                         "Over the tasks each unit leads or owns (a group's task counts for each "
                         "member), by completion rate, then on-time rate:"))
        self.table([self.t(*h) for h in (("排名", "rank"), ("单位", "unit"), ("任务", "tasks"),
                                         ("已完成", "done"), ("滞后", "overdue"),
                                         ("完成率", "completion"), ("按时完成率", "on time"))],
                   rows, ("right", "left", "right", "right", "right", "right", "right"))

    def silent(self) -> None:
        s = self.s
        if not s.silent and s.headline.total == s.headline.done:  # nobody owes a report
            self.para(self.t("没有未完成的任务，无需报送进展。", "No open task: no report is due."))
            return
        if not s.silent:
            self.para(self.t("各责任单位本期均已报送进展。", "Every responsible unit reported this period."))
            return
        self.para(self.t(f"以下{len(s.silent)}个单位负责的未完成任务，{self.long_day(s.period.start)}以来"
                         "没有报送进展：",
                         f"{len(s.silent)} units have open tasks with no progress report since "
                         f"{s.period.start.isoformat()}:"))
        for i, u in enumerate(s.silent, 1):
            refs = ("、" if self.zh else ", ").join(u.refs[:5])
            if len(u.refs) > 5:
                refs += self.t("等", ", ...")
            if u.last_update is None:
                last = self.t("从未报送", "never reported")
            elif u.last_update >= s.period.start:  # it did report this period, on other tasks
                last = self.t(f"本期只报送了其他任务（最近为{self.day(u.last_update)}）",
                              f"reported on other tasks only (last {self.day(u.last_update)})")
            else:
                last = self.t(f"最近一次报送为{self.day(u.last_update)}",
                              f"last report {self.day(u.last_update)}")
            self.item(i, self.t(f"{self.text(u.unit)}：{u.open_tasks}项（{refs}），{last}。",
                                f"{self.text(u.unit)}: {u.open_tasks} ({refs}), {last}."))

    # ------------------------------------------------------------ task sections

    def groups(self, groups: Sequence[Group], fmt: Callable[[Item], str], say_none: bool = True) -> None:
        if not groups:
            if say_none:
                self.none()
            return
        for g_no, group in enumerate(groups, 1):
            title = (self.t(*_ROLE[group.key]) if self.s.unit and group.key in _ROLE
                     else self.text(group.title))
            self.heading(2, g_no, f"{title}" + self.t(f"（{group.size}项）", f" ({group.size})"))
            self.lines.extend(group.lines if group.lines is not None
                              else self.numbered(group.items, fmt))

    def numbered(self, items: Sequence[Item], fmt: Callable[[Item], str]) -> list[str]:
        num = "{}. " if self.zh else "({}) "
        return [num.format(i) + fmt(it) for i, it in enumerate(items, 1)]

    def head(self, it: Item, marked: bool = True) -> str:
        """Colour mark, title and ref: the start of every task line."""
        if self.zh:
            mark = _MARK_ZH[it.colour] if marked else ""
            return f"{mark}{self.text(it.title)}（{it.ref}）："
        mark = _MARK_EN[it.colour] if marked else ""
        return f"{mark}{self.text(it.title)} ({it.ref}): "

    def who(self, it: Item, owners_first: bool = False) -> str:
        key = (it.lead, it.owners, it.support, it.leader, owners_first)
        hit = self.whos.get(key)
        if hit is None:
            hit = self.whos[key] = self._who(it, owners_first)
        return hit

    def _who(self, it: Item, owners_first: bool) -> str:
        lead = () if it.owners == it.lead else it.lead  # "县财政局牵头，县财政局负责" says it twice
        if not self.zh:
            parts = [f"{w} {self.names(n)}" for n, w in
                     ((lead, "lead"), (it.owners, "owners"), (it.support, "support")) if n]
        elif owners_first and it.owners:
            parts = [f"责任单位{self.names(it.owners)}"] + (
                [self.names(it.lead) + "牵头"] if it.lead else [])
        else:
            parts = [self.names(n) + w for n, w in
                     ((lead, "牵头"), (it.owners, "负责"), (it.support, "配合")) if n]
        if it.leader:
            parts.append(self.t(f"责任领导{self.text(it.leader)}", f"leader {self.text(it.leader)}"))
        return ("，" if self.zh else ", ").join(parts)

    def due(self, it: Item) -> str:
        if it.due is None:
            return self.t("未定完成时限", "no due date")
        return self.t(f"{self.day(it.due)}前", f"due {self.day(it.due)}")

    def progress(self, it: Item) -> str:
        key = (it.status, it.progress, it.expected, it.recovered)
        hit = self.progresses.get(key)
        if hit is None:
            hit = self.progresses[key] = self._progress(it)
        return hit

    def _progress(self, it: Item) -> str:
        text = self.status(it.status)
        if it.progress is not None and it.status not in ("done", "verified"):
            text += self.t(f"，进度{it.progress}%", f", {it.progress}%")
        if it.expected is not None:
            text += self.t(f"，落后序时进度（应达{it.expected:.0f}%）",
                           f", behind schedule (expected {it.expected:.0f}%)")
        if it.recovered and it.status not in ("done", "verified"):
            text += self.t("，本期曾逾期，完成时限已调整", ", overdue earlier this period, deadline since moved")
        return text

    def latest(self, it: Item) -> str:
        if it.unit_reports:
            if self.zh:
                return "最新进展：" + "；".join(f"{r.unit}（{self.day(r.date)}）：{self.text(r.text)}"
                                           for r in it.unit_reports)
            return "latest: " + "; ".join(f"{r.unit} ({self.day(r.date)}): {self.text(r.text)}"
                                          for r in it.unit_reports)
        if not it.last_text:
            return ""
        if self.zh:
            return f"最新进展（{self.day(it.last_date)}）：{self.text(it.last_text)}"
        return f"latest ({self.day(it.last_date)}): {self.text(it.last_text)}"

    def join(self, parts: Sequence[str]) -> str:
        if self.zh:
            return "；".join([p for p in parts if p]) + "。"
        return "; ".join([p for p in parts if p]) + "."

    def done_item(self, it: Item) -> str:
        when = ""
        if it.completed_late:
            when = self.t(f"{self.day(it.completed)}完成，逾期{it.completed_late}天",
                          f"finished {self.day(it.completed)}, {it.completed_late} days late")
        elif it.completed:
            when = self.t(f"{self.day(it.completed)}完成", f"finished {self.day(it.completed)}")
        return self.head(it, marked=it.colour is not Colour.GREEN) + self.join([self.who(it), self.due(it), when, self.status(it.status)])

    def open_item(self, it: Item) -> str:
        left = ""
        if it.days_left is not None:
            left = self.t(f"剩{it.days_left}天" if it.days_left else "今天到期",
                          f"{it.days_left} days left" if it.days_left else "due today")
        due = self.due(it) + (self.t("，", ", ") + left if left else "")
        return self.head(it) + self.join([self.who(it), due, self.progress(it), self.latest(it)])

    def late_item(self, it: Item) -> str:
        if self.zh:
            late = f"应于{self.day(it.due)}前完成，已逾期{it.days_late}天"
            unfinished = f"未完成单位：{self.names(it.open_units)}" if it.open_units else ""
        else:
            late = f"due {self.day(it.due)}, {it.days_late} days late"
            unfinished = f"not finished: {self.names(it.open_units)}" if it.open_units else ""
        return self.head(it) + self.join(
            [self.who(it, owners_first=True), late, self.progress(it), unfinished, self.latest(it)])

    def upcoming_item(self, it: Item) -> str:
        return self.head(it) + self.join([self.who(it), self.due(it), self.progress(it)])


def _count(groups: Sequence[Group]) -> int:
    return sum(g.size for g in groups)


def _chains(lines: Sequence[ChangeLine]) -> list[list[ChangeLine]]:
    """The period's changes of one field of one task, oldest first, as one chain each, in the
    order the tasks were first changed: a deadline moved twice is one task moved, not two."""
    chains: dict[tuple[str, str], list[ChangeLine]] = {}
    for line in lines:
        chains.setdefault((line.ref, line.field), []).append(line)
    return list(chains.values())


def _as_names(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


class Lines:
    """A plan's share written out as the report's numbered task lines, section by section,
    for the share cache: one writer for all the shares of a run (its phrases are shared)."""

    def __init__(self, settings: Settings, lang: str, today: dt.date, markdown: bool = False) -> None:
        self.w = _Writer(None, settings, lang, markdown, today)

    def written(self, share: Share) -> tuple[tuple[str, ...], ...]:
        w = self.w
        formats = {"done": w.done_item, "doing": w.open_item, "late": w.late_item,
                   "upcoming": w.upcoming_item}
        return tuple(tuple(w.numbered(getattr(share, key), formats[key])) for key in SECTIONS)


def text(summary: Summary, settings: Settings, lang: str, markdown: bool = False) -> str:
    """The summary as plain text (for a chat group) or Markdown (for a document)."""
    return _Writer(summary, settings, lang, markdown).write()
