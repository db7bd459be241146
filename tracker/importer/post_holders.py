"""A person a school plan names by a teacher's post (xxx老师, 王某老师, 口琴社团的指导老师,
班主任), a leader named by post, name and 同志 (分管局长某某同志), or a unit's staff (镇文化站有关人员): in a clause saying who does the item (由X负责,
X协助) such a person owns or supports it, as persons named in a school plan do. The name may be masked on the page (xxx老师): the post
says a person stands there. A mask alone (由xx负责) says nothing of who, a template's blank,
and is no one's name."""

from __future__ import annotations

import re

from tracker.importer.clean import fold

# …老师 / …教师 / …班主任 / …辅导员, what precedes the post a short phrase (a masked or a
# surname and 某 name, a club's, a subject's) with no sentence mark. Bounded.
# 镇文化站有关人员: a unit's staff, named by the unit (ending as units do) and 有关/相关人员.
_POST = re.compile(
    r"[^,;:。、\s]{0,14}?(?:老师|教师|班主任|辅导员|輔導員)"
    r"|[^,;:。、\s]{1,14}?(?:站|所|办|局|中心|委|处|科|室|馆|队|组)(?:有关|相关)人员"
    # 分管局长某某同志: a leader named by the post, the name and 同志
    r"|[^,;:。、\s]{0,8}?(?:局长|主任|书记|县长|镇长|乡长|校长|部长|科长|处长|所长|站长|院长|经理|厂长|组长)"
    r"[\u4e00-\u9fff]{2,4}同志"
)


def post_holders(span: str) -> list[str] | None:
    """The persons named by a teacher's post in a 由X负责 or X协助 clause's span (joined by 、),
    or None when any name there is not one."""
    names = [n.strip() for n in span.strip().split("、")]
    if names and all(_POST.fullmatch(fold(n)) for n in names):
        return names
    return None
