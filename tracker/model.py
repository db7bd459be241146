"""The plan model: frozen value classes that every other module passes around.

Values only: no files, no YAML, no git. Loading fills them (`load`), checks read them
(`checks`), reports compute from them (`reports`). A change is `replace(task, status=...)`.

The classes are msgspec Structs rather than dataclasses: frozen, slotted, compared and
hashed by value like a frozen dataclass, but defined in C. Twelve dataclasses cost ~12 ms
of compiling generated methods at every start of every command, and rebuilding 10,000
cached tasks through Python-level constructors took ~22 ms where msgspec takes ~13 ms.
Structs hold no reference cycles (only text, numbers, dates and other Structs), so they
are kept out of the garbage collector's tracking (gc=False).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from tracker.structs import Struct
from tracker.structs import replace as replace  # the one way to change a model value


class Status(StrEnum):
    TODO = "todo"
    DOING = "doing"
    BLOCKED = "blocked"
    DONE = "done"
    VERIFIED = "verified"
    DROPPED = "dropped"


STATUS_KEYS: tuple[str, ...] = tuple(s.value for s in Status)
# Finished work is never overdue and never "owed".
CLOSED_STATUSES = frozenset({Status.DONE, Status.VERIFIED, Status.DROPPED})
DEFAULT_LABELS_ZH = {
    "todo": "未启动",
    "doing": "推进中",
    "blocked": "受阻",
    "done": "已完成",
    "verified": "已销号",
    "dropped": "已取消",
}
DEFAULT_LABELS_EN = {
    "todo": "To do",
    "doing": "In progress",
    "blocked": "Blocked",
    "done": "Done",
    "verified": "Verified",
    "dropped": "Dropped",
}
PLAN_STATUSES = ("draft", "active", "closed")
# The keys each part of a plan file may have; others are kept on write and warned about.
PLAN_KEYS = frozenset(
    "format id title issuer year status lead goals phases tasks review source note conflict".split()
)
TASK_KEYS = frozenset(
    """id title detail section lead owners support leader phase start due due_text status
    progress evidence verified_by depends_on units updates review source note tags conflict""".split()
)
GOAL_KEYS = frozenset("id text target unit current note source review".split())
PHASE_KEYS = frozenset("id title start end note source review".split())
UPDATE_KEYS = frozenset("date by text unit".split())
UNIT_STATUS_KEYS = frozenset("status note updates".split())


class Source(Struct, frozen=True, gc=False):
    """Where a value sits: repository-relative path, 1-based line and column."""

    path: str
    line: int = 0
    col: int = 0
    # Where each key's value sits inside the item, for problems about one field, packed as
    # "key\0line\0col\0key\0...": one string instead of a tuple per key keeps the plan cache
    # small and quick to read (NUL cannot occur in a plan: the loader rejects it).
    fields: str = ""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}" if self.line else self.path

    def at(self, key: str) -> Source:
        f = self.fields.split("\0") if self.fields else []
        for i in range(0, len(f) - 2, 3):
            if f[i] == key:
                return Source(self.path, int(f[i + 1]), int(f[i + 2]))
        return Source(self.path, self.line, self.col)


class Goal(Struct, frozen=True, gc=False):
    id: str
    text: str
    target: float | None = None
    unit: str | None = None
    current: float | None = None
    source: Source | None = None


class Phase(Struct, frozen=True, gc=False):
    id: str
    title: str
    start: date | None = None
    end: date | None = None
    source: Source | None = None

    @property
    def is_milestone(self) -> bool:
        return self.start is None and self.end is not None


class Update(Struct, frozen=True, gc=False):
    date: date | None
    text: str
    by: str | None = None
    unit: str | None = None
    source: Source | None = None


class UnitStatus(Struct, frozen=True, gc=False):
    """Per-unit state on a task owned by a group (the `units:` map)."""

    unit: str
    status: str | None = None
    note: str | None = None
    updates: tuple[Update, ...] = ()
    source: Source | None = None


class Conflict(Struct, frozen=True, gc=False):
    """A merge conflict the merge driver recorded under `conflict:` (both values kept as text)
    until a person resolves it; `tracker check` reports each one as an error."""

    field: str
    ours: str
    theirs: str
    theirs_by: str | None = None
    source: Source | None = None


class Task(Struct, frozen=True, gc=False):
    id: str
    title: str
    plan_id: str = ""
    detail: str | None = None
    section: str | None = None
    lead: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    leader: str | None = None
    phase: str | None = None
    start: date | None = None
    due: date | None = None
    due_text: str | None = None
    status: str = Status.TODO.value
    progress: int | None = None
    evidence: tuple[str, ...] = ()
    verified_by: str | None = None
    depends_on: tuple[str, ...] = ()
    units: tuple[UnitStatus, ...] = ()
    updates: tuple[Update, ...] = ()
    review: tuple[str, ...] = ()
    source: Source | None = None
    conflicts: tuple[Conflict, ...] = ()  # unresolved merge conflicts (merge driver)

    @property
    def ref(self) -> str:
        return f"{self.plan_id}/{self.id}"

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    def all_units(self) -> tuple[str, ...]:
        """Every unit named on the task, lead first, without repeats."""
        seen: dict[str, None] = {}
        for name in (*self.lead, *self.owners, *self.support, *(u.unit for u in self.units)):
            seen.setdefault(name, None)
        return tuple(seen)

    def last_update(self) -> Update | None:
        dated = [u for u in self.updates if u.date is not None]
        for us in self.units:
            dated.extend(u for u in us.updates if u.date is not None)
        # of several on the latest day, the one written last (updates are kept oldest first)
        return max(reversed(dated), key=lambda u: u.date) if dated else None  # type: ignore[arg-type,return-value]


def is_overdue(task: Task, today: date) -> bool:
    """滞后: past its due date and not finished. Computed as of `today`, never stored."""
    return task.due is not None and task.due < today and not task.is_closed


class Plan(Struct, frozen=True, gc=False):
    id: str
    title: str
    path: str
    year: int | None = None
    issuer: str | None = None
    status: str = "active"
    lead: tuple[str, ...] = ()
    goals: tuple[Goal, ...] = ()
    phases: tuple[Phase, ...] = ()
    tasks: tuple[Task, ...] = ()
    format: int = 1
    source: Source | None = None
    conflicts: tuple[Conflict, ...] = ()  # unresolved merge conflicts (merge driver)

    @property
    def closed(self) -> bool:
        """status: closed (结束, e.g. last year's plan at the year's end): out of the reports of
        the work at hand, unless it is asked for by name."""
        return self.status == "closed"

    def task(self, task_id: str) -> Task | None:
        for t in self.tasks:
            if t.id == task_id:
                return t
        return None

    def phase(self, phase_id: str) -> Phase | None:
        for p in self.phases:
            if p.id == phase_id:
                return p
        return None


class Unit(Struct, frozen=True, gc=False):
    name: str
    aliases: tuple[str, ...] = ()


class Person(Struct, frozen=True, gc=False):
    name: str
    unit: str | None = None


class Settings(Struct, frozen=True, gc=False):
    """tracker.yaml: language, default year, status labels, reminder window, the issuing
    office (发文机关) that signs reports, and the name of the office's bulletin (督查通报),
    printed as the Word report's 版头."""

    language: str = "zh"
    year: int | None = None
    remind_days: int = 5
    lag_tolerance: int = 10
    statuses: tuple[tuple[str, str], ...] = tuple(DEFAULT_LABELS_ZH.items())
    office: str | None = None
    bulletin: str | None = None

    def label(self, status: str, lang: str | None = None) -> str:
        lang = lang or self.language
        if lang == "en":
            return DEFAULT_LABELS_EN.get(status, status)
        return dict(self.statuses).get(status, status)


