"""No lost edits, no half-written files, a usable repository whatever happens mid-save."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import TODAY, git, make_repo
from tracker.history import git as git_layer
from tracker.store import load, ondisk, planfile
from tracker.workspace import Workspace

TRACKER = str(Path(sys.executable).with_name("tracker"))


def plan_with_tasks(n: int) -> str:
    tasks = "".join(f"  - id: T{i}\n    title: 任务{i}\n    status: doing\n    progress: 0\n"
                    for i in range(1, n + 1))
    return f"format: 1\nid: big\ntitle: 并发测试\nyear: 2026\ntasks:\n{tasks}"


def test_fifty_concurrent_writers_all_land(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r", plans={"big": plan_with_tasks(25)})
    env = {**os.environ, "TRACKER_TODAY": TODAY}
    procs = []
    for i in range(1, 26):
        procs.append(subprocess.Popen([TRACKER, "--repo", str(repo), "set", f"big/T{i}", f"progress={i + 50}"],
                                      env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
        procs.append(subprocess.Popen([TRACKER, "--repo", str(repo), "note", f"big/T{i}", f"第{i}条进展"],
                                      env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    for p in procs:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err.decode()
    loaded = load.load_plan_bytes((repo / "plans" / "big.yaml").read_bytes(), "plans/big.yaml")
    assert loaded.plan is not None and loaded.problems == ()
    for i in range(1, 26):
        task = loaded.plan.task(f"T{i}")
        assert task is not None and task.progress == i + 50
        assert [u.text for u in task.updates] == [f"第{i}条进展"]
    log = git(repo, "log", "--format=%s")
    assert len(log.splitlines()) == 51
    for i in range(1, 26):
        assert f"big/T{i}: progress 0 → {i + 50}" in log
        assert f"big/T{i}: update: 第{i}条进展" in log
    assert git(repo, "status", "--porcelain") == ""


def test_nothing_in_the_core_is_posix_only() -> None:
    """Offices run Windows as often as Linux: no module under tracker/ may import fcntl (or
    another POSIX-only module) — except the write lock, which takes `flock` directly on POSIX
    (filelock 4 costs 50–90 ms to import) inside a function Windows never calls, and keeps
    filelock for Windows."""
    import ast

    posix_only = {"fcntl", "termios", "pwd", "grp", "resource", "posix"}
    root = Path(__file__).resolve().parent.parent / "tracker"
    lock = root / "store" / "writelock.py"
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        if path == lock:
            top = {a.name for n in tree.body if isinstance(n, ast.Import) for a in n.names}
            top |= {n.module for n in tree.body if isinstance(n, ast.ImportFrom) and n.module}
            assert not {m.split(".")[0] for m in top} & posix_only, "fcntl only inside a function"
            assert "filelock" in names and 'os.name != "nt"' in path.read_text(encoding="utf-8")
            names -= {"fcntl"}
        assert not {m.split(".")[0] for m in names} & posix_only, path


def test_the_write_lock_makes_threads_wait_for_each_other(demo_repo: Path) -> None:
    """The TUI saves in a worker thread while its main thread may commit hand edits: each
    holds its own lock, and the second waits for the first as another process would."""
    import threading

    ws = Workspace.open(demo_repo)
    order: list[str] = []
    inside = threading.Event()

    def first() -> None:
        with ws.lock():
            order.append("first in")
            inside.set()
            time.sleep(0.3)
            order.append("first out")

    thread = threading.Thread(target=first)
    thread.start()
    inside.wait(5)
    with ws.lock():
        order.append("second in")
    thread.join()
    assert order == ["first in", "first out", "second in"]


def test_the_write_lock_without_flock_is_filelock_s(demo_repo: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows (and a file system without flock) take filelock: threads still wait in turn."""
    from tracker.store import writelock

    monkeypatch.setattr(writelock, "_flocked", lambda path: None)
    test_the_write_lock_makes_threads_wait_for_each_other(demo_repo)


