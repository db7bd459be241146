"""The fast reading path gives exactly what the straightforward one gave.

yamlsafe composes with the C parser and its own resolver (memoised, collections and quoted
scalars answered at once) and builds data reading tags by identity. Here the same texts go
through ruamel's own `YAML(typ="safe").compose` with its stock resolver and through the
builder as it was written before (kept below as the reference): tags, values with their
types, every position, every problem and the Loaded plans must all be the same."""

from __future__ import annotations

import datetime as dt
import random
import sys
from typing import Any

import pytest

from tests.conftest import PROJECT
from tracker.model import Source
from tracker.problems import Problem, error
from tracker.store import load, yamlsafe
from tracker.store.yamlsafe import BadDate, YMap, YSeq

sys.path.insert(0, str(PROJECT / "bench"))
from generate import plan_text

from tests.store.test_taskchunks import big_plan

SCALARS = [
    "yes", "no", "Yes", "NO", "on", "off", "y", "n", "true", "True", "TRUE", "tRue", "false",
    "False", "FALSE", "0o17", "0O17", "017", "0x1F", "0X1f", "0xG", "0b101", "0b2", "+1", "-1",
    "+0", "-0", "1_000", "1_000.5", "1__0", "_1", "1.", ".5", "+.5", "-.5", "5.", "1e3", "1E3",
    "1e+3", "1.0e-3", "-1.5E+3", "6.8523015e+5", "685.230_15e+03", "190:20:30", "1:30",
    ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN", "inf", "nan", "~",
    "null", "Null", "NULL", "nULL", "", "2026-02-30", "2026-02-28", "2026-2-3", "2026-13-01",
    "2026-12-31T10:00:00", "2026-12-31 10:00:00", "2026-12-31t10:00:00Z",
    "2001-12-14t21:59:43.10-05:00", "2026-1-1", "20260101", "2026/01/01", "0", "00", "007",
    "12", "-12", "1,000", "3.14", "3.14.15", "<<", "=", "!", "&", "*x", "todo", "doing", "done",
    "T1", "P1", "县能源局", "9月30日前", "１２", "٣", "0.", "-", "+", ".", "1e", "e3", "0x",
    "0o", "0b", "1 000", "true false", "null null", "Yes please", "x" * 60, "1" * 50,
]


def reference_tags(doc: str) -> list[str] | None:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")  # ruamel's own resolver, as it is
    return _tags(yaml.compose(doc))


def _tags(node: Any) -> list[str] | None:
    if node is None:
        return None
    out = [node.tag]
    if node.id == "mapping":
        for k, v in node.value:
            out += [*(_tags(k) or ()), *(_tags(v) or ())]
    elif node.id == "sequence":
        for v in node.value:
            out += _tags(v) or []
    return out


def _documents() -> list[str]:
    docs = ["- " + (s if s else "''") for s in SCALARS]  # '' keeps the empty item plain-null free
    docs += ["- " + s for s in SCALARS if s and not s.startswith(("*", "&", "!", "-", "<<"))]
    docs += [f"{s or 'x'}: {s}" for s in SCALARS if s and s[0] not in "*&!-?:<=[{"]
    docs += ["a:\n  - \"1\"\n  - '2026-01-01'\n  - |\n    yes\n  - >\n    12\n  -\n  - ! 12\n",
             "a: !!str 12\nb: !!int '12'\nc: !!map {x: 1}\nd: !!seq [1]\ne: !!float 1\n",
             "%YAML 1.1\n---\na: yes\nb: 0o17\nc: 017\nd: 1_000\n",
             "a: &x [1, yes, ~]\nb: *x\nc: {? [1, 2] : z}\n", "[1, .5, +1, 2026-02-30]\n",
             "? a\n? b\n: 1\n", "x\n", "~\n", "", "# only a comment\n"]
    return docs


