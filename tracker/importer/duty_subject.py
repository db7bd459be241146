"""Units whose duty is a clause of its own: 各乡(镇)要建立…机制,负责组织…, 成立X领导小组,负责…,
A、B。负责….

owners.py reads role words next to their units (由X牵头, X配合); here the units are the subject
of a sentence whose 负责 clause comes later.
"""

from __future__ import annotations

import re

from tracker.importer.headings import HEAD_LABEL
from tracker.importer.prose_units import unit_list

# A clause that opens with 负责 (…,负责组织… / …。负责…): its subject is the sentence's.
_DUTY_CLAUSE = re.compile(r"([,。])\s*(?:具体|统一|全面|主要)?负责(?!人|同志|单位|部门|制|任)")
# What may stand between the subject and the rest of its sentence: 要建立… / 应当… / 须…
_SUBJECT_END = re.compile(r"(?:要|应当|应|须|必须|将|需)")
# 成立X领导小组,负责…: the body the item sets up is the subject.
SETS_UP = re.compile(r"成立|组建|设立")


# 公司成立了X领导小组 / 工作专班下设办公室于Y / 办公室设在Y: the clause setting a body up, or
# saying where it sits (Y).
_SET_UP_BODY = re.compile(
    r"[^,。;:\n]{0,12}?(?:成立|组建|设立|下设)了?([^,。;:\n于]{2,30}?)(?:于[^,。;:\n]{2,16})?"
    r"|([^,。;:\n]{2,12}?)设在[^,。;:\n]{2,16}"
)


_HEADED_BY = re.compile(r"[^,。;:\n]{0,12}(?:主任|组长)由[^,。;:\n]{1,12}(?:兼任|担任)")


def subject_of_duty(text: str, norm: str, known: frozenset[str]) -> list[str]:
    """Units whose duty is a clause of its own: 各乡(镇)要建立…机制,负责组织… (the subject
    opens the sentence), 成立X领导小组,负责… (the body set up), A、B。负责… (a sentence that
    only names units, then the duty)."""
    out: list[str] = []
    for m in _DUTY_CLAUSE.finditer(norm):
        end = m.start()
        clause = max(norm.rfind(c, 0, end) for c in ",。;:\n") + 1
        if clause and norm[clause - 1] == "," and _HEADED_BY.fullmatch(norm, clause, end):
            end = clause - 1  # …,办公室主任由某某兼任,具体负责…: the office before who heads it
            clause = max(norm.rfind(c, 0, end) for c in ",。;:\n") + 1
        body = _SET_UP_BODY.fullmatch(norm, clause, end) if m.group(1) == "," else None
        g = (1 if body.group(1) else 2) if body else 0
        names = unit_list(text[body.start(g) : body.end(g)], known) if body else None
        if names:  # 公司成立了X领导小组,负责… / 下设办公室于Y,负责…: the body set up
            out.extend(names)
            continue
        start = max(norm.rfind(c, 0, m.start()) for c in "。;:\n") + 1
        if m.group(1) == "。":  # the sentence before is the subject, units only
            span = (start, m.start())
        else:
            cut = _SUBJECT_END.search(norm, start, m.start())
            comma = norm.find(",", start, m.start())
            end = min(x for x in (cut.start() if cut else -1, comma, m.start()) if x >= 0)
            span = (start, end)
        head = HEAD_LABEL.match(norm[span[0] : span[1]])
        a = span[0] + (head.end() if head else 0)
        sets_up = SETS_UP.match(norm, a)
        a = sets_up.end() if sets_up else a
        names = unit_list(text[a : span[1]], known) if span[1] - a >= 2 else None
        if names:
            out.extend(names)
    return out
