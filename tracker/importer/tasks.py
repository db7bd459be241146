"""Items and table rows -> DraftTasks: the precision rule, titles, roles, deadlines.

An item becomes a task only when it names a unit in a role or carries a deadline; a row of a
task-division table always does. Everything uncertain gets a review note.
"""

from __future__ import annotations

import re

from tracker.importer.clean import fold
from tracker.importer.dated_stage import dated_stage
from tracker.importer.draft import DraftTask, Owners
from tracker.importer.first_in_charge import first_in_charge
from tracker.importer.first_listed import first_listed
from tracker.importer.glued_head import without_glued_head
from tracker.importer.group_head import card_owner, group_owner
from tracker.importer.headings import heading_of
from tracker.importer.hosts import hosted
from tracker.importer.in_charge import with_named_in_charge
from tracker.importer.joint_cell import joint_cell
from tracker.importer.led_by import led_by_text
from tracker.importer.marked_lead import marked_leads
from tracker.importer.member_list import member_list
from tracker.importer.owners import cell_names, find_owners, tagged_owners
from tracker.importer.schedule import Schedule, column_due, schedule_of
from tracker.importer.set_up import office_seat, without_set_up
from tracker.importer.structure import STEPS, UNIT_IN_CHARGE, Item
from tracker.importer.table_row import Row
from tracker.importer.unit_names import is_person, is_unit

_BACKGROUND = re.compile(
    r"基本情况|存在问题|指导思想|基本原则|重要意义|试点背景|流失的原因|活动主题|活动目的"
    # 一、整治目标及原则 / 目标和原则: a heading naming the principles beside the aims
    r"|[及和与]原则"
)
_PREFACE = re.compile(r"总体要求")  # background only where it is the nearest heading
# …主要预期目标:…下降2.5%(分管副省长负责,省发改委牵头,…): the 总体要求 item's last paragraph
# closes on who answers for its targets, so it is a piece of work, not a preface.
_ROLES_CLOSING = re.compile(r"[(（][^()（）。]{2,80}(?:负责|牵头)[,，;；][^()（）。]*(?:[)）]\s*[。;；]?\s*)?$")
# (一)工作背景 / 项目背景: the heading's own text tells what has happened, its dates are past.
_OWN_BACKGROUND = re.compile(r"[^。;,]{0,6}背景\s*[:：]?")
_TITLE_MAX = 60
_ROLE_WORD = re.compile(r"牵头|配合|负责|协助|[会汇]同")  # 汇同: the homophone written for 会同


def _heading_words(item: Item) -> str:
    """The item's first words up to its first full stop (1、走访农户。全面掌握基本情况: 走访农户):
    a background word after them is the work's, not a background heading's."""
    return re.split(r"[。;；]", item.text[:20], maxsplit=1)[0]


def own_background(item: Item) -> bool:
    """The item is itself a background heading ((一)工作背景) with its text."""
    return _OWN_BACKGROUND.fullmatch(item.own.split("\n")[0].strip()) is not None


def background(item: Item) -> bool:
    return any(_BACKGROUND.search(s[:20]) for s in (*item.section, _heading_words(item))) or any(
        _PREFACE.search(s[:20]) for s in (*item.section[-1:], item.text[:20])
    ) or any(re.search(r"保障|措施|要求", s[:12]) for s in item.section[-1:]) or own_background(item)


# 各相关责任单位: / 各有关单位: alone on a line: whom a notice is addressed to.
_ADDRESSEES = re.compile(r"各[^,;。:、\s]{1,12}(?:单位|部门|科室)\s*[:：]")


