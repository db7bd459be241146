"""The marker a save leaves until its commit happens (`history.pending`): written without a
JSON library (a `tracker set` cannot afford importing one), read back with the standard one,
for any text a commit message or a path can hold."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import make_repo
from tracker.history import pending


@given(rel=st.text(min_size=1), message=st.text(), blob=st.none() | st.text())
@settings(max_examples=300, deadline=None)
def test_the_marker_is_json_that_reads_back_to_what_was_meant(rel, message, blob) -> None:
    data = pending.marker_bytes(rel, message, blob)
    text = data.decode("utf-8")
    back = json.loads(text)
    clean = {k: v.encode("utf-8", "replace").decode("utf-8") if isinstance(v, str) else v
             for k, v in {"path": rel, "message": message, "blob": blob}.items()}
    assert back == clean


def test_a_marked_save_is_found_with_its_message(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "office", {"p": "id: p\ntitle: 方案\nyear: 2026\ntasks: []\n"})
    message = 'p/T1: note "现场核查"\\ 第二行\r\n\t完成\x01'
    pending.mark(root, "plans/p.yaml", message, "0" * 40)
    found = pending.saves(root)
    assert found["plans/p.yaml"].message == message
    assert found["plans/p.yaml"].blob == "0" * 40
