"""What a regular expression's parse tree says about every string it can match, for tests
that pin the cheap checks run before a costly pattern (tracker.dates._SCAN_FIRST, the owners'
_Guarded patterns): the characters a match can start with, and words a match must contain."""

from __future__ import annotations

import re
from re import _constants as c
from re import _parser
from typing import Any

_EVERYTHING = "".join(map(chr, range(0x110000)))


def _first(items: Any) -> tuple[list[Any] | None, bool]:
    """The items (literals, ranges, categories) the first character consumed can be, None for
    any character, and whether the sequence can consume nothing."""
    out: list[Any] = []
    for op, av in items:
        if op is c.LITERAL:
            return out + [(op, av)], False
        if op is c.IN:
            return (None, False) if av[0][0] is c.NEGATE else (out + list(av), False)
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # consumes nothing
        if op is c.BRANCH or op is c.GROUPREF_EXISTS:
            alts = av[1] if op is c.BRANCH else [av[1], av[2]]
            found = [_first(a.data) if a is not None else ([], True) for a in alts]
            nullable = any(n for _, n in found)
        elif op is c.SUBPATTERN:
            found = [_first(av[-1].data)]
            nullable = found[0][1]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found = [_first(av[2].data)]
            nullable = found[0][1] or av[0] == 0
        else:  # ANY, NOT_LITERAL, or an op this walk does not know: any character
            return None, False
        if any(f is None for f, _ in found):
            return None, False
        out += [i for f, _ in found for i in f or []]
        if not nullable:
            return out, False
    return out, True


def first_chars(source: str) -> set[str]:
    """Every character a match of `source` can start with (the pattern never matches empty)."""
    items, nullable = _first(_parser.parse(source).data)
    assert items is not None and not nullable, "a match can start with any character"
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:
            assert (op, av) == (c.CATEGORY, c.CATEGORY_DIGIT), (op, av)
            out.update(re.findall(r"\d", _EVERYTHING))
    return out


def _needs(items: Any) -> list[set[str]]:
    """Sets of words, each such that every match of the sequence contains one of them."""
    out: list[set[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append({run})
            run = ""
        if op is c.SUBPATTERN:
            out += _needs(av[-1].data)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += _needs(av[2].data)
        elif op is c.BRANCH:
            each = [_needs(a.data) for a in av[1]]
            if all(each):  # each alternative needs something: one of those somethings
                out.append({w for alt in each for w in min(alt, key=len)})
    return out


def needs_one_of(source: str, words: tuple[str, ...]) -> bool:
    """Whether every match of `source` contains one of `words`."""
    return any(all(any(w in n for w in words) for n in need) for need in _needs(_parser.parse(source).data))
