"""The YAML 1.2 types of plain scalars: which text reads as a bool, a number, a date, null.

ruamel's resolver table for YAML 1.2, copied here so that fastyaml can read a plan (and
`tracker set` edit one) without importing ruamel, which costs more than the reading itself.
tests/store/test_yamltypes.py keeps the copy equal to ruamel's, rule for rule. A rule's
regular expression is compiled the first time a text could need it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Any

# (tag, regular expression, flags, the first characters it applies to), in ruamel's order
RULES: tuple[tuple[str, str, int, str], ...] = (
    ("tag:yaml.org,2002:bool", '''^(?:true|True|TRUE|false|False|FALSE)$''', re.X, "tTfF"),
    ("tag:yaml.org,2002:float", '''^(?:
         [-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+]?[0-9]+)?
        |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
        |[-+]?\\.[0-9_]+(?:[eE][-+][0-9]+)?
        |[-+]?\\.(?:inf|Inf|INF)
        |\\.(?:nan|NaN|NAN))$''', re.X, "-+0123456789."),
    ("tag:yaml.org,2002:int", '''^(?:[-+]?0b[0-1_]+
        |[-+]?0o?[0-7_]+
        |[-+]?[0-9_]+
        |[-+]?0x[0-9a-fA-F_]+)$''', re.X, "-+0123456789"),
    ("tag:yaml.org,2002:merge", '^(?:<<)$', 0, "<"),
    ("tag:yaml.org,2002:null", '''^(?: ~
        |null|Null|NULL
        | )$''', re.X, "~nN"),  # and the empty text
    ("tag:yaml.org,2002:timestamp", '''^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
        |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
        (?:[Tt]|[ \\t]+)[0-9][0-9]?
        :[0-9][0-9] :[0-9][0-9] (?:\\.[0-9]*)?
        (?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$''', re.X, "0123456789"),
    ("tag:yaml.org,2002:value", '^(?:=)$', 0, "="),
    ("tag:yaml.org,2002:yaml", '^(?:!|&|\\*)$', 0, "!&*"),
)
EMPTY_IS = "tag:yaml.org,2002:null"  # the rule for the empty text


class _Lazy:
    """A rule's `match`, compiled when first called."""

    __slots__ = ("pattern", "flags", "_match")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern, self.flags = pattern, flags
        self._match: Callable[[str], Any] | None = None

    def match(self, text: str) -> Any:
        found = self._match
        if found is None:
            found = self._match = re.compile(self.pattern, self.flags).match
        return found(text)


STR = "tag:yaml.org,2002:str"  # no rule matches: the default
_INT = "tag:yaml.org,2002:int"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_WORDS = {"true": "tag:yaml.org,2002:bool", "True": "tag:yaml.org,2002:bool",
          "TRUE": "tag:yaml.org,2002:bool", "false": "tag:yaml.org,2002:bool",
          "False": "tag:yaml.org,2002:bool", "FALSE": "tag:yaml.org,2002:bool",
          "~": EMPTY_IS, "null": EMPTY_IS, "Null": EMPTY_IS, "NULL": EMPTY_IS, "": EMPTY_IS}
_WORD_STARTS = frozenset("tTfFnN~")  # the first characters only the bool and null rules take


def common(text: str) -> str | None:
    """The tag of the texts plans are full of, without a regular expression; None: ask the
    rules. Text with a character beyond ASCII is str (every rule matches ASCII text only); a
    number of ASCII digits is int (the float rule, tried first, wants a point, an exponent,
    inf or nan); 2026-09-30 is a timestamp; the words of bool and null are theirs, and any
    other line starting as they do (title, T3, none) is str: those rules list words only."""
    if not text.isascii():
        return STR
    if text.isdigit():
        return _INT
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and \
            (text[:4] + text[5:7] + text[8:]).isdigit():
        return _TIMESTAMP
    word = _WORDS.get(text)
    if word is not None:
        return word
    if text[:1] in _WORD_STARTS and "\n" not in text:
        return STR
    return None


def table() -> dict[str, tuple[tuple[str, _Lazy], ...]]:
    """First character ("" for the empty text) -> the (tag, regexp) rules to try, in order."""
    out: dict[str, list[tuple[str, _Lazy]]] = {}
    for tag, pattern, flags, firsts in RULES:
        rule = (tag, _Lazy(pattern, flags))
        for ch in firsts:
            out.setdefault(ch, []).append(rule)
        if tag == EMPTY_IS:
            out[""] = [rule]
    return {k: tuple(v) for k, v in out.items()}
