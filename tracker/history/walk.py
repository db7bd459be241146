"""The history walk: git history of plans/ read as semantic changes (who changed which field
of which task, when), the audit trail `tracker log` and the summary read.

One `git log` lists every commit with the blobs it changed (`--raw`, renames with `-M`,
merges as combined diffs), one `git cat-file --batch` reads every blob not seen before, and
the field-level difference between two blobs is cached by the pair of blob ids under
`.git/tracker/` — blobs are immutable, so the cache can never disagree with history.

A merge shows only what differs from every parent (a conflict resolved by hand); what each
side changed is shown once, in the side's own commits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import re
from dataclasses import dataclass
from pathlib import Path

from tracker.history import git
from tracker.history.changes import Change, diff_plans, number_extensions
from tracker.model import Plan, replace
from tracker.store import load

CACHE_VERSION = 4  # 2: Change pickled positionally; 4: msgspec Structs
_ZERO = "0" * 40
_FORMAT = "%x01%H%x1f%P%x1f%an%x1f%aI%x1f%s%x1f%(trailers:key=Tool,valueonly,separator=%x2c)"


@dataclass(frozen=True, slots=True)
class Commit:
    sha: str
    parents: tuple[str, ...]
    author: str
    date: dt.datetime
    subject: str
    by_tool: bool = False

    @property
    def short(self) -> str:
        return self.sha[:7]


@dataclass(frozen=True, slots=True)
class Entry:
    commit: Commit
    changes: tuple[Change, ...]


@dataclass(frozen=True, slots=True)
class _FileChange:
    olds: tuple[str, ...]  # blob per parent ("" = absent)
    new: str  # "" = deleted
    old_paths: tuple[str, ...]
    path: str


# ---------------------------------------------------------------- reading git log


def _parse_log(out: bytes) -> list[tuple[Commit, list[_FileChange]]]:
    commits: list[tuple[Commit, list[_FileChange]]] = []
    tokens = out.decode("utf-8", "replace").split("\0")
    i = 0
    while i < len(tokens):
        tok = tokens[i].lstrip("\n")
        i += 1
        if tok.startswith("\x01"):
            sha, parents, author, date, subject, tool = (tok[1:].split("\x1f") + [""] * 6)[:6]
            commit = Commit(sha, tuple(parents.split()), author, dt.datetime.fromisoformat(date),
                            subject, "tracker" in tool)
            commits.append((commit, []))
        elif tok.startswith(":") and commits:
            colons = len(tok) - len(tok.lstrip(":"))
            fields = tok[colons:].split()
            status = fields[-1]
            blobs = fields[colons + 1: 2 * colons + 2]
            olds = tuple("" if b == _ZERO else b for b in blobs[:-1])
            new = "" if blobs[-1] == _ZERO else blobs[-1]
            if colons == 1 and status[:1] in "RC":
                old_path, path = tokens[i], tokens[i + 1]
                i += 2
            else:
                old_path = path = tokens[i]
                i += 1
            if path.endswith(".yaml") or old_path.endswith(".yaml"):
                commits[-1][1].append(_FileChange(olds, new, (old_path,) * len(olds), path))
    return commits


def log_commits(root: Path, revs: tuple[str, ...] = ("HEAD",),
                pathspec: str = "plans") -> list[tuple[Commit, list[_FileChange]]]:
    """Commits that touched plans/, oldest first, with the plan files each one changed."""
    proc = git.run_git(root, "log", "--reverse", "-z", f"--format={_FORMAT}", "--raw",
                           "--no-abbrev", "-M", "-c", *revs, "--", pathspec, check=False)
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace")
        unborn = ("does not have any commits" in err or "bad revision 'HEAD'" in err
                  or "unknown revision" in err)
        if unborn and revs == ("HEAD",):
            return []
        raise git.GitError("无法读取 git 历史", "cannot read the git history", err)
    return _parse_log(proc.stdout)


# ---------------------------------------------------------------- blobs -> plans


def read_blobs(root: Path, blobs: list[str]) -> dict[str, bytes]:
    """Many blobs through a single `git cat-file --batch`."""
    if not blobs:
        return {}
    proc = git.run_git(root, "cat-file", "--batch", input=("\n".join(blobs) + "\n").encode())
    out, data, pos = {}, proc.stdout, 0
    for blob in blobs:
        nl = data.index(b"\n", pos)
        header = data[pos:nl].split()
        pos = nl + 1
        if len(header) < 3 or header[1] == b"missing":
            continue
        size = int(header[2])
        out[blob] = data[pos:pos + size]
        pos += size + 1
    return out


_TASKS_KEY = re.compile(r"^tasks:[ \t]*(#.*)?$")
_UNSAFE = re.compile(r"[&*!\t\r]|^(%|---|\.\.\.)", re.MULTILINE)


class Versions:
    """Blob -> Plan, parsing each task's text once however many versions share it.

    A plan changed by one commit usually differs in one task, so the file is split into its
    header and one chunk of text per task item; each distinct chunk is parsed once. Files in
    any shape this split does not understand (anchors, tags, flow lists of tasks) are parsed
    whole, as is any split whose pieces do not each read back cleanly.
    """

    def __init__(self) -> None:
        self.plans: dict[str, Plan | None] = {}
        self._chunks: dict[str, object] = {}

    def plan(self, blob: str, raw: bytes, path: str) -> Plan | None:
        if blob not in self.plans:
            plan = self._split_parse(raw, path)
            self.plans[blob] = plan if not isinstance(plan, bool) else \
                load.load_plan_bytes(raw, path).plan
        return self.plans[blob]

    def _split_parse(self, raw: bytes, path: str) -> Plan | None | bool:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return None
        if _UNSAFE.search(text) or text.startswith("\ufeff"):
            return False
        parts = _split(text)
        if parts is None:
            return False
        header, chunks = parts
        head = self._parse(header, path, 0)
        if not isinstance(head, Plan):
            return False
        tasks = []
        for chunk in chunks:
            got = self._parse("tasks:\n" + chunk, path, 1)
            if not isinstance(got, Plan):
                return False
            tasks.append(replace(got.tasks[0], plan_id=head.id))
        return replace(head, tasks=tuple(tasks))

    def _parse(self, text: str, path: str, tasks: int) -> object:
        key = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if key not in self._chunks:
            got = load.load_plan_bytes(text.encode("utf-8"), path)
            ok = (got.plan is not None and len(got.plan.tasks) == tasks
                  and not any(p.is_error for p in got.problems))
            self._chunks[key] = got.plan if ok else None
        return self._chunks[key]


def _split(text: str) -> tuple[str, list[str]] | None:
    lines = text.splitlines(keepends=True)
    starts = [i for i, ln in enumerate(lines) if _TASKS_KEY.match(ln)]
    if len(starts) != 1:
        return None
    k = starts[0]
    indent = None
    chunks: list[list[str]] = []
    end = len(lines)
    for j in range(k + 1, len(lines)):
        ln = lines[j]
        body = ln.lstrip(" ")
        if not body.strip() or body.startswith("#"):
            if chunks:
                chunks[-1].append(ln)
            continue
        col = len(ln) - len(body)
        if indent is None:
            if not body.startswith("- "):
                return None
            indent = col
        if col == indent and body.startswith("- "):
            chunks.append([ln])
        elif col > indent and chunks:
            chunks[-1].append(ln)
        elif col < indent or (col == 0 and not body.startswith("- ")):
            end = j
            break
        else:
            return None
    if not chunks:
        return None
    header = "".join(lines[:k] + lines[end:])
    return header, ["".join(c) for c in chunks]


# ---------------------------------------------------------------- the cache of differences


class DiffCache:
    """(old blob, new blob) -> changes, pickled in .git/tracker/history.cache."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[tuple[str, str], tuple[Change, ...]] = {}
        self.dirty = False
        if path is not None:
            try:
                with open(path, "rb") as fh:
                    version, entries = pickle.load(fh)
                if version == CACHE_VERSION:
                    self.entries = entries
            except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError,
                    AttributeError, ImportError):
                self.entries = {}

    def save(self) -> None:
        if self.path is None or not self.dirty:
            return
        tmp = self.path.with_suffix(f".tmp{os.getpid()}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as fh:
                pickle.dump((CACHE_VERSION, self.entries), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
        except OSError:
            tmp.unlink(missing_ok=True)


def cache_path(root: Path) -> Path | None:
    gdir = git.git_dir(root)
    return gdir / "tracker" / "history.cache" if gdir else None


# ---------------------------------------------------------------- the walk


def walk(root: Path, revs: tuple[str, ...] = ("HEAD",)) -> list[Entry]:
    """Every commit that changed plans, oldest first, with its semantic changes."""
    commits = log_commits(root, revs)
    cache = DiffCache(cache_path(root))
    versions = Versions()
    pairs: list[tuple[str, str, str]] = []  # (old blob, new blob, path)
    for _, files in commits:
        for f in files:
            for old in f.olds:
                pairs.append((old, f.new, f.path))
    missing = {b for old, new, _ in pairs if (old, new) not in cache.entries for b in (old, new)
               if b}
    raws = read_blobs(root, sorted(missing)) if missing else {}
    paths: dict[str, str] = {}
    for old, new, path in pairs:
        paths.setdefault(old, path)
        paths.setdefault(new, path)

    def plan_of(blob: str) -> Plan | None:
        if not blob or blob not in raws:
            return None
        return versions.plan(blob, raws[blob], paths.get(blob, "plans/plan.yaml"))

    def diff(old: str, new: str) -> tuple[Change, ...]:
        hit = cache.entries.get((old, new))
        if hit is None:
            hit = diff_pair(plan_of(old), plan_of(new), bool(old), bool(new))
            cache.entries[(old, new)] = hit
            cache.dirty = True
        return hit

    entries: list[Entry] = []
    for commit, files in commits:
        changes: list[Change] = []
        for f in files:
            per_parent = [diff(old, f.new) for old in f.olds]
            if len(per_parent) == 1:
                changes.extend(per_parent[0])
            else:  # a merge: only what differs from every parent
                others = [{(c.key, c.op, repr(c.new)) for c in p} for p in per_parent[1:]]
                changes.extend(c for c in per_parent[0]
                               if all((c.key, c.op, repr(c.new)) in o for o in others))
        if changes:
            entries.append(Entry(commit, tuple(changes)))
    cache.save()
    return _numbered(entries)


def diff_pair(old: Plan | None, new: Plan | None, old_exists: bool,
              new_exists: bool) -> tuple[Change, ...]:
    """The diff of two versions where a file that exists but cannot be read is reported as
    broken rather than as every task removed."""
    if new_exists and new is None:
        plan_id = old.id if old is not None else ""
        return (Change(plan_id, "plan", "", "", "broken"),)
    if old_exists and old is None and new is not None:
        return (Change(new.id, "plan", "", "", "repaired"),)
    return diff_plans(old, new)


def _numbered(entries: list[Entry]) -> list[Entry]:
    flat = number_extensions(c for e in entries for c in e.changes)
    out, i = [], 0
    for e in entries:
        n = len(e.changes)
        out.append(Entry(e.commit, tuple(flat[i:i + n])))
        i += n
    return out


# ---------------------------------------------------------------- versions at a revision


def plans_at(root: Path, rev: str) -> dict[str, Plan | None]:
    """Every plan file at a revision: path -> Plan (None when unreadable)."""
    proc = git.run_git(root, "ls-tree", "-r", "-z", rev, "--", "plans")
    items = []
    for entry in proc.stdout.decode("utf-8", "replace").split("\0"):
        if "\t" in entry:
            meta, path = entry.split("\t", 1)
            if path.endswith(".yaml"):
                items.append((meta.split()[2], path))
    raws = read_blobs(root, [b for b, _ in items])
    return {path: load.load_plan_bytes(raws[b], path).plan if b in raws else None
            for b, path in items}


def plans_in_worktree(root: Path) -> dict[str, Plan | None]:
    out: dict[str, Plan | None] = {}
    for path in sorted((root / "plans").glob("*.yaml")):
        rel = path.relative_to(root).as_posix()
        out[rel] = load.load_plan_bytes(path.read_bytes(), rel).plan
    return out


def diff_trees(old: dict[str, Plan | None], new: dict[str, Plan | None]) -> list[Change]:
    """Changes between two sets of plan files, matching plans by id (so a renamed file is the
    same plan) and otherwise by path."""
    def by_id(files: dict[str, Plan | None]) -> dict[str, Plan | None]:
        return {(p.id if p is not None else path): p for path, p in files.items()}

    a, b = by_id(old), by_id(new)
    out: list[Change] = []
    for key in list(a) + [k for k in b if k not in a]:
        out.extend(diff_pair(a.get(key), b.get(key), key in a, key in b))
    return out


# ---------------------------------------------------------------- baselines (印发)

BASELINE_REFS = "refs/tags/baseline/"


def baselines(root: Path) -> dict[str, tuple[str, str]]:
    """The latest baseline of each plan: plan id -> (tag name, commit)."""
    proc = git.run_git(root, "for-each-ref", "--sort=creatordate", "--sort=refname",
                           "--format=%(creatordate:unix) %(refname) %(objectname) %(*objectname)",
                           BASELINE_REFS, check=False)
    latest: dict[str, tuple[int, str, str]] = {}
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        when, ref, obj = int(parts[0]), parts[1], parts[-1]
        name = ref[len("refs/tags/"):]
        plan_id = name[len("baseline/"):].split("/", 1)[0]
        if plan_id not in latest or when >= latest[plan_id][0]:
            latest[plan_id] = (when, name, obj)
    return {p: (name, sha) for p, (_, name, sha) in latest.items()}


def create_baseline(root: Path, plan_ids: list[str], name: str, env: dict[str, str]) -> list[str]:
    """Tag HEAD as the issued version (印发) of each plan; returns the tag names."""
    tags = []
    for plan_id in plan_ids:
        tag = f"baseline/{plan_id}/{name}"
        git.run_git(root, "tag", "-a", "-m", f"baseline {plan_id} {name}", tag, "HEAD", env=env)
        tags.append(tag)
    return tags


def commits_before(root: Path) -> dict[str, set[str]]:
    """Per plan, the commits already contained in its baseline (to leave out of the log)."""
    out = {}
    for plan_id, (_, sha) in baselines(root).items():
        proc = git.run_git(root, "rev-list", sha, "--")
        out[plan_id] = set(proc.stdout.decode().split())
    return out


def changes_since(root: Path, plan_id: str | None) -> list[Change] | None:
    """Every change of the baselined plans from their baseline to the working tree."""
    marks = baselines(root)
    if plan_id is not None:
        marks = {k: v for k, v in marks.items() if k == plan_id}
    if not marks:
        return None
    now = {p.id: p for p in plans_in_worktree(root).values() if p is not None}
    out: list[Change] = []
    for pid, (_, sha) in sorted(marks.items()):
        then = {p.id: p for p in plans_at(root, sha).values() if p is not None}
        out.extend(diff_plans(then.get(pid), now.get(pid)))
    return out
