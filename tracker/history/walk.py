"""The history walk: git history of plans/ read as semantic changes (who changed which field
of which task, when), the audit trail `tracker log` and the summary read.

One `git log --full-history` lists every commit on every branch that reached HEAD with the
blobs it changed (`--raw`, renames with `-M`, a merge once per parent it differs from), one
`git cat-file --batch` reads every blob not seen before, and the field-level difference
between two blobs is cached by the pair of blob ids under `.git/tracker/` — blobs are
immutable, so the cache can never disagree with history. (Plain `git log -- plans` simplifies
history: a merge whose result equals one parent hides the other parent's commits.)

A merge shows what its resolution decided: a field that differs from a parent although that
parent's side changed it since the merge base (a conflict resolved to the other value, or a
side's change set aside), or that differs from every parent. What each side changed on its
own is shown once, in the side's own commits. A merge that decided nothing is one `merged`
line, and a commit that changed a file's text but no value (a comment, a list's layout) one
`reworded` line, so every commit of the full history appears. A shallow clone's boundary commit is
`history-start`, not every task added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from tracker import progress
from tracker.history import git, resolutions
from tracker.history.changes import Change, diff_plans, number_extensions
from tracker.model import Plan, Task, replace
from tracker.store import load, pickled, taskchunks, yamlsafe
from tracker.store.digest import sha1
from tracker.structs import Struct

CACHE_VERSION = 7  # 2: Change pickled positionally; 4: msgspec Structs; 5: merge bases; 6: too-large again; 7: plan id changes
_ZERO = "0" * 40
_FORMAT = "%x01%H%x1f%P%x1f%an%x1f%aI%x1f%s%x1f%(trailers:key=Tool,valueonly,separator=%x2c)"


class Commit(Struct, frozen=True):
    sha: str
    parents: tuple[str, ...]
    author: str
    date: dt.datetime
    subject: str
    by_tool: bool = False

    @property
    def short(self) -> str:
        return self.sha[:7]


class Entry(Struct, frozen=True):
    commit: Commit
    changes: tuple[Change, ...]


class _FileChange(Struct, frozen=True):
    olds: tuple[str, ...]  # blob per parent ("" = absent)
    new: str  # "" = deleted
    old_paths: tuple[str, ...]
    path: str


# ---------------------------------------------------------------- reading git log


def _parse_log(out: bytes) -> list[tuple[Commit, list[_FileChange]]]:
    """Parse `git log -z --raw -m`: a merge comes once per parent it differs from, each time
    with its header; the blocks are joined so each file of a merge holds one old blob per
    parent it differs from (a parent missing from `olds` has the merge's own blob)."""
    commits: list[tuple[Commit, list[_FileChange]]] = []
    tokens = out.decode("utf-8", "replace").split("\0")
    at: dict[str, int] = {}  # path -> its place in the current commit's files
    i = 0
    while i < len(tokens):
        tok = tokens[i].lstrip("\n")
        i += 1
        if tok.startswith("\x01"):
            sha, parents, author, date, subject, tool = (tok[1:].split("\x1f") + [""] * 6)[:6]
            if commits and commits[-1][0].sha == sha:
                continue  # the same merge, diffed against its next parent
            commit = Commit(sha, tuple(parents.split()), author, dt.datetime.fromisoformat(date),
                            subject, "tracker" in tool)
            commits.append((commit, []))
            at = {}
        elif tok.startswith(":") and commits:
            fields = tok[1:].split()
            status = fields[-1]
            old = "" if fields[2] == _ZERO else fields[2]
            new = "" if fields[3] == _ZERO else fields[3]
            if status[:1] in "RC":
                old_path, path = tokens[i], tokens[i + 1]
                i += 2
            else:
                old_path = path = tokens[i]
                i += 1
            if not (path.endswith(".yaml") or old_path.endswith(".yaml")):
                continue
            files = commits[-1][1]
            same = at.get(path)
            if same is None:
                at[path] = len(files)
                files.append(_FileChange((old,), new, (old_path,), path))
            else:  # this file again, against the merge's next parent
                f = files[same]
                files[same] = _FileChange((*f.olds, old), new, (*f.old_paths, old_path), path)
    return commits


def log_commits(root: Path, revs: tuple[str, ...] = ("HEAD",),
                pathspec: str = "plans") -> list[tuple[Commit, list[_FileChange]]]:
    """Commits that touched plans/ on any branch that reached `revs`, oldest first, with the
    plan files each one changed."""
    proc = git.run_git(root, "log", "--reverse", "--full-history", "-m", "-z",
                       f"--format={_FORMAT}", "--raw", "--no-abbrev", "-M", *revs, "--",
                       pathspec, check=False)
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace")
        unborn = ("does not have any commits" in err or "bad revision 'HEAD'" in err
                  or "unknown revision" in err)
        if unborn and revs == ("HEAD",):
            return []
        raise git.GitError("无法读取 git 历史", "cannot read the git history", err)
    return _parse_log(proc.stdout)


def shallow_commits(root: Path) -> frozenset[str]:
    """The boundary commits of a shallow clone (their parents are not in this copy)."""
    gdir = git.git_dir(root)
    try:
        text = (gdir / "shallow").read_text(encoding="ascii") if gdir else ""
    except (OSError, UnicodeDecodeError):
        return frozenset()
    return frozenset(text.split())


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




class Versions:
    """Blob -> Plan, parsing each task's text once however many versions share it.

    A plan changed by one commit usually differs in one task, so the file is split into its
    header and one chunk of text per task item, and a version whose chunks were nearly all
    seen before parses only its new ones. A version with many new chunks (the first version
    of a file, a big rewrite) is parsed whole — one parse of a 100,000-task file instead of
    100,000 small ones — and its tasks are remembered by chunk for the versions after it.
    Files in any shape the split does not understand (anchors, tags, flow lists of tasks) are
    parsed whole, as is any split whose pieces do not each read back cleanly.
    """

    def __init__(self) -> None:
        self.plans: dict[str, Plan | None] = {}
        self._chunks: dict[str, object] = {}  # sha1 of a chunk's text -> Plan | Task | None
        self.too_large: set[str] = set()

    def plan(self, blob: str, raw: bytes, path: str) -> Plan | None:
        if len(raw) > yamlsafe.MAX_FILE_BYTES:  # the limit holds for old versions too
            self.too_large.add(blob)
            return None
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
        if taskchunks.UNSAFE.search(text) or text.startswith("\ufeff"):
            return False
        parts = taskchunks.split(text)
        if parts is None:
            return False
        header, chunks = parts
        keys = [_key("tasks:\n" + c) for c in chunks]
        new = sum(1 for k in keys if k not in self._chunks)
        if new > max(8, len(chunks) // 4):
            return self._whole(raw, path, chunks, keys)
        head = self._parse(header, _key(header), path, 0)
        if not isinstance(head, Plan):
            return False
        tasks = []
        for chunk, key in zip(chunks, keys):
            got = self._parse("tasks:\n" + chunk, key, path, 1)
            task = got.tasks[0] if isinstance(got, Plan) else got
            if not isinstance(task, Task):
                return False
            tasks.append(task if task.plan_id == head.id else replace(task, plan_id=head.id))
        return replace(head, tasks=tuple(tasks))

    def _whole(self, raw: bytes, path: str, chunks: list[str], keys: list[str]) -> Plan | bool:
        got = load.load_plan_bytes(raw, path)
        plan = got.plan
        if plan is None or any(p.is_error for p in got.problems):
            return False
        if len(plan.tasks) == len(chunks):  # remember each task by its text, if they line up
            for task, chunk, key in zip(plan.tasks, chunks, keys):
                if f"id: {task.id}" in chunk:
                    self._chunks.setdefault(key, task)
        return plan

    def _parse(self, text: str, key: str, path: str, tasks: int) -> object:
        if key not in self._chunks:
            got = load.load_plan_bytes(text.encode("utf-8"), path)
            ok = (got.plan is not None and len(got.plan.tasks) == tasks
                  and not any(p.is_error for p in got.problems))
            self._chunks[key] = got.plan if ok else None
        return self._chunks[key]


def _key(text: str) -> str:
    return sha1(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- the cache of differences


class DiffCache:
    """(old blob, new blob) -> changes, pickled in .git/tracker/history.cache."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[tuple[str, str], tuple[Change, ...]] = {}
        # (merge commit, path) -> the file's blob at the merge base ("" = absent, "?" = no
        # base): commits are immutable, so this never goes stale either
        self.bases: dict[tuple[str, str], str] = {}
        self.dirty = False
        data = pickled.read(path)
        if isinstance(data, tuple) and len(data) == 3 and data[0] == CACHE_VERSION:
            _, self.entries, self.bases = data

    def save(self) -> None:
        if self.dirty:
            pickled.write(self.path, (CACHE_VERSION, self.entries, self.bases))


def cache_path(root: Path) -> Path | None:
    gdir = git.git_dir(root)
    return gdir / "tracker" / "history.cache" if gdir else None


# ---------------------------------------------------------------- the walk


def walk(root: Path, revs: tuple[str, ...] = ("HEAD",),
         known: dict[str, Plan] | None = None) -> list[Entry]:
    """Every commit that changed plans, oldest first, with its semantic changes. `known`:
    plans the caller has already read, by blob id (the working tree's, from the plan cache),
    which history then need not parse again."""
    return _walk(root, log_commits(root, revs), shallow_commits(root), known)


def _walk(root: Path, commits: list[tuple[Commit, list[_FileChange]]], shallow: frozenset[str],
          known: dict[str, Plan] | None) -> list[Entry]:
    cache = DiffCache(cache_path(root))
    versions = Versions()
    versions.plans.update(known or {})
    _find_bases(root, commits, cache)
    pairs: list[tuple[str, str, str]] = []  # (old blob, new blob, path)
    for commit, files in commits:
        for f in files:
            if commit.sha in shallow and not commit.parents:
                pairs.append(("", f.new, f.path))
                continue
            for old in f.olds:
                pairs.append((old, f.new, f.path))
                base = cache.bases.get((commit.sha, f.path), "?")
                if len(commit.parents) > 1 and base != "?":
                    pairs.append((base, old, f.path))
    missing = {b for old, new, _ in pairs if (old, new) not in cache.entries for b in (old, new)
               if b}
    raws = read_blobs(root, sorted(missing)) if missing else {}
    paths: dict[str, str] = {}
    for old, new, path in pairs:
        paths.setdefault(old, path)
        paths.setdefault(new, path)
    counter = progress.Counter("读取历史", "reading history",
                               len({(o, n) for o, n, _ in pairs if (o, n) not in cache.entries}))

    def plan_of(blob: str) -> Plan | None:
        if not blob or blob not in raws:
            return None
        return versions.plan(blob, raws[blob], paths.get(blob, "plans/plan.yaml"))

    def diff(old: str, new: str) -> tuple[Change, ...]:
        hit = cache.entries.get((old, new))
        if hit is None:
            counter.tick()
            before, after = plan_of(old), plan_of(new)
            if new in versions.too_large:
                # (a version over the limit again: said again, each commit listed)
                hit = (Change(before.id if before else Path(paths.get(new, "")).stem, "plan",
                              "", "", "too-large"),)
            else:
                hit = diff_pair(before, after, bool(old), bool(new))
            cache.entries[(old, new)] = hit
            cache.dirty = True
        return hit

    entries: list[Entry] = []
    try:
        _entries(commits, shallow, cache, diff, entries)
    finally:
        counter.close()
    cache.save()
    return _numbered(entries)


def _entries(commits: list[tuple[Commit, list[_FileChange]]], shallow: frozenset[str],
             cache: DiffCache, diff: Callable[[str, str], tuple[Change, ...]],
             entries: list[Entry]) -> None:
    for commit, files in commits:
        changes: list[Change] = []
        merged: list[str] = []  # plans a merge touched without deciding anything
        for f in files:
            if commit.sha in shallow and not commit.parents:
                changes.extend(_history_starts(diff("", f.new)))
            elif len(commit.parents) == 1 or not commit.parents:
                found = diff(f.olds[0], f.new)
                changes.extend(found)
                if not found and f.olds[0] and f.new and f.old_paths[0] == f.path:
                    # the text changed, no value did (a comment, a list's layout): still a
                    # commit of the audit trail, under its author
                    plan = _named(f.path)
                    changes.append(Change(plan, "plan", "", "", "reworded", None, (plan,)))
            else:
                decided, plan = _merge_changes(commit, f, cache, diff)
                changes.extend(decided)
                if not decided and plan:
                    merged.append(plan)
        if merged and not changes:  # one line for a merge that decided nothing
            changes.append(Change(merged[0], "plan", "", "", "merged", None, tuple(merged)))
        if changes:
            entries.append(Entry(commit, tuple(changes)))


def _find_bases(root: Path, commits: list[tuple[Commit, list[_FileChange]]],
                cache: DiffCache) -> None:
    """Fill in, for each merge's plan files not cached yet, the file's blob at the merge base:
    one `git merge-base` per new merge and one `cat-file --batch-check` for all of them."""
    wanted = [(c, f) for c, files in commits if len(c.parents) > 1 for f in files
              if (c.sha, f.path) not in cache.bases]
    if not wanted:
        return
    base_of: dict[str, str] = {}
    for commit, _ in wanted:
        if commit.sha not in base_of:
            args = ("--octopus",) if len(commit.parents) > 2 else ()
            proc = git.run_git(root, "merge-base", *args, *commit.parents, check=False)
            base_of[commit.sha] = proc.stdout.decode().strip().split("\n")[0]
    names = [f"{base_of[c.sha]}:{f.old_paths[0]}" for c, f in wanted if base_of[c.sha]]
    found = blob_ids(root, names)
    for commit, f in wanted:
        base = base_of[commit.sha]
        cache.bases[(commit.sha, f.path)] = found.get(f"{base}:{f.old_paths[0]}", "") \
            if base else "?"
    cache.dirty = True


def blob_ids(root: Path, names: list[str]) -> dict[str, str]:
    """`rev:path` names -> blob ids, through one `git cat-file --batch-check`; a name that
    does not exist is left out."""
    if not names:
        return {}
    proc = git.run_git(root, "cat-file", "--batch-check", input=("\n".join(names) + "\n").encode(),
                       check=False)
    out = {}
    for name, line in zip(names, proc.stdout.decode("utf-8", "replace").splitlines()):
        parts = line.split()
        if len(parts) == 3 and parts[1] == "blob":
            out[name] = parts[0]
    return out


def _merge_changes(commit: Commit, f: _FileChange, cache: DiffCache,
                   diff: Callable[[str, str], tuple[Change, ...]]) -> tuple[list[Change], str]:
    """What the merge decided in this file, and the file's plan id."""
    base = cache.bases.get((commit.sha, f.path), "?")
    against = [(diff(old, f.new), None if base == "?" else diff(base, old)) for old in f.olds]
    shown = resolutions.decided(against, differs_from_all=len(f.olds) == len(commit.parents))
    # a merge whose file differs from a parent in its text alone (a key moved) changed no
    # field: its plan is the one the file names
    return shown, next((c.plan for c_i, _ in against for c in c_i if c.plan),
                       _named(f.path) if f.new else "")


def _named(path: str) -> str:
    """The plan a file holds, by its name (`check` holds a plan's id equal to it)."""
    return path.rsplit("/", 1)[-1].removesuffix(".yaml")


def _history_starts(added: tuple[Change, ...]) -> list[Change]:
    """A shallow clone's first commit: say where history starts, not that everything was
    added then."""
    plan = next((c for c in added if c.scope == "plan"), None)
    if plan is None:
        return list(added)  # unreadable at the boundary: the 'broken' change says so
    return [Change(plan.plan, "plan", "", "", "history-start", None, plan.new)]


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


def blobs_at(root: Path, rev: str) -> dict[str, str]:
    """Every plan file at a revision: path -> blob id (nothing read)."""
    proc = git.run_git(root, "ls-tree", "-r", "-z", rev, "--", "plans")
    out = {}
    for entry in proc.stdout.decode("utf-8", "replace").split("\0"):
        if "\t" in entry:
            meta, path = entry.split("\t", 1)
            if path.endswith(".yaml"):
                out[path] = meta.split()[2]
    return out


def plans_at(root: Path, rev: str, only: set[str] | None = None) -> dict[str, Plan | None]:
    """The plan files at a revision (those at the paths `only`, when given): path -> Plan
    (None when unreadable)."""
    items = [(b, path) for path, b in blobs_at(root, rev).items() if only is None or path in only]
    raws = read_blobs(root, [b for b, _ in items])
    return {path: load.load_plan_bytes(raws[b], path).plan if b in raws else None
            for b, path in items}


def plans_in_worktree(root: Path, only: set[str] | None = None) -> dict[str, Plan | None]:
    """The plan files in the work tree as every command reads them (those at the paths `only`,
    when given): links are not followed (store.paths), and a file that cannot be read is None
    like one that cannot be parsed."""
    from tracker.store import paths

    out: dict[str, Plan | None] = {}
    for path in paths.plan_files(root)[0]:
        rel = path.relative_to(root).as_posix()
        if only is not None and rel not in only:
            continue
        try:
            out[rel] = load.load_plan_bytes(path.read_bytes(), rel).plan
        except OSError:
            out[rel] = None
    return out


def diff_trees(old: dict[str, Plan | None], new: dict[str, Plan | None]) -> list[Change]:
    """Changes between two sets of plan files, matching plans by id (so a renamed file is the
    same plan) and otherwise by path: a file that cannot be read is the plan its path held on
    the other side (broken, or repaired), not a plan removed and a nameless one added."""
    def by_id(files: dict[str, Plan | None], other: dict[str, Plan | None]) -> dict[str, Plan | None]:
        def key(path: str, p: Plan | None) -> str:
            there = p if p is not None else other.get(path)
            return there.id if there is not None and there.id else path
        return {key(path, p): p for path, p in files.items()}

    a, b = by_id(old, new), by_id(new, old)
    out: list[Change] = []
    for key in list(a) + [k for k in b if k not in a]:
        out.extend(diff_pair(a.get(key), b.get(key), key in a, key in b))
    return out
