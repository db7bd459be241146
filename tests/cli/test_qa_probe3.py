"""Defects found by the third exploratory round (probe3): what a clerk did, and what the tool
must do instead."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import TODAY, git, make_repo


def _run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, *args)


# ---------------------------------------------------------------- names that do not exist


def test_list_refuses_a_plan_the_repository_does_not_have(demo_repo: Path, tracker) -> None:
    # `list plan:nosuch` printed an empty table and exited 0: a typo looked like "no tasks"
    r = _run(tracker, demo_repo, "list", "plan:clean-heatng")
    assert r.code == 1 and "Traceback" not in r.err
    assert "没有计划“clean-heatng”" in r.err and "clean-heating-2026" in r.err
    assert r.out == ""
    r = _run(tracker, demo_repo, "list", "plan：nosuch", "--format", "json")  # full-width colon
    assert r.code == 1 and "没有计划“nosuch”" in r.err
    assert _run(tracker, demo_repo, "list", "plan:clean").code == 0  # a prefix is a plan


def test_list_refuses_a_unit_nobody_has_with_the_closest_name(demo_repo: Path, tracker) -> None:
    for term in ("unit:县司法所", "lead:县司法所", "-owner:县司法所", "support：县司法所"):
        r = _run(tracker, demo_repo, "list", term)
        assert r.code == 1, term
        assert "单位“县司法所”不在 units.yaml 中，是不是“县司法局”？" in r.err, term
    r = _run(tracker, demo_repo, "--lang", "en", "list", "unit:县司法所")
    assert "unit '县司法所' is not in units.yaml; did you mean '县司法局'?" in r.err
    assert _run(tracker, demo_repo, "list", "unit:县司法局").code == 0  # known, no tasks: fine
    assert _run(tracker, demo_repo, "list", "unit:能源局").code == 0  # an alias


def test_a_unit_a_plan_names_outside_units_yaml_can_still_be_listed(tmp_path: Path, tracker) -> None:
    plan = ("format: 1\nid: p\ntitle: 计划\nyear: 2026\nstatus: active\ntasks:\n"
            "  - {id: T1, title: 巡查, owners: [临时专班], status: todo}\n")
    root = make_repo(tmp_path / "office", {"p": plan})
    r = _run(tracker, root, "list", "unit:临时专班")
    assert r.code == 0 and "巡查" in r.out


def test_log_refuses_a_unit_nobody_has(demo_repo: Path, tracker) -> None:
    # `log --unit 县司法所` said "no matching changes" and exited 0, where `summary --unit`
    # refuses the same name with the closest one
    r = _run(tracker, demo_repo, "log", "--unit", "县司法所")
    assert r.code == 1 and "Traceback" not in r.err
    assert "单位“县司法所”不在 units.yaml 中，是不是“县司法局”？" in r.err
    assert _run(tracker, demo_repo, "log", "--unit", "北山乡").code == 0


def test_log_still_finds_a_unit_only_history_names(tmp_path: Path, tracker) -> None:
    plan = ("format: 1\nid: p\ntitle: 计划\nyear: 2026\nstatus: active\ntasks:\n"
            "  - {id: T1, title: 巡查, owners: [临时专班], status: todo}\n")
    root = make_repo(tmp_path / "office", {"p": plan})
    assert _run(tracker, root, "set", "p/T1", "status=doing").code == 0
    assert _run(tracker, root, "set", "p/T1", "owners=城关镇").code == 0
    r = _run(tracker, root, "log", "--unit", "临时专班")
    assert r.code == 0 and "状态" in r.out
    assert git(root, "status", "--porcelain") == ""


# ---------------------------------------------------------------- a unit without tasks


def test_the_summary_of_a_unit_without_tasks_says_so_instead_of_a_report_of_zeros(
        demo_repo: Path, tracker, tmp_path: Path) -> None:
    # 县司法局 is in units.yaml but holds no task: the report printed 共有任务0项 … and five
    # sections of zeros under "涉及计划3个", which reads as a unit that did nothing
    r = _run(tracker, demo_repo, "summary", "--unit", "县司法局")
    assert r.code == 0, r.err
    assert "县司法局在现有计划中没有牵头、负责或配合的任务。" in r.out
    assert "共有任务0项" not in r.out and "涉及计划" not in r.out and "滞后事项" not in r.out
    r = _run(tracker, demo_repo, "--lang", "en", "summary", "--unit", "县司法局")
    assert "县司法局 leads, owns or supports no task in these plans." in r.out
    out = tmp_path / "通报.docx"
    r = _run(tracker, demo_repo, "summary", "--unit", "县司法局", "-o", str(out))
    assert r.code == 0, r.err
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "县司法局在现有计划中没有牵头、负责或配合的任务。" in text and "共有任务" not in text


def test_a_unit_taken_with_new_unit_gets_its_own_summary_and_form(tmp_path: Path, tracker) -> None:
    # `set owners=专班 --new-unit` saves a unit units.yaml does not know; `list unit:专班`
    # found its task, but `summary --unit 专班` and `form --unit 专班` refused it as unknown
    plan = ("format: 1\nid: p\ntitle: 计划\nyear: 2026\nstatus: active\ntasks:\n"
            "  - {id: T1, title: 巡查, status: todo, due: 2026-12-20}\n")
    root = make_repo(tmp_path / "office", {"p": plan})
    assert _run(tracker, root, "set", "p/T1", "owners=临时专班", "--new-unit").code == 0
    r = _run(tracker, root, "summary", "--unit", "临时专班")
    assert r.code == 0, r.err
    assert r.out.startswith("临时专班工作进展情况") and "巡查" in r.out
    out = tmp_path / "专班.xlsx"
    r = _run(tracker, root, "form", "--unit", "临时专班", "-o", str(out))
    assert r.code == 0, r.err and out.exists()
    assert "单位“临时专班以外”不在 units.yaml 中" in _run(
        tracker, root, "summary", "--unit", "临时专班以外").err


def test_the_sheet_form_issued_to_a_new_unit_is_read_back(tmp_path: Path, tracker) -> None:
    # `form` wrote a sheet for 临时专班 (a unit taken with --new-unit), the unit filled it in,
    # and `intake` refused the whole sheet: "不在 units.yaml 中，本表未读入"
    from openpyxl import load_workbook

    plan = ("format: 1\nid: p\ntitle: 计划\nyear: 2026\nstatus: active\ntasks:\n"
            "  - {id: T1, title: 巡查, status: todo, due: 2026-12-20}\n")
    root = make_repo(tmp_path / "office", {"p": plan})
    assert _run(tracker, root, "set", "p/T1", "owners=临时专班", "--new-unit").code == 0
    out = tmp_path / "督办单.xlsx"
    assert _run(tracker, root, "form", "-o", str(out)).code == 0
    wb = load_workbook(out)
    sheet = wb["临时专班"]
    sheet["G5"], sheet["H5"], sheet["I5"], sheet["K5"] = "推进中", 30, "已巡查两次", "孙某"
    wb.save(out)
    r = _run(tracker, root, "--by", "王某", "intake", str(out))
    assert r.code == 0, r.err
    text = (root / "plans" / "p.yaml").read_text(encoding="utf-8")
    assert "已巡查两次" in text and "status: doing" in text


def test_form_refuses_a_file_name_that_is_not_a_workbook(demo_repo: Path, tracker) -> None:
    # `form -o 督办单.csv` wrote an Excel workbook under a .csv name: the unit opening it saw
    # garbage, and nothing said why
    out = demo_repo.parent / "督办单.csv"
    r = _run(tracker, demo_repo, "form", "-o", str(out))
    assert r.code == 1 and "Traceback" not in r.err
    assert ".xlsx" in r.err and not out.exists()
    assert _run(tracker, demo_repo, "form", "-o", str(demo_repo.parent / "督办单.XLSX")).code == 0


def test_a_plan_saved_as_yml_is_named_when_a_command_asks_for_it(demo_repo: Path, tracker) -> None:
    # the clerk saved new-plan.yml and typed `set new-plan/T1 …`: "找不到计划“new-plan”",
    # with not a word about the file that is there
    text = (demo_repo / "plans" / "rural-sewage-2026.yaml").read_text(encoding="utf-8")
    (demo_repo / "plans" / "new-plan.yml").write_text(
        text.replace("id: rural-sewage-2026", "id: new-plan"), encoding="utf-8")
    for args in (("set", "new-plan/T1", "progress=5"), ("summary", "--plan", "new-plan"),
                 ("list", "plan:new-plan")):
        r = _run(tracker, demo_repo, *args)
        assert r.code == 1 and "Traceback" not in r.err, args
        assert "plans/new-plan.yml" in r.err and "new-plan.yaml" in r.err, (args, r.err)


def test_form_for_plans_without_open_tasks_writes_no_empty_workbook(tmp_path: Path, tracker) -> None:
    # `form --plan zero` wrote a workbook with one blank sheet ("0 个单位的督办单"), which
    # intake then refused as holding no 督办单
    plan = "format: 1\nid: zero\ntitle: 零任务\nyear: 2026\nstatus: active\ntasks: []\n"
    root = make_repo(tmp_path / "office", {"zero": plan})
    out = tmp_path / "督办单.xlsx"
    r = _run(tracker, root, "form", "--plan", "zero", "-o", str(out))
    assert r.code == 1 and "Traceback" not in r.err
    assert "没有未完成的任务" in r.err and not out.exists()


def test_a_plan_saved_by_notepad_as_yaml_txt_is_named_not_ignored(demo_repo: Path, tracker) -> None:
    # Windows Notepad saves "roads.yaml" as roads.yaml.txt (the extension hidden in Explorer):
    # the plan was never read and never mentioned, its tasks gone from every report
    text = (demo_repo / "plans" / "rural-sewage-2026.yaml").read_text(encoding="utf-8")
    (demo_repo / "plans" / "roads.yaml.txt").write_text(text.replace("id: rural-sewage-2026", "id: roads"),
                                                        encoding="utf-8")
    r = _run(tracker, demo_repo, "check")
    assert r.code == 1
    assert "plans/roads.yaml.txt" in r.out and "roads.yaml" in r.out and "[not-yaml-name]" in r.out
    r = _run(tracker, demo_repo, "list", "overdue")
    assert r.code == 0 and "plans/roads.yaml.txt" in r.err


def test_a_note_from_a_unit_not_on_the_task_is_saved_with_a_word(demo_repo: Path, tracker) -> None:
    # `note T4 … --unit 县公安局` (a unit picked wrongly from the list) was saved without a
    # word, where `set T4 units.县公安局=done` refuses the same unit
    r = _run(tracker, demo_repo, "note", "clean-heating-2026/T4", "变压器已到货", "--unit", "县公安局")
    assert r.code == 0, r.err
    assert "县公安局 不是这项任务的牵头、责任或配合单位" in r.err and "tracker undo" in r.err
    r = _run(tracker, demo_repo, "note", "clean-heating-2026/T3", "已安装", "--unit", "北山乡")
    assert r.code == 0 and "不是这项任务" not in r.err  # a member of the owning group 各乡镇
