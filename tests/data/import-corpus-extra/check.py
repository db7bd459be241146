#!/usr/bin/env python3
"""Mechanical check of the import-corpus gold: every NN.json against its NN.txt.

Run from this folder:  python3 check.py
Checks: JSON shape; line numbers in range; label + title_prefix is a substring of the task line
(table rows: title_prefix starts the row); each lead/owners/support unit and the leader occur in the
item's text (from its line up to the next task line, line breaks removed); due_text occurs there and a
small reference parser turns it into the gold due; goal text_prefix and the number (as written, 万/亿
allowed) occur on the goal line; phase titles occur in the text; dates are ISO.
"""
import calendar
import datetime
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
TASK_KEYS = ["line", "label", "title_prefix", "lead", "owners", "support", "leader", "due", "due_text"]
errors = []

def month_end(y, m):
    return datetime.date(y, m, calendar.monthrange(y, m)[1]).isoformat()

def parse_due(text, year):
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:前|以前|之前)?", text)
    if m:
        return datetime.date(int(m.group(1) or year), int(m.group(2)), int(m.group(3))).isoformat()
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(?:份|底|底前|底以前|上旬|中旬|下旬)?", text)
    if m:
        y, mo = int(m.group(1) or year), int(m.group(2))
        if text.endswith("上旬"):
            return datetime.date(y, mo, 10).isoformat()
        if text.endswith("中旬"):
            return datetime.date(y, mo, 20).isoformat()
        return month_end(y, mo)
    m = re.fullmatch(r"(?:(\d{4})年)?年底前?", text)
    if m:
        return f"{m.group(1) or year}-12-31"
    return None

def iso(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except Exception:
        return False

def number_forms(x):
    forms = {f"{x:g}" if isinstance(x, float) else str(x)}
    forms.add(f"{x / 10000:g}万")
    forms.add(f"{x / 100000000:g}亿")
    return forms

def squash(s):
    return re.sub(r"\s+", "", s)

docs = sorted(HERE.glob("[0-9][0-9].json"))
if not docs:
    sys.exit("no NN.json files here")
for jp in docs:
    nn = jp.stem
    g = json.loads(jp.read_text(encoding="utf-8"))
    text = (HERE / g["document"]).read_text(encoding="utf-8")
    lines = text.split("\n")
    year = g["year"]
    if set(g) != {"document", "year", "plans"} or g["document"] != f"{nn}.txt" or not isinstance(year, int):
        errors.append(f"{nn}: top-level shape")
    for plan in g["plans"]:
        if set(plan) != {"first_line", "last_line", "title_hint", "tasks", "phases", "goals"}:
            errors.append(f"{nn}: plan keys {sorted(plan)}")
        a, b = plan["first_line"], plan["last_line"]
        if not (1 <= a <= b <= len(lines)):
            errors.append(f"{nn}: plan span {a}-{b}")
        if plan["title_hint"] and squash(plan["title_hint"]) not in squash(text):
            errors.append(f"{nn}: title_hint not found")
        tlines = [t["line"] for t in plan["tasks"]]
        for t in plan["tasks"]:
            if list(t) != TASK_KEYS:
                errors.append(f"{nn}: task keys {list(t)}")
            ln = t["line"]
            if not (a <= ln <= b):
                errors.append(f"{nn}: task line {ln} outside plan")
                continue
            line = lines[ln - 1]
            if t["label"] + t["title_prefix"] not in line:
                errors.append(f"{nn}:{ln}: label+title_prefix not in line")
            if t["label"] == "" and not line.lstrip().startswith(t["title_prefix"]):
                errors.append(f"{nn}:{ln}: table-row title_prefix not at row start")
            nxt = min([x for x in tlines if x > ln], default=b + 1)
            region = "".join(lines[ln - 1:max(nxt - 1, ln)])
            for role in ("lead", "owners", "support"):
                for u in t[role]:
                    if u not in region:
                        errors.append(f"{nn}:{ln}: {role} {u!r} not in item text")
            if t["leader"] and t["leader"] not in region:
                errors.append(f"{nn}:{ln}: leader not in item text")
            if t["due"] is not None and not iso(t["due"]):
                errors.append(f"{nn}:{ln}: due not ISO")
            if t["due_text"]:
                if t["due_text"] not in region:
                    errors.append(f"{nn}:{ln}: due_text not in item text")
                if parse_due(t["due_text"], year) != t["due"]:
                    errors.append(f"{nn}:{ln}: due {t['due']} does not follow from {t['due_text']!r}")
            elif t["due"] is not None:
                errors.append(f"{nn}:{ln}: due without due_text")
            if not (t["owners"] or t["lead"] or t["support"] or t["leader"] or t["due"]):
                errors.append(f"{nn}:{ln}: task with neither role nor deadline")
        for ph in plan["phases"]:
            if set(ph) != {"title", "start", "end"} or ph["title"] not in text:
                errors.append(f"{nn}: phase {ph.get('title')!r}")
            for k in ("start", "end"):
                if ph[k] is not None and not iso(ph[k]):
                    errors.append(f"{nn}: phase {ph['title']} {k} not ISO")
        for go in plan["goals"]:
            if list(go) != ["line", "target", "unit", "text_prefix"]:
                errors.append(f"{nn}: goal keys {list(go)}")
            line = lines[go["line"] - 1]
            if go["text_prefix"] not in line:
                errors.append(f"{nn}:{go['line']}: goal text_prefix not in line")
            if not any(f + go["unit"] in line for f in number_forms(go["target"])):
                errors.append(f"{nn}:{go['line']}: goal {go['target']}{go['unit']} not on line")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"ok: {len(docs)} gold files agree with their texts")