def item_task(
    item: Item, n: int, year: int, phase_ids: dict[int, str], known: frozenset[str],
    first_leads: bool = False,
) -> DraftTask | None:
    """The item as a task, or None. first_leads: an item above noted that the first unit
    listed in an item's brackets leads it (列第一位者为牵头部门,下同)."""
    if any(_BACKGROUND.search(s[:20]) for s in (*item.section, _heading_words(item))) or any(
        _PREFACE.search(s[:20]) for s in (*item.section[-1:], item.text[:20])
    ) and not _ROLES_CLOSING.search(item.norm) or own_background(item):
        return None
    own = item.own.strip()
    if len(own) < 6 or own.endswith(":") and "。" not in own and not UNIT_IN_CHARGE.fullmatch(own) \
            and tagged_owners(own, fold(own)) is None:
        # a lead-in to a list (主要职责包括:), not one with sentences of its own; 市建设局负责:
        # over its steps names who does them, so it is the item, as is a heading whose role
        # fields are written before its 主要任务: steps (X管理 牵头单位:A 配合单位:B 主要任务:)
        return None
    if _ADDRESSEES.fullmatch(own):
        return None  # 各相关责任单位: alone: a notice's addressees, not a role field left empty
    if _BARE_PERIOD.fullmatch(item.norm.strip()):
        return None  # 2025年9月1日至12月30日(4个月)。其中:: the whole period, over its steps
    # the pattern needs 如下 or 以下: an item holding neither (most) is not searched clause by clause
    lead_in = _LEAD_IN.search(own) if "如下" in own or "以下" in own else None
    if lead_in and _ANNOUNCES.search(lead_in.group(0)) and _ANCHORED.match(own.split("\n")[-1]):
        return None  # 为…,特制定如下实施方案:: the preamble announcing the plan, not a piece of work
    if item.labels_above and _CONTACT.fullmatch(own):
        return None  # 办公室:某某(8056): a contact list's entry, not the unit's work
    if _MEMBERS.fullmatch(item.own) or member_list(item.own):
        # 活动组委会: over 组长:某某 / 成员:某某, 筹备委员会:王某、李某: who sits on the body, no work of its own
        return None
    owners = with_named_in_charge(find_owners(item.text, item.norm, item.labels_above, known),
                                  item.text, item.norm, is_person)
    owners = group_owner(owners, item.text[len(item.text) - len(item.own):], item.own)
    owners = card_owner(owners, item.text[len(item.text) - len(item.own):], item.own)
    owners = hosted(owners, item.text, item.norm)  # 由A主办,B承办,C协办: A leads
    owners = led_by_text(owners, item.text, item.norm)  # 由A和B牵头,… over 责任部门:A
    owners = office_seat(owners, item.norm)  # 办公室设在X,…具体负责…: the unit the office sits in
    owners = without_set_up(owners, item.norm)  # 成立X领导小组,负责…: the group set up, not the owner
    owners = without_glued_head(owners, item.own)  # 二、创建主体A负责…: A, not 创建主体A
    if owners.empty:  # (A、B。列第一位者为牵头部门): no role word, the first listed leads
        owners = first_listed(item.own, first_leads) or owners
    own_text = item.text[len(item.text) - len(item.own):]
    owners = first_in_charge(owners, own_text, item.own)  # X是…第一责任人: X, if none else
    sched = schedule_of(_without_periods(item), year=year)
    window = _WINDOW.fullmatch(own.split("\n")[0].strip())
    if window and sched.due_text and sched.due_text in window.group(1) and not owners.empty:
        # (四)建立长效管理机制(2010年10月31日至11月30日) over its roles: the step's time window;
        # a deadline written in the item's text (…于1月30日前召开…) is still its deadline.
        said = window.group(1)
        rest = schedule_of(item.norm.replace(said, " " * len(said), 1), year=year)
        sched = Schedule(rest.start, rest.due, rest.due_text,
                         (*rest.review, f"{said}是这一步的时间段,未作为完成时限;请核对"))
    review = list(owners.review) + list(sched.review)
    if owners.empty and owners.origin != "tag":
        review.append("没有找到责任单位,请补充")
    if _truncated(item.text):
        review.append("条目似乎不完整(结尾没有标点),请核对原文")
    if owners.empty and owners.origin != "tag" and sched.due is None and not _dated(sched):
        return None  # precision first: no unit in a role and no deadline, so not a task
    lines = own.split("\n")
    if owners.empty and sched.due is None and not _dated(sched) and len(lines) == 2 \
            and is_unit(fold(lines[0].strip())) and tagged_owners(lines[1], fold(lines[1])) is not None:
        # 某市人民政府办公室 / 责任部门: (empty): a page's info box, the publisher's name over
        # the next field's label, one a line: a unit's name alone names no work
        return None
    if owners.empty and owners.origin != "tag" and sched.start and sched.due_text \
            and re.search(re.escape(sched.due_text) + r"(?:\s*为|的[^,;。]{0,8}期)", item.norm):
        # 4月上旬至12月31日为攻坚阶段: the span a stage runs (为), no deadline; nor is 5月下旬至7月
        # 上旬的梅汛期: the range names a season
        return None
    title = _title(item)
    return DraftTask(
        id=f"T{n}",
        title=title,
        detail=item.text,
        section=" / ".join(item.section),
        label=item.label,
        lines=(item.first, item.last),
        owners=marked_leads(owners),  # 县农业农村局（牵头）、县财政局
        phase=phase_ids.get(item.stage_line) if item.stage_line is not None else None,
        start=sched.start,
        due=sched.due,
        due_text=sched.due_text,
        review=tuple(review),
    )


