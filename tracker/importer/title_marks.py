"""What a site writes around a plan's title line, no part of the title.

An essay site's brackets for a sample's number left empty after the title (X实施方案【】, the
number lost) close no title, nor does a document site's tag on the file in brackets (X预案[VIP],
X方案【原创】). A site's column named before a bar (政策解读 | X实施计划) opens none:
the plan's name is after the bar. A document's own title written fuller than the name its
uploader gave the file (X2022年方案 under X2022方案.docx, a character or two left out of the name)
is the plan's. A title broken by the page before its last piece (…创建实施方 / 案(参考)) is one
title, and so is a notice's broken before 通知 (关于做好X工作的 / 通 知), the word alone. A line
whose sentence runs on over commas before a plan's name (深入贯彻…,切实做好…,防止…X实施方案: a
document site's preview cut mid-sentence, the title glued on) is no title line. The first line
of a title broken in two has words, not a date, a note in brackets, a signature's office and
day (某局 2025年3月28日), a site's banner or its preview notice (文本预览下载声明), its label
for related pages (相关推荐), its path to the page (A专栏 >> B领域) nor an info-box field (主题词 …). The day a page was published, in
brackets after the title ((2026年03月02日), often on the line under it), is the site's note, no
piece of the title; so is the document's count of its items ((共八大项 139条)). An info-box row's
name cell (名称 | X方案 |, the colon lost) holds the title in the cell after its label. An essay
site's heading pairing a plan with another kind of document on the same subject, glued after it
(X工作计划 X工作简报, X方案 X总结), names the plan first: the plan is that first name.
"""

from __future__ import annotations

import re

from tracker.importer.titleblock import signing_date

# X实施方案【】 / X方案( ) / X计划[]: brackets with nothing inside, at the title's end.
_EMPTY_BRACKETS = re.compile(r"(?<=\S{4})\s*(?:【\s*】|\(\s*\)|（\s*）|\[\s*\])\s*$")

# The kinds of plan a title names, in either script
_KINDS = r"方案|计划|計劃|意见|意見|办法|辦法|细则|細則|要点|要點|规划|規劃"

# 政策解读 | X实施计划(2021-2025年): a site column's name (a few words, no kind of plan), then a
# bar, before a plan's name. Bounded stretches, anchored at the line's start.
_COLUMN_BAR = re.compile(
    r"^[\u4e00-\u9fff]{2,8}\s*[|｜丨]\s*"
    rf"(?=[^|｜丨]{{4,60}}?(?:{_KINDS})"
    r"(?:\([^()]{2,16}\))?$)"
)

# X预案[VIP] / X方案【原创】: a document site's tag on the file (paid, original, recommended) in
# brackets at the title's end.
_SITE_TAG = re.compile(
    r"(?<=\S{4})\s*[\[【](?:VIP|HOT|NEW|TOP|原创|原創|精品|推荐|推薦|热门|熱門|付费|付費)[\]】]$", re.IGNORECASE
)

# X方案(2026年03月02日) / X方案(2026-03-02): a full date alone in brackets at the title's end.
_DATED = re.compile(
    r"(?<=\S{4})\s*[(（]\s*\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2})\s*[)）]$"
)

# X分解表(共八大项 139条) / X清单(共20项): the document's count of its items in brackets at its end.
_COUNTED = re.compile(r"(?<=\S{4})\s*[(（]\s*共[^()（）]{0,12}?(?:\d{1,4}|[一二三四五六七八九十百]{1,4})\s*[条條项項][)）]$")

# 名称 | X工作方案(2023—2025年) |: a site's info-box row, the name field's label cell (its colon
# lost) and the value in the next cell. Bounded stretches, anchored at both ends.
_NAME_CELL = re.compile(r"^(?:名\s*称|[标標]\s*[题題]|信息名称|文件名称)\s*[|｜]\s*([^|｜]{4,80}?)\s*[|｜]?$")

_KIND_WORD = re.compile(_KINDS)


