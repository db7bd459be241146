"""Safe, positioned YAML reading: bytes -> plain data with line:col marks, or Problems.

The C composer (ruamel.yaml.clib) builds the node graph; we construct the values ourselves so
that nothing but the plain YAML types can ever be created (no Python tags, no custom tags),
aliases are bounded (an alias bomb is rejected before it is expanded), nesting is bounded, and
every mapping remembers where each of its keys and values sits in the file.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import sys

from tracker.model import Source
from tracker.problems import Problem, error

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Any

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 40
MAX_EXPANDED_NODES = 2_000_000

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


_DATES: dict[str, dt.date] = {}


class YMap(dict["Any", "Any"]):  # (quoted: typing is not imported at run time)
    """A mapping that knows where it is and where each key and value sits (1-based)."""

    __slots__ = ("line", "col", "keys_at", "values_at")

    def __init__(self) -> None:
        super().__init__()
        self.line = self.col = 0
        self.keys_at: dict[Any, tuple[int, int]] = {}
        self.values_at: dict[Any, tuple[int, int]] = {}


class YSeq(list["Any"]):
    __slots__ = ("line", "col", "items_at")

    def __init__(self) -> None:
        super().__init__()
        self.line = self.col = 0
        self.items_at: list[tuple[int, int]] = []


class BadDate(str):
    """A timestamp-looking scalar that is not a real date (2026-02-30): kept as text."""

    __slots__ = ()


_RESOLVER: type | None = None
_MEMO_LIMIT = 50_000


class _Tag:
    """A tag handed out before ruamel is imported (fastyaml compares tags by identity)."""

    __slots__ = ("suffix",)

    def __init__(self, suffix: str) -> None:
        self.suffix = suffix

    def __str__(self) -> str:
        return self.suffix


def _plain_resolution(composer: bool = False) -> Any:
    """The tag YAML 1.2 gives a plain scalar, by its text: `plain_tag(text) -> tag`.

    ruamel's table and regexes (yamltypes keeps a copy), answered once per text (memo): a
    text whose first character starts no implicit type is str at once. Both the C composer's
    resolver (below) and fastyaml ask this one function, so they cannot resolve a text
    differently. fastyaml alone gets tags of our own, without importing ruamel; the composer
    (`composer=True`) needs ruamel's Tag objects in its nodes, so the first composer rebuilds
    the answers with those, for both (`_RESOLUTION` holds one consistent set)."""
    global _PLAIN_TAG, _TAGS, _T_STR, _T_SEQ, _T_MAP, _RESOLUTION, _RUAMEL_TAGS
    if _PLAIN_TAG is not None and (_RUAMEL_TAGS or not composer):
        return _PLAIN_TAG
    from tracker.store import yamltypes

    table = yamltypes.table()
    texts = {tag for rules in table.values() for tag, _ in rules}
    default_str: Any
    default_seq: Any
    default_map: Any
    if composer:
        from ruamel.yaml.resolver import VersionedResolver
        from ruamel.yaml.tag import Tag

        # No path resolvers anywhere (ruamel's resolve() consults them before the defaults):
        # answering without them, and skipping descend/ascend, is then exactly what it would do.
        assert not VersionedResolver.yaml_path_resolvers
        tags: dict[str, Any] = {tag: Tag(suffix=tag) for tag in texts}
        default_str = VersionedResolver.DEFAULT_SCALAR_TAG
        default_seq = VersionedResolver.DEFAULT_SEQUENCE_TAG
        default_map = VersionedResolver.DEFAULT_MAPPING_TAG
    else:
        tags = {tag: _Tag(tag) for tag in texts}
        default_str, default_seq, default_map = _Tag(_STR), _Tag(_SEQ), _Tag(_MAP)
    memo: dict[str, Any] = {}
    memo_get = memo.get

    common, str_text = yamltypes.common, yamltypes.STR

    def plain(value: str) -> Any:
        known = common(value)
        if known is not None:
            return default_str if known == str_text else tags[known]
        for tag, regexp in table.get(value[0] if value else "", ()):
            if regexp.match(value):
                return tags[tag]
        return default_str

    def plain_tag(value: str) -> Any:
        if value and value[0] not in table:
            return default_str
        tag = memo_get(value)
        if tag is None:
            tag = plain(value)
            if len(memo) < _MEMO_LIMIT:
                memo[value] = tag
        return tag

    _TAGS = {id(t): str(t) for t in (*tags.values(), default_str, default_seq, default_map)}
    _T_STR, _T_SEQ, _T_MAP = default_str, default_seq, default_map
    _PLAIN_TAG = plain_tag
    _RUAMEL_TAGS = composer
    _RESOLUTION = (plain_tag, default_str, _TAGS)
    return plain_tag


def resolution() -> tuple[Any, Any, dict[int, str]]:
    """(plain_tag, the str tag, tag id -> tag text), one consistent set (for fastyaml)."""
    if _RESOLUTION is None:
        _plain_resolution()
    assert _RESOLUTION is not None
    return _RESOLUTION


_PLAIN_TAG: Any = None
_RUAMEL_TAGS = False  # _PLAIN_TAG answers with ruamel's Tag objects
_RESOLUTION: tuple[Any, Any, dict[int, str]] | None = None


def _fast_resolver() -> type:
    """ruamel's resolver recomputes the YAML version and its table for every scalar, and the C
    composer calls it for every node (a third of all parse time on a 100-task plan). The
    answer depends only on the node's kind and, for a plain scalar, on its text: so this
    subclass answers collections and quoted or block scalars with the default tag at once,
    and a plain scalar through `_plain_resolution` (str at once for most text, the rest -
    dates, numbers, statuses - remembered by text). Same regexes, same tags; the tags are
    shared objects, so the builder can tell them apart by identity."""
    global _RESOLVER
    if _RESOLVER is not None:
        return _RESOLVER
    from _ruamel_yaml import MappingNode, ScalarNode  # the classes the C composer passes
    from ruamel.yaml.resolver import VersionedResolver

    plain_tag = _plain_resolution(composer=True)
    default_str, default_seq, default_map = _T_STR, _T_SEQ, _T_MAP

    class FastResolver(VersionedResolver):  # type: ignore[misc]
        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            if kind is not ScalarNode:
                return default_map if kind is MappingNode else default_seq
            if not implicit[0]:
                return default_str
            return plain_tag(value)

        # The C composer calls these two around every node; with no path resolvers they do
        # nothing. Builtins that accept the same arguments and do nothing cost a fraction
        # of a Python call: is_(parent, index) -> bool, tuple() -> ().
        descend_resolver = staticmethod(operator.is_)  # type: ignore[assignment]
        ascend_resolver = staticmethod(tuple)  # type: ignore[assignment]

    _RESOLVER = FastResolver
    return FastResolver


# id of each Tag object the resolver hands out -> its text, and the three most common ones:
# the builder reads a node's tag by identity (explicit tags such as `!!str` arrive as new Tag
# objects and are read the slow way, through node.tag).
_TAGS: dict[int, str] = {}
_T_STR: Any = None
_T_SEQ: Any = None
_T_MAP: Any = None
_intern = sys.intern


def parse(text: str, path: str, *, shared: bool = False) -> tuple[Any, list[Problem]]:
    """Text -> (data, problems). Data is None when the document cannot be read at all."""
    _, data, problems = parse_nodes(text, path, shared=shared)
    return data, problems


# The last document a `shared` caller parsed without problems: tracker set (and a TUI save)
# reads a plan and then edits the very same text, which parsed it twice (~15 ms per 100 tasks).
_LAST_CLEAN: tuple[str, Any, Any] | None = None


def parse_nodes(text: str, path: str, *, shared: bool = False) -> tuple[Any, Any, list[Problem]]:
    """Text -> (node graph, data, problems): the nodes carry the exact spans edits need.

    With shared=True the node graph and data may be the very objects an earlier shared call
    returned for the same text; shared callers (loading a plan, editing one) only read them."""
    global _LAST_CLEAN
    last = _LAST_CLEAN
    if shared and last is not None and last[0] == text:
        return last[1], last[2], []
    node, data, problems = _parse_nodes(text, path)
    if shared and node is not None and not problems:
        _LAST_CLEAN = (text, node, data)
    return node, data, problems


_COMPOSER: type | None = None


def _compose(text: str) -> Any:
    """Text -> ruamel node graph, composed by the C parser with our resolver.

    What `YAML(typ="safe").compose` does, without its per-call costs: it defines a new loader
    class for every document and its constructor runs a plug-in lookup (a folder glob); the
    history walk parses thousands of texts. One parser object per call, so threads (the TUI
    parses in workers) share nothing but the class."""
    global _COMPOSER
    composer = _COMPOSER
    if composer is None:
        from _ruamel_yaml import CParser

        resolver = _fast_resolver()

        class Composer(CParser, resolver):  # type: ignore[misc, valid-type]
            """The C parser composing nodes; it asks the resolver for each node's tag."""

        composer = _COMPOSER = Composer
    parser = composer(text)
    try:
        return parser.get_single_node()
    finally:
        parser.dispose()


