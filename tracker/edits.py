"""Typed values -> task edits: what `tracker set` / `tracker note` and the TUI share.

A person types `推进中`, `60%`, `9月30日前` or `城关镇、河西乡`; this module turns such text into
the field values to write, and a field change into the planfile edit plus the `Change` that the
commit message describes. No files, no git: the caller hands the result to `Workspace.apply`.
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.dates import parse_date
from tracker.model import DEFAULT_LABELS_EN, STATUS_KEYS, Settings, Task
from tracker.problems import UserError
from tracker.store import planfile
from tracker.workspace import Change

LIST_KEYS = ("lead", "owners", "support", "evidence", "depends_on")


class ValueProblem(UserError, ValueError):
    """A typed value that cannot be written; message in both languages."""


def split_names(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[,，、;；]", value) if v.strip()]


def status_key(raw: str, settings: Settings) -> str:
    """A status key from a key, a label of tracker.yaml, or an English label."""
    labels = {v: k for k, v in settings.statuses}
    labels.update({v.lower(): k for k, v in DEFAULT_LABELS_EN.items()})
    value = labels.get(raw, labels.get(raw.lower(), raw))
    if value not in STATUS_KEYS:
        raise ValueProblem(f"未知状态“{raw}”（可用：{'、'.join(STATUS_KEYS)}）",
                           f"unknown status '{raw}' (use {', '.join(STATUS_KEYS)})")
    return value


def progress_value(raw: str) -> int:
    try:
        value = int(raw.strip().rstrip("%％"))
    except ValueError:
        raise ValueProblem(f"进度应为 0–100 的整数，实际为“{raw}”",
                           f"progress must be 0–100, got '{raw}'") from None
    if not 0 <= value <= 100:
        raise ValueProblem(f"进度 {value} 超出 0–100", f"progress {value} is outside 0–100")
    return value


def parse_value(key: str, raw: str, *, task: Task, settings: Settings, year: int,
                today: dt.date) -> dict[str, object]:
    """One typed field -> the fields to write (a due date also keeps or drops its wording).

    Raises ValueProblem for a bad status or progress, DateError for an unreadable date."""
    if key == "status":
        return {"status": status_key(raw, settings)}
    if key == "progress":
        return {"progress": progress_value(raw)}
    if key in ("due", "start"):
        when = parse_date(raw, today=today, year=year)
        out: dict[str, object] = {key: when}
        if key == "due":
            if raw.strip() != when.isoformat():
                out["due_text"] = raw.strip()
            elif task.due_text is not None:
                out["due_text"] = None  # the old wording no longer describes the date
        return out
    if key in LIST_KEYS:
        return {key: split_names(raw)}
    return {key: raw}


def field_edits(task: Task, values: dict[str, object]) -> tuple[list[Change], list[planfile.Edit]]:
    """The changes (for the commit message) and edits for the values that differ from the task."""
    changes: list[Change] = []
    edits: list[planfile.Edit] = []
    for key, value in values.items():
        old = getattr(task, key, None)
        old_cmp = list(old) if isinstance(old, tuple) else old
        if old_cmp == value:
            continue
        if value is None and key == "due_text" and old is None:
            continue
        changes.append(Change(key, old, value))
        edits.append(planfile.set_field(task.id, key, value))
    return changes, edits


def subject(changes: list[Change]) -> str:
    return "; ".join(c.describe() for c in changes)


def update_entry(text: str, today: dt.date, by: str | None, unit: str | None) -> dict[str, object]:
    """A progress report as it is written into `updates:` (date, by, unit, text)."""
    entry: dict[str, object] = {"date": today}
    if by:
        entry["by"] = by
    if unit:
        entry["unit"] = unit
    entry["text"] = text.strip()
    return entry


def update_subject(text: str) -> str:
    short = text.strip().splitlines()[0]
    short = short if len(short) <= 40 else short[:39] + "…"
    return f"update: {short}"
