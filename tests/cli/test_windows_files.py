"""A Windows office's plans/ folder: what Explorer, Office and WPS leave there, and what
Notepad writes into a plan file. No one's work may be lost, and what is no one's work
(Thumbs.db, desktop.ini, an open sheet's ~$ lock file) never goes into the shared history."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import TODAY, git, two_offices
from tests.history.test_walk import PLAN, edit

LITTER = {"Thumbs.db": b"\xd0\xcf\x11\xe0", "desktop.ini": b"[.ShellClassInfo]\r\n",
          "~$督办单.xlsx": b"\x0c\xe5\xbc\xa0\xe4\xb8\x89", ".~lock.台账.xlsx#": b"x",
          ".~督办单.xlsx": b"x"}


def run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, *args)


def test_explorer_and_office_litter_in_plans_is_never_committed_or_blocks_sync(
        tmp_path: Path, tracker) -> None:
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    for name, raw in LITTER.items():
        (a / "plans" / name).write_bytes(raw)
    synced = run(tracker, a, "sync")  # nothing of anyone's to commit first
    assert synced.code == 0, synced.err
    edit(a, "status: todo", "status: done")
    done = run(tracker, a, "commit")
    assert done.code == 0, done.err
    assert git(a, "show", "--name-only", "--format=", "HEAD") == "plans/p.yaml\n"
    assert "Thumbs.db" not in done.out + done.err
    assert run(tracker, a, "commit").out.strip() == "计划没有未提交的修改"
    assert run(tracker, a, "sync").code == 0
    assert all((a / "plans" / name).read_bytes() == raw for name, raw in LITTER.items())


def test_the_tui_does_not_ask_to_commit_explorer_litter(demo_repo: Path) -> None:
    import datetime as dt

    from views.session import Session

    for name, raw in LITTER.items():
        (demo_repo / "plans" / name).write_bytes(raw)
    s = Session(demo_repo, dt.date(2026, 11, 23), "zh", "测试员")
    assert s.hand_edited == set()  # no "plans/Thumbs.db（按 c 提交）" in the banner


def test_committing_only_a_file_that_is_not_a_plan_has_a_subject(tmp_path: Path, tracker) -> None:
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    (a / "plans" / "新建文本文档.txt").write_bytes("联系人：张三\r\n".encode())
    done = run(tracker, a, "commit")
    assert done.code == 0, done.err
    subject = git(a, "log", "-1", "--format=%s").strip()
    assert subject == "files not read as plans: plans/新建文本文档.txt", subject
    assert done.out.startswith("已提交 ") and "：files not read as plans" in done.out


def test_a_trailing_ctrl_z_or_a_control_character_is_named_at_its_place(tmp_path: Path,
                                                                         tracker) -> None:
    """Old DOS-era editors and `copy /b` end a file with Ctrl-Z (0x1A); text pasted from other
    programs may carry a control character. Said in the clerk's words where it is, not as
    the parser's English with a byte offset at 1:1."""
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    plan = a / "plans" / "p.yaml"
    raw = plan.read_bytes()
    lines = raw.count(b"\n")
    plan.write_bytes(raw.replace(b"\n", b"\r\n") + b"\x1a")
    checked = run(tracker, a, "check")
    assert checked.code == 1
    assert f"plans/p.yaml:{lines + 1}:1: error: " in checked.out, checked.out
    assert "Ctrl-Z" in checked.out and "[control-char]" in checked.out
    assert "unacceptable" not in checked.out and "<unicode string>" not in checked.out
    plan.write_bytes(raw.replace("title: 采购".encode(), "title: 采\x07购".encode()))
    checked = run(tracker, a, "check")
    row = raw[:raw.index("title: 采购".encode())].count(b"\n") + 1
    assert f"plans/p.yaml:{row}:13: error: " in checked.out, checked.out
    assert "U+0007" in checked.out and "unacceptable" not in checked.out
    plan.write_bytes(raw)
    units = a / "units.yaml"
    units.write_bytes(units.read_bytes() + b"\x1a")
    checked = run(tracker, a, "check")
    assert "units.yaml:" in checked.out + checked.err and "Ctrl-Z" in checked.out + checked.err
    assert "unacceptable" not in checked.out + checked.err


