"""DraftPlan -> plan YAML (format 1), byte-for-byte deterministic.

This is the one place outside `load`/`planfile` that uses ruamel.yaml: an imported plan is a
new file, not an edit, and ruamel's round-trip dumper is what writes our house style
(2-space maps, dash offset 2, flow lists for units, `|` blocks for multi-line text, quotes
exactly where a plain scalar would be misread). Using the same dumper as `planfile` means
the first hand edit after an import produces a minimal diff.
"""

from __future__ import annotations

import io

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from tracker.importer.draft import DraftPlan, DraftTask

SCHEMA_LINE = "# yaml-language-server: $schema=../schema/plan.schema.json\n"


def plan_file_name(draft: DraftPlan) -> str:
    return f"{draft.id}.yaml"


def emit_plan(draft: DraftPlan) -> str:
    plan = CommentedMap()
    plan["format"] = 1
    plan["id"] = draft.id
    plan["title"] = draft.title
    plan["year"] = draft.year
    plan["status"] = "draft"
    plan["source"] = _flow_map({"document": draft.document, "lines": _flow(list(draft.lines))})
    notes: list[object] = list(draft.review)
    if notes:
        plan["review"] = _flow(notes)
    if draft.kept:
        # Items and paragraphs that became no task, phase or goal, with their lines.
        plan["note"] = _text("\n".join(f"第{a}行 {text}" if a == b else f"第{a}–{b}行 {text}"
                                        for a, b, text in draft.kept))
    if draft.goals:
        plan["goals"] = _seq(_goal(g) for g in draft.goals)
    if draft.phases:
        plan["phases"] = _seq(_phase(p) for p in draft.phases)
    plan["tasks"] = _seq(_task(t) for t in draft.tasks)
    out = io.StringIO()
    _yaml().dump(plan, out)
    need = draft.review_count
    summary = (
        f"# 导入摘要: {len(draft.tasks)} 项任务, {need} 项需要核对 (review)\n"
        f"# import summary: {len(draft.tasks)} tasks, {need} need review\n"
    )
    return SCHEMA_LINE + out.getvalue() + summary


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.indent(mapping=2, sequence=4, offset=2)
    y.width = 1_000_000
    y.allow_unicode = True
    return y


def _goal(g) -> CommentedMap:  # type: ignore[no-untyped-def]
    m = CommentedMap()
    m["id"] = g.id
    m["text"] = g.text
    if g.target is not None:
        m["target"] = int(g.target) if float(g.target).is_integer() else g.target
    if g.unit:
        m["unit"] = g.unit
    return m


def _phase(p) -> CommentedMap:  # type: ignore[no-untyped-def]
    m = CommentedMap()
    m["id"] = p.id
    m["title"] = p.title
    if p.start:
        m["start"] = p.start
    if p.end:
        m["end"] = p.end
    if p.review:
        m["review"] = _flow(list(p.review))
    return m


def _task(t: DraftTask) -> CommentedMap:
    m = CommentedMap()
    m["id"] = t.id
    m["title"] = t.title
    if t.detail and t.detail != t.title:
        m["detail"] = _text(t.detail)
    if t.section:
        m["section"] = t.section
    o = t.owners
    for key, names in (("lead", o.lead), ("owners", o.owners), ("support", o.support)):
        if names:
            m[key] = _flow(list(names))
    if o.leader:
        m["leader"] = o.leader
    if t.phase:
        m["phase"] = t.phase
    if t.start and (t.due is None or t.start <= t.due):
        m["start"] = t.start
    if t.due:
        m["due"] = t.due
    if t.due_text:
        m["due_text"] = t.due_text
    m["status"] = "todo"
    m["source"] = _flow_map({"lines": _flow(list(t.lines))})
    if t.review:
        m["review"] = _seq(t.review)
    return m


def _text(s: str) -> str | LiteralScalarString:
    if "\n" in s:
        return LiteralScalarString("\n".join(line.rstrip() for line in s.split("\n")) + "\n")
    return s


def _flow(items: list[object]) -> CommentedSeq:
    s = CommentedSeq([_in_flow(i) for i in items])
    s.fa.set_flow_style()
    return s


def _flow_map(d: dict[str, object]) -> CommentedMap:
    m = CommentedMap({k: _in_flow(v) for k, v in d.items()})
    m.fa.set_flow_style()
    return m


def _in_flow(value: object) -> object:
    """Text with a colon, quoted: ruamel's emitter writes `[所检查范围:消防]` plain, which its
    own parser (and YAML 1.2 readers generally) cannot read back inside [ ] or { }, so the
    whole draft failed `tracker check`."""
    if isinstance(value, str) and ":" in value:
        return DoubleQuotedScalarString(value)
    return value


def _seq(items) -> CommentedSeq:  # type: ignore[no-untyped-def]
    return CommentedSeq(list(items))
