"""The plan's title: which line of a page names the plan, and that name without the site's words.

The title block is the lines just above a plan's preamble or first heading. Cover notices
(关于印发《X》的通知 … 印发给你们), 文号, dates, addressees and site banners above it are passed
over; a title broken over lines is joined; an attachment line (附件:X) names the plan a notice
hands out; a table's caption names a table's plan. Where no title line is found, the preamble
(为…,现制定X方案), the notice or the file's name may name it, and failing all of them the draft
says it is untitled (未命名方案). `tidy_title` takes off what sites add to a name (范文, 3篇, a
date, a path), and `second_look` reads the title block again when the answer is no title at
all (second_look.py).
"""

from __future__ import annotations

import re

from tracker.importer.attachment_list import body_anchor
from tracker.importer.clean import Para, spaced_row
from tracker.importer.cover_notice import (
    HANDED_OUT,
    NOTICE_ITEMS,
    NOTICE_LOOSE,
    named_fuller_by_notice,
    notice_name,
)
from tracker.importer.headings import heading_of
from tracker.importer.page_headline import over_byline
from tracker.importer.second_look import second_look
from tracker.importer.shared_file import past_chunk_number, shared_blurb, title_chunk
from tracker.importer.site_path import fuller_below
from tracker.importer.title_marks import (
    broken_title,
    run_on_sentence,
    title_piece,
    written_fuller,
)
from tracker.importer.title_tidy import CATEGORY, SITE_TAIL, tidy_title
from tracker.importer.titleblock import (
    bare_kind,
    fuller_headline,
    glued_to_contents,
    headline_above,
    info_box_name,
    sent_by_notice,
    title_after_collection,
    title_after_file_name,
    title_before_this_plan,
    title_named_twice,
    without_trailers,
    without_upload_tail,
)
from tracker.importer.unit_names import is_unit

# 篇3 / (篇2) / 篇一 closing a line: a site's number of one of its samples (split.py starts a plan there).
SAMPLE_MARKER = re.compile(r"篇\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*\)?\s*$")
# …特制定本方案。 / 方案如下: a preamble saying the plan is made here.
PREAMBLE = re.compile(
    r"(?:(?:制定|制订|提出|决定)[^。]{0,60}(?:方案|计划|办法)[。:]?|(?:方案|计划)[^。]{0,30}如下[:。]?)\s*$"
)
_TITLE_WORDS = re.compile(r"方案|计划|意见|办法|通知|细则|要点|分工表|分解表|任务表|清单|进度表|一览表|校历|行事历")
_SPECIFIC = re.compile(r"(?:制定|制订)(?:了|出)?([^。,;:]{4,50}?(?:方案|计划|办法))")
_NOTICE = re.compile(r"^关于(?:印发|下发|转发|发布)《(.+?)》的(?:通知|函)$")
_QUOTED = re.compile(r"《([^《》]{4,60}?(?:方案|计划))》")
_GENERIC = re.compile(
    r"^(?:特|现|如下|以下|本|我镇|我县|我乡|我区|我市|我校|我局|本单位)*"
    r"(?:创建)?(?:工作)?(?:实施)?(?:方案|计划|办法)$|^(?:本|相关)[\u4e00-\u9fff]"  # 本园X计划, 相关X方案: no name
)




def short_title_line(p: Para) -> bool:
    """A short line naming a kind of plan, no heading, not closing on a sentence's stop."""
    n = p.norm
    return (
        len(n) <= 40
        and not re.search(r"[。;,:]$", n)
        and bool(_TITLE_WORDS.search(n))
        and heading_of(n) is None
    )

