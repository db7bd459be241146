"""Support clauses that name their partners without a subject of their own.

`owners._prose` reads 由A牵头 / A会同B… / B配合; these are the shapes where the partner is
named in a clause whose subject is left out or is the sentence's unit in charge:

    由A牵头,…,会同B、C等相关部门…   B and C support A (the 会同 clause opens without a subject)
    A负责…,并在B的协助下…            B supports A

Only the spans are found here (offsets in the folded text); owners.py reads the names in them.
"""

from __future__ import annotations

import re

# ,会同B、C等相关部门对… / ,并会同B及时…: a clause opening with 会同, its subject left out.
_BARE_WITH = re.compile(
    r"[,;]\s*(?:并|要|应|积极|主动)?会同([^,;:。会]{2,60}?(?:等(?:相关|有关)?(?:单位|部门)?)?)"
    r"(?=[,;:。]|及时|开展|做好|进行|组织|共同|联合|对|在|按|于|制定|研究|负责)"
)
# 在B的协助下 / 在B配合下: B helps the unit in charge.
_WITH_HELP = re.compile(r"在([^,;:。在]{2,40}?)的?(?:协助|配合|帮助)下")


def bare_partners(norm: str) -> list[tuple[int, int]]:
    """Spans of the partners in 会同 clauses without a subject (see the module's docstring)."""
    return [m.span(1) for m in _BARE_WITH.finditer(norm)]


def helpers(norm: str) -> list[tuple[int, int]]:
    """Spans of the units in 在X的协助下 clauses."""
    return [m.span(1) for m in _WITH_HELP.finditer(norm)]