def test_the_resolver_gives_ruamels_tags_for_every_scalar() -> None:
    from ruamel.yaml.error import YAMLError

    rng = random.Random(17)
    alphabet = "0123456789+-._:eExXoObBTtFfNnYy~ 年月日 "
    docs = _documents() + ["- " + "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))).strip()
                           for _ in range(3000)]
    checked = 0
    for doc in docs:
        try:
            want = reference_tags(doc)
        except YAMLError:  # not YAML at all: both must refuse it
            with pytest.raises(YAMLError):
                yamlsafe._compose(doc)
            continue
        assert _tags(yamlsafe._compose(doc)) == want, doc
        checked += 1
    assert checked > 3000
    # and the same again, now answered from the memo
    for doc in _documents():
        try:
            want = reference_tags(doc)
        except YAMLError:
            continue
        assert _tags(yamlsafe._compose(doc)) == want, doc


# ---------------------------------------------------------------- the builder as it was


class ReferenceBuilder:
    """yamlsafe._Builder before it read tags by identity (node.tag strings throughout)."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path, self.problems = path, problems

    def build(self, node: Any, depth: int) -> Any:
        if depth > yamlsafe.MAX_DEPTH:
            self._bad(node, "too-deep", "嵌套层级过深", "nesting too deep")
            return None
        kind = node.id
        if kind == "scalar":
            return self._scalar(node)
        if kind == "sequence":
            if node.tag != yamlsafe._SEQ:
                return self._bad_tag(node)
            seq = YSeq()
            seq.line, seq.col = node.start_mark.line + 1, node.start_mark.column + 1
            for child in node.value:
                seq.append(self.build(child, depth + 1))
                seq.items_at.append((child.start_mark.line + 1, child.start_mark.column + 1))
            return seq
        if node.tag != yamlsafe._MAP:
            return self._bad_tag(node)
        ymap = YMap()
        ymap.line, ymap.col = node.start_mark.line + 1, node.start_mark.column + 1
        for knode, vnode in node.value:
            key = self.build(knode, depth + 1)
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
            ymap[key] = self.build(vnode, depth + 1)
            ymap.keys_at[key] = (knode.start_mark.line + 1, knode.start_mark.column + 1)
            ymap.values_at[key] = (vnode.start_mark.line + 1, vnode.start_mark.column + 1)
        return ymap

    def _scalar(self, node: Any) -> Any:
        tag, value = node.tag, node.value
        if tag == yamlsafe._STR:
            return sys.intern(value) if len(value) < 40 else value
        if tag == yamlsafe._NULL:
            return None
        if tag == yamlsafe._BOOL:
            return value.lower() in ("true", "yes", "on", "y")
        if tag == yamlsafe._INT:
            try:
                return yamlsafe._int(value)
            except ValueError:
                return value
        if tag == yamlsafe._FLOAT:
            try:
                return float(value.replace("_", ""))
            except ValueError:
                return value
        if tag == yamlsafe._TIMESTAMP:
            m = yamlsafe._DATE_RE.match(value)
            if not m:
                return value
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return BadDate(value)
        return self._bad_tag(node)

    def _bad_tag(self, node: Any) -> None:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        self._bad(node, "yaml-tag", f"不允许的 YAML 标签 {tag}（已忽略，未执行）",
                  f"YAML tag {tag} is not allowed (ignored, nothing executed)")

    def _bad(self, node: Any, code: str, zh: str, en: str) -> None:
        src = Source(self.path, node.start_mark.line + 1, node.start_mark.column + 1)
        self.problems.append(error(src, code, zh, en))


def reference_parse(text: str, path: str) -> tuple[Any, list[Problem]]:
    """What yamlsafe.parse gave: ruamel's compose, the reference builder; errors as before."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        node = YAML(typ="safe").compose(text)
    except YAMLError:
        return yamlsafe.parse(text, path)  # error reporting is unchanged code: compared below
    if node is None:
        return None, []
    if "*" in text and yamlsafe._expanded_size(node) > yamlsafe.MAX_EXPANDED_NODES:
        return yamlsafe.parse(text, path)
    problems: list[Problem] = []
    return ReferenceBuilder(path, problems).build(node, 0), problems


