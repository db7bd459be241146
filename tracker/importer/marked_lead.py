"""A unit marked as the lead where it is listed: 县农业农村局（牵头）、县财政局 in a 责任单位 field,
cell or bracket. The marker is no part of the unit's name: the unit leads the item, and the
units listed with it keep the role their field gives them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.draft import Owners

_MARK = re.compile(r"\s*[(（【\[]\s*牵头(?:单位|部门|科室)?\s*[)）】\]]\s*$")


# 【牵头】 / [牵头单位] / ［牵头］ / 〔牵头〕 after a unit: the lead's mark in other brackets,
# which the role parser would take for a tag's bracket opening (镇农业服务中心【 as the lead).
_MARK_IN_BRACKETS = re.compile(r"[【\[［〔]\s*牵头(?:单位|部门|科室)?\s*[】\]］〕]")


def round_marks(s: str, brackets: str) -> str:
    """The lead's marks in round `brackets`, the rest kept as it is (and as long)."""
    return _MARK_IN_BRACKETS.sub(lambda m: brackets[0] + m.group(0)[1:-1] + brackets[1], s)


def marked_leads(owners: Owners) -> Owners:
    """`owners` with each unit marked （牵头） moved to the leads, its marker dropped."""
    if not any(_MARK.search(n) for n in (*owners.lead, *owners.owners, *owners.support)):
        return owners
    lead = [_MARK.sub("", n) for n in owners.lead]
    kept: list[tuple[str, ...]] = []
    for names in (owners.owners, owners.support):
        marked = [n for n in names if _MARK.search(n) and _MARK.sub("", n).strip()]
        lead += [_MARK.sub("", n).strip() for n in marked]
        kept.append(tuple(n for n in names if n not in marked))
    return replace(owners, lead=tuple(dict.fromkeys(lead)), owners=kept[0], support=kept[1])
