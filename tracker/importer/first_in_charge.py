"""The one an item names first in charge of its work (乡村医生是签约服务第一责任人).

An item whose first sentences name no unit in a role, but then say who is 第一责任人 (the one
first answerable) for the work, is owned by them (责任人 reads as owners, corpus README).
"""

from __future__ import annotations

import re

from tracker.importer.draft import Owners

# (一)服务提供方。乡村医生是签约服务第一责任人,…: a sentence opening on who, then 是, up to 第一
# 责任人 within a few words. Bounded stretches, no backtracking far.
_FIRST_IN_CHARGE = re.compile(r"(?:^|[。;:])\s*([^,。;:、是的\s]{2,12})是[^,。;:]{0,12}?第一责任人")


def first_in_charge(owners: Owners, text: str, norm: str) -> Owners:
    """Owners as found, or, when none is named, the one said to be 第一责任人 for the item (its
    name as the page wrote it)."""
    if not owners.empty or len(text) != len(norm):
        return owners
    m = _FIRST_IN_CHARGE.search(norm[:200])
    if m is None:
        return owners
    return Owners(owners=(text[m.start(1) : m.end(1)],), origin="prose")
