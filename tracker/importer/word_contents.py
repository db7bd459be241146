"""Word's 目录 (table of contents) in a .docx: the entries Word generates from the headings.

An entry repeats a heading with its page (一、工作任务⇥2); read as text, the entries are a
first run of 一、 二、 before the plan's own. Word writes the 目录 as a TOC field over the
entries' paragraphs (each entry a link with a PAGEREF field inside), in the styles toc 1,
toc 2 …; a 目录 whose field was unlinked into plain text keeps those styles. A paragraph is
an entry if a TOC field is open in it, or its style is a toc style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class Contents:
    """The toc styles of one document, and the fields open as its paragraphs are read in order."""

    styles: frozenset[str] = frozenset()  # the ids of the styles named toc 1 … toc 9
    fields: list[str] = field(default_factory=list)  # the instructions of the fields open

    @classmethod
    def of(cls, document: Any) -> Contents:  # a python-docx Document
        ids = set()
        for style in document.part.styles.element.iter(f"{_W}style"):
            name = style.find(f"{_W}name")
            if name is not None and re.fullmatch(r"toc \d", (name.get(f"{_W}val") or "").lower()):
                ids.add(style.get(f"{_W}styleId"))
        return cls(frozenset(ids))

    def holds(self, p: Any) -> bool:  # p: a w:p element
        """Whether paragraph `p` is an entry of a 目录 (following the fields it opens and closes)."""
        p_pr = p.find(f"{_W}pPr/{_W}pStyle")
        entry = p_pr is not None and p_pr.get(f"{_W}val") in self.styles
        entry = entry or self._in_contents()
        for e in p.iter(f"{_W}fldChar", f"{_W}instrText"):
            if e.tag == f"{_W}instrText" and self.fields:
                self.fields[-1] += e.text or ""
            elif e.get(f"{_W}fldCharType") == "begin":
                self.fields.append("")
            elif e.get(f"{_W}fldCharType") == "end" and self.fields:
                self.fields.pop()
            entry = entry or self._in_contents()
        return entry

    def _in_contents(self) -> bool:
        return any(f.strip().upper().startswith("TOC") for f in self.fields)
