"""Measurable goals: numbers with units in a plan's goal sections (3455户, 22%, 30万元).

Only text under a heading that names a goal (工作目标, 目标任务, 总体目标 …) is read.
Years, dates and number ranges (3—5个, 60-120元) are not goals.
"""

from __future__ import annotations

import re

from tracker.importer.clean import fold
from tracker.importer.headings import heading_of

_GOAL_SECTION = re.compile(r"目标")
_UNITS = (
    "%|‰|个工作日|工作日|微克每立方米|微克/立方米|毫克每立方米|平方公里|平方米|平米|立方米|人次|公里|千米|千瓦|公顷|公斤|千克"
    "|个百分点|个(?!月|星期|小时|季度|半月)|人|户|亩|米|座|所|家|元|吨|名|项|条|幅|期|间|套|处|辆|斤|头|只|株|棵|台|张|床|场|次|批次|批|支"
    "|艘|篇|件|本|册|部|栋|口|眼|块|片|根|盏|村|镇|乡|届|天|小时|倍|岁"
    # 平均生存周期达到5年: years a target verb sets (see _year_not_counted); never a year (2029年)
    "|年(?![度底末内级])"
    # 评分达到4.5分: a score in points (not 30分钟, not the scale of 5分制)
    "|分(?![钟制])"
)
# 第1个月 / 第3批: an ordinal (after 第), never a target; “3个代表” / “4个全面”: a slogan's name
# in quote marks, opening on its count, neither.
_NUMBER = re.compile(
    rf"(?<![\d.\-—~xX第“\"「])(\d+(?:\.\d+)?)\s*(万|亿)?\s*({_UNITS})(?![\d\-—~])"
)
_SCALE = {"万": 10_000, "亿": 100_000_000}
_CLAUSE = re.compile(r"[^,;。:\n]+")


# A heading that ends in what it names: 一、2023年全区经济社会发展主要预期目标 is a goal section
# however long the words before 目标.
_ENDS_IN_GOAL = re.compile(r"目标\s*[:：]?\s*$")


def is_goal_section(section: tuple[str, ...]) -> bool:
    """A heading naming a goal (工作目标, and on a Traditional page 工作目標)."""
    return any(_GOAL_SECTION.search(fold(s[:20])) or _ENDS_IN_GOAL.search(fold(s[:40])) for s in section)


def is_goal_list(title: str) -> bool:
    """A document that is itself a list of targets (…目标任务, …主要目标, …年度重点工作任务, a
    committee's 三年任期目标 for its term of office)."""
    return bool(re.search(r"目标任务|主要目标|目标责任|预期目标|任期目标|(?:重点)?工作任务$", title))


# An unnumbered line that only names a goal section (目标任务 / 工作目标:), over prose.
_BARE_GOAL_HEADING = re.compile(r"[^。;,:]{0,8}目标[^。;,:]{0,4}:?")


def is_bare_goal_heading(norm: str) -> bool:
    return bool(_BARE_GOAL_HEADING.fullmatch(norm.strip()))


def goals_in(text: str, norm: str) -> list[tuple[str, float, str]]:
    """(clause as written, target, unit) for each number with a unit in the text."""
    out = []
    for clause in _CLAUSE.finditer(norm):
        piece = clause.group(0)
        for m in _NUMBER.finditer(piece):
            if _is_range_end(piece, m.start()) or _year_not_counted(piece, m):
                continue
            value = float(m.group(1)) * _SCALE.get(m.group(2) or "", 1)
            value = round(value, 6)
            named = _indicator_start(norm, clause.start())
            wording = text[clause.start() if named is None else named : clause.end()].strip()
            out.append((wording, value, m.group(3)))
    return out


# 1.提升活动参与度:确保至少80%…: an item's short name, then a colon, opening its line.
_INDICATOR = re.compile(r"[^\s,;。:()]{2,16}:")


def _indicator_start(norm: str, at: int) -> int | None:
    """Where the indicator's name starts when the clause at `at` is in the first sentence after
    a short name and a colon opening its line (after the item's number), else None."""
    line = norm.rfind("\n", 0, at) + 1
    h = heading_of(norm[line:at])
    start = line + (h.end if h is not None and h.kind != "label" else 0)
    m = _INDICATOR.match(norm, start)
    return start if m and m.end() <= at and "。" not in norm[m.end() : at] else None


def _year_not_counted(piece: str, m: re.Match[str]) -> bool:
    """A number before 年 that is no duration a target verb sets (达到5年): a year (2029年),
    or years a plan takes (用3年时间); a year before 届 (2024届毕业生), a class, no count."""
    if m.group(3) == "届":
        return m.group(2) is None and _A_YEAR.fullmatch(m.group(1)) is not None
    return m.group(3) == "年" and (
        m.group(2) is not None or len(m.group(1)) > 2 or not _TARGET_VERB.search(piece[: m.start()])
    )


_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_range_end(piece: str, at: int) -> bool:
    """The 5 of 3—5个 or 3至5个: a range, not a target."""
    return at > 1 and piece[at - 1] in "-—~至到" and piece[at - 2].isdigit()


_TARGET_VERB = re.compile(
    r"(?:达到|提高到|提升到|增加到|降低到|下降到|压缩到|缩短到|压减到|减少到|控制在|稳定在|保持在|不低于|不少于|力争|确保)\s*$"
)


# …不少于2人、教师代表不少于1人等组成: the members a body is made of, not a target.
_MAKE_UP = re.compile(r"[^。;]{0,40}?组成")


# 字数不少于800字 / 篇幅不少于20个: how long an entry must be, a rule for it, not a target.
_LENGTH = re.compile(r"(?:字数|篇幅)\s*(?:要|须|应)?\s*(?:不少于|不低于|达到|控制在)\s*$")


def targets_in(text: str, norm: str) -> list[tuple[str, float, str]]:
    """Outside a goal section, only numbers a target verb introduces (覆盖率达到95%); not the
    make-up of a body (由学生代表不少于2人、家长代表不少于2人等组成)."""
    out = []
    for clause in _CLAUSE.finditer(norm):
        piece = clause.group(0)
        for m in _NUMBER.finditer(piece):
            if _is_range_end(piece, m.start()) or not _TARGET_VERB.search(piece[: m.start()]) \
                    or _year_not_counted(piece, m):
                continue
            if _MAKE_UP.match(norm, clause.start() + m.end()) or _LENGTH.search(piece[: m.start()]):
                continue
            value = round(float(m.group(1)) * _SCALE.get(m.group(2) or "", 1), 6)
            out.append((text[clause.start() : clause.end()].strip(), value, m.group(3)))
    return out
