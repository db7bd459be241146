"""What to write instead of a date or a number typed the way people write them by hand.

A clerk editing a plan types due: 2026年10月20日 or progress: 70%. The file stays strict (the
value is refused, as before), but the message says exactly what to type: 2026-10-20, 70.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_DATE = re.compile(r"(\d{4})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*[日号]?")
_NUMBER = re.compile(r"(-?\d+(?:\.\d+)?)\s*%?")


def iso_date(shown: str) -> str | None:
    """2026年10月20日 / 2026.10.20 / 2026/9/5 / full-width digits: the YYYY-MM-DD it means,
    when that day exists; else None."""
    m = _DATE.fullmatch(_narrow(shown))
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def plain_number(shown: str) -> str | None:
    """70% / ７０ / 70 %: the number it means, written as YAML reads a number; else None."""
    m = _NUMBER.fullmatch(_narrow(shown))
    return m[1] if m else None


def _narrow(text: str) -> str:
    """Full-width digits, ％ and spaces as ASCII (what an input method types)."""
    return unicodedata.normalize("NFKC", text).strip()
