"""What the open app knows: the workspace, the filter, the plan shown, and the edits it sends.

No Textual here, so it is easy to test: screens ask a Session for report data and hand it the
edits a person made. Each edit is one `Workspace.apply` (locked read-modify-write-commit) with
the blob the view loaded, so a file changed on disk after loading is never overwritten; the
changed file is then re-read alone. A poll of plan files' size and mtime finds hand edits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar, cast

from tracker import checks, edits, standing
from tracker import query as q
from tracker.history import git, undo
from tracker.model import Plan, Task, replace
from tracker.problems import Problem
from tracker.reports import accountability as accountability_report
from tracker.reports import board as board_report
from tracker.reports import timeline as tl
from tracker.store import load, paths, planfile
from tracker.workspace import Change, Saved, Workspace

T = TypeVar("T")
CONFIG_FILES = ("tracker.yaml", "units.yaml")


@dataclass(frozen=True, slots=True)
class Pending:
    """An edit shown already and being written: the plan as loaded, and what to apply."""

    plan: Plan
    task_id: str
    edits: list[planfile.Edit]
    subject: str
    changes: list[Change]


@dataclass
class Session:
    root: Path
    today: dt.date
    lang: str = ""
    by: str | None = None
    ws: Workspace = field(init=False)
    query_text: str = ""
    plan_id: str | None = None
    version: int = 0  # bumped on every change of data, filter or plan
    problems: dict[str, list[Problem]] = field(default_factory=dict)
    hand_edited: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.ws = Workspace.open(self.root)
        self.lang = self.lang or self.ws.settings.language
        self._query: q.Query | None = None
        self._stats = {f.path: self._stat(f.path) for f in self.ws.files}
        self._config_stats = {name: self._stat(name) for name in CONFIG_FILES}
        self._board_parts: dict[str, tuple[str, list[board_report.Column]]] = {}
        self._preview: dict[str, Plan] = {}
        self._pending: dict[str, int] = {}
        self._expected = {f.path: f.blob for f in self.ws.files}
        self._cache: dict[tuple[object, ...], object] = {}
        if git.is_repo(self.root):  # hand edits made before the app was opened
            self.hand_edited = self._hand_edited()
        for f in self.ws.files:  # load errors now; the full check runs after the first paint
            if f.problems:
                self.problems[f.path] = list(f.problems)

    def check_all(self) -> dict[str, list[Problem]]:
        """Every check over every plan (slow-ish with many plans: run it off the UI thread)."""
        out: dict[str, list[Problem]] = {}
        for p in self.ws.problems():
            out.setdefault(p.source.path if p.source else "", []).append(p)
        return out

    def set_problems(self, problems: dict[str, list[Problem]]) -> None:
        self.problems = problems

    # ------------------------------------------------------------ language

    def t(self, zh: str, en: str) -> str:
        return en if self.lang == "en" else zh

    def label(self, status: str) -> str:
        return self.ws.settings.label(status, self.lang)

    # ------------------------------------------------------------ what is shown

    @property
    def plans(self) -> list[Plan]:
        """The plans as loaded, with any move still being committed shown as done already."""
        return self._memo(("plans",), lambda: [
            self._preview.get(p.path, p) for p in self.ws.plans])

    def shown_plans(self) -> list[Plan]:
        if self.plan_id is None:  # a closed plan is shown when picked, or named in the filter
            return q.current(self.plans, self.query_text)
        return [p for p in self.plans if p.id == self.plan_id]

    def keep(self) -> list[Task] | None:
        """The tasks the filter lets through, or None when there is no filter."""
        if self._query is None:
            return None
        query = self._query
        return self._memo(("keep",), lambda: query.select(self.plans))

    def set_query(self, text: str) -> None:
        """Raises QueryError or DateError for a filter that cannot be read; keeps the old one."""
        text = text.strip()
        if not text:
            self._query, self.query_text = None, ""
        else:
            from tracker.dates import parse_date

            year = self.ws.settings.year or self.today.year
            query = q.parse(text, units=self.ws.units, settings=self.ws.settings,
                            today=self.today,
                            parse_date=lambda s: parse_date(s, today=self.today, year=year))
            q.refuse_unknown_names(text, self.plans, self.ws.units, [
                (f.path, why.render("zh"), why.render("en")) for f, why in self.ws.skipped()
                if why is not None])
            self._query = query
            self.query_text = text
        self._changed(data=False)

    def set_plan(self, plan_id: str | None) -> None:
        self.plan_id = plan_id
        self._changed(data=False)

    def board(self) -> list[board_report.Column]:
        return self._memo(("board",), self._board)

    def _board(self) -> list[board_report.Column]:
        settings = self.ws.settings
        keep = self.keep()
        if keep is not None:
            return board_report.board(self.shown_plans(), self.today, settings, self.lang, keep=keep)
        # unfiltered: cards per plan are cached by blob, so a move recomputes one plan only
        parts = []
        for plan in self.shown_plans():
            blob = f"preview-{id(plan)}" if plan.path in self._preview else self._blob(plan)
            hit = self._board_parts.get(plan.path)
            if hit is None or hit[0] != blob:
                hit = (blob, board_report.board([plan], self.today, settings, self.lang))
                self._board_parts[plan.path] = hit
            parts.append(hit[1])
        columns = board_report.board([], self.today, settings, self.lang)
        merged = []
        for i, column in enumerate(columns):
            cards = [c for part in parts for c in part[i].cards]
            cards.sort(key=lambda c: (c.task.due or dt.date.max, c.task.plan_id, c.task.id))
            merged.append(board_report.Column(column.status, column.label, tuple(cards)))
        return merged

    def timeline(self, zoom: str) -> tl.Timeline:
        return self._memo(("timeline", zoom), lambda: tl.timeline(
            self.shown_plans(), self.today, self.ws.settings, zoom, keep=self.keep()))

    def accountability(self) -> list[accountability_report.UnitRow]:
        return self._memo(("accountability",), lambda: accountability_report.accountability(
            self.shown_plans(), self.ws.units, self.today, self.ws.settings, keep=self.keep()))

    def warm(self) -> None:
        """Compute the slower reports ahead (off the UI thread); a change since then clears
        them, so a stale one is never shown."""
        version = self.version
        rows = accountability_report.accountability(
            self.shown_plans(), self.ws.units, self.today, self.ws.settings, keep=self.keep())
        if version == self.version:
            self._cache.setdefault(("accountability",), rows)

    def find(self, plan_id: str, task_id: str) -> tuple[Plan, Task] | None:
        for plan in self.plans:
            if plan.id == plan_id:
                task = plan.task(task_id)
                return (plan, task) if task else None
        return None

    def error_count(self) -> int:
        return sum(p.is_error for ps in self.problems.values() for p in ps)

    def first_error(self) -> Problem | None:
        for ps in self.problems.values():
            for p in ps:
                if p.is_error:
                    return p
        return None

    def _memo(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        if key not in self._cache:
            self._cache[key] = make()
        return cast(T, self._cache[key])

    def _changed(self, data: bool = True) -> None:
        self.version += 1
        self._cache.clear()

    # ------------------------------------------------------------ edits

    def _blob(self, plan: Plan) -> str:
        return next(f.blob for f in self.ws.files if f.path == plan.path)

    # A card move is shown at once (a preview of the plan with the new status) and written
    # and committed by a worker thread; `Pending` carries what the thread needs. Edits of one
    # plan are chained: each expects the blob the previous one wrote.

    def preview_status(self, plan: Plan, task: Task, status: str) -> Pending | None:
        year = plan.year or self.ws.settings.year or self.today.year
        values = edits.parse_value("status", status, task=task, settings=self.ws.settings,
                                   year=year, today=self.today)
        changes, plan_edits = edits.field_edits(task, values)
        if not plan_edits:
            return None
        moved = replace(task, status=str(values["status"]))
        self._preview[plan.path] = replace(
            plan, tasks=tuple(moved if t is task else t for t in plan.tasks))
        self._pending[plan.path] = self._pending.get(plan.path, 0) + 1
        self._changed()
        return Pending(plan, task.id, plan_edits, edits.subject(changes), changes)

    def write(self, pending: Pending) -> Saved:
        """Write and commit one pending edit (safe in a worker thread: files and git only)."""
        path = pending.plan.path
        saved = self.ws.apply(pending.plan, pending.edits, pending.subject, pending.changes,
                              by=self.by, expected_blob=self._expected[path],
                              task_id=pending.task_id)
        self._expected[path] = saved.blob
        if (saved.commit or saved.unchanged) and not saved.hand_edit_kept:
            self.hand_edited.discard(path)
        return saved

    def settle(self, pending: Pending) -> None:
        """After a pending edit landed or failed: drop the preview when it was the last one."""
        path = pending.plan.path
        self._pending[path] -= 1
        if not self._pending[path]:
            del self._pending[path]
            self._preview.pop(path, None)
        self.reload(path)
        self._changed()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _apply(self, plan: Plan, task: Task, plan_edits: list[planfile.Edit], subject: str,
               changes: list[Change]) -> Saved:
        try:
            saved = self.ws.apply(plan, plan_edits, subject, changes, by=self.by,
                                  expected_blob=self._expected[plan.path], task_id=task.id)
        except planfile.ChangedOnDisk:
            self.reload(plan.path)
            raise
        if (saved.commit or saved.unchanged) and not saved.hand_edit_kept:
            self.hand_edited.discard(plan.path)
        self.reload(plan.path)
        return saved

    def save_fields(self, plan: Plan, task: Task, typed: dict[str, str],
                    update: tuple[str, str | None] | None = None) -> Saved | None:
        """Typed values (status, progress, due, owners, ...) and an update being typed -> one
        commit; None if nothing changed. An emptied field is removed from the file. Raises
        ValueProblem, DateError, EditError (ChangedOnDisk after reloading)."""
        values = self.parse_typed(plan, task, typed)
        changes, plan_edits = edits.field_edits(task, values)
        subjects = [edits.subject(changes)] if changes else []
        if update is not None and update[0].strip():
            entry = self.update_entry(update[0], update[1])
            plan_edits.append(planfile.append_update(task.id, entry))
            changes.append(Change("updates", None, entry["text"]))
            subjects.append(edits.update_subject(update[0]))
        if not plan_edits:
            return None
        return self._apply(plan, task, plan_edits, "; ".join(subjects), changes)

    def parse_typed(self, plan: Plan, task: Task, typed: dict[str, str]) -> dict[str, object]:
        year = plan.year or self.ws.settings.year or self.today.year
        values: dict[str, object] = {}
        for key, raw in typed.items():
            if not raw.strip() and key != "detail":
                if key == "title":
                    raise edits.ValueProblem("标题不能为空", "the title cannot be empty")
                if key == "status":
                    continue
                values[key] = None  # an emptied field: remove its key
                if key == "due":
                    values["due_text"] = None
                continue
            if key == "detail":
                values[key] = edits.free_text(raw) if raw.strip() else None
                continue
            values.update(edits.parse_value(key, raw, task=task, settings=self.ws.settings,
                                            year=year, today=self.today))
        return values

    def add_task(self, plan: Plan, typed: dict[str, str]) -> tuple[str, Saved]:
        """A new task from the typed fields (title needed), as `tracker add` writes it."""
        task_id = edits.next_task_id([t.id for t in plan.tasks])
        blank = Task(id=task_id, title="", plan_id=plan.id)
        if not typed.get("title", "").strip():
            raise edits.ValueProblem("新任务需要标题", "a new task needs a title")
        values = {k: v for k, v in self.parse_typed(plan, blank, typed).items() if v is not None}
        task = edits.new_task(task_id, values)
        title = str(task["title"])
        saved = self._apply(plan, blank, [planfile.add_task(task)], f"add {task_id} {title}",
                            [Change("task", None, task_id)])
        return task_id, saved

    def undo_target(self) -> undo.Undoable | None:
        if not git.is_repo(self.root):
            return None
        return undo.last_change(self.root)

    def undo(self, target: undo.Undoable) -> str:
        """Revert the last tracker change (one new commit) and re-read what it touched."""
        with self.ws.lock():  # beside a hand edit the tool's change alone is reverted
            short = undo.undo(self.root, target, self.by, self.ws.verify).short
        for path in target.paths:
            if path.startswith("plans/"):
                self.reload(path)
        self._changed()
        return short

    def update_entry(self, text: str, unit: str | None) -> dict[str, object]:
        by = self.by or git.config_get(self.root, "user.name")
        return edits.update_entry(text, self.today, by, unit)

    def unknown_units(self, typed: dict[str, str]) -> list[tuple[str, str | None]]:
        """Names typed into lead/owners/support that units.yaml does not know, each with the
        nearest known name (as `tracker set` refuses them without --new-unit)."""
        return self.ws.units.unknown([n for key in ("lead", "owners", "support")
                                      for n in edits.split_names(typed.get(key, ""))])

    def set_status(self, plan: Plan, task: Task, status: str) -> Saved | None:
        return self.save_fields(plan, task, {"status": status})

    def add_update(self, plan: Plan, task: Task, text: str, unit: str | None = None) -> Saved:
        if not text.strip():
            raise edits.ValueProblem("进展内容不能为空", "the update text is empty")
        entry = self.update_entry(text, unit)
        return self._apply(plan, task, [planfile.append_update(task.id, entry)],
                           edits.update_subject(text), [Change("updates", None, entry["text"])])

    def set_unit(self, plan: Plan, task: Task, unit: str, status: str,
                 note: str | None) -> Saved | None:
        """A unit's own status and note on a group-owned task, in one commit."""
        from tracker.store import pathedit

        old = standing.unit_status(task, unit, self.ws.units)
        entry = next((us for us in task.units if self.ws.units.canonical(us.unit) == unit), None)
        plan_edits: list[planfile.Edit] = []
        changes: list[Change] = []
        if old != status or entry is None:
            plan_edits.append(planfile.set_unit_status(task.id, unit, status))
            changes.append(Change(f"units.{unit}", old, status))
        if note is not None and note.strip() != ((entry.note if entry else None) or ""):
            note = edits.one_line("note", note.strip())
            path = ("tasks", pathedit.ById(task.id), "units", entry.unit if entry else unit, "note")
            if entry is None:  # the entry is written with its status first
                self._apply(plan, task, plan_edits, f"{unit} {old} → {status}", changes)
                found = self.find(plan.id, task.id)
                assert found is not None
                plan, task = found
                plan_edits, changes = [], []
            plan_edits.append(pathedit.set_value(path, note) if note else pathedit.remove(path))
            changes.append(Change(f"units.{unit}.note", entry.note if entry else None, note or None))
        if not plan_edits:
            return None
        return self._apply(plan, task, plan_edits, "; ".join(
            f"{unit} {c.describe().split(' ', 1)[1]}" if c.field == f"units.{unit}" else c.describe()
            for c in changes), changes)

    def set_unit_status(self, plan: Plan, task: Task, unit: str, status: str) -> Saved | None:
        """One unit's own status on a group-owned task (the `units:` map)."""
        old = standing.unit_status(task, unit, self.ws.units)
        if old == status:
            return None
        change = Change(f"units.{unit}", old, status)
        return self._apply(plan, task, [planfile.set_unit_status(task.id, unit, status)],
                           f"{unit} {change.describe().split(' ', 1)[1]}", [change])

    # ------------------------------------------------------------ files on disk

    def _stat(self, rel: str) -> tuple[int, int] | None:
        try:
            st = (self.root / rel).stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def reload(self, rel: str) -> bool:
        """Re-read one plan file (and only it); True when its content changed."""
        path = self.root / rel
        self._stats[rel] = self._stat(rel)
        if rel in self._pending:
            return False  # a worker is writing it; it reloads when done
        old = next((f for f in self.ws.files if f.path == rel), None)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            if old is None:
                return False
            self.ws.files = [f for f in self.ws.files if f.path != rel]
            self.problems.pop(rel, None)
            self._stats.pop(rel, None)
            self._changed()
            return True
        except OSError:
            return False
        if old is not None and old.blob == load.blob_id(raw):
            return False
        loaded = load.load_plan_bytes(raw, rel)
        self._expected[rel] = loaded.blob
        if old is None:
            self.ws.files = sorted([*self.ws.files, loaded], key=lambda f: f.path)
        else:
            self.ws.files = [loaded if f.path == rel else f for f in self.ws.files]
        self.problems[rel] = list(checks.run_checks([loaded], self.ws.units))
        self._changed()
        return True

    def _reload_config(self) -> list[str]:
        """tracker.yaml and units.yaml edited since they were read (a unit added in another
        window): read again, with every plan re-checked against them. The names changed."""
        stats = {name: self._stat(name) for name in CONFIG_FILES}
        changed = [name for name in CONFIG_FILES if stats[name] != self._config_stats.get(name)]
        if not changed:
            return []
        self._config_stats = stats
        fresh = Workspace.open(self.root)
        self.ws.settings, self.ws.directory = fresh.settings, fresh.directory
        self.ws.config_problems = fresh.config_problems
        self.ws.__dict__.pop("units", None)  # a cached_property over the old directory
        self._board_parts.clear()  # cards carry status labels from tracker.yaml
        self.problems = self.check_all()
        self._changed()
        return changed

    def _not_read(self, rel: str, problem: Problem) -> bool:
        """A path listed in plans/ that is not read as a plan, shown with its problem; True
        when that is news (it appeared, or was a plan until now)."""
        self._stats[rel] = self._stat(rel)
        old = next((f for f in self.ws.files if f.path == rel), None)
        if old is not None and old.plan is None and old.problems == (problem,):
            return False
        entry = load.Loaded(rel, "", None, (problem,))
        others = [f for f in self.ws.files if f.path != rel]
        self.ws.files = sorted([*others, entry], key=lambda f: f.path)
        self._expected.pop(rel, None)
        self.problems[rel] = [problem]
        self._changed()
        return True

    def poll(self) -> list[str]:
        """Plan files that changed on disk since they were read (by size and mtime), reloaded."""
        if self._pending:
            return []  # our own writes are in flight; look again next time
        # the files every command reads: a link or a plan saved as .yml is named, never read
        files, listed = paths.plan_files(self.root)
        current = {p.relative_to(self.root).as_posix() for p in files}
        unread = {p.source.path: p for p in listed if p.source is not None}
        changed = self._reload_config()
        changed += [rel for rel, problem in sorted(unread.items()) if self._not_read(rel, problem)]
        for rel in sorted((current | set(self._stats)) - set(unread)):
            if self._stat(rel) != self._stats.get(rel) and self.reload(rel):
                changed.append(rel)
        if changed and git.is_repo(self.root):
            self.hand_edited = self._hand_edited()
        return changed

    def _hand_edited(self) -> set[str]:
        """Files under plans/ edited and not committed, but for Thumbs.db, an open sheet's ~$
        file and the like, which no one commits."""
        return {p for p in git.dirty_paths(self.root, "plans") if not paths.is_litter(p)}

    def commit_hand_edits(self) -> str | None:
        """Commit plan files edited by hand (refused while any of them has errors)."""
        if not git.is_repo(self.root):
            return None
        from tracker import handedit  # the same check, message and commit as `tracker commit`

        done = handedit.commit(self.ws, self.by)
        self.hand_edited = set()
        return done.short if done else None
