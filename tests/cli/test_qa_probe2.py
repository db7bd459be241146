"""Defects found by the second exploratory round of the day (probe2): what a clerk did, and
what the tool must do instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TODAY, git, make_repo

TWICE_T1 = """format: 1
id: roads
title: 道路整治
year: 2026
status: active
tasks:
  - id: T1
    title: 修补路面
    status: todo
  - id: T1
    title: 清理边沟
    status: todo
"""


def test_an_edit_of_a_task_id_written_twice_is_refused_naming_both_lines(tmp_path: Path,
                                                                           tracker) -> None:
    # Two tasks both called T1 (a copy-paste in an editor): `set roads/T1` changed the first
    # one whatever the clerk meant, and the ledger then read the commit as the second task's
    # title, dates and owners all changing.
    root = make_repo(tmp_path / "office", {"roads": TWICE_T1})
    before = git(root, "rev-parse", "HEAD")
    r = tracker("--repo", str(root), "--today", TODAY, "set", "roads/T1", "progress=10")
    assert r.code == 1
    assert "T1" in r.err and "第 7 行" in r.err and "第 10 行" in r.err
    assert "Traceback" not in r.err
    assert git(root, "rev-parse", "HEAD") == before
    assert (root / "plans" / "roads.yaml").read_text(encoding="utf-8") == TWICE_T1
    r = tracker("--repo", str(root), "--today", TODAY, "note", "roads/T1", "已开工")
    assert r.code == 1 and "第 10 行" in r.err
    assert git(root, "rev-parse", "HEAD") == before


def test_a_word_file_with_broken_insides_is_named_not_an_internal_error(tmp_path: Path,
                                                                         tracker) -> None:
    # A .docx cut short by a mail system or saved half-way: a zip whose XML is broken. The
    # clerk saw "内部错误" and a log file instead of being told the document cannot be read.
    import zipfile

    root = make_repo(tmp_path / "office", demo=True)
    doc = tmp_path / "方案.docx"
    with zipfile.ZipFile(doc, "w") as z:
        z.writestr("[Content_Types].xml", "<x/>")
        z.writestr("word/document.xml", "<w:document")
    for extra in ([], ["--dry-run"]):
        r = tracker("--repo", str(root), "import", str(doc), *extra)
        assert r.code == 1, r
        assert "无法读取 Word 文档" in r.err and "内部错误" not in r.err
    assert not list((root / "plans").glob("plan-*.yaml"))


BROKEN_UNITS = "units:\n  - name: 县能源局\nunits:\n  - name: 城关镇\n"
NEW_UNIT_DOC = "某镇工作方案\n一、任务\n(一)清理河道。5月底前完成。(责任单位:新单位甲)\n"


def test_add_units_leaves_a_units_yaml_with_errors_alone(tmp_path: Path, tracker) -> None:
    # units.yaml with an error is read as if it were not there; --add-units still wrote into it
    # (into whichever `units:` list came first) and said 已加入, though no command would see it.
    root = make_repo(tmp_path / "office", units=BROKEN_UNITS)
    doc = tmp_path / "方案.txt"
    doc.write_text(NEW_UNIT_DOC, encoding="utf-8")
    r = tracker("--repo", str(root), "import", str(doc), "--add-units")
    assert r.code == 1
    assert "units.yaml" in r.err and "已加入" not in r.out
    assert (root / "units.yaml").read_text(encoding="utf-8") == BROKEN_UNITS
    assert not list((root / "plans").glob("plan-*.yaml"))  # nothing half-done
    r = tracker("--repo", str(root), "import", str(doc))  # without --add-units it imports
    assert r.code == 0 and list((root / "plans").glob("plan-*.yaml"))


def test_a_copy_of_a_plan_saved_beside_it_is_left_out_not_counted_twice(demo_repo: Path,
                                                                         tracker) -> None:
    # Windows Explorer's copy of a plan (`X - 副本.yaml`, same id inside) made every task of
    # the plan appear twice in list, and the summary sent upward counted 4 plans and each of
    # its tasks twice. The copy is now left out and named, like a file that cannot be read;
    # the plan named for its id is the one that counts.
    plans = demo_repo / "plans"
    copy = plans / "clean-heating-2026 - 副本.yaml"
    copy.write_bytes((plans / "clean-heating-2026.yaml").read_bytes())
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "list", "id:T3")
    assert r.out.count("clean-heating-2026/T3") == 1
    assert "clean-heating-2026 - 副本.yaml" in r.err and "clean-heating-2026.yaml" in r.err
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "summary")
    assert "涉及计划3个" in r.out and "共有任务14项" in r.out
    assert ("注意：plans/clean-heating-2026 - 副本.yaml 与 plans/clean-heating-2026.yaml 的计划 id "
            "相同，像是它的副本，未纳入统计") in r.out
    assert "plans/clean-heating-2026.yaml 有" not in r.out  # the plan itself is not in error
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "check")
    assert r.code == 1 and "clean-heating-2026 - 副本.yaml" in r.out
    assert "plans/clean-heating-2026.yaml:" not in r.out


def test_a_plan_saved_as_yml_or_upper_case_yaml_is_named_not_ignored(demo_repo: Path,
                                                                      tracker) -> None:
    # A plan saved as `.yml` (many editors' default) or `.YAML` (a Windows program's) was
    # never read and never mentioned: its tasks were missing from every report without a word.
    plans = demo_repo / "plans"
    for name in ("roads.yml", "bridges.YAML"):
        (plans / name).write_text(TWICE_T1.replace("id: roads", f"id: {name.split('.')[0]}"),
                                  encoding="utf-8")
    (plans / "说明.txt").write_text("这里放计划文件\n", encoding="utf-8")  # not a plan: no word
    (plans / "clean-heating-2026.yaml~").write_bytes(b"")  # an editor's backup: no word
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "check")
    assert r.code == 1
    assert "plans/roads.yml" in r.out and "roads.yaml" in r.out
    assert "plans/bridges.YAML" in r.out and "bridges.yaml" in r.out
    assert "说明.txt" not in r.out and "yaml~" not in r.out
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "list", "overdue")
    assert r.code == 0 and "plans/roads.yml" in r.err


@pytest.mark.parametrize("typed,meant", [
    ("ｔ５", "clean-heating-2026/T5"),  # typed with the input method in full-width mode
    ("Ｔ５", "clean-heating-2026/T5"),
    ("t5", "clean-heating-2026/T5"),
    ("clean-heating-2026／T5", "clean-heating-2026/T5"),
    ("clean-heating-2026/t5", "clean-heating-2026/T5"),
])  # a space around a task (" T5") is dropped: tests/cli/test_office_probe.py
def test_a_task_typed_in_full_width_or_lower_case_is_suggested(demo_repo: Path, tracker,
                                                               typed: str, meant: str) -> None:
    # `tracker note ｔ５ …` (full-width from the input method) or `t5` answered only
    # 找不到任务“ｔ５”, as if there were no such task; nothing is changed, but the answer now
    # names the task meant.
    before = git(demo_repo, "rev-parse", "HEAD")
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "note", typed, "已拨付")
    assert r.code == 1 and f"是不是 {meant}？" in r.err
    assert git(demo_repo, "rev-parse", "HEAD") == before


@pytest.mark.parametrize("prefix", ["河道", "河道2026", "--", "ｈｅｄａｏ"])
def test_an_id_prefix_that_cannot_be_a_plan_id_is_refused_not_replaced(demo_repo: Path, tracker,
                                                                       tmp_path: Path,
                                                                       prefix: str) -> None:
    # `import 方案.txt --id-prefix 河道` wrote plans/plan-2026-01.yaml: the Chinese prefix was
    # dropped for the default without a word (and 河道2026 became 2026). A space or a dot
    # becomes '-' as before (Heat Plan → heat-plan).
    doc = tmp_path / "方案.txt"
    doc.write_text("某镇工作方案\n一、任务\n(一)清理河道。5月底前完成。(责任单位:镇水利站)\n",
                   encoding="utf-8")
    r = tracker("--repo", str(demo_repo), "import", str(doc), "--id-prefix", prefix)
    assert r.code == 1 and "--id-prefix" in r.err and prefix in r.err
    assert sorted(p.name for p in (demo_repo / "plans").iterdir()) == [
        "clean-heating-2026.yaml", "dropout-prevention-2026.yaml", "rural-sewage-2026.yaml"]


@pytest.mark.parametrize("args,kind", [
    (["summary", "-o", "通报.docx"], "docx"),
    (["summary", "-o", "通报.md"], "markdown"),
    (["summary", "-o", "通报.txt"], "text"),
    (["export", "-o", "台账.xlsx"], "xlsx"),
    (["export", "-o", "台账.json"], "json"),
    (["export", "-o", "台账.csv"], "csv"),
    (["summary", "--format", "json", "-o", "通报.txt"], "json"),  # --format still decides
])
def test_the_file_named_by_o_gets_the_format_its_extension_says(demo_repo: Path, tracker,
                                                                 tmp_path: Path, args: list[str],
                                                                 kind: str) -> None:
    # `tracker summary -o 通报.docx` wrote plain text into 通报.docx and `export -o 台账.xlsx`
    # CSV into 台账.xlsx: Word and Excel then call the files damaged. Without --format, the
    # extension chooses.
    import json
    import zipfile

    out = tmp_path / args[-1]
    r = tracker("--repo", str(demo_repo), "--today", TODAY, *args[:-1], str(out))
    assert r.code == 0, r.err
    data = out.read_bytes()
    if kind in ("docx", "xlsx"):
        assert zipfile.is_zipfile(out)
        assert any(n.startswith("word/" if kind == "docx" else "xl/")
                   for n in zipfile.ZipFile(out).namelist())
    elif kind == "json":
        json.loads(data.decode("utf-8"))
    elif kind == "markdown":
        assert data.decode("utf-8").startswith("# ")
    elif kind == "csv":
        assert data.startswith(b"\xef\xbb\xbf")
    else:
        assert data.decode("utf-8").startswith("工作进展情况\n")


def test_a_report_written_into_a_missing_folder_is_said_in_chinese(demo_repo: Path, tracker,
                                                                   tmp_path: Path) -> None:
    # 无法写入 无此目录/通报.docx：No such file or directory — the reason came in English.
    for args in (["summary"], ["export"]):
        r = tracker("--repo", str(demo_repo), "--today", TODAY, *args, "-o",
                    str(tmp_path / "无此目录" / "通报.docx"))
        assert r.code == 1
        assert "文件夹不存在" in r.err and "No such file" not in r.err


def test_an_edit_that_needs_a_hand_edit_with_errors_does_not_commit_it(demo_repo: Path,
                                                                        tracker) -> None:
    # A plan written by hand and never committed, with errors check names (here a status
    # 完成 and a progress 150): `tracker add` to it, and `set` on a task only the hand edit has,
    # committed the whole broken file on its own first, past the check that `tracker commit`
    # holds hand edits to. Now the edit is refused, naming the errors; nothing is committed.
    plan = demo_repo / "plans" / "roads.yaml"
    text = TWICE_T1.replace("清理边沟\n    status: todo", "清理边沟\n    status: 完成").replace(
        "  - id: T1\n    title: 清理边沟", "  - id: T2\n    title: 清理边沟")
    text += "  - id: T3\n    title: 维修桥梁\n    status: todo\n    progress: 150\n"
    plan.write_text(text, encoding="utf-8")
    before = git(demo_repo, "rev-parse", "HEAD")
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "add", "roads", "疏通涵洞")
    assert r.code == 1
    assert "roads.yaml" in r.err and "完成" in r.err and "tracker commit" in r.err
    assert git(demo_repo, "rev-parse", "HEAD") == before
    assert plan.read_text(encoding="utf-8") == text
    # a committed plan whose hand edit adds a task with an error
    clean = demo_repo / "plans" / "clean-heating-2026.yaml"
    old = clean.read_text(encoding="utf-8")
    clean.write_text(old.replace("  - id: T5\n", "  - id: T9\n    title: 手工新增\n"
                                 "    status: finished\n  - id: T5\n", 1), encoding="utf-8")
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T9",
                "progress=10")
    assert r.code == 1 and "finished" in r.err
    assert git(demo_repo, "rev-parse", "HEAD") == before
    # a hand edit without errors is committed first, as before
    clean.write_text(old.replace("  - id: T5\n", "  - id: T9\n    title: 手工新增\n"
                                 "    status: todo\n  - id: T5\n", 1), encoding="utf-8")
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T9",
                "progress=10")
    assert r.code == 0, r.err


def test_fmt_of_a_plan_that_is_not_there_says_so(demo_repo: Path, tracker) -> None:
    # `tracker fmt --check clean-heating` (the name cut short) checked nothing and exited 0, as
    # if the plan were in canonical style; `tracker fmt 清洁取暖` tidied nothing without a word.
    for args in (["fmt", "--check", "clean-heating"], ["fmt", "清洁取暖"],
                 ["fmt", "clean-heating-2026", "nosuch.yaml"]):
        r = tracker("--repo", str(demo_repo), *args)
        assert r.code == 1 and args[-1] in r.err, (args, r)
    r = tracker("--repo", str(demo_repo), "fmt", "--check", "plans/clean-heating-2026.yaml")
    assert r.code == 0, r.err


def test_fmt_check_of_a_plan_it_cannot_read_does_not_pass(demo_repo: Path, tracker) -> None:
    # `fmt --check` (a pre-commit hook's question "is every plan in canonical style?") said
    # "cannot be read, skipped" and exited 0 for a plan with a YAML error: a yes it had not
    # checked. It now exits 1; plain `fmt` still tidies the others and warns.
    broken = demo_repo / "plans" / "clean-heating-2026.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "  - id: [unclosed\n", encoding="utf-8")
    r = tracker("--repo", str(demo_repo), "fmt", "--check")
    assert r.code == 1 and "clean-heating-2026.yaml" in r.err and "无法读取" in r.err, r
    r = tracker("--repo", str(demo_repo), "fmt")
    assert r.code == 0 and "无法读取" in r.err, r


@pytest.mark.parametrize("typed,meant", [("progress：70", "progress 62 → 70"),
                                         ("units.北山乡：done", "北山乡 blocked → done"),
                                         ("status:推进中", "没有变化，未提交")])
def test_set_with_a_colon_after_a_field_name_is_read_as_the_assignment(
        demo_repo: Path, tracker, typed: str, meant: str) -> None:  # type: ignore[no-untyped-def]
    # A clerk used to writing 进度：70 typed `set T3 progress：70` and was told only 应写成 键=值;
    # then told what to type instead. A colon after a field's name can only mean the one thing.
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "set", "clean-heating-2026/T3", typed)
    assert r.code == 0 and meant in r.out + r.err, r


def test_plans_put_in_a_subfolder_are_named_as_not_read(demo_repo: Path, tracker) -> None:
    """A clerk who sorted the plans into plans/2026/ saw their tasks vanish from every report
    without a word: only plans/*.yaml are read. check now names the folder and what to do (a
    warning: an archive kept there is a choice), and the plans in it stay unread."""
    sub = demo_repo / "plans" / "2026"
    sub.mkdir()
    (sub / "roads.yaml").write_text(TWICE_T1, encoding="utf-8")
    (sub / "old.yml").write_text(TWICE_T1, encoding="utf-8")
    (demo_repo / "plans" / "notes").mkdir()
    (demo_repo / "plans" / "notes" / "说明.txt").write_text("x\n", encoding="utf-8")  # no plan: no word
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "check")
    assert r.code == 0, r.out
    assert "plans/2026" in r.out and "2 个计划文件" in r.out and "不会被读取" in r.out, r.out
    assert "plans/notes" not in r.out
    assert "3 个计划文件" in r.err, r.err  # the folder is named, not counted as a plan file
    assert "roads" not in tracker("--repo", str(demo_repo), "--today", TODAY, "list").out
