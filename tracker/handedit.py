"""Hand edits: plan files changed outside tracker, checked, described and committed in the
same style as the tool's own commits. Used by `tracker commit` and by the TUI's `c`."""

from __future__ import annotations

from dataclasses import dataclass

from tracker import checks
from tracker.history import git, pending, recovery, resolutions, walk
from tracker.history.changes import Change, commit_message
from tracker.problems import Problem, UserError
from tracker.workspace import Workspace


class InvalidHandEdits(UserError):
    """Edited plans with check errors: not committed unless forced."""

    def __init__(self, problems: list[Problem]) -> None:
        files = "、".join(dict.fromkeys(p.source.path for p in problems))
        super().__init__(f"{files} 有错误（{len(problems)} 个），未提交；请先改正再提交",
                         f"{files.replace('、', ', ')} has errors ({len(problems)}); nothing "
                         "committed; fix them first")
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Committed:
    short: str
    message: str
    paths: tuple[str, ...]


def edited_paths(ws: Workspace) -> list[str]:
    """Files under plans/ that differ from HEAD, but for what Explorer or Office left there."""
    from tracker.store.paths import is_litter

    return sorted(p for p in git.dirty_paths(ws.root, "plans") if not is_litter(p))


def describe(ws: Workspace, paths: list[str], message: str | None = None) -> str:
    """The commit message for these edited plan files: field-level changes since HEAD."""
    has_head = git.run_git(ws.root, "rev-parse", "-q", "--verify", "HEAD",
                               check=False).returncode == 0
    wanted = set(paths)  # only the edited files are read: a whole repository took seconds
    old = walk.plans_at(ws.root, "HEAD", wanted) if has_head else {}
    new = walk.plans_in_worktree(ws.root, wanted)
    changes = walk.diff_trees(old, new)
    return commit_message(changes, message, new)


def describe_merge(ws: Workspace, paths: list[str], message: str | None = None) -> str:
    """The message of a merge concluded after a conflict: git's own subject for it (`sync:
    merge origin/main`) and what the resolution decided, as `tracker log` reads merges. The
    other side's changes are its own commits' to describe, not this office's edits."""
    root = ws.root
    gdir = git.git_dir(root)
    try:
        subject = (gdir / "MERGE_MSG").read_text(encoding="utf-8").split("\n", 1)[0].strip() if gdir else ""
    except (OSError, UnicodeDecodeError):
        subject = ""
    subject = subject or "merge"
    base = git.run_git(root, "merge-base", "HEAD", "MERGE_HEAD", check=False).stdout.decode().strip()
    # also the plans the other side changed that now read as ours (a file settled with git
    # checkout --ours): the merge drops their changes there, and that is a decision too
    theirs = git.run_git(root, "diff", "--name-only", "-z", "HEAD", "MERGE_HEAD", "--", "plans",
                         check=False).stdout.decode("utf-8", "replace").split("\0")
    wanted = set(paths) | {p for p in theirs if p.endswith(".yaml")}
    new = walk.plans_in_worktree(root, wanted)
    against: list[tuple[tuple[Change, ...], tuple[Change, ...] | None]] = []
    for parent in ("HEAD", "MERGE_HEAD"):
        old = walk.plans_at(root, parent, wanted)
        since = tuple(walk.diff_trees(walk.plans_at(root, base, wanted), old)) if base else None
        against.append((tuple(walk.diff_trees(old, new)), since))
    decided = resolutions.decided(against, differs_from_all=all(c_i for c_i, _ in against))
    if not (message and message.strip()) and decided:
        message = f"{subject}: " + commit_message(decided, None).split("\n", 1)[0]
    return commit_message(decided, message or subject).replace("Edit: hand\n", "")


def errors_in(ws: Workspace, paths: list[str]) -> list[Problem]:
    files = [f for f in ws.files if f.path in paths]
    # a copy saved beside a plan (Explorer's `X - 副本.yaml`) is said to be one first: its
    # id differs from its file name too, but giving it a new id is not what the clerk wants
    copies = [p for f, p in ws.skipped()
              if f.path in paths and p is not None and p.code == "duplicate-plan-id"]
    return copies + [p for p in checks.run_checks(files, ws.units) if p.is_error]


def commit(ws: Workspace, by: str | None, message: str | None = None,
           force: bool = False) -> Committed | None:
    """Commit the plan files edited by hand; None when there are none. Refuses (with the
    problems) when an edited plan has check errors, unless forced. Saves of the tool's whose
    commit failed are in those files too: the message names each (`Includes:`)."""
    state = git.state_problem(ws.root)
    if state is not None and not merging(ws):
        raise state
    with ws.lock():
        if state is not None:
            return _conclude_merge(ws, by, message, force)
        recovery.repair_index(ws.root)  # a killed commit must not make the index look edited
        paths = edited_paths(ws)
        if not paths:
            return None
        problems = errors_in(ws, paths)
        if problems and not force:
            raise InvalidHandEdits(problems)
        carried = [m for path, m in ws.pending_saves().items() if path in paths]
        stray = not_plans(paths)
        if len(stray) == len(paths) and not (message and message.strip()):
            message = "files not read as plans: " + ", ".join(stray)  # no change to describe
        text = pending.with_includes(describe(ws, paths, message), carried)
        if stray:  # committed as they are, and named: no message line describes them
            text = text.rstrip("\n") + "\n" + "".join(f"Not-a-plan: {p}\n" for p in stray)
        short = git.commit(ws.root, paths, text, by=by, verify=ws.verify)
        ws.clear_pending(paths)
    return Committed(short, text, tuple(paths))


def not_plans(paths: list[str] | tuple[str, ...]) -> list[str]:
    """Edited files under plans/ that are not read as plans (store.paths says which are): a
    stray .yml, a note, a copy saved as .yaml.txt, a plan sorted into a subfolder."""
    from tracker.store.paths import is_plan_path

    return [p for p in paths if not is_plan_path(p)]


def merging(ws: Workspace) -> bool:
    """A merge is waiting to be concluded (a sync or a pull stopped on a conflict)."""
    gdir = git.git_dir(ws.root)
    return gdir is not None and (gdir / "MERGE_HEAD").exists()


def _conclude_merge(ws: Workspace, by: str | None, message: str | None, force: bool) -> Committed:
    """The merge commit, once the conflicts are fixed: the plans as they are now and whatever
    else the merge brought (staged by git). Refused while a plan has check errors (a conflict
    entry left in) unless forced, and while another file is still in conflict."""
    from tracker.history import sync

    root = ws.root
    unmerged = sync.unmerged_paths(root)
    paths = sorted(set(edited_paths(ws)) | {p for p in unmerged if p.startswith("plans/")})
    problems = errors_in(ws, paths)
    if problems and not force:
        raise InvalidHandEdits(problems)
    others = [p for p in unmerged if not p.startswith("plans/")]
    if others:
        raise UserError(f"还有未解决的冲突文件：{'、'.join(others)}（用 git add 标记解决后再提交）",
                        f"files still in conflict: {', '.join(others)} (resolve and git add them)")
    text = describe_merge(ws, paths, message)
    if paths:
        git.run_git(root, "add", "--", *paths)
    skip = () if ws.verify else ("--no-verify",)
    try:
        git.run_git(root, "commit", "-q", *skip, "-m", text, env=git.identity(root, by))
    except git.GitError as exc:
        raise git.refused_by_hook(root, exc) if ws.verify else exc from None
    ws.clear_pending(paths)
    short = git.run_git(root, "rev-parse", "--short", "HEAD").stdout.decode().strip()
    return Committed(short, text, tuple(paths))
