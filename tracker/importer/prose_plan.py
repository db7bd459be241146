"""A plan written as running prose under its title, with no numbered item anywhere.

A development plan handed down by a notice, a ward's yearly work plan, a college's plan set out in
第一条 articles, a government's policy address for the year (X施政方针, what it will do): the page's title line (X计划, X方案 … with its years in brackets) stands on a line
of its own near the top, and within a few lines below it the plan runs on in long sentences. The
page is a plan with that title (a draft with no tasks, for the clerk), not refused; the site's path,
a share button, the issuer, the 文号 and a date between are passed over.
"""

from __future__ import annotations

import re

from tracker.importer.clean import Para
from tracker.importer.headings import heading_of

# The title: a name ending in a kind of plan, its years in brackets after it if any; no stop, no
# comma, no quote of another document, no 关于…的通知 (a notice names the plan, it is not it).
_TITLE = re.compile(
    r"(?!关于|關於|關于)[^。;,:!?、《》\s>|]{4,50}"
    r"(?:方案|计划|計劃|要点|要點|规划|規劃|办法|辦法|细则|細則|施政方针|施政方針)"
    r"(?:\((?:19|20)\d\d\s*[-—~至]\s*(?:19|20)\d\d年?\))?"
)
# A line of running prose: long, holding a full stop or a comma.
_PROSE = re.compile(r"[。,]")
# …,是…的基础保障。: a shorter line that is whole sentences, commas in it and a full stop closing it.
_SENTENCE = re.compile(r"[^。]{10,},[^。]{10,}。(?:[^。]+。)*")


def prose_title(paras: list[Para]) -> str | None:
    """The title of a plan written as prose under it, or None: the first short title line among
    the page's first twelve lines with a long line of prose (60 characters or more, or a whole
    sentence closing on its full stop) within the six lines under it."""
    for i, p in enumerate(paras[:12]):
        norm = p.norm.strip()
        if heading_of(norm) is not None or not _TITLE.fullmatch(norm):
            continue
        if any(len(q.norm) >= 60 and _PROSE.search(q.norm) or _SENTENCE.fullmatch(q.norm.strip())
               for q in paras[i + 1 : i + 7]):
            text = p.text.strip()
            return text if len(text) == len(norm) else norm
    return None


# A document site's preview opening on the plan's title run into its preamble, the preamble opening
# on the year (今年, / 2024年, / 2024年是), the preview's chunk number before it if kept (1、X, or a
# bare 1 glued to the title's year: 12024年…). Bounded stretches.
_GLUED = re.compile(
    r"^\s*(?:\d{1,2}[、.]\s*|\d(?=(?:19|20)\d\d年))?"
    r"([^。;,:!?、《》\s]{4,40}?(?:方案|计划|計劃|要点|要點|规划|規劃|工作措施))"
    r"\s*(?=今年[,，是]|(?:19|20)\d\d年[,，]?是|(?:19|20)\d\d年[,，])"
)


def glued_title(paras: list[Para]) -> str | None:
    """The title a page's first lines run into the plan's preamble (see _GLUED), the line long
    prose after it, or None."""
    for p in paras[:3]:
        m = _GLUED.match(p.norm)
        if m and len(p.norm) - m.end() >= 60 and _PROSE.search(p.norm, m.end()):
            text = p.text if len(p.text) == len(p.norm) else p.norm
            return text[m.start(1) : m.end(1)].strip()
    return None
