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

from tracker.importer.clean import Para, fold
from tracker.importer.cover_notice import is_notice_line
from tracker.importer.dated_stage import dated_stage, stage_span
from tracker.importer.draft import (
    Document,
    DraftGoal,
    DraftPhase,
    DraftPlan,
    DraftTask,
    Refusal,
)
from tracker.importer.emit import emit_plan, plan_file_name
from tracker.importer.first_listed import first_leads_tagged
from tracker.importer.goal_paragraph import goals_before_headings
from tracker.importer.goals import (
    goals_in,
    is_bare_goal_heading,
    is_goal_list,
    is_goal_section,
    targets_in,
)
from tracker.importer.headings import heading_of
from tracker.importer.horizon_goals import horizon_paragraph
from tracker.importer.named_stage import named_stage
from tracker.importer.owners import FIRST_LEADS
from tracker.importer.paragraphs import paragraphs
from tracker.importer.plan_title import document_title
from tracker.importer.prose_plan import glued_title, prose_title
from tracker.importer.schedule import phase_dates
from tracker.importer.second_look import title_note
from tracker.importer.source import read_document
from tracker.importer.split import Part, is_cover_notice, split
from tracker.importer.stated_year import stated_year
from tracker.importer.structure import Item, is_stage, items
from tracker.importer.table_header import column_role
from tracker.importer.table_row import Row
from tracker.importer.tables import find_tables
from tracker.importer.tasks import (
    background,
    cut_in_role,
    first_sentence,
    is_phase_heading,
    item_task,
    own_background,
    row_task,
)
from tracker.importer.titleblock import title_only
from tracker.importer.tree import Node, build
from tracker.importer.weekday_year import year_by_weekday

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
_NO_TASKS = "没有条目写明责任单位或完成时限,未生成任务;请对照原文补充"
# A year read from the text this far from the year the import assumes is named for the clerk.
_FAR_YEARS = 3


def _role_columns(row: Row) -> bool:
    """Whether the row's table has columns for who does the work or by when, and the row fills
    none of its cells but those of the work itself (its merged cells lost)."""
    return any(column_role(h) in ("lead", "owners", "support", "leader", "due") for h in row.header) \
        and not any(t.strip() for r, t in row.cells if r not in ("content", "note", "category"))


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
    # An excerpt cut before its first numbered item is still a plan when a title line names
    # it (…实施方案 above its preamble): the draft keeps the title and the text for the clerk;
    # so is a page holding a plan's title and nothing else (a draft with no tasks).
    titled_only, prose = False, None
    if not any(heading_of(p.norm) is not None for p in paras) and not find_tables(paras).rows:
        if not document_title(paras) and not title_only(paras) \
                and not (prose := prose_title(paras) or glued_title(paras)):
            return []
        titled_only = True
    year_note = None
    if infer_year and (stated := stated_year(paras)) is not None:
        if stated.line is not None and abs(stated.year - year) >= _FAR_YEARS:
            # 我县…从1992年开始起步: a year of the plan's history, taken for the plan's own
            # when nothing else states one; the clerk sees where it came from
            year_note = (f"方案年份按第{stated.line}行的“{stated.year}年”计,未写年份的时限都算在这一年;"
                         "如不对,导入时用 --year 指定")
        year = year_by_weekday(paras, stated.year)
    plans: list[DraftPlan] = []
    parts = split(paras)
    cover: Part | None = None
    for k, part in enumerate(parts):
        if k + 1 < len(parts) and is_cover_notice(part) and not cover:
            cover = part  # the notice sending the plan: set aside, not a plan of its own
            continue
        draft = _plan(part, len(plans) + 1, doc.name, year, slug(id_prefix), known)
        if prose and len(parts) == 1:  # a plan in prose under its title: that title names it
            draft = replace(draft, title=prose)
        elif k == 0 and draft.title.startswith("未命名方案") and (glued := glued_title(list(part.paras))):
            draft = replace(draft, title=glued)  # its title run into its preamble on the first line
        notice = (cover.first, cover.last) if cover is not None else _notice_above(part, draft.title)
        if notice is not None and not plans:
            draft = replace(
                draft,
                review=(f"第{notice[0]}–{notice[1]}行是印发通知,未导入;请核对其中的要求",
                        *draft.review),
            )
        if draft.tasks or draft.phases or draft.goals:
            plans.append(draft)
        elif titled_only or any(heading_of(p.norm) is not None for p in part.paras[1:]):
            # Numbered items, none naming a unit or a deadline: still a plan, for the clerk.
            plans.append(replace(draft, review=(*draft.review, _NO_TASKS)))
    # Number the plans that survived, so ids run 01, 02 … without gaps.
    notes = [year_note] if year_note else []
    return [
        replace(p, part=n, id=f"{slug(id_prefix)}-{year}-{n:02d}",
                review=(*([note] if (note := title_note(p.title)) else []), *notes, *p.review))
        for n, p in enumerate(plans, 1)
    ]