def test_the_write_lock_waits_for_another_process(demo_repo: Path) -> None:
    """Another process holding the lock (a second tracker) makes a save wait until it lets go."""
    import subprocess
    import sys

    ws = Workspace.open(demo_repo)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from tracker.workspace import Workspace; ws = Workspace.open(Path(sys.argv[1]))\n"
         "with ws.lock():\n print('in', flush=True); time.sleep(0.5)", str(demo_repo)],
        stdout=subprocess.PIPE, cwd=Path(__file__).resolve().parent.parent)
    assert holder.stdout is not None and holder.stdout.readline().strip() == b"in"
    start = time.monotonic()
    with ws.lock():
        waited = time.monotonic() - start
    holder.wait(10)
    assert waited > 0.2


def _state(repo: Path) -> bytes:
    return (repo / "plans" / "big.yaml").read_bytes()


@pytest.mark.parametrize("step", ["mkstemp", "write", "fsync", "replace"])
def test_a_write_that_fails_at_any_step_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            step: str) -> None:
    repo = make_repo(tmp_path / "r", plans={"big": plan_with_tasks(3)})
    before = _state(repo)

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "injected failure")

    target = {"mkstemp": (ondisk, "make_temporary"), "fsync": (ondisk.os, "fsync"),
              "replace": (ondisk.os, "replace"), "write": (ondisk.os, "fdopen")}[step]
    monkeypatch.setattr(*target, boom)
    ws = Workspace.open(repo)
    with pytest.raises(planfile.EditError):
        ws.apply(ws.plan("big"), [planfile.set_field("T1", "progress", 9)], "x", [])
    monkeypatch.undo()
    assert _state(repo) == before
    assert [p.name for p in (repo / "plans").iterdir()] == ["big.yaml"]  # no temp file left
    assert git(repo, "status", "--porcelain") == ""


def test_disk_full_is_a_clear_message_and_nothing_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          tracker) -> None:
    repo = make_repo(tmp_path / "r", plans={"big": plan_with_tasks(3)})
    before = _state(repo)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ondisk.os, "fsync", full)
    result = tracker("--repo", str(repo), "set", "big/T1", "progress=9")
    assert result.code == 1 and "磁盘已满" in result.err and "Traceback" not in result.err
    assert _state(repo) == before


def test_a_failed_commit_is_found_on_the_next_run_and_committed_with_the_next_edit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tracker) -> None:
    repo = make_repo(tmp_path / "r", plans={"big": plan_with_tasks(3)})

    def refuse(*args: object, **kwargs: object) -> str:
        raise git_layer.GitError("提交失败（测试）", "commit failed (test)")

    monkeypatch.setattr(git_layer, "commit", refuse)
    first = tracker("--repo", str(repo), "set", "big/T1", "progress=30")
    assert first.code == 1 and "git 提交失败" in first.err
    assert "progress: 30" in _state(repo).decode()  # the edit itself is kept
    monkeypatch.undo()
    listed = tracker("--repo", str(repo), "check")
    assert "plans/big.yaml 已保存但没有提交" in listed.err
    second = tracker("--repo", str(repo), "set", "big/T2", "progress=40")
    assert second.code == 0, second.err
    message = git(repo, "log", "-1", "--format=%B")
    assert "Includes: big/T1: progress 0 → 30" in message
    assert git(repo, "status", "--porcelain") == ""
    assert "没有提交" not in tracker("--repo", str(repo), "check").err


def test_a_save_killed_after_its_commit_is_not_said_or_carried_again(
        tmp_path: Path, tracker) -> None:
    """git killed after writing the commit, before the index and before the marker came off:
    HEAD holds the save. It must not be announced as uncommitted on every run, nor named by
    the next commit as a change it carries."""
    from tracker.history import pending

    repo = make_repo(tmp_path / "r", plans={"big": plan_with_tasks(3)})
    assert tracker("--repo", str(repo), "set", "big/T1", "progress=30").code == 0
    blob = git(repo, "rev-parse", "HEAD:plans/big.yaml").strip()
    git(repo, "read-tree", "HEAD~1")  # the index as the killed git left it
    pending.mark(repo, "plans/big.yaml", "big/T1: progress 0 → 30", blob)
    assert "没有提交" not in tracker("--repo", str(repo), "check").err
    assert tracker("--repo", str(repo), "set", "big/T2", "progress=40").code == 0
    assert "Includes:" not in git(repo, "log", "-1", "--format=%B")
    assert git(repo, "show", "HEAD:plans/big.yaml").count("progress: 30") == 1


