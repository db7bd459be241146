"""Units a closing bracket says share the work (分工负责): all of them own the item.

A county's plan closes an item on the units doing it, in brackets: (县委宣传部、县委组织部、县应急局
分工负责;各乡镇), the units named before 分工负责 sharing the work out among them, and those after
it (县安委办;各乡镇) doing it too. Each of them owns the item. Where the bracket words roles
before it (A牵头,B按职责分工负责), the prose rules read them. A school's plan closes an item's
heading on its offices the same way, named short and joined by 、 before 负责 (政教、团委、语文组负责):
each owns it, the short names (政教 for 政教处) beside those written whole.
"""

from __future__ import annotations

import re

from tracker.importer.draft import Owners

# (A、B、C分工负责;D) / (A、B分工负责,C;D) closing a line. Bounded stretches, no bracket inside.
_SHARED = re.compile(r"[(（]([^()（）\n]{2,120}?)分工负责([^()（）\n]{0,60})[)）]\s*[。.]?\s*$", re.MULTILINE)
_APART = re.compile(r"[、,，;；]")
_NOTE = "责任单位仅见于正文表述,请核对"
# (A牵头,B按职责分工负责): roles worded before it, read by the prose rules, not here.
_WORDED = re.compile(r"牵头|配合|协助|协同|负责|按职责")


# (政教、团委、语文组负责) closing a line: two to five short names joined by 、, one at least a unit
# written whole (…处, …委, …组, …室, …部, …科, …办, …队).
_OFFICES = re.compile(r"[(（]((?:[\u4e00-\u9fff]{2,6}、){1,4}[\u4e00-\u9fff]{2,6})负责[)）]\s*$", re.MULTILINE)
_WHOLE = re.compile(r"[处委组室部科办队]$")


def shared_work(text: str, norm: str) -> Owners | None:
    """The owners a closing bracket saying 分工负责 names, or its offices before 负责, or None."""
    if "分工负责" not in norm:  # cheap guard: most items say nothing of it
        return _offices(text, norm) if "负责)" in norm or "负责）" in norm else None
    m = _SHARED.search(norm)
    if m is None or len(text) != len(norm) or _WORDED.search(m.group(1)):
        return None
    names = [n.strip() for g in (1, 2) for n in _APART.split(text[m.start(g) : m.end(g)])]
    names = [n for n in names if len(n) >= 2]
    return Owners(owners=tuple(dict.fromkeys(names)), origin="prose", review=(_NOTE,)) if names else None


def _offices(text: str, norm: str) -> Owners | None:
    m = _OFFICES.search(norm)
    if m is None or len(text) != len(norm):
        return None
    names = [n.removesuffix("等") for n in text[m.start(1) : m.end(1)].split("、")]  # A、B等: 等 dropped
    if not any(_WHOLE.search(n) for n in names) or any(_WORDED.search(n) for n in names):
        return None
    return Owners(owners=tuple(dict.fromkeys(names)), origin="prose", review=(_NOTE,))
