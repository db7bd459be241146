"""Edits refused before anything is written, for what the plan file already holds: a task id
used twice (the edit would land on the first whatever was meant), and a hand edit with check
errors that the edit would have to commit first (tracker commit holds hand edits to check)."""

from __future__ import annotations

from tracker.store import load

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:  # the checks and the writer (ruamel) load only when an edit is refused
    from tracker.problems import Problem
    from tracker.units import Units


def refuse_id_used_twice(current: load.Loaded, task_id: str | None) -> None:
    """An edit names its task by id; with two tasks of that id in the file it would land on the
    first whatever was meant (and the history would read it as the other changing)."""
    if task_id is None or current.plan is None:
        return
    lines = [t.source.line if t.source else 0 for t in current.plan.tasks if t.id == task_id]
    if len(lines) > 1:
        from tracker.store.editerrors import EditError

        at = "、".join(f"第 {n} 行" for n in lines)
        raise EditError(
            f"{current.path} 中有 {len(lines)} 个任务的 id 都是 {task_id}（{at}），不知道要改哪一个，"
            f"未保存：先把其中一个改成别的 id（tracker check 会列出），再修改",
            f"{current.path} has {len(lines)} tasks with the id {task_id} (lines "
            f"{', '.join(map(str, lines))}); which one is meant is unclear, nothing saved: give "
            "one of them another id first (tracker check lists them)")


def refuse_broken_hand_edit(rel: str, raw: bytes, committed: bytes | None, units: Units) -> None:
    """An edit that needs the clerk's uncommitted hand edit commits it first; one that adds
    check errors is refused instead (tracker commit refuses it too, without --force)."""
    from tracker import checks

    def errors(data: bytes | None) -> dict[tuple[str, str], Problem]:
        if data is None:
            return {}
        found = checks.run_checks([load.load_plan_bytes(data, rel)], units,
                                  errors_only=True)
        return {(p.code, p.en): p for p in found}

    before = errors(committed)
    added = [p for key, p in errors(raw).items() if key not in before]
    if added:
        from tracker.store.editerrors import EditError

        shown = added[:3]
        raise EditError(
            f"这项修改依赖 {rel} 里未提交的手工修改，而手工修改有 {len(added)} 个错误，未保存："
            + "；".join(p.render("zh") for p in shown)
            + "。先改正它们（tracker check），或用 tracker commit --force 提交手工修改，再修改",
            f"this change needs the uncommitted hand edit of {rel}, which has {len(added)} "
            "errors; nothing saved: " + "; ".join(p.render("en") for p in shown)
            + ". Fix them first (tracker check), or commit the hand edit with tracker commit "
            "--force")
