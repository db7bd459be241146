"""One data repository: load it, find tasks, and apply an edit (read -> edit -> write -> commit).

The whole read-modify-write-commit of an edit runs under an exclusive lock in `.git/`, so two
processes (two CLI calls, or the CLI and the TUI) editing the same plan both land, in turn. The
lock is `flock` on POSIX and filelock's on Windows, where offices run the tool as often as on
Linux (UOS, Kylin): store/writelock.py.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path

from tracker import taskrefs
from tracker.history import git
from tracker.history.saved import UNCHANGED as UNCHANGED  # re-exported: callers say what a save did
from tracker.history.saved import Change, Saved, as_committed, commit_message, refuse_undecodable
from tracker.model import Directory, Plan, Settings, Task
from tracker.problems import Problem
from tracker.store import config, load, paths, plancache, refusals
from tracker.structs import Struct
from tracker.taskrefs import RefError as RefError  # re-exported: callers catch it from here
from tracker.units import Units

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from tracker.store import planfile


STALE_TEMPORARY_SECONDS = 600
# The checks' own code is part of their cache key (a new check must not be answered from an
# old cache): its file, found without importing it, which a cached answer does not need.
_CHECKS_CODE = Path(__file__).with_name("checks.py")


def _remove_stale_temporaries(folder: Path) -> None:
    """The temporary files of writes killed half-way (`ondisk.atomic_write` writes
    `.NAME.yaml.XXXX.tmp`, then renames it over the plan): they show as untracked clutter in
    git status. Taken under the write lock and only when ten minutes old, so no write still
    under way, locked or not (fmt), can lose its file."""
    import time

    cutoff = time.time() - STALE_TEMPORARY_SECONDS
    for tmp in folder.glob(".*.yaml.*.tmp"):
        try:
            if tmp.is_file() and not tmp.is_symlink() and tmp.lstat().st_mtime < cutoff:
                tmp.unlink()
        except OSError:
            pass  # someone else's file we may not touch: leave it


class Workspace:
    """One data repository: its settings and units, and its plans once asked for."""

    def __init__(self, root: Path, settings: Settings | None = None,
                 directory: Directory | None = None,
                 config_problems: list[Problem] | None = None) -> None:
        self.root = root
        self.settings = settings or Settings()
        self.directory = directory or Directory()
        self.config_problems = config_problems or []
        self._files: list[load.Loaded] | None = None
        self._single: dict[str, load.Loaded] = {}
        self.verify = True  # run the repository's commit hooks; False only on --no-verify

    @classmethod
    def open(cls, root: Path) -> Workspace:
        """The repository's settings and units; plans are read when first asked for (all of
        them through the cache, or just one when a command names its plan)."""
        gdir = git.git_dir(root)
        settings, directory, problems = config.load_cached(root, gdir / "tracker" if gdir else None)
        return cls(root, settings, directory, list(problems))

    @property
    def files(self) -> list[load.Loaded]:
        if self._files is None:
            self._files = plancache.load_plans(self.root, self.cache_path)
        return self._files

    @files.setter
    def files(self, value: list[load.Loaded]) -> None:
        self._files = value

    def _one(self, plan_id: str) -> load.Loaded | None:
        """A single plan file by id, without reading the others (edits name their plan)."""
        if self._files is not None or "/" in plan_id or plan_id.startswith("."):
            return None
        if plan_id not in self._single:
            path = self.root / "plans" / f"{plan_id}.yaml"
            if path.is_symlink() or path.parent.is_symlink():
                return None  # the full listing reports the link (store.paths)
            try:
                raw = path.read_bytes()
            except OSError:
                return None
            rel = f"plans/{plan_id}.yaml"
            from tracker.store import editcache

            self._single[plan_id] = (editcache.get(self.cache_dir, rel, load.blob_id(raw))
                                     or load.load_plan_bytes(raw, rel))
        loaded = self._single[plan_id]
        return loaded if loaded.plan is not None and loaded.plan.id == plan_id else None

    @property
    def cache_path(self) -> Path | None:
        gdir = git.git_dir(self.root)
        return gdir / "tracker" / "plans.cache" if gdir else None

    @property
    def cache_dir(self) -> Path | None:
        gdir = git.git_dir(self.root)
        return gdir / "tracker" if gdir else None

    @cached_property
    def units(self) -> Units:
        return Units(self.directory)

    @property
    def plans(self) -> list[Plan]:
        """The plans that can be used: a file that cannot be read, a plan without an id (its
        tasks could not be named) or a copy of a plan (see `copies`) is left out and
        reported by `broken_files`."""
        copies = self.copies()
        return [f.plan for f in self.files
                if f.plan is not None and f.plan.id and f.path not in copies]

    def copies(self) -> dict[str, str]:
        """Files holding the id of a plan whose own file is named for it, each with that
        file: a copy saved beside it (`X - 副本.yaml`, `X (2).yaml`) would count every task
        of the plan twice in every report."""
        named = {f.plan.id: f.path for f in self.files
                 if f.plan is not None and f.path == f"plans/{f.plan.id}.yaml"}
        return {f.path: named[f.plan.id] for f in self.files
                if f.plan is not None and f.plan.id in named and f.path != named[f.plan.id]}

    def problems(self) -> list[Problem]:
        from tracker.store import checkcache

        gdir = git.git_dir(self.root)
        return checkcache.problems(gdir / "tracker" / "checks.cache" if gdir else None,
                                   self.files, self.units, self.config_problems, _CHECKS_CODE)

    def broken_files(self) -> list[str]:
        return [f.path for f, _ in self.skipped()]

    def skipped(self) -> list[tuple[load.Loaded, Problem | None]]:
        """Plan files left out of every report, each with the first error that explains why."""
        copies = self.copies()
        out = []
        for f in self.files:
            if f.plan is None or not f.plan.id:
                out.append((f, next((p for p in f.problems if p.is_error), None)))
            elif f.path in copies:
                out.append((f, _copy_problem(f, copies[f.path])))
        return out

    def plan(self, plan_id: str) -> Plan:
        plan_id = paths.typed_path(plan_id)  # `.\plans\x.yaml`, as cmd completes it
        one = self._one(plan_id)
        if one is not None and one.plan is not None:
            return one.plan
        for p in self.plans:
            if p.id == plan_id or p.path in (plan_id, f"plans/{plan_id}.yaml", f"plans/{plan_id}"):
                return p
        for f, why in self.skipped():  # the plan is there, but cannot be read: say why
            if f.path == "plans" and why is not None:  # a linked plans/ folder: none is read
                raise RefError(f"找不到计划“{plan_id}”：{why.zh}", f"no plan '{plan_id}': {why.en}")
            named = f.path in (f"plans/{plan_id}.yaml", plan_id) or \
                os.path.splitext(f.path)[0] == f"plans/{plan_id}"  # saved as .yml: not read
            if named and why is not None:
                raise RefError(f"计划文件 {f.path} 有错误，无法读取：{why.render('zh')}",
                               f"the plan file {f.path} has an error and cannot be read: "
                               f"{why.render('en')}")
        raise RefError(f"找不到计划“{plan_id}”", f"no plan '{plan_id}'")

    def loaded_for(self, plans: list[Plan]) -> list[load.Loaded]:
        """The file each of these plans (given out by this workspace) was read from."""
        read = {id(f.plan): f for f in (*self._single.values(), *self.files) if f.plan is not None}
        return [read[id(p)] for p in plans]

    def loaded(self, plan_id: str) -> load.Loaded:
        plan = self.plan(plan_id)
        return next(f for f in (*self._single.values(), *(self._files or ())) if f.plan is plan)

    def find(self, ref: str) -> tuple[Plan, Task]:
        """`plan/T3`, or `T3` when only one plan has a task T3 (see tracker/taskrefs.py)."""
        return taskrefs.find(ref, lambda: self.plans, self.plan)

    # ------------------------------------------------------------ writing

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        gdir = git.git_dir(self.root) or self.root
        path = gdir / "tracker" / "write.lock"
        path.parent.mkdir(parents=True, exist_ok=True)
        from tracker.store import writelock

        # One lock per call, never shared: a thread of the TUI and the main thread each hold
        # their own, so they wait for each other as two processes do.
        with writelock.held(path):
            _remove_stale_temporaries(self.root / "plans")
            yield

    def apply(self, plan: Plan, edits: list[planfile.Edit], subject: str, changes: list[Change],
              by: str | None = None, expected_blob: str | None = None,
              task_id: str | None = None) -> Saved:
        """Edit one plan file and commit exactly that edit. Refuses edits that would add check
        errors. A hand edit waiting uncommitted in the file stays there, out of the commit."""
        refuse_undecodable(subject, changes)
        state = git.state_problem(self.root) if git.is_repo(self.root) else None
        if state is not None:
            raise state
        from tracker.store import (  # the writer (and ruamel) only when something is written
            ondisk,
        )

        path = self.root / plan.path
        paths.refuse_link(self.root, path)  # nothing is written or committed through a link
        with self.lock():
            # Re-read under the lock: an edit made meanwhile by another process is kept and
            # ours applies on top (edits address task ids and keys, not lines). A caller that
            # showed the user a version (the TUI) passes its blob and is refused instead.
            try:
                raw = path.read_bytes()
            except FileNotFoundError:  # deleted or renamed in another window since it was read
                from tracker.store import planfile

                raise planfile.ChangedOnDisk(
                    f"{plan.path} 在读取后被删除或改名，未保存",
                    f"{plan.path} was deleted or renamed after it was read; nothing saved") from None
            old_blob = ondisk.ensure_unchanged(path, raw, expected_blob)
            old = next((f for f in (*self._single.values(), *(self._files or ()))
                        if f.blob == old_blob and f.path == plan.path), None)
            current = old or load.load_plan_bytes(raw, plan.path)
            refusals.refuse_id_used_twice(current, task_id)
            made = self._edit_one_task(raw, old, edits, task_id)
            if made is None:
                new_raw, new_data = ondisk.edited(path, raw, edits)
                made = new_raw, load.plan_from_data(new_data, plan.path, load.blob_id(new_raw), [])
            new_raw, new = made
            blob = new.blob
            self._refuse_new_errors(current, new)
            message = self.commit_message(plan.id, task_id, subject, changes)
            if not git.is_repo(self.root):
                ondisk.atomic_write(path, new_raw)
                return Saved(plan.path, blob, None, message=message)

            def restate(committed: bytes) -> str:
                """The message with each old value as the committed version has it."""
                told, restated = as_committed(subject, changes, committed, plan.path, task_id)
                return self.commit_message(plan.id, task_id, told, restated)

            saved = self._save(path, plan.path, raw, old_blob, new_raw, blob, edits, message, by,
                               restate)
            from tracker.store import editcache

            editcache.put(self.cache_dir, new)  # the file now holds new_raw, read as `new`
            return saved

    @staticmethod
    def _edit_one_task(raw: bytes, old: load.Loaded | None, edits: list[planfile.Edit],
                       task_id: str | None) -> tuple[bytes, load.Loaded] | None:
        """The edit of one task made and verified on that task's lines alone, and the new
        plan as reading the whole new file would give it (the other tasks as `old`, read
        from the same bytes, has them): no parse of the whole file. None when that does not
        apply (a plan with problems, a task id used twice, an edit that changes the number of
        lines, a file in a shape taskchunks does not cut): the caller edits the whole file."""
        from tracker.store import ondisk, taskchunks

        if old is None or old.plan is None or old.problems or task_id is None:
            return None
        found = [t for t in old.plan.tasks if t.id == task_id]
        if len(found) != 1 or found[0].source is None:
            return None
        made = ondisk.edited_item(raw, edits, found[0].source.line)
        if made is None:
            return None
        new_raw, data, at = made
        blob = load.blob_id(new_raw)
        item = load.plan_from_data(data, old.path, blob, [])
        new = taskchunks.with_task(old, at, item, blob)
        return (new_raw, new) if new is not None else None

    def _save(self, path: Path, rel: str, raw: bytes, old_blob: str, new_raw: bytes, blob: str,
              edits: list[planfile.Edit], message: str, by: str | None,
              restate: Callable[[bytes], str] | None = None) -> Saved:
        """Write the edited file and commit the tool's edit alone (lock held). Three ways:
        the file holds nothing uncommitted (one `git commit --only`, the common case); it holds
        a hand edit, and the edit applies to the committed version (that is committed, the
        hand edit stays in the working file); or it does not (the edit needs what the clerk
        typed): the hand edit is committed first, described, then the tool's edit."""
        from tracker.history import pending, recovery, scope
        from tracker.store import ondisk

        repaired = tuple(recovery.repair_index(self.root))
        earlier = pending.saves(self.root).get(rel)
        if earlier is not None and earlier.blob is None:
            base = scope.Base(False)  # a failed save not known apart from hand edits
        else:
            base = scope.base(self.root, rel, old_blob, earlier.blob if earlier else None, raw)
        carried = [earlier.message] if earlier else []
        tool_raw = new_raw if base.clean else self._tool_version(path, rel, base.raw, edits)
        if tool_raw is not None and tool_raw == new_raw:
            tool_raw = new_raw  # the edit overwrote all of the hand edit: nothing stays behind
        if not base.clean and tool_raw is not None and base.raw is not None:
            # the commit holds the tool's edit of the committed version, not of the hand edit:
            # its message names the old values git has (a hand-typed 70 never reached it)
            if restate is not None:
                message = restate(base.raw)
            if tool_raw == base.raw and earlier is None:  # took back a hand edit: git has it
                ondisk.atomic_write(path, new_raw)
                return Saved(rel, blob, None, None, message, repaired,
                             hand_edit_kept=new_raw != base.raw, unchanged=True)
        if tool_raw is None:  # the hand edit would be committed: hold it to check, as commit does
            refusals.refuse_broken_hand_edit(rel, raw, scope.head_version(self.root, rel),
                                             self.units)
        tool_blob = blob if tool_raw is new_raw else None
        if tool_raw is not None and tool_blob is None:
            tool_blob = scope.hash_blob(self.root, tool_raw, rel)
        plain, message = message, pending.with_includes(message, carried)
        try:  # the marker first: a crash from here on is found on the next run
            pending.mark(self.root, rel, message, tool_blob)
        except OSError as exc:  # no room even for the marker: do not touch the plan
            raise ondisk.write_error(path, exc) from exc
        hand: str | None = None
        if tool_raw is None:  # commit what the clerk typed on its own, then the tool's edit
            hand_message = pending.with_includes(
                scope.describe_hand_edit(rel, scope.head_version(self.root, rel), raw), carried)
            try:
                hand = git.commit(self.root, [rel], hand_message, by=by, verify=self.verify)
            except git.GitError as exc:
                ondisk.atomic_write(path, new_raw)
                return Saved(rel, blob, None, exc, message, repaired)
            message = plain  # what it carried went into the hand edit's commit
            pending.mark(self.root, rel, message, blob)
            tool_raw, tool_blob = new_raw, blob
        ondisk.atomic_write(path, new_raw)
        try:
            if tool_raw is new_raw:
                short = git.commit(self.root, [rel], message, by=by, verify=self.verify)
            else:
                short = scope.commit_blob(self.root, rel, str(tool_blob), scope.executable(self.root, rel),
                                          message, by, self.verify)
        except git.GitError as exc:
            if tool_raw is new_raw:  # keep what was meant readable for the next save
                with contextlib.suppress(git.GitError):
                    scope.hash_blob(self.root, new_raw)
            return Saved(rel, blob, None, exc, message, repaired, hand)
        scope.remember(self.root, short, rel, str(tool_blob))
        pending.clear(self.root, [rel])
        return Saved(rel, blob, short, None, message, repaired, hand, tool_raw is not new_raw)

    def apply_plans(self, work: list[tuple[Plan, list[planfile.Edit]]], message: str,
                    by: str | None = None) -> Saved:
        """Edit several plan files and commit them together, as one action (a returned
        督办单 touches the tasks of several plans). All or nothing: every file is edited and
        checked before any is written. Beside an uncommitted hand edit the commit holds the
        edits applied to the committed version and the hand edit stays in the working file,
        as a single save keeps it; an edit that needs the hand edit (a task only it adds) is
        refused: the commit is the unit's, and what the clerk typed is not."""
        state = git.state_problem(self.root) if git.is_repo(self.root) else None
        if state is not None:
            raise state
        from tracker.history import pending, scope
        from tracker.store import ondisk, planfile

        with self.lock():
            repo = git.is_repo(self.root)
            dirty = set(git.dirty_paths(self.root)) if repo else set()
            earlier = pending.saves(self.root) if dirty else {}
            staged: list[_Staged] = []
            for plan, edits in work:
                path = self.root / plan.path
                paths.refuse_link(self.root, path)
                raw = path.read_bytes()
                new_raw, new_data = ondisk.edited(path, raw, edits)
                blob = load.blob_id(new_raw)
                self._refuse_new_errors(load.load_plan_bytes(raw, plan.path),
                                        load.plan_from_data(new_data, plan.path, blob, []))
                tool_raw: bytes | None = None
                if plan.path in dirty:  # the edits of the committed version go into the commit
                    tool_raw = None if plan.path in earlier else self._tool_version(
                        path, plan.path, scope.head_version(self.root, plan.path), edits)
                    if tool_raw is None:
                        raise planfile.EditError(
                            f"{plan.path} 有未提交的手工修改，这些内容要用到它：请先运行 tracker commit，再读入",
                            f"{plan.path} holds an uncommitted hand edit these edits need: run "
                            "tracker commit first")
                staged.append(_Staged(path, plan.path, new_raw, blob, tool_raw or new_raw))
            rels = [f.rel for f in staged]
            if not repo:
                for f in staged:
                    ondisk.atomic_write(f.path, f.raw)
                return Saved(", ".join(rels), staged[0].blob if staged else "", None, message=message)
            kept = [f.rel for f in staged if f.committed != f.raw]
            blobs = [scope.Blob(f.rel, scope.hash_blob(self.root, f.committed, f.rel), scope.executable(self.root, f.rel))
                     for f in staged] if kept else [scope.Blob(f.rel, f.blob) for f in staged]
            for b in blobs:
                try:  # the marker first: a crash from here on is found on the next run
                    pending.mark(self.root, b.rel, message, b.blob)
                except OSError as exc:
                    raise ondisk.write_error(self.root / b.rel, exc) from exc
            for f in staged:
                ondisk.atomic_write(f.path, f.raw)
            try:
                short = (scope.commit_blobs(self.root, blobs, message, by, self.verify) if kept
                         else git.commit(self.root, rels, message, by=by, verify=self.verify))
            except git.GitError as exc:
                return Saved(", ".join(rels), staged[0].blob, None, exc, message)
            pending.clear(self.root, rels)
            return Saved(", ".join(kept or rels), staged[0].blob, short, None, message,
                         hand_edit_kept=bool(kept))

    def _tool_version(self, path: Path, rel: str, committed: bytes | None,
                      edits: list[planfile.Edit]) -> bytes | None:
        """The tool's edits applied to the committed version of the file; None when they
        need the hand edit beside them (a task only it adds, or a plan valid only with it)."""
        from tracker.store import ondisk, planfile

        if committed is None:
            return None
        try:
            tool_raw = ondisk.edited(path, committed, edits)[0]
        except planfile.EditError:
            return None
        if self._new_errors(load.load_plan_bytes(committed, rel), load.load_plan_bytes(tool_raw, rel)):
            return None
        return tool_raw

    # ------------------------------------------------------------ saves not yet committed

    def pending_saves(self) -> dict[str, str]:
        """Plan files saved by tracker whose commit did not happen (failed or interrupted):
        path -> the commit message that was meant for them."""
        from tracker.history import pending

        return {rel: p.message for rel, p in pending.saves(self.root).items()}

    def clear_pending(self, paths: list[str]) -> None:
        from tracker.history import pending

        pending.clear(self.root, paths)

    def _new_errors(self, old: load.Loaded, new: load.Loaded) -> set[tuple[str, str]]:
        from tracker import checks

        def errors(f: load.Loaded) -> set[tuple[str, str]]:
            return {(p.code, p.en) for p in checks.run_checks([f], self.units, errors_only=True)}

        return errors(new) - errors(old)

    commit_message = staticmethod(commit_message)

    def _refuse_new_errors(self, old: load.Loaded, new: load.Loaded) -> None:
        from tracker import checks

        added = self._new_errors(old, new)
        if added:
            from tracker.store import planfile

            codes = "; ".join(sorted(en for _, en in added))
            zh = "；".join(sorted(p.zh for p in checks.run_checks([new], self.units, errors_only=True)
                                 if (p.code, p.en) in added))
            raise planfile.EditError(f"修改会使计划出错，未保存：{zh}",
                                     f"the change would make the plan invalid; nothing saved: {codes}")

class _Staged(Struct, frozen=True):
    """One plan file of a several-plan save: as written to disk, and as committed (the same
    bytes unless a hand edit waits beside the edits)."""

    path: Path
    rel: str
    raw: bytes
    blob: str
    committed: bytes


def _copy_problem(f: load.Loaded, original: str) -> Problem:
    from tracker.model import Source
    from tracker.problems import error

    assert f.plan is not None
    return error((f.plan.source or Source(f.path)).at("id"), "duplicate-plan-id",
                 f"计划 id“{f.plan.id}”属于 {original}，这个文件像是它的副本，未计入"
                 "（不再需要就删除它，另有用途就改它的 id 和文件名）",
                 f"the plan id '{f.plan.id}' belongs to {original}; this file looks like a copy "
                 "of it and is left out (delete it, or give it an id and file name of its own)")
