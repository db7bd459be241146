"""From cleaned lines to paragraphs: a line broken mid-sentence joined to the next, a run-on
line holding a whole document's (一)(二)… or 1、2、… cut at its items, a web page's HTML blocks
and a site's long chunks taken apart.

clean.py cleans a line; this module decides where paragraphs start and end.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.importer.clean import (
    ENDS_SENTENCE,
    ENDS_TITLE,
    RUN_ON,
    WHOLE_NAME,
    Para,
    clean_line,
    fold,
    spaced_row,
    without_noise,
)
from tracker.importer.headings import PHONE, heading_of
from tracker.importer.named_stage import STAGE_AFTER_SPACE

_INLINE_MARKS = (
    re.compile(r"[(（]([一二三四五六七八九十]{1,2})[)）]"),
    # not 一、二、三产 in a sentence: numerals listed by 、 name things, no item opens there
    re.compile(r"(?<![\d一二三四五六七八九十第])(?<![一二三四五六七八九十]、)([一二三四五六七八九十]{1,2})、"
               r"(?![一二三四五六七八九十]、)"),
    # 1、2023年,将… / 1.2017年度… / 2、2月5日… opens with a date: still an item (never 1.2023
    # alone, a decimal; a decimal is not followed by 年)
    re.compile(r"(?<![\d.])(\d{1,2})(?:[.、．](?=[\u4e00-\u9fff“])|、(?=(?:19|20)\d\d|\d{1,2}\s*月)"
               r"|[.．](?=(?:19|20)\d\d\s*年))"),
    re.compile(r"[(（](\d{1,2})[)）](?=[\u4e00-\u9fff“])"),
    # …环节。 1科学评价… (…负责) 2开展…: numbers written bare after a full stop or an item's
    # closing bracket and the flattening's space, counting up (not 3个 / 2020年: a count, a date)
    re.compile(r"(?<=[。;；)）])\s+(\d{1,2})(?![个年月日号次项名人家万亿天周所条批户处座台辆元岁期届类种支只场级倍成点分份篇页张层米吨亩千百])"
               r"(?=[\u4e00-\u9fff])"),
    # 第一周:(3月3日至11日)… / 第二周:… : a schedule's weeks, each a phase of its own
    re.compile(r"第([一二三四五六七八九十]{1,2})周\s*[:：]"),
)
_CN_NUM = "一二三四五六七八九十"


def _marker_number(token: str) -> int:
    if token.isdigit():
        return int(token)
    if len(token) == 1:
        return _CN_NUM.find(token) + 1
    tens, _, ones = token.partition("十")  # 十一, 二十, 二十三 (十 alone is one character)
    if "十" not in token or len(token) > 3:
        return 0
    return (_CN_NUM.find(tens) + 1 if tens else 1) * 10 + (_CN_NUM.find(ones) + 1 if ones else 0)


# A document site's template: its name glued to the first heading of its table of contents
# (…工作方案范文参考一、背景分析): the name is the title line, 一、 the body's first heading.
_GLUED_FIRST = re.compile(r"(?<=[\u4e00-\u9fff])一、(?=[\u4e00-\u9fff])")
_TEMPLATE_TAIL = re.compile(r"(?:范文|模板|范本|参考|排版)+$")
_FIRST_PCN = re.compile(r"[(（]一[)）](?=[\u4e00-\u9fff“])")
_SUB_START = re.compile(r"[(（]1[)）](?=[\u4e00-\u9fff“])|(?<![\d.])1[.、．](?=[\u4e00-\u9fff“])")


def _run_on(para: Para) -> list[Para]:
    """Split a run-on line before inline markers (一、 (一) 1. (1)) that count up from one;
    a short heading followed on its line by a numbered sub-item ((二)组织实施 (1)…) too."""
    # Two paragraph breaks the flattening kept as spaces (…。 二、… 。 (一)…): a page flattened too.
    if len(para.norm) < RUN_ON and not (len(para.norm) >= _CHUNK_LONG and _three_inline(para.norm)) \
            and len(_spaced_breaks(para)) < 3:
        items = _next_items(para)
        if len(items) > 1:
            return items
        return _glued_title(para) or _first_sub(para, lambda rest: _run_on_all(rest))
    # A run-on document's pieces: (一)加强领导,明确责任1.成立… holds its first sub-item too;
    # its first piece may be the title glued to the lone 一、 the excerpt holds.
    pieces = [q for piece in _run_on_all(para) for q in _spaced_breaks(piece)]
    pieces = (_glued_title(pieces[0]) or pieces[:1]) + pieces[1:]
    return [q for piece in pieces for q in _first_sub(piece, lambda rest: [rest])]


# …实施方案。 1. 指导思想… / …环境。 二、目标任务…: on a page flattened to one line, a full stop, the
# space the flattening left for the paragraph break, then a heading's marker: a paragraph starts.
_SPACED_BREAK = re.compile(
    r"(?<=[。;；])[ \t\u3000]+(?=(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）]"
    r"|\d{1,2}、)[\u4e00-\u9fff]|\d{1,2}[.．]\s?[\u4e00-\u9fff])"
)


# …等。清理清运阶段:8月11日至21日此阶段…: on a flattened page, a stage named with its dates after
# a colon, right after a full stop, starts a paragraph (no space is left there).
_STAGE_AFTER_STOP = re.compile(r"(?<=。)(?=[\u4e00-\u9fff、]{2,12}阶段\s*[:：]\s*\d)")


def _spaced_breaks(para: Para) -> list[Para]:
    # a `|` row's cell numbering its steps (| 1.X:…。 2.Y:…。 3.… |) breaks no paragraph
    if len(para.text) != len(para.norm) or para.norm.count("|") >= 2:
        return [para]
    cuts = [*(m.end() for m in _SPACED_BREAK.finditer(para.norm)),
            *(m.start() for m in _STAGE_AFTER_STOP.finditer(para.norm)),
            *(m.start() for m in STAGE_AFTER_SPACE.finditer(para.norm))]  # X阶段5月6日5月12日
    bounds = [0, *sorted(set(cuts)), len(para.norm)]
    return [Para(para.first, para.last, para.text[a:b], para.norm[a:b])
            for a, b in zip(bounds, bounds[1:]) if para.norm[a:b].strip()]


_FULL_STOP = re.compile(r"。")


def _three_inline(norm: str) -> bool:
    """A shorter line holding three inline markers of one kind counting up ((一)…(二)…(三)…,
    or (四)…(五)…(六)… on a page cut from a longer text): items run together, as on a longer
    run-on line (a flattened preview's chunk)."""
    for pattern in _INLINE_MARKS[:2]:
        found = [(_marker_number(m.group(1)), m.start()) for m in pattern.finditer(norm)]
        for k in range(len(found) - 2):
            (n, a), (n2, b), (n3, c) = found[k : k + 3]
            # each with words of its own, not a citation of clauses (第(一)、(二)、(三)项)
            if (n2, n3) == (n + 1, n + 2) and b - a >= 10 and c - b >= 10:
                return True
    return False


def _next_items(para: Para) -> list[Para]:
    """2、…完成时间:5月10日前。3、…: an item, then after its full stop the next number in the
    same style on the same line, is two items."""
    h = heading_of(para.norm)
    if h is None or h.kind == "label":
        return [para]
    for m in _FULL_STOP.finditer(para.norm, h.end):
        a = m.end()
        nxt = heading_of(para.norm[a:])
        if nxt and nxt.kind == h.kind and nxt.number == h.number + 1 and nxt.label[-1:] == h.label[-1:]:
            return [Para(para.first, para.last, para.text[:a], para.norm[:a]),
                    *_next_items(Para(para.first, para.last, para.text[a:], para.norm[a:]))]
    return [para]


def _glued_title(para: Para) -> list[Para] | None:
    """A title glued to the first heading after it (…工作方案范文参考一、背景分析): the title,
    then 一、 and what follows, or None."""
    h = heading_of(para.norm)
    glued = _GLUED_FIRST.search(para.norm) if h is None else None
    if glued and ENDS_TITLE.search(_TEMPLATE_TAIL.sub("", para.norm[: glued.start()])):
        a = glued.start()
        return [Para(para.first, para.last, para.text[:a].rstrip(), para.norm[:a].rstrip()),
                Para(para.first, para.last, para.text[a:], para.norm[a:])]
    return None


def _first_sub(para: Para, rest_of: Callable[[Para], list[Para]]) -> list[Para]:
    """A short heading followed on its line by its first numbered sub-item ((二)组织实施 (1)…),
    or a heading whose lead-in closes on a colon before it (三、实施步骤…分以下阶段进行:1.…):
    the heading, then the sub-item and what follows it (`rest_of` splits that further)."""
    h = heading_of(para.norm)
    if h is None or h.kind == "label":
        return [para]
    sub = _SUB_START.search(para.norm, h.end)
    if sub is None and h.kind == "cn":  # 三、工作步骤(一)宣传发动阶段(…): (一) under 一、 too
        sub = _FIRST_PCN.search(para.norm, h.end)
    if sub is None or re.search(r"[。;]", para.norm[: sub.start()]):
        return [para]
    # …为实现上述目标,分为以下几个阶段进行:1.…: a lead-in closing on a colon says a list follows
    if sub.start() - h.end > (80 if para.norm[: sub.start()].rstrip().endswith(":") else 24):
        return [para]
    a = sub.start()
    return [
        Para(para.first, para.last, para.text[:a].rstrip(), para.norm[:a].rstrip()),
        *rest_of(Para(para.first, para.last, para.text[a:], para.norm[a:])),
    ]


def _run_on_all(para: Para) -> list[Para]:
    cuts: set[int] = set()
    for pattern in _INLINE_MARKS:
        found: list[int] = []
        expect = 1
        for m in pattern.finditer(para.norm):
            n = _marker_number(m.group(1))
            if n == 1 or (n == expect and found):
                found.append(m.start())
                expect = n + 1
        if len(found) >= 2:
            cuts.update(found)
        cuts.update(_counting_on(pattern, para.norm))
    if not cuts:
        return [para]
    bounds = sorted({0, *cuts, len(para.norm)})
    return [
        Para(para.first, para.last, para.text[a:b], para.norm[a:b])
        for a, b in zip(bounds, bounds[1:])
        if para.norm[a:b].strip()
    ]


def _counting_on(pattern: re.Pattern[str], norm: str) -> list[int]:
    """[接上页] (十一)… (十二)… (十三)…: a page continuing a document starts past one; three
    markers or more counting up by one from the first on the line are its items."""
    found: list[int] = []
    expect = 0
    for m in pattern.finditer(norm):
        n = _marker_number(m.group(1))
        if not found and n > 1 or found and n == expect:
            found.append(m.start())
            expect = n + 1
    return found if len(found) >= 3 else []


def paragraphs(lines: tuple[str, ...] | list[str]) -> list[Para]:
    """Clean lines, drop noise, join a line broken mid-sentence with the next one."""
    out = [q for p in _site_chunks(_html_blocks(_joined(lines))) for q in _run_on(p)]
    if out and _CUT_ROLE_LABEL.fullmatch(out[-1].norm.strip()):
        out.pop()  # 牵头责任 / 配合单 last: the excerpt cut inside a role label, before its colon
    return _without_contents(out)


# 一、总体要求……………1 / （一）巡查值守 ....... 2: an entry of a 目录 typed as text (or pasted out of
# Word), a heading's words, leader dots and the page. Its label (目录 / 目 录) alone on the line above.
_CONTENTS_ENTRY = re.compile(r"^\s*\S[^…\.·・]{0,60}?[\u4e00-\u9fff][^…\.·・]{0,20}?(?:[…\.·・_]\s*){3,}\s*\d{1,3}\s*$")
_CONTENTS_LABEL = re.compile(r"^\s*目\s*录\s*[:：]?\s*$")


def _without_contents(paras: list[Para]) -> list[Para]:
    """The paragraphs without a 目录's entries and its label. The entries repeat headings read
    where they stand (as Word's own 目录 in a .docx is passed over); read as text they were a
    first run of 一、 二、 三、 that made the title a plan of its own, with no tasks. Two entries
    or more make a 目录."""
    entries = {i for i, p in enumerate(paras) if _CONTENTS_ENTRY.match(p.norm)}
    if len(entries) < 2:
        return paras
    labels = {i - 1 for i in entries if i and i - 1 not in entries and _CONTENTS_LABEL.match(paras[i - 1].norm)}
    return [p for i, p in enumerate(paras) if i not in entries and i not in labels]


# The start of a role label with neither its colon nor a name, cut anywhere after its first word:
# 牵头责 / 牵头责任 / 协同责任单 / 配合单位
_CUT_ROLE_LABEL = re.compile(r"(?:牵头|责任|配合|协同|协办|协助)(?:责任?|负责?)?(?:单位?|部门?|领导?)?")


_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|div|br|li|h[1-6]|tr|td|section)\b[^<>]*>", re.I)
_ANY_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>")


