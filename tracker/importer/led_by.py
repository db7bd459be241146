"""The units an item's text says lead it, when role lines under it name only who owns and helps.

(一)组织开展集中宣传活动。…由区民防办和区民政局牵头,协调…。 / 责任部门:区民防办; / 协助部门:…:
the role lines give the owners and the support, and name no lead; the text's 由A和B牵头 still
names who leads (和 / 与 between two units splits them, as 、 does).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.draft import Owners
from tracker.importer.unit_names import is_unit, split_names

# 由A和B牵头,协调…: the lead named in the text. Bounded stretch.
_LED_BY = re.compile(r"由([^,。;:由]{2,30}?)(?:共同|联合)?牵头[,，]")


def led_by_text(owners: Owners, text: str, norm: str) -> Owners:
    """`owners` read from role lines, given the lead the item's text names when they name none."""
    if owners.origin != "tag" or owners.lead or len(text) != len(norm):
        return owners
    led = _LED_BY.search(norm)
    if led is None:
        return owners
    named = [n for part in re.split("和|与", text[led.start(1) : led.end(1)]) for n in split_names(part)]
    if not named or not all(is_unit(n) for n in named):
        return owners
    return replace(owners, lead=tuple(named))
