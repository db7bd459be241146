"""A role field left empty on its line, its names listed on the numbered lines below it.

    1.加强清扫保洁。…
    责任单位:
    (1)城管局负责城区街道;
    (2)交通局负责国道。

The numbered lines fill the field (each a unit and its share): they are not items of their
own (structure.py keeps them in the item), and their subjects are the field's names (owners.py
reads the names in the spans found here).
"""

from __future__ import annotations

import re

# (1)城管局负责… / ①交通局牵头…: a numbered line opening with a unit and its role word.
_LISTED = re.compile(
    r"^\s*(?:[(（]\d{1,2}[)）]|[①-⑳]|\d{1,2}\s*[.、．])\s*([^,;:。()（）]{2,24}?)(?:具体|主要)?(?:负责|牵头)"
)
# 责任单位: closing a line with nothing after it.
EMPTY_FIELD = re.compile(r"(?:责任|牵头|主要责任)(?:单位|部门)\s*:\s*$")


def listed_line(norm: str) -> bool:
    """A numbered line naming a unit and its share (see the module's docstring)."""
    return bool(_LISTED.match(norm))


def listed_below(norm: str, at: int) -> list[tuple[int, int]]:
    """Spans of the units on the numbered lines right after offset `at` (the end of an empty
    field), up to the first line that is not one."""
    out: list[tuple[int, int]] = []
    pos = norm.find("\n", at)
    while pos >= 0:
        end = norm.find("\n", pos + 1)
        line = norm[pos + 1 : end if end >= 0 else len(norm)]
        m = _LISTED.match(line)
        if not m:
            break
        out.append((pos + 1 + m.start(1), pos + 1 + m.end(1)))
        pos = end
    return out
