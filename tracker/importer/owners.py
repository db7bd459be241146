"""Who does a task: role tags, prose clauses and "单位:" labels.

Tags are the explicit form: (责任单位:…), 【牵头科室:X;责任单位:Y】, 〔牵头单位:…,责任单位:…〕,
(责任领导:) with an empty field. Without a tag, prose clauses are read: 由X牵头 / 由X负责 /
Y、Z等部门配合 / a clause opening with "X负责"; and a "镇水利站:负责…" label names the owner
of what follows it. Names are cut from the original text (so Traditional stays Traditional)
at offsets found in the folded form, and split on 、 , ; only outside parentheses, so
县委农办(农业农村局) and 街道(垦殖场) stay whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.clean import fold
from tracker.importer.draft import Owners
from tracker.importer.duty_subject import SETS_UP, subject_of_duty
from tracker.importer.guarded import Guarded
from tracker.importer.listed_roles import listed_below
from tracker.importer.marked_lead import round_marks
from tracker.importer.post_holders import post_holders
from tracker.importer.prose_units import unit_list
from tracker.importer.role_labels import ROLES
from tracker.importer.shared_work import shared_work
from tracker.importer.staff_posts import leader_by_post, people_named, staff, unit_person
from tracker.importer.support import bare_partners, helpers
from tracker.importer.unit_names import (
    NOT_OWNER,
    ROLE_TAIL,
    clean_names,
    is_person,
    is_unit,
    split_names,
)

# 主要协作单位: / 主要责任单位:: 主要 says nothing about the role; it stays out of the names.
_ROLE = re.compile(r"(?:主要)?(" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")(?:\((?:单位|部门|科室|处室|股室)\))?\s*(?::|为(?=[^,;。]{2}))")
# A label run straight into its names (…整治活动责任单位各社区居委会、驻辖区单位配合单位办事处),
# as pages flatten a table: read only where what follows is a unit.
_BARE_ROLE = re.compile(
    r"(?<![各该本有的])(牵头单位|责任单位|配合单位|协办单位|责任部门|责任科室|牵头部门|配合部门)"
    r"(?=[\u4e00-\u9fff])(?!要|应|须|必须|和|及|与|的|负责|牵头|配合|按|根据|对|在|是|为)"
)
# ;完成时限: / ,备注: after the names, or a task field glued to them (配合单位:A、B主要任务:…,
# a one-line page having lost the space between its fields)
_OTHER_FIELD = re.compile(
    r"[;,]\s*[\u4e00-\u9fff]{2,6}\s*:|\s*(?:主要|工作|具体|整改)(?:任务|内容|措施|要求|职责)\s*:"
)

# Prose, on the folded text of one clause.
# 由X牵头 / 以X牵头 (…工作是以城建部门牵头的): X leads.
# 由X主办,Y协办 too, as 主办单位: / 协办单位: (not 由X主办、Y承办, an event's sponsors)
_BY_LEAD = re.compile(r"(?:由|(?<=是)以)([^,;:。由\n]{1,40}?)(?:(?:负责)?牵头|主办(?![单处科]))")
# 作为民政部门,我们要配合…: a plan written in the first person names its own unit's share.
_AS_SUPPORT = re.compile(r"作为([^,;:。\n]{2,20}?),\s*(?:我们|我局|我单位|我们局)?(?:要|将|应)?(?:积极)?配合")
# 由X承办: the unit that carries the item out (主办 / 承办 as a pair is an event's sponsors)
# 由X按照属地管理负责: how X does it (按照 / 依照 …) between X and 负责, no part of X
_BY_OWNER = re.compile(r"由([^,;:。由\n]{1,40}?)(?:(?:按照|依照)[^,;:。由\n]{2,20}?)?"
                       r"(?:具体|统一|自行|自己)?(?:负责(?!人|同志|牵头)|负总责|承办(?!单位)"
                       # 由X组织,Y配合: X organises the work the others assist in
                       r"|组织(?=[,，][^,;。]{2,30}?(?:配合|协助)))")
# 由X统一组织… / 由A、B联合组织… / 由X组织力量… / 由X组织各…(the other units it organises),
# opening the item's text or a sentence of it: the units by which the item is organised own it (mid-sentence, …集合,由校团委统一组织植树, it is
# one step's organiser, not the item's owner).
# …,由C组织一台晚会: a second 由 clause in the sentence of an _ORGANISED_BY one, a share of the work.
_ORGANISING_TOO = re.compile(r"[,，]由([^,;:。由\n]{1,40}?)组织")
_ORGANISED_BY = re.compile(r"(?:^|(?<=[。;\n]))\s*由([^,;:。由\n]{1,40}?)(?:(?:统一|联合)组织|组织力量|组织(?=各))")
# 由各摊位负责: 各 and a short noun names every body of that kind, a unit or not.
_EACH = re.compile(r"各[\u4e00-\u9fff]{1,6}")
# (…由办公室科协办理: the unit's name, then 办理, no 协办 role)
_SUPPORT = re.compile(
    r"(?:^|[,;:。\n(〔\[])([^,;:。〔〕]{2,50}?)(?:积极|协同|密切|主动)?(?:配合|协助|协办)(?!单位|部门|理)"
)
_OPENS = re.compile(
    r"(?:^|[,;:。\n(〔\[])([^,;:。由〔〕]{2,80}?)(?:按照职责分工|按职责分工|按职责|分别)?"
    # X要牵头制定…: a modal before 牵头 (not before 负责, which so often says who must see to it);
    # X负责牵头…: X sees to leading it, so X leads
    r"(?:具体|统一|全面|主要|共同|总(?=牵头)|(?:要|应|须|应当|必须|负责)(?=牵头))?(负责|牵头)"
    r"(?!人|同志|单位|部门)"
)
# A、B作为艺术节的具体负责部门: the units a sentence makes the department in charge.
_AS_IN_CHARGE = re.compile(
    r"(?:^|[,;:。\n])([^,;:。作]{2,40}?)作为[^,;:。]{0,20}?(?:具体|主要)?负责(?:部门|单位|科室)"
)
_WITH = re.compile(
    # 汇同: the homophone pages write for 会同
    r"(?:^|[,;:。\n(〔\[])(?:由)?([^,;:。由〔〕]{2,30}?)(?:会同|汇同)([^,;:。〔〕]{2,60}?)"
    # …会同B完善… / 加强 / 推进 / 落实 / 建立: the partner named, then the work's verb
    r"(?:等(?:相关|有关)?(?:单位|部门)?)?(?=[,;:。]|开展|做好|进行|组织|共同|联合|对|在|按|于|制定|研究|负责"
    r"|完善|加强|推进|落实|建立)"
)
def find_owners(
    text: str, norm: str, labels: tuple[str, ...] = (), known: frozenset[str] = frozenset()
) -> Owners:
    """Who does an item. `known` (names and aliases from units.yaml) anchors recognition:
    a known name counts as a unit in prose, and a name that starts with one is cut to it."""
    if "牵头" in norm:  # X【牵头】 marks the lead as X（牵头） does, not a tag's bracket opening
        text, norm = round_marks(text, "（）"), round_marks(norm, "()")  # norm is width-folded
    tagged = _tags(text, norm) or _bare_tags(text, norm)
    if tagged is not None:
        return anchor(tagged, known)
    if (shared := shared_work(text, norm)) is not None:  # (A、B分工负责;C): all of them own it
        return anchor(shared, known)
    prose = _prose(text, norm, known)
    label_units = [u for lab in reversed(labels) for u in [_units_from_label(lab)] if u]
    if not prose.empty:
        if label_units and not (prose.owners or prose.lead):  # A、B:负责…。C配合: A and B own it
            prose = replace(prose, owners=tuple(label_units[0]))
        return anchor(prose, known)
    people = people_named(text, norm)
    if not people.empty:
        return people
    if label_units:
        return Owners(
            owners=tuple(label_units[0]),
            origin="label",
            review=("责任单位取自条目前的单位名称,请核对",),
        )
    return prose


def anchor(found: Owners, known: frozenset[str]) -> Owners:
    if not known:
        return found

    def cut(name: str) -> str:
        if name in known:
            return name
        prefix = max((k for k in known if len(k) >= 2 and name.startswith(k)), key=len, default="")
        return prefix if prefix and not is_unit(name[len(prefix) :]) else name

    return Owners(tuple(_dedupe([cut(n) for n in found.lead])), tuple(_dedupe([cut(n) for n in found.owners])),
                  tuple(_dedupe([cut(n) for n in found.support])), found.leader, found.origin, found.review)


def tagged_owners(text: str, norm: str) -> Owners | None:
    """Only the explicit role tags of a text ((牵头单位:…;责任单位:…)), or None."""
    return _tags(text, norm)


def cell_names(cell: str) -> list[str]:
    """Units in a table cell: split on 、 , ; and on spaces."""
    return clean_names([n for part in re.split(r"\s+", cell.strip()) for n in split_names(part)])


def _tags(text: str, norm: str) -> Owners | None:
    found = list(_ROLE.finditer(norm))
    if not found:
        return None
    fields: dict[str, list[str]] = {"lead": [], "owners": [], "support": [], "leader": []}
    review: list[str] = []
    for n, m in enumerate(found):
        stop = found[n + 1].start() if n + 1 < len(found) else len(norm)
        start = m.end()
        end = _value_end(norm, start, stop)
        # 牵头单位: | 市城管局 | (a `key: | value |` record row): the cell's bars bound the value.
        while start < end and norm[start] in " |":
            start += 1
        bar = norm.find("|", start, end)
        if bar >= 0:
            end = bar
        value = text[start:end]
        other = _OTHER_FIELD.search(norm, start, end)  # 【责任单位:X;完成时限:6月底前】
        if other:
            value = text[start : other.start()]
        if end == len(norm) and 0 < len(value.strip()) < 2:
            continue  # 责任单位:区 where the page is cut: a stub, not a name nor an empty field
        listed = [] if value.strip() else listed_below(norm, end)
        if listed and ROLES[m.group(1)] != "leader":  # 责任单位: over (1)A负责… (2)B负责…
            fields[ROLES[m.group(1)]].extend(n for a, b in listed for n in unit_list(text[a:b]) or [])
            continue
        names = split_names(value)
        role = ROLES[m.group(1)]
        worded = _worded_roles(value) if role in ("owners", "lead") else None
        if worded:
            said, last = worded[-1]
            if end == len(norm) and _cut_last(value, [n for _, named in worded for n in named]):
                # …A牵头,B、市监 where the page ends: the cut name left out, and the clause
                # cut before its 配合 supports the lead like the clauses it stands for
                lead_before = any(x == "lead" for x, _ in worded[:-1])
                worded[-1] = (said or ("support" if lead_before else None), last[:-1])
                review.append(f"{text[m.start(1) : m.end(1)]}的最后一个名称似被截断,未导入;请核对原文")
            for said, named in worded:
                fields[said or role].extend(named)
            continue
        if role != "leader":
            names = clean_names(names)
            if end == len(norm) and _cut_last(value, names):
                names = names[:-1]
                review.append(f"{text[m.start(1) : m.end(1)]}的最后一个名称似被截断,未导入;请核对原文")
        elif names and all(unit_person(n) for n in names):
            # 项目负责人:A局某甲、B局某乙: one head per unit in charge, each after the unit's
            # name; the first unit's head is the item's leader, named without the unit
            names = [unit_person(names[0]) or names[0]]
        if not names:
            review.append(f"{text[m.start(1) : m.end(1)]}为空")
        fields[role].extend(names)
    if not any(fields.values()) and not review:
        return None
    return _tagged(fields, "、".join(fields["leader"]) or None, tuple(review))


# 责任部门:A牵头,B、C配合: role words closing the clauses of a role line's value.
_CLAUSE_ROLE = re.compile(r"(?:具体|共同)?(?:(?:负责)?(牵头)|(配合|协助|协办)|(负责))$")


def _worded_roles(value: str) -> list[tuple[str | None, list[str]]] | None:
    """The clauses of a role line's value with the role word each closes on (A牵头 → lead,
    B、C配合 → support, D负责 → owners; a clause without one keeps the label's role), or None
    when no clause says 牵头 or 配合: then the label alone decides."""
    clauses = [c for c in re.split(r"[,，;；](?![^(（]*[)）])|(?<=牵头|配合|协助|协办)、", value.strip().rstrip("。.")) if c.strip()]  # A和B牵头、C
    out: list[tuple[str | None, list[str]]] = []
    for clause in clauses:
        m = _CLAUSE_ROLE.search(fold(clause).strip())
        said = None if not m else "lead" if m.group(1) else "support" if m.group(2) else "owners"
        out.append((said, clean_names(split_names(clause))))
    if not any(said in ("lead", "support") for said, _ in out):
        return None
    return out


def _bare_tags(text: str, norm: str) -> Owners | None:
    """Labels without a colon (责任单位环卫公司、执法七中队), kept only when the first name
    after each label is a unit, so that 责任单位要… or 各责任单位 prose is not read as one."""
    found = list(_BARE_ROLE.finditer(norm))
    fields: dict[str, list[str]] = {"lead": [], "owners": [], "support": []}
    for n, m in enumerate(found):
        stop = found[n + 1].start() if n + 1 < len(found) else len(norm)
        end = min([stop, *(i for i in (norm.find(c, m.end(), stop) for c in "。;\n") if i >= 0)])
        names = clean_names(split_names(text[m.end() : end]))
        if not names or not is_unit(names[0]) or any(NOT_OWNER.search(fold(x)) for x in names):
            return None
        fields[ROLES[m.group(1)]].extend(names)
    if not found:
        return None
    return _tagged(fields, None, ("责任单位标签后没有冒号,请核对单位是否完整",))


def _cut_last(value: str, names: list[str]) -> bool:
    """市发改委、市税务局、市协 where the text stops: a list of units whose last name, run to
    the end without a closing mark, is no unit is cut mid-name by the page's end."""
    return (
        len(names) >= 2
        and not re.search(r"[。;；.)）】〕]\s*$", value)
        and all(is_unit(n) for n in names[:-1])
        and not is_unit(names[-1])
        and not is_person(names[-1])
    )


