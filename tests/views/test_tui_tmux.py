"""`tracker tui` in a real terminal: tmux runs it, send-keys types, capture-pane reads the screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tracker import demo

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (apt-get install tmux)"),
]


class Terminal:
    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.socket = f"tracker-test-{uuid.uuid4().hex[:8]}"
        self.env = env
        self.tmux("-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "120", "-y", "36",
                  *command)
        # without a client tmux may fall back to 80x24 (seen under pytest-xdist): pin the size
        self.tmux("set-option", "-t", "t", "window-size", "manual")
        self.tmux("resize-window", "-t", "t", "-x", "120", "-y", "36")

    def tmux(self, *args: str) -> str:
        proc = subprocess.run(["tmux", "-L", self.socket, *args], env=self.env,
                              capture_output=True, text=True, timeout=20, check=False)
        return proc.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "t")

    def wait_for(self, *words: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = self.screen()
            if all(w in text for w in words):
                return text
            time.sleep(0.2)
        raise AssertionError(f"{words} not on screen after {timeout}s:\n{text}")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "t", *keys)

    def type(self, text: str) -> None:
        """Literal text (Chinese included), as a person types it."""
        self.tmux("send-keys", "-t", "t", "-l", text)

    def close(self) -> None:
        self.tmux("kill-server")


def tracker_command() -> list[str]:
    script = Path(sys.executable).parent / "tracker"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from tracker.cli import main; main()"]


def test_tui_in_a_real_terminal(tmp_path):
    root = demo.create(tmp_path / "demo")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    for name in ("TMUX", "COLUMNS", "LINES"):  # a size in the environment overrides the pane's
        env.pop(name, None)
    # Textual draws to stderr in tmux: leave it on the terminal (NOTES.md)
    term = Terminal([*tracker_command(), "--repo", str(root), "--today", "2026-11-23", "tui"], env)
    try:
        board = term.wait_for("看板", "推进中", "入户安装清洁取暖设备")
        assert "县能源局" in board and "逾期39天" in board
        term.keys("t")
        timeline = term.wait_for("时间轴", "刻度")
        assert "冬季清洁取暖改造工作实施方案" in timeline and "T3 入户安装清洁取暖设备" in timeline
        term.keys("a")
        table = term.wait_for("责任单位", "最近更新", "北山乡")
        assert "城关镇" in table and "县能源局" in table
        term.keys("q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and "最近更新" in term.screen():
            time.sleep(0.2)
    finally:
        term.close()


def test_a_days_work_in_a_real_terminal(tmp_path):
    """Open, filter, move a card, a refused move, a multi-line update, undo, help."""
    from tests.conftest import git

    root = demo.create(tmp_path / "demo")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    for name in ("TMUX", "COLUMNS", "LINES"):
        env.pop(name, None)
    before = int(git(root, "rev-list", "--count", "HEAD"))
    term = Terminal([*tracker_command(), "--repo", str(root), "--today", "2026-11-23", "tui"], env)
    try:
        term.wait_for("看板", "推进中", "入户安装清洁取暖设备")
        term.keys("/")  # filter
        term.wait_for("筛选（与 tracker list 相同")
        term.type("overdue")
        term.keys("Enter")
        term.wait_for("筛选：overdue")
        term.keys("]")  # the focused card (推进中, late) -> 受阻
        term.wait_for("已保存并提交", "受阻 2")
        term.keys("/")
        term.wait_for("筛选（与 tracker list 相同")
        term.keys("C-u", "Enter")  # clear the filter
        term.wait_for("已完成 3")
        term.keys("Right")  # to 已完成: its first card has no verified_by
        time.sleep(0.5)
        term.keys("]")
        screen = term.wait_for("未保存", "verified_by")
        assert "已销号 1" in screen  # the card went back
        term.keys("Enter")  # its detail
        term.wait_for("进展情况", "标题")
        time.sleep(1)  # the form mounted and focused
        term.keys("F3")
        time.sleep(0.5)
        term.type("第一行")
        term.keys("Enter")
        term.type("第二行")
        term.keys("C-s")
        term.wait_for("已保存并提交")
        term.keys("Escape")
        time.sleep(1)  # tmux waits escape-time before it passes a lone Esc on
        term.wait_for("看板", "未启动")
        term.keys("u")
        term.wait_for("撤销最近一次修改", "update: 第一行")
        term.keys("Enter")
        term.wait_for("已撤销")
        term.keys("?")
        term.wait_for("各视图的用途", "按键")
        term.keys("Escape")
        time.sleep(1)
        term.keys("q")
    finally:
        term.close()
    after = int(git(root, "rev-list", "--count", "HEAD"))
    assert after == before + 3  # the move, the update, its undo
    assert "undo: " in git(root, "log", "-1", "--format=%s")

