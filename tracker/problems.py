"""Problems as values: every bad input becomes a Problem with a place, never an exception.

Messages are kept in both languages so the same problem prints in the user's language.
"""

from __future__ import annotations

from enum import StrEnum

from tracker.model import Source
from tracker.structs import Struct


class UserError(Exception):
    """A problem the user can fix, told in their language; the CLI prints it, never a traceback.

    Raise a subclass named for where it comes from (EditError, RefError, ...)."""

    def __init__(self, zh: str = "", en: str = "") -> None:
        super().__init__(en or zh)
        self.zh, self.en = zh, en

    def message(self, lang: str) -> str:
        return (self.en if lang == "en" else self.zh) or str(self)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Problem(Struct, frozen=True):
    source: Source
    severity: Severity
    code: str  # the check name shown in brackets, e.g. "unknown-status"
    zh: str
    en: str

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh

    def render(self, lang: str) -> str:
        sev = self.severity.value
        return f"{self.source}: {sev}: {self.message(lang)} [{self.code}]"

    def as_json(self, lang: str) -> dict[str, object]:
        return {
            "path": self.source.path,
            "line": self.source.line,
            "col": self.source.col,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message(lang),
        }

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def error(source: Source, code: str, zh: str, en: str) -> Problem:
    return Problem(source, Severity.ERROR, code, zh, en)


def warning(source: Source, code: str, zh: str, en: str) -> Problem:
    return Problem(source, Severity.WARNING, code, zh, en)


def sort_key(p: Problem) -> tuple[str, int, int, str]:
    return (p.source.path, p.source.line, p.source.col, p.code)
