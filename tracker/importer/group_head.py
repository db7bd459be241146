"""A working group's entry with its head named beside it (疏散组:组长某甲,负责…): the group named
before the colon is the subject of 负责, as in 疏散组:负责…; the person only heads it."""

from __future__ import annotations

import re

from tracker.importer.draft import Owners

_GROUP_HEAD = re.compile(
    r"^\s*([\u4e00-\u9fff]{2,10}组)\s*:\s*(?:副)?组长\s*[\u4e00-\u9fff]{2,3}\s*[,，]\s*负责"
)


def group_owner(found: Owners, own_text: str, own_norm: str) -> Owners:
    """The group as owner, in place of its head read from 组长某甲,负责 by the prose reading."""
    m = _GROUP_HEAD.match(own_norm)
    if m is None or found.lead or found.support or found.origin not in ("prose", ""):
        return found
    aligned = len(own_text) == len(own_norm)
    name = own_text[m.start(1) : m.end(1)] if aligned else m.group(1)
    return Owners((), (name,), (), None, "prose", ())


# 宣传组 over 组长:… / 职责:负责… (or 职责: over ①负责… lines): the group's card. Each part
# can match a given stretch of text in one way only: `(?:.*\n?)*?.*负责` could split a line into
# pieces in 2^n ways and, on duties that never say 负责, tried them all (a real page hung).
_GROUP_CARD = re.compile(
    r"^\s*([\u4e00-\u9fff、]{1,10}组)\s*\n(?:[^\n]*\n)*?[^\S\n]*(?:主要|工作)?职责\s*:[\s\S]*?负责"
)


def card_owner(found: Owners, own_text: str, own_norm: str) -> Owners:
    """The group as owner of the duties its card lists, whatever the duty lines say of others
    (①配合其他组,负责…)."""
    m = _GROUP_CARD.match(own_norm)
    if m is None or found.lead or found.origin not in ("prose", ""):
        return found
    aligned = len(own_text) == len(own_norm)
    name = own_text[m.start(1) : m.end(1)] if aligned else m.group(1)
    return Owners((), (name,), (), None, "prose", ())
