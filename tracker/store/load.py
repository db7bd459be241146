"""Plan file bytes -> model: Loaded(plan, problems), never an exception for bad data.

Each plan file is decoded (`textfile.decode`), parsed (`yamlsafe.parse`) and built into frozen
Structs here; every shape or type problem becomes a Problem with its place, and the rest
of the plan is still built. `plancache` keeps the results; `config` reads tracker.yaml and
units.yaml with the same FieldReader.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Iterable
from pathlib import Path

from tracker.model import (
    GOAL_KEYS,
    PHASE_KEYS,
    PLAN_KEYS,
    TASK_KEYS,
    UNIT_STATUS_KEYS,
    UPDATE_KEYS,
    Conflict,
    Goal,
    Phase,
    Plan,
    Source,
    Task,
    UnitStatus,
    Update,
)
from tracker.namelists import SPLIT, split_names
from tracker.problems import Problem, error, warning
from tracker.store import textfile, written_as
from tracker.store.digest import sha1
from tracker.store.yamlsafe import BadDate, YMap, YSeq
from tracker.structs import Struct

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Any

_LEVEL = 24  # 24: units.yaml read as meant (joined members, name:X); 23: a deadline's wording in due says the day; 22: an indent out of step named; 21: units joined by a Chinese comma in a list item split; 19: a date or number typed by hand says what to write; 20: a missing space after a colon or dash named; 6: conflict records; 10: msgspec Structs; 11: Settings.office; 12: stats; 14: conflict markers; 16: Settings.bulletin; 17: in parts; 18: units typed with a full-width colon
# 13: stats as (stat key, blob); 15: plans read by fastyaml (the same data, a new reader)

# The files that read a plan and word its problems. Problems are cached with their wording, so a
# cache written by other code of these (a tracker upgraded, or one being worked on) must not be
# reused: their sizes and times are part of the version (nine stat calls, about 15 µs).
MESSAGE_FILES = [Path(__file__).with_name(n) for n in (
    "load.py", "textfile.py", "yamlsafe.py", "yamlsyntax.py", "fastyaml.py", "written_as.py", "config.py", "paths.py")
] + [Path(__file__).parent.parent / "namelists.py"]


def code_stamp(files: list[Path] = MESSAGE_FILES) -> tuple[int, ...]:
    out: list[int] = []
    for path in files:
        try:
            st = os.stat(path)
        except OSError:
            out += (-1, -1)
            continue
        out += (st.st_size, st.st_mtime_ns)
    return tuple(out)


CACHE_VERSION: tuple[int, ...] = (_LEVEL, *code_stamp())


class Loaded(Struct, frozen=True):
    """One plan file read: the plan (None if unreadable), its problems and blob id."""

    path: str
    blob: str
    plan: Plan | None
    problems: tuple[Problem, ...]
    unknown_keys: tuple[tuple[str, int, int], ...] = ()


def blob_id(raw: bytes) -> str:
    """The git blob id of these bytes: the same key git uses, so history can share the cache."""
    h = sha1(b"blob %d\0" % len(raw))
    h.update(raw)
    return h.hexdigest()


# ---------------------------------------------------------------- plan files


def load_plan_bytes(raw: bytes, path: str) -> Loaded:
    """Bytes of one plan file -> Loaded. Never raises for bad data."""
    blob = blob_id(raw)
    text, problems = textfile.decode(raw, path)
    if text is None:
        return Loaded(path, blob, None, tuple(problems))
    # imported here: its patterns cost ~7 ms to compile, and a warm command parses nothing
    from tracker.store import fastyaml

    data, parse_problems = fastyaml.parse(text, path)  # plan_from_data only reads
    problems.extend(parse_problems)
    return plan_from_data(data, path, blob, problems)


def plan_from_data(data: Any, path: str, blob: str, problems: list[Problem]) -> Loaded:
    """Parsed data of a plan file -> Loaded (shared by loading and by verifying an edit)."""
    if data is None:
        if not problems:
            problems.append(error(Source(path, 1, 1), "empty-plan", "计划文件为空", "plan file is empty"))
        return Loaded(path, blob, None, tuple(problems))
    if not isinstance(data, YMap):
        problems.append(error(Source(path, 1, 1), "plan-shape",
                              "计划文件的顶层必须是键值映射（如 id: ...），不能是列表或文字",
                              "a plan file must be a mapping at the top (id: ...), not a list or text"))
        return Loaded(path, blob, None, tuple(problems))
    builder = FieldReader(path, problems)
    plan = builder.plan(data)
    return Loaded(path, blob, plan, tuple(problems), tuple(builder.unknown))


class FieldReader:
    """Typed fields out of a parsed mapping, each bad one reported at its place."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        self.unknown: list[tuple[str, int, int]] = []
        self.year: int | None = None  # the plan's, once read: a deadline's wording is read in it

    # -- places
    def src(self, m: YMap | YSeq) -> Source:
        return Source(self.path, m.line, m.col)

    def at(self, m: YMap, key: str) -> Source:
        line, col = m.values_at.get(key, (m.line, m.col))
        return Source(self.path, line, col)

    def bad(self, m: YMap, key: str, code: str, zh: str, en: str) -> None:
        self.problems.append(error(self.at(m, key), code, zh, en))

    def keys(self, m: YMap, allowed: frozenset[str]) -> None:
        for key in m:
            if key not in allowed:
                line, col = m.keys_at[key]
                self.unknown.append((key, line, col))

    # -- typed fields
    def text(self, m: YMap, key: str, required: bool = False) -> str | None:
        v = m.get(key)
        if v is None:
            return None
        if isinstance(v, (YMap, YSeq)):
            self.bad(m, key, "bad-type", f"“{key}”应为文字", f"'{key}' must be text")
            return None
        if isinstance(v, bool):
            return "true" if v else "false"
        return v.isoformat() if isinstance(v, dt.date) else str(v)

    def names(self, m: YMap, key: str) -> tuple[str, ...]:
        v = m.get(key)
        if v is None:
            return ()
        if isinstance(v, str):
            return shared(tuple(shared(p) for p in split_names(v)))
        if isinstance(v, YSeq):
            out = []
            for item in v:
                if isinstance(item, (YMap, YSeq)) or item is None:
                    self.bad(m, key, "bad-type", f"“{key}”中的每一项应为名称文字",
                             f"each item of '{key}' must be a name")
                    continue
                out.append(shared(str(item).strip()))
            return shared(tuple(out))
        self.bad(m, key, "bad-type", f"“{key}”应为名称列表，如 [县能源局]",
                 f"'{key}' must be a list of names, e.g. [County Energy Bureau]")
        return ()

    def units(self, m: YMap, key: str) -> tuple[str, ...]:
        """names() of a unit field, where a list item typed with a Chinese comma or 、
        ([县财政局，县人社局]) is the units it names, with a warning saying how to write it:
        read as one name, neither unit saw the task as its own."""
        names = self.names(m, key)
        if not any(SPLIT.search(n) for n in names) or not isinstance(m.get(key), YSeq):
            return names
        out: list[str] = []
        for n in names:
            parts = split_names(n)
            if len(parts) > 1:
                listed = "、".join(parts)
                self.problems.append(warning(
                    self.at(m, key), "joined-units",
                    f"“{key}”的一项“{n}”读作 {len(parts)} 个单位：{listed}；"
                    f"列表各项之间请用半角逗号加空格“, ”，或每个单位一行“- ”",
                    f"an item of '{key}', '{n}', is read as {len(parts)} units: {', '.join(parts)}; "
                    "separate list items with ', ' or put each on its own '- ' line"))
            out.extend(shared(p) for p in parts)
        return shared(tuple(out))

    def date(self, m: YMap, key: str) -> dt.date | None:
        v = m.get(key)
        if v is None:
            return None
        if isinstance(v, dt.date):
            return shared(v)
        shown = str(v)
        if isinstance(v, BadDate):
            self.bad(m, key, "bad-date", f"“{key}”不是存在的日期：{shown}",
                     f"'{key}' is not a real date: {shown}")
        elif (iso := written_as.iso_date(shown)) is not None:
            self.bad(m, key, "bad-date", f"“{key}”应写成 YYYY-MM-DD 日期：写作 {iso}，而不是“{shown}”",
                     f"'{key}' must be a YYYY-MM-DD date: write {iso}, not '{shown}'")
        elif key == "due" and (iso := self._deadline(shown)) is not None:  # 6月底 in due
            self.bad(m, key, "bad-date",
                     f"“{key}”应写成 YYYY-MM-DD 日期：写作 {iso}，把“{shown}”写在 due_text",
                     f"'{key}' must be a YYYY-MM-DD date: write {iso} and keep '{shown}' in due_text")
        else:
            self.bad(m, key, "bad-date",
                     f"“{key}”应写成 YYYY-MM-DD 日期，实际为“{shown}”（原文措辞可写在 due_text）",
                     f"'{key}' must be a YYYY-MM-DD date, got '{shown}' (keep wording in due_text)")
        return None

    def _deadline(self, wording: str) -> str | None:
        """The day a deadline's wording names in the plan's year (9月底前 → 2026-09-30), or None."""
        if self.year is None:
            return None
        from tracker.dates import DateError, parse_deadline  # only for a value to correct

        try:
            found = parse_deadline(wording, year=self.year)
        except DateError:
            return None
        return found.due.isoformat() if found.due is not None and found.start is None else None

    def number(self, m: YMap, key: str) -> float | None:
        v = m.get(key)
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            plain = written_as.plain_number(str(v)) if isinstance(v, str) else None
            if plain is not None:  # 70% / ７０: say what to type
                self.bad(m, key, "bad-type", f"“{key}”应为数字：写作 {plain}，而不是“{v}”",
                         f"'{key}' must be a number: write {plain}, not '{v}'")
            else:
                self.bad(m, key, "bad-type", f"“{key}”应为数字", f"'{key}' must be a number")
            return None
        if not math.isfinite(v) or abs(v) > 1e12:  # 1e400 reads as infinity
            self.bad(m, key, "bad-number", f"“{key}”的数值不合理：{v}", f"'{key}' is not a usable number: {v}")
            return None
        return v

    def seq(self, m: YMap, key: str) -> YSeq:
        v = m.get(key)
        if v is None:
            return YSeq()
        if not isinstance(v, YSeq):
            self.bad(m, key, "bad-type", f"“{key}”应为列表（每项以“- ”开头）",
                     f"'{key}' must be a list (items start with '- ')")
            return YSeq()
        return v

    def maps(self, m: YMap, key: str) -> Iterable[YMap]:
        seq = self.seq(m, key)
        for item, (line, col) in zip(seq, seq.items_at):
            if isinstance(item, YMap):
                yield item
            else:
                self.problems.append(error(Source(self.path, line, col), "bad-type",
                                           f"“{key}”中的每一项应为键值映射",
                                           f"each item of '{key}' must be a mapping"))

    # -- parts
    def plan(self, m: YMap) -> Plan:
        self.keys(m, PLAN_KEYS)
        fmt = m.get("format", 1)
        plan_id = self.text(m, "id") or ""
        year = self.number(m, "year")
        if year is not None and not 1900 <= year <= 2999:
            self.bad(m, "year", "bad-number", f"年份 {year} 不合理", f"year {year} is not plausible")
            year = None
        self.year = int(year) if year is not None else None
        tasks = tuple(self.task(t, plan_id) for t in self.maps(m, "tasks"))
        return Plan(
            id=plan_id,
            title=self.text(m, "title") or "",
            path=self.path,
            year=int(year) if year is not None else None,
            issuer=self.text(m, "issuer"),
            status=self.text(m, "status") or "active",
            lead=self.units(m, "lead"),
            goals=tuple(self.goal(g) for g in self.maps(m, "goals")),
            phases=tuple(self.phase(p) for p in self.maps(m, "phases")),
            tasks=tasks,
            format=fmt if isinstance(fmt, int) else 0,
            source=self.marked(m),
            conflicts=self.conflicts(m),
        )

    def marked(self, m: YMap) -> Source:
        """A Source that also remembers where each key's value is (for checks)."""
        return marked(self.path, m.line, m.col, m.values_at)

    def goal(self, m: YMap) -> Goal:
        self.keys(m, GOAL_KEYS)
        return Goal(
            id=self.text(m, "id") or "",
            text=self.text(m, "text") or "",
            target=self.number(m, "target"),
            unit=self.text(m, "unit"),
            current=self.number(m, "current"),
            source=self.marked(m),
        )

    def phase(self, m: YMap) -> Phase:
        self.keys(m, PHASE_KEYS)
        return Phase(
            id=self.text(m, "id") or "",
            title=self.text(m, "title") or "",
            start=self.date(m, "start"),
            end=self.date(m, "end"),
            source=self.marked(m),
        )

    def word(self, m: YMap, key: str) -> str | None:
        """`text` for the few values that recur on thousands of tasks (a status, a unit, a
        leader): one object each, see `shared`."""
        v = self.text(m, key)
        return v if v is None else shared(v)

    def update(self, m: YMap) -> Update:
        self.keys(m, UPDATE_KEYS)
        return Update(
            date=self.date(m, "date"),
            text=self.text(m, "text") or "",
            by=self.word(m, "by"),
            unit=self.word(m, "unit"),
            source=None,  # updates are never the subject of a problem; keeps the cache small
        )

    def task(self, m: YMap, plan_id: str) -> Task:
        self.keys(m, TASK_KEYS)
        progress = self.number(m, "progress")
        units: list[UnitStatus] = []
        umap = m.get("units")
        if isinstance(umap, YMap):
            for name, value in umap.items():
                line, col = umap.keys_at[name]
                if value is None:
                    value = YMap()
                if not isinstance(value, YMap):
                    self.problems.append(error(Source(self.path, line, col), "bad-type",
                                               f"units 下“{name}”应为 {{status: ...}}",
                                               f"units entry '{name}' must be {{status: ...}}"))
                    continue
                self.keys(value, UNIT_STATUS_KEYS)
                units.append(UnitStatus(
                    unit=str(name), status=self.text(value, "status"), note=self.text(value, "note"),
                    updates=tuple(self.update(u) for u in self.maps(value, "updates")),
                    source=marked(self.path, line, col, value.values_at)))
        elif umap is not None:
            self.bad(m, "units", "bad-type", "units 应为“单位: {status: ...}”映射",
                     "'units' must map unit names to {status: ...}")
        review = m.get("review")
        return Task(
            id=self.word(m, "id") or "",
            title=self.text(m, "title") or "",
            plan_id=plan_id,
            detail=self.text(m, "detail"),
            section=self.text(m, "section"),
            lead=self.units(m, "lead"),
            owners=self.units(m, "owners"),
            support=self.units(m, "support"),
            leader=self.word(m, "leader"),
            phase=self.word(m, "phase"),
            start=self.date(m, "start"),
            due=self.date(m, "due"),
            due_text=self.word(m, "due_text"),
            status=self.word(m, "status") or "todo",
            progress=int(progress) if progress is not None else None,
            evidence=self.names(m, "evidence"),
            verified_by=self.text(m, "verified_by"),
            depends_on=self.names(m, "depends_on"),
            units=tuple(units),
            updates=tuple(self.update(u) for u in self.maps(m, "updates")),
            review=tuple(str(r) for r in review) if isinstance(review, YSeq) else
            ((str(review),) if review else ()),
            source=self.marked(m),
            conflicts=self.conflicts(m),
        )

    def conflicts(self, m: YMap) -> tuple[Conflict, ...]:
        """`conflict:` records left by the merge driver (see tracker.merge)."""
        v = m.get("conflict")
        if v is None:
            return ()
        src = self.at(m, "conflict")
        out = []
        for item in (v if isinstance(v, YSeq) else [v]):
            if isinstance(item, YMap):
                out.append(Conflict(_shown(item.get("field")), _shown(item.get("ours")),
                                    _shown(item.get("theirs")), self.text(item, "theirs_by"), src))
            else:
                out.append(Conflict("", _shown(item), "", None, src))
        return tuple(out)


_SHARED: dict[Any, Any] = {}


def shared(value: Any) -> Any:
    """One object for equal values that recur (unit lists, dates, statuses): 10,000 tasks name
    a few dozen unit lists and a few hundred dates. Pickle stores an object it has seen once
    and refers to it after, so the plan cache holds each once: 3.5 MB -> ~2 MB for 10,000
    tasks, and a warm command unpickles a quarter faster. Values are immutable, so sharing
    them changes nothing else; the table is emptied when it grows large."""
    if len(_SHARED) > 100_000:
        _SHARED.clear()
    return _SHARED.setdefault(value, value)


def _shown(value: Any) -> str:
    value = as_plain(value)
    if value is None:
        return "∅"
    if isinstance(value, list):
        return "、".join(_shown(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_shown(v)}" for k, v in value.items())
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def marked(path: str, line: int, col: int, values_at: dict[str, tuple[int, int]]) -> Source:
    return Source(path, line, col, "\0".join(f"{k}\0{ln}\0{c}" for k, (ln, c) in values_at.items()))


def as_plain(value: Any) -> Any:
    """YMap/YSeq -> dict/list (for JSON output and comparisons)."""
    if isinstance(value, dict):
        return {k: as_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_plain(v) for v in value]
    return value