# A date range: when something happens, from one day to another.
_RANGE = (
    r"(?:\d{4}\s*年)?\d{1,2}\s*月\s*\d{1,2}\s*日?\s*[至—–\-~到]\s*(?:\d{4}\s*年)?(?:\d{1,2}\s*月)?"
    r"\s*\d{1,2}\s*日"
)
# 2、6月2日至30日,在报纸开设专栏…: the item opens with the days it runs.
_OPENING_RANGE = re.compile(rf"^\s*{_RANGE}(?=\s*[,，])")
# 二、活动时间 over 6月1日至30日。 (or 2012年4月-5月, months): the heading names the activity's dates.
# 二、竞赛时间和地点 too: the dates and the place of the activity.
_WHEN_HEADING = re.compile(r"[\u4e00-\u9fff]{0,4}时间(?:[和及与、]地点)?\s*[:：]?")
# 三、活动时间2015年8月1日至8月31日 / 五、整治时间整治时间为一个月,从…至…: such a heading glued
# to the dates under it (the page lost the break), not a 完成时间 / 截止时间; a paragraph of
# its own (检查时间为12月28日至1月10日。各村…) still gives its end as the deadline.
_WHEN_OPENING = re.compile(
    r"(?:(?![\u4e00-\u9fff]{0,4}(?:完成|截止|办结))[\u4e00-\u9fff]{0,4}时间){1,2}\s*[:：]?"
    r"(?=\s*(?:\d|20[xX\d]|从|自|为))"
)
_MONTHS = r"(?:\d{4}\s*年)?\d{1,2}\s*月\s*[至—–\-~到]\s*(?:\d{4}\s*年)?\d{1,2}\s*月(?!\s*\d)"
# 2、报名工作:11月17日—25日: a step's name, a colon and the range of days it runs, nothing more.
_NAMED_RANGE = re.compile(rf"\s*[^,，;；。:：\d]{{2,16}}[:：]\s*({_RANGE})\s*[。.]?\s*")
# …于4月16日至5月15日期间,选择一天…: the days during which it happens (not …期间完成).
_DURING = re.compile(rf"{_RANGE}\s*期间(?![^,，。;]{{0,12}}完成)")


# 3、黑板报比赛(4月4日——4月21日) / 2、舞蹈比赛(4月20日): an activity's name, then the day or days
# it happens in brackets, nothing else in them.
_NAMED_DAYS = re.compile(
    r"(?:(?<=[赛会])|(?<=活动)|(?<=演出)|(?<=展演)|(?<=展览))\s*\(\s*(?:\d{4}\s*年)?\d{1,2}\s*月\s*\d{1,2}\s*日?"
    r"(?:\s*[至—–\-~到]{1,2}\s*(?:\d{4}\s*年)?(?:\d{1,2}\s*月)?\s*\d{1,2}\s*日)?\s*\)"
)


def _blank(pattern: str | re.Pattern[str], norm: str) -> str:
    return re.sub(pattern, lambda m: " " * len(m.group(0)), norm)


def _without_periods(item: Item) -> str:
    """The item's text with the days it runs blanked out (an opening range, a range during
    which it happens, or every range under a 时间 heading): when the activity happens is not a
    deadline; a 前 date still is."""
    own_at = len(item.norm) - len(item.own)
    head = item.own.split("\n")[0].strip()
    if _WHEN_HEADING.fullmatch(head) or item.label and _WHEN_OPENING.match(head):
        return _blank(_MONTHS, _blank(_RANGE, item.norm))
    # each pattern needs its word (期间, a bracket): an item without it is not searched
    norm = _blank(_DURING, item.norm) if "期间" in item.norm else item.norm
    days = _NAMED_DAYS.search(head) if "(" in head else None
    if days and own_at >= 0 and item.label:  # the activity's days after its name: when it happens
        a = own_at + (len(item.own) - len(item.own.lstrip())) + days.start()
        norm = norm[:a] + " " * (days.end() - days.start()) + norm[a + days.end() - days.start() :]
    named = _NAMED_RANGE.fullmatch(item.own)
    if named and own_at >= 0:  # 报名工作:11月17日—25日: a step and the days it runs
        a, b = own_at + named.start(1), own_at + named.end(1)
        norm = norm[:a] + " " * (b - a) + norm[b:]
    m = _OPENING_RANGE.match(item.own)
    if m is None or own_at < 0:
        return norm
    a, b = own_at + m.start(), own_at + m.end()
    return norm[:a] + " " * (b - a) + norm[b:]


