"""QA round: input and output at the edges of the CLI (run as the console script, as clerks do)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TODAY, git

TRACKER = Path(sys.executable).with_name("tracker")


def _run(repo: Path, *args: str, stdin: bytes | None = None, **kw: object) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "TRACKER_USER": "王某"}
    return subprocess.run([str(TRACKER), "--repo", str(repo), "--today", TODAY, *args], input=stdin,
                          capture_output="stdout" not in kw, env=env, check=False, **kw)  # type: ignore[call-overload]


def test_note_from_gbk_standard_input_is_refused_with_a_sentence(demo_repo: Path) -> None:
    """A report saved by a Windows editor in GBK and piped in (`type 进展.txt | tracker note T3 -`)
    gave "内部错误" (a UnicodeEncodeError from ruamel on surrogates); it should say the text is
    not UTF-8, exit 1, and write nothing."""
    before = (demo_repo / "plans" / "clean-heating-2026.yaml").read_bytes()
    proc = _run(demo_repo, "note", "clean-heating-2026/T3", "-", stdin="全县累计安装2300户\r\n".encode("gbk"))
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert "内部错误" not in err and "Traceback" not in err, err
    assert (demo_repo / "plans" / "clean-heating-2026.yaml").read_bytes() == before


def test_note_text_argument_with_undecodable_bytes_is_refused_with_a_sentence(demo_repo: Path) -> None:
    proc = subprocess.run([os.fsencode(TRACKER), b"--repo", os.fsencode(demo_repo), b"--today",
                           TODAY.encode(), b"--by", "王某".encode(), b"note", b"clean-heating-2026/T3",
                           "进展".encode("gbk")], capture_output=True, check=False)
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "内部错误" not in err, err


def test_note_from_standard_input_drops_a_leading_bom(demo_repo: Path) -> None:
    """Windows tools put a BOM before piped UTF-8 text; it was stored as an invisible U+FEFF at
    the start of the report (and of the commit subject)."""
    proc = _run(demo_repo, "note", "clean-heating-2026/T3", "-", stdin="\ufeff带BOM的进展\n".encode())
    assert proc.returncode == 0, proc.stderr.decode()
    assert "\ufeff" not in git(demo_repo, "log", "-1", "--format=%s")
    text = (demo_repo / "plans" / "clean-heating-2026.yaml").read_text(encoding="utf-8")
    assert "\ufeff带BOM" not in text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_note_from_standard_input_reads_utf16_with_its_bom(demo_repo: Path, encoding: str) -> None:
    """Notepad's "Unicode" and PowerShell's `>` write UTF-16 with a BOM; piped into `note -` it
    was refused as '含有控制字符 \\x08' (the NUL of every ASCII character), a message that names
    neither the encoding nor what to do. The BOM says what the text is: it is read as such."""
    text = "本月完成入户安装1200户\r\n第二行：下月验收"
    raw = ("\ufeff" + text).encode(encoding) if encoding.endswith("be") else text.encode(encoding)
    proc = _run(demo_repo, "note", "clean-heating-2026/T3", "-", stdin=raw)
    assert proc.returncode == 0, proc.stderr.decode()
    plan = (demo_repo / "plans" / "clean-heating-2026.yaml").read_text(encoding="utf-8")
    assert "本月完成入户安装1200户" in plan and "第二行：下月验收" in plan and "\ufeff" not in plan


def test_note_from_standard_input_in_utf16_without_a_bom_is_named(demo_repo: Path) -> None:
    before = (demo_repo / "plans" / "clean-heating-2026.yaml").read_bytes()
    proc = _run(demo_repo, "note", "clean-heating-2026/T3", "-",
                stdin="本月完成入户安装1200户，验收合格率98%".encode("utf-16-le"))
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "UTF-16" in err and "UTF-8" in err, err
    assert (demo_repo / "plans" / "clean-heating-2026.yaml").read_bytes() == before


def test_closed_stdout_gives_no_traceback(demo_repo: Path) -> None:
    """`tracker list >&-` (stdout closed, as cron or a service may start it): sys.stdout is None
    and main()'s final flush raised AttributeError with a Python traceback."""
    for args in (["list"], ["show", "clean-heating-2026/T3"]):
        proc = subprocess.run([str(TRACKER), "--repo", str(demo_repo), "--today", TODAY, *args],
                              stdout=None, stderr=subprocess.PIPE, check=False,
                              pass_fds=(), preexec_fn=lambda: os.close(1))
        assert b"Traceback" not in proc.stderr, proc.stderr.decode()


def test_set_with_full_stdout_does_not_say_not_done_after_committing(demo_repo: Path) -> None:
    """`tracker set … > /dev/full`: the change is saved and committed, then the confirmation
    cannot be printed, and the message says "磁盘已满，无法写入 ，操作没有完成" - the operation
    was done (and the file name is empty). A clerk who believes it retries or reports a loss."""
    head = git(demo_repo, "rev-parse", "HEAD")
    with open("/dev/full", "wb") as full:
        proc = _run(demo_repo, "set", "clean-heating-2026/T3", "progress=66", stdout=full,
                    stderr=subprocess.PIPE)
    err = proc.stderr.decode()
    if git(demo_repo, "rev-parse", "HEAD") != head:
        assert "操作没有完成" not in err, err
    assert "无法写入 ，" not in err, err


