"""Plan files read without a node graph: the plain subset of YAML that plan files are written in.

`read(text)` gives exactly what `yamlsafe.parse(text, path)` gives (the same YMap/YSeq with the
same positions, the same scalars resolved by the same function into the same types, strings
interned alike), or None when the text uses anything outside the subset; the caller then reads
it with ruamel as before. None means "not sure", never "bad": the reader refuses whatever it
does not model exactly rather than guess.

The subset (the house style `tracker fmt`, the importer and hand edits write):
  block mappings whose keys are plain one-line scalars, each key once;
  block sequences, the dash followed by a mapping or a one-line value (also at the key's
  indentation under a key);
  one-line values: plain scalars (no ': ', ' #' starts a comment), single- and double-quoted
  scalars without escapes ('' or backslash) and flow collections ([a, b], {k: v, l: [1]}) of
  such scalars;
  literal block scalars `|` and `|-` (indentation found from their first line);
  comments and blank lines.
Anything else - tabs, CR line ends, BOMs or characters YAML treats specially, directives,
document markers, anchors, aliases, tags, `?` keys, `<<`, folded or kept (`>`, `|+`) or
indentation-indicated block scalars, values continued on the next line, flow collections over
several lines, empty sequence items, deep nesting - answers None.
"""

from __future__ import annotations

import functools
import re

from tracker.problems import Problem
from tracker.store import yamlsafe
from tracker.store.yamlsafe import YMap, YSeq

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Any, NoReturn

# Deeper documents go to ruamel (the builder's own limit is yamlsafe.MAX_DEPTH).
_MAX_DEPTH = yamlsafe.MAX_DEPTH - 10

# Every character but those YAML reads as plain printable text (\n, \x20-\x7e, \xa0-\u2027,
# \u202a-\ud7ff, \ue000-\ufefe, \uff00-\ufffd, \U00010000-\U0010ffff): tab, CR, NEL, LS, PS,
# BOM, control characters, DEL, surrogates, non-characters may mean something else to the
# scanner. Written as the few it lists, not as the complement of the many: the same set, and
# compiled in a tenth of the time; compiled when a long text is first read (a short one is
# checked without it, `_has_odd`: even a tenth is more than reading a task item costs).
@functools.cache
def _odd() -> re.Pattern[str]:
    return re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


@functools.cache
def _odd_below_256() -> re.Pattern[str]:
    return re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _has_odd(text: str) -> bool:
    """`_odd().search(text) is not None` by cheaper means for a short text: the odd characters
    below 256 by a pattern of that range alone (cheap to compile), the five above it by
    substring searches, and surrogates by UTF-8, which cannot encode them."""
    if _odd_below_256().search(text) is not None:
        return True
    if text.isascii():
        return False
    if any(c in text for c in "\u2028\u2029\ufeff\ufffe\uffff"):
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False

