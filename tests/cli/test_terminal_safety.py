"""No output format, to a terminal or a pipe, carries a raw control character except tab and
newline: a title holding ESC [2J must not clear the clerk's screen. CSV and JSON escape them
(JSON as valid \\u escapes that read back to the same text); files named with odd bytes and
unit names with a CR are shown escaped in every message."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import TODAY, make_repo

RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

PLAN = """\
id: p
title: "控制符方案\\e[31m"
year: 2026
tasks:
  - id: T1
    title: "清屏\\e[2J任务\\a响铃\\x9b"
    owners: ["城关镇\\r北山乡"]
    due: 2026-05-31
    status: doing
    detail: "第一段\\n第二段\\u0085第三段"
    updates:
      - date: 2026-05-01
        by: "张三\\e]0;标题\\a"
        text: "进展\\e[2J\\n第二行"
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "office", {"p": PLAN})


COMMANDS = [
    ("list",), ("list", "--format", "csv"), ("list", "--format", "json"),
    ("show", "p/T1"), ("show", "p/T1", "--format", "json"),
    ("export", "--format", "csv"), ("export", "--format", "json"),
    ("summary",), ("summary", "--format", "json"), ("summary", "--format", "markdown"),
    ("check",), ("check", "--format", "json"), ("log",), ("log", "--format", "json"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_no_raw_control_character_reaches_the_terminal(repo: Path, tracker, args) -> None:
    result = tracker("--repo", str(repo), "--today", TODAY, *args)
    assert "Traceback" not in result.err
    out = result.out.replace("\r\n", "\n")  # CSV's own line ends (RFC 4180) are fine
    assert not RAW.search(out), (args, RAW.findall(out))
    assert not RAW.search(result.err), (args, RAW.findall(result.err))


def test_json_escapes_read_back_to_the_same_text(repo: Path, tracker) -> None:
    result = tracker("--repo", str(repo), "--today", TODAY, "show", "p/T1", "--format", "json")
    assert "\\u009b" in result.out and "\\u001b" in result.out
    task = json.loads(result.out)
    assert task["title"] == "清屏\x1b[2J任务\x07响铃\x9b"


def test_csv_shows_controls_as_escapes_and_keeps_newlines(repo: Path, tracker) -> None:
    out = tracker("--repo", str(repo), "--today", TODAY, "export", "--format", "csv").out
    assert "清屏\\x1b[2J任务\\x07响铃\\x9b" in out
    assert '"进展\\x1b[2J\n第二行"' in out  # a newline in a cell is data, quoted by CSV
    written = repo / "台账.csv"
    assert tracker("--repo", str(repo), "--today", TODAY, "export", "--format", "csv", "-o",
                   str(written)).code == 0
    assert "\x1b" not in written.read_text(encoding="utf-8-sig")


def test_a_file_name_with_a_c1_character_is_escaped_in_messages(repo: Path, tracker) -> None:
    (repo / "plans" / "坏\x9b文件.yaml").write_text("id: [\n", encoding="utf-8")
    result = tracker("--repo", str(repo), "--today", TODAY, "check")
    assert result.code == 1
    assert "\\x9b" in result.out + result.err
    assert not RAW.search(result.out + result.err)


@pytest.mark.parametrize("args", [("set", "p/T1", "status=do\x07ne"), ("show", "\x1b[2J")],
                         ids=["a status with BEL", "a reference with ESC"])
def test_what_a_clerk_typed_is_quoted_escaped_in_messages(repo: Path, tracker, args) -> None:
    result = tracker("--repo", str(repo), "--today", TODAY, *args)
    assert result.code == 1
    assert not RAW.search(result.out + result.err), result.err
    assert "\\x07" in result.err or "\\x1b" in result.err


def test_the_listing_escapes_every_kind_of_control_in_its_cells(tmp_path: Path, tracker) -> None:
    """`tracker list` writes its table without the last guard (every cell is escaped when the
    table is built): C0, DEL, C1 and the bidi overrides that reorder a line all come out as
    escapes, in every column."""
    nasty = "\\e[2J\\x7f\\x9b\\u202e\\u2066"
    plan = (f'id: p\ntitle: t\nyear: 2026\ntasks:\n  - id: T1\n    title: "标题{nasty}"\n'
            f'    owners: ["城关镇{nasty}"]\n    status: "doing{nasty}"\n')
    repo = make_repo(tmp_path / "office", {"p": plan})
    out = tracker("--repo", str(repo), "--today", TODAY, "list").out
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", out)
    assert out.count("\\x1b[2J") == 3 and out.count("\\u202e") == 3


def test_every_character_is_escaped_exactly_as_the_control_search_says() -> None:
    """render's quick answer (str.isprintable before any search) escapes what the search over
    the whole control class escapes, for every character of the Basic Multilingual Plane, at
    the start, middle and end of a line, with and without newlines kept."""
    from tracker.reports.render import printable, terminal_text

    controls = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
    any_control = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

    def old_printable(s: str, keep_newlines: bool = False) -> str:
        if any_control.search(s) is None:
            return s
        if not keep_newlines:
            s = s.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
        return controls.sub(lambda m: repr(m.group(0))[1:-1], s)

    def old_terminal(s: str) -> str:
        if controls.search(s) is None:
            return s
        return old_printable(s.replace("\r\n", "\n"), keep_newlines=True)

    for code in range(0xD800):  # (surrogates cannot be printed at all)
        c = chr(code)
        for text in (c, f"任务{c}\n", f"\t{c}完成\r\n"):
            assert terminal_text(text) == old_terminal(text), hex(code)
            assert printable(text) == old_printable(text), hex(code)
            assert printable(text, True) == old_printable(text, True), hex(code)
