"""A progress report's text as it is stored, whoever took it in (`note`, the TUI's update form,
an intake sheet's cell): without the white space around it and without the indent all its
lines share (two full-width spaces before each paragraph of a report pasted from a document);
what is left of each line's indent stays, so the lines align as they were typed."""

from __future__ import annotations

import functools
import os
import re


@functools.cache
def _indent() -> re.Pattern[str]:
    return re.compile(r"[ \t\u3000]*")


def stored(text: str) -> str:
    """`text` (line breaks already newlines) as a report is stored."""
    lines = text.strip("\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    indents = [_indent().match(ln).group(0) for ln in lines if ln.strip()]  # type: ignore[union-attr]
    common = os.path.commonprefix(indents) if indents else ""
    return "\n".join(ln.removeprefix(common) for ln in lines).rstrip()