def test_a_plan_or_units_saved_as_notepads_unicode_is_named_utf16(tmp_path: Path,
                                                                   tracker) -> None:
    """Notepad's "Unicode" (and PowerShell's `>`) is UTF-16 LE with a BOM; a plan saved so
    was refused as '文件不是 UTF-8 编码' with no word of what it is or how to fix it."""
    import codecs

    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    plan = a / "plans" / "p.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_bytes(codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"))
    checked = run(tracker, a, "check")
    assert checked.code == 1
    assert "plans/p.yaml:1:1: error: 文件是 UTF-16 编码" in checked.out, checked.out
    assert "UTF-8" in checked.out and "[encoding]" in checked.out
    plan.write_bytes(text.encode("utf-16-le"))  # without a BOM: ASCII with a NUL beside each
    checked = run(tracker, a, "check")
    assert "plans/p.yaml:1:1: error: 文件是 UTF-16 编码" in checked.out, checked.out
    plan.write_text(text, encoding="utf-8")
    units = a / "units.yaml"
    units.write_bytes(codecs.BOM_UTF16_BE + units.read_text(encoding="utf-8").encode("utf-16-be"))
    checked = run(tracker, a, "check")
    assert "units.yaml:1:1: error: 文件是 UTF-16 编码" in checked.out + checked.err
    assert plan.read_text(encoding="utf-8") == text  # nothing was changed


def test_a_tab_before_a_list_dash_is_named_as_a_tab(tmp_path: Path, tracker) -> None:
    """Notepad's Tab key indents with a tab. In units.yaml `\t- name: 县财政局` was reported
    as '遇到不能出现在这里的字符' at 5:1, without a word of the tab: the hint was given only
    when four spaces instead made the file read, and here two were needed."""
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    units = a / "units.yaml"
    text = units.read_text(encoding="utf-8")
    second = text.index("  - name:", text.index("  - name:") + 1)
    units.write_text(text[:second] + "\t" + text[second + 2:], encoding="utf-8")
    row = text.count("\n", 0, second) + 1
    checked = run(tracker, a, "check")
    said = checked.out + checked.err
    assert f"units.yaml:{row}:1: error: " in said and "制表符（Tab）" in said, said


