"""A title line that is the site's, the plan's name one part of it.

首頁 > 精品范文 > X工作計劃: the site's path to the page taken for the title line (kept by the
cleaning when its last step is no bare word, a year or a pinyin reading in it); its last step is
the plan's name when it names a plan. 某某宣传片|X宣传方案: the page's name and the plan's joined
by a bar; the one part naming a plan is the title. - 標題:X的通知: an info box's field taken for the
title line, its label the site's.
"""

from __future__ import annotations

import re

_KIND = re.compile(r"(?:方案|计划|計劃|要点|要點|规划|規劃|办法|辦法|细则|細則|预案|預案)(?:\([^()]{1,12}\))?$")
_PATH = re.compile(r"\s*[>›»]\s*")
_LABEL = re.compile(r"^-?\s*(?:标\s*题|標\s*題|名\s*称|名\s*稱)\s*[:：]\s*(?=\S{6})")


def plan_step(title: str) -> str:
    """The part of `title` that names the plan when the site wrote its path (two steps or more
    before the name) or a bar between the page's name and the plan's; `title` itself otherwise."""
    title = _LABEL.sub("", title.strip())
    steps = _PATH.split(title)
    if len(steps) >= 3 and all(steps) and _KIND.search(steps[-1]) and len(steps[-1]) >= 4:
        return steps[-1]
    parts = [p.strip() for p in title.split("|")]
    if len(parts) == 2 and all(len(p) >= 4 for p in parts):
        named = [p for p in parts if _KIND.search(p)]
        if len(named) == 1:
            return named[0]
    return title