_ANCHOR = re.compile(r"^(?:为|根据|按照|依据|依照)[^。]{10,}")
_METADATA = re.compile(
    r"〔\d{4}〕|\[\d{4}\]|\d+号$|文件$|索引号|发文|法宝|引证码|来源:|日期:|字体|^全文$"
    r"|^\d{4}\s*年\s*(?:\d{1,2}\s*月|$)|^\d{6,8}$"
    r"|^您?当前(?:所在)?位置|您的位置|^[\u4e00-\u9fff]{0,20}(?:网|频道)$|公开发布"
    r"|公开(?:日期|方式)|发布机构|信息名称|成文日期|^(?:主题)?分\s*类\s*:|^名\s*称\s*:"
    # …方案2018-12-04李某老师: a page's byline (the date posted and the author), not a title
    r"|\d{4}-\d{1,2}-\d{1,2}\s*[\u4e00-\u9fff]{0,6}$"
    # 作者:某某 / 栏目:方案 / 时间: 03-25: a page's byline, one field a line (its column a kind of plan)
    r"|^(?:作\s*者|栏\s*目|欄\s*目|时\s*间|時\s*間|编\s*辑|責任編輯|责任编辑)\s*:"
)
_TITLE_WORD = re.compile(
    r"方案|计划|意见|办法|通知|细则|要点|规划|清单|分工方案|计划书|分工表|分解表|任务表|预案"
    # 工作进度表 / 任务一览表 / 2025-2026学年第一学期校历 (行事历): a table of the work, a school's calendar
    r"|进度表|一览表|校历$|行事历$"
    # 竞赛规程 / 规程总则: a sports meet's rules, the plan of the meet; 工作规则: a body's
    # working rules, how its work is done
    r"|规程(?:总则)?$|工作规则$"
    # 2024年政府工作报告: the year's work a government reports it will do, item by item
    r"|\d{4}年政府工作报告$"
    # 学雷锋主题活动策划书 / 护士节活动策划 / …策划案, a sample's ordinal after it (【第一篇】): an activity's plan
    r"|策划[书案]?(?:【第?[一二三四五六七八九十\d]{1,3}篇】)?$"
    r"|(?:工作|目标|重点)任务$|安排$|(?:责任|任务)分(?:工|解)$|时间表(?:和路线图)?$|路线图$"
    # 村委会三年任期目标 / 2024年度工作目标: a document that is itself a target list
    r"|[^、,;。:]{4,}(?:任期|年度|工作)目标$"
    # X2024年目标管理责任书 / X目标责任书: a body's letter of its year's targets and duties, its plan
    r"|目标(?:管理)?责任书$"
    # 关于…的具体措施 / 若干措施: a set of measures is a plan's name too
    r"|[^、,;。]{6,}的(?:具体|若干|配套)?措施$"
)
# A flattened preview opening (after its chunk number 1、) with the file's name and the
# document's heading, the same words twice before the addressee (X实施方案 X实施方案 各社区:为…)
_NAME_TWICE = re.compile(r"^\s*(?:\d{1,2}、)?([^。;:,\s]{4,60}?(?:方案|计划|意见|办法|细则|要点|预案))\s*\1")
_TITLE_THENPREAMBLE = re.compile(
    # an essay site's chapter mark (第壹章:) before the title is not part of it
    r"^\s*(?:第[壹贰叁一二三四五六七八九十]{1,3}[章篇]\s*:\s*)?"
    r"[《【]?([^。;:,【】]{4,60}?(?:方案|计划|意见|办法|细则|要点|预案|(?:及|职责)分工|的通知)(?:\([^()]{2,20}\))?)[》】]?"
    r"(?:文稿|范文|范本)?"  # …方案文稿为…: an essay site's word for the sample, before the preamble
    # …方案 then the preamble, or then the site's number of the sample (…检查方案4进入四月…);
    # X的通知为…: a notice's title on a page flattened to one line, run into its preamble;
    # 《…细则》 in book-title marks, or 【…方案】 in a site's lenticular brackets, as the whole title line;
    # a division of work (…实施机构及分工) names a plan too
    # …方案“为了…: a stray quote mark the page left before the preamble; …工作要点 2023年是…: one opening on its year
    # …工作计划2024年,全县…: one run into a preamble opening on its year and a comma
    # …方案各村委会、镇直各单位为…: the plan's addressees between (their colon lost by the page)
    r"(?=[“\"]?(?:[为為]|根据|根據|按照|依据|依據)|\d{1,2}(?=[\u4e00-\u9fff])|\s+\d{4}年(?:是|以来)|\d{4}年[,，]"
    r"|[^。;:,!?《》\s]{0,8}各[^。;:,!?《》\s为為]{1,40}[为為](?!止))"
)
# 【护士节活动策划】在每年的…: a page's title in lenticular brackets opening its first line (with the file's pages: (16页)).
_BRACKETED_TITLE = re.compile(r"^\s*【([^【】。;,:]{4,40}?(?:方案|计划|策划书?|安排))(?:\(\d{1,4}[页頁]\))?】")
# A sample site's intro sentence names the sample it offers: …为你精心准备了X方案参考范文,….
_SITE_INTRO = re.compile(
    r"(?:为你|为您|为大家)[^,。;]{0,8}(?:准备|整理|收集|搜集|推荐|分享)(?:了|的)\s*"
    r"([^,。;:!?“”《》]{4,40}?(?:方案|计划|办法|细则|预案))(?:参考)?(?:范文|范本|模板|例文)"
)
# …计划编制人:[姓名]: a form's sign-off fields (编制人 / 审核人 / 批准人) glued to the title too.
_PAGE_TAIL = re.compile(
    r"\s*(?:发布时间|发布日期|来源|日期|作者|浏览次数|点击数|字号|字体|编制人|审核人|批准人)\s*[:：]"
)
_SUBTITLE = re.compile(r"^\([^()]{2,16}\)$")
_BREADCRUMB = re.compile(r"^(?:您?当前(?:所在)?位置|您的位置|您现在的位置|你的位置)\s*[::]?")
# A keyword row (人居环境,实施方案,改善,街道,创建): short words and commas, not a title.
_KEYWORDS = re.compile(r"^(?:[^,，、\s]{1,6}\s*[,，、]\s*){3,}[^,，、\s]{1,6}$")
_ENDS_TITLE = re.compile(r"(?:方案|计划|意见|办法|细则|要点|预案|规划|清单|分工表|分解表)(?:\([^()]{1,12}\))?$")




