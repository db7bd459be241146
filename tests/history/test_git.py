"""The git layer's commit: exactly the given paths, new files included, identity enforced."""

from __future__ import annotations

import os
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