def _tagged(fields: dict[str, list[str]], leader: str | None, review: tuple[str, ...]) -> Owners:
    """Owners read from role labels, each role's names once."""
    return Owners(tuple(_dedupe(fields["lead"])), tuple(_dedupe(fields["owners"])),
                  tuple(_dedupe(fields["support"])), leader, "tag", review)


def _value_end(norm: str, start: int, stop: int) -> int:
    depth = 0
    for i in range(start, stop):
        c = norm[i]
        if c in "(〔":  # 各县〔市、区〕政府: levels in brackets inside the value
            depth += 1
        elif c in ")〕":
            if depth == 0:
                return i
            depth -= 1
        elif c in "】]\n" and depth == 0 or c == "。" and depth == 0:
            return i
    return stop


# ⑵县直部门: / ②…: a numbered line of a list (a kind of attendee), no unit's label.
_ENUMERATED = re.compile(r"^\s*[\u2474-\u2487\u2460-\u2473]")


def _units_from_label(label: str) -> list[str] | None:
    if _ENUMERATED.match(label):
        return None
    names = [re.sub(r"^[“\"](.+)[”\"]$", r"\1", n) for n in split_names(label)]  # “三防办”: the unit
    if names and all(is_unit(n) for n in names):
        return names
    return None


def _prose(text: str, norm: str, known: frozenset[str] = frozenset()) -> Owners:
    lead: list[str] = []
    owners: list[str] = []
    support: list[str] = []

    def names_at(m: re.Match[str], group: int = 1) -> list[str] | None:
        return unit_list(text[m.start(group) : m.end(group)], known)

    for pat, bucket in ((_BY_LEAD, lead), (_BY_OWNER, owners), (_ORGANISED_BY, owners)):
        for m in pat.finditer(norm):
            sentence = norm[norm.rfind("。", 0, m.start()) + 1 : (norm.find("。", m.end()) + 1) or None]
            if m.group(0).endswith(("承办", "主办")) and "主办" in sentence and "承办" in sentence:
                continue  # 由A主办、B承办: an event's sponsors, not who does the item
            if "会同" in m.group(1):
                continue  # 由A会同B等部门负责: A is in charge, B supports (read by _WITH below)
            each = text[m.start(1) : m.end(1)].strip()
            bucket.extend(names_at(m) or post_holders(each) or ([each] if _EACH.fullmatch(fold(each)) else []))
    for m in _ORGANISED_BY.finditer(norm):  # 由A…组织X,由C组织Y: C organises a share of it too
        stop = norm.find("。", m.end())
        for m2 in _ORGANISING_TOO.finditer(norm, m.end(), stop if stop >= 0 else len(norm)):
            owners.extend(names_at(m2) or [])
    for m in _WITH.finditer(norm):  # A会同B、C等单位…: A does it, B and C support
        subject, partners = names_at(m, 1), names_at(m, 2)
        if subject and partners:
            owners.extend(subject)
            support.extend(partners)
    for m in _AS_SUPPORT.finditer(norm):
        support.extend(names_at(m) or [])
    # 由A牵头,…,会同B… (only with A named) and 在B的协助下: B supports
    spans = (bare_partners(norm) if lead or owners else []) + helpers(norm)
    support.extend(n for a, b in spans for n in unit_list(text[a:b], known) or [])
    for m in _SUPPORT.finditer(norm):
        named = names_at(m) or (post_holders(text[m.start(1) : m.end(1)]) if lead or owners else None)
        if named:
            support.extend(_support_before(text, norm, m.start(1), known))
        support.extend(named or [])
    if not lead and not owners:
        for m in _OPENS.finditer(norm):
            names = names_at(m)
            line = m.start(1) + m.group(1).rfind("\n") + 1
            if line > m.start(1) and m.end(1) - line >= 2:
                # 三、组织领导 / 校团委负责…: the subject is on the line of its duty, not the
                # heading above (a heading that is only the unit, 党政办 / 负责…, stays whole)
                names = unit_list(text[line : m.end(1)], known)
            if names:
                before = _units_before(text, norm, m.start(1), known)
                (lead if m.group(2) == "牵头" else owners).extend(before + names)
        for m in _AS_IN_CHARGE.finditer(norm):  # A、B作为X的具体负责部门: A and B own it
            owners.extend(n for n in names_at(m) or [] if n not in owners)
    elif owners and not lead:
        # 由A、B负责,C负责协调: a second unit in charge in the clause after the 由 clause
        taken = [m.span() for m in _BY_OWNER.finditer(norm)]
        for m in _OPENS.finditer(norm):
            if m.group(2) == "负责" and not any(a <= m.start(1) < b for a, b in taken):
                owners.extend(names_at(m) or [])
    owners.extend(n for n in subject_of_duty(text, norm, known) if n not in lead + owners)
    if owners and not lead and FIRST_LEADS.search(norm):
        lead = [owners[0]]  # (A、B等负责,列第一位者为牵头单位): all own it, the first leads
    if lead or owners:
        support.extend(_generic_support(text, norm))
    if not (lead or owners):  # 校长负责…。班主任负责…。家长委员会配合…: posts own it, beside its supporters
        owners = staff(text, norm)
    leader = leader_by_post(text, norm)
    if not (lead or owners or support or leader):
        return Owners()
    return Owners(
        tuple(_dedupe(lead)),
        tuple(_dedupe(owners)),
        tuple(_dedupe(support)),
        leader,
        "prose",
        ("责任单位仅见于正文表述,请核对",),
    )


