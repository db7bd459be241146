"""Reading a document's bytes: text encodings, Word files, and refusing what is not a document.

Text is tried as UTF-8 (with or without BOM), then UTF-16 with a BOM, then GB18030, and a
DOS end-of-file mark (Ctrl-Z) after it is dropped; a file with NUL bytes or that decodes as
none of them is refused as binary. `.docx` goes through python-docx and word_document.py: its
text as Word shows it, a line per paragraph or table row; a macro-enabled document or a
template (.docm, .dotx, .dotm) is read as the .docx it holds.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from tracker.importer.draft import Document, Refusal
from tracker.importer.word_document import docx_lines

EMPTY = Refusal("empty", "文件为空", "file is empty")
BINARY = Refusal(
    "binary", "不是文本或 Word 文档(可能是二进制文件)", "not a text or Word document (binary data)"
)
MISSING = Refusal("missing", "文件不存在", "file not found")
BAD_DOCX = Refusal("bad-docx", "无法读取 Word 文档", "cannot read the Word document")
OLD_WORD = Refusal(
    "old-word",
    "这是旧版 Word 或 WPS 文件(.doc/.wps),无法直接读取;请在 Word 或 WPS 中“另存为 .docx”后再导入",
    "an old Word or WPS file (.doc/.wps): save it as .docx in Word or WPS, then import that",
)
ENCRYPTED = Refusal(
    "encrypted",
    "文档设置了打开密码,无法读取;请在 Word 或 WPS 中打开并取消打开密码,保存后再导入",
    "the document is protected by an opening password: open it in Word or WPS, remove the "
    "password and save it, then import that",
)
PDF = Refusal(
    "pdf",
    "这是 PDF 文件,读不出其中的条目结构;请导入原始的 Word 文档,或把文字复制到 .txt 文件后再导入",
    "a PDF file: import the original Word document, or paste its text into a .txt file",
)
SPREADSHEET = Refusal(
    "spreadsheet",
    "这是 Excel/WPS 表格,不是方案文档;请把任务分工表复制到 Word 文档或 .txt 文件后再导入",
    "a spreadsheet, not a plan document: copy its task table into a Word or .txt file and import that",
)
# What ends a line: CRLF, CR, LF, and the breaks other tools write: a form feed between pages
# (a PDF turned into text), a vertical tab or U+2028 for a soft break (text copied out of Word
# or WPS), U+2029 for a paragraph.
_LINE_BREAK = re.compile("\r\n|[\r\n\x0b\x0c\u2028\u2029]")
# Word 97–2003 (.doc), WPS (.wps) and Excel 97–2003 (.xls, .et) files are OLE compound files:
# their first bytes (intake names an old-format sheet by them too).
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A .docx (or .xlsx) given an opening password is saved as an OLE compound file too: the
# encrypted package is a stream of it, named in UTF-16 (intake names such a sheet by it too).
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")




def read_document(path: str | Path) -> Document:
    p = Path(path)
    if not p.is_file():
        return Document(p.name, (), refusal=MISSING)
    data = p.read_bytes()
    if not data.strip():
        return Document(p.name, (), refusal=EMPTY)
    if data[:4] == b"PK\x03\x04":
        return _read_docx(p)
    if data.startswith(OLE_SIGNATURE) and ENCRYPTED_PACKAGE in data:
        return Document(p.name, (), refusal=ENCRYPTED)
    if data.startswith(OLE_SIGNATURE):
        spreadsheet = p.suffix.lower() in (".xls", ".et")
        return Document(p.name, (), refusal=SPREADSHEET if spreadsheet else OLD_WORD)
    if data.lstrip()[:5] == b"%PDF-":
        return Document(p.name, (), refusal=PDF)
    text, encoding = decode(data)
    if text is None:
        return Document(p.name, (), refusal=BINARY)
    # Ctrl-Z (0x1A), the end-of-file mark DOS-era editors and some converters write after the
    # text: not text, and a control character YAML cannot hold
    lines = tuple(_LINE_BREAK.split(text.rstrip("\x1a")))
    if not any(line.strip() for line in lines):
        return Document(p.name, (), encoding, refusal=EMPTY)
    return Document(p.name, lines, encoding)


def decode(data: bytes) -> tuple[str | None, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _try(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _try(data, "utf-16"), "utf-16"
    if b"\x00" in data[:8192]:
        return None, ""
    text = _try(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    text = _try(data, "gb18030")
    if text is not None and _looks_textual(text):
        return text, "gb18030"
    return None, ""


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _looks_textual(text: str) -> bool:
    # GB18030 decodes almost any byte soup; real text is mostly CJK, ASCII and punctuation.
    sample = text[:20000]
    good = sum(1 for c in sample if c.isprintable() or c in "\n\r\t")
    cjk = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    return good >= 0.97 * len(sample) and (cjk > 0 or sample.isascii())


def _read_docx(p: Path) -> Document:
    try:
        import docx  # python-docx: only needed for Word files

        if _workbook(p):
            return Document(p.name, (), refusal=SPREADSHEET)
        d = docx.Document(_as_docx(p))
    except Exception:  # a damaged package: python-docx raises what its parts do (PackageNotFoundError,
        # BadZipFile, KeyError, and AttributeError on a bad [Content_Types].xml among them)
        return Document(p.name, (), refusal=BAD_DOCX)
    lines = docx_lines(d)
    if not any(line.strip() for line in lines):
        return Document(p.name, (), "docx", refusal=EMPTY)
    return Document(p.name, tuple(lines), "docx")


# The main part of a macro-enabled document (.docm), a template (.dotx) or a macro-enabled
# template (.dotm): the same WordprocessingML as a .docx's, under another content type
_WORD_KINDS = (
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _as_docx(p: Path) -> str | io.BytesIO:
    """The package at `p` as python-docx opens it: a .docm, .dotx or .dotm (which python-docx
    refuses as not a Word file) rewritten in memory with a .docx's content type."""
    with zipfile.ZipFile(p) as z:
        types = z.read("[Content_Types].xml")
        if not any(kind in types for kind in _WORD_KINDS):
            return str(p)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as copy:
            for item in z.infolist():
                data = z.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    for kind in _WORD_KINDS:
                        data = data.replace(kind, _DOCX_MAIN)
                copy.writestr(item, data)
    return out


def _workbook(p: Path) -> bool:
    """Whether the zip at `p` is an Excel or WPS workbook (.xlsx, .et saved as OOXML), not a
    Word document."""
    with zipfile.ZipFile(p) as z:
        names = z.namelist()
    return "word/document.xml" not in names and any(n.startswith("xl/") for n in names)
