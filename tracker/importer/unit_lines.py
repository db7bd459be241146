"""A row of a table flattened one cell a line, its work running over several lines and its
units one a line after each piece of it (1.X / ——a / ——b / 省甲厅 / 省乙厅 / ——c / 省丙厅): when
the header ends in unit columns and the row has more lines than the header has columns, every
short line naming a unit (or standing among such lines: 省人口计生, a name the page cut short)
is a cell of the first unit column, every other line a cell of the work, in the header's order
(not where the header has a leader's or a deadline's column, nor for a line holding a digit:
附件2). So too when all the lines after the work name units, more of them than the unit
columns: each owns the item, none is taken for a column of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def units_between(
    texts: list[str], cols: list[str], unit_roles: tuple[str, ...],
    short: Callable[[str], bool], unit: Callable[[str], bool],
) -> list[str] | None:
    """The roles of the row's lines read so, or None when the row is not of that shape."""
    tail = 0
    while tail < len(cols) and cols[len(cols) - 1 - tail] in unit_roles:
        tail += 1
    if not tail or len(texts) <= len(cols) or any(c in ("leader", "due") for c in cols):
        return None  # a leader's or a deadline's column: the cells are read by their own rules
    named = [short(t) and unit(t) for t in texts]
    among = [short(t) and not re.search(r"\d", t)
             and (named[k] or any(named[j] for j in (k - 1, k + 1) if 0 <= j < len(texts)))
             for k, t in enumerate(texts)]
    if among[0] or sum(among) < tail:
        return None
    work = cols[: len(cols) - tail]
    roles: list[str] = []
    k = 0
    for is_unit_line in among:
        if is_unit_line:
            roles.append(cols[len(cols) - tail])
        else:
            roles.append(work[k] if k < len(work) else "content")
            k += 1
    return roles
