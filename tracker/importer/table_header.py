"""What a task-division table's header names: the role of each column by its wording
(序号 the row's number, 牵头 lead, 责任单位 owners, 配合 support, 责任领导 leader, 完成时限 due,
工作任务 the work, 重点领域 / 类别 the group a row belongs to; 责任单位或牵头单位, one column
named two ways, by its first name), and whether a row of cells is a header at all: two columns
named, one of them saying who does the work or by when. A header cell the page broke at a space (牵头 / 领导) is one cell.
"""

from __future__ import annotations

import re

# Column role by header wording (folded), first match wins.
_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(?:序号|编号|序)$")),
    ("leader", re.compile(r"总责任人|责任领导|分管.{0,2}领导|牵头领导|包保领导|责任校领导")),
    ("lead", re.compile(r"牵头")),
    # 评分部门 / 考评单位: the body that scores the item, not one that does it.
    ("assess", re.compile(r"评分|考评")),
    ("support", re.compile(r"配合|协办|协助|协作|参与")),
    ("owners", re.compile(r"责任单位|责任部门|责任科室|责任处室|责任股室|承办|实施单位|主体|主责|责任人|负责")),
    # 时间 alone (or 起止日期, a calendar's) heads a schedule's column: when each activity happens, not a deadline.
    ("when", re.compile(r"^(?:时间|日期|活动时间|时间段|起止日期|起止时间)$")),
    ("due", re.compile(r"时限|完成时间|时间安排|时间节点|进度安排|截止|完成期限|时间要求")),
    ("note", re.compile(r"^备注$")),
    # 重点领域 / 类别 over cells merged down: the group a row belongs to, not the work itself
    ("category", re.compile(r"^(?:重点|工作|任务)?(?:领域|类别|分类|板块)$")),
    ("content", re.compile(r"任务|事项|内容|措施|工作|项目|目标|名称|场所|重点|要求")),
)


def column_role(header: str) -> str | None:
    h = re.sub(r"\s+", "", header)
    either = h.split("或")
    if len(either) > 1 and all(either):
        # 责任单位或牵头单位: one column named two ways; the first name says its role
        return next((r for r in map(column_role, either) if r is not None), None)
    for role, pat in _COLUMNS:
        if pat.search(h):
            return role
    return None


def is_header(cells: list[str]) -> bool:
    roles = [column_role(c) for c in cells]
    known = [r for r in roles if r is not None]
    return len(known) >= 2 and any(r in ("lead", "owners", "support", "due", "leader") for r in known)


# A header cell the page broke at a space: 牵头 / 领导, 主体 / 责任单位 are one cell each.
HEAD_PREFIX = re.compile(r"^(?:牵头|主体|配合|协办|主要|分管|责任)$")
HEAD_REST = re.compile(r"^(?:领导|责任|单位|部门|科室|处室)")
