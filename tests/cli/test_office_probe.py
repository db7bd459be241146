"""Defects found by trying the tool as an office clerk does (the office round): what the clerk
typed, and what the tool must do instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TODAY, git, make_repo

E = "clean-heating-2026"


def _run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, *args)


# ---------------------------------------------------------------- a stray space around a name


def test_a_name_typed_with_a_stray_space_around_it_is_the_name(demo_repo: Path, tracker,
                                                               tmp_path: Path) -> None:
    # A Chinese input method in full-width mode types U+3000 for a space, and a clerk ends a
    # line with one: `log 计划/T3　` said "no matching changes", `summary --unit 北山乡　`
    # refused 北山乡 suggesting 北山乡, `sync origin　` told the clerk to add a remote named
    # "origin　", `undo　` was "no command undo\u3000"
    r = _run(tracker, demo_repo, "log", f"{E}/T3　")
    assert r.code == 0 and "新增任务：入户安装清洁取暖设备" in r.out, r.err
    r = _run(tracker, demo_repo, "log", "--author", "测试员　")
    assert r.code == 0 and "新增任务：入户安装清洁取暖设备" in r.out, r.err
    r = _run(tracker, demo_repo, "log", "--unit", "　北山乡")
    assert r.code == 0 and "不在 units.yaml" not in r.err
    for args in (("summary", "--unit", "北山乡　"), ("summary", "--plan", f"{E}　"),
                 ("summary", "--period", "week　"), ("show", f"{E}/T3　"),
                 ("form", "--unit", "北山乡　", "-o", str(tmp_path / "督办单.xlsx"))):
        r = _run(tracker, demo_repo, *args)
        assert r.code == 0, (args, r.err)
    r = _run(tracker, demo_repo, "note", f"{E}/T3　", "已入户　安装", "--unit", "北山乡　")
    assert r.code == 0, r.err
    assert "unit: 北山乡\n        text: 已入户　安装\n" in (demo_repo / "plans" / f"{E}.yaml").read_text(
        encoding="utf-8")  # what the clerk wrote is kept as written
    assert _run(tracker, demo_repo, "undo　").code == 0

    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(remote))
    git(demo_repo, "remote", "add", "origin", str(remote))
    r = _run(tracker, demo_repo, "sync", "origin　")
    assert r.code == 0, r.err
    assert git(remote, "log", "--format=%s", "-1").strip()


def test_a_space_inside_free_text_or_a_name_is_not_dropped(tmp_path: Path, tracker) -> None:
    units = "units:\n  - name: 县 卫健委\n  - name: 城关镇\n"
    plan = ("format: 1\nid: p\ntitle: 计划\nyear: 2026\nstatus: active\ntasks:\n"
            "  - {id: T1, title: 巡查, owners: [城关镇], status: todo}\n")
    root = make_repo(tmp_path / "office", {"p": plan}, units=units)
    r = _run(tracker, root, "set", "p/T1", "owners=县 卫健委")
    assert r.code == 0, r.err
    r = _run(tracker, root, "summary", "--unit", " 县 卫健委 ")
    assert r.code == 0 and "巡查" in r.out, r.err


# ---------------------------------------------------------------- log of a task that is not there


def test_log_of_a_task_no_version_of_the_plan_has_is_refused_with_the_task_meant(
        demo_repo: Path, tracker) -> None:
    # `log 计划/t3` (lower case) or a mistyped number said "no matching changes" and exited 0,
    # which reads as a task nobody touched; show and note name the task meant
    r = _run(tracker, demo_repo, "log", f"{E}/t3")
    assert r.code == 1 and r.out == ""
    assert f"计划 {E} 中没有任务 t3，是不是 {E}/T3？" in r.err
    r = _run(tracker, demo_repo, "--lang", "en", "log", f"{E}/T99")
    assert r.code == 1 and f"plan {E} has no task T99" in r.err


def test_log_of_a_task_deleted_since_still_shows_its_history(demo_repo: Path, tracker) -> None:
    path = demo_repo / "plans" / f"{E}.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: T6")
    path.write_text(text[:start], encoding="utf-8")
    git(demo_repo, "commit", "-qam", "删除T6")
    r = _run(tracker, demo_repo, "log", f"{E}/T6")
    assert r.code == 0 and "删除任务" in r.out, r.err
    r = _run(tracker, demo_repo, "log", f"{E}/G1")  # a goal is an item too
    assert r.code == 0 and "没有任务" not in r.err


# ---------------------------------------------------------------- an edit of a broken plan


def test_an_edit_of_a_plan_with_a_key_written_twice_names_the_place(tmp_path: Path, tracker) -> None:
    # A duplicated key leaves the rest of the plan readable, so list and show go on with it,
    # but set and note answered only "the file has YAML errors": no file, no line
    plan = ("format: 1\nid: p\ntitle: 计划\nyear: 2026\nstatus: active\nstatus: closed\ntasks:\n"
            "  - {id: T1, title: 巡查, owners: [城关镇], status: todo}\n")
    root = make_repo(tmp_path / "office", {"p": plan})
    before = (root / "plans" / "p.yaml").read_bytes()
    r = _run(tracker, root, "set", "p/T1", "status=doing")
    assert r.code == 1 and "Traceback" not in r.err
    assert "plans/p.yaml:6:1: error: 键“status”重复 [duplicate-key]" in r.err, r.err
    r = _run(tracker, root, "--lang", "en", "note", "p/T1", "已开始")
    assert r.code == 1 and "plans/p.yaml:6:1: error:" in r.err, r.err
    assert (root / "plans" / "p.yaml").read_bytes() == before
    assert git(root, "status", "--porcelain") == ""


# ---------------------------------------------------------------- click's own words


def test_a_mistyped_option_close_to_several_is_answered_in_chinese(demo_repo: Path, tracker) -> None:
    # `note T3 文字 --uni 北山乡` printed click's English "No such option '--uni'. (Did you
    # mean one of: '--new-unit', '--unit'?)" under a Chinese usage line
    r = _run(tracker, demo_repo, "note", f"{E}/T3", "文字", "--uni", "北山乡")
    assert r.code == 2
    assert "错误：没有选项 --uni，是不是以下之一：--new-unit、--unit？" in r.err, r.err
    r = _run(tracker, demo_repo, "--lang", "en", "note", f"{E}/T3", "文字", "--uni", "北山乡")
    assert "Did you mean one of" in r.err


def test_a_full_width_space_between_words_is_named_not_shown_as_an_escape(demo_repo: Path,
                                                                         tracker) -> None:
    # `note　T3 文字` (the input method's space after the command) said 没有命令“note\u3000T3”:
    # a code a clerk cannot read, and no word on what is wrong
    r = _run(tracker, demo_repo, "note　T3", "文字")
    assert r.code == 2 and "\\u3000" not in r.err
    assert "没有命令“note　T3”" in r.err and "全角空格" in r.err, r.err
    r = _run(tracker, demo_repo, "note", f"{E}/T3", "文字", "--by　张某")
    assert r.code == 2 and "\\u3000" not in r.err and "全角空格" in r.err, r.err
    r = _run(tracker, demo_repo, "--lang", "en", "note　T3", "文字")
    assert r.code == 2 and "full-width space" in r.err, r.err


# ---------------------------------------------------------------- a unit named with a space


def test_list_finds_the_tasks_of_a_unit_named_with_a_space(tmp_path: Path, tracker) -> None:
    # `list unit:县 卫健委` answered 单位“县”不在 units.yaml 中，是不是“县能源局”？ and no
    # way of writing the name was read as one
    units = "units:\n  - name: 县 卫健委\n  - name: 城关镇\n"
    plan = ("format: 1\nid: p\ntitle: 计划\nyear: 2026\nstatus: active\ntasks:\n"
            "  - {id: T1, title: 巡查, owners: [城关镇], status: todo}\n"
            "  - {id: T2, title: 体检, owners: [县 卫健委], status: todo}\n")
    root = make_repo(tmp_path / "office", {"p": plan}, units=units)
    r = _run(tracker, root, "list", "unit:“县", "卫健委”", "--format", "csv")  # as the shell splits it
    assert r.code == 0 and "p/T2" in r.out and "p/T1" not in r.out, r.err
    r = _run(tracker, root, "list", 'unit:"县 卫健委"', "--format", "csv")
    assert r.code == 0 and "p/T2" in r.out and "p/T1" not in r.out, r.err
    r = _run(tracker, root, "list", "unit:县", "卫健委")
    assert r.code == 1 and "单位名称里有空格，要加引号：unit:“县 卫健委”" in r.err


# ---------------------------------------------------------------- --today


@pytest.mark.parametrize("command", [("summary",), ("form", "-o", "督办单.xlsx"), ("list",)])
def test_a_today_no_office_works_on_is_refused_not_an_internal_error(demo_repo: Path, tracker,
                                                                      command: tuple[str, ...]) -> None:
    # `--today 9999-12-31` (a finger held on 9) was an internal error in summary and form:
    # the month after it is in no calendar
    for day in ("9999-12-31", "0001-01-01"):
        r = tracker("--repo", str(demo_repo), "--today", day, *command, cwd=demo_repo)
        assert r.code == 2 and "内部错误" not in r.err, r.err
        assert f"--today 的年份应在 1900 到 2999 之间，实际为“{day}”" in r.err, r.err
    r = tracker("--repo", str(demo_repo), "--today", "2062-11-23", *command, cwd=demo_repo)
    assert r.code == 0, r.err


# ---------------------------------------------------------------- a report's indentation


@pytest.mark.parametrize("typed,stored", [
    ("　　一、已拨付资金。\r\n　　二、正在审核。\r\n", "一、已拨付资金。\n二、正在审核。"),
    ("  1. 入户安装\n     （含调试）\n  2. 验收\n", "1. 入户安装\n   （含调试）\n2. 验收"),
    ("\n\n　文字　\n\n", "文字"),
    ("　　第一段，\n接着写。", "　　第一段，\n接着写。"),
    ("资金已拨付\n  \n资金已拨付", "资金已拨付\n  \n资金已拨付"),  # a line of spaces inside stays
])
def test_a_report_keeps_its_lines_aligned_as_they_were_typed(demo_repo: Path, tracker,
                                                            typed: str, stored: str) -> None:
    # A report pasted from a document indents each paragraph with two full-width spaces; the
    # first paragraph lost its indent and the others kept theirs (一、… / 　　二、…), so the
    # stored report read as the clerk never wrote it. The lines' common indent goes, the
    # rest stays as typed.
    r = _run(tracker, demo_repo, "note", f"{E}/T5", typed)
    assert r.code == 0, r.err
    import json

    shown = json.loads(_run(tracker, demo_repo, "show", f"{E}/T5", "--format", "json").out)
    assert shown["updates"][-1]["text"] == stored


# ---------------------------------------------------------------- form


def test_form_refuses_a_return_date_already_past(demo_repo: Path, tracker) -> None:
    # `form --return-by 11月20日` on 11月23日 wrote sheets telling every unit to report by a
    # day gone three days since
    out = demo_repo / "督办单.xlsx"
    r = _run(tracker, demo_repo, "form", "--return-by", "11月20日", "-o", str(out))
    assert r.code == 1 and not out.exists()
    assert "报送日期 2026-11-20 已经过去（今天是 2026-11-23），未写入督办单" in r.err, r.err
    r = _run(tracker, demo_repo, "--lang", "en", "form", "--return-by", "2026-11-22", "-o", str(out))
    assert r.code == 1 and "2026-11-22 is past" in r.err, r.err
    r = _run(tracker, demo_repo, "form", "--return-by", "11月23日", "-o", str(out))
    assert r.code == 0 and "请于 2026-11-23 前报送" in r.err, r.err


# ---------------------------------------------------------------- committing an unreadable plan


def test_the_commit_of_a_plan_saved_in_gbk_and_of_its_repair_says_so(tmp_path: Path,
                                                                     tracker) -> None:
    # Notepad saved the plan as GBK and the clerk committed it anyway (--force): the commit
    # was titled "p, : edit " (an empty plan id and no item); saved back as UTF-8 it was
    # "p: add plan 计划 (1 tasks)", as if the plan were new
    plan = ("format: 1\nid: p\ntitle: 计划\nyear: 2026\nstatus: active\ntasks:\n"
            "  - {id: T1, title: 巡查, owners: [城关镇], status: todo}\n")
    root = make_repo(tmp_path / "office", {"p": plan})
    path = root / "plans" / "p.yaml"
    path.write_bytes(plan.encode("gbk"))
    assert _run(tracker, root, "commit", "--force").code == 0
    assert git(root, "log", "-1", "--format=%s").strip() == "p: file unreadable"
    path.write_text(plan, encoding="utf-8")
    assert _run(tracker, root, "commit").code == 0
    assert git(root, "log", "-1", "--format=%s").strip() == "p: file readable again"
    r = _run(tracker, root, "log", "p")
    assert "文件已修复，可以读取" in r.out and "文件无法读取" in r.out, r.out


# ---------------------------------------------------------------- a save git could not commit


def test_commit_does_not_tell_the_clerk_to_run_commit(demo_repo: Path, tracker) -> None:
    # After a save git could not commit (a stale index.lock), `tracker commit` opened with
    # 注意：… 已保存但没有提交 …；运行 tracker commit 提交它 — and then committed it
    lock = demo_repo / ".git" / "index.lock"
    lock.touch()
    r = _run(tracker, demo_repo, "set", f"{E}/T4", "progress=45")
    assert r.code == 1 and "index.lock" in r.err
    lock.unlink()
    r = _run(tracker, demo_repo, "commit")
    assert r.code == 0 and "已提交" in r.out
    assert "运行 tracker commit" not in r.err, r.err
    assert git(demo_repo, "status", "--porcelain") == ""
    assert _run(tracker, demo_repo, "list").err == ""


@pytest.mark.parametrize("words", [("owners=各乡镇", "、县财政局"), ("owners=各乡镇、", "县财政局"),
                                   ("owners=各乡镇，", "县财政局")])
def test_a_list_the_shell_split_at_a_space_beside_its_comma_is_suggested_once(
        demo_repo: Path, tracker, words: tuple[str, str]) -> None:
    # `owners=各乡镇 、县财政局` was answered 是不是 owners=各乡镇、、县财政局？ — a second 、
    r = _run(tracker, demo_repo, "set", f"{E}/T3", *words)
    assert r.code == 2
    sep = "，" if "，" in words[0] else "、"
    assert f"是不是 owners=各乡镇{sep}县财政局？" in r.err, r.err


def test_a_file_name_typed_with_a_stray_space_after_it_is_that_file(demo_repo: Path, tracker,
                                                                   tmp_path: Path) -> None:
    # `summary -o 通报.docx　` wrote a text file named "通报.docx　": the extension, read with
    # the space, chose no format, and the name looked right in the confirmation
    r = _run(tracker, demo_repo, "summary", "-o", str(tmp_path / "通报.docx　"))
    assert r.code == 0, r.err
    assert (tmp_path / "通报.docx").read_bytes().startswith(b"PK")
    assert not (tmp_path / "通报.docx　").exists()
    r = _run(tracker, demo_repo, "export", "-o", f" {tmp_path / '台账.xlsx'}")
    assert r.code == 0 and (tmp_path / "台账.xlsx").read_bytes().startswith(b"PK"), r.err


def test_fmt_names_the_place_of_the_error_it_skips_a_plan_for(tmp_path: Path, tracker) -> None:
    # fmt said only "plans/p.yaml: 无法读取，跳过（运行 tracker check 查看）"
    plan = ("format: 1\nid: p\ntitle: 计划\nyear: 2026\nstatus: active\nstatus: closed\ntasks:\n"
            "  - {id: T1, title: 巡查, owners: [城关镇], status: todo}\n")
    root = make_repo(tmp_path / "office", {"p": plan})
    for args in (("fmt",), ("fmt", "--check")):
        r = _run(tracker, root, *args)
        assert "plans/p.yaml:6:1: error: 键“status”重复 [duplicate-key]" in r.err, r.err
    assert (root / "plans" / "p.yaml").read_text(encoding="utf-8") == plan


@pytest.mark.parametrize("key", ["units.　北山乡", "units. 北山乡 ", "units.北山乡 . note"])
def test_a_units_key_with_a_stray_space_around_the_unit_names_that_unit(demo_repo: Path, tracker,
                                                                         key: str) -> None:
    # `units.北山乡　=done` was read as 北山乡, `units.　北山乡=done` refused 北山乡 as not in
    # units.yaml, suggesting 北山乡
    value = "x" if key.endswith("note") else "done"
    r = _run(tracker, demo_repo, "set", f"{E}/T3", f"{key}={value}")
    assert r.code == 0, r.err
    written = "北山乡: {status: done" if value == "done" else "北山乡: {status: blocked, note: x}"
    assert written in (demo_repo / "plans" / f"{E}.yaml").read_text(encoding="utf-8")


# ---------------------------------------------------------------- a plan renamed through git


def test_commit_of_a_plan_renamed_through_git_commits_the_rename(demo_repo: Path, tracker) -> None:
    # A plan renamed with `git mv` (or a git client's Rename, which stages it the same way)
    # left every tracker commit failing: "git add 失败 fatal: pathspec 'ns/rural-sewage-2026.yaml'
    # did not match any files" — the status line of a rename was cut as if it were another
    git(demo_repo, "mv", "plans/rural-sewage-2026.yaml", "plans/rural-sewage.yaml")
    path = demo_repo / "plans" / "rural-sewage.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: rural-sewage-2026", "id: rural-sewage", 1),
                    encoding="utf-8")
    r = _run(tracker, demo_repo, "commit")
    assert r.code == 0, r.err
    assert git(demo_repo, "status", "--porcelain") == ""
    assert "plans/rural-sewage-2026.yaml" not in git(demo_repo, "ls-files")
    r = _run(tracker, demo_repo, "set", "rural-sewage/T2", "progress=60")
    assert r.code == 0, r.err


# ---------------------------------------------------------------- a month as a period


def test_since_and_until_a_month_mean_its_first_and_last_day(tmp_path: Path, tracker,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # `summary --since 11月` on 11月23日 reported 统计周期：2025年11月30日以来 (the month read as
    # a deadline, its last day, then a year back since that day was still ahead), and
    # `log --until 11月` listed nothing at all
    root = make_repo(tmp_path / "office", demo=True)
    monkeypatch.setenv("GIT_AUTHOR_DATE", "2026-10-15T10:00:00+08:00")
    assert _run(tracker, root, "set", f"{E}/T5", "progress=55").code == 0
    monkeypatch.setenv("GIT_AUTHOR_DATE", "2026-11-21T10:00:00+08:00")
    assert _run(tracker, root, "set", f"{E}/T5", "progress=60").code == 0
    r = _run(tracker, root, "summary", "--since", "11月")
    assert "统计周期：2026年11月1日以来" in r.out, r.out[:200]
    r = _run(tracker, root, "log", "--since", "11月", f"{E}/T5")
    assert "55% → 60%" in r.out and "50% → 55%" not in r.out, r.out
    r = _run(tracker, root, "log", "--until", "11月", f"{E}/T5")
    assert "55% → 60%" in r.out and "50% → 55%" in r.out, r.out
    r = _run(tracker, root, "log", "--since", "2026年10月", "--until", "10月", f"{E}/T5")
    assert "55% → 60%" not in r.out and "50% → 55%" in r.out, r.out
    r = _run(tracker, root, "log", "--since", "12月", f"{E}/T5")  # December not begun: last year's
    assert "55% → 60%" in r.out and "50% → 55%" in r.out, r.out


def test_a_report_read_from_a_sheet_keeps_its_lines_aligned(demo_repo: Path, tracker) -> None:
    # The cell 　　变压器已到货。/ 　　本周安装。 was stored 变压器已到货。/ 　　本周安装。:
    # intake trimmed the cell before note's rule could see the indent the lines share
    from openpyxl import load_workbook

    out = demo_repo.parent / "督办单.xlsx"
    assert _run(tracker, demo_repo, "form", "--unit", "北山乡", "-o", str(out)).code == 0
    wb = load_workbook(out)
    ws = wb["北山乡"]
    row = next(r for r in range(5, ws.max_row + 1) if ws[f"A{r}"].value == f"{E}/T4")
    ws[f"G{row}"], ws[f"I{row}"] = "推进中", "　　变压器已到货。\n　　本周安装。"
    wb.save(out)
    r = _run(tracker, demo_repo, "intake", str(out))
    assert r.code == 0, r.err
    import json

    shown = json.loads(_run(tracker, demo_repo, "show", f"{E}/T4", "--format", "json").out)
    assert shown["updates"][-1]["text"] == "变压器已到货。\n本周安装。"


# ---------------------------------------------------------------- a phase as the clerk names it


def test_a_phase_is_taken_by_its_title_or_its_id_in_lower_case(demo_repo: Path, tracker) -> None:
    # The board and the timeline show a phase by its title; `set … phase=组织实施` and
    # `add … --phase p2` were refused as 引用了不存在的阶段, naming no phase that exists
    r = _run(tracker, demo_repo, "set", f"{E}/T6", "phase=组织实施")
    assert r.code == 0 and "phase P3 → P2" in r.out, r.out + r.err
    r = _run(tracker, demo_repo, "add", E, "新任务", "--phase", "p3")
    assert r.code == 0, r.err
    assert "phase: P3" in (demo_repo / "plans" / f"{E}.yaml").read_text(encoding="utf-8").split("新任务")[1]
    r = _run(tracker, demo_repo, "set", f"{E}/T6", "phase=P9")
    assert r.code == 1
    assert f"计划 {E} 中没有阶段“P9”（现有阶段：P1 制定方案、P2 组织实施、P3 检查验收）" in r.err, r.err


# ---------------------------------------------------------------- a plan named by its file


@pytest.mark.parametrize("name", [f"plans/{E}.yaml", f"{E}.yaml"])
def test_a_plan_named_by_its_file_is_that_plan(demo_repo: Path, tracker, tmp_path: Path,
                                               name: str) -> None:
    # `log plans/clean-heating-2026.yaml` (the name check prints) answered git's own
    # "fatal: bad revision"; `summary --plan clean-heating-2026.yaml` (the name in the folder)
    # said 找不到计划
    r = _run(tracker, demo_repo, "log", name)
    assert r.code == 0 and "新增任务：入户安装清洁取暖设备" in r.out and "rural" not in r.out, r.err
    for args in (("summary", "--plan", name), ("export", "--plan", name, "-o", str(tmp_path / "台账.csv")),
                 ("show", f"{name}/T3")):
        r = _run(tracker, demo_repo, *args)
        assert r.code == 0, (args, r.err)
    r = _run(tracker, demo_repo, "log", "plans/nosuch.yaml")
    assert r.code == 1 and "fatal" not in r.err and "nosuch" in r.err, r.err


# ---------------------------------------------------------------- a pull --rebase stopped


def test_an_edit_during_a_stopped_rebase_says_how_to_finish_it(tmp_path: Path, tracker) -> None:
    # After `git pull --rebase` stopped on a conflict, check said to remove the markers and
    # run tracker commit, and tracker commit answered only 仓库正在变基（rebase）中：请先完成或运行
    # git rebase --abort — finish it how?
    plan = ("format: 1\nid: p\ntitle: 计划\nyear: 2026\nstatus: active\ntasks:\n"
            "  - id: T1\n    title: 巡查\n    status: todo\n    progress: 10\n")
    root = make_repo(tmp_path / "office", {"p": plan, "q": plan.replace("id: p", "id: q")})
    path = root / "plans" / "p.yaml"
    git(root, "checkout", "-qb", "other")
    path.write_text(plan.replace("progress: 10", "progress: 30"), encoding="utf-8")
    git(root, "commit", "-qam", "other")
    git(root, "checkout", "-q", "main")
    path.write_text(plan.replace("progress: 10", "progress: 20"), encoding="utf-8")
    git(root, "commit", "-qam", "main")
    import subprocess

    subprocess.run(["git", "rebase", "other"], cwd=root, capture_output=True, check=False)
    for args in (("commit",), ("note", "q/T1", "进展")):
        r = _run(tracker, root, *args)
        assert r.code == 1
        assert "git add -A" in r.err and "git rebase --continue" in r.err and \
            "git rebase --abort" in r.err, r.err


def test_a_repository_named_with_a_stray_space_after_it_is_that_repository(
        demo_repo: Path, tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows' `set TRACKER_REPO=D:\台账 ` keeps the space before the line's end; --repo typed
    # with the input method's space too: “…　”不是 tracker 仓库（没有 tracker.yaml）
    r = tracker("--repo", f"{demo_repo}　", "--today", TODAY, "list", "overdue")
    assert r.code == 0 and E in r.out, r.err
    monkeypatch.setenv("TRACKER_REPO", f"{demo_repo} ")
    r = tracker("--today", TODAY, "show", f"{E}/T3")
    assert r.code == 0, r.err


@pytest.mark.parametrize("text", ["-5户未安装", "-新任务"])
def test_text_that_starts_with_a_dash_is_answered_with_how_to_write_it(demo_repo: Path, tracker,
                                                                       text: str) -> None:
    # `note 计划/T3 -5户未安装` answered 没有选项 -5。 — the report read as an option, and no word
    # on how to write a report that starts with a dash
    r = _run(tracker, demo_repo, "note", f"{E}/T3", text)
    assert r.code == 2 and "写在 -- 后面" in r.err, r.err
    r = _run(tracker, demo_repo, "--lang", "en", "note", f"{E}/T3", text)
    assert r.code == 2 and "after --" in r.err, r.err
    r = _run(tracker, demo_repo, "note", f"{E}/T3", "--", text)
    assert r.code == 0, r.err
    r = _run(tracker, demo_repo, "note", f"{E}/T3", "文字", "-x")
    assert r.code == 2 and "写在 -- 后面" not in r.err  # a mistyped option stays one


# ---------------------------------------------------------------- a group's own report


def test_the_summary_of_a_group_reports_the_tasks_it_is_named_on(demo_repo: Path, tracker) -> None:
    # `summary --unit 各乡镇` said 各乡镇在现有计划中没有牵头、负责或配合的任务。 of the group
    # that owns 入户安装清洁取暖设备 — roles were counted for its member towns only
    r = _run(tracker, demo_repo, "summary", "--unit", "各乡镇")
    assert r.code == 0, r.err
    assert "没有牵头、负责或配合的任务" not in r.out
    assert "入户安装清洁取暖设备" in r.out and "农村电网增容改造" not in r.out  # T4 is 北山乡's own


def test_a_group_named_on_a_task_is_not_told_it_is_not_on_it(demo_repo: Path, tracker) -> None:
    # T3's owners are [各乡镇]. `note … --unit 各乡镇` was saved with 注意：各乡镇 不是这项任务的
    # 牵头、责任或配合单位（县能源局、城关镇、…）, and `set units.各乡镇=done` refused with the same
    # untrue sentence where a group has no status of its own to set
    r = _run(tracker, demo_repo, "note", f"{E}/T3", "全部乡镇已动员", "--unit", "各乡镇")
    assert r.code == 0 and "不是这项任务" not in r.err, r.err
    r = _run(tracker, demo_repo, "set", f"{E}/T3", "units.各乡镇=done")
    assert r.code == 1 and "不是这项任务" not in r.err
    assert "各乡镇 是单位组，按成员单位设置状态：units.城关镇=… units.河西乡=…" in r.err, r.err


def test_a_report_from_two_units_at_once_is_answered_with_one_each(demo_repo: Path, tracker) -> None:
    # `note … --unit 北山乡、城关镇` answered 单位“北山乡、城关镇”不在 units.yaml 中，是不是“城关镇”？
    # — as if the two were a misspelt name, and the suggestion would drop 北山乡's report
    r = _run(tracker, demo_repo, "note", f"{E}/T3", "已完成", "--unit", "北山乡、城关镇")
    assert r.code == 1 and "不在 units.yaml" not in r.err
    assert "一条进展只写一个报送单位：北山乡、城关镇各写一条（--unit 北山乡，--unit 城关镇）" in r.err, r.err
    assert git(demo_repo, "status", "--porcelain") == ""


def test_a_plan_given_where_a_task_is_meant_is_named_as_a_plan(demo_repo: Path, tracker) -> None:
    # `show clean-heating-2026` answered 找不到任务“clean-heating-2026”, as if no such thing
    for args in (("show", E), ("note", E, "进展"), ("set", E, "progress=10")):
        r = _run(tracker, demo_repo, *args)
        assert r.code == 1, args
        assert f"“{E}”是计划，不是任务：写成 {E}/T1 这样的 计划/任务（tracker list plan:{E} 列出它的任务）" \
            in r.err, r.err


# ---------------------------------------------------------------- a format the file name denies


@pytest.mark.parametrize("args,name", [
    (("export", "--format", "xlsx"), "台账.csv"), (("summary", "--format", "docx"), "通报.txt"),
    (("summary", "--format", "text"), "通报.docx"), (("export", "--format", "csv"), "台账.xlsx")])
def test_a_format_the_file_name_denies_is_refused(demo_repo: Path, tracker, tmp_path: Path,
                                                  args: tuple[str, ...], name: str) -> None:
    # `export --format xlsx -o 台账.csv` wrote a workbook into 台账.csv, and `summary --format
    # docx -o 通报.txt` a Word file into 通报.txt: the program the name opens calls the file
    # damaged (form already refuses a workbook under another name)
    r = _run(tracker, demo_repo, *args, "-o", str(tmp_path / name))
    assert r.code == 1 and not (tmp_path / name).exists()
    assert f"与文件名 {name} 不符" in r.err, r.err
    fine = "台账.txt" if args[0] == "export" else "通报.md"
    if args[-1] in ("csv", "text"):
        assert _run(tracker, demo_repo, *args, "-o", str(tmp_path / fine)).code == 0