# (A、B等负责,列第一位者为牵头单位[,下同]): the first unit listed leads, all of them own.
FIRST_LEADS = re.compile(r"(?:列|排)(?:在)?(?:第一|首)位(?:者|的单位|的)?(?:为|是)牵头(?:或汇总)?(?:单位|部门)")


# 有关部门 / 相关单位: no named unit, but the support of one named in charge.
_GENERIC = re.compile(r"(?:其他|其它)?(?:有关|相关)(?:部门|单位)")


def _generic_support(text: str, norm: str) -> list[str]:
    """由A负责,有关部门配合: the generic 有关部门 supports a unit the same sentence names in
    charge, kept as written; without that unit it names nobody."""
    out: list[str] = []
    for m in _SUPPORT.finditer(norm):
        opens = norm.rfind("。", 0, m.start(1)) + 1
        if _GENERIC.fullmatch(m.group(1).strip()) and re.search(r"负责|牵头", norm[opens : m.start(1)]):
            out.append(text[m.start(1) : m.end(1)].strip())
    return out


# The hot patterns of reading owners: their finditer over the 5 MB test document took 0.80 s
# of CPU, guarded 0.17 s.
_ROLE = Guarded(_ROLE, first="[" + "".join(sorted({"主", *(r[0] for r in ROLES)})) + "]")  # type: ignore[assignment]
_BARE_ROLE = Guarded(_BARE_ROLE, first="[牵责配协]")  # type: ignore[assignment]
_SUPPORT = Guarded(_SUPPORT, words=("配合", "协助", "协办"))  # type: ignore[assignment]
_OPENS = Guarded(_OPENS, words=("负责", "牵头"))  # type: ignore[assignment]
_WITH = Guarded(_WITH, words=("会同", "汇同"))  # type: ignore[assignment]
_AS_IN_CHARGE = Guarded(_AS_IN_CHARGE, words=("作为",))  # type: ignore[assignment]


