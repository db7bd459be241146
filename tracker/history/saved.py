"""What a save of the tool tells its caller and writes into its commit: the fields it changed
(Change), how it ended (Saved), the commit message with its trailers, and the old values
restated from the committed version when the edit lands on it rather than on a hand edit.
Values and text only; Workspace (tracker.workspace) does the saving."""

from __future__ import annotations

from tracker.history import git
from tracker.model import Task, replace
from tracker.store import load
from tracker.structs import Struct

__all__ = ["UNCHANGED", "Change", "Saved", "as_committed", "commit_message", "refuse_undecodable"]


def refuse_undecodable(subject: str, changes: list[Change]) -> None:
    """Text that came in as bytes that are not UTF-8 (a GBK file piped in, a GBK terminal)
    holds lone surrogates, which no file can hold: say so before anything is written."""
    texts = [subject] + [v for c in changes for v in _texts(c.new)]
    if any("\udc80" <= ch <= "\udcff" for t in texts for ch in t):
        from tracker.store.editerrors import EditError

        raise EditError("输入的文字不是 UTF-8 编码（可能是 GBK）：请另存为 UTF-8 后再输入，未保存",
                        "the text typed or piped in is not UTF-8 (GBK, perhaps): save it as "
                        "UTF-8 and try again; nothing saved")


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _texts(v)]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    return []


class Change(Struct, frozen=True):
    """One field changed by an edit, for the commit message."""

    field: str
    old: object
    new: object

    def describe(self) -> str:
        return f"{self.field} {_show(self.old)} → {_show(self.new)}"


def _show(value: object) -> str:
    if value is None or value == () or value == []:
        return "∅"
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return str(value)


class Saved(Struct, frozen=True):
    path: str
    blob: str  # of the file as written (with any hand edit beside the tool's)
    commit: str | None  # short id, None when the commit failed
    commit_error: git.GitError | None = None
    message: str = ""
    repaired: tuple[str, ...] = ()  # index entries a killed commit had left behind HEAD
    hand_commit: str | None = None  # a hand edit the tool's edit needed, committed first
    hand_edit_kept: bool = False  # a hand edit in the file, left out of the commit
    # the edit took back an uncommitted hand edit: the file is as committed, nothing to commit
    unchanged: bool = False


# What to say of a Saved that is `unchanged` (the CLI and the TUI say the same).
UNCHANGED = ("已保存：这项修改撤回了文件里未提交的手工修改，文件与最近一次提交相同，无需提交",
             "saved: this change took back the uncommitted hand edit, so the file matches the "
             "last commit; nothing to commit")


def commit_message(plan_id: str, task_id: str | None, subject: str, changes: list[Change]) -> str:
    where = f"{plan_id}/{task_id}" if task_id else plan_id
    head = f"{where}: {subject or '; '.join(c.describe() for c in changes)}"
    trailers = [f"Plan: {plan_id}"]
    if task_id:
        trailers.append(f"Task: {task_id}")
    for c in changes:
        trailers.append(f"Field: {c.field}")
    trailers.append("Tool: tracker")
    return head + "\n\n" + "\n".join(trailers) + "\n"


def as_committed(subject: str, changes: list[Change], committed: bytes, rel: str,
                  task_id: str | None) -> tuple[str, list[Change]]:
    """`changes` (and the subject that describes them) with each task field's old value read
    from the committed bytes the edit is applied to, instead of from the working file."""
    task = None
    if task_id is not None:
        loaded = load.load_plan_bytes(committed, rel)
        task = loaded.plan.task(task_id) if loaded.plan is not None else None
    if task is None:
        return subject, changes
    out: list[Change] = []
    for c in changes:
        if c.field in Task.__struct_fields__ and getattr(task, c.field) != c.old:
            fixed = replace(c, old=getattr(task, c.field))
            subject = subject.replace(c.describe(), fixed.describe(), 1)
            c = fixed
        out.append(c)
    return subject, out
