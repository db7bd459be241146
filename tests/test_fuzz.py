"""Hostile and broken input, at random: every command either works or says what is wrong
(exit 1), never a traceback, never a raw control character on the terminal, never a path
outside the repository. `make fuzz` runs the same properties with many more cases."""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import PROJECT, make_repo
from tracker.cli import run
from tracker.history.merge import merge_texts
from tracker.store import yamlsafe

PLANS = {p.name: p.read_bytes() for p in sorted((PROJECT / "plans").glob("*.yaml"))}
UNITS = (PROJECT / "units.yaml").read_bytes()
SETTINGS = (PROJECT / "tracker.yaml").read_bytes()

HOSTILE = [
    b"    title: !!python/object/apply:os.system [\"touch /tmp/tracker-pwned\"]\n",
    b"a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n",
    b"    detail: " + b"[" * 120 + b"]" * 120 + b"\n",
    b"    detail: " + b"x" * 300_000 + b"\n",
    b"    title: \"\\e[2J\\e]0;pwned\\a\\x9b31m\"\n",
    b"    title: \xff\xfe\xc3\x28\n",
    b"    title: a\x00b\n",
    b"id: ../../etc/passwd\n",
    b"  - id: ../../x\n    title: --exec=rm -rf /\n    lead: [--upload-pack=evil]\n",
    b"    owners: [\"-c core.pager=evil\", \"$(touch /tmp/x)\"]\n",
    b"    status\xef\xbc\x9a done\n",
    b"\tstatus: done\n",
    b"    due: 2026-02-30\n",
    b"    progress: 1e400\n",
    b"    units: {\"\": {status: [1, 2]}}\n",
    b"tasks: {}\n",
    b"- just\n- a list\n",
    b"    updates: [{date: 2026-13-01, text: null}]\n",
    b"    depends_on: [T1, T2, T3]\n",
    b"!!binary aGVsbG8=\n",
    b"    owners: &loop [a, *loop]\n",  # an alias inside its own anchor
    b"? [complex, key]\n: value\n",
]


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["insert", "delete", "hostile", "bytes", "dup"]))
        at = draw(st.integers(0, len(data)))
        if kind == "insert":
            data[at:at] = draw(st.text(max_size=20)).encode("utf-8", "surrogatepass")
        elif kind == "delete":
            data[at:at + draw(st.integers(1, 40))] = b""
        elif kind == "bytes":
            data[at:at] = draw(st.binary(max_size=8))
        elif kind == "dup":
            data[at:at] = data[at:at + draw(st.integers(1, 80))]
        else:
            line_start = data.rfind(b"\n", 0, at) + 1
            data[line_start:line_start] = draw(st.sampled_from(HOSTILE))
    return bytes(data)


RAW_CONTROL = ("\x1b", "\x07", "\x00", "\x9b")


def cli(repo: Path, *args: str) -> tuple[int, str]:
    # real binary streams underneath, as a terminal gives (export writes bytes)
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["--repo", str(repo), "--today", "2026-11-23", *args])
    out.flush()
    err.flush()
    return code, (out.buffer.getvalue() + err.buffer.getvalue()).decode("utf-8")  # type: ignore[attr-defined]


def assert_handled(code: int, text: str) -> None:
    assert code in (0, 1), text[-2000:]
    assert "Traceback" not in text and "内部错误" not in text and "internal error" not in text, text[-2000:]
    for ch in RAW_CONTROL:
        assert ch not in text, repr(text[max(0, text.index(ch) - 80):text.index(ch) + 80])


def fresh_repo(plan_name: str, plan: bytes, units: bytes = UNITS, settings: bytes = SETTINGS) -> Path:
    root = Path(tempfile.mkdtemp(prefix="fuzz-"))
    (root / "plans").mkdir()
    (root / "tracker.yaml").write_bytes(settings)
    (root / "units.yaml").write_bytes(units)
    for name, raw in PLANS.items():
        (root / "plans" / name).write_bytes(plan if name == plan_name else raw)
    return root


plan_names = st.sampled_from(sorted(PLANS))


@given(data=st.data(), name=plan_names)
def test_mutated_plans_never_crash_any_command(data: st.DataObject, name: str) -> None:
    plan = data.draw(mutated(PLANS[name]))
    root = fresh_repo(name, plan)
    try:
        for args in (["check"], ["list"], ["list", "overdue", "unit:北山乡"], ["summary"],
                     ["summary", "--format", "markdown", "--lang", "en"],
                     ["show", f"{name.removesuffix('.yaml')}/T1"], ["export", "--format", "csv"]):
            assert_handled(*cli(root, *args))
        assert not Path("/tmp/tracker-pwned").exists()
    finally:
        shutil.rmtree(root)


@given(units=mutated(UNITS), settings=mutated(SETTINGS))
def test_mutated_units_and_settings_never_crash(units: bytes, settings: bytes) -> None:
    root = fresh_repo("", b"", units, settings)
    try:
        for args in (["check"], ["list", "unit:城关镇"], ["summary"]):
            assert_handled(*cli(root, *args))
    finally:
        shutil.rmtree(root)


@given(data=st.data(), name=plan_names)
def test_merge_driver_never_crashes_or_loses_the_file(data: st.DataObject, name: str) -> None:
    base = PLANS[name].decode("utf-8")
    ours = data.draw(mutated(PLANS[name])).decode("utf-8", "replace")
    theirs = base.replace("status: doing", "status: done", 1)
    result = merge_texts(base, ours, theirs, theirs_by="李某")
    if result.text is None:  # unreadable side: the driver hands over to git merge-file
        return
    data, problems = yamlsafe.parse(result.text, "merged")
    assert data is not None and not [p for p in problems if p.code == "yaml-syntax"]
    if "status: doing" in ours and not result.conflicts:
        assert "status: done" in result.text  # their change was not dropped


def test_plan_ids_never_reach_outside_the_repository(tmp_path: Path, tracker) -> None:
    repo = make_repo(tmp_path / "office", demo=True)
    secret = tmp_path / "secret.yaml"
    secret.write_text("format: 1\nid: secret\ntitle: 不该被读到\ntasks:\n  - id: T1\n    title: 秘密\n", encoding="utf-8")
    for args in (["show", "../../secret/T1"], ["show", "../secret/T1"], ["set", "../secret/T1", "status=done"],
                 ["add", "../secret", "x"], ["note", "/etc/passwd/T1", "x"], ["list", "plan:../secret"]):
        result = tracker("--repo", str(repo), *args)
        assert result.code in (0, 1), result.err
        assert "秘密" not in result.out + result.err
    assert "status: done" not in secret.read_text(encoding="utf-8")


def test_option_like_names_are_data_not_git_options(tmp_path: Path, tracker) -> None:
    repo = make_repo(tmp_path / "office", demo=True)
    result = tracker("--repo", str(repo), "--by", "--exec=touch /tmp/pwned-by", "note",
                     "clean-heating-2026/T3", "--upload-pack=touch /tmp/pwned")
    assert result.code in (0, 1, 2)
    assert not Path("/tmp/pwned").exists() and not Path("/tmp/pwned-by").exists()
    result = tracker("--repo", str(repo), "add", "clean-heating-2026", "--", "--exec=evil",
                     "--lead", "--x")
    assert "Traceback" not in result.err
