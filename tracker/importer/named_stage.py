"""A paragraph opening on a phase's name, then its first and last days, the dash between them
lost on a page flattened to one line (发动布置阶段4月25日4月30日 成立…): it names that phase with
those days, and is no task. On the flattened line, after the flattening's space, such a name and
its days open a paragraph.
"""

from __future__ import annotations

import re

_DAY = r"\d{1,2}\s*月\s*\d{1,2}\s*日"
NAMED_STAGE = re.compile(
    rf"^\s*([\u4e00-\u9fff]{{2,10}}阶段)\s*((?:\d{{4}}\s*年)?{_DAY})\s*[—–\-~至到]?\s*((?:\d{{4}}\s*年)?{_DAY})"
    r"(?!\s*[前后])"
)
# …分两个阶段。 X阶段5月6日5月12日 …: where such a paragraph starts on a flattened line.
STAGE_AFTER_SPACE = re.compile(
    rf"(?<=\s)(?=[\u4e00-\u9fff]{{2,10}}阶段\s*{_DAY}\s*[—–\-~至到]?\s*{_DAY})"
)


def named_stage(norm: str) -> tuple[str, str] | None:
    """The phase's name and its range written with a dash (4月25日—4月30日), or None."""
    m = NAMED_STAGE.match(norm)
    if m is None:
        return None
    return m.group(1), f"{m.group(2)}—{m.group(3)}"
