"""Heading markers: 一、 / (一) / ㈠ / 1. / 1、 / (1) / ① / 一是 / 第一阶段 / "单位:" labels.

`heading_of(norm)` recognises a marker at the start of a folded paragraph. Both the cleaner
(is the next line a new heading, or the rest of a broken one?) and the tree builder ask it, so
it lives below both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_CN = "一二三四五六七八九十"
_CN_VALUE = {c: i for i, c in enumerate(_CN, 1)}
_UNIT_CHARS = "年月日号个万元人次岁天周时分秒点期批项条名户"

# 壹 貳 參 肆 …: the formal numerals a Taiwan plan heads its sections with, above its 一、 items.
_FORMAL = "壹贰貳叁參肆伍陆陸柒捌玖拾"
_FORMAL_VALUE = {c: v for v, cs in enumerate(("壹", "贰貳", "叁參", "肆", "伍", "陆陸", "柒", "捌", "玖"), 1)
                 for c in cs}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("formal", re.compile(rf"^([{_FORMAL}]{{1,3}})\s*[、.．]\s*")),
    ("stage", re.compile(rf"^第([{_CN}\d]{{1,3}})(?:阶段|时段|步|周(?=\s*:))\s*[:、.,]?\s*")),
    ("shi", re.compile(rf"^([{_CN}]{{1,2}})是(?=[\u4e00-\u9fff“\"《])")),
    # not 一、二期工程 / 一、二等奖 (the first and second phases or prizes, a list of numerals)
    ("cn", re.compile(rf"^([{_CN}]{{1,3}})\s*[、.．](?![{_CN}]{{1,2}}(?:期|等奖|季度|批|年级))\s*")),
    ("pcn", re.compile(rf"^\(([{_CN}]{{1,3}})\)\s*[、.,]?\s*")),
    # ㈠ … ㈩: (一) … (十) written as one character each
    ("pcn", re.compile(r"^([㈠-㈩])\s*")),
    ("pnum", re.compile(r"^\((\d{1,2}|l)\)\s*[、.]?\s*")),
    ("pnum", re.compile(r"^(\d{1,2})\)\s*")),
    ("circ", re.compile(r"^([①-⑳])\s*")),
    # a. / b、/ c): items lettered under a numbered heading (1.主要目标: / a.…), below its numbers
    ("latin", re.compile(r"^([a-h])\s*[.．、)]\s*(?=[\u4e00-\u9fff])")),
    # Decimal numbering of 预案 and standards: 1.1编制目的 / 2.1.1 县应急领导小组, below 1 总则.
    ("dec3", re.compile(rf"^\d{{1,2}}\.\d{{1,2}}\.(\d{{1,2}})(?![\d.])\s*(?=[\u4e00-\u9fff])(?![{_UNIT_CHARS}万亿])")),
    ("dec2", re.compile(rf"^\d{{1,2}}\.(\d{{1,2}})(?![\d.])\s*(?=[\u4e00-\u9fff])(?![{_UNIT_CHARS}万亿])")),
    ("num", re.compile(r"^(\d{1,2})\s*[.、．,](?!\d+(?:\.\d+)?[^\dxX年])\s*")),
    # 2、3月18日至28日,各班…: an item opening with its date (2.3 would be a decimal, 2、 is not)
    # 4、5月11—13日为… (the first day without 日, its range's end with it) opens with its date too.
    ("num", re.compile(r"^(\d{1,2})、(?=\d{1,2}\s*月\s*\d{1,2}\s*(?:日|[—–~至到-]\s*\d{1,2}\s*日))")),
    # 4。六1班负责…: a label typed with the full stop of Chinese text.
    ("num", re.compile(r"^(\d{1,2})。(?=[\u4e00-\u9fff])")),
    ("num", re.compile(rf"^(\d{{1,2}})(?=[\u4e00-\u9fff])(?![{_UNIT_CHARS}])")),
    # 1 总则: a number, a space and a short heading (not 10 月底前…, not a count).
    ("num", re.compile(rf"^(\d{{1,2}})\s+(?=[\u4e00-\u9fff]{{2,12}}$)(?![{_UNIT_CHARS}万亿])")),
]
RANK = {
    "formal": -1, "cn": 0, "stage": 1, "pcn": 1, "label": 2, "num": 3, "dec2": 3.3, "dec3": 3.6, "pnum": 4,
    "latin": 4.5, "circ": 5, "shi": 6,
}

# "教育管理中心:" / "镇水利站:负责…" / "建筑施工:由…牵头": a short label and a colon.
LABEL = re.compile(r"^([^,;。:()|]{2,16}?(?:\([^)]{1,10}\))?)\s*:\s*")
NOT_LABEL = re.compile(
    r"组长|组员|成员|时间|地点|目标|原则|要求|指导思想|内容|对象|范围|主题|形式|备注|说明|附件|电话|联系人"
    r"|牵头|责任|配合|协办|协助|协作|时限|期限|领导|负责人|者$|人$"
    # a page's metadata rows (发布机构: / 索引号: / 文号: …) name the page, not a unit's work
    r"|发布|索引|文号|分类|日期|来源|关键词|咨询|公开|生成|时效|有效|废止|名称|标题|主题|作者|浏览"
    r"|位置|字号|成文|编号|发文机关|发文部门|发文单位|文件类型|^[•·\s]*所属单位$"  # a file library's info box (• 发文机关:)
    r"|文件大小|页数$|字数$"  # a document site's rows on the file (文件大小: / 总页数: / 总字数:)
    # 活动路线: / 行进路线: the way an activity goes, a field of its item, not a unit's work
    r"|路线"
    # 组织机构: / 联系方式: head a list of posts or of telephone numbers, not a unit's work
    r"|机构$|联系"
    # 第一篇:X实施方案: an essay site's number of its sample before the sample's title
    r"|^第[一二三四五六七八九十\d]{1,3}篇$"
)
# A line that only carries an item's roles or deadline: "牵头单位:区发改局", "完成时限:6月底".
ROLE_LINE = re.compile(
    r"^[(\[【〔]?\s*(?:工作)?(?:主要)?(?:牵头责任|牵头|责任|配合|协办|协助|协作|主办|承办|参与|总责任|主责|负责)"
    r"(?:单位|部门|科室|处室|股室|主体|领导|人)(?:\((?:单位|部门|科室|处室|股室)\))?\s*:"
    r"|^[(\[【〔]?\s*(?:完成时限|完成期限|完成时间|时间节点|时限要求)\s*:"
    # 校办――责任人杨己主任,主要运用…: an office and its person in charge, under a group's item
    r"|^[^,;。:]{1,12}(?:[―—–]{1,2}|-{2})\s*责任人"
    # 由乡农技站承办,乡畜牧站、卫生院配合。: a paragraph that is only who does the item, or
    # opens with that sentence (…协办。治理工作目标:…, the page having lost the line break)
    r"|^由[^,;。:]{2,30}(?:承办|负责|牵头)\s*[,，][^,;。:]{2,60}(?:配合|协助|协办)\s*(?:[。.]|$)"
)


# An item's number opening a clause or a unit list ((一) / 1、 / 一.), however the heading rules
# would read it.
HEAD_LABEL = re.compile(r"^(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])\s*")


@dataclass(frozen=True, slots=True)
class Heading:
    kind: str
    label: str  # the marker as written, e.g. "一、", "(1)", "第一阶段"
    number: int
    end: int  # offset where the heading's own text starts


# _PATTERNS as one pattern, tried in the same order (alternatives are tried left to right at
# the start of the line, as the list was): one match a line instead of up to 17. Each pattern
# has one group, so the group that took part names the pattern.
_ANY = re.compile("|".join(f"(?:{pat.pattern})" for _, pat in _PATTERNS))
_KINDS = {i: kind for i, (kind, _) in enumerate(_PATTERNS, 1)}
assert _ANY.groups == len(_PATTERNS), "each heading pattern has exactly one group"
_DIGIT = re.compile(r"\d")
# 合作发展部: 0551-64652619: a unit's telephone number after its label, a contact row of the
# site, no unit heading the lines below (paragraphs.py joins the number broken onto the next line).
PHONE = re.compile(r"\s*(?:\(?0\d{2,3}\)?\s*[-—]?\s*)?\d{7,8}(?!\d)")


# The same paragraph is asked for its heading by several readers in turn (_run_on's three,
# then each pass over a part): about 60 % of the asks, on the seed or on the corpus, are
# answered here. Small enough that it holds no more than a few parts' paragraphs.
@lru_cache(maxsize=256)
def heading_of(norm: str) -> Heading | None:
    m = _ANY.match(norm)
    if m:
        at = m.lastindex or 0
        return Heading(_KINDS[at], m.group(0).strip(), _number(m.group(at)), m.end())
    m = LABEL.match(norm)
    if m and not NOT_LABEL.search(m.group(1)) and not _DIGIT.search(m.group(1)) and not PHONE.match(norm, m.end()):
        return Heading("label", m.group(1), 0, m.end())
    return None


def _number(token: str) -> int:
    if len(token) == 1 and "①" <= token <= "⑳":
        return ord(token) - ord("①") + 1
    if len(token) == 1 and "㈠" <= token <= "㈩":
        return ord(token) - ord("㈠") + 1
    if token.isascii() and token.isdigit():
        return int(token)
    if "a" <= token <= "h":
        return ord(token) - ord("a") + 1
    if token == "l":
        return 1
    if token[0] in _FORMAL:  # 拾壹 is 11, 貳拾 20
        tens, _, ones = token.partition("拾")
        if "拾" not in token:
            return _FORMAL_VALUE.get(token, 0)
        return (_FORMAL_VALUE.get(tens, 1) if tens else 1) * 10 + (_FORMAL_VALUE.get(ones, 0) if ones else 0)
    total = 0
    if "十" in token:
        tens, _, ones = token.partition("十")
        total = (_CN_VALUE.get(tens, 1) if tens else 1) * 10
        return total + (_CN_VALUE.get(ones, 0) if ones else 0)
    return _CN_VALUE.get(token, 0)
