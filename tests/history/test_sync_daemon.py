"""Many offices at once: clones of one repository served by a real `git daemon` on 127.0.0.1
edit and run `tracker sync` concurrently, each retrying when its push is rejected. At the end
every clone holds every edit and `tracker log` lists each one under its author.

Bounded: three offices, three rounds each, a time limit on every process and on the whole."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import TODAY, git, make_repo

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

PLAN = """\
id: p
title: 多单位协同方案
year: 2026
tasks:
  - id: T1
    title: 摸底
    owners: [城关镇]
    status: todo
  - id: T2
    title: 采购
    owners: [河西乡]
    status: todo
  - id: T3
    title: 验收
    owners: [北山乡]
    status: todo
"""
OFFICES, ROUNDS = 3, 3
CODE = "from tracker.cli import main; main()"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def daemon(tmp_path: Path):
    """A bare repository behind `git daemon` on loopback; yields its git:// URL."""
    base = tmp_path / "served"
    base.mkdir()
    git(base, "init", "-q", "--bare", "plans.git")
    port = free_port()
    proc = subprocess.Popen(
        ["git", "daemon", "--export-all", "--enable=receive-pack", "--reuseaddr",
         f"--base-path={base}", "--listen=127.0.0.1", f"--port={port}", str(base)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"git://127.0.0.1:{port}/plans.git"
    deadline = time.monotonic() + 10
    while subprocess.run(["git", "ls-remote", url], capture_output=True).returncode != 0:
        assert time.monotonic() < deadline, "git daemon did not start"
        time.sleep(0.1)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def tracker(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CODE, "--repo", str(root), "--today", TODAY,
                           *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "GIT_TERMINAL_PROMPT": "0"})


def sync_until_done(root: Path, who: str, deadline: float) -> int:
    """`tracker sync` as a clerk runs it: again when the push lost a race. Returns tries."""
    tries = 0
    while True:
        tries += 1
        done = tracker(root, "--by", who, "sync")
        if done.returncode == 0:
            return tries
        assert "再运行一次 tracker sync" in done.stderr or "无法推送" in done.stderr, done.stderr
        assert time.monotonic() < deadline, f"{who} could not sync: {done.stderr}"
        time.sleep(0.05)


@pytest.mark.slow
def test_offices_syncing_at_once_end_with_every_edit(tmp_path: Path, daemon: str) -> None:
    first = make_repo(tmp_path / "office0", {"p": PLAN})
    git(first, "remote", "add", "origin", daemon)
    assert tracker(first, "sync").returncode == 0
    offices = [first] + [tmp_path / f"office{k}" for k in range(1, OFFICES)]
    for root in offices[1:]:
        git(tmp_path, "clone", "-q", daemon, str(root))
    deadline = time.monotonic() + 180
    errors: list[BaseException] = []
    tries: list[int] = []

    def office(k: int) -> None:
        root, who = offices[k], f"办事员{k}"
        try:
            for r in range(ROUNDS):
                note = tracker(root, "--by", who, "note", "p/T1", f"第{r}轮：{who}报送进展")
                assert note.returncode == 0, note.stderr
                mine = tracker(root, "--by", who, "set", f"p/T{k + 1}", f"progress={10 * (r + 1)}")
                assert mine.returncode == 0, mine.stderr
                tries.append(sync_until_done(root, who, deadline))
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=office, args=(k,)) for k in range(OFFICES)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=240)
    assert not errors, errors[0]
    assert len(tries) == OFFICES * ROUNDS
    for _ in range(2):  # a last round, twice, so everyone has everything
        for root in offices:
            sync_until_done(root, "收尾", deadline)
    assert len({git(root, "rev-parse", "HEAD") for root in offices}) == 1
    expected = {(f"办事员{k}", f"第{r}轮：办事员{k}报送进展") for k in range(OFFICES)
                for r in range(ROUNDS)}
    for root in offices:
        shown = json.loads(tracker(root, "show", "p/T1", "--format", "json").stdout)
        texts = [u["text"] for u in shown["updates"]]
        assert sorted(texts) == sorted(text for _, text in expected), root
        rows = json.loads(tracker(root, "log", "--format", "json").stdout)
        notes = {(r["author"], r["new"]["text"]) for r in rows
                 if r["field"] == "updates" and r["op"] == "added"}
        assert notes == expected, root
        progress = {(r["author"], r["ref"], r["new"]) for r in rows if r["field"] == "progress"}
        assert progress == {(f"办事员{k}", f"p/T{k + 1}", 10 * (r + 1)) for k in range(OFFICES)
                            for r in range(ROUNDS)}
