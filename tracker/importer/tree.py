"""The tree of a document's numbered paragraphs.

`build(paras)` nests paragraphs into a tree by a fixed rank of marker kinds (一、 above (一)
above 1. above (1) above ① above 一是), which survives documents that skip a level. A role line
standing alone (牵头单位:…) joins the item above it, or the item a list of short sub-items makes
up; 职责: under a working group's name (2、宣传组) is the group's field, not a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.importer.clean import Para
from tracker.importer.headings import RANK, ROLE_LINE, Heading, heading_of


@dataclass
class Node:
    para: Para | None
    heading: Heading | None
    children: list[Node] = field(default_factory=list)
    body: list[Para] = field(default_factory=list)
    grouped: list[Para] = field(default_factory=list)  # roles given after short sub-items

    @property
    def kind(self) -> str:
        return self.heading.kind if self.heading else "root"

    @property
    def own_text(self) -> str:
        if not self.para or not self.heading:
            return ""
        return self.para.text[self.heading.end :].strip()

    @property
    def title(self) -> str:
        """The heading line as written (marker included), for section paths."""
        return self.para.text.strip() if self.para else ""


def build(paras: list[Para]) -> Node:
    root = Node(None, None)
    stack: list[Node] = [root]
    for para in paras:
        top = stack[-1]
        if ROLE_LINE.match(para.norm) and top.para is not None:
            # 牵头单位:… on its own line belongs to the item above it, not to a new item;
            # after a list of short sub-items ((1)…(4)) it belongs to the item they make up.
            parent = stack[-2] if len(stack) > 2 else None
            # A role line in brackets standing alone ((责任单位:…)) closes the group however
            # long its sub-items are.
            bracketed = bool(re.fullmatch(r"[(\[【〔][^()\[\]【】〔〕]*(?:\([^()]*\)[^()]*)*[)\]】〕]", para.norm.strip()))
            if parent is not None and short_list(parent, 400 if bracketed else 40) and not top.body:
                parent.grouped.append(para)
                del stack[-1]
                continue
            if top.body:
                top.body[-1] = joined(top.body[-1], para)
            else:
                top.para = joined(top.para, para)
            continue
        h = heading_of(para.norm)
        if h is None or h.kind == "label" and DUTIES.fullmatch(h.label) and group_name(top):
            # 职责: under 2、宣传组 and its 组长: / 组员: lines is the group's field, not a heading
            # above the groups: its ① duties stay the group's
            stack[-1].body.append(para)
            continue
        rank = RANK[h.kind]
        while len(stack) > 1 and RANK[stack[-1].kind] >= rank:
            stack.pop()
        node = Node(para, h)
        stack[-1].children.append(node)
        stack.append(node)
    return root


# 职责: / 主要职责: / 工作职责: a group's duties, after its 组长: and 组员: lines.
DUTIES = re.compile(r"(?:主要|工作)?职责")
# 宣传组 / 场地、器材组 / 后勤保障组: a heading that is only a working group's name.
_GROUP_NAME = re.compile(r"[\u4e00-\u9fff、]{1,10}组")


def group_name(node: Node) -> str:
    """The working group a numbered heading names alone (2、宣传组), or ""."""
    if node.heading is None or node.heading.kind == "label":
        return ""
    own = node.own_text.split("\n")[0].strip()
    return own if _GROUP_NAME.fullmatch(own) else ""


def short_list(parent: Node, longest: int = 40) -> bool:
    """Sub-items such as (1)清理垃圾;(2)修补路面 that name no role of their own."""
    kids = parent.children
    # (九)X局主要工作任务: over 1、2、3、: a heading announcing its list (a colon closing it)
    # groups numbered items as (1) (2) are grouped
    kinds = ("pnum", "circ", "num") if parent.own_text.endswith((":", "：")) else ("pnum", "circ")
    return (
        len(kids) >= 2
        and all(k.kind in kinds and not k.body for k in kids)
        and all(len(k.own_text) <= longest and not ROLE_LINE.search(k.para.norm if k.para else "") for k in kids)
        and not ROLE_LINE.search(parent.para.norm if parent.para else "")
    )


def joined(a: Para, b: Para) -> Para:
    return Para(a.first, b.last, a.text + "\n" + b.text, a.norm + "\n" + b.norm)
