"""A year of two offices sharing one plan: what `tracker sync` says each time it runs.

The clerk reads the one line sync prints to know what happened: nothing to do, the other
office's changes taken in as they were (a fast-forward), or the two offices' work merged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import git, two_offices
from tests.history.test_sync import run

PLAN = """\
id: p
title: 测试方案
year: 2026
tasks:
  - id: T1
    title: 摸底
    owners: [城关镇]
    due: 2026-05-31
    status: doing
  - id: T2
    title: 采购
    owners: [河西乡]
    due: 2026-06-30
    status: todo
"""


@pytest.fixture
def offices(tmp_path: Path, tracker) -> tuple[Path, Path]:
    return two_offices(tmp_path, tracker, {"p": PLAN})


def test_sync_with_nothing_to_do_says_so(offices, tracker) -> None:
    a, _b = offices
    synced = run(tracker, a, "sync")
    assert synced.code == 0, synced.err
    assert "已合并" not in synced.out
    assert "两边都没有新的修改" in synced.out


def test_a_fast_forward_is_not_called_a_merge(offices, tracker) -> None:
    a, b = offices
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "progress=40").code == 0
    assert run(tracker, a, "sync").code == 0
    synced = run(tracker, b, "sync")
    assert synced.code == 0, synced.err
    assert "已合并" not in synced.out, synced.out
    assert "已取回对方的 1 项修改" in synced.out
    assert git(a, "rev-parse", "HEAD") == git(b, "rev-parse", "HEAD")
    english = run(tracker, b, "--lang", "en", "sync")
    assert "merged" not in english.out and "nothing new" in english.out


def test_a_true_merge_says_merged_and_pushed(offices, tracker) -> None:
    a, b = offices
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "progress=40").code == 0
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "--by", "李四", "set", "p/T2", "status=doing").code == 0
    synced = run(tracker, b, "sync")
    assert synced.code == 0, synced.err
    assert "已合并对方修改" in synced.out and "已推送" in synced.out


def test_pushing_only_says_pushed(offices, tracker) -> None:
    a, _b = offices
    assert run(tracker, a, "--by", "张三", "set", "p/T1", "progress=40").code == 0
    synced = run(tracker, a, "sync")
    assert synced.code == 0, synced.err
    assert "已合并" not in synced.out and "已推送本方的 1 项修改" in synced.out


def test_a_clone_of_the_shared_folder_gets_the_plans_on_a_machine_whose_git_says_master(
        tmp_path: Path, tracker) -> None:
    """The README's way to share: `git init --bare -b main` on the server, `tracker init` and
    `tracker sync` here. A git that names new branches master (its default, and the Windows
    installer's) made `tracker init` start a master branch, the first sync pushed master, and
    every clone of the shared folder checked out nothing (the remote's HEAD names main)."""
    import os

    home = Path(os.environ["HOME"])
    (home / ".gitconfig").write_text("[user]\n\tname = 测试员\n\temail = tester@example.org\n"
                                     "[commit]\n\tgpgsign = false\n", encoding="utf-8")
    remote = tmp_path / "plans.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(remote))
    office = tmp_path / "county"
    assert tracker("init", str(office)).code == 0  # commits what it made
    git(office, "remote", "add", "origin", str(remote))
    assert run(tracker, office, "sync").code == 0
    git(tmp_path, "clone", "-q", str(remote), str(tmp_path / "town"))
    assert (tmp_path / "town" / "tracker.yaml").is_file()


def test_a_git_told_to_name_branches_otherwise_is_obeyed(tmp_path: Path, tracker) -> None:
    import os

    home = Path(os.environ["HOME"])
    (home / ".gitconfig").write_text("[user]\n\tname = 测试员\n\temail = tester@example.org\n"
                                     "[init]\n\tdefaultBranch = trunk\n", encoding="utf-8")
    assert tracker("init", str(tmp_path / "office")).code == 0
    assert git(tmp_path / "office", "symbolic-ref", "--short", "HEAD").strip() == "trunk"


def test_a_clone_that_checked_out_nothing_is_told_how_to_get_the_plans(tmp_path: Path,
                                                                        tracker) -> None:
    """The shared folder made with a plain `git init --bare` (HEAD: master) while the office
    shares main, or the other way round: the township's git clone checks out nothing, and every
    command said 请先运行 tracker init, which would start a second ledger that can never be
    merged with the county's. Now it names the branch to check out."""
    remote = tmp_path / "plans.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "master", str(remote))
    office = tmp_path / "county"
    assert tracker("init", str(office)).code == 0  # commits what it made
    git(office, "remote", "add", "origin", str(remote))
    assert run(tracker, office, "sync").code == 0
    town = tmp_path / "town"
    git(tmp_path, "clone", "-q", str(remote), str(town))
    assert not (town / "tracker.yaml").exists()
    listed = tracker("list", cwd=town)
    assert listed.code == 1
    assert "git checkout main" in listed.err and "请先运行 tracker init" not in listed.err, listed.err
    git(town, "checkout", "-q", "main")
    assert tracker("list", cwd=town).code == 0


def test_a_baseline_shared_is_not_nothing_new(offices, tracker) -> None:
    """The county marks the revised plan issued (印发) mid-year and syncs: the baseline goes to
    the shared folder, and sync said 两边都没有新的修改."""
    a, b = offices
    assert run(tracker, a, "baseline", "--name", "调整").code == 0
    synced = run(tracker, a, "sync")
    assert synced.code == 0, synced.err
    assert "两边都没有新的修改" not in synced.out
    assert "已共享基线 baseline/p/调整" in synced.out, synced.out
    again = run(tracker, a, "sync")
    assert "两边都没有新的修改" in again.out and "基线" not in again.out
    assert run(tracker, b, "sync").code == 0
    assert "baseline/p/调整" in git(b, "tag")


def test_a_new_ledger_reaches_the_shared_folder_without_a_git_command(tmp_path: Path, tracker) -> None:
    """The first day of an office: tracker init, import, commit, sync. init committed
    nothing, so sync refused (tracker.yaml、units.yaml 还没有提交进 git) and told a clerk to type
    git add and git commit. init now commits the files it made, in a commit of its own."""
    remote = tmp_path / "plans.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(remote))
    office = tmp_path / "county"
    made = tracker("init", str(office))
    assert made.code == 0, made.err
    assert git(office, "status", "--porcelain").strip() == ""
    assert "init" in git(office, "log", "-1", "--format=%s")
    doc = tmp_path / "方案.txt"
    doc.write_text("城关镇2026年秸秆禁烧工作方案\n一、开展巡查。由镇农业服务中心负责,6月30日前完成。\n",
                   encoding="utf-8")
    assert run(tracker, office, "import", str(doc)).code == 0
    assert run(tracker, office, "commit").code == 0  # the draft read over, then committed
    git(office, "remote", "add", "origin", str(remote))
    synced = run(tracker, office, "sync")
    assert synced.code == 0, synced.err
    git(tmp_path, "clone", "-q", str(remote), str(tmp_path / "town"))
    assert (tmp_path / "town" / "units.yaml").is_file() and list((tmp_path / "town" / "plans").glob("*.yaml"))


def test_init_without_a_git_identity_makes_the_files_and_says_how_to_commit_them(
        tmp_path: Path, tracker) -> None:
    import os

    (Path(os.environ["HOME"]) / ".gitconfig").write_text("", encoding="utf-8")
    office = tmp_path / "county"
    first = tracker("init", str(office))
    assert first.code == 1 and "没有设置 git 身份" in first.err and "tracker init" in first.err
    assert (office / "tracker.yaml").is_file() and (office / "units.yaml").is_file()
    again = tracker("--by", "张三", "init", str(office))
    assert again.code == 0, again.err
    assert git(office, "status", "--porcelain").strip() == ""