def _title_line(p: Para) -> bool:
    n = p.norm.strip()
    return (
        6 <= len(n) <= 80
        # …认真贯彻落实. : a sentence whose 。 the page wrote as an ASCII full stop
        and not re.search(r"[。;,:!?]$|(?<=[\u4e00-\u9fff])\.$", n)
        and heading_of(n) is None
        and not _METADATA.search(n)
        and not _KEYWORDS.match(n)
        and not _COLLECTION.search(n)
    )


# X方案集合(精选3篇) / X方案合集 篇1 / X计划大全: an essay site's collection of samples, its
# heading no plan's title.
_COLLECTION = re.compile(r"(?:集合|合集|大全)\s*(?:\([^()]{0,6}\d{1,3}篇\)|篇\s*\d{1,2})?$")





# An essay site's label before the sample's name: 范文资料:X实施方案, 标题:X.
# …and its sample's number before the name: 方案二:X方案 / 篇一:X计划 / 范文3:X方案 / 第一篇:X方案
# …or the label as a field row's first cell: 标题 | X | (the name in the row's second cell)
_SAMPLE_LABEL = re.compile(
    r"^\s*(?:范文资料|范文|参考范文|文章标题|标题|文档介绍|(?:方案|计划|篇|范文)[一二三四五六七八九十\d]{1,2}"
    r"|第[一二三四五六七八九十\d]{1,2}篇)\s*"
    r"(?::|(?P<cell>\|)(?=[^|]+\|\s*$))\s*(?=\S)"
)


def _without_sample_label(p: Para) -> Para:
    m = _SAMPLE_LABEL.match(p.norm)
    if not m:
        return p
    text, norm = p.text[m.end() :], p.norm[m.end() :]
    if m.group("cell"):  # the row's closing bar
        text, norm = re.sub(r"\s*[|｜]\s*$", "", text), re.sub(r"\s*\|\s*$", "", norm)
    return Para(p.first, p.last, text, norm)


_DRAFT = re.compile(r"征求意见稿|送审稿|讨论稿|草案|草稿")


# 活动计划 经费申请.pdf 报名表.doc: the files a page lists after the title (its attachments; the
# cleaning has joined them to it).
_FILES_AFTER = re.compile(
    r"(?<=方案|计划|計畫|計劃|通知|办法|辦法|细则|細則)\s*[^\s.]{2,40}\.(?:pdf|docx?|xlsx?|wps)(?:\s.*)?$",
    re.IGNORECASE,
)


def _without_page_tail(p: Para) -> Para:
    """A title line with the page's metadata after it (发布时间: …, 来源: …), or the file names of
    its attachments, cut off."""
    files = _FILES_AFTER.search(p.norm)
    if files and files.start() >= 2:
        p = Para(p.first, p.last, p.text[: files.start()], p.norm[: files.start()])
    m = _PAGE_TAIL.search(p.norm)
    if not m or m.start() < 6:
        return p
    return Para(p.first, p.last, p.text[: m.start()], p.norm[: m.start()])


