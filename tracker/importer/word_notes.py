"""Footnotes and endnotes of a .docx (脚注, 尾注): their text, read where they are referenced.

Word shows a note's mark in the text and its words at the foot of the page or the end of the
document; the words are in parts of their own (word/footnotes.xml, word/endnotes.xml) that
python-docx does not read. A note says something about its paragraph (各乡镇¹ → ¹含城关镇、
河西乡), so its words go with that paragraph, in brackets after it, not lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_KINDS = {"footnotes": ("footnote", "footnoteReference"), "endnotes": ("endnote", "endnoteReference")}


@dataclass(frozen=True)
class Notes:
    """The words of each note, by (reference tag, note id)."""

    text: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Any, paragraph_text: Any) -> Notes:  # a python-docx Document
        from docx.oxml import parse_xml

        out: dict[tuple[str, str], str] = {}
        for rel in document.part.rels.values():
            kind = _KINDS.get(rel.reltype.rsplit("/", 1)[-1])
            if kind is None or rel.is_external:
                continue
            root = parse_xml(rel.target_part.blob)
            for note in root.iter(f"{_W}{kind[0]}"):
                words = " ".join(t for p in note.iter(f"{_W}p") if (t := paragraph_text(p).strip()))
                if words:
                    out[(f"{_W}{kind[1]}", note.get(f"{_W}id") or "")] = words
        return cls(out)

    def after(self, p: Any) -> str:  # p: a w:p element
        """The words of the notes paragraph `p` refers to, each in brackets, or ""."""
        found = [self.text.get((r.tag, r.get(f"{_W}id") or ""))
                 for r in p.iter(f"{_W}footnoteReference", f"{_W}endnoteReference")]
        return "".join(f"（{words}）" for words in found if words)
