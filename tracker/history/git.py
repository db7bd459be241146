"""The git layer: every git process this program starts goes through `run_git` (but sync's
fetch and push, which `transport` runs through GitPython).

Git is run with argument lists (never a shell), paths always after `--`, and
`core.quotepath=off` so Chinese file names come back readable. Callers get strings and our
own exceptions, never a GitPython object.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from msgspec import Struct

from tracker.problems import UserError

if TYPE_CHECKING:
    import subprocess

T = TypeVar("T")


class GitError(UserError):
    def __init__(self, zh: str, en: str, detail: str = "") -> None:
        super().__init__(en + (f": {detail}" if detail else ""))
        self.zh, self.en, self.detail = zh, en, detail

    def message(self, lang: str) -> str:
        base = self.en if lang == "en" else self.zh
        return f"{base}\n{self.detail.strip()}" if self.detail.strip() else base


class Author(Struct, frozen=True):
    name: str
    email: str


def run_git(root: Path, *args: str, input: bytes | None = None, check: bool = True,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    import subprocess  # imported here: read-only commands never start git
    full_env = dict(os.environ)
    full_env.setdefault("LC_ALL", "C.UTF-8")
    full_env["GIT_TERMINAL_PROMPT"] = "0"
    if env:
        full_env.update(env)
    try:
        proc = subprocess.run(
            ["git", "-c", "core.quotepath=off", *args],
            cwd=root, input=input, capture_output=True, env=full_env, check=False,
        )
    except FileNotFoundError as exc:
        raise GitError("找不到 git 程序，请先安装 git", "git is not installed") from exc
    if check and proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace")
        raise _explain(args, err)
    return proc


def _explain(args: tuple[str, ...], err: str) -> GitError:
    if "index.lock" in err:
        return GitError("git 仓库被锁定（.git/index.lock 存在）：如果没有其他 git 程序在运行，"
                        "删除 .git/index.lock 后重试",
                        "the repository is locked (.git/index.lock exists); if no other git "
                        "program is running, delete .git/index.lock and try again", err)
    if "Please tell me who you are" in err or "empty ident" in err:
        return no_identity_error()
    if "No space left" in err:
        return GitError("磁盘已满，git 无法写入", "the disk is full; git could not write", err)
    return GitError(f"git {args[0]} 失败", f"git {args[0]} failed", err)


def no_identity_error() -> GitError:
    return GitError(
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
    run_git(root, "init", "-q")


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


def commit(root: Path, paths: list[str], message: str, by: str | None = None) -> str:
    """Commit exactly these paths (other staged work is left alone). Returns the short id."""
    env = identity(root, by)

    def commit_paths() -> subprocess.CompletedProcess[bytes]:
        return run_git(root, "commit", "--no-verify", "--no-status", "-m", message, "--only",
                       "--", *paths, env=env)

    try:
        proc = _retry_locked(commit_paths, root)
    except GitError as exc:
        if "did not match any file" not in exc.detail:
            raise
        # a new file git does not know yet: add it, then commit (the rare, slower path)
        _retry_locked(lambda: run_git(root, "add", "--", *paths), root)
        proc = _retry_locked(commit_paths, root)
    out = proc.stdout.decode("utf-8", "replace")
    # "[main 1a2b3c4] subject" (or "[main (root-commit) 1a2b3c4]"): saves a rev-parse process
    head = out.split("]", 1)[0].split()
    if head and all(c in "0123456789abcdef" for c in head[-1]):
        return head[-1]
    return run_git(root, "rev-parse", "--short", "HEAD").stdout.decode().strip()


def _retry_locked(step: Callable[[], T], root: Path, wait: float = 2.0) -> T:
    """Run a git step; while another git process holds .git/index.lock (a `git status` in
    the user's editor, the TUI), wait for it briefly. A lock that outlives the wait is
    reported (stale: left by a crash) with how to clear it."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return step()
        except GitError as exc:
            if "index.lock" not in exc.detail or time.monotonic() > deadline:
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
        return GitError("仓库正在变基（rebase）中：请先完成或运行 git rebase --abort",
                        "a rebase is in progress: finish it or run git rebase --abort")
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
    """Paths under `pathspec` that differ from HEAD (modified, added, untracked)."""
    proc = run_git(root, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--",
                   pathspec, check=False)
    out = []
    for entry in proc.stdout.decode("utf-8", "replace").split("\0"):
        if len(entry) > 3:
            out.append(entry[3:])
    return out
