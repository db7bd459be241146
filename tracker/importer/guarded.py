"""A pattern tried only where it can match.

Reading the owners of a long document tries every clause of every item against a dozen
patterns. A `Guarded` pattern skips a text holding none of the words every match contains, and
turns away at once any position a match cannot start at; it finds the same matches as the
pattern's own finditer (tests/importer/test_import_guards.py derives both checks from the
pattern's parse tree and compares them on the corpus).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property


class Guarded:
    """A pattern tried only where it can match, so reading the owners of a long document does
    not try every clause of every item against every pattern: a text holding none of `words`
    (one of which every match contains) is not searched at all, and with `first` (a class of
    every character a match can start with) any other position is turned away at once. Same
    matches as the pattern's own finditer: tests derive both from its parse tree and pin them."""

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...] = (), first: str = "") -> None:
        self.source, self.words, self.first = pattern, words, first

    @cached_property
    def pattern(self) -> re.Pattern[str]:  # compiled on first use, not by every import
        if not self.first:
            return self.source
        return re.compile(f"(?={self.first})(?:{self.source.pattern})", self.source.flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.words and not any(w in text for w in self.words):
            return iter(())
        return self.pattern.finditer(text)
