"""A deadline alone on the line under a paragraph: that paragraph's deadline cell.

A table flattened one cell a line, with no header left (X负责,Y配合,取缔…。 / 2008年5月1日前),
puts each row's deadline cell on the line under its text: in a section whose paragraphs are its
items, such a bare deadline is the deadline of the paragraph above, no item of its own.

A heading's text before its numbered sub-items that opens on a deadline (一、任务要求 /
20xx年11月底前,全县完成22个村庄的…任务。 / (一)… (二)…) says by when the whole is done: the
heading is the item, with that deadline.
"""

from __future__ import annotations

import re

from tracker.importer.clean import Para

# 2008年5月1日前 / 2008年5月30日前完成 / 2008年4月10前 / 2008年4月初之前: a date, then 前, alone.
_BARE_DEADLINE = re.compile(
    r"\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]?|[初中底]|[上中下]旬)?\s*(?:之前|以前|前)"
    r"\s*(?:完成)?\s*[。.]?\s*"
)


def with_deadline_cells(body: list[Para]) -> list[Para]:
    """The section's paragraphs, each bare deadline joined to the paragraph above it."""
    out: list[Para] = []
    for p in body:
        if out and len(p.norm) <= 24 and _BARE_DEADLINE.fullmatch(p.norm):
            above = out[-1]
            out[-1] = Para(above.first, p.last, f"{above.text}\n{p.text}", f"{above.norm}\n{p.norm}")
        else:
            out.append(p)
    return out


# 20xx年11月底前, / 2024年6月30日前,: a paragraph opening on a deadline, its year written or not.
_OPENS_DATED = re.compile(
    r"\s*(?:(?:\d{4}|20[xX*]{2})\s*年)?\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]?|底|末)\s*(?:之前|以前|前)\s*[,，]"
)


def opens_on_deadline(body: list[Para]) -> bool:
    """Whether the text under a heading, before its numbered sub-items, is one paragraph opening
    on a deadline."""
    return len(body) == 1 and _OPENS_DATED.match(body[0].norm) is not None
