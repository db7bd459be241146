"""Sharing plans between machines and offices through an ordinary git remote.

`sync` = fetch, merge, push. Plan files merge through our merge driver (`history.merge`),
registered for plans/*.yaml in the attributes and in the repository's git config; `init`
and `sync` set it up when it is missing. A sync never leaves the repository unusable: it
refuses to start in a state it cannot finish from (detached HEAD, a merge in progress,
uncommitted plan edits), and a conflict stops it with the merge in progress and every
conflicting value recorded in the file, for `tracker check` to show and `tracker commit`
to finish. A plan that would go out with check errors stops it before the push, with the
merge committed locally, so one office's broken plan does not reach everyone silently.
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tracker.history import git, transport, twin_plans
from tracker.history.git import GitError
from tracker.model import Conflict
from tracker.problems import Problem
from tracker.store import load

# Given the plan files a push would change on the remote, the errors that must stop it.
Gate = Callable[[list[str]], list[Problem]]

# plans merge per task and field; units.yaml per unit, group and person (`merge-driver`)
ATTRIBUTE_LINES = ("plans/*.yaml merge=tracker", "units.yaml merge=tracker")
SHARED_SETTINGS = ("tracker.yaml", "units.yaml")  # what makes a clone a tracker repository
THEIRS_ENV = "TRACKER_MERGE_THEIRS"


def driver_command() -> str:
    """The command git runs for a plan merge: this very Python, so the driver always exists."""
    code = "from tracker.cli import main; main()"
    return f"{shlex.quote(sys.executable)} -c {shlex.quote(code)} merge-driver %O %A %B %P"


def ensure_driver(root: Path, write_gitattributes: bool = False) -> bool:
    """Register the merge driver in git config and the attributes (plans, units.yaml); True if
    anything changed. `write_gitattributes` puts the lines in the shared .gitattributes (init);
    otherwise it goes to .git/info/attributes, which needs no commit."""
    changed = False
    if git.config_get(root, "merge.tracker.driver") != driver_command():
        git.config_set(root, "merge.tracker.name", "tracker plan merge (per task and field)")
        git.config_set(root, "merge.tracker.driver", driver_command())
        changed = True
    probe = git.run_git(root, "check-attr", "merge", "--", "plans/x.yaml", "units.yaml",
                        check=False).stdout.decode().splitlines()
    missing = [line for k, line in enumerate(ATTRIBUTE_LINES)
               if k >= len(probe) or not probe[k].strip().endswith(": tracker")]
    if not missing:
        return changed
    gdir = git.git_dir(root)
    target = root / ".gitattributes" if write_gitattributes or gdir is None else \
        gdir / "info" / "attributes"
    target.parent.mkdir(parents=True, exist_ok=True)
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    target.write_text(old + ("" if not old or old.endswith("\n") else "\n")
                      + "".join(line + "\n" for line in missing), encoding="utf-8")
    return True


@dataclass
class SyncResult:
    remote: str
    branch: str
    merged: bool = False  # a merge (or fast-forward) brought in their commits
    fast_forward: bool = False  # ...by moving the branch up to theirs: nothing was merged
    came: int = 0  # their commits (merges aside) taken in
    went: int = 0  # our commits (merges aside) the push sent
    pushed: bool = False
    conflicts: list[tuple[str, str, Conflict]] = field(default_factory=list)  # path, where
    other_conflicts: list[str] = field(default_factory=list)  # non-plan files in conflict
    renumbered: list[str] = field(default_factory=list)
    # our plan files moved aside before the merge: the other office added another plan there
    set_apart: list[tuple[str, str, str | None]] = field(default_factory=list)
    # baselines (tags) the remote holds under the same name for another commit: not shared
    baselines_kept_here: list[str] = field(default_factory=list)
    baselines_shared: list[str] = field(default_factory=list)  # new on the remote now
    unpushed: list[Problem] = field(default_factory=list)  # check errors that stopped the push
    incoming: list[Problem] = field(default_factory=list)  # check errors in plans that came in
    deleted_by: dict[str, str] = field(default_factory=dict)  # path -> "ours"/"theirs": changed
    # on one side, deleted on the other (among other_conflicts)


def current_branch(root: Path) -> str | None:
    proc = git.run_git(root, "symbolic-ref", "-q", "--short", "HEAD", check=False)
    return proc.stdout.decode().strip() or None


def unmerged_paths(root: Path) -> list[str]:
    proc = git.run_git(root, "diff", "--name-only", "--diff-filter=U", "-z", check=False)
    return [p for p in proc.stdout.decode("utf-8", "replace").split("\0") if p]


def _ref_exists(root: Path, ref: str) -> bool:
    return git.run_git(root, "rev-parse", "-q", "--verify", ref, check=False).returncode == 0


def preflight(root: Path) -> str:
    """The branch to sync, or a clear refusal."""
    if not git.is_repo(root):
        raise GitError("此目录不是 git 仓库", "this directory is not a git repository")
    state = git.state_problem(root)
    if state is not None:
        raise state
    gdir = git.git_dir(root)
    if gdir is not None:  # a merge that cannot write the index stops half-way: not started
        lock = gdir / "index.lock"

        def unlocked() -> None:
            if lock.exists():
                raise git.LockedError(root, str(lock), "")

        git.retry_locked(unlocked, root)
    branch = current_branch(root)
    if branch is None:
        raise GitError("当前处于“分离头指针”（detached HEAD）状态：先运行 git switch 分支名 回到分支",
                       "HEAD is detached: switch back to a branch first (git switch BRANCH)")
    if not _ref_exists(root, "HEAD"):
        raise GitError("仓库还没有任何提交，无法同步：要取回别处共享的计划，在另一个文件夹里运行 "
                       "git clone 共享仓库地址；要共享这里的计划，先提交它们（git add -A，再 git "
                       "commit -m 建立台账），再运行 tracker sync",
                       "the repository has no commits yet, so there is nothing to sync: to get "
                       "plans shared elsewhere, run git clone SHARED-REPOSITORY in another folder; "
                       "to share the plans here, commit them first (git add -A, then git commit "
                       "-m MESSAGE) and run tracker sync again")
    from tracker.store.paths import is_litter

    # Thumbs.db, desktop.ini, an open sheet's ~$ file: no one's work, never committed
    dirty = [p for p in git.dirty_paths(root, "plans") if not is_litter(p)]
    links = [p for p in dirty if (root / p).is_symlink()]
    if links:  # never committed (check refuses a link), so tracker commit would not help
        raise GitError(f"{'、'.join(links)} 是符号链接（指向别处），不能同步：删除它，或在那里放一份普通的计划文件",
                       f"{', '.join(links)} is a symbolic link (pointing elsewhere) and cannot be "
                       "synced: remove it, or put a plain plan file there")
    if dirty:
        raise GitError(f"有未提交的计划修改（{'、'.join(dirty)}）：先运行 tracker commit",
                       f"plans have uncommitted edits ({', '.join(dirty)}): run tracker commit first")
    # plans shared without the settings and units are no tracker repository to the other office
    settings = [n for n in SHARED_SETTINGS if (root / n).is_file()]
    committed = git.run_git(root, "ls-tree", "--name-only", "HEAD", "--", *settings,
                            check=False).stdout.decode("utf-8", "replace").split()
    missing = [n for n in settings if n not in committed]
    if missing:
        names = " ".join(missing)
        raise GitError(f"{'、'.join(missing)} 还没有提交进 git，同步出去的计划到了别处会缺少它们：先运行 "
                       f"tracker init（它提交这些文件；或 git add {names}，再 git commit -m 设置），"
                       "然后 tracker sync",
                       f"{', '.join(missing)} is not committed to git, so the plans would reach "
                       f"the other office without it: run tracker init (it commits them; or git "
                       f"add {names}, then git commit -m settings), then tracker sync")
    return branch


def pick_remote(root: Path, branch: str, remote: str | None) -> str:
    remotes = git.run_git(root, "remote").stdout.decode().split()
    name = remote or git.config_get(root, f"branch.{branch}.remote") or "origin"
    if name not in remotes:
        raise GitError(f"没有名为 {name} 的远程仓库：先运行 git remote add {name} 地址",
                       f"no remote named {name}: add one with git remote add {name} URL")
    return name


def changed_plans(root: Path, old: str | None, new: str = "HEAD") -> list[str]:
    """The plan files that differ (added or changed) between two commits; every plan in
    `new` when there is no `old`."""
    if old is not None and _ref_exists(root, old):
        proc = git.run_git(root, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=AMT",
                           old, new, "--", "plans")
    else:
        proc = git.run_git(root, "ls-tree", "-r", "-z", "--name-only", new, "--", "plans")
    names = proc.stdout.decode("utf-8", "replace").split("\0")
    return sorted(p for p in names if p.startswith("plans/") and p.endswith(".yaml"))


def sync(root: Path, remote: str | None, by: str | None, gate: Gate | None = None) -> SyncResult:
    """Fetch, merge and push. `gate` sees the plans about to go out; any error it returns
    stops the sync before the push (the merge, if any, stays committed locally). Errors in
    plans that only came in are reported, not stopped on: they are on the remote already."""
    branch = preflight(root)
    before = git.run_git(root, "rev-parse", "HEAD").stdout.decode().strip()
    name = pick_remote(root, branch, remote)
    ensure_driver(root)
    env = git.identity(root, by)
    with transport.Remote(root, name) as link:
        link.fetch()
        result = SyncResult(name, branch)
        theirs = f"refs/remotes/{name}/{branch}"
        if not _ref_exists(root, theirs):
            _refuse_a_second_branch(root, name, branch)
        if _ref_exists(root, theirs):
            behind = git.run_git(root, "merge-base", "--is-ancestor", theirs, "HEAD", check=False)
            if behind.returncode != 0:
                if git.run_git(root, "merge-base", "HEAD", theirs, check=False).returncode != 0:
                    raise _started_apart(name, branch)
                result.set_apart = twin_plans.set_apart(root, theirs, env)
                result.came = _count(root, f"HEAD..{theirs}")
                result.fast_forward = git.run_git(root, "merge-base", "--is-ancestor", "HEAD", theirs,
                                                  check=False).returncode == 0
                _merge(root, theirs, name, branch, env, result)
                if result.conflicts or result.other_conflicts:
                    return result
        if gate is not None:
            going = changed_plans(root, theirs)
            result.unpushed = gate(going)
            if result.unpushed:
                return result
            came = [p for p in changed_plans(root, before) if p not in going] if result.merged else []
            result.incoming = gate(came) if came else []
        result.went = _count(root, f"{theirs}..HEAD" if _ref_exists(root, theirs) else "HEAD")
        result.baselines_kept_here = link.push(branch, baselines=_has_baselines(root))
        result.baselines_shared = link.shared
        result.pushed = True
    return result


def _count(root: Path, span: str) -> int:
    """The commits in a span, merges aside: each is one change a clerk made (or a sync's own
    merge, which is no change of anyone's)."""
    proc = git.run_git(root, "rev-list", "--count", "--no-merges", span, check=False)
    return int(proc.stdout.decode().strip() or 0) if proc.returncode == 0 else 0


def _has_baselines(root: Path) -> bool:
    """Any baseline (tag baseline/…) here to share: most offices set none, and pay nothing."""
    return bool(git.run_git(root, "for-each-ref", "--count=1", "--format=x", "refs/tags/baseline/",
                            check=False).stdout.strip())


def _started_apart(name: str, branch: str) -> GitError:
    """Two ledgers that share no commit (each office ran tracker init): git will not merge them."""
    return GitError(
        f"这里的台账和远程仓库 {name} 上的 {branch} 是分别建立的（没有共同的历史），不能合并，本地数据未改动。"
        f"要加入对方的台账：在另一个文件夹里运行 git clone 远程仓库地址，把这里 plans/ 中对方没有的计划文件复制过去，"
        f"在那里运行 tracker commit 和 tracker sync",
        f"the ledger here and {branch} on the remote {name} were started apart (they share no "
        f"history), so they cannot be merged; nothing here was changed. To join the other "
        f"office's ledger: run git clone REMOTE-URL in another folder, copy the plan files from "
        f"plans/ here that it lacks into it, then run tracker commit and tracker sync there",
    )


def _refuse_a_second_branch(root: Path, name: str, branch: str) -> None:
    """Refuse to push `branch` to a remote that holds other branches but not this one: the
    other office shares one of those (a hosting site's main against git's master), and a push
    would leave each office syncing alone. An empty remote takes the branch."""
    listed = git.run_git(root, "for-each-ref", "--format=%(refname)", f"refs/remotes/{name}/",
                         check=False).stdout.decode("utf-8", "replace").split()
    others = [ref.removeprefix(f"refs/remotes/{name}/") for ref in listed if ref != f"refs/remotes/{name}/HEAD"]
    if not others:
        return
    there = "、".join(others)
    target = others[0] if len(others) == 1 else "对方的分支名"
    target_en = others[0] if len(others) == 1 else "THEIR-BRANCH"
    raise GitError(
        f"远程仓库 {name} 上没有 {branch} 分支，只有 {there}：另一处在用 {there}，推送 {branch} 会让两处各自同步、"
        f"互相看不到修改。先把本机分支改名：git branch -m {target}，再运行 tracker sync"
        f"（确要另建分支，用 git push -u {name} {branch}）",
        f"the remote {name} has no branch {branch}, only {', '.join(others)}: the other office works "
        f"there, and pushing {branch} would leave each office syncing alone. Rename this branch "
        f"first: git branch -m {target_en}, then run tracker sync (to start another branch on "
        f"purpose, run git push -u {name} {branch})",
    )


def _merge(root: Path, theirs: str, name: str, branch: str, env: dict[str, str],
           result: SyncResult) -> None:
    message = f"sync: merge {name}/{branch}\n\nTool: tracker\n"
    proc = git.run_git(root, "merge", "--no-edit", "-m", message, theirs, check=False,
                           env={**env, THEIRS_ENV: theirs})
    result.merged = True
    result.renumbered = [ln for ln in proc.stderr.decode("utf-8", "replace").splitlines()
                         if ln.startswith("tracker: renumbered")]
    if proc.returncode == 0:
        return
    unmerged = unmerged_paths(root)
    if not unmerged:
        detail = (proc.stdout + proc.stderr).decode("utf-8", "replace")
        merge_head = (git.git_dir(root) or root).joinpath("MERGE_HEAD")
        if merge_head.exists():
            git.run_git(root, "merge", "--abort", check=False)
        if merge_head.exists():  # not even the abort went through: say where things stand
            raise GitError("合并远程修改没有完成，仓库停在合并中：先运行 git merge --abort（它说明原因时"
                           "按它说的处理），再运行 tracker sync", "merging the remote changes did not "
                           "finish and the repository is left mid-merge: run git merge --abort (and "
                           "do what it says if it refuses), then tracker sync again", detail)
        raise _in_the_way(detail) or GitError("合并远程修改失败，本地数据未改动", "merging the "
                                              "remote changes failed; nothing changed locally", detail)
    for path in unmerged:
        stages = _stages(root, path)
        if stages and not {2, 3} <= stages:
            result.deleted_by[path] = "ours" if 2 not in stages else "theirs"
            result.other_conflicts.append(path)
            continue
        loaded = None
        if path.startswith("plans/") and path.endswith(".yaml") and (root / path).exists():
            loaded = load.load_plan_bytes((root / path).read_bytes(), path)
        if loaded is None or loaded.plan is None:
            result.other_conflicts.append(path)
            continue
        plan = loaded.plan
        found = [(path, plan.id, c) for c in plan.conflicts]
        found += [(path, f"{plan.id}/{t.id}", c) for t in plan.tasks for c in t.conflicts]
        if found:
            result.conflicts.extend(found)
        else:
            result.other_conflicts.append(path)


def _in_the_way(detail: str) -> GitError | None:
    """Git refused to start the merge because files it would write hold work of ours that is
    not committed (units.yaml edited by hand, a file not added yet): name them and what to do."""
    lines = detail.splitlines()
    for i, line in enumerate(lines):
        if "would be overwritten by merge" in line:
            names = []
            for follow in lines[i + 1:]:
                if not follow.startswith("\t"):
                    break
                names.append(follow.strip())
            zh, en = "、".join(names), ", ".join(names)
            if "untracked" in line:
                return GitError(f"{zh} 还没有提交进 git，而对方的修改里有同名文件：先把它提交（git add "
                                "后 git commit）或移走，再运行 tracker sync；本地数据未改动",
                                f"{en} is not committed to git, and the other side's changes hold a "
                                "file of that name: commit it (git add, git commit) or move it "
                                "away, then run tracker sync; nothing changed locally")
            command = f"git commit -m 说明 -- {' '.join(names)}"
            return GitError(f"{zh} 有未提交的修改，而对方也改了它：先提交（{command}），再运行 "
                            "tracker sync；本地数据未改动",
                            f"{en} has uncommitted edits and the other side changed it too: commit "
                            f"them first ({command.replace('说明', 'MESSAGE')}), then run tracker "
                            "sync; nothing changed locally")
    return None


def _stages(root: Path, path: str) -> set[int]:
    """Which versions of a conflicted path the index holds: 1 base, 2 ours, 3 theirs."""
    proc = git.run_git(root, "ls-files", "-u", "-z", "--", path, check=False)
    rows = [r for r in proc.stdout.decode("utf-8", "replace").split("\0") if "\t" in r]
    return {int(r.split("\t", 1)[0].split()[2]) for r in rows}


def rebasing(root: Path) -> bool:
    """A rebase is under way (`git pull --rebase`, `git rebase`): in it the commit being
    replayed, the office's own, is "theirs" to a merge driver, and the branch it goes onto
    is "ours"."""
    gdir = git.git_dir(root)
    return gdir is not None and any((gdir / d).is_dir() for d in ("rebase-merge", "rebase-apply"))


def theirs_author(root: Path, path: str) -> str | None:
    """Who last changed this file on their side (for the conflict record), when sync said."""
    import os

    ref = os.environ.get(THEIRS_ENV)
    if not ref:
        return None
    proc = git.run_git(root, "log", "-1", "--format=%an", f"HEAD..{ref}", "--", path,
                           check=False)
    return proc.stdout.decode("utf-8", "replace").strip() or None