# 为…。按照…,特制定如下实施方案: / …现将有关事项通知如下:: a preamble announcing what follows.
_LEAD_IN = re.compile(r"[^。;,，]*(?:如下|以下)[^。;,，]{0,8}[:：]\s*$")
_ANNOUNCES = re.compile(r"制定|制订|通知|方案|计划|意见")
_ANCHORED = re.compile(r"^\s*(?:为|為|根据|根據|按照|依据|依據)")
# 组长:某某 / 副组长: / 成员:某某、某某 lines (or 总顾问: / 顾 问: / 负责人: / 成 员: ones), and nothing more.
# the rest of a line taken whole (possessive `*+`): a line of many `成员:` could otherwise be cut
# between them in 2^n ways, each tried when the lines below do not fit (16 on a line: 15 s)
_MEMBERS = re.compile(r"(?:\s*(?:副?组长|副?主任|成员|组员|委员|总?顾问|负责人)\s*:[^\n]*+)+\s*")
# A name (or its placeholder) and a telephone number, and nothing more.
_CONTACT = re.compile(r"[^,;。]{0,16}?[(]?\d{4,}(?:-\d+)*[)]?\s*[。;]?")
# A paragraph that is only a period (a date range, its length, 其中:), over the steps in it.
_BARE_PERIOD = re.compile(
    r"(?:\d{4}\s*年)?\d{1,2}\s*月\s*\d{1,2}\s*日?\s*[至—–\-~到]\s*(?:\d{4}\s*年)?(?:\d{1,2}\s*月)?\s*\d{1,2}\s*日?"
    r"\s*(?:\(\s*(?:共|为期)?\s*[\d一二三四五六七八九十]+\s*个?(?:月|周|天|日)\s*\))?\s*[。.,]?\s*(?:其中\s*:?)?"
)
# 第一季度: / 第2季度: / 一季度: labelling one step of a progress plan.
_STAGE_LABEL = re.compile(r"(?:第)?[一二三四1-4]季度\s*[:：]")
# A 时间 cell that ends in 前 / 以前 / 之前 / 为止 names a deadline, not an activity's date.
_BY_WHEN = re.compile(r"(?:前|为止)\s*$")


def row_task(row: Row, year: int, known: frozenset[str]) -> DraftTask:
    """A row of a task-division table: roles from its columns and from tags in its text."""
    # a 类别 column is the row's group, unless the table has no other column for the work
    has_work = bool(row.content)
    content = row.content or row.role("category")
    text = "\n".join(content)
    tagged = tagged_owners(text, fold(text)) or Owners()
    lead, owners, support = list(tagged.lead), list(tagged.owners), list(tagged.support)
    for role, bucket in (("lead", lead), ("owners", owners), ("support", support)):
        for cell in row.role(role):
            said = find_owners(cell, fold(cell), (), known) if _ROLE_WORD.search(fold(cell)) else None
            joint = joint_cell(cell) if role == "owners" else None
            if joint is not None:  # 宣传处会办公室: the first does it, the second works with it
                owners.append(joint[0])
                support.append(joint[1])
            elif said is not None and not said.empty:  # 办公室牵头,各科室配合: the cell says who does what
                lead.extend(said.lead)
                owners.extend(said.owners)
                support.extend(said.support)
            else:
                bucket.extend(cell_names(cell))
    leader = "、".join(row.role("leader")) or tagged.leader
    dues = row.role("due")
    if dues and len(_STAGE_LABEL.findall(fold("、".join(dues)))) >= 2:
        # 第一季度:… 第二季度:… in a 进度安排 cell: progress steps for the year, not a deadline.
        sched = Schedule(review=("进度安排列是分季度的进度,未作为完成时限;请核对",))
    elif dues:
        sched = column_due("、".join(dues), year=year)
    elif row.role("when") and _BY_WHEN.search("、".join(row.role("when"))):
        # 2021年3月23日24时前 in a 时间 cell: the wording makes it a deadline after all.
        sched = column_due("、".join(row.role("when")), year=year)
    elif row.role("when"):  # a schedule's 时间 cell: the activity's dates, no deadline
        sched = Schedule(review=("时间列是活动日期,未作为完成时限;请核对",))
    else:
        sched = schedule_of(fold(text), year=year)
    first = content[0] if content else row.text
    h = heading_of(fold(first))
    label = row.label or (h.label if h is not None and h.kind != "label" else "")
    own = first[h.end :] if h is not None and h.kind != "label" else first
    title = first_sentence(re.sub(r"[(（【〔][^()（）【】〔〕]*[:：][^()（）【】〔〕]*[)）】〕]", "", own))
    found = Owners(
        tuple(dict.fromkeys(lead)),
        tuple(dict.fromkeys(owners)),
        tuple(dict.fromkeys(support)),
        leader,
        "table",
        tagged.review,
    )
    review = list(found.review) + list(sched.review)
    if found.empty:
        review.append("表格行没有填写责任单位,请核对")
    return DraftTask(
        id="T0",
        title=title[:_TITLE_MAX] or first[:_TITLE_MAX],
        detail=row.text,
        # the category row above it (一、…, a row merged across in Word), and the row's 领域 cell
        section=" / ".join(s for s in (row.section, *(row.role("category") if has_work else ())) if s),
        label=label,
        lines=(row.first, row.last),
        owners=marked_leads(found),
        start=sched.start,
        due=sched.due,
        due_text=sched.due_text,
        review=tuple(review),
    )


