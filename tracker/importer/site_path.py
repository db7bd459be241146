"""The site's path to a page (当前位置:首页 > A > X实施方案) ends in the page's name, which the
site may write shorter than the document does (a word such as 工作 left out). The document's own
title below, run into its preamble (after the printed page's number, —1—, or a preview's chunk
number, 1、), is then the plan's: every character of the site's name in it, in order, and one to
four more.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.importer.clean import Para
from tracker.importer.shared_file import past_chunk_number
from tracker.importer.title_marks import written_fuller

# —1— / -1-: the number of a printed document's first page, kept by the page before the title.
_PRINTED_PAGE = re.compile(r"\s*[—–-]\s*1\s*[—–-]\s*")


def past_printed_page(norm: str) -> int:
    """Where the text starts after the printed first page's number (—1—), 0 if none is written."""
    m = _PRINTED_PAGE.match(norm)
    return m.end() if m else 0


def fuller_below(
    paras: list[Para], name: str, find: Callable[[str], re.Match[str] | None]
) -> str | None:
    """The document's own title `find` reads (its first group) at a line's start, written fuller
    than the site's `name` for the page, or None."""
    for p in paras:
        if len(p.text) != len(p.norm):
            continue
        at = past_printed_page(p.norm) or past_chunk_number(p.norm)
        m = find(p.norm[at:])
        if m and written_fuller(m.group(1), name):
            return p.text[at + m.start(1) : at + m.end(1)].strip()
    return None