# A page's metadata as `|` rows (| 索引号: | … | 发布机构: | …): above the title, not a table.
_META_ROW = re.compile(
    r"^\|?\s*(?:索\s*引\s*号|发\s*布\s*机\s*构|文\s*号|成\s*文\s*日\s*期|名\s*称|标\s*题|分\s*类"
    r"|主\s*题|发\s*文|信\s*息\s*分\s*类|关\s*键\s*词|政\s*策\s*咨\s*询"
    r"|公\s*开\s*(?:日\s*期|方\s*式)|发\s*布\s*(?:单\s*位|日\s*期))\s*[:|]"
)
# X任务分解 | ||: a row whose first cell alone holds words, the rest empty: the title as a
# caption cell, no table row.
_CAPTION_CELL = re.compile(r"^\s*\|?\s*[^|]{4,60}?\s*\|[\s|]*$")


def _opens_body(p: Para) -> bool:
    h = heading_of(p.norm)
    table = (
        (p.norm.count("|") >= 2 and not _META_ROW.match(p.norm.strip()) and not _NAV_ROW.search(p.norm)
         and not _CAPTION_CELL.match(p.norm))
        or p.norm.strip() in ("序号", "编号")
        or (p.norm.startswith("序号") and spaced_row(p.text))  # 序号 任务 牵头领导 … by spaces
    )
    return bool(_ANCHOR.match(p.norm)) or (h is not None and h.kind != "label") or table


# 附件:2016年民生实事目标任务分解表 in a cover notice: the attachment it hands out.
_ATTACHMENT = re.compile(r"^附件\s*\d?\s*[:：]?\s*(\S.{3,60})$")
# (截至4月10日) / (1-11月): a progress table's status date or months covered after its
# caption, not part of the title.
_AS_OF = re.compile(r"\s*[(（](?:截[至止][^()（）]{1,20}|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?)[)）]\s*$")
# Site navigation written as a `|` row, or a site's links glued by bars (six or more): not a table.
_NAV_ROW = re.compile(r"当前位置|您的位置|首页|登录|注册|^(?:[^|\s]{2,24}\|){6}")


def document_title(paras: list[Para]) -> str | None:
    """The title block: the title line(s) just above the preamble or the first heading.

    Cover notices (关于印发《X》的通知), 文号, dates, addressees (…各有关单位:) and site
    banners above it are passed over; a title broken over two lines is joined. A notice's
    attachment (附件:X) shown after it as a line of its own is the plan; so is a table's
    caption above its header when nothing else is a title. A headline written a word shorter
    than the name the cover notice gives the plan yields to that name.
    """
    for i, p in enumerate(paras[:40]):
        m = _ATTACHMENT.match(p.norm.strip())
        # …(三)… (四)… 附件:X: an attachment named after the plan's numbered items is the plan's
        # table, not its title (after a notice's preamble it is the plan the notice sends)
        if m and _TITLE_WORD.search(m.group(1)) and not any(_numbered(q) for q in paras[:i]):
            name = m.group(1).strip()
            shown = next((q for q in paras[i + 1 :] if q.norm.strip() == name), None)
            if shown is not None:
                return shown.text.strip()
    found = _document_title(paras)
    if found:
        found = _AS_OF.sub("", found) or found
        return named_fuller_by_notice(paras, found) or found
    if headline := over_byline(paras, _title_line):  # a news page's title, right above its byline
        return headline
    # the line above a table's 序号 header is its caption: …分解表, or a progress report's name
    # (…项目推进情况), over its as-of note ((截至9月1日)) when that stands on a line of its own
    for p, q in zip(kept := [p for p in paras if _AS_OF.sub("", p.norm.strip())], kept[1:]):
        caption = _AS_OF.sub("", p.norm.strip())
        if _table_head(q) and len(p.norm) <= 40 and (_ENDS_TITLE.search(caption) or _title_line(p)):
            return _AS_OF.sub("", p.text.strip())
    return info_box_name(paras)








def _numbered(p: Para) -> bool:
    h = heading_of(p.norm)
    return h is not None and h.kind != "label"


