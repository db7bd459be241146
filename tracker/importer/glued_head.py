"""A heading naming who does the work (二、创建主体 / 实施主体) glued to the unit it names.

A page that lost the break after such a short heading runs it into its first sentence
(二、创建主体各街道办事处负责本辖区…): the unit found there carries the heading's words in front
of its name. The heading says what the section is about; the unit is what follows it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.draft import Owners

# 创建主体 / 责任主体 / 实施主体 / 工作主体: two to four characters, then 主体, with no colon.
_SUBJECT_HEAD = re.compile(r"[\u4e00-\u9fff]{2,4}主体(?=[\u4e00-\u9fff])")


def without_glued_head(owners: Owners, own: str) -> Owners:
    """Owners whose names open with the item's heading X主体 glued to them, without it."""
    head = _SUBJECT_HEAD.match(own.strip())
    if head is None:
        return owners
    words = head.group(0)

    def bare(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(n[len(words) :] if n.startswith(words) and len(n) > len(words) + 1 else n
                     for n in names)

    lead, kept, support = bare(owners.lead), bare(owners.owners), bare(owners.support)
    if (lead, kept, support) == (owners.lead, owners.owners, owners.support):
        return owners
    return replace(owners, lead=lead, owners=kept, support=support)
