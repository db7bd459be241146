"""Dates a page wrote by a plan's title that are the page's, not the title's.

X实施方案 2020-06-15: the date the page was posted, after the title on its line (a space between,
the date written with dashes). 某镇党委办公室 2024年3月25日印发 over the title: a notice's record
of its printing (the office, the date, 印发), left above the plan it sent and joined to its title.
A date inside the title (2024年…方案, (2020—2022年)) stays.
"""

from __future__ import annotations

import re

_POSTED = re.compile(r"(?<=\S{4})\s+(?:19|20)\d\d-\d{1,2}-\d{1,2}$")
_PRINTED = re.compile(r"^[\u4e00-\u9fff()]{2,24}\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发\s*(?=\S{6})")


def without_page_dates(title: str) -> str:
    """`title` without the posting date after it or the printing record before it."""
    return _PRINTED.sub("", _POSTED.sub("", title))
