"""yamltypes' copy of ruamel's YAML 1.2 table is ruamel's, rule for rule; and fastyaml, which
uses it before ruamel is imported, and the C composer, which needs ruamel's tags, resolve
every text alike in whichever order a process meets them."""

from __future__ import annotations

import re
import subprocess
import sys

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
