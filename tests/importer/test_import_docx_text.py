"""The text of a clerk's .docx as Word shows it: words a reviewer inserted with 修订 (track
changes) on and not yet accepted are there, deleted words are not, and paragraphs inside a
content control (a template's 格式文本内容控件) are read like any other."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.oxml import parse_xml

from tracker.importer import detect_plans, read_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MARK = 'w:id="{}" w:author="某甲" w:date="2026-03-01T09:00:00Z"'


def _inserted(text: str, n: int) -> object:
    return parse_xml(f'<w:ins {W} {MARK.format(n)}><w:r><w:t>{text}</w:t></w:r></w:ins>')


def _deleted(text: str, n: int) -> object:
    return parse_xml(f'<w:del {W} {MARK.format(n)}><w:r><w:delText>{text}</w:delText></w:r></w:del>')


def test_tracked_changes_read_as_word_shows_them(tmp_path: Path) -> None:
    """由[县农业局→镇农业服务中心]负责: the unit a reviewer put in owns the item, the one taken
    out does not; a row of the task table changed the same way reads the same way."""
    import docx

    d = docx.Document()
    d.add_paragraph("某镇2026年秸秆禁烧工作方案")
    d.add_paragraph("为做好秸秆禁烧工作,制定本方案。")
    p = d.add_paragraph("一、开展巡查。由")
    p._p.append(_deleted("县农业局", 1))
    p._p.append(_inserted("镇农业服务中心", 2))
    p.add_run("负责,6月30日前完成。")
    d.add_paragraph("二、任务分工")
    table = d.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("序号", "任务", "责任单位")):
        cell.text = text
    table.cell(1, 0).text = "1"
    table.cell(1, 1).text = "张贴禁烧通告"
    unit = table.cell(1, 2).paragraphs[0]
    unit._p.append(_inserted("镇宣传办", 3))
    path = tmp_path / "revised.docx"
    d.save(str(path))
    lines = read_document(path).lines
    assert lines[2] == "一、开展巡查。由镇农业服务中心负责,6月30日前完成。"
    assert lines[-1] == "| 1 | 张贴禁烧通告 | 镇宣传办 |"
    tasks = detect_plans(read_document(path), year=2026)[0].tasks
    assert [t.owners.owners for t in tasks] == [("镇农业服务中心",), ("镇宣传办",)]


def test_paragraphs_inside_a_content_control_are_read(tmp_path: Path) -> None:
    """A template's body held in a content control (w:sdt): its paragraphs and its table are
    the document's, in their place, not left out."""
    import docx

    d = docx.Document()
    d.add_paragraph("某镇2026年秸秆禁烧工作方案")
    body = d.element.body
    body.insert(len(body) - 1, parse_xml(
        f'<w:sdt {W}><w:sdtPr/><w:sdtContent>'
        '<w:p><w:r><w:t>一、加强宣传。由镇宣传办负责,5月31日前完成。</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>二、开展巡查。由镇农业服务中心负责,6月30日前完成。</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>'))
    d.add_paragraph("某镇人民政府")
    path = tmp_path / "template.docx"
    d.save(str(path))
    assert read_document(path).lines == (
        "某镇2026年秸秆禁烧工作方案",
        "一、加强宣传。由镇宣传办负责,5月31日前完成。",
        "二、开展巡查。由镇农业服务中心负责,6月30日前完成。",
        "某镇人民政府",
    )


def test_a_line_break_inside_a_paragraph_ends_a_line(tmp_path: Path) -> None:
    """A long title set over two lines with Shift+Enter (one paragraph, a w:br inside): the
    document's lines hold no newline, and the title is read whole, as the same text pasted."""
    import docx

    d = docx.Document()
    title = d.add_paragraph("某县2026年秸秆禁烧")
    title.add_run().add_break()
    title.add_run("工作实施方案")
    d.add_paragraph("为做好秸秆禁烧工作,制定本方案。")
    d.add_paragraph("一、开展巡查。由镇农业服务中心负责,6月30日前完成。")
    path = tmp_path / "title.docx"
    d.save(str(path))
    doc = read_document(path)
    assert not any("\n" in line for line in doc.lines)
    plan = detect_plans(doc, year=2026)[0]
    assert plan.title == "某县2026年秸秆禁烧工作实施方案"
    assert [t.title for t in plan.tasks] == ["开展巡查"]


