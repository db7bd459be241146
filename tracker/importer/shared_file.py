"""A document site's preview of an uploaded file.

The site writes a blurb under the file's name (《X.docx》由会员分享,可在线阅读…, dropped as
noise where it stands on a line of its own), then shows the file as numbered chunks, the first
opening on 1、 (1、X方案为做好…). The chunk's number is the site's, no part of the title the
document runs into its preamble. A first chunk that holds the file's title alone on its line
(1、X实施方案) names the plan, before a cover page's words broken over the lines under it.
"""

from __future__ import annotations

import re

from tracker.importer.clean import Para

# 《X方案》由会员上传分享,免费在线阅读…: the blurb under the uploaded file's name.
_SHARED_BY = re.compile(r"由会员(?:上传)?分享")
_CHUNK_ONE = re.compile(r"\s*1、")
# 1、X实施方案: the first chunk, the title alone (a kind of plan at its end, no sentence mark).
_TITLE_CHUNK = re.compile(
    r"\s*1、\s*([^。;,:!?]{4,60}?(?:方案|计划|计划书|意见|办法|细则|要点|预案|规划)(?:\([^()]{2,16}\))?)\s*$"
)


def shared_blurb(norm: str) -> bool:
    return _SHARED_BY.search(norm) is not None


def past_chunk_number(norm: str) -> int:
    """Where the text starts after the preview's first chunk number (1、), 0 if none is written."""
    chunk = _CHUNK_ONE.match(norm)
    return chunk.end() if chunk else 0


def title_chunk(paras: list[Para]) -> str | None:
    """The file's title as the preview's first chunk, alone on its line right under the site's
    blurb (1、X实施方案), or None."""
    for p, q in zip(paras, paras[1:]):
        if shared_blurb(p.norm):
            m = _TITLE_CHUNK.match(q.norm)
            if m and len(q.text) == len(q.norm):
                return q.text[m.start(1) : m.end(1)].strip()
    return None
