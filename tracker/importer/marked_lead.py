"""A unit marked as the lead where it is listed: 县农业农村局（牵头）、县财政局 in a 责任单位 field,
cell or bracket. The marker is no part of the unit's name: the unit leads the item, and the
units listed with it keep the role their field gives them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.draft import Owners

_MARK = re.compile(r"\s*[(（【\[]\s*牵头(?:单位|部门|科室)?\s*[)）】\]]\s*$")


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
