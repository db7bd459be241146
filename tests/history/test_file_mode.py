"""A tool commit made beside a hand edit (through a temporary index) records the file's mode
as git itself would: on a file system without an executable bit git can trust (a Windows
disk, a USB stick or a shared folder mounted with every file 0755: core.filemode=false), the
mode the repository already has, never a mode change nobody made."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import git

PLAN = "plans/clean-heating-2026.yaml"


def test_a_save_beside_a_hand_edit_keeps_the_committed_mode_when_filemode_is_off(
        demo_repo: Path, tracker) -> None:
    git(demo_repo, "config", "core.filemode", "false")
    path = demo_repo / PLAN
    path.chmod(0o755)  # as a vfat or SMB mount shows every file
    assert git(demo_repo, "status", "--porcelain") == ""
    path.write_text(path.read_text(encoding="utf-8").replace(
        "    title: 落实改造补贴资金\n", "    title: 落实改造补贴资金（手改）\n", 1), encoding="utf-8")
    saved = tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "progress=60")
    assert saved.code == 0, saved.err
    assert git(demo_repo, "ls-tree", "HEAD", PLAN).startswith("100644 ")
    assert "mode change" not in git(demo_repo, "show", "--summary", "--format=", "HEAD")
    undone = tracker("--repo", str(demo_repo), "undo")
    assert undone.code == 0, undone.err
    assert git(demo_repo, "ls-tree", "HEAD", PLAN).startswith("100644 ")


def test_with_filemode_on_the_files_executable_bit_is_what_git_records(demo_repo: Path,
                                                                       tracker) -> None:
    path = demo_repo / PLAN
    path.chmod(0o755)
    git(demo_repo, "commit", "-qam", "mode")
    path.write_text(path.read_text(encoding="utf-8").replace(
        "    title: 落实改造补贴资金\n", "    title: 落实改造补贴资金（手改）\n", 1), encoding="utf-8")
    assert tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T5", "progress=60").code == 0
    assert git(demo_repo, "ls-tree", "HEAD", PLAN).startswith("100755 ")
