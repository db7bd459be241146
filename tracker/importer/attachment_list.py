"""A notice's list of attachments (附件: 1. 《X方案》的起草说明.pdf / 2. X方案(征求意见稿)).

Its items are numbered as a plan's first items are, but they name files: the plan's body does
not open at them, so its title is looked for above the body, not above the list's second item.
"""

from __future__ import annotations

from collections.abc import Callable

from tracker.importer.clean import Para
from tracker.importer.headings import heading_of
from tracker.importer.site_tips import download_tip


def listed_attachment(paras: list[Para], i: int) -> bool:
    """Line i is a numbered item under 附件: (the lines between it and 附件 numbered too)."""
    if heading_of(paras[i].norm) is None:
        return False
    for k in range(i - 1, max(-1, i - 10), -1):
        n = paras[k].norm.strip()
        if n.startswith("附件"):
            return True
        if heading_of(n) is None:
            return False
    return False


def body_anchor(paras: list[Para], after: int, opens_body: Callable[[Para], bool]) -> int | None:
    """The first line opening the plan's body after line `after`, or the first anywhere if none
    does; an item of an attachment list opens none, nor a document site's tip on downloading."""
    found = (i for i, p in enumerate(paras)
             if opens_body(p) and not listed_attachment(paras, i) and not download_tip(paras, i))
    first = next(found, None)
    if first is None or first > after:
        return first
    return next((i for i in found if i > after), first)