def _table_head(p: Para) -> bool:
    n = p.norm.strip()
    return n.strip("|").strip() in ("序号", "编号") or (n.startswith("序号") and n.count("|") >= 2)


def _document_title(paras: list[Para]) -> str | None:
    # A cover notice (关于印发…的通知 … 现将《X》印发给你们 … office, date) comes before the
    # plan: look for the plan's own body after it, and at the notice only if there is none.
    notice_end = max(
        (i for i, p in enumerate(paras[:30]) if NOTICE_LOOSE.search(p.norm) or HANDED_OUT.search(p.norm)),
        default=-1,
    )
    anchor = body_anchor(paras, notice_end, _opens_body)  # not at an attachment list's item
    if anchor is None:
        return None
    if chunk := title_chunk(paras[: anchor + 1]):  # 《X》由会员分享… / 1、X方案: the file's title, the first chunk
        return chunk
    for i in range(anchor, 0, -1):
        blurb = shared_blurb(paras[i - 1].norm)
        file = None if blurb else _FILE_NAME.match(paras[i - 1].norm)
        if blurb or file:  # the blurb under the file's name, or the uploaded file's name alone
            at = past_chunk_number(paras[i].norm)  # the preview's chunk number, if kept
            own = _TITLE_THENPREAMBLE.match(paras[i].norm[at:])
            if own and len(own.group(1)) >= 6 and len(paras[i].text) == len(paras[i].norm) \
                    and (blurb or file is not None and written_fuller(own.group(1), file.group(1))):
                # 某镇X实施方案为加快…: the document's own title, glued to its preamble, is the
                # plan's, not the file name the uploader gave above (under the name alone, when
                # the name is that title with a character or two left out: X2022 for X2022年)
                return paras[i].text[at + own.start(1) : at + own.end(1)].strip()
            break
    cover: str | None = None  # the plan named by a cover notice, if no title line follows
    for i in range(anchor - 1, max(-1, anchor - 9), -1):
        p = without_trailers(_without_sample_label(_without_page_tail(paras[i])))
        if re.fullmatch(r"\([^()]*\)", p.norm.strip()):
            continue  # (征求意见稿) / (2015年9月15日) under the title: a note, not the title
        nxt_p = paras[i + 1] if i + 1 < anchor else None
        if nxt_p is not None and not NOTICE_LOOSE.search(p.norm) \
                and broken_title(p.norm.strip(), nxt_p.norm.strip(), _ENDS_TITLE):
            # a title broken by the page: …创建实施方 / 案(参考), …工作的 / 通 知
            p = Para(p.first, nxt_p.last, p.text.strip() + nxt_p.text.strip(),
                     p.norm.strip() + nxt_p.norm.strip())
        if not (_title_line(p) and _TITLE_WORD.search(p.norm)) or run_on_sentence(p.norm):
            continue
        text, norm = p.text.strip(), p.norm.strip()
        for k in (i - 1, i - 2):  # a title broken over two or three lines, its pieces above
            if k < 0:
                break
            q = paras[k]
            unbalanced = q.norm.count("《") > q.norm.count("》")
            if norm.startswith("关于") and _ENDS_TITLE.search(norm) and "关于" not in q.norm \
                    and is_unit(q.norm.strip()) and not re.search(r"意[见見]$", norm):
                # 某区教育局 / 关于开展X的实施方案: the issuer heading the page, not a piece of
                # the plan's title (a notice's title keeps its issuer, and so does an 意见's,
                # issued in its name: 某乡人民政府 / 关于…的实施意见)
                break
            if not (
                _title_line(q)
                and (unbalanced or not _TITLE_WORD.search(q.norm) or bare_kind(norm))
                and len(q.norm) <= (60 if bare_kind(norm) else 30)  # no subject below: a long one above
                and title_piece(q.norm)
            ):
                break
            text, norm = q.text.strip() + text, q.norm.strip() + norm
        nxt = paras[i + 1] if i + 1 < anchor else None
        if nxt is not None and _SUBTITLE.match(nxt.norm.strip()) and not _DRAFT.search(nxt.norm):
            # (2019—2020年), (试行) belong to the title; (征求意见稿) says what stage the draft is at
            text, norm = text + nxt.text.strip(), norm + nxt.norm.strip()
        notice = NOTICE_LOOSE.search(norm)
        if notice:  # the cover notice: the plan's own title comes later, or only here
            # …印发给你们,并就有关事项通知如下: the items below are the notice's own, the plan
            # it hands out is not shown, so the notice is the plan and keeps its own title.
            own_items = any(NOTICE_ITEMS.search(q.norm) for q in paras[i:anchor])
            cover = cover or (text if own_items else notice_name(text, norm))
            continue
        if glued_to_contents(paras, p.text.strip()):
            return headline_above(paras, i) or text.replace(" ", "")
        if "?" in norm:  # characters the page lost: the clean line above naming the same plan
            clean = next((q.text.strip() for q in paras[:i] if "?" not in q.norm and _title_line(q)
                          and q.norm.strip()[-4:] == norm[-4:] and _TITLE_WORD.search(q.norm)), None)
            text = clean or text
        text = SITE_TAIL.sub("", text.replace(" ", "")).strip()
        return fuller_headline(paras[:i], text, _title_line) or text or None
    if cover:
        return cover
    for p in paras[:6]:
        crumb = _BREADCRUMB.match(p.norm)
        if crumb:
            last = re.split(r"\s*[?›>»/]\s*", p.text[crumb.end() :].strip())[-1].strip()
            if _TITLE_WORD.search(last):  # a short one (发展规划) the site's column, a headline over a byline first
                # …> X实施方案 over —1—X工作实施方案为…: the document's own title, written fuller
                fuller = fuller_below(paras[: anchor + 1], last, _TITLE_THENPREAMBLE.match)
                return fuller or (len(last) <= 6 and over_byline(paras, _title_line)) or last
    for p in paras[: anchor + 1]:  # the page's title in 【】 (before a preamble's 本X方案)
        m = _BRACKETED_TITLE.match(p.norm)
        if m:
            return p.text[m.start(1) : m.end(1)].strip()
    for p in paras[:anchor]:  # a sample site's intro: 小编为你精心准备了X方案参考范文,…
        m = _SITE_INTRO.search(p.norm)
        if m:
            return p.text[m.start(1) : m.end(1)].strip()
    for p in paras[: anchor + 1]:  # the preamble: 为…,现制定XX实施方案
        m = _SPECIFIC.search(p.norm) if heading_of(p.norm) is None else None
        made_here = m is not None and (p.norm[max(0, m.start() - 1) : m.start()] in ("特", "现"))
        if m and made_here and not _GENERIC.match(_strip_lead(m.group(1))) and not _FOLLOWING.match(m.group(1)):
            return p.text[m.start(1) : m.end(1)].strip()
    for p in paras[: anchor + 1]:  # X方案 X方案 各单位:…: a preview's file name, then its heading
        m = _NAME_TWICE.match(p.norm)
        if m:
            return p.text[m.start(1) : m.end(1)].strip()
    for p in paras[: anchor + 1]:  # …_X方案X方案为…: a file name, then the same heading, glued
        if twice := title_named_twice(p):
            return twice
    for p in paras[: anchor + 1]:  # the title runs straight into the preamble
        # after a document site's chunk number (1、X方案为…), its sharing blurb dropped as noise
        at = past_chunk_number(p.norm) if p is paras[0] else 0
        m = _TITLE_THENPREAMBLE.match(p.norm[at:])
        if m and not _METADATA.search(m.group(1)):
            return SITE_TAIL.sub("", p.text[at + m.start(1) : at + m.end(1)].strip())
    # …方案与…方案范文X方案范文稿为…: the site's file name, then the plan's own title
    # X方案2023(通用5篇)X方案2022篇1为…: the site's collection heading, then the sample's own
    # 第1页共3页X方案秋季是…,特制定本方案。: the title run into a preamble saying this plan is made
    return next((t for p in paras[: anchor + 1]
                 if (t := title_after_file_name(p) or title_after_collection(p) or title_before_this_plan(p))), None)


