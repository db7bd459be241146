"""Talking to a remote: fetch and push, through GitPython.

Sync is the one place where git's answer is more than an exit code: a push can be refused
for a single ref (someone pushed first), and a fetch or push that cannot connect must read
differently from one that was rejected. GitPython parses `git push --porcelain` into
`PushInfo` flags and fetch output into `FetchInfo`, which we would otherwise parse from
English stderr ourselves. It costs 70–90 ms to import, so it is imported here only, and only
`tracker sync` imports this module; every other git process goes through `git.run_git`.
Callers get booleans and our `GitError`, never a GitPython object.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType

from tracker.history.git import GitError

# git's own environment for every process GitPython starts: no password prompt on a
# terminal (a clerk's sync must fail with a sentence, not hang), readable messages.
_ENV = {"GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C.UTF-8"}


class Remote:
    """One named remote of one repository, open for the length of a `with` block."""

    def __init__(self, root: Path, name: str) -> None:
        import git as gitpython

        # GitPython logs a rejected push as a warning; we report it in our own words.
        logging.getLogger("git").addHandler(logging.NullHandler())
        logging.getLogger("git").propagate = False
        self.name = name
        self.shared: list[str] = []  # baselines the last push gave the remote (new there)
        self._gp = gitpython
        self._repo = gitpython.Repo(root)
        self._remote = self._repo.remote(name)

    def __enter__(self) -> Remote:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._repo.close()

    def fetch(self) -> None:
        try:
            with self._repo.git.custom_environment(**_ENV):
                self._remote.fetch()
        except self._gp.GitCommandError as exc:
            raise GitError(f"无法连接远程仓库 {self.name}：请检查网络和地址，本地数据未改动",
                           f"cannot reach the remote {self.name}: check the network and its URL; "
                           "nothing changed locally", _stderr(exc)) from None

    def push(self, branch: str, baselines: bool = False) -> list[str]:
        """Push HEAD to the branch and record it as upstream, and with `baselines` the tags
        baseline/… (印发: a fact of the shared ledger, not of one machine) in the same push.
        Raises unless the remote took the branch; returns the baselines it did not take: a
        tag of that name it holds for another commit (both offices marked a plan issued on
        one day) is never forced over, and costs the branch nothing."""
        gp = self._gp
        said = gp.RemoteProgress()  # keeps the lines a remote hook writes ("remote: …")
        refspecs = [f"HEAD:refs/heads/{branch}"]
        if baselines:
            refspecs.append("refs/tags/baseline/*:refs/tags/baseline/*")
        try:
            with self._repo.git.custom_environment(**_ENV):
                every = self._remote.push(refspecs, progress=said, set_upstream=True)
        except gp.GitCommandError as exc:
            raise self._unreachable(_stderr(exc)) from None
        tags = [i for i in every if i.remote_ref_string.startswith("refs/tags/")]
        infos = [i for i in every if not i.remote_ref_string.startswith("refs/tags/")]
        refused = gp.PushInfo.REJECTED | gp.PushInfo.REMOTE_REJECTED | gp.PushInfo.ERROR
        kept_here = [i.remote_ref_string.removeprefix("refs/tags/") for i in tags if i.flags & refused]
        self.shared = [i.remote_ref_string.removeprefix("refs/tags/") for i in tags
                       if i.flags & gp.PushInfo.NEW_TAG and not i.flags & refused]
        heard = _remote_said(said)
        if any(info.flags & gp.PushInfo.REJECTED or _lost_race(info, heard) for info in infos):
            raise GitError("推送被拒绝：远程仓库在此期间有了新的提交，请再运行一次 tracker sync",
                           "the push was rejected: the remote got new commits meanwhile; run "
                           "tracker sync again", _summaries(infos))
        if any(info.flags & gp.PushInfo.REMOTE_REJECTED for info in infos):
            raise GitError(f"远程仓库 {self.name} 拒绝了推送（见下方原因）：本地已合并，"
                           "请联系管理远程仓库的同事",
                           f"the remote {self.name} refused the push (reason below); the local "
                           "merge is kept: ask whoever runs the remote", heard or _summaries(infos))
        if not infos or any(info.flags & gp.PushInfo.ERROR for info in infos) or \
                (every.error and not kept_here):
            raise self._unreachable(_stderr(every.error) if every.error else _summaries(infos))
        return kept_here

    def _unreachable(self, detail: str) -> GitError:
        return GitError(f"无法推送到远程仓库 {self.name}：本地已合并，稍后再运行 tracker sync",
                        f"cannot push to the remote {self.name}: the local merge is kept; run "
                        "tracker sync again later", detail)


def _lost_race(info: object, heard: str) -> bool:
    """The remote refused because another push moved the branch between our fetch and our
    push (two offices syncing at the same moment): the same as a plain rejection."""
    said = f"{getattr(info, 'summary', '')}\n{heard}"
    return "cannot lock ref" in said and "but expected" in said


def _stderr(exc: BaseException) -> str:
    text = getattr(exc, "stderr", "") or str(exc)
    return str(text).strip().removeprefix("stderr:").strip().strip("'")


def _remote_said(progress: object) -> str:
    lines = getattr(progress, "other_lines", [])
    return "\n".join(ln.removeprefix("remote:").strip() for ln in lines
                     if ln.startswith("remote:"))


def _summaries(infos: list) -> str:
    return "\n".join(f"{info.remote_ref_string}: {info.summary.strip()}" for info in infos)
