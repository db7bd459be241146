"""The JSON Schema of plan format 1, printed by `tracker schema` and referenced from new plans
so that editors (yaml-language-server) validate while people type.

It says what `tracker check` says: every object whose keys the loader knows allows only those
keys (a typo such as `stauts:` is flagged as it is typed; tests pin the key sets to the
model's), the keys check requires are required, `verified_by` only once the status is
`verified`, dates are YYYY-MM-DD, and hovering any key explains it in Chinese and English.
`source:` stays open: it is the importer's note of where a thing came from, and people may
write there what they like.
"""

from __future__ import annotations

from typing import Any

from tracker.model import PLAN_STATUSES, STATUS_KEYS

SCHEMA_PATH = "schema/plan.schema.json"
SCHEMA_LINE = f"# yaml-language-server: $schema=../{SCHEMA_PATH}"


def _key(zh: str, en: str, **schema: Any) -> dict[str, Any]:
    """One key's schema, described in both languages (shown when hovering the key)."""
    return {"description": f"{zh} — {en}", **schema}


def _text(zh: str, en: str) -> dict[str, Any]:
    return _key(zh, en, type="string")


def _names(zh: str, en: str) -> dict[str, Any]:
    # The loader also reads one text split at 、 or commas: `owners: 城关镇、河西乡`.
    return _key(f"{zh}：列表，或用“、”分隔", f"{en}: a list, or one text split by 、",
                type=["array", "string"], items={"type": "string"})


def _date(zh: str, en: str) -> dict[str, Any]:
    return _key(f"{zh}，写成 YYYY-MM-DD", f"{en}, as YYYY-MM-DD", type="string", format="date",
                pattern=r"^\d{4}-\d{2}-\d{2}$")


def _object(required: list[str], properties: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "additionalProperties": False,
            "properties": properties, **more}


def _common() -> dict[str, Any]:
    """Keys every part of a plan may carry."""
    return {
        "note": _text("备注", "a note"),
        "source": _key("来源：原文件与行号（导入时生成，可删除）",
                       "where it came from in the source document (left by the importer; may be deleted)",
                       type="object"),
        "review": _key("待核对事项（导入时生成，核对后删除）",
                       "points to review (left by the importer; delete them once checked)",
                       type=["array", "string"], items={"type": "string"}),
    }


def _conflict() -> dict[str, Any]:
    record = _object(["field"], {
        "field": _text("发生冲突的字段", "the field both sides changed"),
        "ours": _key("本方的值（文件中保留的值）", "our value (the one kept in the file)"),
        "theirs": _key("对方的值", "their value"),
        "theirs_by": _text("对方的作者", "who made their change"),
    })
    return _key("未解决的合并冲突（合并时生成）：改成正确的值后删除",
                "unresolved merge conflicts (left by a merge): set the right value, then delete them",
                type="array", items=record)


def _update() -> dict[str, Any]:
    return _object(["date", "text"], {
        "date": _date("报送日期", "the day it was reported"),
        "by": _text("报送人", "who reported it"),
        "text": _text("进展内容（可多行）", "what was done (may span lines)"),
        "unit": _text("报送单位", "the unit that reported it"),
    })


def _status(zh: str, en: str) -> dict[str, Any]:
    return _key(f"{zh}：todo 未启动、doing 推进中、blocked 受阻、done 已完成、"
                "verified 已销号（须写 verified_by）、dropped 已取消",
                f"{en}: todo, doing, blocked, done, verified (needs verified_by), dropped",
                enum=list(STATUS_KEYS))


