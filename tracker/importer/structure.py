"""Headings and items: the tree of a document's numbered paragraphs.

`build(paras)` nests paragraphs into a tree by a fixed rank of marker kinds (一、 above (一)
above 1. above (1) above ① above 一是), which survives documents that skip a level.
`items(tree)` flattens the tree into the units that become tasks, each with its label and
section path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.importer.clean import Para
from tracker.importer.deadline_cell import opens_on_deadline, with_deadline_cells
from tracker.importer.duty_section import duty_norm, duty_section
from tracker.importer.goals import goals_in, is_goal_section
from tracker.importer.headings import LABEL, NOT_LABEL, RANK, ROLE_LINE, Heading, heading_of
from tracker.importer.listed_roles import EMPTY_FIELD, listed_line
from tracker.importer.next_plan import before_next_plan
from tracker.importer.roles_open import roles_open
from tracker.importer.unit_names import is_unit


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
            if parent is not None and _short_list(parent, 400 if bracketed else 40) and not top.body:
                parent.grouped.append(para)
                del stack[-1]
                continue
            if top.body:
                top.body[-1] = _joined(top.body[-1], para)
            else:
                top.para = _joined(top.para, para)
            continue
        h = heading_of(para.norm)
        if h is None or h.kind == "label" and _DUTIES.fullmatch(h.label) and group_name(top):
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
_DUTIES = re.compile(r"(?:主要|工作)?职责")
# 宣传组 / 场地、器材组 / 后勤保障组: a heading that is only a working group's name.
_GROUP_NAME = re.compile(r"[\u4e00-\u9fff、]{1,10}组")


def group_name(node: Node) -> str:
    """The working group a numbered heading names alone (2、宣传组), or ""."""
    if node.heading is None or node.heading.kind == "label":
        return ""
    own = node.own_text.split("\n")[0].strip()
    return own if _GROUP_NAME.fullmatch(own) else ""


def _group_card(node: Node) -> bool:
    """2、宣传组 over 组长: / 组员: / 职责: lines (the duties after the colon or as ① lines below):
    one working group's card, the group owning all its duties."""
    return bool(group_name(node)) and any(
        (h := heading_of(p.norm)) is not None and h.kind == "label" and _DUTIES.fullmatch(h.label)
        for p in node.body
    )


def _short_list(parent: Node, longest: int = 40) -> bool:
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


def _fills_role_field(node: Node) -> bool:
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


def _members_after(body: list[Para]) -> bool:
    """三、组织机构 over 公司成立了X领导小组,负责…。 and then the body's member list (and perhaps,
    last, the office it sets up under it: 领导小组下设办公室,…负责…): one item, the paragraph
    setting the body up and its members."""
    office = len(body) >= 3 and _OFFICE.search(body[-1].norm) is not None
    members = body[1:-1] if office else body[1:]
    return len(body) >= 2 and len(body[0].norm) >= 12 and bool(members) and all(
        _MEMBER_LINE.fullmatch(p.norm.strip()) for p in members
    )


def _roles_close(body: list[Para]) -> bool:
    """(一)X over paragraphs, the last closed by its role lines (牵头单位:…;责任单位:…) and no
    other naming a role: the roles are the heading's, the paragraphs its one item's text."""
    return (
        len(body) >= 2
        and _roles_below(body[-1])
        and not any(_ROLE_WORDS.search(p.norm) for p in body[:-1])
    )


def _roles_below(para: Para) -> bool:
    """A heading joined with the role lines written under it (see `build`)."""
    return any(ROLE_LINE.match(line) for line in para.norm.split("\n")[1:])


def _joined(a: Para, b: Para) -> Para:
    return Para(a.first, b.last, a.text + "\n" + b.text, a.norm + "\n" + b.norm)


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


def _short_lines_under_name(own: str, body: list[Para]) -> bool:
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


