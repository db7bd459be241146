"""What a tool commit holds: exactly the tool's change, never a hand edit waiting beside it.

A clerk may have typed into a plan file and not committed it when the tool (CLI or TUI) edits
the same file. The working file gets both; the commit gets the tool's edit applied to the
committed version (HEAD's, or the content of an earlier save whose commit failed), written as
a blob and committed through a temporary index, so the hand edit stays uncommitted in the
working file and `tracker undo` reverts only what the tool did.

Finding out is cheap in the common case: after each commit the tool notes which blob it left
at which commit (`.git/tracker/committed`). A working file equal to that blob, with HEAD still
at that commit, has no hand edit, and the save stays one `git commit --only` as before. Any
other case asks git once (`cat-file --batch`). The note is keyed by the commit id, so it can
never disagree with the repository; a missing or stale note only costs that one process.
"""

from __future__ import annotations

import os
from pathlib import Path

from tracker.history import git
from tracker.structs import Struct

NOTE = "committed"


class Base(Struct, frozen=True):
    """What the tool's edit is applied to for the commit."""

    clean: bool  # the working file is exactly that: commit it as it is (the fast path)
    raw: bytes | None = None  # otherwise its content; None when git has no version of it


def _note_path(root: Path) -> Path | None:
    gdir = git.git_dir(root)
    return gdir / "tracker" / NOTE if gdir is not None else None


def remember(root: Path, short: str, rel: str, blob: str) -> None:
    """Note that the commit just made (`short`, HEAD now) holds `blob` at `rel`."""
    note = _note_path(root)
    head = git.head_commit(root)
    if note is None:
        return
    if head is None or not head.startswith(short):  # someone else committed meanwhile
        note.unlink(missing_ok=True)
        return
    tmp = note.with_name(f"{NOTE}.{os.getpid()}.tmp")
    try:
        tmp.write_text(f"{head} {blob} {rel}\n", encoding="utf-8")
        os.replace(tmp, note)
    except OSError:  # only a cache: the next save asks git
        tmp.unlink(missing_ok=True)


def _noted(root: Path, rel: str, work_blob: str) -> bool:
    note = _note_path(root)
    try:
        head, blob, path = note.read_text(encoding="utf-8").rstrip("\n").split(" ", 2) \
            if note is not None else ("", "", "")
    except (OSError, ValueError):
        return False
    return path == rel and blob == work_blob and head == git.head_commit(root)


def base(root: Path, rel: str, work_blob: str, pending_blob: str | None = None,
         work_raw: bytes | None = None) -> Base:
    """The committed version the tool's edit of `rel` should be applied to: HEAD's, or the
    blob of an earlier save of the tool's whose commit failed (the new commit carries it).
    `raw` is None when that version cannot be had (a new file; a failed save's blob pruned):
    the caller then commits the working file on its own first. `work_raw`, the working
    file's bytes, lets a CRLF checkout of an LF blob count as unchanged."""
    if work_blob == pending_blob or (pending_blob is None and _noted(root, rel, work_blob)):
        return Base(True)
    ask = pending_blob or f"HEAD:{rel}"
    proc = git.run_git(root, "cat-file", "--batch", input=f"{ask}\n".encode(),
                       check=False)
    found = _batch(proc.stdout)
    sha, raw = found[0] if found else ("", None)
    if sha == work_blob or (sha and work_raw is not None and b"\r" in work_raw
                            and as_git_adds(root, rel, work_raw) == sha):
        return Base(True)
    return Base(False, raw)


def as_git_adds(root: Path, rel: str, raw: bytes) -> str:
    """The blob `git add` would make of `raw` at `rel`: with `core.autocrlf` (Git for Windows'
    default) or `eol=crlf` a CRLF working file is stored with LF, so the same text as HEAD."""
    return git.run_git(root, "hash-object", f"--path={rel}", "--stdin",
                       input=raw).stdout.decode().strip()


