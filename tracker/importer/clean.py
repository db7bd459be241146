"""Cleaning pasted text a line at a time: web-page noise out, a matching form beside the text
(paragraphs.py joins the lines into paragraphs).

Each surviving line keeps its 1-based line number. `text` is what the document says, minus
noise (stray ' ` . inside words, pinyin readings such as 區(qū), site watermarks); `norm` is
the same string, character for character, folded for matching: full-width ASCII to
half-width and Traditional to Simplified. Because `norm` has the same length as `text`, an
offset found in `norm` cuts the original wording out of `text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CJK = "\u4e00-\u9fff"
_NOISE_LINE = re.compile(
    r"打开翻译|相关推荐|内容页|收藏本|关注我们|小编|上一篇|下一篇|阅读全文|返回顶部|免责声明|"
    r"版权所有|点击查看|扫一扫|本文地址|本文链接|系列\d+篇|^\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|"
    # a document-sharing site's chrome: 版权说明:本文档由用户提供…, 文档简介, 已阅读5页, 下载本文档
    r"^\s*版权说明|^\s*文档简介\s*$|已阅读\d+页|^\s*下载本文档\s*$|^\s*全文预览已结束\s*$"
    # …and its footer under the preview: 文档评论(0), 1亿VIP精品文档 (no item 1), 相关文档
    r"|^\s*文档评论\s*\(\d+\)\s*$|^\s*\d+亿\s*VIP精品文档\s*$|^\s*相关文档\s*$"
    # …and its sharing notice: 《X.pdf》由会员分享,可在线阅读,…
    r"|由会员分享\s*[,，]?\s*可在线阅读"
    # an essay site's cut: 因篇幅问题不能全部显示,请点此查看更多更全内容
    r"|^\s*因篇幅问题不能全部显示"
    # a government site's column name alone above the document: 政府信息公开
    r"|^\s*政府信息公开\s*$"
    # a forum post's chrome: an image's file name on its own line, [复制链接]
    r"|^\s*[\w\-.]{1,60}\.(?:jpe?g|png|gif|bmp|webp)\s*$|^\s*\[复制链接\]\s*$"
    # a site footer's registration numbers: 京ICP备12345678号, 公网安备 / 滨公备0601199
    r"|ICP[备證证]\s*\d|公网安备\s*\d"
    # an article site's footer: 文章版权属于文章作者所有,转载请注明… (Traditional too)
    r"|[版][权權][属屬][于於]|[转轉][载載][请請][注註]明"
    # an article page's line: 发布日期:… 来源:… 阅读: 次 字体:[ 大 ] [ 中 ] [ 小 ]
    r"|字体\s*[:：]\s*\[\s*大\s*\]"
    # a site's breadcrumb alone on its line: 政府信息公开 > 法定主动公开内容 > 公示公告
    # (or closing on its separator, the page's own name left off: 首页 > 其他 >)
    r"|^\s*(?:[\u4e00-\u9fff]{2,12}\s*[>›»]\s*){2,}(?:[\u4e00-\u9fff]{2,12}\s*)?$"
)
_WATERMARK = re.compile(
    rf"\s*(?:[{CJK}]{{1,6}}网\s*)?[A-Za-z0-9]{{2,}}\.(?:net|com|cn|org)\s*$", re.IGNORECASE
)
_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_PINYIN = re.compile(rf"(?<=[{CJK}])[(（][a-z{_TONES}]*[{_TONES}][a-z{_TONES}]*[)）]")
_STRAY_AFTER_DE = re.compile(rf"(?<=的)[.'`‘’](?=[{CJK}，,。、；;：:])")
_STRAY_IN_WORD = re.compile(rf"(?<=[{CJK}])(?:[`']| (?=[{CJK}])|-(?=[{CJK}]))(?=[{CJK}])")
# 区国投集团 各有关乡镇(街道) |: in a cell alone on its line, closed by its bar, a space before 各
# starts the cell's next unit, no stray space in a word.
_STRAY_IN_CELL = re.compile(rf"(?<=[{CJK}])(?:[`']| (?=[{CJK}])(?!各)|-(?=[{CJK}]))(?=[{CJK}])")
ENDS_TITLE = re.compile(
    r"(?:方案|计划|計劃|计划书|意见|意見|办法|辦法|细则|細則|要点|要點|通知|的函"
    r"|分解表|分工表|任务表|汇总表|清单|(?:工作|重点|重點|目标|目標)任[务務]|的(?:具体|具體|若干|若幹|配套)?措施)[)）]?"
    r"(?:范文|範文|范本|例文)?$"  # X方案例文: a document site's word for a sample after the name
)
WHOLE_NAME = re.compile(r"(?:[\u4e00-\u9fff]{1,8}[〔\[(]\d{4}[〕\])]\d{1,4}号)?\s*《[^《》]+》")
ENDS_SENTENCE = re.compile(r"[。;；:：!！?？”」』)）】〕.]$")


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph: one or more physical lines joined (pasted text breaks lines mid-word)."""

    first: int
    last: int
    text: str
    norm: str


