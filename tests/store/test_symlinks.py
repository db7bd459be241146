"""Nothing is read or written outside the repository through a symbolic link: a linked plan
file, a linked plans/ folder, a dangling link where the importer would write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import TODAY, git, make_repo
from tests.history.test_walk import PLAN

pytestmark = pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges")

OUTSIDE = PLAN.replace("id: p\n", "id: secret\n").replace("测试方案", "别处的文件")


def run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, *args)


def test_a_plan_file_linked_outside_is_reported_not_read_and_never_written(
        tmp_path: Path, tracker) -> None:
    root = make_repo(tmp_path / "office", {"p": PLAN})
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(OUTSIDE, encoding="utf-8")
    (root / "plans" / "secret.yaml").symlink_to(outside)
    head = git(root, "rev-parse", "HEAD")
    listed = run(tracker, root, "list")
    assert "别处" not in listed.out and "secret" in listed.err
    check = run(tracker, root, "check")
    assert check.code == 1 and "plans/secret.yaml" in check.out and "符号链接" in check.out
    refused = run(tracker, root, "set", "secret/T1", "status=done")
    assert refused.code == 1 and "Traceback" not in refused.err
    assert outside.read_text(encoding="utf-8") == OUTSIDE
    assert git(root, "rev-parse", "HEAD") == head
    # the other plans keep working
    assert run(tracker, root, "set", "p/T1", "status=done").code == 0
    # fmt and diff neither read nor rewrite it (fmt would have replaced the link by a file)
    outside.write_text(OUTSIDE.replace("  - id: T1", "  -   id: T1"), encoding="utf-8")
    styled = run(tracker, root, "fmt")
    assert styled.code == 0 and "符号链接" in styled.err and "secret" not in styled.out
    assert (root / "plans" / "secret.yaml").is_symlink() and "  -   id: T1" in outside.read_text(encoding="utf-8")
    diffed = run(tracker, root, "diff")
    assert "别处" not in diffed.out and "secret" not in diffed.out


def test_a_linked_plans_folder_is_reported_and_nothing_is_written_there(
        tmp_path: Path, tracker) -> None:
    root = make_repo(tmp_path / "office", {"p": PLAN})
    elsewhere = tmp_path / "shared-drive"
    (root / "plans").rename(elsewhere)
    (root / "plans").symlink_to(elsewhere, target_is_directory=True)
    before = (elsewhere / "p.yaml").read_text(encoding="utf-8")
    check = run(tracker, root, "check")
    assert check.code == 1 and "plans/ 是符号链接" in check.out
    refused = run(tracker, root, "set", "p/T1", "status=done")
    assert refused.code == 1 and "Traceback" not in refused.err
    assert (elsewhere / "p.yaml").read_text(encoding="utf-8") == before


def test_an_edit_in_a_linked_plans_folder_says_it_is_the_link_not_a_missing_plan(
        tmp_path: Path, tracker) -> None:
    """The clerk sees plans/p.yaml in the folder: "找不到计划 p" would send them looking for a
    plan that is there. The answer names the link and what to do about it."""
    root = make_repo(tmp_path / "office", {"p": PLAN})
    elsewhere = tmp_path / "shared-drive"
    (root / "plans").rename(elsewhere)
    (root / "plans").symlink_to(elsewhere, target_is_directory=True)
    for args in (("set", "p/T1", "status=done"), ("note", "p/T1", "进展"),
                 ("add", "p", "新任务", "--owner", "城关镇")):
        refused = run(tracker, root, *args)
        assert refused.code == 1 and "Traceback" not in refused.err
        assert "plans/ 是符号链接" in refused.err and "真正的文件夹" in refused.err, refused.err
    english = run(tracker, root, "--lang", "en", "show", "p/T1")
    assert english.code == 1 and "plans/ is a symbolic link" in english.err, english.err


def test_import_never_writes_through_a_dangling_link(tmp_path: Path, tracker) -> None:
    root = make_repo(tmp_path / "office", {"p": PLAN})
    doc = tmp_path / "方案.txt"
    doc.write_text("关于推进清洁取暖的实施方案\n一、重点任务\n（一）完成摸底。牵头单位：县能源局。"
                   "5月底前完成。\n", encoding="utf-8")
    listed = run(tracker, root, "import", str(doc), "--list")
    assert listed.code == 0, listed.err
    dry = run(tracker, root, "import", str(doc), "--out", str(tmp_path / "probe"))
    assert dry.code == 0, dry.err
    name = next((tmp_path / "probe").glob("*.yaml")).name
    target = tmp_path / "outside-target.yaml"
    (root / "plans" / name).symlink_to(target)  # dangling: the target does not exist yet
    result = run(tracker, root, "import", str(doc))
    assert result.code == 1 and "Traceback" not in result.err
    assert not target.exists()
