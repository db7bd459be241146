"""Who does a task when the text names posts or persons, not units.

Staff named by their post own an item (值班领导和教师负责…, 班主任负责…。安保人员负责…, a
负责人: field whose value is a post). A person named with the post held leads or owns it:
(王乙副校长牵头) leads a group's work, 由某甲副市长负责 makes the official its leader,
责任人杨己主任 and 篮球组组长林某,…,负责 name its owners, and a field naming persons may give
each after a unit's name (市卫生局某甲).
"""

from __future__ import annotations

import re

from tracker.importer.clean import fold
from tracker.importer.draft import Owners
from tracker.importer.guarded import Guarded
from tracker.importer.headings import HEAD_LABEL, heading_of
from tracker.importer.in_charge import named_in_charge
from tracker.importer.unit_names import NOT_OWNER, UNIT_END, is_person, is_unit, twice

# Staff named by post rather than as a unit: 值班领导, 教师, 报账员, 各室负责人, 班主任.
_STAFF_NOUN = re.compile(
    r"^(?:各[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{0,6}?)(?:领导|教师|老师|人员|员|负责人|班主任|门卫|司机|保安|校长|园长)$"
)
# 活动当天门卫、司机下午 15:00 负责…: the day and the hour around the subject are when, not who.
_WHEN_BEFORE = re.compile(r"^(?:活动)?(?:当天|当日|届时)")
_HOUR_AFTER = re.compile(r"(?:上午|下午|中午|晚上)?\s*\d{1,2}\s*[:：]\s*\d{2}\s*$")
# The verb that appoints them (学校设立X一名 / 各校安排X和Y): the subject starts after it.
_APPOINTS = re.compile(r"^.*(?:安排|设立|设置|配备|确定|指定|明确)")
_HEADCOUNT = re.compile(r"(?:各?[一二两三四五\d]{1,2}[名人])$")
_STAFF_ROLE = re.compile(r"(?:具体|统一|全面|主要|共同)?负责(?!人|同志|单位|部门|制|任)")
# 具体负责 / 负责组织: every match starts with one of these (see guarded.py).
_STAFF_ROLE = Guarded(_STAFF_ROLE, first="[具统全主共负]")  # type: ignore[assignment]


def staff(text: str, norm: str) -> list[str]:
    """X负责 where X names staff by their post (各校安排值班领导和教师负责…, …专账,报账员负责),
    or X is appointed and then 负责 (学校设立各室负责人一名,负责…): those posts own the item; so
    do the posts of the sentences after it, each given its share (班主任负责…。安保人员负责…)."""
    found: list[str] = []
    clock = norm if ":" not in norm else re.sub(  # 15:00 is no clause
        r"(?<=\d)\s*:\s*(?=\d)", lambda c: "时" * len(c.group(0)), norm)
    for m in _STAFF_ROLE.finditer(norm):
        clause_start = max(clock.rfind(c, 0, m.start()) for c in ";:。\n") + 1
        before = norm[clause_start : m.start()]
        if not before.strip() and clause_start and norm[clause_start - 1] == ":":
            # 教务处负责人:负责…: the post heads the item and its duties follow the colon
            end = clause_start - 1
            start = max(norm.rfind(c, 0, end) for c in ",;。\n") + 1
        elif before.endswith(","):  # appointed, then 负责: the subject is the clause before the comma
            start = clause_start + (before.rstrip(",").rfind(",") + 1)
            end = clause_start + len(before.rstrip(","))
        else:
            start, end = clause_start + before.rfind(",") + 1, m.start()
        start += len(norm[start:end]) - len(norm[start:end].lstrip())
        head = HEAD_LABEL.match(norm, start)
        start = head.end() if head else start
        count = _HEADCOUNT.search(norm[start:end])
        end = start + count.start() if count else end
        appointed = _APPOINTS.match(norm[start:end])
        start = start + appointed.end() if appointed else start
        when = _WHEN_BEFORE.match(norm[start:end])
        start = start + when.end() if when else start
        start = start + 1 if norm.startswith("由", start) else start  # 由后勤人员负责: the clause's 由
        hour = _HOUR_AFTER.search(norm[start:end])
        end = start + hour.start() if hour else end
        start = start + (end - start) // 2 if twice(norm[start:end]) else start
        pieces = [(a + start, b + start) for a, b in _and_spans(norm[start:end])]
        if pieces and all(_STAFF_NOUN.match(norm[a:b]) for a, b in pieces):
            found += [text[a:b].strip() for a, b in pieces if text[a:b].strip() not in found]
    for m in _POST_IN_CHARGE.finditer(norm):  # X游戏——负责人:小班教师;地点:…: a post in the field
        post = text[m.start(1) : m.end(1)].strip()
        if _STAFF_NOUN.match(m.group(1)) and post not in found:
            found.append(post)
    return found