@lru_cache(maxsize=256)  # the same paragraph is folded by several readers in turn
def fold(text: str) -> str:
    """Width-fold and convert to Simplified, keeping the length (offsets stay valid)."""
    s = text.translate(_width_table())
    t = _t2s(s)
    if len(t) == len(s):
        return t
    return "".join(c2 if len(c2 := _t2s(c)) == 1 else c for c in s)


# Full-width forms and the ideographic space fold to ASCII; so do the small forms of punctuation
# (1﹒X, ﹐ ﹔ ﹕ ﹙ ﹚), which some pages write after an item's number; ﹑ folds to 、.
_SMALL = dict(zip(map(ord, "﹐﹑﹒﹔﹕﹖﹗﹙﹚"), map(ord, ",、.;:?!()"), strict=True))
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20} | _SMALL


@lru_cache(maxsize=1)
def _width_table() -> list[int]:
    """_WIDTH as a list indexed by code point: str.translate finds a character in it far faster
    than in the dict, where each character not in it (nearly every one) raised and cleared a
    KeyError; past the list's end an IndexError leaves a character as it is, as a miss did."""
    table = list(range(max(_WIDTH) + 1))
    for c, ascii_c in _WIDTH.items():
        table[c] = ascii_c
    return table


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def _t2s(text: str) -> str:
    if text.isascii():
        return text
    return _converter().convert(text)


_PAGE_MARK = re.compile(
    r"[—–\-]\s*[—–\-]\s*[—–\-]\s*\d{1,4}\s*[—–\-]|第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页"
    r"|下载后可任意编辑"
    # a law site's page continued from the one before: [接上页]
    r"|[\[【]\s*接[上下]页\s*[\]】]"
)


# A table row whose cells are separated by spaces (序号 任务 牵头领导 … / 85 新增… 王甲 县卫健委 …):
# the header or a numbered row with at least four cells of two characters or more.
_SPACED_START = re.compile(r"^(?:序号|\d{1,3})\s+\S")

# a page saved in a narrow encoding writes the paragraph's full-width indent as question marks:
# ??一、… / ?(一)… (before the paragraph's first word, never after it)
_LOST_INDENT = re.compile(r"^[?？]{1,4}(?=[\u4e00-\u9fff(（\d《“])")


def spaced_row(line: str) -> bool:
    s = line.strip()
    if s.count("\t") >= 3:  # a Word table copied into a text editor: a tab between cells, empty ones too
        cells = tab_cells(s)[1:]
        return bool(_SPACED_START.match(s)) and len(cells) >= 4 \
            and sum(len(re.findall(r"[\u4e00-\u9fff]", c)) >= 2 for c in cells) >= 2
    cells = s.split()[1:]
    return bool(_SPACED_START.match(s)) and sum(len(re.findall(r"[\u4e00-\u9fff]", c)) >= 2 for c in cells) >= 4


def tab_cells(line: str) -> list[str]:
    """The cells of a row whose cells are set apart by tabs, an empty cell kept in its place."""
    return [c.strip() for c in line.strip().split("\t")]


def clean_line(line: str) -> str:
    s = _PAGE_MARK.sub("", _LOST_INDENT.sub("", line.strip().replace("\ufeff", "")))
    if "." in s:  # _WATERMARK needs one: a line without it is not searched at every place
        s = _WATERMARK.sub("", s)
    s = _PINYIN.sub("", s)
    s = _STRAY_AFTER_DE.sub("", s)
    s = _DOUBLED_COMMA.sub("", s)
    if s.count("|") < 2 and not spaced_row(s):  # inside a table row a space separates cells
        s = (_STRAY_IN_CELL if s.endswith("|") else _STRAY_IN_WORD).sub("", s)
    return s.strip()


# 一,、工作目标 / 精神,,切实 / 本方案,。: a page that doubles its commas after words; the stray
# comma before 、 , ; or 。 hides headings and splits nothing.
_DOUBLED_COMMA = re.compile(r"(?<=[\u4e00-\u9fff”)）]),(?=[,、。;])|(?<=[\u4e00-\u9fff”)）])，(?=[，、。；])")


def is_noise(line: str) -> bool:
    return bool(_NOISE_LINE.search(line))


RUN_ON = 300  # a longer line holding (一)(二)… inline is a whole document on one line
_SENTENCE = re.compile(r"[^。!！?？]*(?:[。!！?？]+|$)")


def without_noise(line: str) -> str | None:
    """The line, or None where it is a site's noise. A whole document flattened onto one line
    (RUN_ON characters or more) loses only the sentences holding noise (…下面是小编为大家收集的
    X方案,欢迎阅读与收藏。), not the plan after them."""
    if not is_noise(line):
        return line
    if len(line) < RUN_ON:
        return None
    return "".join(s for s in _SENTENCE.findall(line) if not is_noise(s)) or None