def without_site_marks(title: str) -> str:
    """A title line without the site's marks around it (emptied brackets, the page's date or the
    document's count of its items after it, a column's name and bar before it)."""
    title = _SITE_TAG.sub("", title).strip() or title
    title = _DATED.sub("", _EMPTY_BRACKETS.sub("", title).strip() or title).strip() or title
    title = _COUNTED.sub("", title).strip() or title
    cell = _NAME_CELL.match(title)
    if cell and _KIND_WORD.search(cell.group(1)):
        return cell.group(1).strip()
    column = _COLUMN_BAR.match(title)
    return title[column.end() :].strip() if column and not _KIND_WORD.search(title[: column.end()]) else title


def written_fuller(title: str, file_name: str) -> bool:
    """Whether `title` is `file_name` with one to four characters added (the uploader left a 年
    or a word out of the file's name): every character of the name, in order, in the title."""
    title, file_name = title.replace(" ", ""), file_name.replace(" ", "")
    if not 0 < len(title) - len(file_name) <= 4:
        return False
    rest = iter(title)
    return all(c in rest for c in file_name)


# 通 知 / 通知: the last word of a notice's title, spaced out alone on its line.
_NOTICE_WORD = re.compile(r"通\s*知")


def broken_title(line: str, below: str, ends_title: re.Pattern[str]) -> bool:
    """Whether `line` and the short line `below` are one title the page broke in two: the end
    of a plan's name (…实施方 / 案) or a notice's 通知 under its 关于…的."""
    if len(below) > 12:
        return False
    if line.endswith("的") and "关于" in line and _NOTICE_WORD.fullmatch(below):
        return True
    return not ends_title.search(line) and bool(ends_title.search(line + below))


def run_on_sentence(norm: str) -> bool:
    """A line that is a sentence running on over two commas or more, past a title's length (a
    preview cut mid-sentence, the file's title glued to it): no title line, though it ends in
    a plan's name."""
    return len(norm.strip()) > 40 and norm.count(",") >= 2


def title_piece(norm: str) -> bool:
    """The first line of a title broken in two has words, not a date (2022427) or a note in
    brackets ((仅供学习参考,切勿通篇使用))."""
    n = norm.strip()
    return (
        len(re.findall(r"[\u4e00-\u9fff]", n)) >= 2
        and not re.fullmatch(r"[(\[【][^()]*[)\]】]", n)
        # 资料 分类 / 文章栏目 / - 相关推荐: a site's category or related-pages label above the
        # title, not a piece of it
        and not re.search(r"(?:分类|栏目|频道|相[关關]推[荐薦])$", n.replace(" ", ""))
        # 主题词 水利、水务 / 索引号 …: a site's info-box field, its colon lost, not a piece of it
        and not re.match(r"(?:主[题題]词|主題詞|[关關][键鍵]词|關鍵詞|索引号|索引號|文号|文號|发布机构|發布機構)", n)
        # 好文档 - X资料分享网站: a site's banner (its name, a dash, …网站), not a piece of it
        and not re.search(r"(?:网站|门户|文库)$|\s[-–—|]\s", n)
        and ">>" not in n  # A专栏 >> B领域 >> C领域: the site's path to the page
        # 年2月28日: a signature's date, its year lost by the page
        and not re.fullmatch(r"(?:\d{2,4}\s*)?年?\s*\d{1,2}\s*月\s*\d{1,2}\s*日", n)
        and not signing_date(n)  # 二○一四年一月十日
        # 某县文化局 2025年3月28日: a notice's signature, the office and the day it signed
        and not re.search(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$", n)
        # 文本预览下载声明: a document site's notice about its preview
        and not re.search(r"预览|預覽|下[载載]声明|下[载載]聲明", n)
        and not re.search(r"[,;。!?|:]", n)
    )


# X工作计划X工作简报: a plan's name, then another kind of document's (a report, a summary) on the
# same subject glued after it. Bounded stretches, anchored at both ends.
_PAIRED = re.compile(
    rf"(\S{{4,40}}?(?:{_KINDS}))\s*(\S{{4,40}}?(?:简报|簡報|总结|總結|心得体会|心得體會|汇报|匯報))"
)


def without_paired_name(title: str) -> str:
    """A title without the other document's name an essay site pairs with the plan's (X工作计划
    X工作简报): kept when the two names do not open on the same subject (four characters)."""
    m = _PAIRED.fullmatch(title.strip())
    if m and m.group(1)[:4] == m.group(2)[:4]:
        return m.group(1)
    return title