def _notice_above(part: Part, title: str) -> tuple[int, int] | None:
    """The lines of a cover notice run straight into the plan's title block (关于印发《X》的通知
    … 某镇人民政府 2026年3月1日, then X on a line of its own), which the plan leaves out as it
    leaves out a notice set apart; None when there is none."""
    notice = next((p for p in part.paras[:8] if is_notice_line(p.norm)), None)
    if notice is None:
        return None
    named = fold(title).replace(" ", "")
    below = next((p for p in part.paras if p.first > notice.last
                  and p.norm.strip().replace(" ", "") == named), None)
    # from the part's first line: the addressees (各县(市、区)人民政府,…) may open it
    return (part.first, below.first - 1) if below is not None else None


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


# 到2025年底前,…建成 / 到2027年,…: a paragraph of a goal section opening on the year its goals
# are for (their horizon), not a deadline of a task; so is a numbered one ((一)到2022年底,新增…).
_HORIZON = re.compile(r"\s*(?:到|至|力争到|计划到)\s*(?:19|20)\d\d\s*年")
# A heading that is only the name of a goal section (一、总体目标 / (一)工作目标:), or of the
# goals and tasks over a paragraph on the plan's horizon (一、目标任务 / 到2018年底,…).
_GOAL_HEADING = re.compile(r"\s*[^。;,:]{0,8}目标\s*[:：]?\s*")
# (二)主要目标。完成…: a goals heading run into its statement (明确治理目标。… is a task's); or
# glued to it, the break lost, where it opens on when (二、工作目标从2023年开始,…到20xx年底…)
_GOAL_RUN_IN = re.compile(r"\s*(?:主要|总体|工作|预期|主要预期|年度|发展)?目标\s*(?:。|(?=从|自|到|力争|通过))")
_GOALS_BY_HORIZON = re.compile(r"\s*[^。;,:\n]{0,8}目标任务\s*[:：]?\s*\n" + _HORIZON.pattern)


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
    kept: list[Item] = []  # items that become nothing: their text goes to the plan's note
    first_leads = False  # (…等负责,列第一位者为牵头单位,下同): so in the items after it
    for item in items(tree):
        in_goals = (
            goal_list
            or is_goal_section(item.section[-1:])
            or is_goal_section((first_sentence(item.own),))
        ) and not own_background(item)  # (一)工作背景 under 一、背景与目标: past figures
        if in_goals:
            for wording, target, unit in goals_in(item.text, item.norm):
                goals.append(
                    DraftGoal(f"G{len(goals) + 1}", wording, target, unit, (item.first, item.last))
                )
        # A deadline without a year inside a dated phase takes the phase's year.
        phase = next((ph for ph in phases if ph.id == phase_ids.get(item.stage_line or -1)), None)
        when = (phase.start or phase.end) if phase else None
        phase_year = when.year if when else year
        task = item_task(item, len(tasks) + 1, phase_year, phase_ids, known, first_leads)
        if task is not None and first_leads and task.owners.owners and not task.owners.lead \
                and task.owners.origin == "prose":
            task = replace(task, owners=replace(task.owners, lead=task.owners.owners[:1]))
        said = FIRST_LEADS.search(item.norm)
        if task is not None and task.owners.origin == "tag" and (first_leads or said):
            task = replace(task, owners=first_leads_tagged(task.owners))  # 责任单位:A、B(列第一位者…)
        first_leads = first_leads or bool(said and "下同" in item.norm[said.end() : said.end() + 6])
        if task is not None and (is_phase_heading(item, phase_ids)
                                 or not item.label and (_STAGE_LINE.match(item.norm) or named_stage(item.norm))):
            kept.append(item)  # the phase keeps its title and dates; the note keeps its text
            continue  # 第一阶段:动员部署(5月8日以前) is a phase, not a task
        if task is not None and in_goals and task.owners.empty and (
            not (task.due or task.due_text) or _HORIZON.match(item.own if item.label else item.norm)
            or _GOAL_RUN_IN.match(item.own)  # (二)主要目标。…到2021年底,… (run in, on its line)
        ):
            continue  # a goal statement, already kept under goals: (its year-end the goals' horizon)
        if task is not None and task.owners.empty and (_GOAL_HEADING.fullmatch(item.own.split("\n")[0])
                                                       or _GOALS_BY_HORIZON.match(item.own)):
            kept.append(item)  # 一、总体目标 / 在2022年5月底前实现…: the goal's horizon, not a task
            continue
        if task is not None and item.last == part.last and cut_in_role(task):
            kept.append(item)  # 责任单位:县财 at the excerpt's end: cut inside the unit's name
            continue
        if task is not None:
            tasks.append(task)
            goals += _goals_under_heading(item, len(goals))
            continue
        kept.append(item)
        if not in_goals and (not background(item) or horizon_paragraph(item)):  # 到2025年,… in 总体要求
            for wording, target, unit in targets_in(item.text, item.norm):
                goals.append(
                    DraftGoal(f"G{len(goals) + 1}", wording, target, unit, (item.first, item.last))
                )
    # 目标任务 on a line of its own before the first numbered heading: the paragraph under it
    # states the goals.
    for above, p in zip(tree.body, tree.body[1:]):
        if is_bare_goal_heading(above.norm) and not is_bare_goal_heading(p.norm):
            for wording, target, unit in goals_in(p.text, p.norm):
                goals.append(DraftGoal(f"G{len(goals) + 1}", wording, target, unit, (p.first, p.last)))
    if not goals:  # X率达100% before the first heading: the goal section's heading dropped
        goals += [DraftGoal(f"G{k}", wording, target, unit, (p.first, p.last))
                  for k, (wording, target, unit, p) in enumerate(goals_before_headings(tree.body), 1)]
    # a header whose cells, one a line, are parted by lone | lines: the bars read as a row of
    # their own, every cell empty of words, is no task; nor is a row of a table with role or
    # deadline columns that shows no unit, person nor deadline (its merged cells lost)
    tasks += [t for row in table.rows if any(re.search(r"[^\s|｜]", value) for _, value in row.cells)
              if (t := row_task(row, year, known)).due is not None or t.owners.leader
              or not t.owners.empty or not _role_columns(row)]
    for row in table.rows:
        if is_goal_section((row.section,)):  # rows under a 主要预期目标 category row state goals
            for wording, target, unit in goals_in("\n".join(row.content), fold("\n".join(row.content))):
                goals.append(DraftGoal(f"G{len(goals) + 1}", wording, target, unit, (row.first, row.last)))
    preamble = [
        (p.first, p.last, p.text.strip())
        for p in tree.body
        if len(p.norm.strip()) >= 12 and p.first > part.first and fold(part.title) not in p.norm
    ]
    notes = sorted(preamble + [(k.first, k.last, k.text.strip()) for k in kept if k.text.strip()])
    review: tuple[str, ...] = ()
    if kept:
        review = (
            f"{len(kept)} 个条目没有写明责任单位或完成时限,未生成任务,原文保留在 note 中;"
            "请核对其中是否有任务",
        )
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
        review,
        tuple(notes),
    )


