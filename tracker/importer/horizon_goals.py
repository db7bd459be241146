"""Goals stated under a plan's general requirements (一、总体要求 / 指导思想), its goal heading left out.

A plan may fold its goals into 总体要求: after the guiding thought, a paragraph opening on the
plan's horizon (到2025年, …市场主体数达到1.96万户; 满意度达到88%) says what is to be reached
by then. Such a section is background, no task; but that paragraph's targets are the plan's
goals, read as targets are outside a goal section (only numbers a target verb introduces).
"""

from __future__ import annotations

import re

from tracker.importer.structure import Item

# 到2025年, / 到2025年底, / 至2027年,: a paragraph opening on the year the plan looks to.
_HORIZON = re.compile(r"^\s*(?:到|至)\s*20\d\d\s*年[底末]?\s*[,，]")


def horizon_paragraph(item: Item) -> bool:
    """An item whose text has a paragraph opening on the plan's horizon (到2025年,…)."""
    return any(_HORIZON.match(line) for line in item.norm.split("\n"))
