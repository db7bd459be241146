"""A list of names as people type it: 县财政局、县人社局 / 县财政局，县人社局 / A; B, and a name
with its own 、 inside brackets (各县（市、区）教育局) kept whole.

The one place that splits names: a unit field's string in a plan file, a list item typed with
a Chinese comma, and `tracker set owners=…` all read the same way.
"""

from __future__ import annotations

import re

SEPARATORS = "、,，;；"
_OPEN, _CLOSE = "(（[【〔", ")）]】〕"
SPLIT = re.compile(f"[{SEPARATORS}]")  # the quick test: a name holding none is one name


def split_names(text: str) -> list[str]:
    """The names in `text`, split on 、 , ， ; ； outside brackets, stripped, empty ones dropped."""
    if not any(c in text for c in _OPEN):
        return [n.strip() for n in SPLIT.split(text) if n.strip()]
    out, depth, start = [], 0, 0
    for i, c in enumerate(text):
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and c in SEPARATORS:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return [n.strip() for n in out if n.strip()]
