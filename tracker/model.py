"""The plan model: frozen, slotted dataclasses that every other module passes around.

Values only: no files, no YAML, no git. Loading fills them (`load`), checks read them
(`checks`), reports compute from them (`reports`). A change is `dataclasses.replace`.
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


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


@dataclass(frozen=True, slots=True)
class Source:
    """Where a value sits: repository-relative path, 1-based line and column."""

    path: str
    line: int = 0
    col: int = 0
    # Where each key's value sits inside the item, for problems about one field, packed as
    # "key\0line\0col\0key\0...": one string instead of a tuple per key keeps the plan cache
    # small and quick to read (NUL cannot occur in a plan: the loader rejects it).
    fields: str = field(default="", compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}" if self.line else self.path

    def at(self, key: str) -> Source:
        f = self.fields.split("\0") if self.fields else []
        for i in range(0, len(f) - 2, 3):
            if f[i] == key:
                return Source(self.path, int(f[i + 1]), int(f[i + 2]))
        return Source(self.path, self.line, self.col)


@dataclass(frozen=True, slots=True)
class Goal:
    id: str
    text: str
    target: float | None = None
    unit: str | None = None
    current: float | None = None
    source: Source | None = None


@dataclass(frozen=True, slots=True)
class Phase:
    id: str
    title: str
    start: date | None = None
    end: date | None = None
    source: Source | None = None

    @property
    def is_milestone(self) -> bool:
        return self.start is None and self.end is not None


@dataclass(frozen=True, slots=True)
class Update:
    date: date | None
    text: str
    by: str | None = None
    unit: str | None = None
    source: Source | None = None


@dataclass(frozen=True, slots=True)
class UnitStatus:
    """Per-unit state on a task owned by a group (the `units:` map)."""

    unit: str
    status: str | None = None
    note: str | None = None
    updates: tuple[Update, ...] = ()
    source: Source | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """A merge conflict the merge driver recorded under `conflict:` (both values kept as text)
    until a person resolves it; `tracker check` reports each one as an error."""

    field: str
    ours: str
    theirs: str
    theirs_by: str | None = None
    source: Source | None = None


@dataclass(frozen=True, slots=True)
class Task:
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
        return max(dated, key=lambda u: u.date) if dated else None  # type: ignore[arg-type,return-value]


def is_overdue(task: Task, today: date) -> bool:
    """滞后: past its due date and not finished. Computed as of `today`, never stored."""
    return task.due is not None and task.due < today and not task.is_closed


@dataclass(frozen=True, slots=True)
class Plan:
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


@dataclass(frozen=True, slots=True)
class Unit:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """tracker.yaml: language, default year, status labels, reminder window."""

    language: str = "zh"
    year: int | None = None
    remind_days: int = 5
    lag_tolerance: int = 10
    statuses: tuple[tuple[str, str], ...] = tuple(DEFAULT_LABELS_ZH.items())

    def label(self, status: str, lang: str | None = None) -> str:
        lang = lang or self.language
        if lang == "en":
            return DEFAULT_LABELS_EN.get(status, status)
        return dict(self.statuses).get(status, status)


@dataclass(frozen=True, slots=True)
class Directory:
    """units.yaml: units with aliases, collective groups with members, people."""

    units: tuple[Unit, ...] = ()
    groups: tuple[tuple[str, tuple[str, ...]], ...] = ()
    people: tuple[Person, ...] = ()


def fast_pickle(cls: type) -> None:
    """Pickle as (restore, field values), with `restore` generated once per class.

    The dataclass default re-reads `fields()` for every object on load, and a frozen class
    can only be filled through object.__setattr__ or the slot descriptors, one call per
    field: reading 10,000 cached tasks spent most of its time there. `restore` fills an
    unfrozen twin that has exactly the same slots with plain attribute stores, then sets
    `__class__` to the real class (allowed because the layouts are identical), so what it
    returns is a true frozen instance: three times faster, and tests/test_load.py holds the
    result equal to the original and frozen."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    assert names == cls.__slots__, cls  # the twin must have the very same layout
    twin = type(f"_{cls.__name__}Twin", (), {"__slots__": names})
    namespace: dict[str, object] = {"_new": object.__new__, "_twin": twin, "_cls": cls}
    params = ", ".join(f"v{i}" for i in range(len(names)))
    body = "".join(f"    obj.{name} = v{i}\n" for i, name in enumerate(names))
    exec(f"def restore({params}):\n    obj = _new(_twin)\n{body}    obj.__class__ = _cls\n"
         "    return obj\n", namespace)
    restore = namespace["restore"]
    restore.__qualname__ = restore.__name__ = f"_restore_{cls.__name__}"  # type: ignore[attr-defined]
    restore.__module__ = cls.__module__  # type: ignore[attr-defined]
    # pickle finds a function by module and name: put it beside the class
    setattr(sys.modules[cls.__module__], restore.__name__, restore)  # type: ignore[attr-defined]

    def __reduce__(self: object) -> tuple[object, tuple[object, ...]]:
        return restore, tuple(getattr(self, n) for n in names)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]


for _cls in (Source, Goal, Phase, Update, UnitStatus, Conflict, Task, Plan, Unit, Person, Settings, Directory):
    fast_pickle(_cls)
