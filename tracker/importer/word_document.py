"""A .docx as lines of text, the way Word shows it.

Paragraphs and tables are read in body order, paragraphs inside a content control (w:sdt, a
template's 格式文本内容控件) in their place, and so are a table's rows and cells inside one. A paragraph's text is its runs' text as Word shows
it: words inserted with 修订 (track changes) on and not yet accepted are there, deleted or
moved-away words are not, nor are words formatted as hidden; before it stands the label
Word's list numbering shows (word_numbering.py), and a line break inside it (Shift+Enter)
ends a line. A text box's paragraphs are not its anchor's own: they are lines of their own
just before it, once. A table becomes `| a | b |` rows, so the rest of the importer reads it
exactly as a table pasted into text; a table inside a cell is that cell's text, and a table
of one column (a template's frame round the text) is its paragraphs. The entries of a 目录
(word_contents.py) are not read: they repeat the headings. A footnote's or endnote's words
follow their paragraph, in brackets (word_notes.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tracker.importer.word_contents import Contents
from tracker.importer.word_notes import Notes
from tracker.importer.word_numbering import Numbering

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_GONE = frozenset({f"{_W}del", f"{_W}moveFrom"})  # tracked deletions, text moved elsewhere
_WRAPPERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"})
# where a text box found inside a paragraph is not that paragraph's to read: the VML copy
# of a box, and a box inside another box
_NOT_HERE = frozenset({"{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
                       f"{_W}txbxContent"})


def docx_lines(document: Any) -> list[str]:  # document: a python-docx Document
    """The document's paragraphs and table rows, one line each, in body order."""
    numbering = Numbering.of(document)  # 一、 (一) 1. made by Word's list numbering, not typed
    notes = Notes.of(document, paragraph_text)  # 脚注 and 尾注, read after their paragraph
    return list(_lines(document.element.body, numbering, notes, contents=Contents.of(document)))


def _lines(
    parent: Any, numbering: Numbering, notes: Notes, tables: bool = True, contents: Contents | None = None
) -> Iterator[str]:
    """Lines of the body, a text box or a table cell (`tables` False: a table inside it gives
    its cells' text, not `|` rows of a table of its own)."""
    for block in _blocks(parent):
        if block.tag == f"{_W}p" and contents is not None and contents.holds(block):
            continue  # an entry of the 目录: the heading it repeats is read where it stands
        if block.tag == f"{_W}p":
            for box in _text_boxes(block):
                yield from _lines(box, numbering, notes, tables)
            # a line break inside the paragraph (Shift+Enter: a long title over two lines) ends a
            # line, as the same text pasted would
            yield from (numbering.label_of(block) + paragraph_text(block) + notes.after(block)).split("\n")
            continue
        _unwrap_controls(block)
        if tables and _one_column(block):  # a template's bordered frame: layout, not columns
            for tc in _cells_in_order(block):
                yield from _lines(tc, numbering, notes)
        elif tables:
            yield from _table_lines(block, numbering, notes)
        else:  # a 责任单位 cell laid out as a table of units, a row each: they are the cell's
            yield from (_cell_text(tc, numbering, notes) for tc in _cells_in_order(block))


def _cells_in_order(tbl: Any) -> Iterator[Any]:  # tbl: a w:tbl element
    """The table's cells (w:tc) in reading order, row by row."""
    for tr in tbl.iterchildren(f"{_W}tr"):
        yield from tr.iterchildren(f"{_W}tc")


def _one_column(tbl: Any) -> bool:  # tbl: a w:tbl element
    """Whether every row of the table is one cell: a frame or box set round text, not a table."""
    return all(len(tr.findall(f"{_W}tc")) == 1 for tr in tbl.iterchildren(f"{_W}tr"))


