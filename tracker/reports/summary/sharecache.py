"""The share cache: each plan's part of the text summary, kept written out between runs.

A summary over 10,000 tasks spends most of its time making each task's line, tallying units
and writing ~6,700 lines of text, all of which depend only on the plan's own file, the day, the
period, the settings and units, the language and format, and what the period's history says of
the plan's tasks. `build.share` makes one plan's part; here it is kept, with its sections
already written as numbered lines (`render.Lines`), under .git/tracker/summary.cache, keyed by
all of those. A plan whose file was edited is made again; the others are read back, and
`build.merge` adds them up exactly as it adds fresh shares (tests hold the two equal). The
shares are written in parts (`tracker.store.parts`): after a hand edit of one plan only its
share is pickled, the others' bytes are written as they were read.

Only the whole office's text or Markdown report is kept this way: a unit's or a leader's report,
JSON and the Word document are built fresh (they need the items themselves). Rebuildable and
never authoritative, like every cache under .git/tracker: a file that cannot be read is
rebuilt, one that cannot be written only costs time next run.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tracker.model import Plan, Settings, replace
from tracker.reports.summary import build
from tracker.reports.summary.data import FileNote, PeriodChange, Share, Summary
from tracker.reports.summary.render import Lines
from tracker.store import pickled
from tracker.store.parts import Parts
from tracker.units import Units

VERSION = 2  # 2: in parts (tracker.store.parts)
NAME = "summary.cache"
_NO_ITEMS = {"done": (), "doing": (), "late": (), "upcoming": ()}


def summary(plans: Sequence[tuple[str, str, Plan]], units: Units, settings: Settings,
            today: dt.date, *, period: str = "month", since: dt.date | None = None,
            changes: Sequence[PeriodChange] | None = None, files: Sequence[FileNote] = (),
            lang: str = "zh", markdown: bool = False, cache_dir: Path | None = None) -> Summary:
    """The whole office's summary over `plans` ((path, blob id, plan) in report order), its
    task sections written out for `render.text` in `lang` (and Markdown when `markdown`)."""
    if len({plan.id for _, _, plan in plans}) != len(plans):  # sections are grouped by plan id
        return build.summarize([p for _, _, p in plans], units, settings, today, period=period,
                               since=since, changes=changes, files=files)
    ctx = build.context(units, settings, today, period=period, since=since, changes=changes)
    key = _context_key(ctx.period.kind, ctx.period.start, since is not None, today, settings,
                       units.directory, lang, markdown)
    path = cache_dir / NAME if cache_dir is not None else None
    stored = pickled.read(path)
    cached = Parts(_key_of, _weight)
    if isinstance(stored, tuple) and len(stored) == 3 and stored[:2] == (VERSION, key):
        try:
            cached.read(stored[2])
        except pickled.UNREADABLE:  # a damaged part: every share is made again
            cached = Parts(_key_of, _weight)
    entries = cached.entries
    read = set(entries)
    by_plan: dict[str, list[PeriodChange]] = {}
    for c in ctx.changes:
        by_plan.setdefault(c.ref.rpartition("/")[0], []).append(c)
    writer: Lines | None = None
    used: set[_Key] = set()
    shares: list[Share] = []
    for rel, blob, plan in plans:
        # the plan's own history in the period: when it finished, what moved, which titles
        # the changes section names
        pkey = (rel, blob, pickled.dumps(tuple(by_plan.get(plan.id, ())), 4))
        pair = entries.get(pkey)
        hit = pair[1] if pair is not None else None
        if hit is None or hit.plan_id != plan.id:
            full = build.share(plan, build.every_task(plan), ctx)
            if writer is None:
                writer = Lines(settings, lang, today, markdown)
            hit = replace(full, lines=writer.written(full), **_NO_ITEMS)
            cached.put((pkey, hit))
        used.add(pkey)
        shares.append(hit)
    if used != read:
        ran = {rel for rel, _, _ in plans}
        kept = used | {k for k in entries if k[0] not in ran}  # and plans this run left out
        pickled.write(path, (VERSION, key, cached.written(kept)))
    return build.merge(shares, [p for _, _, p in plans], ctx, from_history=changes is not None,
                       files=files)


_Key = tuple[str, str, bytes]  # the plan file's path and blob id, its history in the period


def _key_of(pair: tuple[_Key, Share]) -> _Key:
    return pair[0]


def _weight(pair: tuple[_Key, Share]) -> int:
    lines = pair[1].lines
    return 1 + (sum(len(section) for section in lines) if lines else 0)


def _context_key(*parts: object) -> bytes:
    """What every plan's share depends on besides its own file and history, and the code that
    makes and writes it (a tracker upgraded in place writes its lines anew): compared whole,
    a few kilobytes (no digest to trust, and no hashlib to import)."""
    return pickled.dumps((parts, _code()), 4)


# The modules a share's figures and lines come from (the working-day calendar's data too)
_CODE = ("tracker.model", "tracker.units", "tracker.standing", "tracker.workdays", "chinese_calendar",
         "tracker.reports.render", "tracker.reports.summary.data", "tracker.reports.summary.build",
         "tracker.reports.summary.ranking", "tracker.reports.summary.render", __name__)


def _code() -> tuple[tuple[str, int, int], ...]:
    """The source files of the code that makes and writes a share, by size and change time:
    code edited or upgraded in place is new code."""
    import chinese_calendar  # noqa: F401  (both imported by the first question about a working day)

    import tracker.workdays  # noqa: F401

    out = []
    for name in _CODE:
        module = sys.modules.get(name)
        source = getattr(module, "__file__", None)
        try:
            st = os.stat(source) if source else None
        except OSError:
            st = None
        out.append((name, st.st_size, st.st_mtime_ns) if st else (name, -1, -1))
    return tuple(out)