def test_temporary_files_of_killed_writes_are_cleared_once_stale(tmp_path: Path, tracker) -> None:
    repo = make_repo(tmp_path / "r", plans={"big": plan_with_tasks(3)})
    stale, fresh = repo / "plans" / ".big.yaml.k1ll3d.tmp", repo / "plans" / ".big.yaml.n0w.tmp"
    for tmp in (stale, fresh):
        tmp.write_bytes(b"id: big\n")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    assert tracker("--repo", str(repo), "set", "big/T1", "progress=30").code == 0
    assert not stale.exists() and fresh.exists()


def _two_saves_not_committed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tracker) -> Path:
    """A repository where two saves of one plan were made and their commits failed."""
    repo = make_repo(tmp_path / "r", plans={"big": plan_with_tasks(3)})

    def refuse(*args: object, **kwargs: object) -> str:
        raise git_layer.GitError("提交失败（测试）", "commit failed (test)")

    monkeypatch.setattr(git_layer, "commit", refuse)
    assert tracker("--repo", str(repo), "set", "big/T1", "progress=30").code == 1
    assert tracker("--repo", str(repo), "note", "big/T3", "第一次进展").code == 1
    monkeypatch.undo()
    return repo


def test_a_commit_that_carries_two_failed_saves_names_both(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tracker) -> None:
    repo = _two_saves_not_committed(tmp_path, monkeypatch, tracker)
    assert tracker("--repo", str(repo), "set", "big/T2", "progress=40").code == 0
    message = git(repo, "log", "-1", "--format=%B")
    assert message.startswith("big/T2: progress 0 → 40\n")
    includes = [line for line in message.splitlines() if line.startswith("Includes:")]
    assert includes == ["Includes: big/T3: update: 第一次进展", "Includes: big/T1: progress 0 → 30"]
    assert git(repo, "status", "--porcelain") == ""


def test_the_notice_of_saves_not_committed_names_every_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tracker) -> None:
    """Two saves of one plan whose commits failed: every later command said only the last one
    ("big/T3: update: 第一次进展"), so a clerk checking what was not committed missed the other."""
    repo = _two_saves_not_committed(tmp_path, monkeypatch, tracker)
    err = tracker("--repo", str(repo), "list").err
    assert "plans/big.yaml 已保存但没有提交" in err, err
    assert "big/T3: update: 第一次进展" in err and "big/T1: progress 0 → 30" in err, err
    assert "2 处修改" in err, err


