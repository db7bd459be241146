"""A counter on stderr for work that can take more than a second, so no command sits silent.

The first `summary` or `log` after a clone (or a `sync` that brought many plans) parses every
version of every plan in history, and a first `list` of 50,000 tasks parses them all: seconds
in which a clerk would otherwise see nothing and wonder whether the program hung.

The counter is shown only when the command line has switched it on, which it does only when
stderr is a terminal; so pipes, files, tests and the TUI (whose screen it would scribble on)
never see a byte of it. It appears only after the work has run for `SHOW_AFTER` seconds, is
redrawn at most ten times a second, and is erased when the work ends, leaving the terminal as
it was. Core code calls `counting(...)` and `tick()` whether or not it is on: when it is off,
a tick costs one attribute test.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import TextIO

SHOW_AFTER = 0.5  # seconds of work before the counter appears
_REDRAW = 0.1  # seconds between redraws

_lang: Callable[[], str] | None = None  # None: off
_stream: TextIO | None = None


def enable(lang: Callable[[], str], stream: TextIO | None = None) -> None:
    """Show counters on `stream` (stderr), in the language `lang()` names at the time.
    Called by the command line only when that stream is a terminal."""
    global _lang, _stream
    _lang, _stream = lang, stream


def disable() -> None:
    global _lang, _stream
    _lang = _stream = None


def enabled() -> bool:
    return _lang is not None


def _show_after() -> float:
    # TRACKER_PROGRESS_AFTER: seconds before a counter appears (tests set 0 to see it at once)
    raw = os.environ.get("TRACKER_PROGRESS_AFTER")
    try:
        return float(raw) if raw else SHOW_AFTER
    except ValueError:
        return SHOW_AFTER


class Counter:
    """`done` of `total` steps of one piece of work, drawn as `读取计划 37/100`."""

    __slots__ = ("_after", "_drawn", "_last", "_start", "done", "en", "total", "zh")

    def __init__(self, zh: str, en: str, total: int) -> None:
        self.zh, self.en, self.total, self.done = zh, en, total, 0
        self._start = time.monotonic()
        self._after = _show_after()
        self._last = 0.0
        self._drawn = 0  # columns on screen, to erase

    def tick(self, n: int = 1) -> None:
        self.done += n
        if _lang is None:
            return
        now = time.monotonic()
        if now - self._start < self._after or now - self._last < _REDRAW:
            return
        self._last = now
        label = self.zh if _lang() == "zh" else self.en
        text = f"{label} {self.done}/{self.total}" if self.total else f"{label} {self.done}"
        self._draw(text)

    def _draw(self, text: str) -> None:
        stream = _stream or sys.stderr
        cols = sum(2 if ord(c) >= 0x1100 else 1 for c in text)  # enough to erase it later
        try:
            stream.write("\r" + text + " " * max(0, self._drawn - cols))
            stream.flush()
        except (OSError, ValueError):
            return
        self._drawn = max(self._drawn, cols)

    def close(self) -> None:
        if not self._drawn:
            return
        stream = _stream or sys.stderr
        try:
            stream.write("\r" + " " * self._drawn + "\r")
            stream.flush()
        except (OSError, ValueError):
            pass
        self._drawn = 0


@contextmanager
def counting(zh: str, en: str, total: int) -> Iterator[Counter]:
    """A counter for the duration of the block, erased at its end (also on an error)."""
    counter = Counter(zh, en, total)
    try:
        yield counter
    finally:
        counter.close()
