"""An event's three hosts in prose (由A主办,B承办,C协办): with a 协办 beside them, 主办 is a role as
主办单位: is, so A leads the item and C supports it, as 协办单位: does. 承办 stays no
role, and 由A主办、B承办 alone stays the event's sponsors."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.draft import Owners

_HOSTED = re.compile(
    r"由([^,;:。由\n]{2,40}?)主办\s*[,、]\s*[^,;:。\n]{2,40}?承办\s*[,、]\s*([^,;:。\n]{2,40}?)协办"
)


def hosted(found: Owners, text: str, norm: str) -> Owners:
    """The owners found, with the 主办 of a 主办 / 承办 / 协办 sentence as the lead and its 协办
    as support where no other clause names one."""
    m = _HOSTED.search(norm)
    if m is None or found.lead or found.owners or len(text) != len(norm):
        return found
    support = found.support or (text[m.start(2) : m.end(2)].strip(),)
    return replace(found, lead=(text[m.start(1) : m.end(1)].strip(),), support=support,
                   origin=found.origin or "prose")
