"""Items: the units of a document's tree (tree.py) that become tasks.

`items(tree)` flattens the tree of numbered paragraphs into the units that become tasks, each
with its label and section path: a numbered item, a leaf heading with its text, or a heading
whose lines are one item's (item_shapes.py), without the signature closing the page
(page_end.py). `is_stage` tells a phase's heading from an item's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.importer.deadline_cell import opens_on_deadline, with_deadline_cells
from tracker.importer.duty_section import duty_norm
from tracker.importer.goals import goals_in, is_goal_section
from tracker.importer.headings import LABEL, NOT_LABEL
from tracker.importer.item_shapes import (
    card,
    card_paras,
    descendants,
    duty_pieces,
    field_lines,
    fills_role_field,
    group_card,
    members_after,
    numbered_fields,
    roles_below,
    roles_close,
    short_lines_under_name,
    staged_steps,
    text_then_fields,
)
from tracker.importer.page_end import unsigned
from tracker.importer.roles_open import roles_open
from tracker.importer.tree import Node


@dataclass(frozen=True, slots=True)
class Item:
    """One unit of work as written: a numbered item, a leaf heading with its text, a paragraph."""

    label: str
    text: str  # original wording, marker included
    norm: str
    first: int
    last: int
    section: tuple[str, ...]  # heading lines above the item
    labels_above: tuple[str, ...]  # "单位:" labels above and on the item, nearest last
    stage_line: int | None = None  # first line of the phase heading the item sits under
    own: str = ""  # folded text after the marker


# (市建委牵头) / (区教育局负责) closing a paragraph.
_CLOSING_ROLE = re.compile(r"[(（][^()（）]{2,40}(?:牵头|负责)[)）]\s*[。.]?\s*$")


def _cut_item(root: Node) -> Item | None:
    """A page that starts inside an item (…居乡村建设。… (市建委牵头) / 10.…): the paragraph
    before the first numbered heading, when that heading is not item 1 and the paragraph ends
    in its own role, is the tail of the item before it."""
    if not root.children or not root.body:
        return None
    h, p = root.children[0].heading, root.body[-1]
    if h is None or h.kind != "num" or h.number < 2 or root.children[0].para is None:
        return None
    if p.last >= root.children[0].para.first or not _CLOSING_ROLE.search(p.norm) or len(p.norm) < 30:
        return None
    return Item("", p.text, p.norm, p.first, p.last, (), (), None, p.norm)


def _salutation(node: Node, child: Node) -> bool:
    """各院部: alone on the page's first line, or after the page's header (各乡镇人民政府、县直
    各单位: before the notice's text), or after the page's metadata fields (发文机关: / 成文日期:):
    the notice's addressees, not a unit's heading."""
    before = node.children[: node.children.index(child)] if child in node.children else [child]
    return (
        node.heading is None
        # 发文机关: / 成文日期: / 标题:…: a government page's metadata fields may come first
        and all(k.heading is not None and k.heading.kind == "label" and not k.children
                and _PAGE_FIELD.fullmatch(k.heading.label.strip()) for k in before)
        and child.para is not None
        and child.heading is not None
        # 各院部: / 校内相关单位: / 有关单位: (the units concerned, not one unit), 公司各科室、各
        # 分公司: (a list naming them by kind)
        and (any(name.startswith("各") for name in re.split(r"[、,]", child.heading.label))
             or re.search(r"(?:相关|有关)(?:单位|部门)$", child.heading.label) is not None)
        and (not child.para.norm[child.heading.end :].strip()
             or _OPENING.match(child.para.norm[child.heading.end :]) is not None)
    )


# 发文机关: / 成文日期: / 发文字号: / 索引号: / 标题:: a government page's metadata fields, labels of
# the page, not of a unit.
_PAGE_FIELD = re.compile(
    r"发文机关|发布机构|成文日期|发布日期|发文字号|文号|索引号|标题|主题分类|信息名称|来源|失效时间|有效性|公开方式"
)


# 各单位: 今年6月份是…,为…,现将有关事项通知如下: the addressees with the notice's opening run on
# after them on one line (a long sentence saying why), not a unit's heading over its duties.
_OPENING = re.compile(r"\s*(?:为|根据|按照|今年|近年|近期|随着)[^:]{40,}")


def items(root: Node) -> list[Item]:
    out: list[Item] = []
    cut = _cut_item(root)
    if cut is not None:
        out.append(cut)
    _walk(root, (), (), None, out)
    return out


def _walk(
    node: Node,
    section: tuple[str, ...],
    labels: tuple[str, ...],
    stage: int | None,
    out: list[Item],
) -> None:
    for child in node.children:
        h, para = child.heading, child.para
        assert h is not None and para is not None
        labels_here = labels + ((h.label,) if h.kind == "label" and not _salutation(node, child) else ())
        inner = LABEL.match(para.norm[h.end :]) if h.kind != "label" else None
        if inner and not NOT_LABEL.search(inner.group(1)):
            labels_here += (para.text[h.end + inner.start(1) : h.end + inner.end(1)],)
        stage_here = para.first if is_stage(child, node) else stage
        own = para.norm[h.end :]
        if not child.children and not own.strip() and _salutation(node, child):
            continue  # 各科室、社区: over the notice's opening paragraphs: the addressees, no work
        if child.grouped or fills_role_field(child):
            kids = [q for k in child.children if k.para for q in (k.para, *k.body)]
            parts = [para, *kids, *child.grouped]
            text = "\n".join(q.text for q in parts)
            norm = "\n".join(q.norm for q in parts)
            out.append(
                Item(h.label, text, norm, para.first, parts[-1].last, section, labels_here,
                     stage_here, norm[h.end :])
            )
            continue
        if child.para is not None and not child.grouped and duty_pieces(child):
            # 三、职责分工 over X负责… / X:… paragraphs: one piece of work shared out
            parts = card_paras(child) if child.children else list(unsigned(child.body))
            parts = [para, *parts]
            text = "\n".join(q.text for q in parts)
            norm = duty_norm("\n".join(q.norm for q in parts))
            out.append(Item(h.label, text, norm, para.first, parts[-1].last, section, labels_here,
                            stage_here, norm[h.end :]))
            continue
        if group_card(child):
            parts = sorted([para, *child.body, *(q for k in descendants(child) for q in (k.para, *k.body) if q)],
                           key=lambda q: q.first)
            text = "\n".join(q.text for q in parts)
            norm = "\n".join(q.norm for q in parts)
            out.append(Item(h.label, text, norm, para.first, parts[-1].last, section, labels_here,
                            stage_here, norm[h.end :]))
            continue
        if card(child) or numbered_fields(child):
            # 二、文艺大比拼 over 项目: / 活动规则: / 奖项设置: lines: the fields of one activity,
            # so the heading is one item holding them all (a deadline in a field is its own).
            parts = [para, *card_paras(child)]
            text = "\n".join(q.text for q in parts)
            norm = "\n".join(q.norm for q in parts)
            out.append(Item(h.label, text, norm, para.first, parts[-1].last, section, labels_here,
                            stage_here, norm[h.end :]))
            continue
        dated = bool(child.children) and opens_on_deadline(child.body)  # 一、X / 20xx年11月底前,…
        if child.children and (_OWN_ROLE.search(own.split("\n")[0]) or roles_below(para)
                               or _ROLE_FIELDS.search(own.split("\n")[0])
                               or _BY_IN_CHARGE.search(own.split("\n")[0])
                               or UNIT_IN_CHARGE.fullmatch(own.strip())
                               or _LED_GROUP.fullmatch(own.strip())
                               or _OWN_DEADLINE.search(own.split("\n")[0]) or dated):
            # 一、强化科技创新(区科技局牵头) over its measures: the heading names who leads the
            # group's work, so it is an item with the text before its first numbered child (its own
            # text too when that opens on the whole's deadline: 一、任务要求 / 20xx年11月底前,…).
            paras = [para, *child.body]
            out.append(Item(h.label, "\n".join(q.text for q in paras), "\n".join(q.norm for q in paras),
                            para.first, paras[-1].last, section, labels_here, stage_here,
                            own + "\n" + child.body[0].norm if dated else own))
            _walk(child, section + (_short(child),), labels_here, stage_here, out)
        elif child.children and members_after(child.body):
            # 一、组织领导 over the group, its members and its office, then its working groups:
            # the text before them is the heading's own, one item
            paras = [para, *child.body]
            norm = "\n".join(q.norm for q in paras)
            out.append(Item(h.label, "\n".join(q.text for q in paras), norm, para.first, paras[-1].last,
                            section, labels_here, stage_here, norm[h.end :]))
            _walk(child, section + (_short(child),), labels_here, stage_here, out)
        elif child.children:
            sec = section + (_short(child),)
            for p in child.body:  # text between a heading and its first numbered child
                if not p.norm.rstrip().endswith(":") and len(p.norm) >= 12:
                    out.append(Item("", p.text, p.norm, p.first, p.last, sec, labels_here, stage_here, p.norm))
            _walk(child, sec, labels_here, stage_here, out)
        elif (
            len([p for p in unsigned(child.body) if not _CONTACT.match(p.norm)]) <= 1
            or staged_steps(child.body)
            or roles_below(para)
            or short_lines_under_name(own, unsigned(child.body))
            or field_lines(child.body)
            or text_then_fields(child.body)
            or roles_close(child.body)
            or roles_open(child.body)
            or members_after(unsigned(child.body))
        ):
            # One paragraph under a heading, or several under a heading whose role lines
            # (校办――责任人… / 牵头单位:…) follow it: the heading's own text (a signature
            # closing the notice below it is not).
            paras = [para, *unsigned(child.body)]
            text = "\n".join(p.text for p in paras)
            norm = "\n".join(p.norm for p in paras)
            out.append(
                Item(
                    h.label,
                    text,
                    norm,
                    para.first,
                    paras[-1].last,
                    section,
                    labels_here,
                    stage_here,
                    norm[h.end :],
                )
            )
        else:
            # A heading over several paragraphs: a section whose paragraphs are the items.
            # The heading line is an item too when it says more than a name, or when under a
            # goal section it states targets the paragraphs below break down (全县12个社区实现
            # 充分就业10个,达标率80%以上。 over ⑴2006年2个…).
            # (二)分类处置(2026年4月底前): a name and by when the whole is done, an item too
            if re.search(r"[。;][^。;]{6,}", own) or is_goal_section(section[-1:]) and goals_in(own, own) \
                    or _NAME_BY_WHEN.fullmatch(own.strip()):
                out.append(
                    Item(
                        h.label,
                        para.text,
                        para.norm,
                        para.first,
                        para.last,
                        section,
                        labels_here,
                        stage_here,
                        own,
                    )
                )
            sec = section + (_short(child),)
            for p in with_deadline_cells(child.body):  # X负责,… / 2008年5月1日前: its deadline cell
                out.append(
                    Item("", p.text, p.norm, p.first, p.last, sec, labels_here, stage_here, p.norm)
                )


# 联系人:某甲 联系电话:… under an item: whom to ask, no paragraph of work of its own.
_CONTACT = re.compile(r"\s*(?:联系人|联系电话|联系方式|咨询电话)\s*:")


# (二)、X问题整改…由建设企业负责整改,其余的…: a heading whose own text says who is in charge.
_BY_IN_CHARGE = re.compile(r"由[^,;:。由()]{2,20}负责(?!人)|[—-]{2}[^,;:。()—-]{2,12}负责$")  # X比赛——王某负责
# 分类处置(2026年4月底前): a heading's name, then by when the whole is done, in brackets.
_NAME_BY_WHEN = re.compile(
    r"[^。;,()（）]{2,30}[(（](?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末|份)?\s*(?:之|以)?前[)）]"
)
# (一)X。…,2018年底前基本完成X。 over its steps: a heading saying, in a sentence of its own
# after its name, by when the whole work is done.
_OWN_DEADLINE = re.compile(
    r"。[^。]*?(?:(?:19|20)\d\d\s*年\s*)?(?:\d{1,2}\s*月\s*)?(?:\d{1,2}\s*日|底|末)(?:之|以)?前"
    r"(?:基本|全面|全部)?完成"
)
# 一、县示范区管委会牵头工作(8项) over 1. 2. …: a task list's group, headed by the unit leading
# its work (the count of items after it).
_LED_GROUP = re.compile(r"[^,;:。()]{2,24}(?:牵头|负责)(?:的)?(?:工作|事项|任务)\s*(?:\(\s*\d{1,3}\s*项\s*\))?")
# 4、市建设局负责: over (1) (2) …: a heading that only names the unit doing the steps below.
UNIT_IN_CHARGE = re.compile(r"[^,;:。()]{2,24}(?:负责|牵头)\s*:")
# (十一)X管理 牵头单位:A 配合单位:B 主要任务:1、… (a one-line page): the heading's own line
# gives its roles as fields, so it is the item over the numbered steps of its 主要任务.
_ROLE_FIELDS = re.compile(r"(?:牵头|责任|主要责任)(?:单位|部门)\s*:\s*[^\s:,;。]{2,}")
# A heading ending in its own role clause in brackets: …(区科技局牵头) / …(牵头单位:市商务局).
_OWN_ROLE = re.compile(r"\([^()]{2,40}(?:牵头|负责|牵头单位:[^()]+)\)\s*$")


def _short(node: Node) -> str:
    """Section name: the heading up to its first sentence end, as written."""
    text = node.title
    m = re.search(r"[。;；]", text)
    if m and m.start() > 0:
        text = text[: m.start()]
    return text.strip()


_DATED_TITLE = re.compile(r"^[^。;(]{2,24}\([^()]*\d{1,2}\s*月[^()]*\)$")
# a unit in a role inside an item's closing bracket: the item is a task with its deadline
_BRACKET_ROLE = re.compile(r"\([^()]*(?:牵头|负责|配合|协助|会同|主办|协办|责任单位|责任部门)[^()]*\)$")
STEPS = re.compile(r"步骤|时间安排|时间节点|进度安排|阶段安排|日程安排|方式和时间|时间和方式|时间规划")
_HAS_DATE = re.compile(
    r"\d{1,2}\s*月|月\s*\d{1,2}\s*日|[一二三四五六七八九十]{1,2}月|(?:19|20)\d\d\s*年?\s*[-—–~至到]\s*(?:19|20)\d\d\s*年"
)


def is_stage(node: Node, parent: Node | None = None) -> bool:
    """A phase heading: 第一阶段 / …阶段(5月15日至6月15日) / a dated step under 实施步骤."""
    h = node.heading
    if h is None or node.para is None:
        return False
    own = node.para.norm[h.end :]
    first = re.split(r"[。:,;(]", own, maxsplit=1)[0]
    if h.kind == "stage" or first.rstrip('”" ').endswith("阶段"):
        return True
    if h.kind == "label" and h.label.endswith("阶段"):
        return True
    if _DATED_TITLE.match(own.strip()) and not _BRACKET_ROLE.search(own):
        return True  # (二)组织实施(7月20日—10月15日); not 开展检修(县住建局负责,9月30日前)
    if parent is not None and parent.para is not None and STEPS.search(parent.para.norm):
        return bool(_HAS_DATE.search(node.para.norm[h.end : h.end + 30]))
    return False
