"""A section that shares duties out among units, written as unnumbered paragraphs.

三、职责分工 / 成员单位工作职责 over paragraphs that each open with a unit and its duty (X负责… /
X:负责… / X。负责… / .X。…, the unit alone after a lost number's dot): the section is one piece of work shared out, so the heading is one item
holding the paragraphs, its owners the units, not an item per paragraph.
"""

from __future__ import annotations

import re

from tracker.importer.clean import Para
from tracker.importer.unit_names import is_unit

# 职责分工 / 工作职责 / 成员单位工作职责 / 组织领导及职责分工: a heading naming the duties.
_DUTY_HEADING = re.compile(r"[^。;,:]{0,10}(?:职责|分工)[^。;,:]{0,6}")
# 乡水利站负责… / 乡派出所:… / 县交通局、公路局。负责…: a unit opening a paragraph with its duty.
_UNIT_OPENING = re.compile(r"\s*([^\s,。;:、()]{2,16}(?:、[^\s,。;:、()]{2,16}){0,3})\s*(?:[:：]|。?\s*负责)")

# .县交通局。县交通局主要职责是…: the unit alone as the paragraph's first sentence, its list
# number lost but for the dot the page left before it.
_DOT_UNIT = re.compile(r"(\s*)\.([^\s,。;:、().]{2,16}(?:、[^\s,。;:、().]{2,16}){0,3})。(?=\S)")


def opens_with_unit(norm: str) -> bool:
    """A paragraph opening with a unit and its duty (X负责… / X:… / .X。…)."""
    m = _UNIT_OPENING.match(norm) or _DOT_UNIT.match(norm)
    return m is not None and all(is_unit(name) for name in m.group(1 if m.re is _UNIT_OPENING else 2).split("、"))


def duty_section(own: str, pieces: list[Para]) -> bool:
    """A heading naming duties (own, the text after its marker) over two or more paragraphs, each
    opening with a unit and its duty (the last may be a stub the page cut: 中小学)."""
    if pieces and len(pieces) >= 3 and not opens_with_unit(pieces[-1].norm) and len(pieces[-1].norm.strip()) <= 12:
        pieces = pieces[:-1]
    return (
        _DUTY_HEADING.fullmatch(own.strip()) is not None
        and len(pieces) >= 2
        and all(opens_with_unit(p.norm) for p in pieces)
    )


def duty_norm(norm: str) -> str:
    """The section's folded text with each unit's colon (乡派出所:负责…) read as a space, so the unit
    is read with its 负责 as in 乡水利站负责…, and a unit standing alone after a lost number's dot
    (.乡派出所。…) read as  乡派出所负责…; same length, so it still lines up with the text."""
    lines = []
    for line in norm.split("\n"):
        m = _UNIT_OPENING.match(line)
        if m and opens_with_unit(line) and line[m.end() - 1] in ":：":
            line = line[: m.end() - 1] + " " + line[m.end() :]
        dot = _DOT_UNIT.match(line) if m is None else None
        if dot and opens_with_unit(line):
            # .X。Y… read as  X负责…: the unit where the text has it, its full stop and the next
            # sentence's first character giving way to 负责, so the length stays the same
            line = dot.group(1) + " " + dot.group(2) + "负责" + line[dot.end() + 1 :]
        lines.append(line)
    return "\n".join(lines)
