"""A plan file as bytes on disk: read its text (BOM kept aside), check it is still the version
the caller read, apply edits to it, replace it atomically (never through a link), and the
canonical style `tracker fmt` writes — the only place that re-emits a whole file (ruamel rt).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from tracker.problems import system_reason
from tracker.store import planfile, taskchunks
from tracker.store.editerrors import ChangedOnDisk, EditError
from tracker.store.load import blob_id
from tracker.store.planfile import Edit, edit_text
from tracker.store.taskchunks import Item

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Any


def shown(path: Path) -> str:
    """A plan file as messages name it: from its plans/ folder on (plans/2026/roads.yaml), as
    check and every report name it; the bare name for a file outside one."""
    parts = path.parts
    at = max((i for i, part in enumerate(parts[:-1]) if part == "plans"), default=None)
    return "/".join(parts[at:]) if at is not None else path.name


def read_text(raw: bytes) -> tuple[str, bool]:
    bom = raw.startswith(b"\xef\xbb\xbf")
    return raw[3:].decode("utf-8") if bom else raw.decode("utf-8"), bom


def edit_file(path: Path, edits: list[Edit], expected_blob: str | None = None) -> tuple[str, str]:
    """Apply edits to one file atomically. Returns (old blob id, new blob id).

    Refuses (ChangedOnDisk) when `expected_blob` is given and the file on disk is no longer
    the version the caller read.
    """
    raw = path.read_bytes()
    old_blob = ensure_unchanged(path, raw, expected_blob)
    data = edited_bytes(path, raw, edits)
    atomic_write(path, data)
    return old_blob, blob_id(data)


def ensure_unchanged(path: Path, raw: bytes, expected_blob: str | None) -> str:
    """The blob id of `raw`; ChangedOnDisk when it is not the version the caller read."""
    blob = blob_id(raw)
    if expected_blob is not None and blob != expected_blob:
        raise ChangedOnDisk(
            f"{shown(path)} 在读取后被其他程序修改过，未保存；已重新读取，请再操作一次",
            f"{shown(path)} changed on disk after it was read; nothing saved; reload and try again")
    return blob


def edited_bytes(path: Path, raw: bytes, edits: list[Edit]) -> bytes:
    """The file's new bytes after `edits` (a BOM and line ends kept as they were)."""
    return edited(path, raw, edits)[0]


def edited(path: Path, raw: bytes, edits: list[Edit]) -> tuple[bytes, Any]:
    """The file's new bytes after `edits`, and the new document's parsed data."""
    try:
        text, bom = read_text(raw)
    except UnicodeDecodeError:
        raise EditError(f"{shown(path)} 不是 UTF-8 编码，无法编辑", f"{shown(path)} is not UTF-8") from None
    new_text, data = edit_text(text, edits, shown(path))
    return (b"\xef\xbb\xbf" if bom else b"") + new_text.encode("utf-8"), data


def edited_item(raw: bytes, edits: list[Edit], line: int) -> tuple[bytes, Any, Item] | None:
    """`edited` for edits of the one task whose item holds `line`, made and verified on that
    item alone (`planfile.edit_item`): the new bytes, the parsed item document and where the
    item is. None when the file or the edits are not of that kind: use `edited`."""
    try:
        text, bom = read_text(raw)
    except UnicodeDecodeError:
        return None
    at = taskchunks.one_item(text, line)
    made = planfile.edit_item(text, edits, at.start, at.end, at.head_end) if at else None
    if at is None or made is None:
        return None
    return (b"\xef\xbb\xbf" if bom else b"") + made[0].encode("utf-8"), made[1], at


def write_error(path: Path, exc: OSError) -> EditError:
    """Why a plan could not be saved, when writing (it or its bookkeeping) failed."""
    if exc.errno == errno.ENOSPC:
        return EditError(f"磁盘已满，{shown(path)} 未保存，原文件未改动",
                         f"the disk is full; {shown(path)} was not saved and is unchanged")
    zh, en = system_reason(exc)
    return EditError(f"写入 {shown(path)} 失败：{zh}，原文件未改动",
                     f"writing {shown(path)} failed: {en}; the file is unchanged")


def make_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new file `.NAME.<random>.tmp` in `folder`, opened for writing: what tempfile.mkstemp
    makes (created exclusively, mode 0600, never through a link), without importing tempfile
    (with shutil, random and the compression modules: ~2 ms of every `tracker set`)."""
    flags = (os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))
    for _ in range(100):
        tmp = os.path.join(folder, f".{name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", str(folder))


def atomic_write(path: Path, data: bytes) -> None:
    """Write-then-rename in the same directory: readers see the old file or the new, never half.
    Never through a link: a linked file or folder leads outside the repository."""
    for place in (path, path.parent):
        if place.is_symlink():
            raise EditError(f"{place.name} 是符号链接，未写入：tracker 只写仓库里的普通文件",
                            f"{place.name} is a symbolic link; nothing written: tracker writes "
                            "only plain files inside the repository")
    mode = None
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        pass
    # mode bits, not os.access: root may write anything, but a file someone made read-only
    # says "do not change me" to us too
    if mode is not None and not mode & 0o222:
        raise EditError(f"{shown(path)} 是只读文件，未保存", f"{shown(path)} is read-only; nothing saved")
    tmp = ""
    try:
        fd, tmp = make_temporary(path.parent, path.name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise write_error(path, exc) from exc
    try:
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


# ---------------------------------------------------------------- canonical style (fmt)


def canonical(text: str) -> str:
    """The file in the canonical style: 2-space maps, lists indented 4 with the dash at 2,
    long CJK lines unfolded; comments, order, quotes and anchors kept. Line ends are the
    file's own: a file whose lines end mostly in CRLF (a Windows editor) keeps CRLF on every
    line (ruamel would write LF, keeping a stray CR only at the end of comments)."""
    crlf = text.count("\r\n") * 2 > text.count("\n")
    out = _canonical(text.replace("\r\n", "\n"))
    return out.replace("\n", "\r\n") if crlf else out


def _canonical(text: str) -> str:
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    yaml.width = 1_000_000
    yaml.allow_unicode = True
    data = yaml.load(text)
    if isinstance(data, dict):  # tasks, goals and phases written on one line become blocks
        for key in ("tasks", "goals", "phases"):
            for item in data.get(key) or ():
                if hasattr(item, "fa") and item.fa.flow_style():
                    item.fa.set_block_style()
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()