def test_a_refusing_pre_commit_hook_keeps_the_save_pending_and_shows_its_words(
        tmp_path: Path, tracker) -> None:
    repo = make_repo(tmp_path / "r", plans={"big": plan_with_tasks(3)})
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(exist_ok=True)
    hook.write_text("#!/bin/sh\necho '本单位规定：进度须经科长审核' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    head = git(repo, "rev-parse", "HEAD")
    refused = tracker("--repo", str(repo), "set", "big/T1", "progress=30")
    assert refused.code == 1 and "Traceback" not in refused.err
    assert "已保存文件，但 git 提交失败" in refused.err and "pre-commit" in refused.err
    assert "本单位规定：进度须经科长审核" in refused.err and "--no-verify" in refused.err
    assert git(repo, "rev-parse", "HEAD") == head  # no commit behind the hook's back
    assert "progress: 30" in _state(repo).decode()  # the file stays saved
    assert "plans/big.yaml 已保存但没有提交" in tracker("--repo", str(repo), "check").err
    english = tracker("--repo", str(repo), "--lang", "en", "set", "big/T2", "progress=35")
    assert english.code == 1 and "a git hook (pre-commit) refused the commit" in english.err
    assert "本单位规定" in english.err
    # skipping the hooks only when asked, wherever the option is written
    done = tracker("--repo", str(repo), "set", "big/T3", "progress=40", "--no-verify")
    assert done.code == 0, done.err
    message = git(repo, "log", "-1", "--format=%B")
    assert "Includes: big/T2: progress 0 → 35" in message
    assert "Includes: big/T1: progress 0 → 30" in message
    assert git(repo, "status", "--porcelain") == ""


def test_a_git_killed_during_the_commit_is_said_as_killed_not_as_a_refusing_hook(
        tmp_path: Path, tracker) -> None:
    """A git commit killed half-way (by the machine, by a user closing a window) in a
    repository that has a hook: the hook did not refuse, so the clerk is not told to fix what
    it reports; the save stays pending and the lock git left is named on the next run."""
    repo = make_repo(tmp_path / "r", plans={"big": plan_with_tasks(3)})
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(exist_ok=True)
    hook.write_text("#!/bin/sh\nkill -9 $PPID\nsleep 1\n", encoding="utf-8")
    hook.chmod(0o755)
    killed = tracker("--repo", str(repo), "set", "big/T1", "progress=30")
    assert killed.code == 1 and "Traceback" not in killed.err
    assert "已保存文件，但 git 提交失败" in killed.err
    assert "钩子" not in killed.err and "被终止" in killed.err, killed.err
    english = tracker("--repo", str(repo), "--lang", "en", "check")
    assert "saved but not committed" in english.err
    hook.unlink()
    locked = tracker("--repo", str(repo), "commit")
    assert locked.code == 1 and "index.lock" in locked.err
    (repo / ".git" / "index.lock").unlink()
    assert tracker("--repo", str(repo), "commit").code == 0
    assert "progress: 30" in git(repo, "show", "HEAD:plans/big.yaml")


def test_tracker_commit_runs_the_hooks_too_and_names_the_saves_it_carries(
        tmp_path: Path, tracker) -> None:
    repo = make_repo(tmp_path / "r", plans={"big": plan_with_tasks(3)})
    hook = repo / ".git" / "hooks" / "commit-msg"
    hook.parent.mkdir(exist_ok=True)
    hook.write_text("#!/bin/sh\necho '提交说明须含文号' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    assert tracker("--repo", str(repo), "set", "big/T1", "progress=30").code == 1
    refused = tracker("--repo", str(repo), "commit")
    assert refused.code == 1 and "commit-msg" in refused.err and "提交说明须含文号" in refused.err
    done = tracker("--repo", str(repo), "--no-verify", "commit")
    assert done.code == 0, done.err
    message = git(repo, "log", "-1", "--format=%B")
    assert "Edit: hand" in message and "Includes: big/T1: progress 0 → 30" in message
    assert "没有提交" not in tracker("--repo", str(repo), "check").err


def test_killed_writers_leave_old_or_new_never_half(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r", plans={"big": plan_with_tasks(40)})
    rng = random.Random(4)
    # How long one save takes on this machine now (a loaded CI machine is several times
    # slower): the kills are spread over that time, so some land before and some after.
    start = time.monotonic()
    subprocess.run([TRACKER, "--repo", str(repo), "set", "big/T20", "progress=99"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    took = time.monotonic() - start
    seen = {_state(repo)}
    for attempt in range(30):
        if attempt >= 12 and len(seen) > 1:
            break
        proc = subprocess.Popen([TRACKER, "--repo", str(repo), "set", "big/T20", f"progress={attempt + 1}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        # before, during and after the save; later, longer waits if the machine got slower
        time.sleep(rng.uniform(0.1, 1.6) * took * (1 + attempt // 12))
        # tracker and the git it started, together (a closed terminal, a power cut): a git
        # left running would still be writing while the checks below run git themselves, and
        # the lock removed below would be a live one
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raw = _state(repo)
        loaded = load.load_plan_bytes(raw, "plans/big.yaml")
        assert loaded.plan is not None and loaded.problems == (), raw[-300:]
        progress = loaded.plan.task("T20").progress  # type: ignore[union-attr]
        assert progress in (99, *range(1, attempt + 2))
        seen.add(raw)
        lock = repo / ".git" / "index.lock"
        if lock.exists():  # killed inside git commit: git's own lock stays, as with any git
            lock.unlink()
        assert subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True).returncode == 0
    assert len(seen) > 1  # some kills landed after the write


def test_edit_applies_on_top_of_a_hand_edit_made_meanwhile(demo_repo: Path) -> None:
    ws = Workspace.open(demo_repo)
    plan = ws.plan("clean-heating-2026")
    path = demo_repo / plan.path
    path.write_text(path.read_text(encoding="utf-8").replace("progress: 50", "progress: 55"), encoding="utf-8")
    ws.apply(plan, [planfile.set_field("T3", "progress", 70)], "x", [])
    text = path.read_text(encoding="utf-8")
    assert "progress: 55" in text and "progress: 70" in text


def test_a_view_that_saw_an_older_version_is_refused(demo_repo: Path) -> None:
    ws = Workspace.open(demo_repo)
    plan = ws.plan("clean-heating-2026")
    seen = ws.loaded("clean-heating-2026").blob
    path = demo_repo / plan.path
    path.write_text(path.read_text(encoding="utf-8").replace("progress: 50", "progress: 55"), encoding="utf-8")
    with pytest.raises(planfile.ChangedOnDisk):
        ws.apply(plan, [planfile.set_field("T3", "progress", 70)], "x", [], expected_blob=seen)
    assert "progress: 55" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("state,needle", [
    ("detached", "detached HEAD"),
    ("merge", "git merge --abort"),
    ("rebase", "git rebase --abort"),
    ("index-lock", "index.lock"),
    ("head-lock", ".git/HEAD.lock 存在；没有发现正在运行的 git 程序"),
    ("ref-lock", ".git/refs/heads/main.lock 存在；没有发现正在运行的 git 程序"),
    ("read-only", "plans/clean-heating-2026.yaml 是只读文件"),
])
def test_repository_states_give_clear_messages_and_keep_data(demo_repo: Path, tracker, state: str,
                                                             needle: str) -> None:
    path = demo_repo / "plans" / "clean-heating-2026.yaml"
    before = path.read_bytes()
    if state == "detached":
        git(demo_repo, "checkout", "-q", "--detach")
    elif state == "merge":
        (demo_repo / ".git" / "MERGE_HEAD").write_text(git(demo_repo, "rev-parse", "HEAD"))
    elif state == "rebase":
        (demo_repo / ".git" / "rebase-merge").mkdir()
    elif state.endswith("-lock"):  # left by a git killed mid-commit
        name = {"index": "index.lock", "head": "HEAD.lock", "ref": "refs/heads/main.lock"}
        (demo_repo / ".git" / name[state.split("-")[0]]).write_text("")
    else:
        path.chmod(0o444)
    result = tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T3", "progress=70")
    assert result.code == 1
    assert needle in result.err and "Traceback" not in result.err
    assert "fatal:" not in result.err  # a sentence, not git's own text
    if not state.endswith("-lock"):
        assert path.read_bytes() == before
    assert tracker("--repo", str(demo_repo), "check").code == 0


@pytest.fixture
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real 512 KB filesystem (tmpfs), where the machine lets us mount one."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount_point)],
                          capture_output=True)
    if proc.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root); ENOSPC is covered by injection above")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def test_a_really_full_disk_keeps_the_plan_intact(small_disk: Path, tracker) -> None:
    repo = small_disk / "office"
    repo.mkdir()
    (repo / "plans").mkdir()
    (repo / "tracker.yaml").write_text("language: zh\n", encoding="utf-8")
    (repo / "plans" / "big.yaml").write_text(plan_with_tasks(3), encoding="utf-8")
    subprocess.run(["git", "init", "-q", "--template=", str(repo)], check=True)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "plans")
    before = _state(repo)
    filler = small_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:  # take every free block
        while True:
            os.write(fd, b"\0" * 1024)
    except OSError:
        pass
    finally:
        os.close(fd)
    result = tracker("--repo", str(repo), "set", "big/T1", "progress=9")
    assert result.code == 1 and "Traceback" not in result.err
    assert "磁盘已满" in result.err or "No space" in result.err
    assert _state(repo) == before
    filler.unlink()
    assert tracker("--repo", str(repo), "check").code == 0
    assert tracker("--repo", str(repo), "set", "big/T1", "progress=9").code == 0