def _html_blocks(paras: list[Para]) -> list[Para]:
    """A page saved as HTML on one line (<p>一:…</p><p>1、…</p>): each block is a paragraph
    of that line, its tags dropped."""
    out: list[Para] = []
    for p in paras:
        if len(_BLOCK_TAG.findall(p.text)) < 2:
            out.append(p)
            continue
        for piece in _BLOCK_TAG.split(p.text):
            text = _ANY_TAG.sub("", piece).strip()
            if text:
                out.append(Para(p.first, p.last, text, fold(text)))
    return out


_CHUNK = re.compile(r"^(\d{1,2})、\s*")
# …考评等。(三): a chunk cut right after the next item's label, its text in the next chunk.
_LABEL_LAST = re.compile(r"。\s*[(（][一二三四五六七八九十\d]{1,3}[)）]\s*$")
_CHUNK_LONG = 150


def _site_chunks(paras: list[Para]) -> list[Para]:
    """A document site shows a file as numbered chunks cut mid-word ("1、…充分利用电" /
    "2、视台、广播…"): the chunks are one text, and their numbers are not the plan's."""
    out: list[Para] = []
    for p in paras:
        prev = out[-1] if out else None
        m = _CHUNK.match(p.norm)
        if (
            prev is not None
            and m is not None
            and int(m.group(1)) >= 2
            and len(prev.norm) >= _CHUNK_LONG
            and len(p.norm) >= _CHUNK_LONG // 2
            and (not ENDS_SENTENCE.search(prev.norm) or _LABEL_LAST.search(prev.norm))
            and prev.norm.count("|") < 2  # a long table row and the next one (2、… | 3、…)
        ):
            first = _CHUNK.match(prev.norm)
            if first is not None and first.group(1) == "1":
                prev = Para(prev.first, prev.last, prev.text[first.end() :], prev.norm[first.end() :])
            k = m.end()
            out[-1] = Para(prev.first, p.last, prev.text + p.text[k:], prev.norm + p.norm[k:])
            continue
        out.append(p)
    return out