def _batch(out: bytes) -> list[tuple[str, bytes | None]]:
    """`cat-file --batch` output: (object id, content), content None for a missing one."""
    found: list[tuple[str, bytes | None]] = []
    pos = 0
    while pos < len(out):
        end = out.index(b"\n", pos)
        header = out[pos:end].decode("utf-8", "replace").split()
        pos = end + 1
        if len(header) == 3 and header[1] == "blob":
            size = int(header[2])
            found.append((header[0], out[pos:pos + size]))
            pos += size + 1
        else:  # "<name> missing", "<name> ambiguous", or another type
            found.append((header[0] if header else "", None))
            if len(header) == 3 and header[2].isdigit():
                pos += int(header[2]) + 1
    return found


def hash_blob(root: Path, raw: bytes, rel: str | None = None) -> str:
    """Write `raw` into the repository as a blob; its id. With `rel`, as `git add` would store
    it there: a CRLF text under core.autocrlf or eol=crlf goes in with LF, so a commit through
    a temporary index never turns a whole plan CRLF in the shared history."""
    where = (f"--path={rel}",) if rel is not None else ()
    return git.run_git(root, "hash-object", "-w", *where, "--stdin", input=raw).stdout.decode().strip()


def executable(root: Path, rel: str) -> bool:
    """The mode git would record for the working file at `rel`: its executable bit where git
    trusts it; where it does not (Windows; a USB stick or shared folder mounted with every
    file 0755: core.filemode=false) the mode the index already has, as `git add` keeps it."""
    filemode = git.config_get(root, "core.filemode") if os.name != "nt" else "false"
    if filemode is None or filemode.lower() not in ("false", "no", "off", "0"):
        return os.access(root / rel, os.X_OK)
    listed = git.run_git(root, "ls-files", "-s", "--", rel, check=False).stdout.decode().split()
    return bool(listed) and listed[0] == "100755"


class Blob(Struct, frozen=True):
    """A file's content for a commit made through a temporary index."""

    rel: str
    blob: str
    executable: bool = False


def commit_blob(root: Path, rel: str, blob: str, executable: bool, message: str,
                by: str | None = None, verify: bool = True) -> str:
    """Commit HEAD with `rel` replaced by `blob` (`commit_blobs` of one file)."""
    return commit_blobs(root, [Blob(rel, blob, executable)], message, by, verify)


def commit_blobs(root: Path, files: list[Blob], message: str, by: str | None = None,
                 verify: bool = True) -> str:
    """Commit HEAD with each file replaced by its blob, as one commit, whatever the working
    files or the index hold; afterwards the index holds each blob too (so `git diff` shows
    just the hand edits), or, where the clerk had staged a hand edit (`git add`), that staged
    version with the tool's change applied, so it stays staged. Hooks run (they see the
    temporary index) unless `verify` is False."""
    gdir = git.git_dir(root)
    assert gdir is not None
    env = git.identity(root, by)
    entries = [(f"{'100755' if f.executable else '100644'},{f.blob},{f.rel}",
                _staged(root, f.rel, f.blob)) for f in files]
    index = gdir / "tracker" / f"index.{os.getpid()}"
    index.parent.mkdir(parents=True, exist_ok=True)
    temp = {**env, "GIT_INDEX_FILE": str(index)}
    try:
        has_head = git.head_commit(root) is not None or git.run_git(
            root, "rev-parse", "-q", "--verify", "HEAD", check=False).returncode == 0
        git.run_git(root, "read-tree", *(["HEAD"] if has_head else ["--empty"]), env=temp)
        git.run_git(root, "update-index", "--add",
                    *(a for entry, _ in entries for a in ("--cacheinfo", entry)), env=temp)
        skip = () if verify else ("--no-verify",)
        try:
            proc = git.run_git(root, "commit", *skip, "--no-status", "-m", message, env=temp)
        except git.GitError as exc:
            raise git.refused_by_hook(root, exc) if verify else exc from None
    finally:
        index.unlink(missing_ok=True)
        index.with_name(index.name + ".lock").unlink(missing_ok=True)
    after = [entry if staged is None else f"{entry.split(',', 1)[0]},{staged},{entry.split(',', 2)[2]}"
             for entry, staged in entries]
    try:
        git.retry_locked(lambda: git.run_git(root, "update-index", "--add", *(
            a for entry in after for a in ("--cacheinfo", entry))), root)
    except git.GitError:  # the commit is made; an index left behind is what recovery repairs
        pass
    return git.short_id(root, proc)


