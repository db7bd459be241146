"""Shapes in which a heading and what stands under it are one item, not several.

A working group's card (2、宣传组 over 组长: / 职责: lines), an activity's card (fields under a
name: 时间: / 地点: / 责任部门:, numbered or not), a body set up with its members listed, a
heading whose paragraphs close on its role lines, short lines under a short name, duties of
several units in one section, staged steps of one report chain: each is read as one item by
structure.items, its lines the item's text.
"""

from __future__ import annotations

import re

from tracker.importer.clean import Para
from tracker.importer.duty_section import duty_section
from tracker.importer.headings import ROLE_LINE, heading_of
from tracker.importer.listed_roles import EMPTY_FIELD, listed_line
from tracker.importer.page_end import unsigned
from tracker.importer.tree import DUTIES, Node, group_name
from tracker.importer.unit_names import is_unit


def group_card(node: Node) -> bool:
    """2、宣传组 over 组长: / 组员: / 职责: lines (the duties after the colon or as ① lines below):
    one working group's card, the group owning all its duties."""
    return bool(group_name(node)) and any(
        (h := heading_of(p.norm)) is not None and h.kind == "label" and DUTIES.fullmatch(h.label)
        for p in node.body
    )


def fills_role_field(node: Node) -> bool:
    """An item closing on an empty role field (责任单位:) over numbered lines that each name a
    unit and its share ((1)A负责…): the lines fill the field, they are the item's own text."""
    return (
        node.para is not None
        and bool(EMPTY_FIELD.search(node.para.norm.split("\n")[-1]))
        and bool(node.children)
        and all(k.para is not None and not k.children and not k.body and listed_line(k.para.norm)
                for k in node.children)
    )


# …领导小组成员名单如下: / 组长:某甲 / 副组长: 成员: (or a piece of one the page broke, 长:);
# a further deputy alone on the next line with posts in brackets (王某(镇党委委员、副镇长)); the
# member units listed at length (成员单位:由A、B、…等单位组成。)
_MEMBER_LINE = re.compile(
    r"[^。;]{0,24}(?:名单|成员|组员|组长|委员|长\s*:)[^。;]{0,24}"
    r"|[\u4e00-\u9fff]{2,4}\s*\([^()。;]{2,40}\)"
    r"|成员(?:单位)?\s*:[^。;:]{0,300}组成。?"
)


# …下设办公室,…负责… / 办公室设在X,…: the office set up under the group, where it sits.
_OFFICE = re.compile(r"下设[^。;]{0,30}负责|办公室设在")


def members_after(body: list[Para]) -> bool:
    """三、组织机构 over 公司成立了X领导小组,负责…。 and then the body's member list (and perhaps,
    last, the office it sets up under it: 领导小组下设办公室,…负责…): one item, the paragraph
    setting the body up and its members."""
    office = len(body) >= 3 and _OFFICE.search(body[-1].norm) is not None
    members = body[1:-1] if office else body[1:]
    return len(body) >= 2 and len(body[0].norm) >= 12 and bool(members) and all(
        _MEMBER_LINE.fullmatch(p.norm.strip()) for p in members
    )


def roles_close(body: list[Para]) -> bool:
    """(一)X over paragraphs, the last closed by its role lines (牵头单位:…;责任单位:…) and no
    other naming a role: the roles are the heading's, the paragraphs its one item's text."""
    return (
        len(body) >= 2
        and roles_below(body[-1])
        and not any(ROLE_WORDS.search(p.norm) for p in body[:-1])
    )


def roles_below(para: Para) -> bool:
    """A heading joined with the role lines written under it (see `build`)."""
    return any(ROLE_LINE.match(line) for line in para.norm.split("\n")[1:])


def short_lines_under_name(own: str, body: list[Para]) -> bool:
    """2. 课程考核 over two or three one-line sentences (…5月底完成考核。/ …6月26日前完成考核。):
    the lines are the heading's own text, one piece of work in groups, not items of their own."""
    return (
        0 < len(own.strip()) <= 10
        and not re.search(r"[。;,:]", own)
        and 2 <= len(body) <= 3
        and all(len(p.norm) <= 40 and heading_of(p.norm) is None for p in body)
    )


# 时间:… / 地点:… / 内容:… / 责任单位:…: a field name and its value, one a line.
_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*:")