def _field_lines(body: list[Para]) -> bool:
    """1、校庆学术论坛 over 时间: / 内容: / 责任单位: lines: the fields describe the heading's one
    piece of work (an activity card), they are not items of their own."""
    lines = [line for p in body for line in p.norm.split("\n")]
    return len(lines) >= 2 and all(_FIELD.match(line.strip()) for line in lines)


# 地点:一楼大厅责任部门:办公室: a role field, perhaps glued to the field before it on the line.
_ROLE_FIELD = re.compile(r"(?:责任|牵头|配合|协办|主办|承办)(?:单位|部门|科室|处室)\s*:")


def _text_then_fields(body: list[Para]) -> bool:
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
        and not any(_ROLE_WORDS.search(p.norm) for p in text)
    )


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


def _card(node: Node) -> bool:
    """A numbered heading whose sub-headings are all field names (项目: / 活动规则:), none a
    unit and none with sub-items of its own, and no role named under it (第一组 牵头单位:… lines
    between them are items of their own): an activity card."""
    return (
        node.heading is not None
        and node.heading.kind != "label"
        and len(node.children) >= 2
        and all(k.heading is not None and k.heading.kind == "label" and not k.children
                and not is_unit(k.heading.label) for k in node.children)
        and not any(_ROLE_WORDS.search(q.norm) for q in _card_paras(node))
    )


_ROLE_WORDS = re.compile(r"牵头|负责|配合|协助|协办|责任")
# (1)主办单位: / (2)主要负责人: / (3)单项活动及负责人:: a numbered line that is a field and its value.
_FIELD_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*:")


def _numbered_fields(node: Node) -> bool:
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


def _duty_pieces(node: Node) -> bool:
    """A heading naming duties over paragraphs, or X: sub-headings with no items below them, that
    each open with a unit and its duty (see duty_section)."""
    if node.heading is None or node.heading.kind == "label" or node.para is None:
        return False
    if any(k.children for k in node.children):
        return False
    own = node.para.norm[node.heading.end :]
    return duty_section(own, _card_paras(node) if node.children else _unsigned(node.body))


def _descendants(node: Node) -> list[Node]:
    return [d for k in node.children for d in (k, *_descendants(k))]


def _card_paras(node: Node) -> list[Para]:
    out = list(node.body)
    for k in node.children:
        assert k.para is not None
        out += [k.para, *k.body]
    return sorted(out, key=lambda q: q.first)


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
        if child.grouped or _fills_role_field(child):
            kids = [q for k in child.children if k.para for q in (k.para, *k.body)]
            parts = [para, *kids, *child.grouped]
            text = "\n".join(q.text for q in parts)
            norm = "\n".join(q.norm for q in parts)
            out.append(
                Item(h.label, text, norm, para.first, parts[-1].last, section, labels_here,
                     stage_here, norm[h.end :])
            )
            continue
        if child.para is not None and not child.grouped and _duty_pieces(child):
            # 三、职责分工 over X负责… / X:… paragraphs: one piece of work shared out
            parts = _card_paras(child) if child.children else list(_unsigned(child.body))
            parts = [para, *parts]
            text = "\n".join(q.text for q in parts)
            norm = duty_norm("\n".join(q.norm for q in parts))
            out.append(Item(h.label, text, norm, para.first, parts[-1].last, section, labels_here,
                            stage_here, norm[h.end :]))
            continue
        if _group_card(child):
            parts = sorted([para, *child.body, *(q for k in _descendants(child) for q in (k.para, *k.body) if q)],
                           key=lambda q: q.first)
            text = "\n".join(q.text for q in parts)
            norm = "\n".join(q.norm for q in parts)
            out.append(Item(h.label, text, norm, para.first, parts[-1].last, section, labels_here,
                            stage_here, norm[h.end :]))
            continue
        if _card(child) or _numbered_fields(child):
            # 二、文艺大比拼 over 项目: / 活动规则: / 奖项设置: lines: the fields of one activity,
            # so the heading is one item holding them all (a deadline in a field is its own).
            parts = [para, *_card_paras(child)]
            text = "\n".join(q.text for q in parts)
            norm = "\n".join(q.norm for q in parts)
            out.append(Item(h.label, text, norm, para.first, parts[-1].last, section, labels_here,
                            stage_here, norm[h.end :]))
            continue
        dated = bool(child.children) and opens_on_deadline(child.body)  # 一、X / 20xx年11月底前,…
        if child.children and (_OWN_ROLE.search(own.split("\n")[0]) or _roles_below(para)
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
        elif child.children and _members_after(child.body):
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
            len([p for p in _unsigned(child.body) if not _CONTACT.match(p.norm)]) <= 1
            or _staged_steps(child.body)
            or _roles_below(para)
            or _short_lines_under_name(own, _unsigned(child.body))
            or _field_lines(child.body)
            or _text_then_fields(child.body)
            or _roles_close(child.body)
            or roles_open(child.body)
            or _members_after(_unsigned(child.body))
        ):
            # One paragraph under a heading, or several under a heading whose role lines
            # (校办――责任人… / 牵头单位:…) follow it: the heading's own text (a signature
            # closing the notice below it is not).
            paras = [para, *_unsigned(child.body)]
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


