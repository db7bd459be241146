"""The title block of a page, where the rules in plan_title.py leave it unnamed.

A document site's page flattened to one line can open with the site's file name (two samples'
names joined, then 范文) before the document's own title, its 范文稿 and its preamble
(…方案与…方案范文县X方案范文稿为…): the plan's title is the last one, right before the preamble.
An excerpt can open with the document's outline (目录/提纲: and its headings) before the title:
the outline is no plan of its own, the title under it names the plan. A page's headline over a copy
of the title glued to the first heading, the same words but for quote marks, is the title. An essay
site's collection heading (X2023(通用5篇)) before its first sample's heading (X2022篇1) and preamble,
all on one line, names the plan X; so does a file name ending in X before the heading X glued to
the preamble (…_X方案三X方案三为…). An essay site's “X计划”学校工作计划 names the plan X. A
title run into a preamble that opens with no 为 / 根据 but ends saying this very plan is made
(X方案冬季是…,特制定本方案。 / 特制定本园X计划。), after a document site's page marker (第1页共3页) if any, names X.
A page holding nothing but a plan's title (X实施方案 第3页) names the plan, its page number aside.
A title line's own 文号 in brackets after it, the count of its items (X分工方案(共计121项)), or
the addressees glued to it (X方案各村委会、镇直各单位:), are no part of the title. A line naming only
a kind of plan (责任分解方案) under a line of the title's subject (…目标任务) ends a title broken in two.
A government site's info box (名 称: | X实施方案 |) names the plan when no title line does. An
uploaded file's name keeps neither its page count and extension nor the site's words run into it
(X方案(18页).docx下载文档上传人:…). A template's name glued to its table of contents (…参考模板一、
背景分析) is the file's name as written. A page's first line that ends in the bare title found lower
down and names more (X创建时间表和路线图 over 时间表和路线图) names the plan fully. A cover notice
names the plan it sends in its title (关于印发《X》的通知) or in its sentence handing it out
(《X》已经…同意,现印发给你们).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from tracker.importer.clean import Para
from tracker.importer.headings import heading_of


def _named(find: Callable[[str], re.Match[str] | None], p: Para, within: int) -> str | None:
    """The title `find` names (its first group) in the first `within` characters of the line, as
    the page wrote it; None when it names none, or when the cleaned line no longer lines up with
    the written one."""
    m = find(p.norm[:within])
    if m is None or len(p.text) != len(p.norm):
        return None
    return p.text[m.start(1) : m.end(1)].strip()

# The words that name a kind of plan at a title's end, and what opens the preamble after a
# title run into it, shared by the finders below.
_KIND = "(?:方案|计划|意见|办法|细则|要点|预案)"
_KINDS = "方案|计划|計劃|意见|意見|办法|辦法|细则|細則|要点|要點|预案|預案"  # with the Traditional forms
_PLAN_KINDS = "方案|计划|計劃|办法|辦法|细则|細則|预案|預案"
_PREAMBLE = r"(?=[为為]|根据|根據|按照|依据|依據)"

_AFTER_FILE_NAME = re.compile(
    r"(?:范文|范本|模板)\s*"
    r"([^。;:,【】“”《》\s]{4,60}?" + _KIND + ")"
    r"(?:范文稿?|范本|模板|稿)?"
    + _PREAMBLE
)


def title_after_file_name(p: Para) -> str | None:
    """The plan's own title between a site's file name (…范文) and the preamble on one line."""
    return _named(_AFTER_FILE_NAME.search, p, 160)


# X方案2023(通用5篇)X方案2022篇1为…: an essay site's collection heading (a year, its count of
# samples), then its first sample's heading (a year, 篇1), then the sample's preamble, on one line.
# Each stretch is bounded, so the match cannot backtrack far.
_SAMPLE_AFTER_COLLECTION = re.compile(
    r"(?<=[^\s。;:,()]{4})\s*\([\u4e00-\u9fff]{0,4}\d{1,3}篇\)\s*"
    r"([^。;:,()\d]{4,60}?(?:方案|计划|計劃|计划书|意见|意見|办法|辦法|细则|細則|要点|要點|预案|預案))"
    r"\s*(?:\d{4}\s*年?)?\s*篇\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*"
    + _PREAMBLE
)


def title_after_collection(p: Para) -> str | None:
    """The sample's own name after an essay site's collection heading on one flattened line (the
    site's notice, joined to it by the page, may come first)."""
    return _named(_SAMPLE_AFTER_COLLECTION.search, p, 200)


# …_X方案三X方案三为…: a document site's file name ending in the plan's name (and the sample's
# number), then the document's own heading, the same words, glued to the preamble by the page.
_NAME_TWICE_GLUED = re.compile(
    r"(?<![^\s_:：|/])([^\s。;:,_|/]{4,40}" + _KIND + ")"
    r"([一二三四五六七八九十]{1,2}|\d{1,2})?\s*\1\2?"
    + _PREAMBLE
)


def title_named_twice(p: Para) -> str | None:
    """The plan's name written twice, glued, right before its preamble (a file name, then the heading)."""
    return _named(_NAME_TWICE_GLUED.search, p, 240)


# “X计划”学校工作计划: an essay site's title, the sample's name in quote marks, then the site's
# category for it.
_QUOTED_NAME = re.compile(
    r"[“\"]([^“”\"]{4,40}(?:方案|计划|計劃|意见|办法|细则|要点|预案))[”\"]"
    r"[\u4e00-\u9fff]{0,8}(?:工作)?(?:方案|计划|計劃|范文|总结)"
)


def quoted_name(title: str) -> str | None:
    """The sample's name an essay site quotes before its category (“X计划”学校工作计划), or None."""
    m = _QUOTED_NAME.fullmatch(title.strip())
    return m.group(1).strip() if m else None


# 目录/提纲: / 目录 / 提纲: a document's outline before its title, its headings listed alone.
_OUTLINE = re.compile(r"^\s*(?:目\s*录|提\s*纲)(?:\s*/\s*(?:目录|提纲))?\s*[:：]?\s*[…\.]*\s*$")


def is_outline(paras: list[Para]) -> bool:
    """A piece of a page that is the document's outline: its label, then short lines, most of
    them headings (the excerpt's title and body follow)."""
    if len(paras) < 4 or not _OUTLINE.match(paras[0].norm):
        return False
    rest = [p.norm.strip() for p in paras[1:]]
    return all(len(n) <= 40 for n in rest) and sum(heading_of(n) is not None for n in rest) >= len(rest) * 2 / 3


_QUOTES = re.compile(r"[“”\"‘’'「」\s]")


def headline_above(paras: list[Para], i: int) -> str | None:
    """The page's headline over a copy of the title glued to 一、 (…方案一、指导思想, cut apart by the
    cleaning) when the two name the same plan, quote marks aside: the line standing alone."""
    title = _QUOTES.sub("", paras[i].norm)
    for q in paras[max(0, i - 3) : i]:
        if q.last < paras[i].first and q.norm.strip() != paras[i].norm.strip() and _QUOTES.sub("", q.norm) == title:
            return q.text.strip()
    return None


# 二○一四年一月十日 / 二〇二〇年三月: a signing date in Chinese numerals (the zero often typed as
# ○, 〇, 零 or the letter O).
_CN_DATE = re.compile(r"[一二三四五六七八九〇○零OoΟ]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月(?:\s*[一二三四五六七八九十]{1,3}\s*日)?")


def signing_date(norm: str) -> bool:
    """A cover notice's signing date in Chinese numerals: no piece of the title under it."""
    return bool(_CN_DATE.fullmatch(norm.strip()))


# 第1页共3页X方案秋季是…,特制定本工作方案。: a document site's page marker, then the title run
# into a preamble whose first sentence ends by saying this very plan is made. Each stretch is
# bounded and a full stop parts the preamble's two sentences, so the match cannot backtrack far.
_TITLE_THEN_THIS_PLAN = re.compile(
    r"^\s*(?:第\s*\d{1,3}\s*[页頁]\s*共\s*\d{1,3}\s*[页頁]\s*)?"
    r"([^。;:,“”《》()\s]{4,60}?(?:" + _PLAN_KINDS + "))"
    r"[^。;:]{2,160}?(?:。[^。;:]{0,160}?)?"
    r"(?:特|现|現)?(?:制定|製定|制订|製訂)本[\u4e00-\u9fff]{0,12}?(?:" + _PLAN_KINDS + ")"
)


def title_before_this_plan(p: Para) -> str | None:
    """The title glued to a preamble that says this plan is made (…特制定本方案) on one flattened
    line, a document site's page marker before it left out, or None."""
    return _named(_TITLE_THEN_THIS_PLAN.match, p, 400)


# 2021年X实施方案 / X的实施方案 第3页: a page that is nothing but a plan's title (a search hit whose
# body was not kept), the site's page number after it perhaps. Bounded, no sentence mark in it.
_PAGE_NUMBER = re.compile(r"\s*第\s*\d{1,3}\s*[页頁]\s*$")
_BARE_TITLE = re.compile(
    r"[^。;,:!?、“”《》\s]{4,60}(?:" + _KINDS + "|规划|規劃)"
)


def title_only(paras: list[Para]) -> str | None:
    """The plan's title when the page holds that title and nothing else (a page number after it
    left out), or None."""
    if len(paras) != 1:
        return None
    p = paras[0]
    norm = _PAGE_NUMBER.sub("", p.norm).strip()
    if heading_of(norm) is not None or not _BARE_TITLE.fullmatch(norm):
        return None
    text = _PAGE_NUMBER.sub("", p.text).strip()
    return text if len(text) == len(norm) else norm


# A title's own 文号 in brackets after it: 2021年县政府重点工作任务(华政发〔2021〕2号).
_DOC_NUMBER = re.compile(r"\s*\([^()]{0,12}[〔\[]\d{4}[〕\]]\s*\d+\s*号\)\s*$")
# X分工方案(共计121项): the count of the plan's items the page wrote after its title.
_ITEM_COUNT = re.compile(r"\s*\(\s*共计?\s*\d{1,4}\s*[项条个]\s*\)\s*$")
# X实施方案各行政村、镇直各单位: the addressees of the plan glued to its title (the page lost the
# break between them): up to the colon closing the line, naming 各… units. Bounded stretches.
_ADDRESSEES = re.compile(
    r"(?<=方案|计划|計劃|意见|意見|办法|辦法|细则|細則|预案|預案)"
    r"\s*[^。;:,!?《》\s]{0,8}各[^。;:,!?《》\s]{1,40}[:：]\s*$"
)


_EMPTY_CELLS = re.compile(r"(?<=[^|\s])\s*\|\s*\|[\s|]*$")
# 某文旅发[2021]13号X方案: the document's number glued before the title on its line. Bounded.
_NUMBER_BEFORE = re.compile(r"^\s*[\u4e00-\u9fff]{1,8}\s*[〔\[［]\d{4}[〕\]］]\s*\d{1,4}\s*[号號]\s*(?=\S{6})")


def without_trailers(p: Para) -> Para:
    """A title line without what the page wrote around the title itself: its 文号 in brackets
    after it, or glued before it (某发[2021]13号X方案), the empty cells of the row it is
    the caption cell of (X | ||), or the addressees glued to it
    (X方案各村委会、镇直各单位:)."""
    cells = _EMPTY_CELLS.search(p.norm)  # X任务分解 | ||: the title in a caption cell, the rest empty
    if cells and cells.start() >= 6 and len(p.text) == len(p.norm):
        p = Para(p.first, p.last, p.text[: cells.start()], p.norm[: cells.start()])
    before = _NUMBER_BEFORE.match(p.norm)
    if before and len(p.text) == len(p.norm) and re.search("(?:" + _KINDS + ")$", p.norm.strip()):
        p = Para(p.first, p.last, p.text[before.end() :], p.norm[before.end() :])
    m = _DOC_NUMBER.search(p.norm) or _ITEM_COUNT.search(p.norm) or _ADDRESSEES.search(p.norm)
    if not m or m.start() < 6 or len(p.text) != len(p.norm) and m.re is _ADDRESSEES:
        return p
    return Para(p.first, p.last, p.text[: m.start()], p.norm[: m.start()])


# 责任分解方案 / 实施方案 / 工作方案及重点工作任务清单: a line naming only a kind of plan (and the
# list sent with it), no subject of its own.
_BARE_KIND = re.compile(r"(?:责任|任务)?(?:分解|分工)?(?:工作|实施)?(?:方案|计划|計劃|办法|辦法|细则|細則)"
                        r"(?:[及和暨](?:重点)?(?:工作)?(?:任务)?(?:清单|分工表|分解表))?")


def bare_kind(norm: str) -> bool:
    """A title line that names only a kind of plan (责任分解方案): the end of a title broken in
    two, the subject on the line above."""
    return _BARE_KIND.fullmatch(norm.strip()) is not None


def title_start(paras: list[Para], at: int, floor: int) -> int:
    """Where a plan's title starts when its line `at` opens a plan: the line above when `at`
    names only a kind of plan (责任分解方案) and the line above, after `floor`, is a short line
    with no sentence mark (2022年市《政府工作报告》目标任务), the title's subject."""
    if at - 1 <= floor or not bare_kind(paras[at].norm):
        return at
    n = paras[at - 1].norm.strip()
    if 4 <= len(n) <= 30 and heading_of(n) is None and not re.search(r"[。;,:!?|：；，]", n):
        return at - 1
    return at


# 名 称: | X实施方案 | / 名称:X实施方案 / | 标题:X工作计划 | |: the name or title field of a
# government site's info box.
_INFO_NAME = re.compile(
    r"^\s*(?:\|\s*)?(?:名\s*称|[标標]\s*[题題])\s*:\s*\|?\s*([^|:。;,\s]{4,60}(?:" + _KINDS + "|台账))"
    r"\s*(?:\|\s*)*$"
)


def info_box_name(paras: list[Para]) -> str | None:
    """The plan named by the 名称 (or 标题) field of a government site's info box at the top of
    the page, or None."""
    for p in paras[:12]:
        m = _INFO_NAME.match(p.norm)
        if m and len(p.text) == len(p.norm):
            return p.text[m.start(1) : m.end(1)].strip()
    return None


# X方案(18页).docx下载文档上传人:…: a document site's file name, its page count and extension, and
# the site's words the page ran into it.
_UPLOAD_TAIL = re.compile(r"(?<=\S{4})\s*(?:\(\s*\d{1,4}\s*[页頁]\s*\))?\s*\.(?:docx?|pdf|wps)(?:\s*(?:下[载載]|上[传傳]).*)?$",
                          re.IGNORECASE)


# X(五篇汇编).docx某校Y实施方案: an uploaded file's name, then the document's own title run into it.
_FILE_BEFORE_TITLE = re.compile(
    r"^[^\s。;:,]{4,60}?\.(?:docx?|pdf|wps)\s*-?\s*"
    r"(?=[^\s。;:,.]{4,60}?(?:" + _KINDS + ")$)",
    re.IGNORECASE,
)


# X工作计划范文: a sample site's word for its samples after the plan's name.
_SAMPLE_WORD = re.compile(r"(?<=\S{4})(?<=" + _KINDS + r")\s*(?:范文|範文|范本|範本)$")


def without_upload_tail(title: str) -> str:
    """A title without an uploaded file's page count, extension and the site's words after it
    (a sample site's 范文 too, on a title glued to its contents as on a line of its own), nor the
    file's name before the document's own title run into it."""
    title = _FILE_BEFORE_TITLE.sub("", title).strip() or title
    title = _UPLOAD_TAIL.sub("", title).strip() or title
    return _SAMPLE_WORD.sub("", title).strip() or title


def glued_to_contents(paras: list[Para], title: str) -> bool:
    """A template's name glued to its table of contents (…工作方案参考模板一、背景分析, cut apart
    when the page is cleaned) is the file's name as written: its 模板 / 范文 are the file's own
    words, not a sample site's addition."""
    for p, q in pairwise(paras):
        if p.text.strip().replace(" ", "") == title.replace(" ", "") and q.first == p.first:
            h = heading_of(q.norm)
            return h is not None and h.kind == "cn" and h.number == 1
    return False


def fuller_headline(above: list[Para], title: str, is_title_line: Callable[[Para], bool]) -> str | None:
    """The page's first line when it ends in `title`, a bare kind of plan with no subject (at most
    eight characters), and names more (平安校园创建时间表和路线图 over the document's own
    时间表和路线图), or None."""
    if not above or not title or len(title) > 8:
        return None
    head = above[0].text.strip().replace(" ", "")
    if len(head) > len(title) and head.endswith(title) and is_title_line(above[0]):
        return head
    return None


# 关于印发《X方案》的通知: a cover notice names the plan it sends.
_SENDS = re.compile(r"关于(?:印发|下发|转发|发布)\s*《([^《》]{4,60})》\s*的(?:通知|函)$")


# 《X》已经县政府研究同意,现印发给你们: the notice's sentence handing the plan out names it too
# (a page flattened to one line, the notice's title run into it). Bounded stretches.
# Also 《X》已经县政府同意,现予以印发, and the other order, 经区政府同意,现将《X》印发给你们.
_HANDS_OUT = re.compile(
    r"《([^《》]{4,60})》\s*(?:已经|已|经)[^。《》]{0,30}?(?:同意|通过|审定)[,，]?\s*现予?以?印发"
    r"|(?:同意|通过|审定)[,，]\s*现将\s*《([^《》]{4,60})》\s*(?:印发|下发)给"
)


def sent_by_notice(paras: list[Para]) -> str | None:
    """The plan a cover notice on the page sends (关于印发《X》的通知 gives X, and so does
    《X》已经…同意,现印发给你们), or None: the plan's name when no title line above its body
    was found."""
    for i, p in enumerate(paras[:40]):
        m = _SENDS.search(p.norm.rstrip()) or _HANDS_OUT.search(p.norm)
        if m:
            g = 1 if m.start(1) >= 0 else 2  # the plan named before the consent, or after it
            name = (p.text if len(p.text) == len(p.norm) else p.norm)[m.start(g) : m.end(g)].strip()
            # the plan's own title line under the notice (X计划(2016—2020年) for X计划[2016-2020年]):
            # the name as the plan writes it
            own = next((q.text.strip() for q in paras[i + 1 : i + 24] if _same_name(q.norm, name)), None)
            return own or name
    return None


def _same_name(line: str, name: str) -> bool:
    def plain(t: str) -> str:
        return re.sub(r"\s", "", re.sub(r"[—–~－]", "-", t.translate(_BRACKETS)))
    return len(line) <= 60 and plain(line) == plain(name)


_BRACKETS = str.maketrans("[【〔（]】〕）", "((((" + "))))")
