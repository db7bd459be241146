"""Problems as values: every bad input becomes a Problem with a place, never an exception.

Messages are kept in both languages so the same problem prints in the user's language.
"""

from __future__ import annotations

import errno
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


# What the system says when a file cannot be read or written, in words a clerk reads (the
# system's own words, exc.strerror, are English whatever the user's language).
_SYSTEM_ZH = {errno.ENOENT: "文件或文件夹不存在", errno.EACCES: "没有权限", errno.EPERM: "没有权限",
              errno.EROFS: "磁盘或文件夹是只读的", errno.ENOSPC: "磁盘已满",
              errno.EISDIR: "这是一个文件夹", errno.ENOTDIR: "路径中有一段不是文件夹",
              errno.EPIPE: "输出已关闭", errno.ENAMETOOLONG: "文件名太长",
              errno.EIO: "读写出错（磁盘或网络盘故障）"}


def system_reason(exc: OSError) -> tuple[str, str]:
    """(zh, en) for why the system refused a file: errno's meaning in Chinese (ENOENT, EACCES,
    EROFS, ENOSPC, EISDIR…), the system's own words in English."""
    if in_use(exc):
        return IN_USE
    en = exc.strerror or str(exc)
    return _SYSTEM_ZH.get(exc.errno or 0, en), en


IN_USE = ("文件正被其他程序打开（如 Excel、WPS、Word）：关闭它后再试",
          "the file is open in another program (Excel, WPS, Word): close it and try again")


def in_use(exc: OSError) -> bool:
    """Windows refuses to write a file another program holds open (a sheet open in Excel or
    WPS) with a sharing or lock violation, which Python reports as EACCES, "no permission"."""
    return getattr(exc, "winerror", None) in (32, 33)


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
