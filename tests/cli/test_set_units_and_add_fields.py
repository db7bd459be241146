"""The CLI reaches what the TUI does: a unit's own status with `set REF units.北山乡=done`, and
`add` with --start, --detail, --status and --leader."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import git

TODAY = "2026-11-23"


def plan(root: Path, name: str) -> str:
    return (root / "plans" / f"{name}.yaml").read_text(encoding="utf-8")


def test_set_a_units_own_status(demo_repo: Path, tracker) -> None:
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T3",
                "units.东关镇=受阻", "progress=70")
    assert r.code == 0, r.err
    text = plan(demo_repo, "clean-heating-2026")
    assert "      东关镇: {status: blocked}\n" in text and "    progress: 70\n" in text
    log = git(demo_repo, "log", "-1", "--format=%s%n%b")
    assert "东关镇 doing → blocked" in log and "Field: units.东关镇" in log


def test_set_a_unit_that_is_not_in_units_yaml_is_refused(demo_repo: Path, tracker) -> None:
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T3",
                "units.北山镇=done")
    assert r.code != 0 and "北山乡" in r.err


def test_a_unit_that_holds_no_role_on_the_task_gets_no_status(demo_repo: Path, tracker) -> None:
    """Its status would count for nothing (check says so afterwards): refused before saving.
    Named in the same command, it is a unit of the task."""
    head = git(demo_repo, "rev-parse", "HEAD")
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "rural-sewage-2026/T4",
                "units.北山乡=done")
    assert r.code == 1 and "不是这项任务的牵头、责任或配合单位" in r.err and "未保存" in r.err
    assert git(demo_repo, "rev-parse", "HEAD") == head
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "rural-sewage-2026/T4",
                "support=北山乡", "units.北山乡=done")
    assert r.code == 0, r.err


def test_add_with_start_detail_status_and_leader(demo_repo: Path, tracker) -> None:
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "add", "dropout-prevention-2026",
                "开展家访", "--owner", "实验小学", "--start", "2026-12-01", "--due", "12月底前",
                "--detail", "第一段\n第二段", "--status", "推进中", "--leader", "李某")
    assert r.code == 0, r.err
    text = plan(demo_repo, "dropout-prevention-2026")
    assert ("  - id: T5\n    title: 开展家访\n    detail: |-\n      第一段\n      第二段\n"
            "    owners: [实验小学]\n    leader: 李某\n    start: 2026-12-01\n    due: 2026-12-31\n"
            "    due_text: 12月底前\n    status: doing\n") in text


def test_set_a_units_note(demo_repo: Path, tracker) -> None:
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T3",
                "units.北山乡.note=变压器已到货")
    assert r.code == 0, r.err
    assert "      北山乡: {status: blocked, note: 变压器已到货}\n" in plan(demo_repo, "clean-heating-2026")
    assert "Field: units.北山乡.note" in git(demo_repo, "log", "-1", "--format=%b")


def test_an_empty_value_clears_the_field_instead_of_writing_an_empty_string(
        demo_repo: Path, tracker) -> None:
    for key in ("leader", "phase", "detail", "verified_by"):
        r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T3",
                    f"{key}=  ")
        assert r.code == 0, r.err
        text = plan(demo_repo, "clean-heating-2026")
        assert '""' not in text and "''" not in text, key
    block = plan(demo_repo, "clean-heating-2026").split("  - id: T3\n")[1].split("  - id:")[0]
    assert "phase:" not in block and "detail:" not in block


def _t3(root: Path) -> str:
    return plan(root, "clean-heating-2026").split("  - id: T3\n")[1].split("  - id:")[0]


def test_an_empty_list_start_or_progress_clears_its_key_as_leader_does(
        demo_repo: Path, tracker) -> None:
    """`support=` wrote `support: []` and `start=` / `progress=` were refused as unreadable,
    where `leader=`, `phase=` and `due=` remove their key: an empty value clears any field
    that may be left out."""
    base = ("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T3")
    assert tracker(*base, "support=县财政局", "start=2026-05-01").code == 0
    assert "support: [县财政局]" in _t3(demo_repo) and "start: 2026-05-01" in _t3(demo_repo)
    for key in ("support", "start", "progress", "owners"):
        r = tracker(*base, f"{key}=")
        assert r.code == 0, (key, r.err)
        assert f"{key}:" not in _t3(demo_repo), key
        assert f"{key} " in git(demo_repo, "log", "-1", "--format=%s"), key
    head = git(demo_repo, "rev-parse", "HEAD")
    r = tracker(*base, "support=", "start=")  # nothing left to clear: nothing to commit
    assert r.code == 0 and "没有变化" in r.out, r.err
    assert git(demo_repo, "rev-parse", "HEAD") == head
    assert tracker("--repo", str(demo_repo), "check").code == 0


def test_add_with_an_empty_title_says_the_title_is_empty(demo_repo: Path, tracker) -> None:
    """`tracker add PLAN '　'` (a full-width space typed for the title) was refused as
    '修改会使计划出错，未保存：任务 T7 缺少 title' - a check's words for a file, not for what
    the clerk typed."""
    head = git(demo_repo, "rev-parse", "HEAD")
    for title in ("　", "  ", ""):
        r = tracker("--repo", str(demo_repo), "--today", TODAY, "add", "clean-heating-2026", title)
        assert r.code == 1 and "新任务需要标题" in r.err and "缺少 title" not in r.err, r.err
    assert git(demo_repo, "rev-parse", "HEAD") == head


def test_units_separated_by_spaces_are_told_how_to_separate_them(demo_repo: Path, tracker) -> None:
    """`set … owners=城关镇 河西乡` (spaces, as one types a list elsewhere) answered '“河西乡”应写成
    键=值', or, quoted, '单位“城关镇 河西乡”不在 units.yaml 中，是不是“河西乡”？' - neither says that
    names are separated by 、."""
    base = ("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T3")
    head = git(demo_repo, "rev-parse", "HEAD")
    for args in (("owners=城关镇", "河西乡"), ("owners=城关镇 河西乡",), ("owners=城关镇　河西乡",)):
        r = tracker(*base, *args)
        assert r.code != 0 and "owners=城关镇、河西乡" in r.err, (args, r.err)
    assert git(demo_repo, "rev-parse", "HEAD") == head


def test_done_below_100_percent_is_saved_with_a_word(demo_repo: Path, tracker) -> None:
    """The TUI asks before it marks done a task below 100 %; `set` cannot ask (scripts run it),
    so it saves and says so, with how to set the progress too. Not said when 100 % comes along."""
    r = tracker("--repo", str(demo_repo), "--today", "2026-11-23", "set",
                "clean-heating-2026/T5", "status=done")
    assert r.code == 0 and "进度为50%" in r.err and "progress=100" in r.err, r
    r = tracker("--repo", str(demo_repo), "--today", "2026-11-23", "set",
                "clean-heating-2026/T4", "status=done", "progress=60")
    assert r.code == 0 and "进度为60%" in r.err, r
    r = tracker("--repo", str(demo_repo), "--today", "2026-11-23", "set",
                "clean-heating-2026/T3", "status=done", "progress=100")
    assert r.code == 0 and "进度为" not in r.err, r
