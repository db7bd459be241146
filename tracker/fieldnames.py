"""Field and filter names as a clerk writes them in Chinese, the way plans and their forms
label them (状态、进度、牵头单位、责任单位、截止时间…): `tracker set 计划/T3 进度=70` and
`tracker list 状态:推进中` mean what `progress=70` and `status:推进中` mean. The plan files
keep their English keys; these are only other spellings of them on the command line (and in
the TUI's filter, which reads the same query language)."""

from __future__ import annotations

# `tracker set` KEY=VALUE: the Chinese name -> the key the plan file writes
SET_KEYS = {
    "状态": "status", "进度": "progress", "截止": "due", "截止时间": "due", "完成时限": "due",
    "开始": "start", "开始时间": "start", "标题": "title", "任务名称": "title",
    "内容": "detail", "任务内容": "detail", "牵头单位": "lead", "责任单位": "owners",
    "配合单位": "support", "责任领导": "leader", "阶段": "phase", "销号人": "verified_by",
    "佐证材料": "evidence", "前置任务": "depends_on",
}

# `tracker list` key:value filters: the Chinese name -> the query language's key
QUERY_KEYS = {
    "状态": "status", "单位": "unit", "牵头": "lead", "牵头单位": "lead", "责任": "owner",
    "责任单位": "owner", "配合": "support", "配合单位": "support", "计划": "plan", "阶段": "phase",
    "责任领导": "leader", "领导": "leader", "截止": "due", "截止时间": "due", "编号": "id",
}


def set_key(name: str) -> str:
    """The plan file's key for a name typed to `set` (an English key stays as it is)."""
    return SET_KEYS.get(name, name)
