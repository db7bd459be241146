"""Document -> plan drafts: clean, split, structure, owners, dates, goals.

    doc = read_document(path)            # bytes -> lines, or a Refusal (empty, binary …)
    drafts = detect_plans(doc, year=2026) # lines -> one DraftPlan per plan in the document
    text = emit_plan(drafts[0])          # DraftPlan -> plan YAML (format 1), deterministic

Everything here is a function of the document text and the year: no clock, no files
except in `read_document`, the same input always gives the same output.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.importer.clean import Para, fold, paragraphs
from tracker.importer.draft import (
    Document,
    DraftGoal,
    DraftPhase,
    DraftPlan,
    DraftTask,
    Owners,
    Refusal,
)
from tracker.importer.emit import emit_plan, plan_file_name
from tracker.importer.goals import goals_in, is_goal_list, is_goal_section, targets_in
from tracker.importer.headings import heading_of
from tracker.importer.owners import cell_names, find_owners, tagged_owners
from tracker.importer.schedule import Schedule, column_due, phase_dates, schedule_of
from tracker.importer.source import read_document
from tracker.importer.split import Part, is_cover_notice, split
from tracker.importer.structure import Item, Node, build, is_stage, items
from tracker.importer.tables import Row, find_tables

__all__ = [
    "NO_STRUCTURE",
    "Document",
    "DraftGoal",
    "DraftPhase",
    "DraftPlan",
    "DraftTask",
    "Refusal",
    "detect_plans",
    "emit_plan",
    "new_units",
    "plan_file_name",
    "read_document",
]

NO_STRUCTURE = Refusal(
    "no-structure",
    "文档中没有找到方案结构(一、 (一) 1. 等标题或编号条目)",
    "no plan structure found (no headings or numbered items such as 一、 (一) 1.)",
)
_BACKGROUND = re.compile(
    r"基本情况|存在问题|指导思想|基本原则|重要意义|试点背景|流失的原因|活动主题|活动目的"
)
_PREFACE = re.compile(r"总体要求")  # background only where it is the nearest heading
_SENTENCE = re.compile(r"[。;!?]")
_TITLE_MAX = 60
_ROLE_WORD = re.compile(r"牵头|配合|负责|协助|会同")
_NO_TASKS = "没有条目写明责任单位或完成时限,未生成任务;请对照原文补充"


def detect_plans(
    doc: Document,
    *,
    year: int,
    id_prefix: str = "plan",
    infer_year: bool = False,
    known: frozenset[str] = frozenset(),
) -> list[DraftPlan]:
    """Plans in `doc`; with `infer_year`, the year the document states wins over `year`;
    `known` unit names and aliases (units.yaml) anchor the recognition of owners."""
    paras = paragraphs(doc.lines)
    if not any(heading_of(p.norm) is not None for p in paras) and not find_tables(paras).rows:
        return []
    if infer_year:
        year = stated_year(paras) or year
    plans: list[DraftPlan] = []
    parts = split(paras)
    cover: Part | None = None
    for k, part in enumerate(parts):
        if k + 1 < len(parts) and is_cover_notice(part) and not cover:
            cover = part  # the notice sending the plan: set aside, not a plan of its own
            continue
        draft = _plan(part, len(plans) + 1, doc.name, year, slug(id_prefix), known)
        if cover is not None and not plans:
            draft = replace(
                draft,
                review=(f"第{cover.first}–{cover.last}行是印发通知,未导入;请核对其中的要求",),
            )
        if draft.tasks or draft.phases or draft.goals:
            plans.append(draft)
        elif any(heading_of(p.norm) is not None for p in part.paras[1:]):
            # Numbered items, none naming a unit or a deadline: still a plan, for the clerk.
            plans.append(replace(draft, review=(*draft.review, _NO_TASKS)))
    # Number the plans that survived, so ids run 01, 02 … without gaps.
    return [
        replace(p, part=n, id=f"{slug(id_prefix)}-{year}-{n:02d}") for n, p in enumerate(plans, 1)
    ]


_STATED_YEAR = re.compile(r"[〔\[(]((?:19|20)\d\d)[〕\])]|((?:19|20)\d\d)\s*(?:[-—~至]\s*(?:19|20)\d\d\s*)?年")


def stated_year(paras: list[Para]) -> int | None:
    """The first year the document writes (文号〔2023〕, 2023年3月28日, (2019-2020年))."""
    for p in paras:
        m = _STATED_YEAR.search(p.norm)
        if m:
            return int(m.group(1) or m.group(2))
    return None


def new_units(drafts: list[DraftPlan], known: frozenset[str]) -> list[str]:
    """Unit names the drafts use that units.yaml does not know, in order of appearance."""
    seen: dict[str, None] = {}
    for d in drafts:
        for t in d.tasks:
            for name in (*t.owners.lead, *t.owners.owners, *t.owners.support):
                if name not in known:
                    seen.setdefault(name, None)
    return list(seen)


def slug(prefix: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", prefix.lower()).strip("-")
    return s or "plan"


def _plan(
    part: Part, n: int, document: str, year: int, prefix: str, known: frozenset[str]
) -> DraftPlan:
    table = find_tables(list(part.paras))
    goal_list = is_goal_list(fold(part.title)) or any(
        is_goal_list(p.norm) for p in part.paras[:3] if heading_of(p.norm) is None and len(p.norm) <= 60
    )
    tree = build(list(table.rest))
    phases, phase_ids = _phases(tree, year)
    tasks: list[DraftTask] = []
    goals: list[DraftGoal] = []
    for item in items(tree):
        in_goals = (
            goal_list
            or is_goal_section(item.section[-1:])
            or is_goal_section((_first_sentence(item.own),))
        )
        if in_goals:
            for wording, target, unit in goals_in(item.text, item.norm):
                goals.append(
                    DraftGoal(f"G{len(goals) + 1}", wording, target, unit, (item.first, item.last))
                )
        # A deadline without a year inside a dated phase takes the phase's year.
        phase = next((ph for ph in phases if ph.id == phase_ids.get(item.stage_line or -1)), None)
        when = (phase.start or phase.end) if phase else None
        phase_year = when.year if when else year
        task = _task(item, len(tasks) + 1, phase_year, phase_ids, known)
        if task is not None and _is_phase_heading(item, phase_ids) and task.owners.empty:
            continue  # 第一阶段:动员部署(5月8日以前) is a phase, not a task
        if task is not None and in_goals and task.owners.empty and not (task.due or task.due_text):
            continue  # a goal statement, already kept under goals:
        if task is not None:
            tasks.append(task)
        elif not in_goals and not _background(item):
            for wording, target, unit in targets_in(item.text, item.norm):
                goals.append(
                    DraftGoal(f"G{len(goals) + 1}", wording, target, unit, (item.first, item.last))
                )
    tasks += [_row_task(row, year, known) for row in table.rows]
    tasks.sort(key=lambda t: t.lines)
    tasks = [replace(t, id=f"T{k}") for k, t in enumerate(tasks, 1)]
    return DraftPlan(
        n,
        f"{prefix}-{year}-{n:02d}",
        part.title,
        year,
        document,
        (part.first, part.last),
        tuple(goals),
        tuple(phases),
        tuple(tasks),
    )


def _phases(tree: Node, year: int) -> tuple[list[DraftPhase], dict[int, str]]:
    phases: list[DraftPhase] = []
    ids: dict[int, str] = {}

    def walk(node: Node) -> None:
        for child in node.children:
            if is_stage(child, node) and child.para is not None and child.heading is not None:
                head = child.para.norm[: child.heading.end + 50]
                start, end, _ = phase_dates(head, year=year)
                pid = f"P{len(phases) + 1}"
                review = () if end else ("阶段没有可识别的日期,请补充",)
                phases.append(
                    DraftPhase(
                        pid,
                        _phase_title(child),
                        start,
                        end,
                        (child.para.first, child.para.last),
                        review,
                    )
                )
                ids[child.para.first] = pid
            walk(child)

    walk(tree)
    return phases, ids


def _phase_title(node: Node) -> str:
    assert node.para is not None and node.heading is not None
    text = node.para.text
    own = text[node.heading.end :]
    head = re.split(r"[。;:：]", own, maxsplit=1)[0].strip() if own.strip() else ""
    head = re.sub(r"[(（][^()（）]*\d[^()（）]*[)）]\s*$", "", head).strip()
    label = node.heading.label.rstrip(":：、., ")
    head = re.split(r"[(（]?\s*(?:(?:\d{4}|20[xX]{2})\s*年|\d{1,2}\s*月)", head, maxsplit=1)[0]
    head = head.strip(" ,，:：")
    if node.heading.kind in ("stage", "label") or label.endswith("阶段"):
        return f"{label}:{head}" if head else label
    return head or label


def _background(item: Item) -> bool:
    return any(_BACKGROUND.search(s[:20]) for s in (*item.section, item.text[:20])) or any(
        _PREFACE.search(s[:20]) for s in (*item.section[-1:], item.text[:20])
    ) or any(re.search(r"保障|措施|要求", s[:12]) for s in item.section[-1:])


def _task(
    item: Item, n: int, year: int, phase_ids: dict[int, str], known: frozenset[str]
) -> DraftTask | None:
    if any(_BACKGROUND.search(s[:20]) for s in (*item.section, item.text[:20])) or any(
        _PREFACE.search(s[:20]) for s in (*item.section[-1:], item.text[:20])
    ):
        return None
    own = item.own.strip()
    if len(own) < 6 or own.endswith(":"):
        return None
    owners = find_owners(item.text, item.norm, item.labels_above, known)
    sched = schedule_of(item.norm, year=year)
    review = list(owners.review) + list(sched.review)
    if owners.empty and owners.origin != "tag":
        review.append("没有找到责任单位,请补充")
    if _truncated(item.text):
        review.append("条目似乎不完整(结尾没有标点),请核对原文")
    if owners.empty and owners.origin != "tag" and sched.due is None and not _dated(sched):
        return None  # precision first: no unit in a role and no deadline, so not a task
    title = _title(item)
    return DraftTask(
        id=f"T{n}",
        title=title,
        detail=item.text,
        section=" / ".join(item.section),
        label=item.label,
        lines=(item.first, item.last),
        owners=owners,
        phase=phase_ids.get(item.stage_line) if item.stage_line is not None else None,
        start=sched.start,
        due=sched.due,
        due_text=sched.due_text,
        review=tuple(review),
    )


def _row_task(row: Row, year: int, known: frozenset[str]) -> DraftTask:
    """A row of a task-division table: roles from its columns and from tags in its text."""
    content = row.content
    text = "\n".join(content)
    tagged = tagged_owners(text, fold(text)) or Owners()
    lead, owners, support = list(tagged.lead), list(tagged.owners), list(tagged.support)
    for role, bucket in (("lead", lead), ("owners", owners), ("support", support)):
        for cell in row.role(role):
            said = find_owners(cell, fold(cell), (), known) if _ROLE_WORD.search(fold(cell)) else None
            if said is not None and not said.empty:  # 办公室牵头,各科室配合: the cell says who does what
                lead.extend(said.lead)
                owners.extend(said.owners)
                support.extend(said.support)
            else:
                bucket.extend(cell_names(cell))
    leader = "、".join(row.role("leader")) or tagged.leader
    dues = row.role("due")
    sched = column_due("、".join(dues), year=year) if dues else schedule_of(fold(text), year=year)
    first = content[0] if content else row.text
    h = heading_of(fold(first))
    label = row.label or (h.label if h is not None and h.kind != "label" else "")
    own = first[h.end :] if h is not None and h.kind != "label" else first
    title = _first_sentence(re.sub(r"[(（【〔][^()（）【】〔〕]*[:：][^()（）【】〔〕]*[)）】〕]", "", own))
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
        section="",
        label=label,
        lines=(row.first, row.last),
        owners=found,
        start=sched.start,
        due=sched.due,
        due_text=sched.due_text,
        review=tuple(review),
    )


def _is_phase_heading(item: Item, phase_ids: dict[int, str]) -> bool:
    if not item.label or item.stage_line != item.first or item.first not in phase_ids:
        return False
    own = re.sub(r"^[:：\s]+", "", item.own)
    named = bool(own) and not re.match(r"[(（]?\s*(?:\d|20[xX])", own)  # 第一阶段:20xx年1月… is unnamed
    return named and ("阶段" in item.label or "阶段" in _first_sentence(own)[:12])


def _dated(sched: Schedule) -> bool:
    """A recurring or vague deadline (每月3日前, 春节前) still makes an item a task."""
    return bool(sched.due_text and re.search(r"\d|前|底", sched.due_text))


def _title(item: Item) -> str:
    text = item.text.split("\n", 1)[0]
    h = heading_of(item.norm)
    own = text[h.end :] if h is not None and h.kind != "label" else text
    first = _first_sentence(own)
    if len(first) > _TITLE_MAX:
        cut = re.search(r"[,，]", first[10:])
        first = (
            first[: 10 + cut.start()]
            if cut and 10 + cut.start() <= _TITLE_MAX
            else first[:_TITLE_MAX] + "…"
        )
    return first.strip() or own.strip()[:_TITLE_MAX]


def _first_sentence(text: str) -> str:
    m = re.search(r"[。;；!！?？]", text)
    return (text[: m.start()] if m else text).strip().rstrip(",，、:：")


def _truncated(text: str) -> bool:
    tail = text.rstrip()
    return len(tail) > 20 and tail[-1] in ",，、"
