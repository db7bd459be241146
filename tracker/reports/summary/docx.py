"""The summary as a Word document in the official format (党政机关公文格式, GB/T 9704-2012).

A4 paper; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; the title in 方正小标宋简体
二号, centred; the body in 仿宋_GB2312 三号 at a fixed 28.95 pt line (22 lines a page), with
一级标题 in 黑体 and 二级标题 in 楷体_GB2312; page numbers `— 1 —` in 宋体 四号 at the foot (odd pages right, even pages left);
the issuing office and the date at the end — or, for an office's bulletin (督查通报), the 版头 at
the top instead: the bulletin's name in red 方正小标宋简体, 第N期, the office at the left and the
date at the right over a red rule across the type area. Every font is set as the East Asian font too, so
Word and WPS pick it, or their fallback for it, for Chinese text.

python-docx is this module's alone; callers get bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from tracker.reports.render import display_width
from tracker.reports.summary.blocks import Block

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
H1_FONT = "黑体"
H2_FONT = "楷体_GB2312"
PAGE_FONT = "宋体"
LATIN_FONT = "Times New Roman"
SIZE_0 = Pt(42)  # 初号: the bulletin's name, unless it is too long for the line
SIZE_2 = Pt(22)  # 二号
SIZE_3 = Pt(16)  # 三号
SIZE_4 = Pt(14)  # 四号
SIZE_TABLE = Pt(12)  # 小四: tables keep to the page width
LINE = Pt(28.95)  # 22 lines in the 225 mm type area
TYPE_WIDTH = Mm(156)  # 210 mm less both margins
RED = RGBColor(0xFF, 0x00, 0x00)
RED_RULE = {"val": "single", "sz": "12", "space": "4", "color": str(RED)}  # 1.5 pt, under the 版头
MARGINS = {"top": Mm(37), "bottom": Mm(35), "left": Mm(28), "right": Mm(26)}
# style name -> (East Asian font, size, bold, alignment, outline level)
STYLES = {
    "版头": (TITLE_FONT, SIZE_0, False, WD_ALIGN_PARAGRAPH.CENTER, None),
    "期号": (BODY_FONT, SIZE_3, False, WD_ALIGN_PARAGRAPH.CENTER, None),
    "版头行": (BODY_FONT, SIZE_3, False, WD_ALIGN_PARAGRAPH.LEFT, None),
    "公文标题": (TITLE_FONT, SIZE_2, False, WD_ALIGN_PARAGRAPH.CENTER, 0),
    "一级标题": (H1_FONT, SIZE_3, False, WD_ALIGN_PARAGRAPH.JUSTIFY, 1),
    "二级标题": (H2_FONT, SIZE_3, False, WD_ALIGN_PARAGRAPH.JUSTIFY, 2),
    "公文正文": (BODY_FONT, SIZE_3, False, WD_ALIGN_PARAGRAPH.JUSTIFY, None),
    "落款": (BODY_FONT, SIZE_3, False, WD_ALIGN_PARAGRAPH.RIGHT, None),
    "表格文字": (BODY_FONT, SIZE_TABLE, False, WD_ALIGN_PARAGRAPH.LEFT, None),
    "页码": (PAGE_FONT, SIZE_4, False, WD_ALIGN_PARAGRAPH.CENTER, None),
}


def set_fonts(element: Any, east_asian: str, latin: str = LATIN_FONT) -> None:
    """Name the fonts of a style's or run's properties, East Asian included, and drop theme
    fonts (which would win over the names)."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:cs"), latin)


def _styles(doc: Any) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    if rpr_default is not None and rpr_default.find(qn("w:rPr")) is not None:
        fonts = rpr_default.find(qn("w:rPr")).find(qn("w:rFonts"))
        if fonts is not None:
            for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
                fonts.attrib.pop(qn(f"w:{attr}"), None)
            fonts.set(qn("w:eastAsia"), BODY_FONT)
    normal = doc.styles["Normal"]
    set_fonts(normal.element, BODY_FONT)
    normal.font.size = SIZE_3
    for name, (font, size, bold, align, outline) in STYLES.items():
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        set_fonts(style.element, font)
        style.font.size = size
        style.font.bold = bold
        pf = style.paragraph_format
        pf.alignment = align
        pf.space_before = pf.space_after = Pt(0)
        if name in ("表格文字", "页码"):
            pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
        else:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = LINE
        if name in ("一级标题", "二级标题", "公文正文"):
            pf.first_line_indent = Pt(32)  # two characters of 三号
        if name == "公文标题":
            pf.line_spacing = Pt(36)  # a 二号 title needs more than the body's line
        if name == "版头":
            style.font.color.rgb = RED
            pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
        if name == "版头行":  # 左右各空一字, the date against the right end
            pf.left_indent = pf.right_indent = SIZE_3
            pf.tab_stops.add_tab_stop(TYPE_WIDTH - SIZE_3, WD_TAB_ALIGNMENT.RIGHT)
        if name == "落款":
            pf.right_indent = Pt(64)  # 右空四字
        if outline is not None:
            ppr = style.element.get_or_add_pPr()
            level = OxmlElement("w:outlineLvl")
            level.set(qn("w:val"), str(outline))
            ppr.append(level)
        if name in ("一级标题", "二级标题", "公文标题"):
            style.paragraph_format.keep_with_next = True


