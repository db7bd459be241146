"""The title block of a page, where the rules in split.py leave it unnamed.

A document site's page flattened to one line can open with the site's file name (two samples'
names joined, then 范文) before the document's own title, its 范文稿 and its preamble
(…方案与…方案范文县X方案范文稿为…): the plan's title is the last one, right before the preamble.
"""

from __future__ import annotations

import re

from tracker.importer.clean import Para

_AFTER_FILE_NAME = re.compile(
    r"(?:范文|范本|模板)\s*"
    r"([^。;:,【】“”《》\s]{4,60}?(?:方案|计划|意见|办法|细则|要点|预案))"
    r"(?:范文稿?|范本|模板|稿)?"
    r"(?=[为為]|根据|根據|按照|依据|依據)"
)


def title_after_file_name(p: Para) -> str | None:
    """The plan's own title between a site's file name (…范文) and the preamble on one line."""
    m = _AFTER_FILE_NAME.search(p.norm[:160])
    if m is None or len(p.text) != len(p.norm):
        return None
    return p.text[m.start(1) : m.end(1)].strip()