def _units_before(text: str, norm: str, at: int, known: frozenset[str]) -> list[str]:
    """各年级团总支,各班团支部负责…: the clauses right before a unit's 负责 clause that only
    name units share its duty; stop at a clause with a role of its own or a sentence's end."""
    return _unit_clauses_before(text, norm, at, known, -1, ",，。;:\n", _ANY_ROLE)


_ANY_ROLE = re.compile(r"负责|牵头|配合|协助|协办|承办")


def _support_before(text: str, norm: str, at: int, known: frozenset[str]) -> list[str]:
    """(A牵头,B、C等部门,D、E配合): inside one parenthesis, the unit lists between the lead's
    clause and the one ending in 配合 support too; stop at a clause with a role of its own."""
    opening = norm.rfind("(", 0, at)
    if opening < 0 or ")" in norm[opening:at]:
        return []
    return _unit_clauses_before(text, norm, at, known, opening, ",", ROLE_TAIL)


def _unit_clauses_before(text: str, norm: str, at: int, known: frozenset[str], floor: int,
                         stops: str, roles: re.Pattern[str]) -> list[str]:
    """The unit lists of the comma clauses right before `at` (back to `floor`, each clause
    running back to the nearest of `stops`), nearest last; stop at a clause that names no
    unit or has a role of its own (`roles`)."""
    out: list[str] = []
    end = at - 1  # the comma before the clause at `at`
    while end > floor and norm[end] in ",，":
        start = max([floor] + [norm.rfind(c, floor + 1, end) for c in stops]) + 1
        span = text[start:end]
        names = None if roles.search(fold(span)) else unit_list(span, known)
        if not names or SETS_UP.match(fold(span).strip()):
            break  # 成立X领导小组,X领导小组负责…: the clause setting the body up, not a second unit
        out = names + out
        end = start - 1
    return out


def _dedupe(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))
