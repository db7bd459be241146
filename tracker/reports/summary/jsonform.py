"""A `Summary` as JSON-ready data: its value classes as dicts and lists, rates rounded to one
decimal, status labels in the report's language (dates stay dates; `render.to_json` writes
them)."""

from __future__ import annotations

from typing import Any

from tracker.model import Settings
from tracker.reports.summary.data import Summary
from tracker.structs import Struct


def data(summary: Summary, settings: Settings, lang: str) -> dict[str, Any]:
    """The summary as JSON-ready data (dates stay dates; `render.to_json` writes them)."""
    out = _plain(summary)
    h = summary.headline
    out["headline"].update(completion_rate=_round(h.completion_rate),
                           on_time_rate=_round(h.on_time_rate),
                           colours={c.value: n for c, n in h.colours})
    for row, rank in zip(out["ranking"], summary.ranking):
        row.update(completion_rate=_round(rank.completion_rate), on_time_rate=_round(rank.on_time_rate))
    for row, goal in zip(out["goals"], summary.goals):
        row["percent"] = _round(goal.percent)
    for key in ("done", "doing", "late", "upcoming"):
        for group, source in zip(out[key], getattr(summary, key)):
            assert source.lines is None, "the share cache writes text only"
            del group["lines"]
            group["items"] = [it._asdict() for it in source.items]
            for item in group["items"]:
                item["status_label"] = settings.label(item["status"], lang)
                item["colour"] = str(item["colour"])
                item["unit_reports"] = [r._asdict() for r in item["unit_reports"]]
                if item["expected"] is not None:
                    item["expected"] = _round(item["expected"])
    return out


def _plain(value: Any) -> Any:
    """The report's Structs as dicts and its tuples as lists, all the way down: what JSON
    writes. Items (NamedTuples) become lists here; `data` writes them as dicts."""
    if isinstance(value, Struct):
        return {name: _plain(getattr(value, name)) for name in value.__struct_fields__}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