_BARE_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,2}")


def _joined(lines: tuple[str, ...] | list[str]) -> list[Para]:
    out: list[Para] = []
    pending: Para | None = None
    for no, raw in enumerate(lines, 1):
        kept = without_noise(raw)
        if kept is None:
            continue
        text = clean_line(kept)
        if not text:
            if pending:
                out.append(pending)
                pending = None
            continue
        if pending and _BARE_NUMERAL.fullmatch(pending.norm.strip()) and len(text) <= 20 and heading_of(fold(text)) is None:
            # 一 / 总体要求: a heading's number on a line of its own, its name on the next.
            pending = Para(pending.first, no, f"{pending.text.strip()}、{text}", f"{pending.norm.strip()}、{fold(text)}")
            continue
        if pending and _continues(pending.text, text):
            joined = pending.text + text
            pending = Para(pending.first, no, joined, pending.norm + fold(text))
            continue
        if pending:
            out.append(pending)
        pending = Para(no, no, text, fold(text))
    if pending:
        out.append(pending)
    return out


_PAGE_PREVIEW = re.compile(r"_第\d+[页頁]\s*$")  # 頁 on a Traditional page
_BULLET = re.compile(r"^\s*(?:[•·●▪◆■]|-\s)")  # • X, or - X: a list written with dashes
# A field of a record written one a line (责任单位:… / 检查范围:…): a short label and a colon.
_FIELD = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*:")
# 2022年11月22日 written whole on a line: a signature's date, under its issuers.
_SIGNED_ON = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# 2024-06-16 999+ 15.62KB 14 页: a document site's row on the file, its size in KB or MB and its
# pages. Bounded stretches.
_FILE_INFO = re.compile(r"\d(?:\.\d{1,2})?\s*[KM]B\s+\d{1,4}\s*[页頁]", re.IGNORECASE)
# 您当前所在位置: 首页 > … / 首页 > A > B: the site's path to the page (its label, or two steps or more).
_SITE_PATH = re.compile(r"^\s*(?:您?当前(?:所在)?位置|您的位置|您现在的位置)\s*:|[^\s>]\s*>\s*[^\s>]+\s*>\s*[^\s>]")
_BY_OPENS = re.compile(r"\s*由[^,，。;；]{2,40}?(?:负责|牵头|组织|組織|負責|牽頭|承办|承辦)")
_META_FIELDS = re.compile(r"索引号|公开方式|成文日期|发布机构|公开日期|信息名称|发文字号|主题分类|公开范围")