# X方案范文仅供参考,自行编辑使用X方案: a template site's note, then the name again.
_TEMPLATE_NOTE = re.compile(r"(?<=\S{4})(?:范文|模板)?仅供参考[,，]?[^,，。]{0,12}使用.*$")


def title_of(paras: list[Para], marker: str | None) -> str:
    found = _title_tidied(paras, marker)
    return second_look(paras, found, tidy_title) or found  # none found, a sentence, the site's chrome


def _title_tidied(paras: list[Para], marker: str | None) -> str:
    found = _title_of(paras, marker)
    found = _TEMPLATE_NOTE.sub("", found).strip() or found
    found = CATEGORY.sub("", found)  # the site's category, even before a name glued to its contents
    half = len(found) // 2
    if len(found) >= 8 and len(found) % 2 == 0 and found[:half] == found[half:]:
        found = found[:half]  # X方案X方案: a document site's name and heading glued, the same words twice
    around = _named_around(found)
    if around:
        found = around  # X方案 Y方案 X方案: the name, a subtitle and the name again
    if found.startswith("未命名方案") or glued_to_contents(paras, found):
        return without_upload_tail(found)  # its own words kept, an uploaded file's name before it not
    if _COLLECTION.search(found.replace(" ", "")):
        return f"未命名方案(第{paras[0].first}行起)"  # the site's collection, the plan's name not shown
    return tidy_title(found) or found


