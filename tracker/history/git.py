"""The git layer: every git process this program starts goes through `run_git` (but sync's
fetch and push, which `transport` runs through GitPython).

Git is run with argument lists (never a shell), paths always after `--`, and
`core.quotepath=off` so Chinese file names come back readable. Callers get strings and our
own exceptions, never a GitPython object.
"""

from __future__ import annotations

import functools
import os
import re
import time
from collections.abc import Callable
from pathlib import Path

from tracker.problems import UserError
from tracker.structs import Struct

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import TypeVar

    from tracker.history.spawn import Completed

    T = TypeVar("T")


class GitError(UserError):
    def __init__(self, zh: str, en: str, detail: str = "") -> None:
        super().__init__(en + (f": {detail}" if detail else ""))
        self.zh, self.en, self.detail = zh, en, detail

    def message(self, lang: str) -> str:
        base = self.en if lang == "en" else self.zh
        return f"{base}\n{self.detail.strip()}" if self.detail.strip() else base


class LockedError(GitError):
    """A `*.lock` file git could not create: another git still runs, or one was killed there
    (`index.lock`, `HEAD.lock`, `refs/heads/<branch>.lock`). The sentence names the file, says
    whether a git process still runs and how to remove the file safely; it is worked out when
    shown, not on every retry."""

    def __init__(self, root: Path, lock: str, detail: str) -> None:
        super().__init__("git 仓库被锁定", "the repository is locked", detail)
        self.root, self.lock = root, lock

    def message(self, lang: str) -> str:
        path = Path(self.lock)
        try:
            shown = path.relative_to(self.root).as_posix()
        except ValueError:
            shown = str(path)
        rm = f'del "{path}"' if os.name == "nt" else f'rm "{shown}"'
        running = git_processes(self.root)
        if running is None:
            zh = (f"无法判断是否还有 git 程序在运行：先关闭所有 git 程序（以及打开了这个仓库的编辑器），"
                  f"再删除它（{rm}），然后重试")
            en = (f"could not tell whether a git program still runs here: close every git program "
                  f"(and editors with this repository open), then remove it ({rm}) and try again")
        elif running:
            pids = ", ".join(str(p) for p in running)
            zh = f"还有 git 程序在运行（进程 {pids}）：等它结束后重试，不要删除这个文件"
            en = (f"a git program still runs (process {pids}): wait for it to finish and try "
                  "again; do not remove the file")
        else:
            zh = f"没有发现正在运行的 git 程序，这是 git 被中断时留下的：可以放心删除它（{rm}），然后重试"
            en = (f"no git program is running, so it was left by an interrupted git: it is safe "
                  f"to remove it ({rm}) and try again")
        if lang == "en":
            return f"the repository is locked: {shown} exists; {en}"
        return f"git 仓库被锁定：{shown} 存在；{zh}"


def git_processes(root: Path) -> list[int] | None:
    """Ids of running git processes that may hold a lock in this repository (working there, or
    where that cannot be seen); None where processes cannot be listed (no /proc: Windows)."""
    proc = Path("/proc")
    if not (proc / "self").exists():
        return None
    found = []
    try:
        root = root.resolve()
        entries = [e for e in os.listdir(proc) if e.isdigit() and int(e) != os.getpid()]
    except OSError:
        return None
    for pid in entries:
        try:
            if not (proc / pid / "comm").read_text().startswith("git"):
                continue
            # a zombie (a git whose parent was killed, not yet reaped) holds nothing
            if (proc / pid / "stat").read_text().rsplit(")", 1)[1].split()[0] in "ZX":
                continue
            cwd = Path(os.readlink(proc / pid / "cwd"))
        except PermissionError:  # not ours to look at: it may be working here
            found.append(int(pid))
            continue
        except (OSError, IndexError):  # gone meanwhile
            continue
        if cwd == root or root in cwd.parents:
            found.append(int(pid))
    return sorted(found)


class HookRefused(GitError):
    """A commit hook (pre-commit, commit-msg, ...) refused the commit; `detail` is its output."""


class Interrupted(GitError):
    """A git process killed by a signal before it finished (not a refusal: a hook or git
    itself said nothing); a lock it left is named by the next git command that meets it."""


