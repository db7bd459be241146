"""A page holding two samples of a plan (X方案(一) … X方案(二) / 为了…): the second's title line
and the preamble under it, after the first's last item, are the next plan's, not more paragraphs
of that item."""

from __future__ import annotations

import re

from tracker.importer.clean import Para

# X方案(二) / X策划书2 / X工作计划 / X策划书范文2022(二): a short line closing on a kind of plan (a sample's number
# after it), no sentence mark. Bounded.
_TITLE = re.compile(
    r"[^。;,:!?]{4,40}?(?:方案|计划|計劃|計畫|策划书?|策劃書?)"
    # an essay site's 范文 and the sample's year before its number: X策划书范文2022(二)
    r"(?:范文|范本|模板)?(?:(?:19|20)\d\d)?(?:\((?:\d{1,2}|[一二三四五六七八九十]{1,2})\)|\d{1,2})?"
)
# 为了… / 为… / 根据…: the preamble opening a plan.
_PREAMBLE = re.compile(r"^\s*(?:为了?|為了?|根据|根據|按照)[^。]{8,}")


def before_next_plan(body: list[Para]) -> list[Para]:
    """The paragraphs under a heading up to a plan's title line followed by a preamble."""
    for k in range(len(body) - 1):
        if _TITLE.fullmatch(body[k].norm.strip()) and _PREAMBLE.match(body[k + 1].norm):
            return body[:k]
    return body