def test_set_over_a_hand_edit_of_the_same_field_does_not_claim_it_remains(demo_repo: Path) -> None:
    """A clerk types progress 62 -> 70 by hand (not committed), then runs `tracker set … progress=80`.
    The commit makes the file equal to HEAD (nothing uncommitted is left), yet tracker warns
    "plans/…yaml 里未提交的手工修改没有一起提交，仍留在文件里" - a hand edit that is not there."""
    assert _run(demo_repo, "list").returncode == 0  # the office has used tracker before (caches)
    path = demo_repo / "plans" / "clean-heating-2026.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    progress: 62\n" in text
    path.write_text(text.replace("    progress: 62\n", "    progress: 70\n", 1), encoding="utf-8")
    proc = _run(demo_repo, "set", "clean-heating-2026/T3", "progress=80")
    assert proc.returncode == 0, proc.stderr.decode()
    assert git(demo_repo, "status", "--porcelain") == ""
    said = proc.stdout.decode() + proc.stderr.decode()
    assert "仍留在文件里" not in said, said


def test_set_over_a_hand_edit_of_the_same_field_names_the_committed_old_value(
        demo_repo: Path) -> None:
    """Progress 62 is committed; a clerk types 70 by hand (not committed), then runs `tracker
    set … progress=80`. The commit's diff is 62 -> 80 (the 70 never reached git), yet its
    subject said "progress 70 → 80": the audit trail named a value history never held."""
    assert _run(demo_repo, "list").returncode == 0
    path = demo_repo / "plans" / "clean-heating-2026.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    progress: 62\n", "    progress: 70\n", 1)
                    .replace("入户安装清洁取暖设备", "入户安装清洁取暖设备（手改）", 1), encoding="utf-8")
    proc = _run(demo_repo, "set", "clean-heating-2026/T3", "progress=80")
    assert proc.returncode == 0, proc.stderr.decode()
    assert git(demo_repo, "log", "-1", "--format=%s").strip() == "clean-heating-2026/T3: progress 62 → 80"
    diff = git(demo_repo, "show", "HEAD", "--format=")
    assert "-    progress: 62" in diff and "+    progress: 80" in diff and "手改" not in diff
    assert "（手改）" in path.read_text(encoding="utf-8")  # the other hand edit stays, uncommitted


def test_set_that_takes_back_a_hand_edit_is_not_a_failed_commit(demo_repo: Path) -> None:
    """Progress 62 is committed; a clerk types 70 by hand, thinks better of it and runs `tracker
    set … progress=62`. The file is then the committed one: there is nothing to commit, and
    tracker said "已保存文件，但 git 提交失败：git commit 失败" with exit 1."""
    assert _run(demo_repo, "list").returncode == 0
    path = demo_repo / "plans" / "clean-heating-2026.yaml"
    committed = path.read_text(encoding="utf-8")
    path.write_text(committed.replace("    progress: 62\n", "    progress: 70\n", 1), encoding="utf-8")
    head = git(demo_repo, "rev-parse", "HEAD")
    proc = _run(demo_repo, "set", "clean-heating-2026/T3", "progress=62")
    said = proc.stdout.decode() + proc.stderr.decode()
    assert proc.returncode == 0, said
    assert "失败" not in said and "无需提交" in said, said
    assert path.read_text(encoding="utf-8") == committed
    assert git(demo_repo, "rev-parse", "HEAD") == head
    assert git(demo_repo, "status", "--porcelain") == ""
    # nothing is left pending to be carried into the next commit's message
    assert _run(demo_repo, "set", "clean-heating-2026/T2", "progress=90").returncode == 0
    assert "T3" not in git(demo_repo, "log", "-1", "--format=%B")


def test_list_to_a_gbk_stream_with_an_emoji_title_is_not_an_internal_error(demo_repo: Path) -> None:
    """On a Chinese Windows machine a pipe or file is written in the ANSI code page (GBK, cp936).
    A title with a character GBK lacks (an emoji, a rare name character) made `tracker list`,
    `show` and `summary` end with "内部错误" (UnicodeEncodeError in output.echo); the ASCII case
    is already handled there by writing UTF-8 with replacements."""
    assert _run(demo_repo, "set", "clean-heating-2026/T3", "title=入户安装😀").returncode == 0
    env = {**os.environ, "PYTHONIOENCODING": "gbk"}
    proc = subprocess.run([str(TRACKER), "--repo", str(demo_repo), "--today", TODAY, "list"],
                          capture_output=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr.decode("gbk", "replace")
    assert b"clean-heating-2026/T3" in proc.stdout