def _task() -> dict[str, Any]:
    unit = {"type": ["object", "null"], "additionalProperties": False, "properties": {
        "status": _status("该单位的状态", "this unit's own status"),
        "note": _text("该单位的说明", "a note on this unit's part"),
        "updates": _key("该单位的进展情况，按时间先后", "this unit's progress reports, oldest first",
                        type="array", items=_update()),
    }}
    verified = {"if": {"required": ["status"], "properties": {"status": {"const": "verified"}}},
                "then": {"required": ["verified_by"]}}
    return _object(["id", "title"], {
        "id": _key("任务编号，在本计划内唯一，如 T3", "task id, unique in the plan, e.g. T3",
                   type="string", pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"),
        "title": _text("任务名称", "what the task is"),
        "detail": _text("任务全文（可多行）", "the full text of the task (may span lines)"),
        "section": _text("在原文中的位置，如“二、重点任务 / (一)任务分配”",
                         "where it sat in the document, e.g. its headings"),
        "lead": _names("牵头单位", "lead unit(s) (牵头单位)"),
        "owners": _names("责任单位", "responsible unit(s) (责任单位)"),
        "support": _names("配合单位", "cooperating unit(s) (配合单位)"),
        "leader": _text("责任领导（个人）", "the responsible leader (a person, 责任领导)"),
        "phase": _text("所属阶段的 id，如 P2", "id of the phase it belongs to, e.g. P2"),
        "start": _date("开始日期", "start date"),
        "due": _date("截止日期（原文措辞写在 due_text）", "deadline (keep the wording in due_text)"),
        "due_text": _text("截止时间的原文措辞，如“5月底前”；应与 due 指同一天",
                          "the deadline as worded, e.g. 5月底前; names the same day as due"),
        "status": _status("任务状态", "task status"),
        "progress": _key("进度百分比 0–100", "progress in percent, 0–100",
                         type="integer", minimum=0, maximum=100),
        "evidence": _names("佐证材料：文号或材料路径（销号时应有）",
                           "evidence: document numbers or file paths (expected when verified)"),
        "verified_by": _text("验收销号的人或单位；status 为 verified 时必填",
                             "who signed the task off; required when status is verified"),
        "depends_on": _names("前置任务的 id", "ids of the tasks this one waits for"),
        "units": _key("各单位的状态（责任单位为“各乡镇”等集合时）：单位名称: {status: …}",
                      "per-unit status when owners is a group such as 各乡镇: unit name: {status: …}",
                      type="object", additionalProperties=unit),
        "updates": _key("进展情况，按时间先后", "progress reports (进展情况), oldest first",
                        type="array", items=_update()),
        "tags": _names("标签", "tags"),
        "conflict": _conflict(),
        **_common(),
    }, allOf=[verified])


def plan_schema() -> dict[str, Any]:
    goal = _object(["id", "text"], {
        "id": _text("目标编号，如 G1", "goal id, e.g. G1"),
        "text": _text("目标内容", "what is to be achieved"),
        "target": _key("目标数值", "the target figure", type="number"),
        "unit": _text("计量单位，如“户”", "unit of the figures, e.g. 户 (households)"),
        "current": _key("当前完成数", "the figure reached so far", type="number"),
        **_common(),
    })
    phase = _object(["id", "title"], {
        "id": _text("阶段编号，如 P1", "phase id, e.g. P1"),
        "title": _text("阶段名称", "what the phase is called"),
        "start": _date("开始日期（没有开始日期的阶段是时间节点）",
                       "start date (a phase with only an end is a milestone)"),
        "end": _date("结束日期", "end date"),
        **_common(),
    })
    return _object(["id", "title"], {
        "format": _key("文件格式版本，固定为 1", "file format version, always 1", const=1),
        "id": _key("计划编号：与文件名相同，只用小写字母、数字和“-”",
                   "plan id: the file name without .yaml; only a-z, 0-9 and '-'",
                   type="string", pattern="^[a-z0-9][a-z0-9-]*$"),
        "title": _text("方案标题", "the plan's title"),
        "issuer": _text("印发单位", "the issuing office"),
        "year": _key("年度：没写年份的日期（如“5月底前”）按此年度理解",
                     "the plan's year: dates written without a year (5月底前) fall in it",
                     type="integer", minimum=1900, maximum=2999),
        "status": _key("计划状态：draft 草稿、active 执行中、closed 已结束",
                       "plan status: draft, active or closed", enum=list(PLAN_STATUSES)),
        "lead": _names("计划的牵头单位", "the plan's lead unit(s)"),
        "goals": _key("工作目标（目标任务），可写量化指标", "goals (目标任务), with measurable targets",
                      type="array", items=goal),
        "phases": _key("阶段和时间节点", "phases and milestones (阶段 / 时间节点)",
                       type="array", items=phase),
        "tasks": _key("重点任务", "the tasks (重点任务)", type="array", items=_task()),
        "conflict": _conflict(),
        **_common(),
    }) | {"$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "tracker plan (format 1)",
          "description": "工作方案（格式 1），见 tracker schema — a work plan (format 1)"}