def same(a: Any, b: Any) -> bool:
    """Equal with the same types all the way down (True == 1 == 1.0 is not enough), and
    the same positions on every mapping and list."""
    if type(a) is not type(b):
        return False
    if isinstance(a, YMap):
        return ((a.line, a.col, a.keys_at, a.values_at) == (b.line, b.col, b.keys_at, b.values_at)
                and list(a) == list(b) and all(same(a[k], b[k]) for k in a))
    if isinstance(a, YSeq):
        return ((a.line, a.col, a.items_at) == (b.line, b.col, b.items_at) and len(a) == len(b)
                and all(same(x, y) for x, y in zip(a, b)))
    if isinstance(a, float) and a != a:
        return b != b
    return bool(a == b)


def _texts() -> list[tuple[str, str]]:
    rng = random.Random(23)
    out = [(p.read_text(encoding="utf-8"), f"plans/{p.name}") for p in sorted((PROJECT / "plans").glob("*.yaml"))]
    out += [(p.read_text(encoding="utf-8"), p.name) for p in sorted((PROJECT / "tests" / "data").rglob("*.yaml"))]
    out += [(plan_text(n, rng.randint(1, 60), rng), f"plans/plan-{n:03d}.yaml") for n in range(1, 13)]
    out += [(big_plan(n, rng, flaws).decode("utf-8"), "plans/big.yaml") for n in (3, 120)
            for flaws in (False, True)]
    for doc in _documents():
        out.append((doc, "plans/doc.yaml"))
    for _ in range(300):  # random plans: values of every kind in every place
        out.append((_random_plan(rng), "plans/random.yaml"))
    return out


def _random_plan(rng: random.Random) -> str:
    values = SCALARS[:60] + ["[a, b]", "{x: 1}", "[]", "{}", "'quoted'", '"双引号"', "&a [1]", "*a",
                             "!!python/object:os.system x", "!!binary aGk=", "[[1, [2, [3]]]]"]
    keys = ["id", "title", "due", "start", "status", "progress", "owners", "lead", "units",
            "updates", "review", "conflict", "colour", "<<", "1", "yes", "~", "2026-01-01"]
    lines = ["id: r", "title: 随机", f"year: {rng.choice(['2026', 'x', '1e3', '~'])}", "tasks:"]
    for i in range(rng.randint(0, 8)):
        lines.append(f"  - id: T{i}")
        for _ in range(rng.randint(0, 6)):
            key = rng.choice(keys)
            if key == "units":
                lines += ["    units:", f"      城关镇: {{status: {rng.choice(values)}}}",
                          "      河西乡:", f"        note: {rng.choice(values)}"]
            elif key == "updates":
                lines += ["    updates:", f"      - date: {rng.choice(values)}",
                          f"        text: {rng.choice(values)}"]
            else:
                lines.append(f"    {key}: {rng.choice(values)}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("chunk", range(4))
def test_parse_gives_the_same_data_positions_and_problems(chunk: int) -> None:
    texts = _texts()
    for text, path in texts[chunk::4]:
        want, want_problems = reference_parse(text, path)
        got, got_problems = yamlsafe.parse(text, path)
        assert same(got, want), (path, text[:200])
        assert got_problems == want_problems, (path, text[:200])


def test_loaded_plans_are_the_same() -> None:
    for text, path in _texts():
        want, problems = reference_parse(text, path)
        raw = text.encode("utf-8")
        expected = load.plan_from_data(want, path, load.blob_id(raw), list(problems))
        assert load.load_plan_bytes(raw, path) == expected, (path, text[:200])


def test_no_path_resolvers_are_registered() -> None:
    # the fast resolver answers without them (and skips descend/ascend): none may exist
    from ruamel.yaml.resolver import VersionedResolver

    assert not VersionedResolver.yaml_path_resolvers
    assert not yamlsafe._fast_resolver().yaml_path_resolvers
