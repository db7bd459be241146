"""The counter on stderr for slow work: on a terminal only, erased when done, never in a pipe."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT, TODAY, git, make_repo
from tracker import progress

TRACKER = str(Path(sys.executable).with_name("tracker"))


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    monkeypatch.setenv("TRACKER_PROGRESS_AFTER", "0")
    out = io.StringIO()
    progress.enable(lambda: "zh", out)
    yield out
    progress.disable()


def test_counter_draws_then_erases_itself(screen: io.StringIO) -> None:
    with progress.counting("读取历史", "reading history", 3) as counter:
        counter.tick()
    drawn = screen.getvalue()
    assert drawn.startswith("\r读取历史 1/3")
    # erased with as many blanks as it took columns (a Chinese character takes two)
    assert drawn.endswith("\r" + " " * len("读取历史 1/3".encode("gbk")) + "\r")


def test_counter_speaks_the_users_language(screen: io.StringIO) -> None:
    progress.enable(lambda: "en", screen)
    with progress.counting("读取历史", "reading history", 2) as counter:
        counter.tick()
    assert "reading history 1/2" in screen.getvalue()


def test_counter_waits_before_it_appears(screen: io.StringIO,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_PROGRESS_AFTER", "60")
    with progress.counting("读取历史", "reading history", 2) as counter:
        counter.tick()
        counter.tick()
    assert screen.getvalue() == ""  # quick work leaves the terminal untouched


def test_counter_off_writes_nothing(monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TRACKER_PROGRESS_AFTER", "0")
    progress.disable()
    with progress.counting("读取历史", "reading history", 2) as counter:
        counter.tick()
    assert counter.done == 1
    assert capsys.readouterr().err == ""


def _history_repo(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "office", demo=True)
    for i in range(3):  # a few commits for the history walk to read
        subprocess.run([TRACKER, "--repo", str(root), "--today", TODAY, "set", "rural-sewage-2026/T1",
                        f"progress={10 + i}"], check=True, capture_output=True)
    git(root, "rev-parse", "HEAD")
    return root


def _cold(root: Path) -> None:
    for cache in (root / ".git" / "tracker").glob("*.cache"):
        cache.unlink()


def _env() -> dict[str, str]:
    return {**os.environ, "TRACKER_PROGRESS_AFTER": "0", "TRACKER_USER": "测试员"}


def _on_a_terminal(cmd: list[str]) -> tuple[int, bytes, bytes]:
    """Run with stderr on a real terminal (a pty): (exit code, stdout, what the terminal got)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=follower, env=_env())
    os.close(follower)
    seen = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the process has ended
            break
        if not chunk:
            break
        seen += chunk
    out, _ = proc.communicate(timeout=60)
    os.close(leader)
    return proc.returncode, out, seen


def test_summary_on_a_terminal_shows_the_counter_and_the_same_report(tmp_path: Path) -> None:
    """The counter appears on the terminal, never in a pipe; stdout is the same."""
    root = _history_repo(tmp_path)
    cmd = [TRACKER, "--repo", str(root), "--today", TODAY, "summary"]
    _cold(root)
    piped = subprocess.run(cmd, capture_output=True, env=_env())
    assert piped.returncode == 0
    assert "读取" not in piped.stderr.decode()  # never in a pipe
    _cold(root)
    code, out, seen = _on_a_terminal(cmd)
    assert code == 0
    assert "读取历史".encode() in seen and "读取计划".encode() in seen
    assert seen.endswith(b"\r")  # erased: the prompt comes back on a clean line
    assert out == piped.stdout


def test_a_cold_list_on_both_cores_counts_plans_once(tmp_path: Path) -> None:
    """Enough plans to parse in forked children: only this process draws, in English here."""
    root = make_repo(tmp_path / "office", demo=True)
    body = (PROJECT / "plans" / "rural-sewage-2026.yaml").read_text(encoding="utf-8")
    for i in range(200):  # > 2 MB in all, so the parse is spread over the cores
        (root / "plans" / f"copy-{i:03d}.yaml").write_text(
            body.replace("id: rural-sewage-2026", f"id: copy-{i:03d}", 1) + "#" * 10_000 + "\n",
            encoding="utf-8")
    cmd = [TRACKER, "--repo", str(root), "--today", TODAY, "--lang", "en", "list"]
    piped = subprocess.run(cmd, capture_output=True, env=_env())
    _cold(root)
    code, out, seen = _on_a_terminal(cmd)
    assert code == 0 and out == piped.stdout
    drawn = seen.decode()
    assert "reading plans" in drawn
    assert drawn.count("/203") == drawn.count("reading plans")  # one counter, one total
