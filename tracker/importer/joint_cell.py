"""A table's unit cell naming one unit with another joined by 会 (会同 shortened): 宣传处会办公室.

The first unit does the row's work, the second works with it (会同, as `owners._prose` reads
A会同B in prose). Only where the first ends as an office does (处, 局, 科, 室, 办, 部, 中心, 站,
所, 队, 院, 厅), so that 委员会 / 工会 / 协会 in a name are never cut at their 会.
"""

from __future__ import annotations

import re

from tracker.importer.clean import fold
from tracker.importer.unit_names import is_unit

_JOINT = re.compile(r"([^\s,，、;；:：()（）]{1,12}?(?:处|局|科|室|办|部|中心|站|所|队|院|厅))会(?:同)?([^\s,，、;；:：()（）会]{2,12})")


def joint_cell(cell: str) -> tuple[str, str] | None:
    """(the unit owning, the unit supporting) of a cell A会B, or None."""
    text = cell.strip()
    m = _JOINT.fullmatch(fold(text))
    if m is None or len(text) != len(fold(text)) or not is_unit(m.group(2)):
        return None
    return text[: m.end(1)], text[m.start(2) :]
