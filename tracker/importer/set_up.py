"""A body the item sets up (成立X领导小组,全面负责…) is given its remit, it is not the item's owner.

The item's work falls to whoever it names to run it (由Y牵头负责日常工作); the group it creates
is only an owner when nobody else is named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.draft import Owners


def _set_up(name: str, norm: str) -> bool:
    bare = name.strip("“”\"")
    return re.search(r"成立\s*[“\"]?" + re.escape(bare), norm) is not None


def without_set_up(owners: Owners, norm: str) -> Owners:
    """Owners without the bodies the item itself sets up (成立X), when someone else is named."""
    kept = tuple(n for n in owners.owners if not _set_up(n, norm))
    if kept == owners.owners or not (kept or owners.lead):
        return owners
    return replace(owners, owners=kept)
