"""Draft values the importer produces: plans, tasks, phases, goals, each with source lines.

Frozen and slotted like the core model, but kept separate from `tracker.model`: a draft is
what a document *seems* to say, with review notes where the importer is unsure, before a
clerk has checked it. `emit` turns a DraftPlan into plan YAML.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a document cannot be imported at all, in both languages."""

    code: str
    zh: str
    en: str

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True, slots=True)
class Document:
    name: str  # file name, as written into `source.document`
    lines: tuple[str, ...]  # decoded text, one entry per physical line, no newline
    encoding: str = "utf-8"
    refusal: Refusal | None = None


@dataclass(frozen=True, slots=True)
class Owners:
    lead: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    leader: str | None = None
    origin: str = ""  # "tag" | "prose" | "label" | "" (none found)
    review: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.lead or self.owners or self.support or self.leader)


@dataclass(frozen=True, slots=True)
class DraftGoal:
    id: str
    text: str
    target: float | None
    unit: str | None
    lines: tuple[int, int]


@dataclass(frozen=True, slots=True)
class DraftPhase:
    id: str
    title: str
    start: date | None
    end: date | None
    lines: tuple[int, int]
    review: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DraftTask:
    id: str
    title: str
    detail: str
    section: str
    label: str
    lines: tuple[int, int]
    owners: Owners = Owners()
    phase: str | None = None
    start: date | None = None
    due: date | None = None
    due_text: str | None = None
    review: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DraftPlan:
    part: int  # 1-based position of the plan in the document
    id: str
    title: str
    year: int
    document: str
    lines: tuple[int, int]
    goals: tuple[DraftGoal, ...] = ()
    phases: tuple[DraftPhase, ...] = ()
    tasks: tuple[DraftTask, ...] = ()
    review: tuple[str, ...] = ()  # plan-level notes for the clerk
    # Text that became no task, phase or goal, as (first line, last line, text): kept in
    # the plan's `note`, so that nothing of the document is lost.
    kept: tuple[tuple[int, int, str], ...] = ()

    @property
    def review_count(self) -> int:
        return sum(1 for t in self.tasks if t.review) + sum(1 for p in self.phases if p.review)
