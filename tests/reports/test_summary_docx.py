"""`tracker summary --format docx`: the official format (GB/T 9704) checked by opening the file
with python-docx, and converted by LibreOffice when it is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from tests.conftest import TODAY, git, make_repo


@pytest.fixture
def office_repo(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "office", demo=True)
    settings = (root / "tracker.yaml").read_text(encoding="utf-8")
    settings = "".join(ln for ln in settings.splitlines(keepends=True)
                       if not ln.startswith("office:"))
    (root / "tracker.yaml").write_text(settings + "office: 某县人民政府办公室\n", encoding="utf-8")
    git(root, "commit", "-qam", "office")
    return root


def _write(tracker, root: Path, *args: str) -> Path:  # type: ignore[no-untyped-def]
    out = root.parent / "通报.docx"
    r = tracker("--repo", str(root), "--today", TODAY, "summary", "--format", "docx",
                "-o", str(out), *args)
    assert r.code == 0, r.err
    return out


def _east_asian(style) -> str | None:  # type: ignore[no-untyped-def]
    fonts = style.element.rPr.find(qn("w:rFonts"))
    return fonts.get(qn("w:eastAsia"))


def test_docx_page_fonts_tables_and_page_number(office_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    doc = Document(str(_write(tracker, office_repo)))
    sec = doc.sections[0]
    def mm(*lengths: object) -> list[float]:  # stored in twips: compare to a tenth of a mm
        return [round(x.mm, 1) for x in lengths]  # type: ignore[attr-defined]

    assert mm(sec.page_width, sec.page_height) == [210, 297]
    assert mm(sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin) == [37, 35, 28, 26]
    paras = doc.paragraphs
    title = paras[0]
    assert title.text == "工作进展情况"
    assert title.style.name == "公文标题"
    assert _east_asian(title.style) == "方正小标宋简体" and title.style.font.size == Pt(22)
    assert title.alignment is None and title.style.paragraph_format.alignment == 1  # centred
    h1 = next(p for p in paras if p.text == "一、总体进展")
    assert h1.style.name == "一级标题" and _east_asian(h1.style) == "黑体"
    h2 = next(p for p in paras if p.text == "（一）主要指标")
    assert h2.style.name == "二级标题" and _east_asian(h2.style) == "楷体_GB2312"
    body = next(p for p in paras if p.text.startswith("共有任务"))
    assert body.style.name == "公文正文" and _east_asian(body.style) == "仿宋_GB2312"
    assert body.style.font.size == Pt(16)
    pf = body.style.paragraph_format
    assert pf.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert Pt(28) <= pf.line_spacing <= Pt(29)
    # the unit ranking and the 滞后事项 are real tables
    headers = [[c.text for c in t.rows[0].cells] for t in doc.tables]
    assert ["排名", "单位", "任务", "已完成", "滞后", "完成率", "按时完成率"] in headers
    late = [t for t, h in zip(doc.tables, headers) if h[1] == "事项"]
    assert late and any("clean-heating-2026/T3" in r.cells[1].text for t in late for r in t.rows)
    # page numbers `— 1 —`: a PAGE field between two dashes in the footer
    footer = sec.footer.paragraphs[0]
    assert footer.text.startswith("— ") and footer.text.endswith(" —")
    assert "PAGE" in "".join(el.text or "" for el in footer._p.iter(qn("w:instrText")))
    even = sec.even_page_footer.paragraphs[0]  # 单页码居右，双页码居左
    assert doc.settings.odd_and_even_pages_header_footer
    assert footer.alignment == 2 and even.alignment == 0 and even.text == footer.text
    # the issuing office and the date close the document
    assert [p.text for p in paras[-2:]] == ["某县人民政府办公室", "2026年11月23日"]
    assert paras[-1].style.name == "落款"


def test_docx_for_one_unit_in_english_without_office(demo_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    doc = Document(str(_write(tracker, demo_repo, "--unit", "城关镇", "--lang", "en")))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "城关镇 — progress report"
    assert texts[-1] == "2026-11-23"  # no office: the date alone
    assert not any(t.startswith("某县") for t in texts)


def test_docx_needs_a_file_on_a_terminal(demo_repo: Path, tracker, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "summary", "--format", "docx")
    assert r.code == 1 and "-o" in r.err and "Traceback" not in r.err


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_docx(office_repo: Path, tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = _write(tracker, office_repo)
    profile = tmp_path / "lo-profile"
    proc = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                          capture_output=True, timeout=180)
    pdf = tmp_path / "通报.pdf"
    assert proc.returncode == 0 and pdf.exists(), proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000


def test_text_formats_write_to_a_file_too(demo_repo: Path, tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown = tracker("--repo", str(demo_repo), "--today", TODAY, "summary", "--format", "markdown")
    out = tmp_path / "进展情况.md"
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "summary", "--format", "markdown",
                "-o", str(out))
    assert r.code == 0 and r.out == "" and out.read_text(encoding="utf-8") == shown.out


def _with_settings(root: Path, *lines: str, without: str = "") -> None:
    settings = (root / "tracker.yaml").read_text(encoding="utf-8")
    if without:
        settings = "".join(ln for ln in settings.splitlines(keepends=True)
                           if not ln.startswith(without))
    (root / "tracker.yaml").write_text(settings + "".join(f"{ln}\n" for ln in lines),
                                       encoding="utf-8")
    git(root, "commit", "-qam", "settings")


def _red_rule(paragraph) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    """The colour and the kind of the paragraph's bottom border (None when it has none)."""
    ppr = paragraph._p.pPr
    bottom = None if ppr is None else ppr.find(qn("w:pBdr"))
    bottom = None if bottom is None else bottom.find(qn("w:bottom"))
    return (None, None) if bottom is None else (bottom.get(qn("w:color")), bottom.get(qn("w:val")))


