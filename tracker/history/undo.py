"""Undo the most recent change made by tracker: find it (skipping changes already undone and
merges), describe it, and revert it as a new commit that says what it undoes (`Undo: <sha>`).

What `tracker undo` and the TUI's `u` share, also beside an uncommitted hand edit in the file
the change touched (`beside_hand_edit`): the hand edit stays, uncommitted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tracker.history import git
from tracker.problems import UserError

_FORMAT = ("%H%x1f%P%x1f%s%x1f%(trailers:key=Tool,valueonly)%x1f"
           "%(trailers:key=Undo,valueonly)%x1e")


class UndoError(UserError):
    """Nothing to undo, or it cannot be undone now; message in both languages."""


@dataclass(frozen=True, slots=True)
class Undoable:
    sha: str
    subject: str
    paths: tuple[str, ...]

    @property
    def short(self) -> str:
        return self.sha[:7]


def last_change(root: Path) -> Undoable | None:
    """The most recent commit made by tracker in this clone that is not undone yet (merges are
    skipped, and so are other offices' changes that a sync or pull brought in)."""
    here = made_here(root)
    out = git.run_git(root, "log", "-n", "500", f"--format={_FORMAT}", check=False)
    undone: set[str] = set()
    for record in out.stdout.decode("utf-8", "replace").split("\x1e"):
        parts = record.strip("\n").split("\x1f")
        if len(parts) < 5:
            continue
        sha, parents, subject, tool, undo_of = parts
        if undo_of.strip():
            undone.update(undo_of.split())
            continue
        if here is not None and sha not in here:
            continue
        if "tracker" in tool and sha not in undone and len(parents.split()) == 1:
            touched = git.run_git(root, "diff-tree", "--no-commit-id", "--name-only", "-r", "-z",
                                  sha).stdout.decode("utf-8", "replace").split("\0")
            return Undoable(sha, subject, tuple(p for p in touched if p))
    return None


# What HEAD's reflog says of a commit made here: `git commit` (the tool's saves and undos,
# plain commits), and the office's own commits a rebasing pull replayed. A fast-forward or a
# merge brought the other office's commits; `clone`, `checkout`, `reset` made none.
_MADE_HERE = ("commit", "revert", "cherry-pick")
_REPLAYED = ("(pick)", "(continue)", "(reword)", "(edit)", "(squash)", "(fixup)")


def made_here(root: Path) -> set[str] | None:
    """The commits made in this clone, read from HEAD's reflog; None when the clone keeps no
    reflog (then every commit counts, as before there was a second office)."""
    proc = git.run_git(root, "reflog", "show", "-n", "5000", "--format=%H%x1f%gs", "HEAD",
                       check=False)
    lines = proc.stdout.decode("utf-8", "replace").splitlines() if proc.returncode == 0 else []
    if not lines:
        return None
    here = set()
    for line in lines:
        sha, _, what = line.partition("\x1f")
        verb = what.split(":", 1)[0]
        if verb.startswith(_MADE_HERE) or (verb.startswith(("rebase", "pull")) and verb.endswith(_REPLAYED)):
            here.add(sha)
    return here


@dataclass(frozen=True, slots=True)
class Undone:
    short: str  # the new commit
    kept: tuple[str, ...] = ()  # files whose uncommitted hand edit stays there, uncommitted


def undo(root: Path, target: Undoable, by: str | None = None, verify: bool = True) -> Undone:
    """Revert `target` as one new commit. Beside an uncommitted hand edit in the file it
    touched, only the tool's change is reverted (`beside_hand_edit`); refused (UndoError) when
    the two cannot be kept apart, or when later changes touch the same lines. Call with the
    workspace's write lock held."""
    state = git.state_problem(root)
    if state is not None:
        raise state
    dirty = set(git.dirty_paths(root, ".")) & set(target.paths)
    if dirty and (short := beside_hand_edit(root, target, by, verify)):
        return Undone(short, kept=tuple(sorted(dirty)))
    if dirty:
        names = "、".join(sorted(dirty))
        raise UndoError(f"{names} 有未提交的修改，不能撤销：先提交（tracker commit，界面中按 c）或放弃这些修改",
                        f"{names} has uncommitted edits; commit them (tracker commit, or c in the "
                        "TUI) or discard them before undoing")
    if git.run_git(root, "diff", "--cached", "--quiet", check=False).returncode != 0:
        raise UndoError("暂存区有待提交的内容，不能撤销：先提交或运行 git restore --staged .",
                        "there are staged changes; commit them or unstage (git restore --staged .) first")
    ident = git.identity(root, by)
    if git.run_git(root, "revert", "--no-commit", target.sha, check=False, env=ident).returncode:
        git.run_git(root, "revert", "--abort", check=False)
        gone = _tasks_gone(root, target)
        if gone:
            zh, en = "、".join(gone), ", ".join(gone)
            raise UndoError(f"无法撤销 {target.short}：{zh} 已在之后的修改中删除，没有可以改回的任务"
                            "（tracker log 可查是谁删除的）",
                            f"cannot undo {target.short}: {en} has been deleted by a later change, "
                            "so there is no task to change back (tracker log says who deleted it)")
        raise UndoError(f"无法自动撤销 {target.short}：之后的修改改动了相同的内容，请用 tracker set "
                        "或在任务详情中手工改回",
                        f"cannot undo {target.short} automatically: later changes touch the same "
                        "lines; change the fields back with tracker set or in the task's detail")
    message = (f"undo: {target.subject}\n\nThis reverts commit {target.sha}.\n\n"
               f"Undo: {target.sha}\nTool: tracker\n")
    skip = () if verify else ("--no-verify",)
    try:
        git.run_git(root, "commit", "-q", *skip, "-m", message, env=ident)
    except git.GitError as exc:
        git.run_git(root, "reset", "-q", "--merge", check=False)  # leave no half-done revert
        raise git.refused_by_hook(root, exc) if verify else exc from None
    return Undone(git.run_git(root, "rev-parse", "--short", "HEAD").stdout.decode().strip())


def _tasks_gone(root: Path, target: Undoable) -> list[str]:
    """The tasks the change was made to (its Plan: and Task: trailers) that HEAD no longer has:
    deleted since, so nothing can be changed back."""
    from tracker.store import load

    proc = git.run_git(root, "log", "-1", "--format=%(trailers:key=Plan,valueonly)%x1f"
                       "%(trailers:key=Task,valueonly)", target.sha, check=False)
    plans_text, _, tasks_text = proc.stdout.decode("utf-8", "replace").partition("\x1f")
    plans, tasks = plans_text.split(), tasks_text.split()
    if len(plans) != 1 or not tasks:
        return []
    path = f"plans/{plans[0]}.yaml"
    shown = git.run_git(root, "show", f"HEAD:{path}", check=False)
    if shown.returncode != 0:
        return [plans[0]]  # the whole plan is gone
    plan = load.load_plan_bytes(shown.stdout, path).plan
    if plan is None:
        return []
    return [f"{plan.id}/{t}" for t in tasks if plan.task(t) is None]


def beside_hand_edit(root: Path, target: Undoable, by: str | None = None,
                     verify: bool = True) -> str | None:
    """Undo a tool commit of plan files while a hand edit waits in one or more of them: the
    commit reverts the tool's change in HEAD's versions (git merge-file), each working file
    gets the same revert on top of its hand edit, which stays uncommitted. Returns the new
    commit's short id, or None (nothing done) when the two cannot be kept apart: a file
    outside plans/, or a hand edit touching the lines the undo restores."""
    from tracker.history import scope
    from tracker.store import ondisk

    if not target.paths or not all(p.startswith("plans/") for p in target.paths):
        return None
    sha = target.sha
    found = scope.versions(root, [f"{rev}:{rel}" for rel in target.paths
                                  for rev in (f"{sha}^", sha, "HEAD")])
    done: list[tuple[Path, bytes, bytes]] = []
    for i, rel in enumerate(target.paths):
        before, after, head = found[3 * i:3 * i + 3]
        path = root / rel
        if before is None or after is None or head is None or path.is_symlink():
            return None
        reverted = scope.three_way(root, head, after, before)
        kept = scope.onto_working(root, path.read_bytes(), head, reverted) if reverted else None
        if reverted is None or kept is None:
            return None
        done.append((path, reverted, kept))
    message = (f"undo: {target.subject}\n\nThis reverts commit {sha}.\n\n"
               f"Undo: {sha}\nTool: tracker\n")
    files = [scope.Blob(rel, scope.hash_blob(root, reverted, rel), scope.executable(root, rel))
             for rel, (path, reverted, _) in zip(target.paths, done)]
    for path, _, kept in done:
        ondisk.atomic_write(path, kept)
    return scope.commit_blobs(root, files, message, by=by, verify=verify)
