"""What a site writes around a plan's title line, no part of the title.

An essay site's brackets for a sample's number left empty after the title (X实施方案【】, the
number lost) close no title.
"""

from __future__ import annotations

import re

# X实施方案【】 / X方案( ) / X计划[]: brackets with nothing inside, at the title's end.
_EMPTY_BRACKETS = re.compile(r"(?<=\S{4})\s*(?:【\s*】|\(\s*\)|（\s*）|\[\s*\])\s*$")


def without_site_marks(title: str) -> str:
    """A title line without the site's marks around it (emptied brackets after it)."""
    return _EMPTY_BRACKETS.sub("", title).strip() or title