def _text_boxes(p: Any) -> Iterator[Any]:  # p: a w:p element
    """The text boxes anchored in paragraph `p` (a 红头 template's title is often set in one),
    each once: Word 2010+ saves a box twice, as a drawing and as a VML copy for older
    readers (mc:Fallback), and a box inside a box is its outer box's to read."""
    for box in p.iter(f"{_W}txbxContent"):
        owner = box.getparent()
        while owner is not p and owner.tag not in _NOT_HERE:
            owner = owner.getparent()
        if owner is p:
            yield box


def paragraph_text(p: Any) -> str:  # p: a w:p element
    """What Word shows of paragraph `p`'s own runs (tabs, breaks and inserted words included,
    hidden words not)."""
    out = []
    for r in p.iter(f"{_W}r"):
        owner, gone = r.getparent(), False
        while owner is not None and owner.tag != f"{_W}p":
            gone = gone or owner.tag in _GONE
            owner = owner.getparent()
        # a text box's runs belong to its own paragraphs
        if owner is p and not gone and not _hidden(r):
            out.append(r.text)
    return "".join(out)


def _hidden(r: Any) -> bool:  # r: a w:r element
    """Whether run `r` is formatted as hidden text (w:vanish): neither shown nor printed."""
    vanish = r.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false", "off")


def _blocks(parent: Any) -> Iterator[Any]:  # parent: the body, or a content control
    for child in parent.iterchildren():
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag in _WRAPPERS:
            yield from _blocks(child)


def _table_lines(tbl: Any, numbering: Numbering, notes: Notes) -> list[str]:  # tbl: a w:tbl element
    """A Word table as `|` rows, the same shape as a table pasted into text.

    python-docx gives a merged cell once per grid column it spans, as the same cell. Across
    a row (a horizontal merge) the repeats are left empty, so its text is not read twice
    (a 责任单位 cell spanning the 配合单位 column does not make the unit its own supporter);
    down a column (a vertical merge) the text is repeated on each row, since a 责任单位
    cell merged over three rows names the unit of each of them. A cell is read once, so a
    number Word's list numbering gives it (an auto-numbered 序号 column) counts once.
    """
    from docx.table import Table

    read: dict[Any, str] = {}  # by element: the dict keeps each proxy alive, so it stays the same
    out = []
    for row in Table(tbl, None).rows:  # type: ignore[arg-type]  # no story part: only cells are read
        cells: list[str] = []
        previous = None
        for c in row.cells:
            same = previous is not None and c._tc is previous
            if c._tc not in read:
                read[c._tc] = _cell_text(c._tc, numbering, notes)
            cells.append("" if same else read[c._tc])
            previous = c._tc
        out.append("| " + " | ".join(cells) + " |")
    return out


def _unwrap_controls(tbl: Any) -> None:  # tbl: a w:tbl element
    """Rows and cells inside content controls (a template's 重复节 round each row, a 格式文本
    control round a cell) put in the control's place, in order: python-docx reads only the
    rows and cells that are direct children, and the others were skipped without a word. The
    document is only read, never saved."""
    _unwrap(tbl)  # rows first: a row taken out of a control can hold cells in controls too
    for tr in tbl.iterchildren(f"{_W}tr"):
        _unwrap(tr)


def _unwrap(parent: Any) -> None:
    while wrappers := [c for c in parent.iterchildren() if c.tag in _WRAPPERS]:  # nested ones too
        for w in wrappers:
            inner = w.find(f"{_W}sdtContent") if w.tag == f"{_W}sdt" else w
            for child in list(inner if inner is not None else []):
                if child.tag not in (f"{_W}sdtPr", f"{_W}sdtEndPr", f"{_W}customXmlPr"):
                    w.addprevious(child)
            parent.remove(w)


def _cell_text(tc: Any, numbering: Numbering, notes: Notes) -> str:  # tc: a w:tc element
    text = "\n".join(_lines(tc, numbering, notes, tables=False))
    return re.sub(r"\s+", " ", text).strip().replace("|", "/")