# 负责人:小班教师; / 负责人:各班班主任: a 负责人: field whose whole value is a post (a person's name
# there is in_charge.py's).
_POST_IN_CHARGE = re.compile(r"(?<![\u4e00-\u9fff])负责人\s*:\s*([\u4e00-\u9fff]{2,10})(?=[;,。\s]|$)")


def _and_spans(span: str) -> list[tuple[int, int]]:
    bounds = [-1, *(m.start() for m in re.finditer(r"[和及与、]", span)), len(span)]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:]) if b > a + 1]


# A person named with the post held: 王乙副校长, 杨己主任 (a surname first, see _SURNAMES).
_POST = (
    r"(?:副)?(?:校长|主任|书记|局长|镇长|乡长|县长|区长|部长|处长|科长|院长|所长|站长|园长|馆长|主席|经理"
    r"|市长|省长|州长|旗长)"
)
_PERSON = rf"[\u4e00-\u9fff]{{2,3}}?{_POST}"
# (王乙副校长牵头): the person leading a group's work.
_LEADS = re.compile(rf"[(\[]\s*({_PERSON})\s*(?:牵头|负责|挂帅)\s*[)\]]")
# 由某甲副市长负责,A牵头,B配合: the official named by post in charge of the item is its leader.
_BY_POSTED = re.compile(rf"由({_PERSON})(?:负责|总负责|牵头负责)(?!人)")


def leader_by_post(text: str, norm: str) -> str | None:
    for m in _BY_POSTED.finditer(norm):
        post = re.search(rf"{_POST}$", m.group(1))
        if post and is_person(m.group(1)[: post.start()]):
            return text[m.start(1) : m.end(1)]
    return None


# 校办――责任人杨己主任: the person in charge of an office's share of the work.
_IN_CHARGE = re.compile(rf"责任人\s*({_PERSON}|[\u4e00-\u9fff]{{2,3}})(?=[,;。\s)]|$)")


def people_named(text: str, norm: str) -> Owners:
    """Persons, where a group's item names people rather than units: (王乙副校长牵头) is
    its leader, each 责任人杨己主任 one of its owners."""
    leaders = [text[m.start(1) : m.end(1)] for m in _LEADS.finditer(norm) if is_person(m.group(1)[:3])]
    owners = [
        text[m.start(1) : m.end(1)] for m in _IN_CHARGE.finditer(norm) if is_person(m.group(1)[:3])
    ]
    owners += _posted_people(text, norm)
    owners += named_in_charge(text, norm, is_person)
    if not leaders and not owners:
        return Owners()
    return Owners(
        (),
        tuple(dict.fromkeys(owners)),
        (),
        "、".join(dict.fromkeys(leaders)) or None,
        "prose",
        ("责任人是正文中的人名,请核对",),
    )


# 篮球组组长林某: a post, then the person holding it.
_AFTER_POST = re.compile(r"(?:组长|队长|主任|校长|老师|委员|书记|园长)([\u4e00-\u9fff]{2,3})$")
_THEN_IN_CHARGE = re.compile(r"[,，]\s*负责")


def _posted_people(text: str, norm: str) -> list[str]:
    """广场舞组长周某,篮球组组长林某,负责组织…: the persons named by their posts in the
    clauses before a bare 负责 are its owners."""
    for m in _THEN_IN_CHARGE.finditer(norm):
        start = max(norm.rfind(c, 0, m.start()) for c in "。;:\n") + 1
        heading = heading_of(norm[start:])
        if heading is not None:
            start += heading.end  # 1、广场舞组长…: the clause starts after the item's number
        pieces = _spans(norm, start, m.start())
        found = [_AFTER_POST.search(norm[a:b].strip()) for a, b in pieces]
        if found and all(f is not None and is_person(f.group(1)) for f in found):
            return [text[a : b].strip()[f.start(1) : f.end(1)] for (a, b), f in zip(pieces, found) if f]
    return []


def _spans(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start, *(k + 1 for k in range(start, end) if norm[k] in ",，、"), end + 1]
    return [(a, b - 1) for a, b in zip(cuts, cuts[1:]) if norm[a : b - 1].strip()]


def unit_person(name: str) -> str | None:
    """市卫生局某甲: the person after a unit's name, or None when the name is not that. In a
    field naming persons, a short name after a unit is a person, common surname or not."""
    m = re.fullmatch(rf"(.{{2,24}}?{UNIT_END})([\u4e00-\u9fff]{{2,3}})", fold(name))
    if not m or not is_unit(m.group(1)) or is_unit(m.group(2)) or NOT_OWNER.search(m.group(2)):
        return None
    if _STAFF_NOUN.match(m.group(2)) or re.search(rf"{_POST}$", m.group(2)):
        return None  # 各驻村领导, 市局局长: a post, not a person
    return name[m.start(2) : m.end(2)]
