"""Reports -> text, JSON and CSV; the only user of tabulate.

Everything a plan author typed goes through `printable` before it reaches a terminal, so an
escape sequence in a title can never move the cursor or recolour the screen.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Sequence
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: object, keep_newlines: bool = False) -> str:
    """Text with control characters shown as escapes (\\x1b), never sent raw."""
    s = "" if text is None else str(text)
    if not keep_newlines:
        s = s.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return _CONTROL.sub(lambda m: repr(m.group(0))[1:-1], s)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain table aligned by display width (Chinese counts two columns)."""
    from tabulate import tabulate

    clean = [[printable(c) if c is not None else "" for c in row] for row in rows]
    return tabulate(clean, headers=list(headers), tablefmt="simple", disable_numparse=True)


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_csv(headers: Sequence[str], rows: Sequence[Sequence[Any]], bom: bool = False) -> str:
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if c is None else str(c) for c in row])
    return out.getvalue()


def date_text(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def days_text(days: int | None, lang: str) -> str:
    if days is None:
        return ""
    if lang == "en":
        return f"{-days}d late" if days < 0 else ("today" if days == 0 else f"{days}d left")
    return f"逾期{-days}天" if days < 0 else ("今天到期" if days == 0 else f"剩{days}天")


def names(items: Sequence[str]) -> str:
    return "、".join(items)
