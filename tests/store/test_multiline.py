"""Multi-line text everywhere text is free: a pasted two-paragraph progress report, a detail
with CRLF line ends, NEL and U+2028 from a web page, leading spaces, `#`, `- ` and `: ` inside
lines. Written as YAML block scalars (or quoted where a block cannot hold the text) that read
back exactly; one-line fields (titles, names) refuse a newline with a sentence."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import PROJECT, TODAY, git, make_repo
from tests.history.test_walk import PLAN
from tracker.store import load, yamlsafe


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "office", {"p": PLAN})


def run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, "--by", "张三", *args)


def task(root: Path, task_id: str = "T1"):
    loaded = load.load_plan_bytes((root / "plans/p.yaml").read_bytes(), "plans/p.yaml")
    assert loaded.plan is not None and not [p for p in loaded.problems if p.is_error], \
        loaded.problems
    return loaded.plan.task(task_id)


def test_a_two_line_progress_report_is_saved_as_written(office: Path, tracker) -> None:
    text = "资金已拨付60%；\n剩余部分待验收后拨付"
    result = run(tracker, office, "note", "p/T1", text)
    assert result.code == 0, result.err
    assert task(office).updates[-1].text == text
    raw = (office / "plans/p.yaml").read_text(encoding="utf-8")
    assert "text: |-\n" in raw  # a block scalar, the way a person would write it
    assert git(office, "status", "--porcelain") == ""


def test_crlf_and_a_trailing_newline_are_normalised(office: Path, tracker) -> None:
    assert run(tracker, office, "note", "p/T1", "第一行\r\n第二行\r\n").code == 0
    assert task(office).updates[-1].text == "第一行\n第二行"


def test_a_one_line_detail_becomes_two_paragraphs(office: Path, tracker) -> None:
    assert run(tracker, office, "set", "p/T1", "detail=一句话").code == 0
    two = "第一段：按村摸底。\n\n第二段：\n  - 逐户登记\n  # 不是注释"
    result = run(tracker, office, "set", "p/T1", f"detail={two}")
    assert result.code == 0, result.err
    assert task(office).detail == two
    back = run(tracker, office, "set", "p/T1", "detail=又是一句")
    assert back.code == 0, back.err
    assert task(office).detail == "又是一句"


def test_line_separators_from_a_web_page_read_back(office: Path, tracker) -> None:
    result = run(tracker, office, "note", "p/T1", "甲\u2028乙\x85丙\u2029丁")
    assert result.code == 0, result.err
    assert task(office).updates[-1].text == "甲\n乙\n丙\n丁"


@pytest.mark.parametrize("args", [("set", "p/T1", "title=第一行\n第二行"),
                                  ("set", "p/T1", "owners=城关镇\n河西乡"),
                                  ("set", "p/T1", "leader=王\n某")])
def test_one_line_fields_refuse_a_newline_with_a_sentence(office: Path, tracker, args) -> None:
    result = run(tracker, office, *args)
    assert result.code == 1 and "一行" in result.err and "Traceback" not in result.err
    assert git(office, "status", "--porcelain") == ""


def test_by_with_a_newline_is_refused(office: Path, tracker) -> None:
    result = tracker("--repo", str(office), "--by", "张\n三", "note", "p/T1", "进展")
    assert result.code == 1 and "一行" in result.err


@pytest.mark.parametrize("by", ["  ", "\u3000", "\u200b"])
def test_a_blank_name_is_refused_before_anything_is_saved(office: Path, tracker, by: str) -> None:
    head = git(office, "rev-parse", "HEAD")
    result = tracker("--repo", str(office), "--by", by, "set", "p/T1", "progress=45")
    assert result.code == 1 and "姓名是空的" in result.err and "Traceback" not in result.err
    assert git(office, "status", "--porcelain") == "" and git(office, "rev-parse", "HEAD") == head


def test_a_name_with_spaces_around_it_is_committed_without_them(office: Path, tracker) -> None:
    assert tracker("--repo", str(office), "--by", "\u3000张三 ", "note", "p/T1", "进展").code == 0
    assert git(office, "log", "-1", "--format=%an") == "张三\n"


def test_control_characters_in_typed_text_are_refused(office: Path, tracker) -> None:
    result = run(tracker, office, "note", "p/T1", "进展\x1b[2J")
    assert result.code == 1 and "控制字符" in result.err
    assert git(office, "status", "--porcelain") == ""


def test_note_reads_the_text_from_standard_input(office: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", "from tracker.cli import main; main()",
                           "--repo", str(office), "--today", TODAY, "--by", "张三", "note",
                           "p/T1"], input="从标准输入\n读入的两行\n", capture_output=True,
                          text=True, cwd=PROJECT, check=False)
    assert proc.returncode == 0, proc.stderr
    assert task(office).updates[-1].text == "从标准输入\n读入的两行"


# Text as people paste it: CJK, CRLF, NEL, U+2028, leading spaces, '#', '- ', ': ', tabs.
PIECES = st.sampled_from(["资金已拨付", "60%", "\n", "\r\n", "\x85", "\u2028", "  ", "# ",
                          "- ", ": ", "\t", "'", '"', "|", ">", "&a", "*b", "{x}", "[y]",
                          "A", "…", "，"])
TEXTS = st.lists(PIECES, min_size=1, max_size=12).map("".join).filter(lambda s: s.strip())


def normalised(text: str) -> str:
    for nl in ("\r\n", "\r", "\x85", "\u2028", "\u2029"):
        text = text.replace(nl, "\n")
    return text[:-1] if text.endswith("\n") else text


def reported(text: str) -> str:
    """A report as stored: its blank lines and spaces around it dropped, and the indent
    (spaces, tabs, full-width spaces) that all its written lines share; the rest as typed."""
    lines = normalised(text).split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    written = [ln for ln in lines if ln.strip()]
    width = 0
    while written and all(len(ln) > width and ln[width] in " \t\u3000" and ln[width] == written[0][width]
                          for ln in written):
        width += 1
    shared = written[0][:width] if written else ""
    return "\n".join(ln.removeprefix(shared) for ln in lines).rstrip()


@settings(max_examples=300 if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else 40)
@given(text=TEXTS)
def test_any_pasted_text_reads_back_exactly(tmp_path_factory, tracker, text: str) -> None:
    root = make_repo(tmp_path_factory.mktemp("o") / "office", {"p": PLAN})
    note = run(tracker, root, "note", "p/T1", "--", text)
    detail = run(tracker, root, "set", "p/T2", f"detail={text}")
    expected = reported(text)
    if not expected:  # nothing but white space: refused, nothing written
        assert note.code == 1 and detail.code == 1
        return
    assert note.code == 0, note.err
    assert detail.code == 0, detail.err
    assert task(root).updates[-1].text == expected
    assert task(root, "T2").detail == normalised(text)
    data, problems = yamlsafe.parse((root / "plans/p.yaml").read_text(encoding="utf-8"), "p")
    assert not problems
    shown = json.loads(run(tracker, root, "show", "p/T1", "--format", "json").out)
    assert shown["updates"][-1]["text"] == expected
