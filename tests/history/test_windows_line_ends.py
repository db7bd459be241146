"""A Windows office: Git for Windows checks plan files out with CRLF line ends
(`core.autocrlf=true`, its installer's default, or `eol=crlf` in `.gitattributes`) while the
repository holds LF. The tool's edits keep the working file's CRLF, commit LF as git would,
and never take the line ends for a clerk's hand edit."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import git, make_repo

PLAN = "plans/clean-heating-2026.yaml"


def windows_clone(root: Path) -> Path:
    """The demo repository as Git for Windows checks it out: CRLF in every working file."""
    repo = make_repo(root, demo=True)
    git(repo, "config", "core.autocrlf", "true")
    for path in repo.rglob("*.yaml"):
        if ".git" not in path.parts:
            path.unlink()
    git(repo, "checkout", "--", ".")
    assert b"\r\n" in (repo / PLAN).read_bytes()
    assert git(repo, "status", "--porcelain") == ""
    return repo


def test_a_set_on_a_crlf_checkout_is_not_said_to_leave_a_hand_edit(tmp_path: Path,
                                                                    tracker) -> None:
    repo = windows_clone(tmp_path / "office")
    result = tracker("--repo", str(repo), "set", "clean-heating-2026/T5", "progress=60")
    assert result.code == 0, result.err
    assert "手工修改" not in result.out + result.err
    assert b"    progress: 60\r\n" in (repo / PLAN).read_bytes()
    assert b"\r" not in git(repo, "show", f"HEAD:{PLAN}").encode()
    assert git(repo, "status", "--porcelain") == ""
    # the next save, and a note piped in with CRLF, say nothing of a hand edit either
    again = tracker("--repo", str(repo), "set", "clean-heating-2026/T5", "status=blocked")
    assert again.code == 0 and "手工修改" not in again.out + again.err


def test_a_hand_edit_beside_a_set_on_a_crlf_checkout_stays_out_and_undo_reverts(
        tmp_path: Path, tracker) -> None:
    repo = windows_clone(tmp_path / "office")
    path = repo / PLAN
    raw = path.read_bytes()
    title = "    title: 落实改造补贴资金\r\n".encode()
    path.write_bytes(raw.replace(title, "    title: 落实改造补贴资金（手改）\r\n".encode(), 1))
    result = tracker("--repo", str(repo), "set", "clean-heating-2026/T5", "progress=60")
    assert result.code == 0, result.err
    assert "手工修改没有一起提交" in result.out
    shown = git(repo, "show", "HEAD", "--", PLAN)
    assert "-    progress: 50\n+    progress: 60\n" in shown and "手改" not in shown
    assert b"\r" not in git(repo, "show", f"HEAD:{PLAN}").encode()
    assert "手改" in git(repo, "diff", "--", PLAN)
    assert tracker("--repo", str(repo), "undo").code == 0
    after = path.read_bytes()
    assert "（手改）\r\n".encode() in after and b"    progress: 50\r\n" in after
    assert after.count(b"\n") == after.count(b"\r\n")
    assert git(repo, "status", "--porcelain") == " M plans/clean-heating-2026.yaml\n"


def test_a_save_carried_beside_a_hand_edit_commits_lf_as_git_add_would(tmp_path: Path,
                                                                      tracker) -> None:
    """A save whose commit a hook refused, then a hand edit, then the next save: the commit,
    made through a temporary index from the refused save's CRLF content, put the whole plan
    into the shared history with CRLF (every line changed), where git add stores LF."""
    repo = windows_clone(tmp_path / "office")
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    assert tracker("--repo", str(repo), "set", "clean-heating-2026/T5", "progress=60").code == 1
    hook.unlink()
    path = repo / PLAN
    path.write_bytes(path.read_bytes().replace("    title: 落实改造补贴资金\r\n".encode(),
                                               "    title: 落实改造补贴资金（手改）\r\n".encode(), 1))
    saved = tracker("--repo", str(repo), "set", "clean-heating-2026/T5", "status=blocked")
    assert saved.code == 0, saved.err
    assert b"\r" not in git(repo, "show", f"HEAD:{PLAN}").encode()
    assert git(repo, "diff", "--numstat", "HEAD~1", "HEAD").split()[:2] == ["2", "2"]
    assert b"    progress: 60\r\n" in path.read_bytes() and "手改" in git(repo, "diff")