class Author(Struct, frozen=True):
    name: str
    email: str


def run_git(root: Path, *args: str, input: bytes | None = None, check: bool = True,
            env: dict[str, str] | None = None) -> Completed:
    from tracker.history import spawn  # imported here: read-only commands never start git

    full_env = dict(os.environ)
    full_env.setdefault("LC_ALL", "C.UTF-8")
    full_env["GIT_TERMINAL_PROMPT"] = "0"
    if env:
        full_env.update(env)
    try:
        proc = spawn.run(["git", "-c", "core.quotepath=off", *args], root, full_env, input)
    except FileNotFoundError as exc:
        raise GitError("找不到 git 程序，请先安装 git", "git is not installed") from exc
    if check and proc.returncode < 0:  # killed by a signal: nothing refused, git was stopped
        name = _subcommand(args)
        raise Interrupted(f"git {name} 在完成前被终止（信号 {-proc.returncode}）",
                          f"git {name} was killed (signal {-proc.returncode}) before it finished",
                          proc.stderr.decode("utf-8", "replace"))
    if check and proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace")
        raise _explain(root, args, err)
    return proc


@functools.cache
def _locked() -> re.Pattern[str]:  # compiled for the first failed git command
    return re.compile(r"Unable to create '([^']+\.lock)': File exists")


def _explain(root: Path, args: tuple[str, ...], err: str) -> GitError:
    locked = _locked().search(err)
    if locked:
        lock = Path(locked.group(1))
        return LockedError(root, str(lock if lock.is_absolute() else root / lock), err)
    # (the git config commands of "Please tell me who you are" stay English in every locale)
    if "git config --global user.email" in err or "empty ident" in err:
        return no_identity_error()
    if "No space left" in err:
        return GitError("磁盘已满，git 无法写入", "the disk is full; git could not write", err)
    name = _subcommand(args)
    return GitError(f"git {name} 失败", f"git {name} failed", err)


def _subcommand(args: tuple[str, ...]) -> str:
    """The git command run (`commit`), past any `-c key=value` before it."""
    i = 0
    while i + 1 < len(args) and args[i] == "-c":
        i += 2
    return args[i] if i < len(args) else "git"


class NoIdentity(GitError):
    """git has no name or email to record for the author or committer."""


def no_identity_error() -> GitError:
    return NoIdentity(
        "没有设置 git 身份：请运行 git config --global user.name \"姓名\" 和 "
        "git config --global user.email \"邮箱\"，或使用 --by 姓名 / TRACKER_USER",
        "no git identity: run git config --global user.name \"Name\" and user.email, "
        "or pass --by NAME / set TRACKER_USER")


def find_root(start: Path) -> Path | None:
    """The nearest directory upward holding tracker.yaml (the data repository)."""
    start = start.resolve()
    for d in (start, *start.parents):
        if (d / "tracker.yaml").is_file():
            return d
    return None


def unchecked_clone(start: Path) -> list[str]:
    """The branches (remote-tracking, holding tracker.yaml) of a clone made in `start` that
    checked nothing out: the shared folder's HEAD names a branch the offices do not use (a
    plain `git init --bare` says master, the offices share main). Empty for anything else.
    Asked only when no tracker.yaml was found, so it costs a normal run nothing."""
    top = run_git(start, "rev-parse", "--show-toplevel", check=False)
    if top.returncode != 0:
        return []
    root = Path(top.stdout.decode("utf-8", "replace").strip())
    if run_git(root, "rev-parse", "-q", "--verify", "HEAD", check=False).returncode == 0:
        return []  # commits of its own: not a clone that checked out nothing
    refs = run_git(root, "for-each-ref", "--format=%(refname)", "refs/remotes/",
                   check=False).stdout.decode("utf-8", "replace").split()
    found = []
    for ref in refs:
        if ref.endswith("/HEAD"):
            continue
        if run_git(root, "cat-file", "-e", f"{ref}:tracker.yaml", check=False).returncode == 0:
            found.append(ref.split("/", 3)[3])
    return found


