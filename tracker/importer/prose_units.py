"""Whether a span of prose names units, and which: 由公安、交通部门负责 / 各乡镇要… / X领导小组办公室.

The reading of role clauses (owners.py) and of duty subjects (duty_subject.py) both ask this
of the words before a role; it is the one place that decides what counts as a list of units.
"""

from __future__ import annotations

import re

from tracker.importer.clean import fold
from tracker.importer.headings import HEAD_LABEL
from tracker.importer.unit_names import (
    GROUP_TAIL,
    NOT_OWNER,
    clean_names,
    is_person,
    is_unit,
    split_and,
    split_names,
)

# A heading's name run into the sentence after it (a run-on page lost the line break): it
# starts with what a unit's name never starts with, a call to act, and ends in 工作 / 机制 ….
_HEADING_NAME = re.compile(
    r"(?:切实|进一步|全面|认真|加强|强化|做好|抓好|推进|建立|健全|完善|落实|开展|深化|加快|严格)"
    r"[\u4e00-\u9fff]{0,10}?(?:工作|机制|制度|建设|管理)(?=[\u4e00-\u9fff]{2})"
)
_NAMES_STAFF = re.compile(r"(?:要|应|须|需)?(?:确定|指定|安排|明确)专人$")


def unit_list(text: str, known: frozenset[str] = frozenset()) -> list[str] | None:
    """Names in a prose span if it reads as a list of units, else None."""
    span = HEAD_LABEL.sub("", text.strip()).strip()
    opened = max(span.rfind("("), span.rfind("（"))
    if opened >= 0 and ")" not in span[opened:] and "）" not in span[opened:]:
        span = span[opened + 1 :]  # 强化科技创新(区科技局牵头): the names open at the bracket
    group = GROUP_TAIL.search(fold(span))  # 等相關部門 on a Traditional page too
    if group:
        span = span[: group.start()]
    elif span.endswith("等") and len(span) > 3:
        span = span[:-1]  # (A、B等负责): the bare 等 closes a list of units, as 等部门 does
    span = re.sub(r"^(?:要|并|同时|积极|主动|及时|明确|具体由|具体工作由)", "", span.lstrip("(（〔["))
    span = _NAMES_STAFF.sub("", span)  # X要确定专人负责: X does it, through a person it names
    glued = _HEADING_NAME.match(fold(span))
    if glued and is_unit(fold(span)[glued.end() :]):
        span = span[glued.end() :]  # (五)切实加强报告工作X办公室要…: the heading's name, then the subject
    names = [n for part in split_names(span) for n in split_and(part, known)]
    if not names or any(NOT_OWNER.search(fold(n)) for n in names):
        return None
    if group or all(is_unit(n) or n in known for n in names) or all(is_person(n) for n in names):
        return clean_names(names)
    if len(names) >= 2 and _SHARED_HEAD.search(fold(names[-1])) and is_unit(names[-1]) and all(
        _FIELD_NAME.fullmatch(fold(n)) for n in names[:-1]
    ):
        return clean_names(names)  # 公安、交通部门: fields sharing the last one's 部门, as written
    return None


# 由公安、交通部门负责: the fields of work named before a 部门 written once for them all.
_SHARED_HEAD = re.compile(r"(?:部门|单位|机关)$")
_FIELD_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
