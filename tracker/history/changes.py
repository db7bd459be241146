"""Semantic differences between two versions of a plan, field by field, matched by id.

Pure: two `Plan` values (either may be None: added or removed file) in, a tuple of `Change`
values out. Tasks, goals and phases are matched by their id, never by line, so moving a
task or reformatting a file shows no change, and a hand edit reads like a tool edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from tracker.model import Conflict, Goal, Phase, Plan, Task, Update, replace
from tracker.structs import Struct

# Task fields compared one by one, in the order a reader expects them.
TASK_FIELDS = ("title", "status", "due", "start", "progress", "lead", "owners", "support",
               "leader", "phase", "verified_by", "evidence", "depends_on", "section", "detail")
LIST_FIELDS = frozenset({"lead", "owners", "support", "evidence", "depends_on"})
# The fields whose change counts as a change of scope for a baseline.
SCOPE_FIELDS = frozenset({"title", "detail", "lead", "owners", "support"})
GOAL_FIELDS = ("text", "target", "unit", "current")
PHASE_FIELDS = ("title", "start", "end")
PLAN_FIELDS = ("title", "status", "issuer", "year", "lead")


# A Struct like the model (tracker.model says why): the history cache holds thousands.
class Change(Struct, frozen=True, gc=False):
    """One semantic change. scope: plan | task | goal | phase; item: the task/goal/phase id
    ("" for the plan itself); field: "" when the whole item was added or removed;
    op: added | removed | changed."""

    plan: str
    scope: str
    item: str
    field: str
    op: str
    old: object = None
    new: object = None
    units: tuple[str, ...] = ()  # every unit on the task (for --unit filters)
    extension: int = 0  # for a later due date: which extension this is (延期第 N 次)

    @property
    def ref(self) -> str:
        return f"{self.plan}/{self.item}" if self.item else self.plan

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.plan, self.scope, self.item, self.field)


def update_key(u: Update) -> tuple[object, ...]:
    """What makes two progress reports the same report (not where they sit in the file)."""
    return (u.date, u.by, u.unit, u.text)


def diff_plans(old: Plan | None, new: Plan | None) -> tuple[Change, ...]:
    """Every change from `old` to `new` (None = the file did not exist / could not be read)."""
    if old is None and new is None:
        return ()
    plan_id = (new or old).id  # type: ignore[union-attr]
    if old is None:
        assert new is not None
        return (Change(plan_id, "plan", "", "", "added", None, new.title),
                *(Change(plan_id, "task", t.id, "", "added", None, t.title, t.all_units())
                  for t in new.tasks))
    if new is None:
        return (Change(plan_id, "plan", "", "", "removed", old.title, None),)
    out: list[Change] = []
    if old.id != new.id:  # renumbered (a file renamed with it: git mv, or sync setting it apart)
        out.append(Change(plan_id, "plan", "", "id", "changed", old.id, new.id))
    for name in PLAN_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            out.append(Change(plan_id, "plan", "", name, "changed", a, b))
    out.extend(_diff_conflicts(plan_id, "plan", "", old.conflicts, new.conflicts, ()))
    out.extend(_diff_items(plan_id, "goal", old.goals, new.goals, GOAL_FIELDS))
    out.extend(_diff_items(plan_id, "phase", old.phases, new.phases, PHASE_FIELDS))
    old_tasks = {t.id: t for t in old.tasks}
    new_tasks = {t.id: t for t in new.tasks}
    for t in old.tasks:
        if t.id not in new_tasks:
            out.append(Change(plan_id, "task", t.id, "", "removed", t.title, None, t.all_units()))
    for t in new.tasks:
        before = old_tasks.get(t.id)
        if before is None:
            out.append(Change(plan_id, "task", t.id, "", "added", None, t.title, t.all_units()))
        else:
            out.extend(diff_tasks(plan_id, before, t))
    return tuple(out)


def _diff_items(plan_id: str, scope: str, old: tuple[Goal, ...] | tuple[Phase, ...],
                new: tuple[Goal, ...] | tuple[Phase, ...], fields: tuple[str, ...]) -> list[Change]:
    out = []
    olds = {x.id: x for x in old}
    news = {x.id: x for x in new}
    label = "text" if scope == "goal" else "title"
    for x in old:
        if x.id not in news:
            out.append(Change(plan_id, scope, x.id, "", "removed", getattr(x, label), None))
    for x in new:
        before = olds.get(x.id)
        if before is None:
            out.append(Change(plan_id, scope, x.id, "", "added", None, getattr(x, label)))
            continue
        for name in fields:
            a, b = getattr(before, name), getattr(x, name)
            if a != b:
                out.append(Change(plan_id, scope, x.id, name, "changed", a, b))
    return out


def diff_tasks(plan_id: str, old: Task, new: Task) -> list[Change]:
    units = new.all_units()
    out = []
    for name in TASK_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            out.append(Change(plan_id, "task", new.id, name, "changed", a, b, units))
    # each unit's own status and note on a shared task (`units.X` and `units.X.note`), also
    # when its entry is taken off the map
    old_units = {u.unit: u for u in old.units}
    new_units = {u.unit: u for u in new.units}
    for name in [*new_units, *(n for n in old_units if n not in new_units)]:
        before, after = old_units.get(name), new_units.get(name)
        for field, attr in ((f"units.{name}", "status"), (f"units.{name}.note", "note")):
            a = getattr(before, attr) if before else None
            b = getattr(after, attr) if after else None
            if a != b:
                out.append(Change(plan_id, "task", new.id, field, "changed", a, b, units))
    out.extend(_diff_updates(plan_id, new.id, _all_updates(old), _all_updates(new), units))
    out.extend(_diff_conflicts(plan_id, "task", new.id, old.conflicts, new.conflicts, units))
    return out


def _diff_conflicts(plan_id: str, scope: str, item: str, old: tuple[Conflict, ...],
                    new: tuple[Conflict, ...], units: tuple[str, ...]) -> list[Change]:
    """Merge conflicts recorded (a merge in progress) or resolved, each once."""
    if old == new:
        return []
    before = {replace(c, source=None) for c in old}
    after = {replace(c, source=None) for c in new}
    return ([Change(plan_id, scope, item, "conflict", "added", None, c, units)
             for c in new if replace(c, source=None) not in before]
            + [Change(plan_id, scope, item, "conflict", "removed", c, None, units)
               for c in old if replace(c, source=None) not in after])


def _all_updates(task: Task) -> list[Update]:
    ups = list(task.updates)
    for us in task.units:
        ups.extend(u if u.unit else replace(u, unit=us.unit) for u in us.updates)
    return ups


def _diff_updates(plan_id: str, task_id: str, old: list[Update], new: list[Update],
                  units: tuple[str, ...]) -> list[Change]:
    remaining: dict[tuple[object, ...], int] = {}
    for u in old:
        remaining[update_key(u)] = remaining.get(update_key(u), 0) + 1
    out = []
    for u in new:
        k = update_key(u)
        if remaining.get(k):
            remaining[k] -= 1
        else:
            out.append(Change(plan_id, "task", task_id, "updates", "added", None,
                              replace(u, source=None), units))
    for u in old:
        k = update_key(u)
        if remaining.get(k):
            remaining[k] -= 1
            out.append(Change(plan_id, "task", task_id, "updates", "removed",
                              replace(u, source=None), None, units))
    return out


def is_extension(c: Change) -> bool:
    return (c.scope == "task" and c.field == "due" and isinstance(c.old, dt.date)
            and isinstance(c.new, dt.date) and c.new > c.old)


def number_extensions(changes: Iterable[Change]) -> list[Change]:
    """Changes in history order, each later due date numbered per task (延期第 N 次)."""
    counts: dict[tuple[str, str], int] = {}
    out = []
    for c in changes:
        if c.field == "due" and is_extension(c):  # most changes are not due dates: skip the call
            n = counts.get((c.plan, c.item), 0) + 1
            counts[(c.plan, c.item)] = n
            c = replace(c, extension=n)
        out.append(c)
    return out


def since_baseline(changes: Iterable[Change]) -> list[Change]:
    """What a baseline review cares about: due dates, owners and scope, added and dropped tasks
    (a task whose status became dropped counts as dropped)."""
    out = []
    for c in changes:
        if c.scope != "task":
            continue
        if (c.field == "" or c.field == "due" or c.field in SCOPE_FIELDS
                or (c.field == "status" and c.new == "dropped")):
            out.append(c)
    return out


# ---------------------------------------------------------------- commit messages


def _subject(changes: list[Change]) -> str:
    """A commit subject in the tool's own style: `plan/T3: status doing → done`."""
    def words(c: Change) -> str:
        if c.op == "broken":
            return "file unreadable"
        if c.op == "repaired":
            return "file readable again"
        if c.field == "":
            return f"{'add' if c.op == 'added' else 'remove'} {c.scope} {c.item}".rstrip()
        if c.field == "updates":
            text = str(getattr(c.new or c.old, "text", ""))
            return f"update: {text if len(text) <= 40 else text[:39] + '…'}"
        return f"{c.field} {_shown(c.old)} → {_shown(c.new)}"

    whole = [c for c in changes if c.scope == "plan" and c.field == "" and c.op in ("added", "removed")]
    if whole and len({c.plan for c in changes}) == 1:  # a plan file added or deleted
        if whole[0].op == "removed":
            return f"{whole[0].plan}: remove plan {whole[0].old}"
        tasks = sum(1 for c in changes if c.scope == "task" and c.field == "" and c.op == "added")
        return f"{whole[0].plan}: add plan {whole[0].new} ({tasks} tasks)"
    refs = list(dict.fromkeys(c.ref for c in changes))
    if len(refs) == 1:
        return f"{refs[0]}: " + "; ".join(words(c) for c in changes)
    plans = list(dict.fromkeys(c.plan for c in changes))
    items = list(dict.fromkeys(c.item for c in changes if c.item))
    return f"{', '.join(plans)}: edit {', '.join(items[:6])}{' …' if len(items) > 6 else ''}"