def git_dir(root: Path) -> Path | None:
    g = root / ".git"
    if g.is_dir():
        return g
    if g.is_file():  # a worktree or submodule: "gitdir: <path>"
        text = g.read_text(encoding="utf-8", errors="replace").strip()
        if text.startswith("gitdir:"):
            p = Path(text[7:].strip())
            return p if p.is_absolute() else (root / p).resolve()
    return None


def is_repo(root: Path) -> bool:
    return git_dir(root) is not None


def init(root: Path) -> None:
    """A new repository on `main`, the branch the README has offices share (`git init --bare
    -b main` on the server), unless this git is told to name branches otherwise: a git left at
    its own default started `master`, the first sync pushed that, and every clone of the
    shared folder checked out nothing."""
    if config_get(root, "init.defaultBranch") is None and run_git(
            root, "init", "-q", "--initial-branch=main", check=False).returncode == 0:
        return
    run_git(root, "init", "-q")  # as told, or a git older than 2.28: its own default then


def config_get(root: Path, key: str) -> str | None:
    proc = run_git(root, "config", "--get", key, check=False)
    value = proc.stdout.decode("utf-8", "replace").strip()
    return value or None


def config_set(root: Path, key: str, value: str) -> None:
    run_git(root, "config", key, value)


def identity(root: Path, by: str | None) -> dict[str, str]:
    """Author environment for a commit: --by / TRACKER_USER wins, else git config, else refuse
    (git would otherwise record an invented root@host)."""
    found = run_git(root, "config", "--get-regexp", r"^user\.(name|email)$", check=False)
    values: dict[str, str] = {}
    for line in found.stdout.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition(" ")
        values[key] = value.strip()  # later (more local) config wins
    name, email = values.get("user.name") or None, values.get("user.email") or None
    if by:
        email = email or "tracker@localhost"
        return {"GIT_AUTHOR_NAME": by, "GIT_AUTHOR_EMAIL": email,
                "GIT_COMMITTER_NAME": name or by, "GIT_COMMITTER_EMAIL": email}
    if not name or not email:
        raise no_identity_error()
    return {}


def commit(root: Path, paths: list[str], message: str, by: str | None = None,
           verify: bool = True) -> str:
    """Commit exactly these paths (other staged work is left alone). Returns the short id.

    The repository's commit hooks run unless `verify` is False (the user's --no-verify); a
    hook that refuses raises HookRefused with the hook's own output."""
    # git checks the identity itself, before any hook runs: useConfigOnly keeps it from
    # inventing root@host, and git config is asked only when --by must stand in for a part
    env = {"GIT_AUTHOR_NAME": by} if by else {}
    skip = () if verify else ("--no-verify",)

    def commit_paths() -> Completed:
        return run_git(root, "-c", "user.useConfigOnly=true", "commit", *skip, "--no-status",
                       "-m", message, "--only", "--", *paths, env=env)

    try:
        try:
            proc = retry_locked(commit_paths, root)
        except NoIdentity:
            if not by:
                raise
            env = identity(root, by)  # the name or email git lacks comes from --by
            proc = retry_locked(commit_paths, root)
    except GitError as exc:
        if "did not match any file" not in exc.detail:
            raise refused_by_hook(root, exc) if verify else exc from None
        # a new file git does not know yet: add it, then commit (the rare, slower path)
        retry_locked(lambda: run_git(root, "add", "--", *paths), root)
        try:
            proc = retry_locked(commit_paths, root)
        except GitError as exc2:
            raise refused_by_hook(root, exc2) if verify else exc2 from None
    return short_id(root, proc)


def short_id(root: Path, proc: Completed) -> str:
    """The new commit's short id from `git commit`'s output, "[main 1a2b3c4] subject" (or
    "[main (root-commit) 1a2b3c4]"): saves a rev-parse process."""
    head = proc.stdout.decode("utf-8", "replace").split("]", 1)[0].split()
    if head and all(c in "0123456789abcdef" for c in head[-1]):
        return head[-1]
    return run_git(root, "rev-parse", "--short", "HEAD").stdout.decode().strip()


HOOKS = ("pre-commit", "prepare-commit-msg", "commit-msg")