def _goals_under_heading(item: Item, before: int) -> list[DraftGoal]:
    """一、治理X over its role line, then 治理工作目标: and the targets: the lines after a goal
    heading inside a task's text state goals, as a goal section does."""
    texts, norms = item.text.split("\n"), item.norm.split("\n")
    if len(texts) != len(norms):
        return []
    out: list[DraftGoal] = []
    for k, n in enumerate(norms[1:], 1):
        if is_bare_goal_heading(n) and k < len(norms) - 1:
            found = goals_in("\n".join(texts[k + 1 :]), "\n".join(norms[k + 1 :]))
        else:
            # …协办。治理工作目标:…;…。主要措施: on one line: the goal line after a full stop, up
            # to the next such heading
            inline = _INLINE_GOALS.search(n)
            if inline is None or len(texts[k]) != len(n):
                continue
            a, b = inline.span(1)
            found = goals_in(texts[k][a:b], n[a:b])
        for wording, target, unit in found:
            out.append(DraftGoal(f"G{before + len(out) + 1}", wording, target, unit,
                                 (item.first, item.last)))
        break
    return out


_INLINE_GOALS = re.compile(r"。[^。;,:]{0,8}目标\s*:([^:]+?)(?:。[^。;,:]{2,8}:|$)")


def _phases(tree: Node, year: int) -> tuple[list[DraftPhase], dict[int, str]]:
    phases: list[DraftPhase] = []
    ids: dict[int, str] = {}

    def walk(node: Node) -> None:
        for child in node.children:
            if is_stage(child, node) and child.para is not None and child.heading is not None:
                head = child.para.norm[: child.heading.end + 50]
                start, end, _ = phase_dates(head, year=year)
                dated = dated_stage(child.para.norm[child.heading.end :])
                if dated:  # 2、4月2日—9日为…阶段 / 5、6月3日—日为…阶段 (no end written)
                    start, end = stage_span(child.para.norm[child.heading.end :], year=year)
                pid = f"P{len(phases) + 1}"
                review = () if end or (dated and start) else ("阶段没有可识别的日期,请补充",)
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
    for p in _stage_lines(tree):  # 12月22日—26日 动员部署阶段: a schedule's line naming a phase
        pid = f"P{len(phases) + 1}"
        named = named_stage(p.norm)  # 发动布置阶段4月25日4月30日 成立…: the name, then the days
        if named is not None:
            start, end, _ = phase_dates(named[1], year=year)
            phases.append(DraftPhase(pid, named[0], start, end, (p.first, p.last), ()))
            ids[p.first] = pid
            continue
        start, end, _ = phase_dates(p.norm, year=year)
        name = _STAGE_LINE.match(p.norm)
        assert name is not None
        phases.append(DraftPhase(pid, p.text[name.start(1) : name.end(1)].strip(), start, end,
                                 (p.first, p.last), ()))
        ids[p.first] = pid
    return phases, ids


