"""Saves whose commit did not happen (a refusing hook, a lock, a crash): one marker a plan file
in `.git/tracker/pending/`, holding the commit message meant for it and the blob the tool meant
to commit (the tool's edits only, without a clerk's hand edits beside them).

The marker goes down before the file changes and comes off after the commit, so a save that
was interrupted is found on the next run, said on every run, and carried by the next commit
of that file, whose `Includes:` lines name every save it carries.
"""

from __future__ import annotations

import os
from pathlib import Path

from tracker.history import git
from tracker.store.digest import sha1
from tracker.structs import Struct


class Pending(Struct, frozen=True):
    message: str  # the commit message meant for the save (with its own Includes: lines)
    blob: str | None = None  # what the tool meant to commit; None: not known apart from hand edits


def _dir(root: Path) -> Path | None:
    gdir = git.git_dir(root)
    return gdir / "tracker" / "pending" if gdir else None


def _marker(pdir: Path, rel: str) -> Path:
    return pdir / (sha1(rel.encode("utf-8")).hexdigest()[:16] + ".json")


def mark(root: Path, rel: str, message: str, blob: str | None) -> None:
    """Record a save about to happen (raises OSError when even that cannot be written)."""
    pdir = _dir(root)
    if pdir is None:
        return
    pdir.mkdir(parents=True, exist_ok=True)
    marker = _marker(pdir, rel)
    tmp = marker.with_suffix(".tmp")
    try:  # replaced whole, so an earlier marker for this plan survives a failed write
        tmp.write_bytes(marker_bytes(rel, message, blob))
        os.replace(tmp, marker)
    finally:
        tmp.unlink(missing_ok=True)


# JSON's escapes for the characters a JSON string may not hold raw
_ESCAPES = {**{i: f"\\u{i:04x}" for i in range(32)}, ord('"'): '\\"', ord("\\"): "\\\\"}


def marker_bytes(rel: str, message: str, blob: str | None) -> bytes:
    """The marker as JSON, written here: three strings need no JSON library, and importing
    one cost every `tracker set` more than writing the file. (A character UTF-8 cannot
    hold, a lone surrogate from undecodable input, is written as `?`.)"""

    def text(value: str | None) -> str:
        return "null" if value is None else '"' + value.translate(_ESCAPES) + '"'

    return (f'{{"path":{text(rel)},"message":{text(message)},"blob":{text(blob)}}}'
            .encode("utf-8", "replace"))


def saves(root: Path) -> dict[str, Pending]:
    """Plan files saved by tracker whose commit did not happen: path -> what was meant."""
    pdir = _dir(root)
    markers = sorted(pdir.glob("*.json")) if pdir is not None and pdir.is_dir() else []
    if not markers:
        return {}
    import json

    out = {}
    for marker in markers:
        try:
            entry = json.loads(marker.read_text(encoding="utf-8"))
            blob = entry.get("blob")
            out[str(entry["path"])] = Pending(str(entry["message"]),
                                              blob if isinstance(blob, str) else None)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            marker.unlink(missing_ok=True)
    committed = _committed(root, {rel: p.blob for rel, p in out.items() if p.blob})
    if committed:
        clear(root, committed)
    return {rel: p for rel, p in out.items() if rel not in committed}


def _committed(root: Path, blobs: dict[str, str]) -> list[str]:
    """The saves whose blob HEAD already holds: their commit happened, whatever the index says
    (a git killed after writing the commit but before the index leaves the index behind, and
    the file looks uncommitted to `git status`)."""
    if not blobs:
        return []
    proc = git.run_git(root, "ls-tree", "-z", "HEAD", "--", *blobs, check=False)
    if proc.returncode != 0:
        return []
    done = []
    for entry in proc.stdout.decode("utf-8", "replace").split("\0"):
        meta, _, rel = entry.partition("\t")
        if rel in blobs and meta.split()[2:3] == [blobs[rel]]:
            done.append(rel)
    return done


def clear(root: Path, paths: list[str]) -> None:
    pdir = _dir(root)
    if pdir is None:
        return
    for rel in paths:
        _marker(pdir, rel).unlink(missing_ok=True)


def includes(earlier: str) -> list[str]:
    """The `Includes:` lines a commit carrying this earlier save gets: the save's own subject
    and every save it carried in turn."""
    lines = earlier.splitlines()
    return [f"Includes: {lines[0]}"] + [line for line in lines if line.startswith("Includes: ")]


def with_includes(message: str, earlier: list[str]) -> str:
    """`message` with the Includes: lines of these earlier saves' messages appended."""
    lines = [line for e in earlier if e.strip() for line in includes(e)]
    return message.rstrip("\n") + "\n" + "\n".join(lines) + "\n" if lines else message