def commit_message(changes: list[Change], message: str | None,
                   edited: Mapping[str, Plan | None] | None = None) -> str:
    """The message of a hand-edit commit, in the style and with the trailers of the tool's own;
    `edited` (the edited files' plans as they are now) names the plans when no value changed
    (a comment added, a list rewritten in block form), so the subject still says which."""
    plans = tuple(p.id for p in (edited or {}).values() if p is not None and p.id)
    if not changes and plans and not (message and message.strip()):
        message = f"{', '.join(plans)}: edit text (comments or layout), no value changed"
    trailers = [f"Plan: {p}" for p in dict.fromkeys([*(c.plan for c in changes if c.plan), *plans])]
    trailers += [f"Task: {i}" for i in dict.fromkeys(c.item for c in changes
                                                    if c.scope == "task" and c.item)]
    trailers += [f"Field: {f}" for f in dict.fromkeys(c.field for c in changes if c.field)]
    trailers += ["Edit: hand", "Tool: tracker"]
    head = message.strip() if message and message.strip() else (_subject(changes) or "edit plans")
    return head + "\n\n" + "\n".join(trailers) + "\n"


def _shown(value: object) -> str:
    if value is None or value == ():
        return "∅"
    if isinstance(value, tuple):
        return "、".join(str(v) for v in value)
    return str(value)
