"""A document site's preview of an uploaded file.

The site writes a blurb under the file's name (《X.docx》由会员分享,可在线阅读…, dropped as
noise where it stands on a line of its own), then shows the file as numbered chunks, the first
opening on 1、 (1、X方案为做好…). The chunk's number is the site's, no part of the title the
document runs into its preamble.
"""

from __future__ import annotations

import re

# 《X方案》由会员上传分享,免费在线阅读…: the blurb under the uploaded file's name.
_SHARED_BY = re.compile(r"由会员(?:上传)?分享")
_CHUNK_ONE = re.compile(r"\s*1、")


def shared_blurb(norm: str) -> bool:
    return _SHARED_BY.search(norm) is not None


def past_chunk_number(norm: str) -> int:
    """Where the text starts after the preview's first chunk number (1、), 0 if none is written."""
    chunk = _CHUNK_ONE.match(norm)
    return chunk.end() if chunk else 0