def test_docx_bulletin_head_names_the_issue_office_and_date(office_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    # 版头 of a 督查通报: the bulletin's name in red, 第N期, the office left and the date
    # right above a red rule; the office and date are then not signed again at the end
    _with_settings(office_repo, "bulletin: 督查通报")
    doc = Document(str(_write(tracker, office_repo, "--issue", "5")))
    paras = doc.paragraphs
    head, issue, line = paras[0], paras[1], paras[2]
    assert head.text == "督查通报" and head.style.name == "版头"
    assert _east_asian(head.style) == "方正小标宋简体"
    assert str(head.style.font.color.rgb) == "FF0000"
    assert head.style.paragraph_format.alignment == 1
    assert issue.text == "第5期"
    assert line.text == "某县人民政府办公室\t2026年11月23日"
    assert _red_rule(line) == ("FF0000", "single")
    title = next(p for p in paras[3:] if p.text)
    assert title.text == "工作进展情况" and title.style.name == "公文标题"
    assert all(p.text != "某县人民政府办公室" for p in paras[3:])
    assert paras[-1].style.name != "落款"


def test_docx_bulletin_without_issue_or_office(demo_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    _with_settings(demo_repo, "bulletin: 工作简报", without="office:")
    r = tracker("--repo", str(demo_repo), "--today", TODAY, "summary", "--format", "docx",
                "-o", str(demo_repo.parent / "简报.docx"), "--lang", "en")
    assert r.code == 0, r.err
    paras = Document(str(demo_repo.parent / "简报.docx")).paragraphs
    assert [paras[0].text, paras[1].text] == ["工作简报", "\t2026-11-23"]
    assert _red_rule(paras[1])[0] == "FF0000"


def test_docx_long_bulletin_name_fits_the_line(office_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    _with_settings(office_repo, "bulletin: 某某县人民政府督查室督查通报")
    head = Document(str(_write(tracker, office_repo))).paragraphs[0]
    size = head.runs[0].font.size or head.style.font.size
    assert head.text == "某某县人民政府督查室督查通报"
    assert size * 14 <= Mm(156)  # fourteen characters within the type area


def test_issue_without_a_bulletin_is_refused_clearly(office_repo: Path, tracker) -> None:  # type: ignore[no-untyped-def]
    out = office_repo.parent / "通报.docx"
    r = tracker("--repo", str(office_repo), "--today", TODAY, "summary", "--format", "docx",
                "-o", str(out), "--issue", "5")
    assert r.code == 1 and "bulletin" in r.err and "Traceback" not in r.err
    assert not out.exists()
    r = tracker("--repo", str(office_repo), "--today", TODAY, "summary", "--issue", "5")
    assert r.code == 1 and "docx" in r.err