def _parse_nodes(text: str, path: str) -> tuple[Any, Any, list[Problem]]:
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        node = _compose(text)
    except MarkedYAMLError as exc:
        from tracker.store.yamlsyntax import syntax_problem  # its tables only on an error

        return None, None, [syntax_problem(exc, text, path, _compose)]
    except YAMLError as exc:  # reader errors (control characters) carry only an offset
        from tracker.store.yamlsyntax import reader_problem

        return None, None, [reader_problem(exc, text, path)]
    except RecursionError:
        return None, None, [error(Source(path, 1, 1), "too-deep", "嵌套层级过深，未读取",
                                  "nesting too deep; not read")]
    if node is None:
        return None, None, []
    problems: list[Problem] = []
    # Only aliases can make a document bigger than its text; without '*' there are none.
    if "*" in text and _expanded_size(node) > MAX_EXPANDED_NODES:
        return None, None, [error(Source(path, 1, 1), "alias-bomb",
                                  "别名（&/*）展开后过大，已拒绝", "aliases (&/*) expand too far; rejected")]
    return node, _Builder(path, problems).build(node, 0), problems


def _expanded_size(root: Any) -> int:
    """Size of the document with every alias expanded, computed without expanding it.
    An alias inside its own anchor (`&a [*a]`) would expand forever: that counts as infinite."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()  # being counted: meeting one again means a cycle
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        kind = node.id
        if kind == "scalar":
            sizes[key] = 1
            continue
        children = [v for pair in node.value for v in pair] if kind == "mapping" else node.value
        if not done:
            if key in open_nodes:
                return MAX_EXPANDED_NODES + 1
            open_nodes.add(key)
            if any(id(c) in open_nodes for c in children):
                return MAX_EXPANDED_NODES + 1
        if done:
            open_nodes.discard(key)
            total = 1
            for c in children:
                total += sizes.get(id(c), 1)
                if total > MAX_EXPANDED_NODES:
                    return total
            sizes[key] = total
        else:
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]


class _Builder:
    """Node graph -> YMap/YSeq/scalars, refusing anything but plain YAML types."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems

    def build(self, node: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            self._bad(node, "too-deep", "嵌套层级过深", "nesting too deep")
            return None
        kind = node.id
        if kind == "scalar":
            return self._scalar(node)
        inner = depth + 1
        shallow = inner <= MAX_DEPTH  # children may be built as scalars directly
        mark = node.start_mark
        if kind == "sequence":
            if node.ctag is not _T_SEQ and node.tag != _SEQ:
                return self._bad_tag(node)
            seq = YSeq()
            seq.line, seq.col = mark.line + 1, mark.column + 1
            items_at = seq.items_at
            for child in node.value:
                seq.append(self._scalar(child) if shallow and child.id == "scalar"
                           else self.build(child, inner))
                m = child.start_mark
                items_at.append((m.line + 1, m.column + 1))
            return seq
        if node.ctag is not _T_MAP and node.tag != _MAP:
            return self._bad_tag(node)
        ymap = YMap()
        ymap.line, ymap.col = mark.line + 1, mark.column + 1
        keys_at, values_at = ymap.keys_at, ymap.values_at
        for knode, vnode in node.value:
            if shallow and knode.ctag is _T_STR and knode.id == "scalar":
                key = knode.value  # the common case of the branch below, without the calls
                if len(key) < 40:
                    key = _intern(key)
            else:
                key = self.build(knode, inner)
                if isinstance(key, (dict, list)):
                    self._bad(knode, "bad-key", "键必须是文字", "keys must be plain text")
                    continue
                key = str(key) if not isinstance(key, str) else key
            if key == "<<":
                self._bad(knode, "merge-key", "不支持合并键 <<", "merge keys (<<) are not supported")
                continue
            if key in ymap:
                self._bad(knode, "duplicate-key", f"键“{key}”重复", f"duplicate key '{key}'")
                continue
            ymap[key] = (self._scalar(vnode) if shallow and vnode.id == "scalar"
                         else self.build(vnode, inner))
            m = knode.start_mark
            keys_at[key] = (m.line + 1, m.column + 1)
            m = vnode.start_mark
            values_at[key] = (m.line + 1, m.column + 1)
        return ymap

    def _scalar(self, node: Any) -> Any:
        ctag, value = node.ctag, node.value
        if ctag is _T_STR:
            # Unit names, statuses, ids and authors repeat thousands of times: one shared
            # object each, so the plan cache stores them once (pickle memoises by identity).
            return _intern(value) if len(value) < 40 else value
        out = _typed(_TAGS.get(id(ctag)) or node.tag, value)
        return self._bad_tag(node) if out is _NOT_PLAIN else out

    def _bad_tag(self, node: Any) -> None:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        self._bad(node, "yaml-tag", f"不允许的 YAML 标签 {tag}（已忽略，未执行）",
                  f"YAML tag {tag} is not allowed (ignored, nothing executed)")
        return None

    def _bad(self, node: Any, code: str, zh: str, en: str) -> None:
        src = Source(self.path, node.start_mark.line + 1, node.start_mark.column + 1)
        self.problems.append(error(src, code, zh, en))


_NOT_PLAIN: Any = object()  # a tag that is none of the plain YAML types


def _typed(tag: str, value: str) -> Any:
    """A scalar's text and its resolved tag -> its value (the builder's and fastyaml's)."""
    if tag == _STR:
        return _intern(value) if len(value) < 40 else value
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return value.lower() in ("true", "yes", "on", "y")
    if tag == _INT:
        try:
            return _int(value)
        except ValueError:
            return value
    if tag == _FLOAT:
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    if tag == _TIMESTAMP:
        cached = _DATES.get(value)
        if cached is not None:
            return cached
        m = _DATE_RE.match(value)
        if not m:
            return value  # a date-time: kept as text, the date checks will say so
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return BadDate(value)
        if len(_DATES) < 10_000:
            _DATES[value] = day  # shared like the strings above
        return day
    return _NOT_PLAIN


def _int(value: str) -> int:
    v = value.replace("_", "")
    sign = -1 if v.startswith("-") else 1
    v = v.lstrip("+-")
    if v.startswith(("0x", "0X")):
        return sign * int(v[2:], 16)
    if v.startswith(("0o", "0O")):
        return sign * int(v[2:], 8)
    if v.startswith(("0b", "0B")):
        return sign * int(v[2:], 2)
    return sign * int(v)
