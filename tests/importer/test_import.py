"""The importer on small documents: encodings, Word, Traditional script, noise, dates,
refusals, determinism, and the `tracker import` command end to end."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from tracker.importer import detect_plans, emit_plan, read_document
from tracker.importer.clean import clean_line, fold

DATA = Path(__file__).parent.parent / "data" / "import"
TRACKER = Path(sys.executable).with_name("tracker")

PLAN = """\
街道冬季清洁取暖工作实施方案
为做好清洁取暖工作,结合实际,特制定本方案。
一、工作目标
完成清洁取暖改造3455户,覆盖率达到22%。
二、重点任务
(一)确定改造底数。按照具体任务以村为单位进行任务分配,5月底前完成。(责任单位:县能源局、各乡镇)
(二)组织实施(7月20日—10月15日)
1.开展改造施工。由县能源局牵头,县财政局、县住建局等部门配合,每村选择3—5个示范户。
2.验收。12月20日至1月10日完成验收,每户补贴60-120元。【牵头科室:县能源局;责任单位:县委农办(农业农村局)、街道(垦殖场)】
"""


def _write(tmp: Path, name: str, data: bytes) -> Path:
    p = tmp / name
    p.write_bytes(data)
    return p


def _plans(path: Path, year: int = 2026):  # type: ignore[no-untyped-def]
    doc = read_document(path)
    assert doc.refusal is None, doc.refusal
    return detect_plans(doc, year=year)


def _task(plans, text: str):  # type: ignore[no-untyped-def]
    return next(t for p in plans for t in p.tasks if text in t.detail)


def test_plain_utf8(tmp_path: Path) -> None:
    plans = _plans(_write(tmp_path, "a.txt", PLAN.encode()))
    assert len(plans) == 1
    p = plans[0]
    assert p.title == "街道冬季清洁取暖工作实施方案"
    t = _task(plans, "确定改造底数")
    assert t.owners.owners == ("县能源局", "各乡镇")
    assert t.due == date(2026, 5, 31) and t.due_text == "5月底前"
    assert t.section == "二、重点任务"
    assert t.lines == (6, 6)
    assert {(g.target, g.unit) for g in p.goals} == {(3455, "户"), (22, "%")}
    phase = next(ph for ph in p.phases if ph.title == "组织实施")
    assert (phase.start, phase.end) == (date(2026, 7, 20), date(2026, 10, 15))
    assert _task(plans, "开展改造施工").phase == phase.id


def test_bom_and_gb18030_read_the_same(tmp_path: Path) -> None:
    base = emit_plan(_plans(_write(tmp_path, "x.txt", PLAN.encode()))[0])
    bom = emit_plan(_plans(_write(tmp_path, "x.txt", b"\xef\xbb\xbf" + PLAN.encode()))[0])
    gb = _write(tmp_path, "x.txt", PLAN.encode("gb18030"))
    assert read_document(gb).encoding == "gb18030"
    assert bom == base
    assert emit_plan(_plans(gb)[0]) == base


def test_docx_paragraphs_and_role_table(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for line in PLAN.splitlines()[:6]:
        d.add_paragraph(line)
    d.add_paragraph("三、任务清单")
    table = d.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["序号", "工作任务", "责任单位", "完成时限"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["1", "建立改造台账", "县能源局", "6月30日前"]):
        cell.text = text
    path = tmp_path / "plan.docx"
    d.save(str(path))
    plans = _plans(path)
    assert _task(plans, "确定改造底数").owners.owners == ("县能源局", "各乡镇")
    row = _task(plans, "建立改造台账")
    assert row.owners.owners == ("县能源局",)
    assert row.due == date(2026, 6, 30)


def test_traditional_role_words_keep_the_documents_script(tmp_path: Path) -> None:
    text = (
        "一、重點任務\n1.完善監測機制。9月30日前完成。(牽頭單位:縣農業農村局;責任單位:各鄉鎮)\n"
        "2.加強宣傳。由縣委宣傳部牽頭,縣文旅局配合。\n"
    )
    plans = _plans(_write(tmp_path, "t.txt", text.encode()))
    t = _task(plans, "完善監測機制")
    assert t.owners.lead == ("縣農業農村局",) and t.owners.owners == ("各鄉鎮",)
    assert t.title == "完善監測機制" and t.due == date(2026, 9, 30)
    p = _task(plans, "加強宣傳")
    assert p.owners.lead == ("縣委宣傳部",) and p.owners.support == ("縣文旅局",)
    assert p.owners.origin == "prose" and p.review


def test_pinyin_readings_and_stray_marks_are_removed() -> None:
    assert clean_line("各區(qū)縣要落實責(zé)任") == "各區縣要落實責任"
    assert clean_line("我县的'经济基础薄弱,危险化学品的`安全,造成后果的.,要追究") == (
        "我县的经济基础薄弱,危险化学品的安全,造成后果的,要追究"
    )
    assert clean_line("常态化涉 黑涉恶问题,运用舆-论阵地") == "常态化涉黑涉恶问题,运用舆论阵地"
    assert (
        clean_line("使新增企业参保登记率达到100%。作文网 ZuoWenBa.Net")
        == "使新增企业参保登记率达到100%。"
    )
    assert clean_line("(DRG)付费") == "(DRG)付费"
    assert len(fold("（責任單位：縣政府）")) == len("（責任單位：縣政府）")
    assert fold("（責任單位：縣政府）") == "(责任单位:县政府)"


def test_web_noise_lines_are_dropped(tmp_path: Path) -> None:
    text = "作文吧实用文档策划方案内容页\n2024-03-18 14:04:39 策划方案 打开翻译\n相关推荐\n" + PLAN
    plans = _plans(_write(tmp_path, "n.txt", text.encode()))
    assert plans[0].lines[0] == 4  # the title line, after three lines of page noise
    assert "打开翻译" not in emit_plan(plans[0])


def test_number_ranges_are_not_dates(tmp_path: Path) -> None:
    text = (
        "一、重点任务\n1.每年选择3—5个薄弱村由强村帮带。\n2.每户每年缴纳垃圾处理费60-120元。\n"
        "3.实现农村6-15周岁儿童失学辍学清零。\n"
    )
    plans = _plans(_write(tmp_path, "r.txt", text.encode()))
    # No unit and no deadline: nothing becomes a task, and the plan says so.
    assert plans[0].tasks == () and plans[0].review


def test_an_impossible_deadline_is_kept_as_wording_and_named_for_review(tmp_path: Path) -> None:
    """2月30日前 is a mistake in the document: no date is guessed, but the wording stays and
    the review line says what to check, instead of the deadline vanishing."""
    text = ("一、重点任务\n1.开展垃圾清运。由城关镇负责,2月30日前完成。\n"
            "2.修缮道路。由北山乡负责,6月30日前完成。\n")
    plans = _plans(_write(tmp_path, "d.txt", text.encode()))
    wrong, right = plans[0].tasks
    assert (wrong.due, wrong.due_text) == (None, "2月30日前")
    assert any("2月30日前" in r and "不存在" in r for r in wrong.review)
    assert right.due == date(2026, 6, 30) and not any("不存在" in r for r in right.review)


def test_range_over_the_year_end_rolls_over(tmp_path: Path) -> None:
    plans = _plans(_write(tmp_path, "y.txt", PLAN.encode()))
    t = _task(plans, "验收")
    assert (t.start, t.due) == (date(2026, 12, 20), date(2027, 1, 10))
    assert t.owners.lead == ("县能源局",)
    assert t.owners.owners == ("县委农办(农业农村局)", "街道(垦殖场)")


def test_vague_and_recurring_wording_keeps_only_due_text(tmp_path: Path) -> None:
    text = (
        "一、工作要求\n1.各校于每月3日前上报学生变动情况。\n2.春节前完成慰问。\n"
        "3.在文件印发后3个工作日内公开解读材料。\n4.长期坚持,常抓不懈。\n"
    )
    plans = _plans(_write(tmp_path, "v.txt", text.encode()))
    texts = []
    for t in plans[0].tasks:
        assert t.due is None
        texts.append(t.due_text)
    assert texts[:3] == ["每月3日前", "春节前", "3个工作日内"]


def test_review_marks(tmp_path: Path) -> None:
    text = (
        "一、主要工作\n1.加强领导。完成时限:5月底前。(责任领导:)\n"
        "2.建立台账。由县民政局负责,8月底前、10月底前分两批完成。\n"
        "3.推进建设,完善设施,12月底前加强管理,确保各项工作落到实处,\n"
    )
    plans = _plans(_write(tmp_path, "m.txt", text.encode()))
    t1, t2, t3 = plans[0].tasks
    assert t1.owners.leader is None and any("为空" in r for r in t1.review)
    assert t2.due == date(2026, 10, 31) and len(t2.review) == 2  # prose owner, two deadlines
    assert any("不完整" in r for r in t3.review)
    assert plans[0].review_count == 3
    assert "3 项需要核对" in emit_plan(plans[0])


def test_slogans_and_people_are_not_owners(tmp_path: Path) -> None:
    text = (
        "一、工作措施\n1.保证质量。谁建棚谁把关,做到谁购料谁负责,5月底前完成。\n"
        "2.落实责任。本着“谁主管、谁负责”的原则,班主任是第一责任人,6月底前完成。\n"
    )
    plans = _plans(_write(tmp_path, "s.txt", text.encode()))
    assert len(plans[0].tasks) == 2
    assert all(t.owners.empty for t in plans[0].tasks)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"  \r\n\n", "empty"),
        (b"\x00\x01\x02binary\xff\xfe\x00", "binary"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_refused_documents(tmp_path: Path, data: bytes, code: str) -> None:
    doc = read_document(_write(tmp_path, "bad.txt", data))
    assert doc.refusal is not None and doc.refusal.code == code


def _zip(entries: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "code", "says"),
    [
        # Word 97–2003 and WPS files are OLE compound files: the clerk is told to save as .docx
        ("旧方案.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "old-word", "另存为 .docx"),
        ("方案.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "old-word", "另存为 .docx"),
        ("方案.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "pdf", "PDF"),
        ("分工表.xlsx", _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
         "spreadsheet", "表格"),
        ("坏.docx", _zip({"[Content_Types].xml": b"<Types/>"}), "bad-docx", "Word"),
        # a .docx with an opening password (打开密码) is an OLE compound file too, holding the
        # encrypted package: not an old Word file to save as .docx, which it already is
        ("加密方案.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
         + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64, "encrypted", "密码"),
    ],
    ids=["doc", "wps", "pdf", "xlsx", "broken-docx", "encrypted-docx"],
)
def test_files_that_are_no_document_say_what_they_are(tmp_path: Path, name: str, data: bytes, code: str,
                                                      says: str) -> None:
    """A file of another kind is named as that kind, with what to do instead, rather than
    called binary data: an old .doc / .wps, a PDF, an Excel workbook, a broken .docx."""
    doc = read_document(_write(tmp_path, name, data))
    assert doc.refusal is not None and doc.refusal.code == code
    assert says in doc.refusal.zh


def test_other_line_breaks_end_lines_too(tmp_path: Path) -> None:
    """Text saved by other tools breaks lines in other ways: a form feed between pages (a PDF
    turned into text), a vertical tab or U+2028 for a soft line break (text copied out of Word
    or WPS). Each ends a line, so no line of the document holds one."""
    text = "某镇2026年秸秆禁烧\u2028工作方案\n为做好禁烧工作,制定本方案。\x0c一、开展巡查。由镇农业服务中心负责," \
        "6月30日前完成。\x0b二、加强宣传。由镇宣传办负责,5月31日前完成。\u2029"
    doc = read_document(_write(tmp_path, "pdf.txt", text.encode()))
    assert doc.lines[:5] == ("某镇2026年秸秆禁烧", "工作方案", "为做好禁烧工作,制定本方案。",
                             "一、开展巡查。由镇农业服务中心负责,6月30日前完成。", "二、加强宣传。由镇宣传办负责,5月31日前完成。")
    plan = detect_plans(doc, year=2026)[0]
    assert plan.title == "某镇2026年秸秆禁烧工作方案"
    assert [t.title for t in plan.tasks] == ["开展巡查", "加强宣传"]


def test_no_structure_gives_no_plans(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "p.txt", "今天天气很好。\n我们去公园散步。\n".encode()))
    assert detect_plans(doc, year=2026) == []


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def test_five_megabytes_in_under_ten_seconds(tmp_path: Path) -> None:
    seed = (DATA / "004_fce12f49cde3bff6.txt").read_bytes()
    big = _write(tmp_path, "big.txt", seed * (5 * 1024 * 1024 // len(seed) + 1))
    assert big.stat().st_size >= 5 * 1024 * 1024
    # CPU time, not wall time: under `make test -n 2` the other worker shares the two cores,
    # and "finishes in under 10 s" is about the work, which CPU time measures exactly.
    t0 = time.process_time()
    plans = detect_plans(read_document(big), year=2026)
    assert len(plans) > 100
    assert time.process_time() - t0 < 10
    # The command refuses to write hundreds of files at once, with a clear message, fast.
    for args, code, message in (
        (["--list"], 0, "试点方案(篇15)"),
        ([], 1, "--part N"),
        (["--part", "3"], 0, "plan-2026-03.yaml"),
    ):
        t0 = _children_cpu()
        r = _run(
            "import",
            str(big),
            "--year",
            "2026",
            "--out",
            str(tmp_path / "out"),
            *args,
            cwd=tmp_path,
        )
        assert _children_cpu() - t0 < 10, args
        assert r.returncode == code and message in r.stdout + r.stderr, (args, r.stderr)


def test_emitted_yaml_is_plan_format_1(tmp_path: Path) -> None:
    allowed_task = set(
        [
            "id",
            "title",
            "detail",
            "section",
            "lead",
            "owners",
            "support",
            "leader",
            "phase",
            "start",
            "due",
            "due_text",
            "status",
            "progress",
            "evidence",
            "verified_by",
            "depends_on",
            "units",
            "updates",
            "review",
            "source",
            "note",
            "tags",
        ]
    )
    allowed_plan = set(
        [
            "format",
            "id",
            "title",
            "issuer",
            "year",
            "status",
            "lead",
            "goals",
            "phases",
            "tasks",
            "review",
            "source",
            "note",
        ]
    )
    for seed in sorted(DATA.glob("*.txt")):
        for p in detect_plans(read_document(seed), year=2026):
            text = emit_plan(p)
            assert text.startswith("# yaml-language-server: $schema=../schema/plan.schema.json\n")
            data = YAML(typ="safe").load(text)
            assert set(data) <= allowed_plan and data["format"] == 1 and data["id"] == p.id
            assert data["status"] == "draft" and data["year"] == 2026
            for t in data["tasks"]:
                assert set(t) <= allowed_task
                assert isinstance(t["title"], str) and t["title"]
                assert t["status"] == "todo" and len(t["source"]["lines"]) == 2
                for key in ("lead", "owners", "support"):
                    assert all(isinstance(x, str) for x in t.get(key, []))
                assert "due" not in t or isinstance(t["due"], date)


def test_tricky_scalars_are_quoted() -> None:
    from tracker.importer.draft import DraftPlan, DraftTask

    tasks = tuple(
        DraftTask(f"T{n}", title, title, "", "", (1, 1))
        for n, title in enumerate(
            [
                "yes",
                "1.",
                "a: b",
                "[x]",
                "*y",
                "&z",
                "!w",
                "%v",
                "@u",
                "`t",
                "123",
                "2026-05-31",
                "# c",
                "null",
            ],
            1,
        )
    )
    plan = DraftPlan(1, "plan-2026-01", "on", 2026, "d.txt", (1, 2), tasks=tasks)
    data = YAML(typ="safe").load(emit_plan(plan))
    assert data["title"] == "on"
    assert [t["title"] for t in data["tasks"]] == [t.title for t in tasks]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(TRACKER), *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


def test_cli_list_write_twice_identical_and_never_overwrite(tmp_path: Path) -> None:
    from tracker.cli import cli

    doc = _write(tmp_path, "plan.txt", PLAN.encode())
    runner = CliRunner()
    r = runner.invoke(cli, ["--lang", "en", "import", str(doc), "--year", "2026", "--list"])
    assert r.exit_code == 0, r.output
    assert "lines 1–9" in r.output and "tasks 3" in r.output and "phases 1" in r.output
    assert not (tmp_path / "plans").exists()
    out1, out2 = tmp_path / "o1", tmp_path / "o2"
    for out in (out1, out2):
        r = runner.invoke(
            cli,
            ["import", str(doc), "--year", "2026", "--out", str(out), "--id-prefix", "Heat Plan"],
        )
        assert r.exit_code == 0, r.output
    assert (out1 / "heat-plan-2026-01.yaml").read_bytes() == (
        out2 / "heat-plan-2026-01.yaml"
    ).read_bytes()
    target = out1 / "heat-plan-2026-01.yaml"
    target.write_text("# edited by hand\n", encoding="utf-8")
    r = runner.invoke(
        cli,
        [
            "--lang",
            "en",
            "import",
            str(doc),
            "--year",
            "2026",
            "--out",
            str(out1),
            "--id-prefix",
            "heat-plan",
        ],
    )
    assert r.exit_code == 1
    assert target.read_text(encoding="utf-8") == "# edited by hand\n"


def test_cli_messages(tmp_path: Path) -> None:
    from tracker.cli import run

    empty = _write(tmp_path, "e.txt", b"")
    binary = _write(tmp_path, "b.bin", b"\x00\x01\x02\x03" * 100)
    prose = _write(tmp_path, "p.txt", "只是一段话。\n".encode())
    doc = _write(tmp_path, "plan.txt", PLAN.encode())
    cases = [
        (["--lang", "zh", "import", str(empty)], "文件为空"),
        (["--lang", "en", "import", str(empty)], "file is empty"),
        (["--lang", "en", "import", str(binary)], "binary"),
        (["--lang", "en", "import", str(prose)], "no plan structure"),
        (["--lang", "en", "import", str(doc), "--part", "5", "--list"], "out of range"),
    ]
    for argv, message in cases:
        code = f"import sys; from tracker.cli import run; sys.exit(run({argv!r}))"
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False
        )
        assert proc.returncode == 1, (argv, proc.stderr)
        assert message in proc.stderr, (argv, proc.stderr)
    assert run is not None


@pytest.mark.skipif(not TRACKER.exists(), reason="tracker console script not installed")
def test_every_seed_import_passes_tracker_check(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    assert _run("init", str(repo), cwd=tmp_path).returncode == 0
    for n, seed in enumerate(sorted(DATA.glob("*.txt"))):
        r = _run("import", str(seed), "--year", "2026", "--id-prefix", f"seed{n}", cwd=repo)
        assert r.returncode == 0, r.stderr
    check = _run("check", "--repo", str(repo), cwd=repo)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "0 个错误" in check.stderr or "0 errors" in check.stderr, check.stderr
    assert "error:" not in check.stdout


def test_cover_letter_title_names_the_plan_inside(tmp_path):
    from tracker.importer import detect_plans, read_document

    doc = tmp_path / "通知.txt"
    doc.write_text("关于印发《某镇人居环境整治提升行动实施方案》的通知\n为改善人居环境，制定本方案。\n"
                   "一、重点任务\n(一)开展村庄清洁行动。3月31日前完成。(责任单位:各村)\n", encoding="utf-8")
    plans = detect_plans(read_document(doc), year=2026)
    assert [p.title for p in plans] == ["某镇人居环境整治提升行动实施方案"]


def test_decimal_numbering_and_metadata_rows(tmp_path: Path) -> None:
    """A 预案 numbered 1 总则 / 1.1 编制目的 under a page's metadata rows (发布机构: …):
    read as headings, the metadata names no owner, the 生成日期 gives the year."""
    text = (
        "您当前所在的位置: 首页 > 政务公开 > 应急管理\n"
        "发布机构: 生成日期: 2020-01-24\n"
        "| 发布机构: | 县政府办公室 |\n"
        "某县突发事件应急预案\n"
        "1 总则\n"
        "1.1编制目的\n"
        "为有效处置突发事件,制定本预案。\n"
        "2 组织机构\n"
        "2.1.1领导小组\n"
        "(1)县应急管理局负责日常工作。\n"
    )
    doc = read_document(_write(tmp_path, "y.txt", text.encode()))
    plans = detect_plans(doc, year=2026, infer_year=True)
    assert [p.title for p in plans] == ["某县突发事件应急预案"]
    assert plans[0].year == 2020
    owners = [n for t in plans[0].tasks for n in t.owners.owners]
    assert "县应急管理局" in owners and not any("发布机构" in n for n in owners)


def test_sample_site_titles(tmp_path: Path) -> None:
    """篇1 after a sample's name, a bracketed note or a bare date above the title, a sample
    number glued to the title, are the site's: the title is the plan's own name."""
    cases = {
        "社区活动方案模板10篇\n社区活动方案 篇1\n一、工作目标\n完成创建。\n": "社区活动方案",
        "(仅供学习参考,切勿通篇使用)\nxx镇创建文明城市工作方案\n为做好创建工作,特制定本方案。\n"
        "一、主要任务\n1、清理垃圾。(责任单位:城管办)\n": "xx镇创建文明城市工作方案",
        "2022427\n\n虹桥镇乡村振兴工作要点\n做好乡村振兴工作,现提出如下要点。\n"
        "一、农业\n1.保护耕地。(责任单位:农业农村局)\n": "虹桥镇乡村振兴工作要点",
        "2021年乡镇安全生产大检查方案4进入四月以来,安全问题突出,现就有关事项通知如下:"
        + "一、统一思想,提高认识。" + "各村委会要高度重视安全生产工作。" * 10
        + "二、突出重点,加强监管。" + "各单位要加强检查。" * 10 + "\n":
            "2021年乡镇安全生产大检查方案",
    }
    for n, (text, title) in enumerate(cases.items()):
        plans = _plans(_write(tmp_path, f"t{n}.txt", text.encode()))
        assert plans and plans[0].title == title, (title, plans and plans[0].title)


def test_role_label_and_placeholder_are_not_units(tmp_path: Path) -> None:
    text = (
        "镇环境整治工作方案\n一、主要任务\n"
        "1、生活垃圾定点投放。(责任单位:拆违控违办、各村、社区;责任人;xx)\n"
    )
    t = _task(_plans(_write(tmp_path, "o.txt", text.encode())), "生活垃圾")
    assert t.owners.owners == ("拆违控违办", "各村", "社区")


def test_titled_excerpt_without_items_is_a_plan(tmp_path: Path) -> None:
    """An excerpt cut before its first numbered item keeps its title; prose stays refused."""
    text = (
        "花山区2021年国家卫生城市复审工作实施方案\n"
        "为深入贯彻爱国卫生运动的要求,巩固卫生城市建设成果,制定本方案。\n"
    )
    plans = _plans(_write(tmp_path, "c.txt", text.encode()))
    assert [p.title for p in plans] == ["花山区2021年国家卫生城市复审工作实施方案"]
    assert plans[0].tasks == ()


def test_deadline_with_a_weekday_and_the_year_end(tmp_path: Path) -> None:
    """6月13日(周五)前: the weekday in brackets does not hide the 前; 力争年底前 is a deadline
    without a digit, 每年年底前 recurs and is not one."""
    text = (
        "某区工作方案\n一、工作要求\n"
        "1、及时做好总结工作。各小学将总结表的电子稿6月13日(周五)前交报教育科。\n"
        "2、推进乱披乱挂整治。积极沟通,力争年底前所有杆线单位自行整治规范到位。\n"
        "3、做好统计。每年年底前报送一次数据,做好统计工作。\n"
    )
    plans = _plans(_write(tmp_path, "w.txt", text.encode()))
    assert (_task(plans, "总结").due, _task(plans, "总结").due_text) == (date(2026, 6, 13), "6月13日")
    assert _task(plans, "乱披乱挂").due == date(2026, 12, 31)
    assert not any(t.due for t in plans[0].tasks if "统计" in t.detail)


def test_lead_and_cooperating_unit_lines(tmp_path: Path) -> None:
    """牵头责任单位: names the lead and 主要协作单位: the support, each on a line after its
    item; the label line is not an item of its own."""
    text = (
        "县卫健委2021年政府工作报告任务分解\n\n"
        "1.落实积极应对人口老龄化国家战略,加快发展养老服务业。\n\n"
        "牵头责任单位:县卫健委、县民政局\n\n"
        "主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门\n\n"
        "2.创建国家卫生县城。\n\n牵头责任单位:县卫健委\n\n主要协作单位:各乡镇人民政府\n"
    )
    plans = _plans(_write(tmp_path, "l.txt", text.encode()))
    t1, t2 = plans[0].tasks
    assert (t1.owners.lead, t1.owners.owners) == (("县卫健委", "县民政局"), ())
    assert t1.owners.support == ("各乡镇人民政府", "经济开发区管委会", "县政府有关部门")
    assert (t2.owners.lead, t2.owners.support) == (("县卫健委",), ("各乡镇人民政府",))


def test_titles_of_division_lists_and_sample_pages(tmp_path: Path) -> None:
    """A 责任分工 / 任务分解 list names itself so; a sample site's number after the name (方案一)
    and its intro sentence (为你精心准备了X参考范文) are the site's, not the title's."""
    cases = {
        "2025年某县政府重要工作事项责任分工\n2025年是收官之年,现将责任分工如下:\n"
        "一、主要目标\n1.地区生产总值增长6%。(牵头单位:县发展和改革局)\n":
            "2025年某县政府重要工作事项责任分工",
        "县卫健委2021年政府工作报告任务分解\n\n1.创建国家卫生县城。(责任单位:县卫健委)\n":
            "县卫健委2021年政府工作报告任务分解",
        "醫院愛國衛生月活動方案\n\n醫院愛國衛生月活動方案一\n\n一、活動內容\n"
        "1、做好宣傳。\n\n責任部門:總務處。\n": "醫院愛國衛生月活動方案",
        "本站小編為你精心準備了街道市容環境整改方案參考范文,愿這些范文能點燃您思維的火花。\n"
        "為進一步加大城市管理力度,制定本方案。\n一、整治內容\n1、店外經營。(責任單位:城管科)\n":
            "街道市容環境整改方案",
    }
    for n, (text, title) in enumerate(cases.items()):
        plans = _plans(_write(tmp_path, f"d{n}.txt", text.encode()))
        assert plans and plans[0].title == title, (title, plans and plans[0].title)


def test_deadline_in_the_goal_paragraph_is_no_task(tmp_path: Path) -> None:
    """一、总体目标 over 在2022年5月底前实现…: the date is the plan's horizon, not an item's
    deadline; a dated item under 主要任务 still is a task."""
    text = (
        "镇2022年农村人居环境集中整治攻坚行动实施方案\n一、总体目标\n"
        "在2022年5月底前实现全镇农村人居环境显著改善,长效管理机制逐步建立。\n"
        "二、主要任务\n(一)开展清理整治。全面清理村内垃圾,6月底前完成。\n"
    )
    plans = _plans(_write(tmp_path, "g.txt", text.encode()))
    assert [(t.label, t.due) for t in plans[0].tasks] == [("(一)", date(2026, 6, 30))]
    assert any("总体目标" in k[2] for k in plans[0].kept)


def test_group_led_by_a_person_with_offices_in_charge(tmp_path: Path) -> None:
    """1、宣传氛围组:(王乙副校长牵头) with 校办――责任人杨己主任 lines under it: one task, the
    person leading it is its leader, each 责任人 one of its owners, the group no unit."""
    text = (
        "某中学迎接文明城市检查验收实施方案\n一、成立工作领导小组\n组 长:汪甲\n"
        "二、责任分工及要求\n"
        "1、宣传氛围组:(王乙副校长牵头)\n"
        "校 办――责任人杨己主任,主要运用广告栏、橱窗、横幅等媒体作好学校层面宣传。\n"
        "学工处――责任人李庚主任,主要运用广播电视、黑板报等媒体作好学生层面宣传。\n"
        "宣传内容:社会主义核心价值观、中国梦、志愿精神等内容,并定期更换。\n"
        "其他处室、年级组要提醒师生熟记社会主义核心价值观24字等内容,提高知晓率。\n"
    )
    plans = _plans(_write(tmp_path, "p.txt", text.encode()))
    (t,) = plans[0].tasks
    assert (t.label, t.lines) == ("1、", (5, 9))
    assert (t.owners.lead, t.owners.owners, t.owners.support) == ((), ("杨己主任", "李庚主任"), ())
    assert t.owners.leader == "王乙副校长"


def test_text_with_a_colon_in_a_flow_list_is_written_so_that_the_draft_reads_back() -> None:
    """A unit cut together with the next label (`市场监督管理所检查范围:消防易爆物品`) was written
    plain inside [ ], which ruamel writes but cannot read: the whole draft failed check."""
    from tracker.importer.draft import DraftPlan, DraftTask, Owners
    from tracker.store import yamlsafe

    odd = ("派出所", "市场监督管理所检查范围:消防易爆物品", "县:镇")
    draft = DraftPlan(part=1, id="p", title="方案", year=2026, document="a:b.txt", lines=(1, 3),
                      tasks=(DraftTask(id="T1", title="检查", detail="", section="", label="(一)",
                                       lines=(2, 2), owners=Owners(owners=odd)),),
                      review=("第2行 责任单位:待核对",))
    data, problems = yamlsafe.parse(emit_plan(draft), "plans/p.yaml")
    assert not [p for p in problems if p.is_error], problems
    assert list(data["tasks"][0]["owners"]) == list(odd)
    assert data["source"]["document"] == "a:b.txt" and data["review"] == ["第2行 责任单位:待核对"]


def test_an_item_whose_bracket_names_its_units_and_deadline_is_no_phase(tmp_path: Path) -> None:
    """`2. 开展路灯检修（县住建局负责，9月30日前）` ends on a bracket with a month in it, as a
    dated stage does (`(二)组织实施(7月20日—10月15日)`); but the bracket names a unit in a role,
    so the item is a task with that deadline, not also a phase of the plan."""
    text = ("关于推进道路整治的实施方案\n一、重点任务\n"
            "1. 完成主干道修补（县交通局牵头，县财政局、城关镇配合，6月底前完成）\n"
            "2. 开展路灯检修（县住建局负责，9月30日前）\n")
    plans = _plans(_write(tmp_path, "a.txt", text.encode()))
    assert [ph.title for ph in plans[0].phases] == []
    assert _task(plans, "开展路灯检修").due == date(2026, 9, 30)
    assert _task(plans, "完成主干道修补").due == date(2026, 6, 30)


HISTORY_YEAR = ("某县农村养老保险工作方案\n一、基本情况\n我县农村养老保险工作从1992年开始起步,目前参保13万人。\n"
                "二、工作任务\n1.开展政策宣传。由县人社局负责,6月30日前完成。\n")


def test_a_year_taken_from_the_text_far_from_this_one_is_named_for_the_clerk(tmp_path: Path) -> None:
    """The plan's year decides every deadline written without one (6月30日前). A year read from
    a sentence (the plan's history here) years away from the assumed one is a review line that
    says where it came from and how to set it; a year given with --year, or one near the
    assumed year, is not."""
    path = _write(tmp_path, "h.txt", HISTORY_YEAR.encode())
    [plan] = detect_plans(read_document(path), year=2026, infer_year=True)
    assert plan.year == 1992
    assert plan.review[0] == ("方案年份按第3行的“1992年”计,未写年份的时限都算在这一年;"
                              "如不对,导入时用 --year 指定")
    [plan] = detect_plans(read_document(path), year=2026)  # --year 2026
    assert plan.year == 2026 and not any("方案年份" in r for r in plan.review)
    path = _write(tmp_path, "n.txt", HISTORY_YEAR.replace("1992", "2025").encode())
    [plan] = detect_plans(read_document(path), year=2026, infer_year=True)
    assert plan.year == 2025 and not any("方案年份" in r for r in plan.review)


def test_the_dry_run_shows_goal_targets_as_the_document_writes_them(tmp_path: Path) -> None:
    """A goal of 5300万元 is a target of 53,000,000: the preview said 5.3e+07元, a number no
    clerk wrote, and 12345.67万元 would have lost a digit."""
    from tracker.cli import cli

    text = ("某县2026年集体经济发展工作方案\n一、工作目标\n全县村集体经营性收入突破5300万元,"
            "完成改造3455户,资金12345.67元。\n二、工作任务\n1.开展清产核资。由县农业农村局负责,6月30日前完成。\n")
    doc = _write(tmp_path, "goals.txt", text.encode())
    r = CliRunner().invoke(cli, ["import", str(doc), "--year", "2026", "--dry-run"])
    assert r.exit_code == 0, r.output
    assert "→ 53000000元" in r.output and "→ 3455户" in r.output and "→ 12345.67元" in r.output
    assert "e+" not in r.output


def test_a_lead_marked_in_corner_brackets_inside_a_role_bracket_keeps_every_unit(tmp_path: Path) -> None:
    """（责任单位：镇农业服务中心【牵头】、镇水利站）: the 【 was read as a tag opening, the lead
    came out as 镇农业服务中心【 and 镇水利站 was lost. 【牵头】 marks the lead as （牵头） does."""
    text = ("某镇2026年秸秆禁烧工作方案\n一、工作任务\n"
            "1.开展巡查。（责任单位：镇农业服务中心【牵头】、镇水利站；完成时限：6月30日前）\n"
            "2.宣传发动。（责任单位：镇宣传办［牵头］、各村）\n")
    plans = _plans(_write(tmp_path, "m.txt", text.encode()))
    got = [(t.owners.lead, t.owners.owners) for t in plans[0].tasks]
    assert got == [(("镇农业服务中心",), ("镇水利站",)), (("镇宣传办",), ("各村",))]


NOTICE_ABOVE = ("关于印发《某镇2026年秸秆禁烧工作方案》的通知\n各村委会、镇直各单位：\n"
                "现将《某镇2026年秸秆禁烧工作方案》印发给你们，请认真贯彻执行。\n某镇人民政府\n2026年3月1日\n"
                "某镇2026年秸秆禁烧工作方案\n为做好秸秆禁烧工作，制定本方案。\n"
                "一、开展巡查。由镇农业服务中心负责，6月30日前完成。\n")


def test_a_cover_notice_right_above_the_title_is_said_as_one_set_apart_is(tmp_path: Path) -> None:
    """A notice sent as a part of its own gets 第1–5行是印发通知,未导入; the same notice run
    straight into the plan's title block was left out without a word."""
    [plan] = _plans(_write(tmp_path, "n.txt", NOTICE_ABOVE.encode()))
    assert plan.title == "某镇2026年秸秆禁烧工作方案"
    assert "第1–5行是印发通知,未导入;请核对其中的要求" in plan.review