def field_lines(body: list[Para]) -> bool:
    """1、校庆学术论坛 over 时间: / 内容: / 责任单位: lines: the fields describe the heading's one
    piece of work (an activity card), they are not items of their own."""
    lines = [line for p in body for line in p.norm.split("\n")]
    return len(lines) >= 2 and all(_FIELD.match(line.strip()) for line in lines)


# 地点:一楼大厅责任部门:办公室: a role field, perhaps glued to the field before it on the line.
_ROLE_FIELD = re.compile(r"(?:责任|牵头|配合|协办|主办|承办)(?:单位|部门|科室|处室)\s*:")


def text_then_fields(body: list[Para]) -> bool:
    """1.开展X活动 over a paragraph saying what it is, then its 时间: / 地点: / 责任部门: lines
    (or one 活动路线:…。主办单位:… line): the activity's card, one item whose fields close it, not
    a paragraph and field lines that are items of their own."""
    fields = [p for p in body if _FIELD.match(p.norm.strip())]
    text = body[: len(body) - len(fields)]
    return (
        len(fields) >= 1
        and body[len(text):] == fields
        and 1 <= len(text) <= 2
        and _ROLE_FIELD.search(fields[-1].norm) is not None
        and not any(ROLE_WORDS.search(p.norm) for p in text)
    )


def card(node: Node) -> bool:
    """A numbered heading whose sub-headings are all field names (项目: / 活动规则:), none a
    unit and none with sub-items of its own, and no role named under it (第一组 牵头单位:… lines
    between them are items of their own): an activity card."""
    return (
        node.heading is not None
        and node.heading.kind != "label"
        and len(node.children) >= 2
        and all(k.heading is not None and k.heading.kind == "label" and not k.children
                and not is_unit(k.heading.label) for k in node.children)
        and not any(ROLE_WORDS.search(q.norm) for q in card_paras(node))
    )


ROLE_WORDS = re.compile(r"牵头|负责|配合|协助|协办|责任")
# (1)主办单位: / (2)主要负责人: / (3)单项活动及负责人:: a numbered line that is a field and its value.
_FIELD_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*:")


def numbered_fields(node: Node) -> bool:
    """1、X比赛 over (1)主办单位:A / (2)主要负责人:XXX: numbered sub-items that are all fields, one
    naming a unit's role, describe the activity above them; they are its card, not items."""
    kids = node.children
    return (
        node.heading is not None
        and node.heading.kind != "label"
        and node.para is not None
        # 二、承办单位: over (一)主办处室:A / (二)协办处室:B: a field split in its roles, each an item
        and not _FIELD_ITEM.match(node.para.norm[node.heading.end :].strip())
        and not node.para.norm.rstrip().endswith(":")
        and len(kids) >= 2
        and all(k.heading is not None and k.heading.kind != "label" and k.para is not None
                and not k.children and _FIELD_ITEM.match(k.para.norm[k.heading.end :].strip())
                for k in kids)
        and any(k.para is not None and _ROLE_FIELD.search(k.para.norm) for k in kids)
    )


def duty_pieces(node: Node) -> bool:
    """A heading naming duties over paragraphs, or X: sub-headings with no items below them, that
    each open with a unit and its duty (see duty_section)."""
    if node.heading is None or node.heading.kind == "label" or node.para is None:
        return False
    if any(k.children for k in node.children):
        return False
    own = node.para.norm[node.heading.end :]
    return duty_section(own, card_paras(node) if node.children else unsigned(node.body))


def descendants(node: Node) -> list[Node]:
    return [d for k in node.children for d in (k, *descendants(k))]


def card_paras(node: Node) -> list[Para]:
    out = list(node.body)
    for k in node.children:
        assert k.para is not None
        out += [k.para, *k.body]
    return sorted(out, key=lambda q: q.first)


# 须在12月2日下午前…报…: a step of a report chain due by a day
_STEP_DUE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日[^。;,]{0,8}前")


def staged_steps(body: list[Para]) -> bool:
    """Paragraphs under a heading, two or more of them due by a day and none naming a role
    (各村须在12月2日前报村委会,各乡须在12月3日前报县): the staged steps of the heading's one
    item, not items of their own."""
    return (
        sum(bool(_STEP_DUE.search(p.norm)) for p in body) >= 2
        and not any(ROLE_WORDS.search(p.norm) for p in body)
    )
