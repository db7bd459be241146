"""Word's own list numbering: a clerk's .docx whose 一、 (一) 1. are made by Word's multilevel
list, not typed, imports like the same document with the numbers typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.oxml import parse_xml
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.importer import detect_plans, read_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# A multilevel list as Word's 多级列表 writes it: 一、 / (一) / 1. / ①, and a bullet list.
ABSTRACT = f"""<w:abstractNum {W} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%4"/></w:lvl>
</w:abstractNum>"""
BULLETS = f"""<w:abstractNum {W} w:abstractNumId="91">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
</w:abstractNum>"""

TYPED = [
    "某镇2026年秸秆禁烧工作方案",
    "为做好秸秆禁烧工作,结合本镇实际,制定本方案。",
    "一、工作任务",
    "（一）开展巡查。由镇农业服务中心负责,6月30日前完成。",
    "（二）加强宣传。",
    "1.张贴通告。由镇宣传办负责,5月31日前完成。",
    "2.入户宣传。由各村委会负责,6月15日前完成。",
    "二、保障措施",
    "（一）落实经费。由镇财政所负责,5月20日前完成。",
]


def _numbered_docx(path: Path) -> None:
    """TYPED's paragraphs with their labels made by Word's list numbering instead of typed."""
    import docx

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(BULLETS))
    numbering.insert(0, parse_xml(ABSTRACT))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))

    def para(text: str, num: int | None = None, level: int = 0) -> None:
        p = d.add_paragraph(text)
        if num is not None:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))

    para(TYPED[0])
    para(TYPED[1])
    para("工作任务", 90, 0)
    para("开展巡查。由镇农业服务中心负责,6月30日前完成。", 90, 1)
    para("加强宣传。", 90, 1)
    para("张贴通告。由镇宣传办负责,5月31日前完成。", 90, 2)
    para("入户宣传。由各村委会负责,6月15日前完成。", 90, 2)
    para("保障措施", 90, 0)  # a level restarts the levels below it: (一) again
    para("落实经费。由镇财政所负责,5月20日前完成。", 90, 1)
    d.save(str(path))


def test_word_list_numbers_are_read_as_if_typed(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _numbered_docx(path)
    assert list(read_document(path).lines) == TYPED


def test_a_numbered_docx_imports_like_its_typed_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _numbered_docx(path)
    text = tmp_path / "plan.txt"
    text.write_text("\n".join(TYPED) + "\n", encoding="utf-8")
    from_docx = detect_plans(read_document(path), year=2026)
    from_text = detect_plans(read_document(text), year=2026)
    assert [(t.label, t.title, t.owners, t.due) for t in from_docx[0].tasks] == \
        [(t.label, t.title, t.owners, t.due) for t in from_text[0].tasks]
    assert len(from_docx[0].tasks) == 4


@pytest.mark.parametrize(("fmt", "text", "values"), [
    ("decimal", "%1.", {1: "1.", 12: "12."}),
    ("chineseCounting", "%1、", {1: "一、", 10: "十、", 12: "十二、", 20: "二十、", 23: "二十三、"}),
    ("chineseCountingThousand", "（%1）", {3: "（三）", 11: "（十一）"}),
    ("chineseLegalSimplified", "%1、", {2: "贰、"}),
    ("decimalEnclosedCircle", "%1", {1: "①", 20: "⑳"}),
    ("decimalEnclosedCircleChinese", "%1", {3: "③"}),
    ("lowerLetter", "%1)", {2: "b)"}),
    ("upperRoman", "%1.", {4: "IV."}),
    ("decimalFullWidth", "%1．", {7: "７．"}),
])
def test_number_formats(fmt: str, text: str, values: dict[int, str]) -> None:
    from tracker.importer.word_numbering import label

    for n, want in values.items():
        assert label(text, [(fmt, n)]) == want


def test_numbering_given_by_a_paragraph_style(tmp_path: Path) -> None:
    """Word's 编号列表 style (List Number) numbers its paragraphs through the style, not the
    paragraph; a bullet list (List Bullet) has no label to read."""
    import docx

    d = docx.Document()
    d.add_paragraph("某镇2026年工作方案")
    d.add_paragraph("开展巡查。由镇农业服务中心负责,6月30日前完成。", style="List Number")
    d.add_paragraph("加强宣传。由镇宣传办负责,5月31日前完成。", style="List Number")
    d.add_paragraph("要点", style="List Bullet")
    path = tmp_path / "styled.docx"
    d.save(str(path))
    assert read_document(path).lines[1:] == (
        "1.开展巡查。由镇农业服务中心负责,6月30日前完成。", "2.加强宣传。由镇宣传办负责,5月31日前完成。", "要点")


def test_a_list_restarting_its_numbers_and_one_continuing_them(tmp_path: Path) -> None:
    """Two lists on one definition continue each other's numbers, as Word shows them, unless
    the second restarts a level (startOverride); a plain paragraph between them breaks nothing."""
    import docx

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(ABSTRACT))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="92"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {W} w:numId="93"><w:abstractNumId w:val="90"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    for text, num in (("甲", 90), ("乙", 90), ("说明", None), ("丙", 92), ("丁", 93)):
        p = d.add_paragraph(text)
        if num is not None:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))
    path = tmp_path / "lists.docx"
    d.save(str(path))
    assert read_document(path).lines == ("一、甲", "二、乙", "说明", "三、丙", "一、丁")


def test_an_auto_numbered_column_of_a_task_table(tmp_path: Path) -> None:
    """A 任务分工表 whose 序号 cells Word numbers (the column selected, 编号 clicked): each row
    reads its number once, a cell merged down two rows included."""
    import docx

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(ABSTRACT))
    numbering.append(parse_xml(f'<w:num {W} w:numId="94"><w:abstractNumId w:val="90"/></w:num>'))
    d.add_paragraph("某镇2026年秸秆禁烧任务分工方案")
    table = d.add_table(rows=4, cols=3)
    rows = (("序号", "任务", "责任单位"), ("", "张贴禁烧通告", "镇宣传办"), ("", "开展巡查", "镇农业服务中心"),
            ("", "入户宣传", ""))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    table.cell(2, 2).merge(table.cell(3, 2))
    table.cell(2, 2).text = "镇农业服务中心"
    for k in (1, 2, 3):
        table.cell(k, 0).paragraphs[0]._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {W}><w:ilvl w:val="2"/><w:numId w:val="94"/></w:numPr>'))
    path = tmp_path / "table.docx"
    d.save(str(path))
    assert read_document(path).lines[1:] == (
        "| 序号 | 任务 | 责任单位 |",
        "| 1. | 张贴禁烧通告 | 镇宣传办 |",
        "| 2. | 开展巡查 | 镇农业服务中心 |",
        "| 3. | 入户宣传 | 镇农业服务中心 |",
    )


# Outlines of a plan: each heading a level 0–3 of the multilevel list above, deeper by at most
# one level than the heading before it (Word lets a clerk indent one step at a time).
_OUTLINES = st.lists(st.integers(0, 3), min_size=1, max_size=25).map(
    lambda raw: [min(level, previous + 1) for previous, level in zip([-1, *raw], raw)]
)
_TYPED_LABEL = (lambda n: f"{_cn(n)}、", lambda n: f"（{_cn(n)}）", lambda n: f"{n}.", lambda n: chr(0x2460 + n - 1))


def _cn(n: int) -> str:
    digits = "〇一二三四五六七八九"
    return digits[n] if n < 10 else ("" if n < 20 else digits[n // 10]) + "十" + (digits[n % 10] if n % 10 else "")


@settings(max_examples=60, deadline=None)
@given(outline=_OUTLINES)
def test_any_outline_is_numbered_as_typed(tmp_path_factory: pytest.TempPathFactory, outline: list[int]) -> None:
    """Whatever the outline, the labels Word's numbering gives read like the same labels typed:
    each level counts up under its parent and starts again under the next one."""
    import docx

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(ABSTRACT))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    counts = [0, 0, 0, 0]
    typed = []
    for k, level in enumerate(outline):
        counts[level] += 1
        counts[level + 1 :] = [0] * (3 - level)
        typed.append(_TYPED_LABEL[level](counts[level]) + f"第{k}条")
        p = d.add_paragraph(f"第{k}条")
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    path = tmp_path_factory.mktemp("outline") / "outline.docx"
    d.save(str(path))
    assert list(read_document(path).lines) == typed


def test_a_multilevel_list_defined_as_a_list_style(tmp_path: Path) -> None:
    """A 多级列表 made a list style (定义新列表样式, as templates ship it): the paragraphs' list
    only points at the style (numStyleLink), and the style's own list holds the levels
    (styleLink). Followed to them, the labels read as typed; without, the plan had no task."""
    import docx

    d = docx.Document()
    numbering = d.part.numbering_part.element
    levels = ABSTRACT.replace('w:abstractNumId="90">', 'w:abstractNumId="80"><w:styleLink w:val="PlanList"/>')
    numbering.insert(0, parse_xml(levels))
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="81"><w:numStyleLink w:val="PlanList"/></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="80"><w:abstractNumId w:val="80"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="81"><w:abstractNumId w:val="81"/></w:num>'))
    d.part.styles.element.append(parse_xml(
        f'<w:style {W} w:type="numbering" w:styleId="PlanList"><w:name w:val="PlanList"/>'
        '<w:pPr><w:numPr><w:numId w:val="80"/></w:numPr></w:pPr></w:style>'))
    d.add_paragraph(TYPED[0])
    d.add_paragraph(TYPED[1])
    for text, level in (("工作任务", 0), ("开展巡查。由镇农业服务中心负责,6月30日前完成。", 1), ("加强宣传。", 1),
                        ("张贴通告。由镇宣传办负责,5月31日前完成。", 2)):
        d.add_paragraph(text)._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="81"/></w:numPr>'))
    path = tmp_path / "list-style.docx"
    d.save(str(path))
    assert list(read_document(path).lines) == TYPED[:6]
    assert [t.title for t in detect_plans(read_document(path), year=2026)[0].tasks] == ["开展巡查", "张贴通告"]


def test_a_legal_style_level_shows_every_number_in_arabic(tmp_path: Path) -> None:
    """正规形式编号 (w:isLgl) on a level under 一、: Word shows 1.1, 1.2, not 一.1 — the parent's
    number too in Arabic digits, so the item reads as the clerk sees it."""
    import docx

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="82">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2 "/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="82"><w:abstractNumId w:val="82"/></w:num>'))
    for text, level in (("工作任务", 0), ("开展巡查。由镇农业服务中心负责,6月30日前完成。", 1),
                        ("保障措施", 0), ("落实经费。由镇财政所负责,5月20日前完成。", 1)):
        d.add_paragraph(text)._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="82"/></w:numPr>'))
    path = tmp_path / "legal.docx"
    d.save(str(path))
    assert read_document(path).lines == (
        "一、工作任务", "1.1 开展巡查。由镇农业服务中心负责,6月30日前完成。",
        "二、保障措施", "2.1 落实经费。由镇财政所负责,5月20日前完成。")


def test_heading_styles_linked_to_the_levels_of_a_list(tmp_path: Path) -> None:
    """标题 1 / 标题 2 linked to the levels of a 多级列表 (将级别链接到样式): the styles name the
    list, and each level names its style (w:lvl/w:pStyle). The level is the one naming the
    paragraph's style: 标题 2 numbers (一) (二), not 二、 三、 as if it were a first level."""
    import docx

    d = docx.Document()
    numbering = d.part.numbering_part.element
    linked = ABSTRACT.replace('<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>',
                              '<w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1、"/>')
    linked = linked.replace('<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>',
                            '<w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="（%2）"/>')
    numbering.insert(0, parse_xml(linked))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for style in d.part.styles.element.iter(f"{{{W[9:-1]}}}style"):
        if style.get(f"{{{W[9:-1]}}}styleId") in ("Heading1", "Heading2"):
            style.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:numId w:val="90"/></w:numPr>'))
    d.add_paragraph(TYPED[0])
    d.add_paragraph(TYPED[1])
    d.add_paragraph("工作任务", style="Heading 1")
    d.add_paragraph("开展巡查。由镇农业服务中心负责,6月30日前完成。", style="Heading 2")
    d.add_paragraph("加强宣传。由镇宣传办负责,5月31日前完成。", style="Heading 2")
    d.add_paragraph("保障措施", style="Heading 1")
    path = tmp_path / "headings.docx"
    d.save(str(path))
    assert read_document(path).lines[2:] == (
        "一、工作任务", "（一）开展巡查。由镇农业服务中心负责,6月30日前完成。",
        "（二）加强宣传。由镇宣传办负责,5月31日前完成。", "二、保障措施")
