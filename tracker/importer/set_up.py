"""A body the item sets up (成立X领导小组,全面负责…) is given its remit, it is not the item's owner.

The item's work falls to whoever it names to run it (由Y牵头负责日常工作); the group it creates
is only an owner when nobody else is named. The office set up under it (办公室设在X,…负责…) sits
in a unit that then owns the item when no one else is named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.draft import Owners
from tracker.importer.unit_names import is_unit


def _set_up(name: str, norm: str) -> bool:
    """成立X in the text, or a name that is itself the setting up (领导小组下设两个工作组)."""
    bare = name.strip("“”\"")
    return "下设" in bare or re.search(r"成立\s*[“\"]?" + re.escape(bare), norm) is not None


def without_set_up(owners: Owners, norm: str) -> Owners:
    """Owners without the bodies the item itself sets up (成立X), when someone else is named."""
    kept = tuple(n for n in owners.owners if not _set_up(n, norm))
    if kept == owners.owners or not (kept or owners.lead):
        return owners
    return replace(owners, owners=kept)


# 办公室设在镇征拆办,…,具体负责综合协调…: the office set up under the group sits in a unit and is
# given the day-to-day work, so that unit owns the item.
_OFFICE_SEAT = re.compile(r"办公室(?:设|設)在([^,;。:\s]{2,20}?)(?=[,;。]|$)([^。]{0,120})")


def office_seat(owners: Owners, norm: str) -> Owners:
    """The unit the office set up sits in, when the sentence gives the office work (负责…) and
    no one but the bodies set up is named."""
    if owners.lead or owners.support or not all(_set_up(n, norm) for n in owners.owners):
        return owners
    for m in _OFFICE_SEAT.finditer(norm):
        if "负责" in m.group(2) and is_unit(m.group(1)):
            return Owners(owners=(m.group(1),), origin="prose")
    return owners