def _page(doc: Any) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side, size in MARGINS.items():
        setattr(section, f"{side}_margin", size)
    section.footer_distance = Mm(28) - Mm(7)  # the number sits 7 mm below the type area
    # 单页码居右空一字，双页码居左空一字
    doc.settings.odd_and_even_pages_header_footer = True
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        para = footer.paragraphs[0]
        para.style = doc.styles["页码"]
        para.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            para.paragraph_format.right_indent = SIZE_4
        else:
            para.paragraph_format.left_indent = SIZE_4
        para.add_run("— ")
        _field(para, "PAGE", "1")
        para.add_run(" —")


def _field(paragraph: Any, code: str, shown: str) -> None:
    """A Word field (PAGE) as its three runs: begin, the instruction, the last value, end."""
    def char(kind: str) -> Any:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        return el

    paragraph.add_run()._r.append(char("begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(char("separate"))
    paragraph.add_run(shown)
    paragraph.add_run()._r.append(char("end"))


def _table(doc: Any, block: Block) -> None:
    table = doc.add_table(rows=1, cols=len(block.headers))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _cells(table.rows[0].cells, block.headers, block.numeric, doc, bold=True)
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")  # the header row again on every page
    repeat.set(qn("w:val"), "true")
    header.append(repeat)
    for row in block.rows:
        _cells(table.add_row().cells, row, block.numeric, doc)
    for col, width in zip(table.columns, _widths(block)):
        col.width = width
        for cell in col.cells:
            cell.width = width
    doc.add_paragraph("", style=doc.styles["表格文字"])  # Word needs a paragraph between tables


def _widths(block: Block) -> list[int]:
    """Column widths over the type area, by the widest text in each (long text wraps)."""
    weights = []
    for i, head in enumerate(block.headers):
        widest = max([0, *(display_width(r[i]) for r in block.rows if i < len(r))])
        weights.append(max(display_width(head) + 4, min(widest + 2, 30)))
    total = sum(weights) or 1
    return [int(TYPE_WIDTH * w / total) for w in weights]


def _cells(cells: Sequence[Any], values: Sequence[str], numeric: Sequence[bool], doc: Any,
           bold: bool = False) -> None:
    for i, (cell, value) in enumerate(zip(cells, values)):
        para = cell.paragraphs[0]
        para.style = doc.styles["表格文字"]
        if bold:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif i < len(numeric) and numeric[i]:
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = para.add_run(value)
        if bold:
            run.bold = True
            set_fonts(run._r, H1_FONT)


def document(blocks: Sequence[Block], lang: str = "zh") -> bytes:
    """The blocks as a .docx file's bytes."""
    doc = Document()
    _styles(doc)
    _page(doc)
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):  # the template's empty first paragraph
        body.remove(p)
    closing = False
    for block in blocks:
        if block.kind in _HEAD:
            _head(doc, block)
            continue
        if block.kind == "table":
            _table(doc, block)
            continue
        if block.kind == "close" and not closing:
            doc.add_paragraph("", style=doc.styles["公文正文"])  # 空一行 before the signature
            closing = True
        style = {"title": "公文标题", "h1": "一级标题", "h2": "二级标题",
                 "close": "落款"}.get(block.kind, "公文正文")
        doc.add_paragraph(block.text, style=doc.styles[style])
        if block.kind == "title":
            doc.add_paragraph("", style=doc.styles["公文正文"])  # 空一行 under the title
    _language(doc, lang)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


_HEAD = {"head": "版头", "issue": "期号", "masthead": "版头行"}


def _head(doc: Any, block: Block) -> None:
    """One line of the 版头: the name shrunk to fit the type area, the rule under the last."""
    para = doc.add_paragraph(style=doc.styles[_HEAD[block.kind]])
    run = para.add_run(block.text)
    if block.kind == "head":
        chars = max(1, display_width(block.text)) / 2  # in ideographs
        if SIZE_0.pt * chars > TYPE_WIDTH.pt:
            run.font.size = Pt(int(TYPE_WIDTH.pt / chars * 2) / 2)  # Word sizes in half points
    if block.kind == "masthead":
        rule = OxmlElement("w:bottom")
        for key, value in RED_RULE.items():
            rule.set(qn(f"w:{key}"), value)
        borders = OxmlElement("w:pBdr")
        borders.append(rule)
        ppr = para._p.get_or_add_pPr()
        ppr.insert_element_before(borders, *_AFTER_BORDERS)
        doc.add_paragraph("", style=doc.styles["公文正文"])  # 空一行 under the rule


# what follows w:pBdr in a paragraph's properties (ECMA-376 CT_PPrBase order)
_AFTER_BORDERS = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                  "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                  "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                  "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                  "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
                  "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _language(doc: Any, lang: str) -> None:
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), "zh-CN" if lang == "zh" else "en-US")
    el.set(qn("w:eastAsia"), "zh-CN")
    rpr.append(el)


__all__ = ["document", "set_fonts"]