def _named_around(title: str) -> str | None:
    """The name a title opens and closes with when a subtitle stands between (X方案 Y方案 X方案,
    a document site's file name around the document's own heading), or None."""
    t = title.replace(" ", "")
    for k in range(len(t) // 2 - 1, 5, -1):
        if t[:k] == t[-k:] and _ENDS_TITLE.search(t[:k]) and _ENDS_TITLE.search(t[k:-k]):
            return t[:k]
    return None


# X策划书.docx alone on the first line: the uploaded file's name over its flattened text.
_FILE_NAME = re.compile(r"^\s*([^\s。;:,]{4,60}?)(?:\(\d{1,4}[页頁]\))?\.(?:docx?|pdf|wps)\s*(?:$|下[载載]|上[传傳])", re.I)
# X策划书(1440 字)…: an essay site's sample name and its word count opening a flattened page.
_WORD_COUNT = re.compile(r"^\s*([^。;:,()]{4,60}?)\s*\(\s*\d{2,5}\s*字\s*\)")


def _title_of(paras: list[Para], marker: str | None) -> str:
    if marker is None:
        found = document_title(paras)
        if found:
            return found
        first = paras[0]
        if heading_of(first.norm) is None and short_title_line(first) and not NOTICE_LOOSE.search(first.norm):
            return first.text.strip()
        named = _FILE_NAME.match(first.norm) or _WORD_COUNT.match(first.norm)
        if named and _TITLE_WORD.search(named.group(1)):
            return first.text[named.start(1) : named.end(1)].strip()
        # No title line: the plan a cover notice sends, else say so (not a sentence, a cited document)
        return sent_by_notice(paras) or f"未命名方案(第{first.first}行起)"
    head = [p for p in paras[:4] if heading_of(p.norm) is None]
    for p in head:
        if p.text != marker and short_title_line(p):
            notice = _NOTICE.match(p.norm.strip())
            if notice:  # 关于印发《X方案》的通知: the plan is X, not the cover letter
                offset = len(p.norm) - len(p.norm.lstrip())
                return p.text[offset + notice.start(1): offset + notice.end(1)].strip()
            return p.text.strip()
    marker_named = bool(marker) and bool(_TITLE_WORD.search(SAMPLE_MARKER.sub("", marker.strip())))
    for p in head:
        if PREAMBLE.search(p.norm):
            m = _SPECIFIC.search(p.norm)
            if m and not marker_named and not _GENERIC.match(_strip_lead(m.group(1))):
                return p.text[m.start(1) : m.end(1)].strip()
            if marker:
                break
            q = _QUOTED.search(p.norm)
            if q:
                return p.text[q.start(1) : q.end(1)]
    if marker and re.search(r"[\u4e00-\u9fff]{2}", SAMPLE_MARKER.sub("", marker)):
        return marker.strip()
    if marker:  # a bare 篇一 under a site's intro: the sample's name is not shown
        return f"未命名方案(第{paras[0].first}行起)"
    first = paras[0]
    if heading_of(first.norm) is None and short_title_line(first):
        return first.text.strip()
    # No title line: say so rather than promote a sentence or a site banner to a title.
    return f"未命名方案(第{first.first}行起)"


# 特制定以下专项整治方案: "the following plan" names the kind of plan, not its title.
_FOLLOWING = re.compile(r"^(?:以下|如下)")


def _strip_lead(name: str) -> str:
    return re.sub(r"^(?:特|现|以下|如下)", "", name)