def refused_by_hook(root: Path, exc: GitError) -> GitError:
    """A plain "git commit failed" in a repository with commit hooks: git prints nothing of
    its own when a hook refuses, so the output is the hook's; say so, with a way out."""
    if type(exc) is not GitError or not exc.en.startswith("git commit"):
        return exc
    proc = run_git(root, "rev-parse", "--git-path", "hooks", check=False)
    hooks_dir = root / proc.stdout.decode("utf-8", "replace").strip()
    hooks = [h for h in HOOKS if os.access(hooks_dir / h, os.X_OK)]
    if proc.returncode != 0 or not hooks:
        return exc
    names = "、".join(hooks)
    return HookRefused(
        f"git 钩子（{names}）拒绝了这次提交；改正钩子指出的问题后运行 tracker commit，"
        "确需跳过钩子时加 --no-verify。钩子的输出：",
        f"a git hook ({', '.join(hooks)}) refused the commit; fix what it reports, then run "
        "tracker commit, or pass --no-verify to skip the hooks. The hook said:",
        exc.detail or "(no output)")


def retry_locked(step: Callable[[], T], root: Path, wait: float = 2.0) -> T:
    """Run a git step; while another git process holds a lock (index.lock while a `git status`
    runs in the user's editor or the TUI), wait for it briefly. A lock that outlives the wait
    is reported (stale: left by a crash) with how to clear it."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return step()
        except LockedError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def state_problem(root: Path) -> GitError | None:
    """A repository state in which the tool must not commit: a merge or rebase in progress."""
    gdir = git_dir(root)
    if gdir is None:
        return None
    if (gdir / "MERGE_HEAD").exists():
        return GitError("仓库正在合并（merge）中：请先解决冲突并提交，或运行 git merge --abort",
                        "a merge is in progress: resolve and commit it, or run git merge --abort")
    if (gdir / "rebase-merge").exists() or (gdir / "rebase-apply").exists():
        return GitError("仓库正在变基（rebase）中，tracker 在变基完成前不提交：改好有冲突的文件后运行 "
                        "git add -A 和 git rebase --continue 完成它，或运行 git rebase --abort "
                        "回到变基之前",
                        "a rebase is in progress, and tracker does not commit until it is done: "
                        "fix the files in conflict, then run git add -A and git rebase "
                        "--continue to finish it, or git rebase --abort to go back")
    try:
        head = (gdir / "HEAD").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if not head.startswith("ref:"):
        return GitError("仓库处于“分离头指针”（detached HEAD）状态，在这里提交的修改容易丢失："
                        "请先运行 git switch main（或你的分支名）",
                        "the repository is on a detached HEAD, where commits are easily lost: "
                        "run git switch main (or your branch) first")
    return None


def dirty_paths(root: Path, pathspec: str = "plans") -> list[str]:
    """Paths under `pathspec` that differ from HEAD (modified, added, untracked; both paths
    of a rename staged with `git mv` or a git client's Rename)."""
    proc = run_git(root, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--",
                   pathspec, check=False)
    out = []
    entries = iter(proc.stdout.decode("utf-8", "replace").split("\0"))
    for entry in entries:
        if len(entry) > 3:
            out.append(entry[3:])
            if "R" in entry[:2] or "C" in entry[:2]:  # `R  NEW\0OLD\0`: OLD has no status
                old = next(entries, "")
                if old and "R" in entry[:2]:  # a copy leaves its source as it was
                    out.append(old)
    return out


def head_ref_file(gdir: Path) -> Path | None:
    """The loose ref file HEAD points at (`.git/refs/heads/main`); None when HEAD is detached,
    the ref is only packed, or refs are not plain files (reftable)."""
    try:
        head = (gdir / "HEAD").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    if not head.startswith("ref: refs/"):
        return None
    ref = gdir / head[5:]
    return ref if ref.is_file() else None


def head_commit(root: Path) -> str | None:
    """HEAD's commit id read from the files, without starting git; None when unsure."""
    gdir = git_dir(root)
    ref = head_ref_file(gdir) if gdir is not None else None
    try:
        sha = ref.read_text(encoding="ascii", errors="replace").strip() if ref else ""
    except OSError:
        return None
    return sha if len(sha) in (40, 64) and all(c in "0123456789abcdef" for c in sha) else None