# Characters that may not start a scalar or a key here: YAML's indicators, and spaces other
# than ASCII (which YAML reads as text, but a reader of the file would not expect).
_STARTS = frozenset("-?:,[]{}#&*!|>'\"%@` \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                    "\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000")
_KEY = re.compile(r"[^:#,\[\]{}]*")  # the rest of a key (its first character: _STARTS)
_TAIL = re.compile(r"(?: +#.*)? *")  # what may follow a one-line value: spaces, a comment
_BLOCK = re.compile(r"\|(-?)(?: +#.*| *)")  # `|` or `|-`, maybe a comment
# Ends a plain scalar in a flow collection (or makes it one ruamel's scanner rejects: `a?b`)
_FLOW_STOP = re.compile(r"[,\[\]{}:#?]")
# The most common line: `key: value`, the value plain, without a colon, hash or comment; the
# first character of each not one that may start something else; the key as short as
# _key_colon wants it (YAML allows a simple key 1024 characters at most).
_NOT_FIRST = "".join(re.escape(c) for c in sorted(_STARTS))
_SIMPLE = rf"([^{_NOT_FIRST}][^:#,\[\]{{}}]{{0,199}})(?<! ): +([^{_NOT_FIRST}](?:[^:#]*[^:# ])?) *"
# A flow sequence of plain scalars, one ', ' between them: [a], [a, b] (the first character of
# each as above, none ending in a space).
_FLOW_ITEM = rf"[^{_NOT_FIRST}](?:[^,\[\]{{}}:#?]*[^ ,\[\]{{}}:#?])?"
_FLOW_ITEMS = rf"\[({_FLOW_ITEM}(?:, {_FLOW_ITEM})*)\]"
_SIMPLE_KEY = rf"([^{_NOT_FIRST}][^:#,\[\]{{}}]{{0,199}})(?<! ): +"
_SIMPLE_AT: dict[int, Any] = {}  # indentation -> (`key: value`, `key: [a, b]`) indented so


@functools.cache
def _line_patterns() -> tuple[Any, Any]:
    """(`key: value` from a given position, `[a, b]` at one): compiled when first needed, as
    are the indented ones below (compiling them costs more than a short text saves)."""
    return re.compile(_SIMPLE).fullmatch, re.compile(_FLOW_ITEMS).match


def _no_match(line: str) -> None:
    return None


def _simple_at(col: int) -> Any:
    found = _SIMPLE_AT.get(col)
    if found is None:
        found = _SIMPLE_AT[col] = (re.compile(" " * col + _SIMPLE).fullmatch,
                                   re.compile(" " * col + _SIMPLE_KEY + _FLOW_ITEMS + " *").fullmatch)
    return found

_intern = yamlsafe._intern

# A plain scalar's text -> its value, a key's text -> the key: both depend on the text alone
# (values and keys are immutable; strings are interned, dates shared, as the builder does).
_MEMO_LIMIT = 50_000
_VALUES: dict[str, Any] = {}
_KEYS: dict[str, Any] = {}


class _Fallback(Exception):
    """The text is outside the subset: read it with ruamel."""


def parse(text: str, path: str) -> tuple[Any, list[Problem]]:
    """`yamlsafe.parse(text, path, shared=True)` for a caller that only reads the data
    (loading a plan): a text in the subset is read here, without composing a node graph;
    anything else by ruamel, as before. Edits need the node graph: they call
    yamlsafe.parse_nodes, which this leaves alone."""
    last = yamlsafe._LAST_CLEAN  # the text an edit just parsed (and will parse again)
    if last is not None and last[0] == text:
        return last[2], []
    data = read(text)
    if data is not None:
        return data, []
    return yamlsafe.parse(text, path, shared=True)


def read(text: str, small: bool = False) -> Any:
    """Text of a plan file -> the data yamlsafe.parse gives, or None: read it with ruamel.

    `small`: a text of a few dozen lines (a task item, one value) is read without the line
    patterns that speed up long texts, the same way: compiling them would cost more."""
    if _has_odd(text) if small else _odd().search(text) is not None:
        return None
    try:
        return _Reader(text, not small).document()
    except _Fallback:
        return None
    except Exception:  # a case this reader does not foresee: not sure, so ruamel reads it
        if _STRICT:
            raise
        return None


_STRICT = False  # the tests set it: an unforeseen case is then an error, not ruamel's


def _fail() -> NoReturn:
    raise _Fallback


class _Reader:
    def __init__(self, text: str, patterns: bool = True) -> None:
        self.patterns = patterns  # the shortcuts for the most common lines (same results)
        lines = text.split("\n")
        self.final_newline = lines[-1] == ""
        if self.final_newline:
            lines.pop()
        self.lines = lines
        self.n = len(lines)
        self.i = 0  # the current line
        self.ind = -1  # its indentation (-1: no more content)
        self.plain_tag, self.t_str, self.tags = yamlsafe.resolution()

    # -- lines
    def skip(self) -> int:
        """Move to the next line with content (not blank, not a comment); its indentation."""
        lines, i, n = self.lines, self.i, self.n
        while i < n:
            line = lines[i]
            content = line.lstrip(" ")
            if content and content[0] != "#":
                self.i = i
                self.ind = ind = len(line) - len(content)
                return ind
            i += 1
        self.i = n
        self.ind = -1
        return -1

    def document(self) -> Any:
        if self.skip() != 0:
            return None  # empty, or starting indented: ruamel
        content = self.lines[self.i]
        if _key_colon(content) < 0:
            return None  # a top-level sequence or scalar, a directive, a document marker
        root = self.block_map(0, 1)
        if self.ind != -1:
            return None
        return root

    # -- scalars
    def plain(self, s: str) -> Any:
        """A plain scalar's text -> its value, as yamlsafe's builder makes it."""
        tag = self.plain_tag(s)
        if tag is self.t_str:
            value: Any = _intern(s) if len(s) < 40 else s
        else:
            value = yamlsafe._typed(self.tags[id(tag)], s)
            if value is yamlsafe._NOT_PLAIN:
                _fail()
        if len(_VALUES) < _MEMO_LIMIT and len(s) < 40:
            _VALUES[s] = value
        return value

    def key(self, s: str) -> Any:
        """A plain key's text -> the key, as yamlsafe's builder makes it (str(1) for `1:`)."""
        tag = self.plain_tag(s)
        if tag is self.t_str:
            key: Any = _intern(s) if len(s) < 40 else s
        else:
            key = yamlsafe._typed(self.tags[id(tag)], s)
            if key is yamlsafe._NOT_PLAIN or isinstance(key, (dict, list)):
                _fail()
            if not isinstance(key, str):
                key = str(key)
        if len(_KEYS) < _MEMO_LIMIT and len(s) < 40:
            _KEYS[s] = key
        return key

    # -- block collections
    def block_map(self, col: int, depth: int) -> YMap:
        """The mapping whose first key is on the current line at `col` (0-based)."""
        if depth > _MAX_DEPTH:
            _fail()
        lines, n = self.lines, self.n
        i = self.i
        ymap = YMap()
        ymap.line, ymap.col = i + 1, col + 1
        keys_at, values_at = ymap.keys_at, ymap.values_at
        first = True  # the first line may start with a sequence's dash
        if self.patterns:
            simple, flow_line = _simple_at(col)
            m = _line_patterns()[0](lines[i], col)
        else:
            simple = flow_line = _no_match
            m = None
        col1 = col + 1
        keys_get, values_get = _KEYS.get, _VALUES.get
        while True:
            if m is not None:
                # `key: value` with a plain value, no comment (most lines): the general
                # path below, with the same results, in fewer steps ("<<" is never in _KEYS,
                # and no key is empty)
                key_text, value_text = m.groups()
                key = keys_get(key_text) or self.key(key_text)
                value = values_get(value_text, _VALUES)
                if value is _VALUES:
                    value = self.plain(value_text)
                if key in ymap:
                    _fail()
                ymap[key] = value
                i += 1
                keys_at[key] = (i, col1)
                values_at[key] = (i, m.start(2) + 1)
                if i < n:
                    m = simple(lines[i])
                    first = False
                    continue
                self.i, self.ind = n, -1
                return ymap
            m = None if first else flow_line(lines[i])
            if m is not None:
                # `key: [a, b]` (units: lead, owners, support): as flow() reads it, shorter
                key_text, items = m.group(1, 2)
                key = _KEYS.get(key_text)
                if key is None:
                    key = self.key(key_text)
                if key in ymap:
                    _fail()
                i += 1
                seq = YSeq()
                at = m.start(2)
                seq.line, seq.col = i, at
                items_at = seq.items_at
                for text in items.split(", "):
                    value = _VALUES.get(text, _VALUES)
                    if value is _VALUES:
                        value = self.plain(text)
                    seq.append(value)
                    at += 1
                    items_at.append((i, at))
                    at += len(text) + 1
                ymap[key] = seq
                keys_at[key] = (i, col1)
                values_at[key] = (i, seq.col)
                if i < n:
                    m = simple(lines[i])
                    continue
                self.i, self.ind = n, -1
                return ymap
            if not first:
                self.i = i
                ind = self.skip()
                if ind < col:
                    return ymap
                if ind > col:
                    _fail()  # a value continued on the next line, or an odd indentation
                if self.i != i:  # past blank lines and comments: try the short way again
                    i = self.i
                    m = simple(lines[i])
                    continue
            first = False
            content = lines[i][col:]
            c = _key_colon(content)
            if c < 0:
                _fail()
            key = keys_get(content[:c]) or self.key(content[:c])
            if key == "<<" or key in ymap:
                _fail()
            rest = content[c + 1:]
            value_text = rest.lstrip(" ")
            vcol = col + c + 1 + len(rest) - len(value_text)
            if not value_text or value_text[0] == "#":
                self.i = i + 1
                ind = self.skip()
                if ind > col:
                    value = self.block_node(ind, depth + 1)
                    at = value.line, value.col
                elif ind == col and _is_item(lines[self.i], col):
                    value = self.block_seq(col, depth + 1)  # the dash at the key's column
                    at = value.line, value.col
                else:
                    value, at = None, (i + 1, col + c + 2)  # just after the colon, as libyaml
            else:
                value = self.inline(value_text, i, vcol, col, depth + 1)
                at = i + 1, vcol + 1
                if self.skip() > col:
                    _fail()  # continued on the next line, or an odd indentation
            ymap[key] = value
            keys_at[key] = (i + 1, col + 1)
            values_at[key] = at
            ind = self.ind
            if ind < col:
                return ymap
            if ind > col:
                _fail()
            i = self.i
            m = simple(lines[i])

    def block_seq(self, col: int, depth: int) -> YSeq:
        """The sequence whose first dash is on the current line at `col`."""
        if depth > _MAX_DEPTH:
            _fail()
        lines = self.lines
        i = self.i
        seq = YSeq()
        seq.line, seq.col = i + 1, col + 1
        items_at = seq.items_at
        while True:
            rest = lines[i][col + 1:]
            item_text = rest.lstrip(" ")
            icol = col + 1 + len(rest) - len(item_text)
            if not item_text or item_text[0] in "#-":
                _fail()  # an empty item, or a sequence in a sequence
            if _key_colon(item_text) >= 0:
                item = self.block_map(icol, depth + 1)
            else:
                item = self.inline(item_text, i, icol, col, depth + 1)
                if self.skip() > col:
                    _fail()
            seq.append(item)
            items_at.append((i + 1, icol + 1))
            ind = self.ind
            if ind < col:
                return seq
            if ind > col:
                _fail()
            i = self.i
            if not _is_item(lines[i], col):
                return seq  # a key at the dash's column: the sequence was the key's value

    def block_node(self, ind: int, depth: int) -> Any:
        line = self.lines[self.i]
        if _is_item(line, ind):
            return self.block_seq(ind, depth)
        if _key_colon(line[ind:]) < 0:
            _fail()  # a scalar on the line below its key
        return self.block_map(ind, depth)

    # -- one-line values
    def inline(self, s: str, i: int, col: int, parent: int, depth: int) -> Any:
        """The value `s` starting at line i, column col (0-based); moves past its lines.
        `parent` is the column of the collection holding it (a block scalar's indentation
        must exceed it)."""
        first = s[0]
        if first == "|":
            return self.literal(s, i, parent)
        self.i = i + 1
        if first == "[" or first == "{":
            value, end = self.flow(self.lines[i], col, i + 1, depth)
            if _TAIL.fullmatch(self.lines[i], end) is None:
                _fail()
            return value
        if first == "'" or first == '"':
            end = s.find(first, 1)
            if end < 0 or _TAIL.fullmatch(s, end + 1) is None:
                _fail()  # unclosed (continued on the next line), or more after the quote
            text = s[1:end]
            if first == '"' and "\\" in text:
                _fail()  # an escape
            return _intern(text) if len(text) < 40 else text
        if first in _STARTS:
            _fail()
        cut = s.find(" #")
        if cut >= 0:
            s = s[:cut]
        s = s.rstrip(" ")
        if ": " in s or s[-1] == ":":
            _fail()
        return self.plain(s)

    def literal(self, s: str, i: int, parent: int) -> str:
        """A `|` or `|-` block scalar whose header is on line i."""
        header = _BLOCK.fullmatch(s)
        if header is None:
            _fail()  # `|+`, `>`, an indentation indicator, or more after the header
        lines, n = self.lines, self.n
        j = i + 1
        if j >= n:
            _fail()
        first = lines[j]
        indent = len(first) - len(first.lstrip(" "))
        if indent <= parent or indent == len(first):
            _fail()  # empty, or starting with blank lines
        body: list[str] = []
        blank = 0  # blank lines since the last content line
        while j < n:
            line = lines[j]
            content = line.lstrip(" ")
            if not content:
                if len(line) > indent:
                    _fail()  # spaces beyond the indentation: content to YAML
                blank += 1
            else:
                if len(line) - len(content) < indent:
                    break
                if blank:
                    body.extend([""] * blank)
                    blank = 0
                body.append(line[indent:])
            j += 1
        if j == n and not self.final_newline:
            _fail()  # the last line has no line break
        self.i = j
        text = "\n".join(body)
        if not header[1]:
            text += "\n"  # clip: the last line break stays, the trailing blank lines go
        return _intern(text) if len(text) < 40 else text

    # -- flow collections on one line
    def flow(self, line: str, p: int, lineno: int, depth: int) -> tuple[Any, int]:
        """The flow collection opening at line[p] -> (value, index after its closing)."""
        if depth > _MAX_DEPTH:
            _fail()
        n = len(line)
        if line[p] == "[":
            seq = YSeq()
            seq.line, seq.col = lineno, p + 1
            m = _line_patterns()[1](line, p) if self.patterns else None
            if m is not None:  # [a, b]: the loop below, in fewer steps
                items_at = seq.items_at
                at = p + 2
                for text in m[1].split(", "):
                    value = _VALUES.get(text, _VALUES)
                    if value is _VALUES:
                        value = self.plain(text)
                    seq.append(value)
                    items_at.append((lineno, at))
                    at += len(text) + 2
                return seq, m.end()
            p = _spaces(line, p + 1)
            if p >= n:
                _fail()
            if line[p] == "]":
                return seq, p + 1
            while True:
                seq.items_at.append((lineno, p + 1))
                item, p = self.flow_value(line, p, lineno, depth)
                seq.append(item)
                p = _spaces(line, p)
                if p >= n:
                    _fail()
                ch = line[p]
                if ch == "]":
                    return seq, p + 1
                if ch != ",":
                    _fail()
                p = _spaces(line, p + 1)
                if p >= n or line[p] == "]":
                    _fail()  # a trailing comma
        ymap = YMap()
        ymap.line, ymap.col = lineno, p + 1
        p = _spaces(line, p + 1)
        if p >= n:
            _fail()
        if line[p] == "}":
            return ymap, p + 1
        while True:
            m = _FLOW_STOP.search(line, p)
            if m is None or line[m.start()] != ":" or line[m.start() + 1:m.start() + 2] != " ":
                _fail()
            key_text = line[p:m.start()]
            if not key_text or key_text[0] in _STARTS or key_text[-1] == " ":
                _fail()
            key = self.key(key_text)
            if key == "<<" or key in ymap:
                _fail()
            ymap.keys_at[key] = (lineno, p + 1)
            p = _spaces(line, m.start() + 1)
            if p >= n:
                _fail()
            ymap.values_at[key] = (lineno, p + 1)
            ymap[key], p = self.flow_value(line, p, lineno, depth)
            p = _spaces(line, p)
            if p >= n:
                _fail()
            ch = line[p]
            if ch == "}":
                return ymap, p + 1
            if ch != ",":
                _fail()
            p = _spaces(line, p + 1)
            if p >= n or line[p] == "}":
                _fail()

    def flow_value(self, line: str, p: int, lineno: int, depth: int) -> tuple[Any, int]:
        first = line[p]
        if first == "[" or first == "{":
            return self.flow(line, p, lineno, depth + 1)
        if first == "'" or first == '"':
            end = line.find(first, p + 1)
            if end < 0:
                _fail()
            text = line[p + 1:end]
            if first == '"' and "\\" in text:
                _fail()
            return (_intern(text) if len(text) < 40 else text), end + 1
        if first in _STARTS:
            _fail()
        m = _FLOW_STOP.search(line, p)
        if m is None or line[m.start()] in ":#?":
            _fail()  # unclosed, or a colon, hash or question mark inside (see _FLOW_STOP)
        return self.plain(line[p:m.start()].rstrip(" ")), m.start()


def _key_colon(content: str) -> int:
    """Where the colon of a `key:` / `key: value` line is, or -1 if the line is not one with a
    plain one-line key in the subset."""
    c = content.find(": ")
    if c < 0:
        if not content.endswith(":"):
            return -1
        c = len(content) - 1
    if c == 0 or c > 200 or content[0] in _STARTS or content[c - 1] == " ":
        return -1
    if _KEY.fullmatch(content, 1, c) is None:
        return -1
    return c


def _is_item(line: str, col: int) -> bool:
    """Is there a sequence entry's dash at col (the line is indented to col)?"""
    return line[col:col + 1] == "-" and (len(line) == col + 1 or line[col + 1] == " ")


def _spaces(line: str, p: int) -> int:
    n = len(line)
    while p < n and line[p] == " ":
        p += 1
    return p
