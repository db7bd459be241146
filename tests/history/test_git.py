"""The git layer's commit: exactly the given paths, new files included, identity enforced."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.conftest import git, make_repo
from tracker.history import git as git_layer


def test_commit_takes_only_the_given_paths_and_adds_new_files(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r", demo=True)
    (repo / "plans" / "new-plan.yaml").write_text("format: 1\nid: new-plan\ntitle: 新\n", encoding="utf-8")
    (repo / "units.yaml").write_text("units: []\n", encoding="utf-8")
    git(repo, "add", "units.yaml")  # someone's staged work, not ours to commit
    short = git_layer.commit(repo, ["plans/new-plan.yaml"], "new-plan: 新建计划")
    assert git(repo, "rev-parse", "--short", "HEAD").strip() == short
    assert git(repo, "show", "--name-only", "--format=", "HEAD").split() == ["plans/new-plan.yaml"]
    assert git(repo, "diff", "--cached", "--name-only").split() == ["units.yaml"]


def test_by_names_the_author_and_no_identity_is_refused(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r", demo=True)
    path = repo / "plans" / "clean-heating-2026.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# x\n", encoding="utf-8")
    git_layer.commit(repo, ["plans/clean-heating-2026.yaml"], "m", by="王某")
    assert git(repo, "log", "-1", "--format=%an <%ae>") == "王某 <tester@example.org>\n"
    (Path(os.environ["HOME"]) / ".gitconfig").write_text("", encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8") + "# y\n", encoding="utf-8")
    with pytest.raises(git_layer.GitError) as err:
        git_layer.commit(repo, ["plans/clean-heating-2026.yaml"], "m")
    assert "git config --global user.name" in err.value.message("zh")


def test_a_commit_is_one_git_process_and_a_missing_email_still_falls_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """git itself checks the identity (user.useConfigOnly, so it never invents root@host):
    the tool asks git config only when that check fails and --by can stand in."""
    repo = make_repo(tmp_path / "r", demo=True)
    path = repo / "plans" / "clean-heating-2026.yaml"
    calls: list[str] = []
    real = git_layer.run_git

    def counted(root, *args, **kwargs):
        calls.append(args[args.index("commit") if "commit" in args else 0])
        return real(root, *args, **kwargs)

    monkeypatch.setattr(git_layer, "run_git", counted)
    for by in (None, "王某"):
        calls.clear()
        path.write_text(path.read_text(encoding="utf-8") + "# x\n", encoding="utf-8")
        git_layer.commit(repo, ["plans/clean-heating-2026.yaml"], "m", by=by)
        assert calls == ["commit"], calls
    assert git(repo, "log", "-1", "--format=%an <%ae> / %cn <%ce>") == \
        "王某 <tester@example.org> / 测试员 <tester@example.org>\n"
    # no email anywhere in git's config: --by commits as before, under tracker@localhost
    home = tmp_path / "bare-home"
    home.mkdir()
    (home / ".gitconfig").write_text("[user]\n\tname = 办公室\n", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    path.write_text(path.read_text(encoding="utf-8") + "# y\n", encoding="utf-8")
    git_layer.commit(repo, ["plans/clean-heating-2026.yaml"], "m", by="李四")
    assert git(repo, "log", "-1", "--format=%an <%ae> / %cn <%ce>") == \
        "李四 <tracker@localhost> / 办公室 <tracker@localhost>\n"
    path.write_text(path.read_text(encoding="utf-8") + "# z\n", encoding="utf-8")
    with pytest.raises(git_layer.GitError) as err:  # and without --by it is refused
        git_layer.commit(repo, ["plans/clean-heating-2026.yaml"], "m")
    assert "git config --global user.name" in err.value.message("zh")
    assert git(repo, "log", "-1", "--format=%an") == "李四\n"


def refusing_hook(repo: Path, name: str = "pre-commit") -> None:
    hook = repo / ".git" / "hooks" / name
    hook.parent.mkdir(exist_ok=True)
    hook.write_text("#!/bin/sh\necho '计划文件缺少审核人签字' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)


def test_commit_hooks_run_and_a_refusal_carries_the_hooks_own_words(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r", demo=True)
    refusing_hook(repo)
    path = repo / "plans" / "clean-heating-2026.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# x\n", encoding="utf-8")
    before = git(repo, "rev-parse", "HEAD")
    with pytest.raises(git_layer.HookRefused) as err:
        git_layer.commit(repo, ["plans/clean-heating-2026.yaml"], "m")
    assert git(repo, "rev-parse", "HEAD") == before
    zh, en = err.value.message("zh"), err.value.message("en")
    assert "pre-commit" in zh and "钩子" in zh and "计划文件缺少审核人签字" in zh
    assert "pre-commit" in en and "--no-verify" in en and "计划文件缺少审核人签字" in en
    git_layer.commit(repo, ["plans/clean-heating-2026.yaml"], "m", verify=False)
    assert git(repo, "rev-parse", "HEAD") != before


@pytest.mark.parametrize("lock", ["HEAD.lock", "refs/heads/main.lock", "index.lock"])
def test_a_stale_lock_is_a_sentence_that_names_it_and_says_it_is_safe_to_remove(
        tmp_path: Path, lock: str) -> None:
    repo = make_repo(tmp_path / "r", demo=True)
    (repo / ".git" / lock).write_text("", encoding="utf-8")
    path = repo / "plans" / "clean-heating-2026.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# x\n", encoding="utf-8")
    with pytest.raises(git_layer.LockedError) as err:
        git_layer.commit(repo, ["plans/clean-heating-2026.yaml"], "m")
    zh, en = err.value.message("zh"), err.value.message("en")
    assert f".git/{lock} 存在" in zh and "没有发现正在运行的 git 程序" in zh
    assert f'rm ".git/{lock}"' in zh and "fatal" not in zh
    assert f".git/{lock} exists" in en and "safe to remove" in en


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="lists processes through /proc")
def test_a_lock_while_git_still_runs_says_to_wait(tmp_path: Path) -> None:
    import subprocess

    repo = make_repo(tmp_path / "r", demo=True)
    (repo / ".git" / "HEAD.lock").write_text("", encoding="utf-8")
    running = subprocess.Popen(["git", "cat-file", "--batch"], cwd=repo, stdin=subprocess.PIPE,
                               stdout=subprocess.DEVNULL)
    try:
        comm = Path(f"/proc/{running.pid}/comm")
        for _ in range(100):  # until the child has become git (after fork, before exec)
            if not comm.exists() or comm.read_text().startswith("git"):
                break
            time.sleep(0.02)
        err = git_layer.LockedError(repo, str(repo / ".git" / "HEAD.lock"), "")
        assert f"进程 {running.pid}" in err.message("zh") and "不要删除" in err.message("zh")
        assert f"process {running.pid}" in err.message("en")
    finally:
        running.communicate(b"")
    assert "没有发现" in err.message("zh")  # it has ended: now the lock is stale


def test_where_processes_cannot_be_listed_the_message_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(git_layer, "git_processes", lambda root: None)
    err = git_layer.LockedError(tmp_path, str(tmp_path / ".git" / "index.lock"), "")
    assert "无法判断" in err.message("zh") and "could not tell" in err.message("en")


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="lists processes through /proc")
def test_a_git_that_has_ended_but_is_not_reaped_holds_no_lock(tmp_path: Path) -> None:
    import subprocess

    repo = make_repo(tmp_path / "r", demo=True)
    ended = subprocess.Popen(["git", "--version"], cwd=repo, stdout=subprocess.DEVNULL)
    stat = Path(f"/proc/{ended.pid}/stat")
    for _ in range(100):  # a zombie until waited for, as when its parent was killed
        if stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
            break
        time.sleep(0.02)
    try:
        assert ended.pid not in (git_layer.git_processes(repo) or [])
    finally:
        ended.wait()
