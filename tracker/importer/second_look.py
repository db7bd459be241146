"""A second look at a title that does not read as one.

The title block rules (plan_title.py, titleblock.py) each know one shape of page. On a page of a
shape none of them knows they come back with no title, a sentence, or the site's chrome (a
path, a byline, a sample's number). Such an answer is checked here on features every title
shares, whatever the page: it names a kind of document at its end (方案, 计划, 措施, 清单 …),
holds no sentence punctuation and none of a site's words, and is of a title's length. When
the answer fails that, the lines of the title block (above the plan's first 一、 or (一)) are
read for one that passes: a whole line, a part of one split at a site's separators (> _ |),
a title run into its preamble (X方案为…), or the plan a cover notice hands out. A candidate
must stand over the plan's opening text (a preamble, a numbered heading, prose); of several,
one the page shows twice is taken first, then the earliest. The first answer stays whenever it passes, so a page
the rules read is never read differently here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.importer.clean import Para, fold
from tracker.importer.cover_notice import notice_name
from tracker.importer.headings import heading_of

# The kinds of document a plan's title ends on (folded: Simplified, half-width).
_KIND = re.compile(
    r"(?:方案|计划|计画|计划书|计画书|策划|策划书|策划案|意见|办法|细则|要点|规划|预案|安排|措施|举措"
    r"|清单|台账|表|任务|分解|分工|方针|责任书|规程|规则|纲要|总则|目标|情况|报告|路线图|校历|行事历)$"
)
# A notice's title is a title too (the plan it hands out is read from it below).
_NOTICE_END = re.compile(r"(?:通知|决定|的函)$")
# Brackets closing a title: (2019—2020年), (试行), (征求意见稿).
_TAIL = re.compile(r"(?:[(][^()]{1,20}[)])+$")
# A document site's word for a sample after the name (X方案范文参考, X方案模板).
_SITE_WORD = re.compile(r"(?:范文|参考|模板|范本|例文)+$")
# What a site writes around a title: its path, bars, byline, counters, dates, file names.
_CHROME = re.compile(
    r"当前位置|所在位置|首页|[>»›|]|VIP|作者:|栏目|来源:|发布|浏览|点击|下载|分享|收藏|打印|字号"
    r"|范文\d|精选篇|推荐|\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日印发|\.docx?|\.pdf",
    re.I,
)
_SENTENCE = re.compile(r"[。;!?,:]")
# A heading's number: one the heading rules did not take ((一)落实… with its bracket lost,
# 2.1.1 X), or a chapter's (第一章总则).
_NUMBERED = re.compile(r"^(?:[\d一二三四五六七八九十]+[)、.]|\d+(?:\.\d+)+|第[\d一二三四五六七八九十]+[章节条部])")
# Where the plan's body starts: its first 一、, (一) or 第一章.
_BODY_KINDS = frozenset({"cn", "pcn", "formal"})
# A title run into its preamble or its addressees: X实施方案为… / X方案各村委会:…
_GLUED = re.compile(
    r"(方案|计划|计画|意见|办法|细则|要点|规划|预案|措施|安排)"
    r"(?=为|根据|按照|依据|各[^,。:]{1,40}:|\d{4}\s*年)"
)
# What opens the text under a title: a preamble, or a year (2023年是…).
_PREAMBLE = re.compile(r"^(?:为|根据|按照|依据|\d{4}\s*年|今年|近年)")


def reads_as_title(title: str) -> bool:
    """Whether `title` has what every plan's title has (see the module's docstring)."""
    n = re.sub(r"\s+", "", fold(title))
    if not n or n.startswith("未命名方案"):
        return False
    core = _TAIL.sub("", _SITE_WORD.sub("", n) or n)
    return (
        5 <= len(n) <= 80
        and not _NUMBERED.match(n)
        and not _CHROME.search(n)
        and not _SENTENCE.search(core)
        and bool(_KIND.search(core) or _NOTICE_END.search(core))
    )


def second_look(paras: list[Para], found: str, tidy: Callable[[str], str]) -> str | None:
    """A title from the title block when `found` does not read as one, or None."""
    if reads_as_title(found):
        return None
    block = []
    for p in paras[:30]:
        h = heading_of(p.norm.strip())
        if h is not None and h.kind in _BODY_KINDS:
            break
        block.append(p)
    shown = [re.sub(r"\s+", "", fold(p.text)) for p in block]
    best: tuple[int, str] | None = None
    for i, p in enumerate(block):
        if heading_of(p.norm.strip()) is not None or _NUMBERED.match(p.norm.strip()):
            continue
        for piece, rest in _pieces(p.text.strip()).items():
            t = tidy(piece)
            n = re.sub(r"\s+", "", fold(t))
            if not reads_as_title(t) or _NOTICE_END.search(n):
                continue
            under = rest if rest is not None else next((q.norm.strip() for q in block[i + 1 :] if q.norm.strip()),
                                                       "")
            score = 2 * _opens_text(under) + (sum(n in s for s in shown) > 1)
            if score >= 2 and (best is None or score > best[0]):
                best = (score, t)
    return best[1] if best else None


def _pieces(line: str) -> dict[str, str | None]:
    """The parts of a line that may be a title, each with the text run on after it (None:
    the text under it is on the next line)."""
    bars = line.count("|") + line.count("｜")
    separators = r"[>»›_]" if bars > 1 else r"[>»›|｜_]"  # two bars or more: a table's row
    pieces: dict[str, str | None] = {x: None for x in (line, *re.split(rf"\s*{separators}\s*", line)) if x}
    folded = fold(line)
    for m in _GLUED.finditer(folded[:100]):
        pieces.setdefault(line[: m.end(1)], folded[m.end(1) :])
    if named := notice_name(line, folded):
        pieces.setdefault(named, "")
    return pieces


def _opens_text(under: str) -> bool:
    """Whether what stands under a title opens the plan: a preamble, a numbered heading, or
    prose (a long line over commas)."""
    return bool(_PREAMBLE.match(under)) or heading_of(under) is not None or (len(under) > 40 and "," in under)


def title_note(title: str) -> str | None:
    """What the clerk should check about a draft's title: that it was made up, or that it does
    not read as a title (a site's words, a sentence, a number), or None."""
    if title.startswith("未命名方案"):
        return "标题为自动生成,请按原文补充"
    if not reads_as_title(title):
        return "标题不像方案名称(可能含网页文字、句子或编号),请按原文核对"
    return None
