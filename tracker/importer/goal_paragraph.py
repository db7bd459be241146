"""Goals stated before a plan's first heading, where the page dropped the goal section's heading.

A site can drop 一、工作目标 and leave its paragraph standing between the preamble and the first
numbered heading, or run it into the preamble on one line (…根据X精神, 40%以上的家庭获得签约服务,
重点人群签约服务覆盖率达60%以上;): a sentence there saying a rate is to reach a value (X率达100%,
覆盖率达到95%) states the plan's goals, each number with a unit in it one goal. Only read when the
plan has no goal otherwise; a sentence telling what was already reached (已, 目前, 去年, 截至 …)
is background, not a target. A paragraph there saying its clauses are the main targets
(2023年全县经济社会发展的主要目标和任务是:地区生产总值增长8%以上;…) states goals in every
clause after its colon, no rate said to reach a value; so does one naming the year's expected
targets (全年经济社会发展预期目标:GDP达2.92亿元,比上年增长10%;…), 比上年 a comparison, no past figure,
and so is 同比 there (预期目标:…增加值同比增长8.5%). A sentence aiming (力争 / 确保) at figures
bounded by ≥ / ≤ (力争实现X率≤2.8%、Y率≥98%的核心目标) lists targets too, each baseline in brackets after
one ((2025年基线3.2%)) left out.
"""

from __future__ import annotations

import re

from tracker.importer.clean import Para
from tracker.importer.goals import goals_in

_SENTENCE = re.compile(r"[^。;；!?]+")
_RATE_REACHED = re.compile(r"率\s*(?:达到|达|提高到|提升到|不低于)\s*\d{1,3}(?:\.\d+)?\s*%")
# …的主要目标和任务是: / 主要预期目标为: / 全年经济社会发展预期目标:: the paragraph says the clauses
# after it are the targets.
_TARGETS_NAMED = re.compile(r"(?:主要(?:预期)?目标(?:和任务|任务)?\s*(?:是|为)|预期目标)\s*[:：]")
# 比上年增长10%: a target set against last year, no past figure
_PAST = re.compile(r"已|目前|现有|截至|截止|去年|(?<!比)上年|近年|累计|同比|以来")
# 预期目标:…同比增长8.5%: in a paragraph naming the targets, 同比 sets one against last year too
_PAST_LISTED = re.compile(r"已|目前|现有|截至|截止|去年|(?<!比)上年|近年|累计|以来")
# …力争实现X率≤2.8%、Y率≥98%的核心目标 / 确保Z≥95%: a sentence aiming at figures bounded by ≥ / ≤
# lists targets as a paragraph naming them does. Bounded stretch.
_AIMED = re.compile(r"(?:力争|确保)[^。;；]{0,200}?[≥≤]\s*\d")
# (2025年基线3.2%): the baseline after a target, last year's figure, no goal.
_BASELINE = re.compile(r"\([^()]{0,12}基线[^()]{0,12}\)")


def goals_before_headings(body: list[Para]) -> list[tuple[str, float, str, Para]]:
    """(clause as written, target, unit, paragraph) for each goal the unnumbered paragraphs before
    the first heading state in a sentence saying a rate is to reach a value."""
    out: list[tuple[str, float, str, Para]] = []
    for p in body:
        if len(p.text) != len(p.norm):
            continue
        named = _TARGETS_NAMED.search(p.norm)
        for s in _SENTENCE.finditer(p.norm):
            listed = named is not None and s.end() > named.end() or bool(_AIMED.search(s.group(0)))
            if not (listed or _RATE_REACHED.search(s.group(0))) \
                    or (_PAST_LISTED if listed else _PAST).search(s.group(0)):
                continue
            text, norm = p.text[s.start() : s.end()], s.group(0)
            for b in reversed(list(_BASELINE.finditer(norm))):  # the same span of both: equal lengths
                text, norm = text[: b.start()] + text[b.end() :], norm[: b.start()] + norm[b.end() :]
            out += [(wording, target, unit, p) for wording, target, unit in goals_in(text, norm)]
    return out
