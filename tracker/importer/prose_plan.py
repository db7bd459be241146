"""A plan written as running prose under its title, with no numbered item anywhere.

A development plan handed down by a notice, a ward's yearly work plan, a college's plan set out in
第一条 articles: the page's title line (X计划, X方案 … with its years in brackets) stands on a line
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
    r"(?:方案|计划|計劃|要点|要點|规划|規劃|办法|辦法|细则|細則)"
    r"(?:\((?:19|20)\d\d\s*[-—~至]\s*(?:19|20)\d\d年?\))?"
)
# A line of running prose: long, holding a full stop or a comma.
_PROSE = re.compile(r"[。,]")


def prose_title(paras: list[Para]) -> str | None:
    """The title of a plan written as prose under it, or None: the first short title line among
    the page's first twelve lines with a long line of prose (60 characters or more) within the six
    lines under it."""
    for i, p in enumerate(paras[:12]):
        norm = p.norm.strip()
        if heading_of(norm) is not None or not _TITLE.fullmatch(norm):
            continue
        if any(len(q.norm) >= 60 and _PROSE.search(q.norm) for q in paras[i + 1 : i + 7]):
            text = p.text.strip()
            return text if len(text) == len(norm) else norm
    return None
