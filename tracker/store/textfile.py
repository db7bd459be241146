"""A plan's or a settings file's bytes as text, or the reason they are not: too large, a Word or
WPS document saved under the plan's name, UTF-16 (Notepad's "Unicode"), GBK, a NUL byte.
Split from yamlsafe.py, which parses the text."""

from __future__ import annotations

from tracker.model import Source
from tracker.problems import Problem, error
from tracker.store.yamlsafe import MAX_FILE_BYTES


def decode(raw: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Bytes -> text. UTF-8 (a BOM is allowed); anything else is a clear problem."""
    if len(raw) > MAX_FILE_BYTES:
        mb = len(raw) / 1024 / 1024
        return None, [
            error(
                Source(path, 1, 1),
                "file-too-large",
                f"文件过大（{mb:.1f} MB，上限 {MAX_FILE_BYTES // 1024 // 1024} MB），未读取",
                f"file too large ({mb:.1f} MB, limit {MAX_FILE_BYTES // 1024 // 1024} MB); not read",
            )
        ]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith(_DOCUMENT_SIGNATURES):
        return None, [error(Source(path, 1, 1), "encoding",
                            "文件是 Word、WPS 或 Excel 的文档，不是纯文本：请用 WPS 或 Word 打开它，另存为"
                            "“纯文本”，编码选 UTF-8，文件名仍以 .yaml 结尾（或用 git checkout -- 文件名 "
                            "取回上次提交的版本）",
                            "the file is a Word, WPS or Excel document, not plain text: open it in "
                            "WPS or Word and save it as plain text, encoding UTF-8, still named "
                            ".yaml (or take back the committed version: git checkout -- FILE)")]
    if _utf16(raw):
        return None, [error(Source(path, 1, 1), "encoding",
                            "文件是 UTF-16 编码（记事本另存为时选的“Unicode”）；请用记事本另存为，"
                            "编码选“UTF-8”",
                            "the file is UTF-16 (Notepad's \"Unicode\"); save it again with the "
                            "encoding \"UTF-8\"")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        guess = _guess_encoding(raw)
        zh = "文件不是 UTF-8 编码"
        en = "file is not UTF-8"
        if guess:
            zh += f"（看起来是 {guess}）；请用编辑器另存为 UTF-8"
            en += f" (it looks like {guess}); save it again as UTF-8"
        return None, [error(Source(path, line, col), "encoding", zh, en)]
    if "\x00" in text:
        at = text.index("\x00")
        return None, [_at_offset(text, at, path, "control-char", "文件含有 NUL 字节（二进制文件？）",
                                 "file contains a NUL byte (binary file?)")]
    return text, []


# A plan opened in WPS or Word and saved in their own format under the same name: a .docx,
# .xlsx or new .wps (a zip), an old .doc, .xls or .wps (OLE), or RTF.
_DOCUMENT_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"{\\rtf")


def _utf16(raw: bytes) -> bool:
    """UTF-16: a BOM says so (Notepad's "Unicode", PowerShell's `>`); without one, a NUL
    beside every ASCII character (keys, spaces, line ends), all on one side of the pairs."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = raw[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return len(head) % 2 == 0 and min(even, odd) == 0 and max(even, odd) >= max(1, len(head) // 8)


def _guess_encoding(raw: bytes) -> str | None:
    for name in ("gb18030", "big5"):
        try:
            raw.decode(name)
        except UnicodeDecodeError:
            continue
        return "GBK/GB18030" if name == "gb18030" else "Big5"
    return None


def _at_offset(text: str, offset: int, path: str, code: str, zh: str, en: str) -> Problem:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return error(Source(path, line, col), code, zh, en)
