"""Text out to the terminal, a pipe or a file: the bytes click.echo writes, without click.

Every command writes through here, whether click parsed its command line or the fast path
did (tracker.cli.fastpath), so both write the same bytes: the text and a newline, flushed at
once; ANSI escape sequences removed when the stream is not a terminal; and a stream whose
encoding is ASCII (a misconfigured locale) written as UTF-8 with replacements instead.
"""

from __future__ import annotations

import codecs
import re
import sys

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import TextIO

_ANSI = re.compile(r"\033\[[0-?]*[ -/]*[@-~]")  # click._compat._ansi_re


def echo(text: str = "", err: bool = False, nl: bool = True) -> None:
    """`click.echo(text, err=err, nl=nl)` for a str."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        return
    if nl:
        text += "\n"
    if not text:
        stream.flush()
        return
    if "\x1b" in text and not _isatty(stream):
        text = _ANSI.sub("", text)
    if _is_ascii(stream) and hasattr(stream, "buffer"):
        stream.flush()
        stream.buffer.write(text.encode("utf-8", "replace"))
        stream.buffer.flush()
        return
    try:
        stream.write(text)
    except UnicodeEncodeError:  # a GBK console or pipe and a character GBK lacks (an emoji)
        stream.write(text.encode(stream.encoding, "replace").decode(stream.encoding))
    stream.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except Exception:
        return False


def _is_ascii(stream: TextIO) -> bool:
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "ascii"
    except LookupError:
        return False