def _continues(prev: str, nxt: str) -> bool:
    if PHONE.fullmatch(nxt.strip()) and re.fullmatch(r"[\u4e00-\u9fff]{2,16}\s*:", fold(prev).strip()):
        return True  # 学习成果认证服务部: / 0551-63633772: a contact row, its number on the next line
    # A long line that stops without punctuation was broken by the page, not by the writer.
    if len(prev) < 24 or ENDS_SENTENCE.search(prev) or ENDS_TITLE.search(prev):
        return False
    if WHOLE_NAME.fullmatch(fold(prev.strip())):
        # 《X关于…的通知》, or 某政办〔2019〕1号《…》: a page's heading, the title in 《》 (its
        # document number before it), a line of its own
        return False
    if prev.count("|") >= 2 or nxt.count("|") >= 2 or prev.rstrip().endswith("|") or spaced_row(nxt):
        return False  # table rows, and a cell on a line of its own (`目标与任务 |`)
    if _FILE_INFO.search(prev):
        return False  # 2024-06-16 999+ 15.62KB 14 页: a document site's row on the file, a line of its own
    if ">>" in prev or _SITE_PATH.search(fold(prev)):
        # A专栏 >> B领域 >> C领域 / 您当前所在位置: 首页 > A > B: the site's path to the page, a line of its own
        return False
    if _PAGE_PREVIEW.search(prev):
        return False  # X方案_第1页 / X方案_第2页: a document site's page previews, a line each
    if _BULLET.match(prev) or _BULLET.match(nxt):
        return False  # • 索引号:… / • 发布机构:…: a page's metadata as a bulleted list, a line each
    if _META_FIELDS.search(re.sub(r"\s+", "", prev)):
        return False  # 索 引 号 … 公开方式 … / 信息名称 … 成文日期 …: a page's metadata rows, a line each
    if _FIELD.match(fold(prev)) and _FIELD.match(fold(nxt)):
        return False  # 责任单位:A、B… / 检查范围:…: a record's fields, a line each
    if _SIGNED_ON.fullmatch(nxt.strip()):
        return False  # 2022年11月22日 alone: a notice's signing date, a line of its own
    if _BY_OPENS.match(nxt) and (h := heading_of(fold(prev))) is not None and h.kind in ("cn", "pcn") \
            and not re.search(r"[,，;；:：]", prev):
        return False  # (六)举办X颁奖晚会 / 由A、B联合组织…: a heading's name, then the item's 由 sentence
    if re.search(r"\s" + _SIGNED_ON.pattern + r"\s*$", prev):
        return False  # 某县文化局 2025年3月28日: a signature closing on its day, a line of its own
    return heading_of(fold(nxt)) is None
