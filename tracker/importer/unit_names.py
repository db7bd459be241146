"""What a written name is: a unit (…局, …中心, 各…政府), a person (a common surname and a
given name, masked or not), or a list of them to split on 、 , ; and, where both halves are
units, on 及 / 和. Who does what with those names (role tags, prose clauses) is owners'."""

from __future__ import annotations

import re

from tracker.importer.clean import fold
from tracker.importer.role_labels import ROLES
from tracker.importer.shared_heads import keep_levels, restore, shares_place

UNIT_END = (
    r"(?:局|办|站|所|中心|公司|政府|部|委|院|校|村|社区|镇|乡|街道|处|室|队|会|科|组|厅|馆|团|联|(?<![入控参持配炒])股"
    r"|单位|部门|机关|集团|机构|监委|法院|检察院|办事处|村委会|专班|总支|企业|社|幼儿园|科协"
    # a school class by its number (五1班, 三年级2班, 初一(3)班), a hospital by its (二医, 市一医)
    r"|(?<=[\d一二三四五六七八九十)])班|(?<=[\d一二三四五六七八九十])医)"
)
_UNIT = re.compile(rf"^(?:各|全)?[^,;:。]{{0,30}}?{UNIT_END}(?:\([^()]{{1,12}}\))?$")
GROUP_TAIL = re.compile(r"等(?:相关|有关)?(?:职能)?(?:部门|单位)$")
NOT_OWNER = re.compile(
    # an event named like a body (园游会, 运动会, 座谈会): not a unit
    r"(?:游园|园游|运动|晚|联欢|座谈|展览|博览|交流|推进|动员|表彰|见面|发布|演唱|茶话|培训|研讨|报告|分享|观摩|洽谈|誓师|庆祝|纪念)会$|"
    r"^(?:谁|负责|要|应(?!急)|须|必须|并|协调|督促|指导|要求|动员|引导|鼓励|会同|发挥|支持)|负责人|同志|负总责|[对向把将给被从]"
    # a column's or field's name (参加单位, 成员单位): the role, not a unit
    r"|^(?:牵头|责任|配合|参加|参与|成员|协办|承办|主办|相关|有关)(?:单位|部门|科室)$"
    # a page's metadata field (发文机关: 省政府办公厅, 发布机构: …): the issuer, not who does the work
    r"|^(?:发文|发布|成文|印发)(?:机关|机构|单位)$"
    # 活动场所: / 比赛场所: where the event is held, not who does the work
    r"|场所$"
    # 家校配合 / 家校共育: home and school together, how the work is shared, not a unit
    r"|^家校$"
)
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔向汤阮晏舒吉"
    # more common surnames (a person named in a 由X负责 clause or a 负责人 cell)
    "温焦甘仇习柯成宁洪丁易常乔祝霍殷单尚施牛樊葛庞齐康伍包俞左柳聂章鲁岳蒲"
)


def _is_person(name: str) -> bool:
    n = fold(name)  # 王xx / 李××: the given name masked on the page, still a person
    return 2 <= len(n) <= 3 and n[0] in _SURNAMES and bool(re.fullmatch(r"[\u4e00-\u9fff](?:[\u4e00-\u9fff]+|[xX×*]+)", n))


ROLE_TAIL = re.compile(
    # …按职责分工分别负责: by their duties, each, both before the role word
    r"(?:按职责分工|按照职责分工|按职责)?(?:分别)?(?:负总责|具体负责|负责落实|负责|牵头|配合|协助|参与|落实)$"
)
_LABEL_GLUED = re.compile(r"^(?:\d{1,2}\s*[.、．)]?|[(（]\d{1,2}[)）])(?=[\u4e00-\u9fff])")
_ETC = re.compile(r"等(?:相关|有关)?(?:职能)?(?:单位|部门)?$")
_DATE_NAME = re.compile(r"\d+\s*月|年底|月底|完成$|^\d")
_UNIT_THEN_VERB = re.compile(rf"^(.{{2,24}}?{UNIT_END})(?:配合|负责|做好|开展|协助|参与|牵头|组织)")


_PLACEHOLDER = re.compile(r"[xX×*＊○□_]{1,6}")


def clean_names(names: list[str]) -> list[str]:
    """Role phrases, 等, dates and verbs cut off names; 及 or 和 between two units splits them."""
    out: list[str] = []
    for name in names:
        n = _LABEL_GLUED.sub("", name)  # 2.县发改局, 1国网供电公司: the item's number, not the name
        n = ROLE_TAIL.sub("", n)
        n = _ETC.sub("", n)
        n = n[len(n) // 2 :] if twice(n) else n  # (二)教务处 教务处负责…: the heading's name, then the text's
        if not n or _DATE_NAME.search(fold(n)):
            continue
        if fold(n) in ROLES or _PLACEHOLDER.fullmatch(n):
            continue  # 责任人;xx: a label written with ; and a blank left in a template
        m = _UNIT_THEN_VERB.match(fold(n))
        if m and not _is_unit(fold(n)):
            n = n[: m.end(1)]
        parts = re.split(r"(?<=[^\(（])(?:及|和)(?=[^\)）])", n)
        if len(parts) > 1 and all(_is_unit(fold(x)) for x in parts) and not shares_place(parts):
            out.extend(parts)
        else:
            out.append(n)
    return out


def twice(name: str) -> bool:
    """教务处教务处: a heading naming the unit, its text opening with the same name."""
    half = len(name) // 2
    return len(name) >= 4 and len(name) % 2 == 0 and name[:half] == name[half:]


def split_names(value: str) -> list[str]:
    """Split a list of names on 、 , ; outside parentheses; drop empty pieces."""
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    for c in keep_levels(value):  # 各县、市、区政府: one name for the three levels
        if c in "(（〔":
            depth += 1
        elif c in ")）〕":
            depth = max(0, depth - 1)
        if depth == 0 and c in "、,，;；":
            out.append("".join(cur))
            cur = []
            continue
        cur.append(c)
    out.append("".join(cur))
    names = [restore(re.sub(r"\s+", "", n).strip("。.:：")) for n in out]
    return [n for n in names if n]


def is_person(name: str) -> bool:
    """A bare personal name (a common surname and one or two more characters)."""
    return _is_person(name)


def is_unit(name: str) -> bool:
    """A name that reads as a unit (…局, …中心, 各…政府), not a person or a phrase."""
    return _is_unit(name)


def _is_unit(name: str) -> bool:
    n = fold(name).replace("（", "(").replace("）", ")").strip('“”"')
    return bool(_UNIT.match(n)) and not NOT_OWNER.search(n)


def split_and(part: str, known: frozenset[str]) -> list[str]:
    """X和Y / X及Y / X与Y are two units only when both halves are; 市发展和改革局 is one."""
    if part in known:
        return [part]
    pieces = [p for p in re.split(r"(?<=[^\(])(?:和|及|与)(?=[^\)])", part) if p]
    if len(pieces) > 1 and all(_is_unit(p) or p in known for p in pieces):
        return pieces
    return [part]
