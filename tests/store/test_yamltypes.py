"""yamltypes' copy of ruamel's YAML 1.2 table is ruamel's, rule for rule; and fastyaml, which
uses it before ruamel is imported, and the C composer, which needs ruamel's tags, resolve
every text alike in whichever order a process meets them."""

from __future__ import annotations

import re
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import PROJECT
from tracker.store import yamltypes


def test_the_table_is_ruamels() -> None:
    from ruamel.yaml.resolver import VersionedResolver

    theirs = {ch: [(str(tag), rx.pattern, rx.flags) for tag, rx in rules]
              for ch, rules in VersionedResolver().versioned_resolver.items()}
    ours = {ch: [(tag, lazy.pattern, re.compile(lazy.pattern, lazy.flags).flags)
                 for tag, lazy in rules] for ch, rules in yamltypes.table().items()}
    assert ours == theirs


def test_fastyaml_then_the_composer_then_fastyaml_agree() -> None:
    script = """
import sys
from tracker.store import fastyaml, yamlsafe
text = "a: 1\\nb: 2026-01-02\\nc: true\\nd: null\\ne: x\\nf: 1.5\\ng: [0x1F, ~, '1']\\n"
first = fastyaml.read(text)
assert 'ruamel' not in sys.modules
data, problems = yamlsafe.parse(text, "p")
again = fastyaml.read(text)
assert not problems and first == data == again, (first, data, again)
assert [type(v) for v in first.values()] == [type(v) for v in data.values()] == [type(v) for v in again.values()]
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", script], cwd=PROJECT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "ok", out.stderr


def _by_rules(text: str) -> str:
    for tag, rule in yamltypes.table().get(text[:1], ()):
        if rule.match(text):
            return tag
    return "tag:yaml.org,2002:str"


@given(st.one_of(st.text(alphabet="0123456789-_.+eE:x ", max_size=12),
                 st.text(alphabet="0123456789\u0660\u00b2-", min_size=10, max_size=10),
                 st.sampled_from(["true", "True", "TRUE", "tRue", "false", "FALSE", "null", "Null",
                                  "NULL", "nULL", "~", "", "2026-09-30", "2026-9-30", "0", "007",
                                  "2026-09-30\n", "1\n", "true\n", "٣", "²", "T50", "title",
                                  "format", "7月7日前", "nope", "~x", "null\n", "n\n", "fa",
                                  "1.5", "-1", "+1", ".5", "0x1F", "<<", "=", "2026-09-30T10:00:00"]),
                 st.text(alphabet="tTfFnN~rueasl\n中", max_size=6)))
def test_the_common_texts_get_the_tag_the_rules_give(text: str) -> None:
    known = yamltypes.common(text)
    assert known is None or known == _by_rules(text), text
    if text in ("T50", "title", "7月7日前", "2026-09-30", "40", "true", "null", ""):
        assert known is not None  # the texts of a plan item need no regular expression