# 责任单位:县财 closing the text: a role field and its value, no punctuation after it.
_ROLE_FIELD_END = re.compile(r"(?:责任|牵头|配合)(?:单位|部门)\s*:\s*([^\s,;。:、()（）\[\]【】]{1,12})$")


def cut_in_role(task: DraftTask) -> bool:
    """The task's text ends inside its role field (责任单位:县财): when that is where the excerpt
    ends, the page was cut inside the unit's name, and the item is a cut one."""
    m = _ROLE_FIELD_END.search(fold(task.detail).rstrip())
    return m is not None and not is_unit(m.group(1))


def is_phase_heading(item: Item, phase_ids: dict[int, str]) -> bool:
    if not item.label or item.stage_line != item.first or item.first not in phase_ids:
        return False
    if dated_stage(item.own):  # 2、4月2日—9日为报名发动阶段,…: a schedule's line naming a phase
        return True
    own = re.sub(r"^[:：\s]+", "", item.own)
    # 第二周:(3月12日至17日)实施阶段: the dates in brackets first, then the name
    own = re.sub(r"^[(（][^()（）]*\d[^()（）]*[)）][\s“”\"]*", "", own)
    named = bool(own) and not re.match(r"[(（]?\s*(?:\d|20[xX])", own)  # 第一阶段:20xx年1月… is unnamed
    # 第一阶段:动员部署 / (一)宣扬动员(2月16日-3月5日) under 实施步骤: a named, dated step.
    name = re.split(r"[(（]", first_sentence(own), maxsplit=1)[0].strip()
    return named and ("阶段" in item.label or "阶段" in first_sentence(own)[:12] or name.endswith("阶段")
                      or bool(re.match(r"[^。;,(（]{2,12}[(（](?![^()（）]*(?:截止|截至|前))[^()（）]*\d{1,2}\s*月", own))
                      and any(STEPS.search(fold(s)) for s in item.section[-1:]))


# A heading's title with a bracketed date range after it and nothing more.
_WINDOW = re.compile(
    r"[^。;,()]{2,24}\(((?:\d{4}年)?\d{1,2}月\d{1,2}日?\s*[至—–~-]\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日?)\)"
)


def _dated(sched: Schedule) -> bool:
    """A recurring or vague deadline (每月3日前, 春节前) still makes an item a task."""
    return bool(sched.due_text and re.search(r"\d|前|底", sched.due_text))


def _title(item: Item) -> str:
    text = item.text.split("\n", 1)[0]
    h = heading_of(item.norm)
    own = text[h.end :] if h is not None and h.kind != "label" else text
    first = first_sentence(own)
    if len(first) > _TITLE_MAX:
        cut = re.search(r"[,，]", first[10:])
        first = (
            first[: 10 + cut.start()]
            if cut and 10 + cut.start() <= _TITLE_MAX
            else first[:_TITLE_MAX] + "…"
        )
    return first.strip() or own.strip()[:_TITLE_MAX]


def first_sentence(text: str) -> str:
    m = re.search(r"[。;；!！?？]", text)
    return (text[: m.start()] if m else text).strip().rstrip(",，、:：")


def _truncated(text: str) -> bool:
    tail = text.rstrip()
    return len(tail) > 20 and tail[-1] in ",，、"
