"""Units listed in brackets after an item with no role word, where the document says the first
one listed leads: …方案。(A、B(C)。列第一位者为牵头部门,下同), then in later items (A、B).

The note names only the first unit's role: it leads the item. The others are named in a review
note for the clerk, not given a role the text does not write (fresh12 263's gold).

In a role line (责任单位:A、B(列第一位者为牵头或汇总单位,下同)) the note is no part of the last
unit's name; the units listed all own the item and the first leads it, as with the note after
…等负责 in prose (fresh10 221), in that item and, by its 下同, the items after it."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.clean import fold
from tracker.importer.draft import Owners
from tracker.importer.owners import FIRST_LEADS
from tracker.importer.unit_names import is_unit, split_names


def _closing_bracket(text: str) -> str | None:
    """What the bracket closing the text holds (brackets nested in it kept), else None."""
    s = text.rstrip().rstrip("。.;；")
    if not s.endswith((")", "）")):
        return None
    depth = 0
    for i in range(len(s) - 1, -1, -1):
        if s[i] in ")）":
            depth += 1
        elif s[i] in "(（":
            depth -= 1
            if depth == 0:
                return s[i + 1 : -1]
    return None


def first_listed(text: str, noted: bool) -> Owners | None:
    """The first unit in the item's closing bracket as its lead, when the bracket or an item
    before it (noted) says the first listed leads; None when the bracket is no list of units."""
    inside = _closing_bracket(text)
    if inside is None:
        return None
    note = FIRST_LEADS.search(fold(inside))
    if not (noted or note):
        return None
    listed = inside.split("。")[0] if note else inside
    names = split_names(listed)
    if not names or not all(is_unit(n) for n in names):
        return None
    rest = names[1:]
    review = (f"括号中的其余单位({'、'.join(rest)})原文未写明角色,请核对",) if rest else ()
    return Owners(lead=(names[0],), origin="tag", review=review)


_NOTE_IN_NAME = re.compile(r"\s*[(（][^()（）]*(?:列|排)(?:在)?(?:第一|首)位[^()（）]*[)）]\s*$")


def first_leads_tagged(owners: Owners) -> Owners:
    """A role line's units under the note that the first listed leads: the note dropped from the
    names, the first unit leading, all owning; unchanged where a lead or support is given, and
    where one unit is named alone: the note picks a lead among units listed together. The note
    is dropped from the last name in any case (A、B牵头,C、D(除标注为“牵头”单位外,列第一位的…))."""
    names = tuple(_NOTE_IN_NAME.sub("", n) or n for n in owners.owners)
    if owners.lead or owners.support or len(names) < 2:
        return replace(owners, owners=names) if names != owners.owners else owners
    return replace(owners, lead=names[:1], owners=names)