def _text_box(*paragraphs: str) -> object:
    """A floating text box as Word 2010+ saves it: the drawing (wps:txbx), and for older
    readers a VML copy of the same text (mc:Fallback), which must not be read twice."""
    ns = (f'{W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in paragraphs)
    return parse_xml(
        f'<w:r {ns}><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f'<wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{body}</w:txbxContent>'
        '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def test_a_title_set_in_a_text_box_is_read_once_in_its_place(tmp_path: Path) -> None:
    """红头 templates often set the title (and the issuing office) in a floating text box
    anchored to the first paragraph. Its paragraphs are lines where it is anchored, once,
    though the file holds them twice (the drawing and its VML copy)."""
    import docx

    d = docx.Document()
    anchor = d.add_paragraph()
    anchor._p.append(_text_box("某镇人民政府办公室文件", "某镇2026年秸秆禁烧工作方案"))
    d.add_paragraph("为做好秸秆禁烧工作,制定本方案。")
    d.add_paragraph("一、开展巡查。由镇农业服务中心负责,6月30日前完成。")
    path = tmp_path / "boxed.docx"
    d.save(str(path))
    lines = [line for line in read_document(path).lines if line.strip()]
    assert lines[:2] == ["某镇人民政府办公室文件", "某镇2026年秸秆禁烧工作方案"]
    assert len(lines) == 4
    plan = detect_plans(read_document(path), year=2026)[0]
    assert plan.title == "某镇2026年秸秆禁烧工作方案"
    assert [t.owners.owners for t in plan.tasks] == [("镇农业服务中心",)]


def test_a_text_box_in_a_task_table_cell_is_part_of_the_cell(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("某镇2026年秸秆禁烧工作方案")
    table = d.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("序号", "任务", "责任单位")):
        cell.text = text
    table.cell(1, 0).text = "1"
    table.cell(1, 1).text = "张贴禁烧通告"
    table.cell(1, 2).paragraphs[0]._p.append(_text_box("镇宣传办"))
    path = tmp_path / "cell-box.docx"
    d.save(str(path))
    assert read_document(path).lines[-1] == "| 1 | 张贴禁烧通告 | 镇宣传办 |"


def test_a_table_inside_a_task_table_cell_is_part_of_the_cell(tmp_path: Path) -> None:
    """A 责任单位 cell laid out as a small table of its own (a unit a row), and a 工作任务
    cell holding a table of its targets: their words are the cell's, not dropped."""
    import docx

    d = docx.Document()
    d.add_paragraph("某镇2026年秸秆禁烧工作方案")
    table = d.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ("序号", "任务", "责任单位", "完成时限")):
        cell.text = text
    table.cell(1, 0).text = "1"
    work = table.cell(1, 1)
    work.text = "开展巡查"
    targets = work.add_table(rows=1, cols=2)
    targets.cell(0, 0).text = "巡查村数"
    targets.cell(0, 1).text = "12个"
    units = table.cell(1, 2).add_table(rows=2, cols=1)
    units.cell(0, 0).text = "镇农业服务中心"
    units.cell(1, 0).text = "各村委会"
    table.cell(1, 3).text = "6月30日前"
    path = tmp_path / "nested.docx"
    d.save(str(path))
    assert read_document(path).lines[-1] == "| 1 | 开展巡查 巡查村数 12个 | 镇农业服务中心 各村委会 | 6月30日前 |"
    (task,) = detect_plans(read_document(path), year=2026)[0].tasks
    assert task.owners.owners == ("镇农业服务中心", "各村委会")


def test_hidden_text_is_not_read(tmp_path: Path) -> None:
    """Words formatted as hidden (字体 → 隐藏, w:vanish) are not shown on screen nor printed:
    a drafter's aside hidden in an item (县审计局配合?) is not part of the plan as issued, and
    read as text it made a unit nobody sees in the document the item's supporter."""
    import docx

    d = docx.Document()
    d.add_paragraph("某镇2026年秸秆禁烧工作方案")
    d.add_paragraph("为做好秸秆禁烧工作,制定本方案。")
    p = d.add_paragraph("一、开展巡查。由镇农业服务中心负责")
    p.add_run("(待定:镇司法所配合)").font.hidden = True
    p.add_run(",6月30日前完成。")
    shown = p.add_run("")
    shown.font.hidden = False  # <w:vanish w:val="0"/>: hiding switched off again, shown
    shown.text = "各村配合。"
    path = tmp_path / "hidden.docx"
    d.save(str(path))
    doc = read_document(path)
    assert doc.lines[2] == "一、开展巡查。由镇农业服务中心负责,6月30日前完成。各村配合。"
    (task,) = detect_plans(doc, year=2026)[0].tasks
    assert "镇司法所" not in task.owners.support


def test_a_plan_framed_in_a_one_cell_table_reads_as_paragraphs(tmp_path: Path) -> None:
    """Some 公文 templates frame the whole text in a one-cell table (a bordered box), or set
    blocks of it in a one-column table. That is layout, not a table of columns: its
    paragraphs are lines of their own, so the title is found and each task keeps its lines,
    rather than the whole plan run into one `| … |` line."""
    import docx

    d = docx.Document()
    frame = d.add_table(rows=1, cols=1).cell(0, 0)
    frame.text = "某镇2026年秸秆禁烧工作方案"
    for text in ("为做好秸秆禁烧工作,制定本方案。",
                 "一、开展巡查。由镇农业服务中心负责,6月30日前完成。",
                 "二、加强宣传。由镇宣传办负责,5月31日前完成。"):
        frame.add_paragraph(text)
    path = tmp_path / "framed.docx"
    d.save(str(path))
    doc = read_document(path)
    assert doc.lines[:2] == ("某镇2026年秸秆禁烧工作方案", "为做好秸秆禁烧工作,制定本方案。")
    plan = detect_plans(doc, year=2026)[0]
    assert plan.title == "某镇2026年秸秆禁烧工作方案"
    assert [(t.title, t.lines) for t in plan.tasks] == [("开展巡查", (3, 3)), ("加强宣传", (4, 4))]


def _contents(*entries: str) -> list[object]:
    """Word's 目录 (引用 → 目录) as Word saves it: a TOC field over paragraphs of the styles
    toc 1, toc 2 …, each entry a link to its heading with a PAGEREF field for its page."""
    pages = []
    for k, entry in enumerate(entries):
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                 ' TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 if k == 0 else "")
        pages.append(parse_xml(
            f'<w:p {W}><w:pPr><w:pStyle w:val="TOC{1 + (entry[0] == "（")}"/></w:pPr>{begin}'
            f'<w:hyperlink w:anchor="_Toc{k}"><w:r><w:t>{entry}</w:t></w:r><w:r><w:tab/></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc{k} \\h </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{k + 2}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>'))
    pages.append(parse_xml(f'<w:p {W}><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'))
    return pages


def test_a_table_of_contents_is_not_read_as_the_plan(tmp_path: Path) -> None:
    """A long 实施方案 opens on Word's 目录: its entries repeat the headings (一、工作任务 2).
    Read as text they were a first run of 一、 二、 that split the document in two, a plan of
    headings with no task and the real one without its title. The entries are generated from
    the headings below; they are not read, the headings themselves are."""
    import docx

    d = docx.Document()
    d.add_paragraph("某镇2026年秸秆禁烧工作方案")
    d.add_paragraph("目  录")
    body = d.element.body
    for p in _contents("一、工作任务", "（一）开展巡查", "（二）加强宣传", "二、保障措施"):
        body.insert(len(body) - 1, p)
    for text in ("为做好秸秆禁烧工作,制定本方案。", "一、工作任务",
                 "（一）开展巡查。由镇农业服务中心负责,6月30日前完成。",
                 "（二）加强宣传。由镇宣传办负责,5月31日前完成。",
                 "二、保障措施", "各村要加强组织领导,落实工作责任。"):
        d.add_paragraph(text)
    path = tmp_path / "contents.docx"
    d.save(str(path))
    doc = read_document(path)
    assert not any("\t" in line for line in doc.lines)
    (plan,) = detect_plans(doc, year=2026)
    assert plan.title == "某镇2026年秸秆禁烧工作方案"
    assert [t.title for t in plan.tasks] == ["开展巡查", "加强宣传"]


@pytest.mark.parametrize("kind", ["application/vnd.ms-word.document.macroEnabled.main+xml",
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                                  "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"])
def test_a_macro_enabled_document_or_a_template_reads_like_a_docx(tmp_path: Path, kind: str) -> None:
    """A plan saved as 启用宏的 Word 文档 (.docm) or as a template (.dotx, .dotm) is the same
    document inside; it was refused as 无法读取 Word 文档, which told the clerk nothing."""
    import zipfile

    import docx

    d = docx.Document()
    for text in ("某镇2026年秸秆禁烧工作方案", "为做好秸秆禁烧工作,制定本方案。",
                 "一、开展巡查。由镇农业服务中心负责,6月30日前完成。"):
        d.add_paragraph(text)
    plain = tmp_path / "plan.docx"
    d.save(str(plain))
    other = tmp_path / "plan.docm"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(other, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml"
                                    b".document.main+xml", kind.encode())
            zout.writestr(item, data)
    doc = read_document(other)
    assert doc.refusal is None
    assert doc.lines == read_document(plain).lines


def test_a_footnote_is_read_after_its_paragraph(tmp_path: Path) -> None:
    """A footnote (脚注) on an item, its words at the foot of the page in a part of their own:
    they were dropped, and with them what the item's units are. They now follow the item's
    paragraph, in brackets."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    d = docx.Document()
    d.add_paragraph("某镇2026年秸秆禁烧工作方案")
    d.add_paragraph("为做好秸秆禁烧工作,制定本方案。")
    p = d.add_paragraph("一、开展巡查。由镇农业服务中心负责,6月30日前完成。")
    p._p.append(parse_xml(f'<w:r {W}><w:footnoteReference w:id="1"/></w:r>'))
    notes = (f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
             '<w:r><w:t xml:space="preserve"> 各村委会配合。</w:t></w:r></w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                notes.encode(), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    path = tmp_path / "footnote.docx"
    d.save(str(path))
    doc = read_document(path)
    assert doc.lines[2] == "一、开展巡查。由镇农业服务中心负责,6月30日前完成。（各村委会配合。）"
    (task,) = detect_plans(doc, year=2026)[0].tasks
    assert task.owners.support == ("各村委会",)


def test_table_rows_and_cells_inside_content_controls_are_read(tmp_path: Path) -> None:
    """A task table from a template whose rows (or a row's cells) are content controls, as
    a 重复节 (repeating section) or a 格式文本 control round a cell makes them: the rows were
    skipped without a word, and with them the tasks."""
    import docx

    d = docx.Document()
    d.add_paragraph("某镇2026年秸秆禁烧工作方案")
    table = d.add_table(rows=4, cols=3)
    for r, row in enumerate([("序号", "工作任务", "责任单位"), ("1", "开展巡查值守", "镇农业服务中心"),
                             ("2", "张贴禁烧通告", "镇宣传办"), ("3", "推进秸秆离田", "镇农机站")]):
        for cell, text in zip(table.rows[r].cells, row):
            cell.text = text
    tbl = table._tbl
    tr1, tr2 = tbl.tr_lst[1], tbl.tr_lst[2]
    row_control = parse_xml(f"<w:sdt {W}><w:sdtPr/><w:sdtContent/></w:sdt>")
    tr1.addprevious(row_control)
    row_control[1].append(tr1)  # a repeating section's item round a whole row
    cell = tr2.tc_lst[2]
    cell_control = parse_xml(f"<w:sdt {W}><w:sdtPr/><w:sdtContent/></w:sdt>")
    cell.addprevious(cell_control)
    cell_control[1].append(cell)  # a control round one cell
    path = tmp_path / "controls.docx"
    d.save(str(path))
    lines = read_document(path).lines
    assert list(lines[1:]) == ["| 序号 | 工作任务 | 责任单位 |", "| 1 | 开展巡查值守 | 镇农业服务中心 |",
                         "| 2 | 张贴禁烧通告 | 镇宣传办 |", "| 3 | 推进秸秆离田 | 镇农机站 |"]