def _staged(root: Path, rel: str, blob: str) -> str | None:
    """The blob to leave staged at `rel` after committing `blob` there: the clerk's staged
    version (the index differing from HEAD) with the change HEAD → `blob` applied. None when
    nothing was staged, or the two touch the same lines (then the hand edit stays in the
    working file, unstaged, as when nothing was staged)."""
    listed = git.run_git(root, "ls-files", "-s", "--", rel, check=False).stdout.decode().split()
    if len(listed) < 3 or listed[2] != "0":  # not in the index, or in a conflict
        return None
    found = _batch(git.run_git(root, "cat-file", "--batch", check=False,
                               input=f"{listed[1]}\nHEAD:{rel}\n{blob}\n".encode()).stdout)
    if len(found) != 3 or any(raw is None for _, raw in found):
        return None
    (index_sha, index_raw), (head_sha, head_raw), (_, tool_raw) = found
    if index_sha in (head_sha, blob):
        return None
    merged = three_way(root, index_raw, head_raw, tool_raw)  # type: ignore[arg-type]
    return hash_blob(root, merged, rel) if merged is not None else None


def head_version(root: Path, rel: str) -> bytes | None:
    """`rel` as HEAD has it; None when HEAD has no such file (or no HEAD)."""
    return versions(root, [f"HEAD:{rel}"])[0]


def versions(root: Path, names: list[str]) -> list[bytes | None]:
    """Files by `rev:path` name through one `cat-file --batch`; None for a missing one."""
    proc = git.run_git(root, "cat-file", "--batch", input="".join(f"{n}\n" for n in names)
                       .encode(), check=False)
    found = _batch(proc.stdout)
    return [raw for _, raw in found] + [None] * (len(names) - len(found))


def three_way(root: Path, ours: bytes, base: bytes, theirs: bytes) -> bytes | None:
    """`ours` with the change from `base` to `theirs` applied (git merge-file); None when
    the two changes touch the same lines."""
    gdir = git.git_dir(root)
    assert gdir is not None
    folder = gdir / "tracker"
    folder.mkdir(parents=True, exist_ok=True)
    names = [folder / f"merge.{os.getpid()}.{part}" for part in ("ours", "base", "theirs")]
    try:
        for name, raw in zip(names, (ours, base, theirs)):
            name.write_bytes(raw)
        proc = git.run_git(root, "merge-file", "-p", "--quiet", *map(str, names), check=False)
    finally:
        for name in names:
            name.unlink(missing_ok=True)
    return proc.stdout if proc.returncode == 0 else None


def onto_working(root: Path, work: bytes, base: bytes, theirs: bytes) -> bytes | None:
    """`three_way` onto a working file. A checkout with CRLF line ends of blobs with LF (Git
    for Windows' `core.autocrlf`, `eol=crlf`) differs from them on every line: it is merged
    as LF and keeps its CRLF (a file with mixed line ends is merged as it is)."""
    if b"\r\n" not in work or b"\r\n" in base or work.count(b"\n") != work.count(b"\r\n"):
        return three_way(root, work, base, theirs)
    merged = three_way(root, work.replace(b"\r\n", b"\n"), base, theirs)
    return merged.replace(b"\n", b"\r\n") if merged is not None else None


def describe_hand_edit(rel: str, head_raw: bytes | None, work_raw: bytes) -> str:
    """The message of a hand edit committed on its own (the field-level changes since HEAD,
    `Edit: hand`), as `tracker commit` writes it."""
    from tracker.history import changes, walk
    from tracker.store import load

    old = {rel: load.load_plan_bytes(head_raw, rel).plan} if head_raw is not None else {}
    new = {rel: load.load_plan_bytes(work_raw, rel).plan}
    return changes.commit_message(walk.diff_trees(old, new), None, new)
