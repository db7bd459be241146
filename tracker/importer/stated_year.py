"""The year a document states, for deadlines written without one.

The 发文日期 of the page's metadata rows, else the first year the document writes (its 文号
〔2023〕, a date, a range (2019-2020年), a class 2024届), skipping the years of documents it cites
and horizons (到2020年); else a date in Chinese numerals, the page's 成文日期, its posting date;
a Taiwan page counts from 1912 (民國96年). A template's masked year (**年) leaves it to the caller.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tracker.importer.clean import Para

# (2024-2026年), or (20242026年) with the range's dash lost: the first year is the plan's.
# 2024届 (a graduating class named by its year) states it as 2024年 does, and so does 2019级
# (a university's class named by the year it entered, 级 not before 别/数: no grade or rank).
_STATED_YEAR = re.compile(
    r"[〔\[(]((?:19|20)\d\d)[〕\])]|((?:19|20)\d\d)\s*(?:[-—~至]?\s*(?:19|20)\d\d\s*)?(?:[年届]|级(?![别数]))"
)


# 2023农村人居环境整治工作计划 (a title line opening on its year, no 年 after it, an essay site's
# sample number 1 perhaps after it): the year the plan is for, even where the body masks it (xx年).
# (…方案 『范文1』: the site's sample mark in corner brackets after it, too)
# 乡镇森林防火工作方案2023(精选7篇) / 篇一:X方案2023【篇1】: a title line closing on its year
# (no 年), the site's count or number of samples perhaps after it, states it too.
_TITLE_YEAR = re.compile(
    r"((?:19|20)\d\d)(?=[\u4e00-\u9fff])[^。;,:!?『』]{2,40}(?:方案|计划|要点)(?:\d|\s*『[^『』]{1,6}』)?"
    r"|(?:篇[一二三四五六七八九十\d]{1,2}:)?[\u4e00-\u9fff][^。;,:!?()【】]{3,40}(?:方案|计划|要点)((?:19|20)\d\d)"
    r"(?:\([^()]{0,10}篇\)|【[^【】]{1,6}】)?"
)


# 二OO八年九月八日 / 二〇一八年: a date written in Chinese numerals, the zeros often typed as the
# letter O or 零 (a signing date): the year written, when none is written in digits.
_CN_DIGIT = "〇一二三四五六七八九"  # 零 / O / ○ (any other character) count as 〇
_SIGNED_CN = re.compile(
    rf"([一二][{_CN_DIGIT}零OoΟо○◯]{{3}})年\s*(?:[一二三四五六七八九十]{{1,2}}|元)月(?:[一二三四五六七八九十]{{1,3}}日)?"
)


# 发文日期 | 2019-11-27 | / | 成文日期 | …: the page's metadata as a `|` row.
_META_ROW_LINE = re.compile(r"^\s*\|?\s*(?:索引号|发布机构|发文日期|成文日期)\s*\|")
# A page's metadata giving the date the document was written (not the date it was posted).
_WRITTEN_ON = re.compile(r"(?:成文|生成|发文)日期\s*[:：|]?\s*((?:19|20)\d\d)-\d{1,2}-\d{1,2}")


# A year left blank on a template (**年, 20xx年, ____年, XX年): the document's own year is unknown.
_PLACEHOLDER_YEAR = re.compile(r"(?:\*{2,4}|20[xX]{2}|[xX]{2,4}|_{2,}|＿{2,})\s*年")
# 我镇2023年 / 本县2023年: the unit speaking of itself, then the year its plan is for.
_OWN_YEAR = re.compile(r"(?:我|本)[镇鎮乡鄉县縣区區市街村校]\s*((?:19|20)\d\d)\s*年")
# 2003年以来 / 自2003年起: a past starting point, not the year written.
_SINCE = re.compile(r"^\s*(?:以来|至今)")
# 2005年10月29日,某医院盛大开业: the day the body was founded (a day, then in the same clause or
# the next the founding; not 2022年是新中国成立70周年, a year's anniversary). Bounded.
_FOUNDED = re.compile(r"\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[^。;是]{0,24}?(?:开业|開業|成立|建校|创办|創辦|始建|建院)")
# 在2010年元旦到来之际: the holiday the activities lead up to, in the year after the one written.
_OCCASION = re.compile(r"^\s*(?:元旦|春节|新年)")


# A page's posting date in its header lines ([日期:2015-06-11], …方案2018-12-04李某老师): the
# year of a page that writes none. A date with a clock time (时间:2022-01-19 09:26:00) is when
# an essay site took the text in, not when it was written.
_POSTED_ON = re.compile(
    r"(?<![\d/-])((?:19|20)\d\d)[-/]\d{1,2}[-/]\d{1,2}(?![\d/-])(?!\s*\d{1,2}\s*:\s*\d{2})"
)
_HEADER_LINES = 4
# 来源: 某县水利局 发布时间: 2023-08-03 15:39: the issuing body's own posting, clock time or not.
_SOURCE_POSTED = re.compile(
    r"来源\s*:\s*[^\s:,;。]{2,30}?(?:局|委|办|政府|中心|厅|院)\s*发布(?:时间|日期)\s*:\s*((?:19|20)\d\d)-\d{1,2}-\d{1,2}"
)
# - 上传时间:2023-02-26 in a document-sharing site's file data: when someone uploaded the file.
_UPLOADED = re.compile(r"上传(?:时间|日期)\s*[:：]?\s*$")


class Stated(NamedTuple):
    year: int
    line: int | None


def stated_year(paras: list[Para]) -> Stated | None:
    """The 发文日期 of a `|` metadata row at the top of the page (发文日期 | 2019-11-27 |), else
    the first year the document writes (文号〔2023〕, 2023年3月28日, (2019-2020年), a header's
    posting date 2018-12-04), or else the 成文日期 / 生成日期 of the page's metadata rows
    (2020-01-24). A placeholder year (**年) written before any year leaves the year to the
    caller. `line` is where a year read from running text stands (a sentence's 2023年, not a
    title's, a 文号's, a signature's or the page's dates), for the clerk to check."""
    # 发文日期 | 2019-11-27 in the page's metadata rows above the text: the day it was issued,
    # before any year its preamble cites (中办发〔2018〕5号)
    meta = [w for p in paras[:12] if _META_ROW_LINE.match(p.norm) and (w := _WRITTEN_ON.search(p.norm))]
    if meta:
        return Stated(int(meta[0].group(1)), None)
    for p in paras:
        titled = _TITLE_YEAR.fullmatch(p.norm.strip())
        if titled:
            return Stated(int(titled.group(1) or titled.group(2)), None)
        found = list(_STATED_YEAR.finditer(p.norm))
        blank = _PLACEHOLDER_YEAR.search(p.norm)
        if blank and (not found or blank.start() < found[0].start()):
            # XX年X方案…为做好我镇2023年秋季…: a template's title masks the year its own
            # preamble then writes (the unit speaking of itself, 我镇 / 我县 / 本区 …)
            at = paras.index(p)
            own = _OWN_YEAR.search(p.norm, blank.end()) or next(
                (m for q in paras[at + 1 : at + 3] if (m := _OWN_YEAR.search(q.norm))), None)
            return Stated(int(own.group(1)), None) if own else None
        # A preamble citing several bases of different years (国发〔2012〕…国办发〔2014〕…)
        # dates none of them to the plan; 到2020年 is a horizon, not the year written.
        cited = {m.group(1) for m in found if m.group(1)}
        for m in found:
            if m.group(1) and len(cited) > 1 or p.norm[max(0, m.start() - 1) : m.start()] == "到":
                continue
            if _SINCE.match(p.norm[m.end() :]) or _OCCASION.match(p.norm[m.end() :]):
                continue
            if _FOUNDED.match(p.norm[m.end() :]):
                continue  # 2005年10月29日,某医院盛大开业: the body's history, not the plan's year
            return Stated(int(m.group(1) or m.group(2)), p.first)
    for p in paras:
        signed = _SIGNED_CN.search(p.norm)
        if signed:
            return Stated(int("".join(str(max(_CN_DIGIT.find(c), 0)) for c in signed.group(1))), None)
    for p in paras[:12]:
        w = _WRITTEN_ON.search(p.norm)
        if w:
            return Stated(int(w.group(1)), None)
    for p in paras[:_HEADER_LINES]:
        posted = _POSTED_ON.search(p.norm) or _SOURCE_POSTED.search(p.norm)
        if posted and not _UPLOADED.search(p.norm[: posted.start()]):
            return Stated(int(posted.group(1)), None)
    if any(_ROC_MARK.search(p.norm) for p in paras):
        for p in paras[:6]:  # 100年某縣X計畫書: the title opening on its year states it
            titled = _ROC_TITLE.fullmatch(p.norm.strip())
            if titled:
                return Stated(int(titled.group(1)) + 1911, None)
        for p in paras:
            roc = _ROC_DATE.search(p.norm)
            if roc:
                return Stated(int(roc.group(1)) + 1911, None)
    return None


# A Taiwan document counts years from 1912 (民國96年, 95學年度): 96年5月5日 is 2007-05-05. A year
# of three digits before its month (110年3月) can be no other calendar's, 民國 written or not.
_ROC_MARK = re.compile(r"民國|民国|\d{2,3}\s*學年度|\d{2,3}\s*学年度|(?<!\d)1[0-2]\d\s*年\s*\d{1,2}\s*月")
_ROC_DATE = re.compile(r"(?<!\d)(\d{2,3})\s*年\s*\d{1,2}\s*月")
_ROC_TITLE = re.compile(r"(\d{2,3})\s*年度?[^\d。;,:!?]{2,40}(?:方案|计划书?|計畫書?|要点)")