def _note_in_editor(repo: Path, editor_writes: bytes, tmp_path: Path) -> tuple[int, str]:
    """`tracker note REF` at a real terminal (a pseudo-terminal), with $EDITOR a program that
    saves `editor_writes` as the file, as Notepad does after Save As with another encoding."""
    import os
    import pty
    import subprocess
    import sys

    saved = tmp_path / "saved.bin"
    saved.write_bytes(editor_writes)
    editor = tmp_path / "editor.py"
    editor.write_text(f"import shutil, sys\nshutil.copyfile({str(saved)!r}, sys.argv[1])\n",
                      encoding="utf-8")
    master, slave = pty.openpty()
    env = {**os.environ, "EDITOR": f"{sys.executable} {editor}", "PYTHONPATH": str(
        Path(__file__).resolve().parents[2]), "TRACKER_TODAY": TODAY}
    proc = subprocess.Popen([sys.executable, "-m", "tracker", "--repo", str(repo), "note", "p/T2"],
                            stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return proc.wait(timeout=60), out.decode("utf-8", "replace")


def test_a_note_saved_from_notepad_as_unicode_or_ansi_is_read_or_refused_in_words(
        tmp_path: Path, tracker) -> None:
    """`tracker note` opens $EDITOR (Notepad on Windows); saved as "Unicode" (UTF-16) or
    "ANSI" (GBK) it ended in '内部错误' and a traceback in last-error.log."""
    import codecs

    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    head = git(a, "rev-parse", "HEAD")
    code, out = _note_in_editor(a, "已完成摸底\r\n第二行\r\n".encode("gbk"), tmp_path)
    assert code == 1 and "内部错误" not in out and "GBK" in out, out
    assert git(a, "rev-parse", "HEAD") == head
    code, out = _note_in_editor(a, codecs.BOM_UTF16_LE + "已完成摸底\r\n第二行\r\n"
                                .encode("utf-16-le"), tmp_path)
    assert code == 0, out
    text = (a / "plans" / "p.yaml").read_text(encoding="utf-8")
    assert "        text: |-\n          已完成摸底\n          第二行\n" in text, text


def test_commit_of_an_explorer_copy_says_it_is_a_copy(tmp_path: Path, tracker) -> None:
    """Explorer's Ctrl+C, Ctrl+V leaves `p - 副本.yaml` beside p.yaml. sync asks for tracker
    commit, which refused it only as '计划 id“p”与文件名“p - 副本.yaml”不一致' (renaming the id
    would make it a second plan), never saying it is a copy, as check and list do."""
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    (a / "plans" / "p - 副本.yaml").write_bytes((a / "plans" / "p.yaml").read_bytes())
    refused = run(tracker, a, "commit")
    assert refused.code == 1
    assert "plans/p - 副本.yaml:2:5: error: 计划 id“p”属于 plans/p.yaml，这个文件像是它的副本" \
        in refused.err, refused.err


def test_a_plan_named_by_its_windows_path_is_found(tmp_path: Path, tracker) -> None:
    """cmd and PowerShell complete a file name as `.\\plans\\p.yaml`; `log` and `fmt` took
    the backslashes for part of the name ('找不到计划“plans\\p.yaml”')."""
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    assert run(tracker, a, "set", "p/T1", "status=doing").code == 0
    expected = run(tracker, a, "log", "p").out
    assert "p/T1" in expected
    for typed in ("plans\\p.yaml", ".\\plans\\p.yaml", "./plans/p.yaml"):
        shown = run(tracker, a, "log", typed)
        assert shown.code == 0 and shown.out == expected, (typed, shown.err)
        checked = run(tracker, a, "fmt", "--check", typed)
        assert "找不到" not in checked.err, (typed, checked.err)
    inside = tracker("--today", TODAY, "log", ".\\p.yaml", cwd=a / "plans")
    assert inside.code == 0 and inside.out == expected, inside.err
    units = run(tracker, a, "log", ".\\units.yaml")
    assert units.code == 0 and units.out == run(tracker, a, "log", "units.yaml").out, units.err


def _open_in_excel(target: Path):  # type: ignore[no-untyped-def]
    """What Windows answers when a program writes a file Excel or WPS holds open: a
    PermissionError (errno 13) whose winerror is 32, a sharing violation."""
    real = Path.write_bytes

    def write_bytes(self: Path, data: bytes) -> int:
        if self.resolve() == target.resolve():
            exc = PermissionError(13, "The process cannot access the file because it is being "
                                      "used by another process", str(self))
            exc.winerror = 32  # type: ignore[attr-defined]
            raise exc
        return real(self, data)

    return write_bytes


def test_writing_a_sheet_open_in_excel_says_to_close_it(tmp_path: Path, tracker,
                                                        monkeypatch) -> None:
    """`export -o 台账.xlsx` while the last one is open in Excel or WPS said '没有权限', and
    the clerk, who has every permission, went looking for the wrong thing."""
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    sheet = a / "台账.xlsx"
    monkeypatch.setattr(Path, "write_bytes", _open_in_excel(sheet))
    refused = run(tracker, a, "export", "-o", str(sheet))
    assert refused.code == 1
    assert "正被其他程序打开" in refused.err and "没有权限" not in refused.err, refused.err
    english = run(tracker, a, "--lang", "en", "export", "-o", str(sheet))
    assert "open in another program" in english.err, english.err


def test_an_escaping_sharing_violation_is_said_as_a_file_open_elsewhere(capsys) -> None:
    """Any write the commands do not catch themselves ends in the one-line environment error;
    a sharing violation there said '没有权限读写 …：请检查这个文件和它所在文件夹的权限'."""
    from tracker.cli.errors import exit_code

    exc = PermissionError(13, "The process cannot access the file", "台账.xlsx")
    exc.winerror = 32  # type: ignore[attr-defined]
    assert exit_code(exc, lambda: "zh", None) == 1
    said = capsys.readouterr().err
    assert said == "无法写入 台账.xlsx：文件正被其他程序打开（如 Excel、WPS、Word）：关闭它后再试\n", said


def test_an_invisible_character_in_the_indentation_is_named(tmp_path: Path, tracker) -> None:
    """Lines copied from Word, WPS or a web page into Notepad indent with no-break spaces
    (U+00A0); two files joined with copy /b leave a BOM (U+FEFF) at a line's start. Both look
    like spaces or nothing, and were reported only as a bad indent or '这里不能再出现“键: 值”'."""
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    text = (a / "plans" / "p.yaml").read_text(encoding="utf-8")
    for odd, named in (("\u00a0" * 4, "U+00A0"), ("\ufeff    ", "U+FEFF")):
        (a / "plans" / "p.yaml").write_text(text.replace("    status: todo", odd + "status: todo", 1),
                                            encoding="utf-8")
        row = text[:text.index("    status: todo")].count("\n") + 1
        checked = run(tracker, a, "check")
        assert f"plans/p.yaml:{row}:1: error: " in checked.out and named in checked.out, checked.out


def test_a_temporary_file_left_by_a_killed_save_is_not_committed(tmp_path: Path,
                                                                  tracker) -> None:
    """A save killed half-way (the machine switched off) leaves `.p.yaml.<random>.tmp` in
    plans/ for ten minutes before it is cleared; meanwhile sync asked to commit it first, and
    tracker commit put it into the shared history as a file beside the plans."""
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    (a / "plans" / ".p.yaml.0123456789ab.tmp").write_bytes(b"half a plan")
    assert run(tracker, a, "sync").code == 0
    assert run(tracker, a, "commit").out.strip() == "计划没有未提交的修改"


def test_a_plan_saved_as_a_word_or_wps_document_is_named_so(tmp_path: Path, tracker) -> None:
    """Opened in WPS or Word and saved in their own format under the same name, a plan is a
    .docx (a zip) or an old .doc/.wps (OLE) file: check said '文件不是 UTF-8 编码' at 1:13."""
    import io
    import zipfile

    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document>测试方案</w:document>")
    for raw in (buf.getvalue(), b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504,
                "{\\rtf1\\ansi 测试方案}".encode("gbk")):
        (a / "plans" / "p.yaml").write_bytes(raw)
        checked = run(tracker, a, "check")
        assert "plans/p.yaml:1:1: error: 文件是 Word、WPS 或 Excel 的文档，不是纯文本" in checked.out, \
            checked.out


def test_a_file_named_plans_where_the_folder_should_be_is_said(tmp_path: Path, tracker) -> None:
    """A file called plans (a copy or a download that took the folder's place) was taken for
    an empty repository: check said '0 个计划文件，0 个错误' and import failed with '内部错误'."""
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    git(a, "rm", "-rq", "plans")
    (a / "plans").write_text("p.yaml\n", encoding="utf-8")
    checked = run(tracker, a, "check")
    assert checked.code == 1 and "plans: error: plans 是一个文件，不是文件夹" in checked.out, checked
    listed = run(tracker, a, "list")
    assert "plans 是一个文件，不是文件夹" in listed.err, listed
    doc = tmp_path / "方案.txt"
    doc.write_text("# 测试方案\n一、重点任务\n（一）开展摸底。5月底前完成。\n", encoding="utf-8")
    imported = run(tracker, a, "import", str(doc))
    assert imported.code == 1 and "内部错误" not in imported.err
    assert "plans 是一个文件，不是文件夹" in imported.err, imported
    assert (a / "plans").read_text(encoding="utf-8") == "p.yaml\n"


def test_a_folder_called_units_yaml_is_said_not_an_internal_error(tmp_path: Path,
                                                                  tracker) -> None:
    """A folder named units.yaml (Explorer's 新建文件夹, renamed) ended every command in
    '内部错误' (IsADirectoryError); the plans are still read, the folder is named."""
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    (a / "units.yaml").unlink()
    (a / "units.yaml").mkdir()
    checked = run(tracker, a, "check")
    said = checked.out + checked.err
    assert checked.code == 1 and "内部错误" not in said
    assert "units.yaml: error: 无法读取文件：这是一个文件夹" in said, said
    listed = run(tracker, a, "list")
    assert listed.code == 0 and "p/T1" in listed.out, listed
    assert "units.yaml 有错误，本次按没有这个文件处理" in listed.err, listed.err


def test_a_note_piped_in_the_consoles_own_gbk_is_read(demo_repo: Path) -> None:
    """On a Chinese Windows machine cmd's pipes carry the ANSI code page (GBK): `echo 已完成摸底
    | tracker note T3` was refused as not UTF-8, though GBK is what that console speaks (Python
    reports it as standard input's encoding; PYTHONIOENCODING plays that console here)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "gbk", "TRACKER_USER": "王某",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.run([sys.executable, "-m", "tracker", "--repo", str(demo_repo), "--today", TODAY,
                           "note", "clean-heating-2026/T3", "-"], input="全县累计安装2300户\r\n".encode("gbk"),
                          capture_output=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr.decode("gbk", "replace")
    text = (demo_repo / "plans" / "clean-heating-2026.yaml").read_text(encoding="utf-8")
    assert "        text: 全县累计安装2300户\n" in text
    # on a UTF-8 console the same bytes are still refused in words (test_qa_round)


def test_one_pasted_crlf_line_does_not_spread_crlf_through_an_lf_plan(tmp_path: Path,
                                                                      tracker) -> None:
    """A line pasted from a Windows program may bring its CRLF into an LF plan; every line
    the tool wrote after that (a note, a new task, a field) came out with CRLF, so one pasted
    line grew into a file of mixed line ends. The file's own line end is what most lines have."""
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    edit(a, "title: 测试方案\n", "title: 测试方案\r\n")
    git(a, "commit", "-qam", "pasted")
    assert run(tracker, a, "note", "p/T1", "第一行\n第二行").code == 0
    assert run(tracker, a, "add", "p", "新任务", "--new-unit", "--lead", "城关镇").code == 0
    assert run(tracker, a, "set", "p/T2", "detail=甲\n乙").code == 0
    raw = (a / "plans" / "p.yaml").read_bytes()
    assert raw.count(b"\r\n") == 1, raw.decode()


def test_import_add_units_keeps_a_notepad_units_yaml_as_it_was_written(tmp_path: Path,
                                                                       tracker) -> None:
    """`import --add-units` rewrote a units.yaml saved by Notepad (a BOM, CRLF): every line
    came back LF, and with the BOM before `units:` the key was not found, so a second
    `units:` was appended and units.yaml broke ('键“units”重复')."""
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    before = "\ufeffunits:\r\n  - name: 城关镇\r\n  - name: 县财政局\r\ngroups:\r\n  各乡镇: [城关镇]\r\n"
    (a / "units.yaml").write_bytes(before.encode("utf-8"))
    doc = tmp_path / "方案.txt"
    doc.write_text("测试方案\n\n一、重点任务\n（一）开展摸底。牵头单位：县新设局。5月底前完成。\n",
                   encoding="utf-8")
    imported = run(tracker, a, "import", str(doc), "--add-units")
    assert imported.code == 0, imported.err
    after = (a / "units.yaml").read_bytes().decode("utf-8")
    assert after == before.replace("  - name: 县财政局\r\n", "  - name: 县财政局\r\n  - name: 县新设局\r\n")
    assert "[duplicate-key]" not in run(tracker, a, "check").out


def test_help_speaks_the_language_of_a_notepad_tracker_yaml(tmp_path: Path, tracker) -> None:
    """Help and usage errors read the language from tracker.yaml's lines before anything else
    loads; Notepad's BOM before a first line `language: en` (or the value quoted) hid it, and
    an English office got Chinese help while every command answered in English."""
    a, _ = two_offices(tmp_path, tracker, {"p": PLAN})
    settings = a / "tracker.yaml"
    for first in ("language: en", 'language: "en"'):
        rest = "".join(ln for ln in settings.read_text(encoding="utf-8").splitlines(keepends=True)
                       if not ln.startswith(("\ufeff", "language:")))
        settings.write_bytes(b"\xef\xbb\xbf" + (first + "\n" + rest).replace("\n", "\r\n").encode())
        shown = tracker("--help", cwd=a)
        assert shown.out.startswith("Usage:"), (first, shown.out[:80])


def test_a_note_file_ending_in_ctrl_z_is_read_without_it(demo_repo: Path, tracker,
                                                         monkeypatch) -> None:
    """A report file joined with copy /b, or written by an old program, ends in Ctrl-Z, DOS's
    end-of-file mark; piped in (`type 进展.txt | tracker note T3 -`) it was refused as
    '含有控制字符 \\x1a（常见于从网页或终端复制的文字）'. The mark is no part of the text."""
    import io
    import sys

    class Piped(io.BytesIO):
        def isatty(self) -> bool:
            return False

    stdin = io.TextIOWrapper(Piped("全县累计安装2300户\r\n第二行\r\n\x1a".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    saved = tracker("--repo", str(demo_repo), "--today", TODAY, "note", "clean-heating-2026/T3", "-")
    assert saved.code == 0, saved.err
    text = (demo_repo / "plans" / "clean-heating-2026.yaml").read_text(encoding="utf-8")
    assert "          全县累计安装2300户\n          第二行\n" in text and "\\x1a" not in text