# A schedule's line: a date range, then the name of a phase (…阶段) and nothing more.
_STAGE_LINE = re.compile(
    r"^\s*(?:\d{4}\s*年)?\d{1,2}\s*月\s*\d{1,2}\s*日?\s*[—–\-~至到]\s*(?:\d{1,2}\s*月)?\s*\d{1,2}\s*日?"
    r"\s*([\u4e00-\u9fff]{2,10}阶段)\s*$"
)


def _stage_lines(node: Node) -> list[Para]:
    out = [p for p in node.body if _STAGE_LINE.match(p.norm) or named_stage(p.norm)]
    for child in node.children:
        out += _stage_lines(child)
    return out


def _phase_title(node: Node) -> str:
    assert node.para is not None and node.heading is not None
    text = node.para.text
    own = text[node.heading.end :]
    head = re.split(r"[。;:：]", own, maxsplit=1)[0].strip() if own.strip() else ""
    head = re.sub(r"[(（][^()（）]*\d[^()（）]*[)）]\s*$", "", head).strip()
    # the label as the page wrote it (第一階段 on a Traditional page), the folded one only if the
    # two do not line up
    written = text[: node.heading.end] if len(text) == len(node.para.norm) else node.heading.label
    label = written.strip().rstrip(":：、., ")
    dated = dated_stage(own)
    if dated:  # 2、4月2日—9日为报名发动阶段,…: the name after 为
        return dated.group("name")
    head = re.split(r"[(（]?\s*(?:(?:\d{4}|20[xX]{2})\s*年|\d{1,2}\s*月)", head, maxsplit=1)[0]
    head = head.strip(" ,，:：")
    if not head:  # 第二周:(3月12日至17日)实施阶段, …: the name follows the dates
        after = re.sub(r"^[(（][^()（）]*[)）]", "", own.strip())
        # 第一阶段(8月1日—8月15日):为动员部署阶段。: the name after the colon and 为
        after = re.sub(r"^\s*[:：]\s*为(?=[^,，。;:：]{2,12}阶段)", "", after)
        head = re.split(r"[,，。;:：(（]", after, maxsplit=1)[0].strip(" “”\"")[:12]
    if node.heading.kind in ("stage", "label") or label.endswith("阶段"):
        return f"{label}:{head}" if head else label
    return head or label
