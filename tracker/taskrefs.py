"""Which task a reference names: `plan/T3`, or `T3` when only one plan has a task T3.

A reference not found but typed like one (full-width from an input method, lower case, a
space) is answered with the task it names; a plan's id where a task is meant is said to be a
plan; a bare id several plans hold asks for the plan.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from tracker.model import Plan, Task
from tracker.problems import UserError


class RefError(UserError):
    """A plan or task reference that names nothing (or more than one thing)."""


def find(ref: str, plans: Callable[[], list[Plan]], plan_named: Callable[[str], Plan]) -> tuple[Plan, Task]:
    """The plan and task `ref` names; `plan_named` finds a plan by id or file (and says why
    when its file cannot be read), `plans` loads every plan, asked for only when `ref` names
    no plan (plan/T3 reads that one plan, as an edit must stay fast on a large repository)."""
    try:
        return _find(ref, plans, plan_named)
    except RefError as exc:
        meant = _meant(ref, plans())
        if meant is None:
            raise
        raise RefError(f"{exc.zh}，是不是 {meant}？", f"{exc.en}; did you mean {meant}?") from None


def _meant(ref: str, plans: list[Plan]) -> str | None:
    key = unicodedata.normalize("NFKC", ref).strip().lower()
    hits = {t.ref for p in plans for t in p.tasks
            if t.ref.lower() == key or ("/" not in key and t.id.lower() == key)}
    return hits.pop() if len(hits) == 1 else None


def _find(ref: str, every: Callable[[], list[Plan]], plan_named: Callable[[str], Plan]) -> tuple[Plan, Task]:
    if "/" in ref:
        plan_id, task_id = ref.rsplit("/", 1)
        plan = plan_named(plan_id)
        task = plan.task(task_id)
        if task is None:
            raise RefError(f"计划 {plan.id} 中没有任务 {task_id}", f"plan {plan.id} has no task {task_id}")
        return plan, task
    plans = every()
    hits = [(p, t) for p in plans for t in p.tasks if t.id == ref]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        named = next((p for p in plans if p.id == ref), None)
        if named is not None:  # `show clean-heating-2026`: the plan, where a task is meant
            first = f"{named.id}/{named.tasks[0].id}" if named.tasks else f"{named.id}/T1"
            raise RefError(f"“{ref}”是计划，不是任务：写成 {first} 这样的 计划/任务"
                           f"（tracker list plan:{ref} 列出它的任务）",
                           f"'{ref}' is a plan, not a task: write PLAN/TASK such as {first} "
                           f"(tracker list plan:{ref} lists its tasks)")
        raise RefError(f"找不到任务“{ref}”", f"no task '{ref}'")
    names = "、".join(p.id for p, _ in hits)
    raise RefError(f"任务 {ref} 在多个计划中（{names}），请写成 计划/{ref}",
                   f"task {ref} is in several plans ({names}); write plan/{ref}")
