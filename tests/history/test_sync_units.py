"""Two offices changing units.yaml between syncs, through a real bare remote: additions on
both sides and a change on one side merge by entry, as plans do; one value changed two ways
stops the sync with git's conflict markers and the usual instructions, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TODAY, git, two_offices
from tests.history.test_walk import PLAN
from tracker.store import config


@pytest.fixture
def offices(tmp_path: Path, tracker) -> tuple[Path, Path]:
    return two_offices(tmp_path, tracker, {"p": PLAN})


def run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, *args)


def edit_units(root: Path, old: str, new: str, message: str) -> None:
    path = root / "units.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    git(root, "-c", "user.name=办公室", "-c", "user.email=o@x", "commit", "-qam", message)


def directory(root: Path):
    loaded, problems = config.load_directory((root / "units.yaml").read_bytes())
    assert not problems, problems
    return loaded


def test_units_added_by_both_offices_are_both_kept(offices, tracker) -> None:
    a, b = offices
    edit_units(a, "  - name: 实验小学\n", "  - name: 实验小学\n  - name: 县档案馆\n", "甲办加单位")
    edit_units(b, "  - name: 实验小学\n", "  - name: 实验小学\n  - name: 县气象局\n", "乙办加单位")
    edit_units(b, "各乡镇: [城关镇, 河西乡, 东关镇, 北山乡]", "各乡镇: [城关镇, 河西乡, 东关镇, 北山乡, 县气象局]",
               "乙办改分组")
    assert run(tracker, a, "sync").code == 0
    synced = run(tracker, b, "sync")
    assert synced.code == 0, synced.err
    assert run(tracker, a, "sync").code == 0
    for office in (a, b):
        names = [u.name for u in directory(office).units]
        assert names.count("县档案馆") == 1 and names.count("县气象局") == 1
        assert "<<<<<<<" not in (office / "units.yaml").read_text(encoding="utf-8")
    assert dict(directory(a).groups)["各乡镇"][-1] == "县气象局"
    assert git(a, "rev-parse", "HEAD") == git(b, "rev-parse", "HEAD")


def test_a_person_moved_to_two_units_stops_the_sync_with_both_kept(offices, tracker) -> None:
    a, b = offices
    person = "  - name: 张某\n    unit: 县能源局\n"
    edit_units(a, person, person.replace("县能源局", "县教育局"), "甲办调人")
    edit_units(b, person, person.replace("县能源局", "县民政局"), "乙办调人")
    assert run(tracker, a, "sync").code == 0
    stopped = run(tracker, b, "sync")
    assert stopped.code == 1 and "Traceback" not in stopped.err
    assert "units.yaml" in stopped.err and "git merge --abort" in stopped.err
    text = (b / "units.yaml").read_text(encoding="utf-8")
    assert "县教育局" in text and "县民政局" in text and "<<<<<<<" in text
    assert "conflict:" not in text  # a plan's conflict record has no place in units.yaml


def test_the_same_unit_added_by_both_offices_is_kept_once(offices, tracker) -> None:
    a, b = offices
    for office, who in ((a, "甲办"), (b, "乙办")):
        edit_units(office, "  - name: 实验小学\n", "  - name: 实验小学\n  - name: 县档案馆\n", who)
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "sync").code == 0
    assert [u.name for u in directory(b).units].count("县档案馆") == 1


def test_a_repository_made_before_units_merged_by_entry_gets_the_line_on_sync(
        offices, tracker) -> None:
    """An office whose .gitattributes names only the plans (an older `tracker init`): sync
    adds the units.yaml line to .git/info/attributes, which needs no commit."""
    a, b = offices
    (b / ".gitattributes").write_text("plans/*.yaml merge=tracker\n", encoding="utf-8")
    git(b, "add", ".gitattributes")
    git(b, "-c", "user.name=乙", "-c", "user.email=b@x", "commit", "-qm", "旧的 init")
    edit_units(a, "  - name: 实验小学\n", "  - name: 实验小学\n  - name: 县档案馆\n", "甲办加单位")
    edit_units(b, "  - name: 实验小学\n", "  - name: 实验小学\n  - name: 县气象局\n", "乙办加单位")
    assert run(tracker, a, "sync").code == 0
    synced = run(tracker, b, "sync")
    assert synced.code == 0, synced.err
    assert "units.yaml merge=tracker" in (b / ".git/info/attributes").read_text(encoding="utf-8")


def test_comments_both_offices_put_at_the_top_are_both_kept(offices, tracker) -> None:
    """The lines that stopped a sync before units.yaml merged by entry (a text conflict at
    the top of the file) now merge: both comments are kept, in both offices."""
    a, b = offices
    for office, value in ((a, "# 甲办的设置\n"), (b, "# 乙办的设置\n")):
        path = office / "units.yaml"
        path.write_text(value + path.read_text(encoding="utf-8"), encoding="utf-8")
        git(office, "-c", "user.name=某人", "-c", "user.email=m@x", "commit", "-qam", "设置")
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, b, "sync").code == 0
    assert run(tracker, a, "sync").code == 0
    for office in (a, b):
        text = (office / "units.yaml").read_text(encoding="utf-8")
        assert "# 甲办的设置" in text and "# 乙办的设置" in text and "<<<<<<<" not in text
