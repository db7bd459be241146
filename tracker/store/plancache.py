"""The plan cache: every plans/*.yaml parsed once per content, kept under .git/tracker/.

Entries are keyed by the git blob id of the file's bytes, so an edited file is always re-read
and an unchanged one never is; the cache is rebuildable and never authoritative. A file whose
stat is exactly as recorded when its bytes were last hashed is not read at all (the 4.4 MB of
10,000 tasks took ~8 ms to read and hash on every command).

The file holds the plans in parts, each the pickle of some of them: a cold load stores each
core's share as the bytes it pickled, and a later run that parsed a few plans again (a hand
edit) adds one part with those and writes the others' bytes as they were, instead of pickling
every plan again (~45 ms of 10,000 tasks, most of a summary after one edit). A part whose plans
are mostly gone from disk (older versions) is pickled again without them.
"""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path

from tracker import progress
from tracker.model import Source
from tracker.problems import error, system_reason
from tracker.store import pickled
from tracker.store.load import CACHE_VERSION, Loaded, blob_id, load_plan_bytes
from tracker.store.parts import Parts
from tracker.store.paths import plan_files


class PlanCache:
    """Parsed plans keyed by blob id, pickled under .git/ in parts (rebuildable, never
    authoritative), and each file's stat when its blob id was computed (see `known_blob`)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.parts = Parts(_blob, _weight)
        self.stats: dict[str, tuple[tuple[int, ...], str]] = {}  # rel path -> (stat key, blob)
        self.dirty = False
        if path is not None:
            gc.disable()  # tens of thousands of small objects; collection buys nothing here
            try:
                data = pickled.read(path)
                if isinstance(data, tuple) and len(data) == 3 and data[0] == CACHE_VERSION:
                    _, self.stats, parts = data
                    self.parts.read(parts)
            except pickled.UNREADABLE:  # a damaged part: the cache is rebuilt
                self.parts, self.stats = Parts(_blob, _weight), {}
            finally:
                gc.enable()

    @property
    def entries(self) -> dict[str, Loaded]:
        """The parsed plans by blob id, read or parsed this run."""
        return self.parts.entries

    def known_blob(self, rel: str, st: os.stat_result) -> str | None:
        """The blob id of the file at `rel` without reading it, when its stat is exactly the
        one recorded beside that id, as git trusts its index. Recorded only for files
        unchanged for SETTLED seconds before they were read (see `record`): any later write
        sets the change time to a later moment, so an equal stat means the same bytes."""
        seen = self.stats.get(rel)
        return seen[1] if seen is not None and seen[0] == _stat_key(st) else None

    def record(self, rel: str, st: os.stat_result, blob: str, now_ns: int) -> None:
        """Remember `st` (taken before the bytes were read) with their blob id, unless the
        file changed within SETTLED seconds of that: a write in the same clock tick could
        leave the stat as it was (git's "racily clean" files), so those are always read."""
        if not _TRUST_STAT or max(st.st_mtime_ns, st.st_ctime_ns) > now_ns - SETTLED_NS:
            if self.stats.pop(rel, None) is not None:
                self.dirty = True
            return
        entry = (_stat_key(st), blob)
        if self.stats.get(rel) != entry:
            self.stats[rel] = entry
            self.dirty = True

    def get(self, blob: str, path: str) -> Loaded | None:
        hit = self.entries.get(blob)
        return hit if hit is not None and hit.path == path else None

    def put(self, loaded: Loaded) -> None:
        self.parts.put(loaded)
        self.dirty = True

    def put_pickled(self, data: bytes, loaded: list[Loaded]) -> None:
        """`loaded`, pickled as `data` by the process that parsed them: stored as they are."""
        self.parts.add_part(data, loaded)
        self.dirty = True

    def save(self, keep: set[str]) -> None:
        if self.path is None or not self.dirty:
            return
        stats = {k: v for k, v in self.stats.items() if v[1] in keep}
        pickled.write(self.path, (CACHE_VERSION, stats, self.parts.written(keep)))


def _blob(loaded: Loaded) -> str:
    return loaded.blob


def _weight(loaded: Loaded) -> int:
    return 1 + (len(loaded.plan.tasks) if loaded.plan is not None else 0)


def load_plans(root: Path, cache_path: Path | None) -> list[Loaded]:
    """Every plans/*.yaml under root, sorted by path; cached by content."""
    files, links = plan_files(root)
    cache = PlanCache(cache_path)
    # a link is listed as a file that could not be read, so every command names it
    out: list[Loaded] = [Loaded(p.source.path, "", None, (p,)) for p in links]
    todo: list[tuple[int, bytes, str, os.stat_result | None]] = []
    now_ns = time.time_ns()
    # with nothing cached (a first load) no file is hashed here only to miss: the parse
    # hashes each on its own core (4.4 MB of 10,000 tasks read twice by sha1 before)
    look_up = bool(cache.entries)
    for path in files:
        rel = path.relative_to(root).as_posix()
        try:
            st = os.stat(path)
            blob = cache.known_blob(rel, st)
            hit = cache.get(blob, rel) if blob is not None else None
            if hit is not None:
                out.append(hit)  # the same stat as when these bytes were read: not read again
                continue
            raw = path.read_bytes()
        except OSError as exc:
            zh, en = system_reason(exc)
            out.append(Loaded(rel, "", None, (error(Source(rel), "unreadable",
                                                      f"无法读取文件：{zh}", f"cannot read file: {en}"),)))
            continue
        if look_up:
            blob = blob_id(raw)
            cache.record(rel, st, blob, now_ns)
            hit = cache.get(blob, rel)
            if hit is not None:
                out.append(hit)
                continue
        out.append(None)  # type: ignore[arg-type]
        todo.append((len(out) - 1, raw, rel, None if look_up else st))
    parsed, pickles = _parse_many([(t[1], t[2]) for t in todo])
    for (index, _, rel, unhashed), loaded in zip(todo, parsed):
        out[index] = loaded
        cache.put(loaded)
        if unhashed is not None:  # not hashed above: recorded with the blob id the parse found
            cache.record(rel, unhashed, loaded.blob, now_ns)
    for data, part in pickles:
        cache.put_pickled(data, part)
    cache.save({x.blob for x in out})
    return sorted(out, key=lambda x: x.path) if links else out


# Trusting a stat needs a change time that every write moves forward: POSIX ctime. On
# Windows st_ctime is the creation time, so there every file is read and hashed.
_TRUST_STAT = os.name != "nt"
SETTLED_NS = 3_000_000_000  # files changed this recently are hashed on every run


def _stat_key(st: os.stat_result) -> tuple[int, ...]:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


SPLIT_BYTES = 2_000_000  # a single plan this large is parsed in two halves, one per core


Pickled = list[tuple[bytes, list[Loaded]]]  # what children sent back: their bytes, their plans


def _parse_many(items: list[tuple[bytes, str]]) -> tuple[list[Loaded], Pickled]:
    """Parse plan files, on both cores when there is enough work to pay for a second process:
    many files spread over the cores, one very large file cut into two halves. Also the
    children's whole plans as the bytes they sent, for the cache to store as they are."""
    with progress.counting("读取计划", "reading plans", len(items)) as counter:
        return _parse_counted(items, counter)


def _parse_counted(items: list[tuple[bytes, str]], counter: progress.Counter
                   ) -> tuple[list[Loaded], Pickled]:
    total = sum(len(raw) for raw, _ in items)
    cores = os.cpu_count() or 1
    if total < SPLIT_BYTES or cores < 2:
        return [_counted(load_plan_bytes(raw, rel), counter) for raw, rel in items], []
    # only a cold load of many plans gets here: a warm command never imports these
    from tracker.store import cores as cores_mod
    from tracker.store import taskchunks

    units: list[tuple[bytes, str]] = []
    plan: list[tuple[int, int] | tuple[int, int, int]] = []  # per item: its unit(s), shared
    for raw, rel in items:
        cut = taskchunks.halves(raw) if len(items) < 4 and len(raw) >= SPLIT_BYTES // 4 else None
        if cut is None:
            plan.append((len(units), -1))
            units.append((raw, rel))
        else:
            plan.append((len(units), len(units) + 1, cut[2]))
            units += [(cut[0], rel), (cut[1], rel)]
    if len(units) < 2:
        return [_counted(load_plan_bytes(raw, rel), counter) for raw, rel in items], []
    counter.total = len(units)  # a plan cut in two halves counts twice
    pickles: Pickled = []
    workers = min(cores, 4, len(units))
    if cores_mod.can_fork():
        # compiled once, before the children copy this process; ruamel is not imported here:
        # only a file the fast reader declines needs it, and then each process imports it on
        # its own core instead of this one before the fork (10 ms of a 0.5 s cold list)
        from tracker.store import fastyaml  # noqa: F401
        # this process counts its own share as it goes, each child's when it comes back
        spread = cores_mod.spread(lambda share: _load_units(share, counter), _shares(units, workers))
        done = []
        for part, data in spread:
            done += part
            if data is not None and len(units) == len(items):  # whole plans, none cut in halves
                pickles.append((data, part))
        counter.tick(len(done) - counter.done)
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = list(pool.map(_load_pair, units, chunksize=max(1, len(units) // (workers * 4))))
    out = []
    for (raw, rel), where in zip(items, plan):
        if len(where) == 2:
            out.append(done[where[0]])
            continue
        joined = taskchunks.join(done[where[0]], done[where[1]], where[2], blob_id(raw))
        out.append(joined if joined is not None else load_plan_bytes(raw, rel))
    return out, pickles


def _load_pair(item: tuple[bytes, str]) -> Loaded:
    return load_plan_bytes(*item)


def _load_units(units: list[tuple[bytes, str]], counter: progress.Counter) -> list[Loaded]:
    return [_counted(load_plan_bytes(raw, rel), counter) for raw, rel in units]


def _counted(loaded: Loaded, counter: progress.Counter) -> Loaded:
    counter.tick()
    return loaded


def _shares(units: list[tuple[bytes, str]], n: int) -> list[list[tuple[bytes, str]]]:
    """`units` cut into n runs in order, of about equal bytes (this process's run first).
    Equal, because each process does the same for its run: parse it, then pickle it (a child
    to send it, this process to keep it in the cache while the child finishes); only after
    both does this process unpickle what the child sent."""
    total = sum(len(raw) for raw, _ in units)
    shares: list[list[tuple[bytes, str]]] = [[] for _ in range(n)]
    at, done, bound = 0, 0, total / n
    for i, unit in enumerate(units):
        left = len(units) - i
        if at < n - 1 and shares[at] and (done >= bound or left <= n - 1 - at):
            at += 1
            bound += total / n
        shares[at].append(unit)
        done += len(unit[0])
    return [s for s in shares if s]