class Directory(Struct, frozen=True, gc=False):
    """units.yaml: units with aliases, collective groups with members, people."""

    units: tuple[Unit, ...] = ()
    groups: tuple[tuple[str, tuple[str, ...]], ...] = ()
    people: tuple[Person, ...] = ()


# Words people type for a status, by what they mean (not by spelling: 'finished' is closer to
# 'verified' letter by letter, but it means done).
_MEANINGS = {
    "todo": ("not started", "pending", "planned", "open", "new", "未开始", "未动", "待办", "待启动",
             "计划", "未启动"),
    "doing": ("in progress", "started", "ongoing", "working", "active", "wip", "进行中", "在办",
              "正在", "推进", "办理中", "实施中", "开展中", "已启动"),
    "blocked": ("stuck", "on hold", "waiting", "paused", "卡住", "受阻", "停滞", "暂停", "搁置",
                "阻塞", "等待"),
    "done": ("finished", "complete", "completed", "closed", "ok", "完成", "已完成", "完结", "完工", "结束",
             "办结", "已办结", "竣工"),
    "verified": ("checked", "approved", "accepted", "signed off", "验收", "已验收", "销号",
                 "已销号", "核销", "审核通过"),
    "dropped": ("cancelled", "canceled", "dropped", "abandoned", "void", "取消", "已取消", "作废",
                "撤销", "不再实施", "终止"),
}


def meant_status(raw: str) -> str | None:
    """The status key a word means, if it is a known way of saying one."""
    word = raw.strip().lower().replace("_", " ").replace("-", " ")
    for labels in (DEFAULT_LABELS_ZH, DEFAULT_LABELS_EN):  # 推进中, In progress: the words shown
        for key, label in labels.items():
            if word == label.lower():
                return key
    for key, words in _MEANINGS.items():
        if word in words or any(w in word for w in words if len(w) > 3 and not w.isascii()):
            return key
    return None
