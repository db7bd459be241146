"""The JSON Schema of plan format 1, printed by `tracker schema` and referenced from new plans
so that editors (yaml-language-server) validate while people type."""

from __future__ import annotations

from typing import Any

from tracker.model import PLAN_STATUSES, STATUS_KEYS

SCHEMA_PATH = "schema/plan.schema.json"
SCHEMA_LINE = f"# yaml-language-server: $schema=../{SCHEMA_PATH}"

_NAMES = {"type": "array", "items": {"type": "string"}}
_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_UPDATE = {
    "type": "object",
    "required": ["date", "text"],
    "properties": {"date": _DATE, "by": {"type": "string"}, "text": {"type": "string"},
                   "unit": {"type": "string"}},
}


def plan_schema() -> dict[str, Any]:
    task = {
        "type": "object",
        "required": ["id", "title"],
        "properties": {
            "id": {"type": "string"}, "title": {"type": "string"}, "detail": {"type": "string"},
            "section": {"type": "string"}, "lead": _NAMES, "owners": _NAMES, "support": _NAMES,
            "leader": {"type": "string"}, "phase": {"type": "string"}, "start": _DATE, "due": _DATE,
            "due_text": {"type": "string"},
            "status": {"enum": list(STATUS_KEYS)},
            "progress": {"type": "integer", "minimum": 0, "maximum": 100},
            "evidence": _NAMES, "verified_by": {"type": "string"}, "depends_on": _NAMES,
            "units": {"type": "object", "additionalProperties": {
                "type": "object", "properties": {"status": {"enum": list(STATUS_KEYS)},
                                                 "note": {"type": "string"},
                                                 "updates": {"type": "array", "items": _UPDATE}}}},
            "updates": {"type": "array", "items": _UPDATE},
            "review": {"type": "array", "items": {"type": "string"}},
            "source": {"type": "object"}, "note": {"type": "string"}, "tags": _NAMES,
        },
        "allOf": [{"if": {"properties": {"status": {"const": "verified"}}},
                   "then": {"required": ["verified_by"]}}],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "tracker plan (format 1)",
        "type": "object",
        "required": ["format", "id", "title"],
        "properties": {
            "format": {"const": 1},
            "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"},
            "title": {"type": "string"}, "issuer": {"type": "string"},
            "year": {"type": "integer"}, "status": {"enum": list(PLAN_STATUSES)}, "lead": _NAMES,
            "goals": {"type": "array", "items": {"type": "object", "required": ["id", "text"],
                                                 "properties": {"id": {"type": "string"},
                                                                "text": {"type": "string"},
                                                                "target": {"type": "number"},
                                                                "unit": {"type": "string"},
                                                                "current": {"type": "number"}}}},
            "phases": {"type": "array", "items": {"type": "object", "required": ["id", "title"],
                                                  "properties": {"id": {"type": "string"},
                                                                 "title": {"type": "string"},
                                                                 "start": _DATE, "end": _DATE}}},
            "tasks": {"type": "array", "items": task},
            "review": {"type": "array", "items": {"type": "string"}},
            "source": {"type": "object"}, "note": {"type": "string"},
        },
    }
