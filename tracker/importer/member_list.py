"""A body named over its members' names alone: who sits on it, no work of its own.

A school's sports meeting or a campaign lists its bodies as items, each a name, a colon and the
persons on it joined by 、 (2、筹备委员会:王某甲、李某乙、赵某丙。), the last sometimes cut by the page
(…、周某戊、). Nothing says what the body does or by when, so the item is no task; an item whose
text after the colon says who does what (大会宣传:学生处负责。) is read as before.
"""

from __future__ import annotations

import re

from tracker.importer.unit_names import is_person

# X委员会:A、B、C。: a short name, a colon, then names joined by 、 only. Bounded stretches.
_NAMES_AFTER = re.compile(r"[^,;。:\n]{2,12}:\s*((?:[^,;。:、\n]{2,4}、){1,30}[^,;。:、\n]{0,4})[。.]?\s*")


def member_list(own: str) -> bool:
    """Whether the item is a body's name over its members' names and nothing else."""
    m = _NAMES_AFTER.fullmatch(own.strip())
    if m is None:
        return False
    names = [n.strip() for n in m.group(1).split("、") if n.strip()]
    return len(names) >= 2 and all(is_person(n) for n in names)
