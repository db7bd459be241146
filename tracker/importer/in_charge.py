"""The person a 负责人: field puts in charge of an item (亲子游戏负责人:某甲, or 负责人:[ 某甲 ] with a
form's brackets around the name): one of the item's owners, beside the units its role tags or
clauses name (牵头单位:A 负责人:某甲 → A leads, 某甲 owns). So are those a clause makes its first
in charge (由A负总责,各支部书记为第一责任人 → A and 各支部书记 own it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from tracker.importer.draft import Owners

# 负责人:王某 / 负责人:王xx (the given name masked on the page)
_NAMED_IN_CHARGE = re.compile(r"负责人\s*:\s*[\[【]?\s*([\u4e00-\u9fff](?:[\u4e00-\u9fff]{1,2}|[xX×*]{1,2}))(?![\u4e00-\u9fffxX×*])")
_NOTE = "责任人是正文中的人名,请核对"
# 各支部书记为第一责任人 / X是这项工作的第一责任人: the post or unit first answering for the work.
_FIRST_IN_CHARGE = re.compile(r"(?:^|[,;。\n])([^,;:。\n由]{2,12}?)(?:为|是)(?:[^,;:。\n]{0,10}?的?)第一责任人")


# 拔河比赛——王某负责 / 象棋比赛------赵某负责: an activity's name, a dash, the person running it.
_DASH_IN_CHARGE = re.compile(r"[—-]{2}\s*([\u4e00-\u9fff]{2,3})负责(?!人)")


def named_in_charge(text: str, norm: str, is_person: Callable[[str], bool]) -> list[str]:
    """The persons named after 负责人: in the text, or after a dash before 负责 (X比赛——王某负责)."""
    found = (*_NAMED_IN_CHARGE.finditer(norm), *_DASH_IN_CHARGE.finditer(norm))
    return [text[m.start(1) : m.end(1)] for m in found if is_person(m.group(1))]


def with_named_in_charge(found: Owners, text: str, norm: str, is_person: Callable[[str], bool]) -> Owners:
    """The owners found from role tags or clauses, with the persons a 负责人: field names added."""
    if found.origin not in ("tag", "prose") or found.empty:
        return found
    firsts = [text[m.start(1) : m.end(1)].strip() for m in _FIRST_IN_CHARGE.finditer(norm)]
    named = [p for p in (*named_in_charge(text, norm, is_person), *firsts)
             if p not in (*found.lead, *found.owners, *found.support) and p != found.leader]
    if not named:
        return found
    review = found.review if _NOTE in found.review else (*found.review, _NOTE)
    return replace(found, owners=(*found.owners, *named), review=review)
