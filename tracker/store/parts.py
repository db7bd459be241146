"""A cache's values pickled in parts, so that a run which made a few values again writes only
those, and the other parts' bytes as they were read.

Pickling every value again is most of the cost of a command after a small change: 10,000
parsed tasks are ~45 ms to pickle, a summary's written lines ~25 ms, against ~1 ms to write
their bytes out unchanged. A part whose values are mostly no longer wanted (older versions of
an edited plan) is pickled again without them, so at most STALE_SHARE of what a warm run
unpickles is in vain; past MAX_PARTS parts, all are pickled as one.
"""

from __future__ import annotations

from tracker.store import pickled

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Hashable, Iterable
    from typing import Any

STALE_SHARE = 0.1
MAX_PARTS = 16


class Parts:
    """Values by key, read from and written as parts (each the pickle of a list of values).
    `key` names a value; `weight` is its share of the unpickling work (at least 1)."""

    def __init__(self, key: Callable[[Any], Hashable], weight: Callable[[Any], int]) -> None:
        self.key, self.weight = key, weight
        self.entries: dict[Any, Any] = {}
        self._parts: list[tuple[bytes, dict[Any, int]]] = []
        self._fresh: dict[Any, Any] = {}  # put since read, in no part yet

    def read(self, parts: Iterable[bytes]) -> None:
        """Take each part's values (a damaged part raises one of pickled.UNREADABLE)."""
        for data in parts:
            self.add_part(data, pickled.loads(data))

    def add_part(self, data: bytes, values: list[Any]) -> None:
        """`values`, pickled as `data` elsewhere (a child process): kept as those bytes."""
        for value in values:
            k = self.key(value)
            self.entries[k] = value
            self._fresh.pop(k, None)
        self._parts.append((data, {self.key(v): self.weight(v) for v in values}))

    def put(self, value: Any) -> None:
        k = self.key(value)
        self.entries[k] = value
        self._fresh[k] = value

    def written(self, keep: Collection[Any]) -> tuple[bytes, ...]:
        """The parts to write, holding every kept key's latest value: parts read or added as
        their bytes unless too much of them is no longer kept (or put anew since), the rest
        pickled as one new part, last, so that on reading its values win."""
        fresh = self._fresh
        parts, loose = [], dict(fresh)
        for data, weights in self._parts:
            total = sum(weights.values())
            stale = sum(w for k, w in weights.items() if k not in keep or k in fresh)
            if stale < total and stale <= STALE_SHARE * total:
                parts.append((data, weights))
            else:
                loose.update((k, self.entries[k]) for k in weights if k in keep and k not in fresh)
        if len(parts) >= MAX_PARTS:
            for _, weights in parts:
                loose.update((k, self.entries[k]) for k in weights if k in keep and k not in fresh)
            parts = []
        done = {k for _, weights in parts for k in weights}
        new = [v for k, v in loose.items() if k in keep and (k in fresh or k not in done)]
        out = [data for data, _ in parts]
        if new:
            out.append(pickled.dumps(new, pickled.HIGHEST_PROTOCOL))
        return tuple(out)


__all__ = ["MAX_PARTS", "STALE_SHARE", "Parts"]