# 须在12月2日下午前…报…: a step of a report chain due by a day
_STEP_DUE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日[^。;,]{0,8}前")


def _staged_steps(body: list[Para]) -> bool:
    """Paragraphs under a heading, two or more of them due by a day and none naming a role
    (各村须在12月2日前报村委会,各乡须在12月3日前报县): the staged steps of the heading's one
    item, not items of their own."""
    return (
        sum(bool(_STEP_DUE.search(p.norm)) for p in body) >= 2
        and not any(_ROLE_WORDS.search(p.norm) for p in body)
    )


_DATE_LINE = re.compile(
    r"^\s*(?:(?:19|20)(?:\d\d|[xX]{2}|\*{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)(?:\d\d|[xX]{2})-\d{1,2}-\d{1,2}"
    # 二〇一五年五月七日, its zeros typed as ○ or the letter O
    r"|[一二][〇○O零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*$"
)
# 通知人: / 联系人: / 日期: with nothing after the colon: a template's signature left blank.
_BLANK_SIGNATURE = re.compile(r"^\s*(?:通知人|联系人|发布人|经办人|签发人|落款|日期)\s*:\s*$")
_APPENDED = re.compile(r"^\s*附(?:件\s*\d{0,2})?\s*[:：]\s*\S.{0,40}$")
# 特此通知。 alone on its line: the notice's closing formula, above its signature.
_CLOSING = re.compile(r"^\s*特此(?:通知|函告|公告|通告)\s*[。!]?\s*$")


def _unsigned(body: list[Para]) -> list[Para]:
    """A notice's last heading without the signature closing the page (the offices' names on
    short lines, one to three of them, then the date alone, 2023年4月10日 or 20xx-4-10): the
    signature is no paragraph of the heading's text, nor is the next document's title line
    that may follow it (an attached 规程 starting below the signature)."""
    body = before_next_plan(body)  # X方案(二) / 为了…: the next sample's title and preamble
    while len(body) >= 2 and (_BLANK_SIGNATURE.match(body[-1].norm) or _APPENDED.match(body[-1].norm)):
        body = body[:-1]  # 通知人: / 日期: left blank, or 附:X报表(略): a signature, an appendix
    dated = [k for k, p in enumerate(body) if _DATE_LINE.match(p.norm)]
    if len(body) < 2 or not dated or not all(
        len(p.norm.strip()) <= 40 and not re.search(r"[。;,:.]", p.norm) for p in body[dated[-1] + 1 :]
    ) or len(body) - dated[-1] > 2:
        return body
    end = dated[-1]
    k = end
    while k > 0 and end - k < 3:
        office = body[k - 1].norm.strip()
        if len(office) > 30 or re.search(r"[。;,:.]", office) or heading_of(office) is not None:
            break
        k -= 1
    if k > 0 and _CLOSING.match(body[k - 1].norm):
        k -= 1  # the signature's closing formula above it
    return body[:k]


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
