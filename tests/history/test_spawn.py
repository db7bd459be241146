"""tracker.history.spawn runs git as subprocess.run did, without importing subprocess: both
outputs read whole at once, input written while the child reads, the directory given, a
signal's death reported as a negative code, the signals a child expects at their defaults."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.history import spawn

ENV = dict(os.environ)


def _alias(command: str) -> list[str]:
    """git running `command` through the shell, as a git alias does."""
    return ["git", "-c", f"alias.x=!{command}", "x"]


@pytest.fixture(autouse=True)
def _no_hang():
    """A deadlocked pipe fails the test instead of stopping the suite."""
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("spawn.run did not finish"))
    signal.alarm(30)
    yield
    signal.alarm(0)


def test_both_outputs_far_past_a_pipe_buffer_are_read_whole(tmp_path: Path) -> None:
    # 1 MB to stderr first, then 1 MB to stdout: reading one stream to its end before the
    # other would wait forever on the child blocked writing the other
    script = tmp_path / "noisy.py"
    script.write_text("import sys\nsys.stderr.write('e' * 1_000_000)\nsys.stderr.flush()\n"
                      "sys.stdout.write('o' * 1_000_000)\n", encoding="utf-8")
    done = spawn.run(_alias(f"{sys.executable} {script}"), tmp_path, ENV)
    assert done.returncode == 0
    assert done.stdout == b"o" * 1_000_000 and done.stderr == b"e" * 1_000_000


def test_input_is_written_while_the_output_is_read(tmp_path: Path) -> None:
    data = os.urandom(3_000_000)
    cat = spawn.run(_alias("cat; echo done >&2"), tmp_path, ENV, input=data)
    assert (cat.returncode, cat.stdout, cat.stderr) == (0, data, b"done\n")
    empty = spawn.run(_alias("cat"), tmp_path, ENV, input=b"")
    assert (empty.returncode, empty.stdout) == (0, b"")


def test_a_child_that_does_not_read_its_input_is_not_an_error(tmp_path: Path) -> None:
    done = spawn.run(_alias("echo ignored"), tmp_path, ENV, input=os.urandom(2_000_000))
    assert (done.returncode, done.stdout) == (0, b"ignored\n")


def test_the_directory_exit_code_and_a_signal_death(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    top = spawn.run(["git", "rev-parse", "--show-toplevel"], tmp_path, ENV)
    assert Path(top.stdout.decode().strip()).resolve() == tmp_path.resolve()
    assert spawn.run(_alias("exit 3"), tmp_path, ENV).returncode == 3
    killed = spawn.run(_alias("kill -9 $PPID; sleep 5"), tmp_path, ENV)
    assert killed.returncode == -signal.SIGKILL


def test_the_child_gets_the_signal_dispositions_subprocess_gives(tmp_path: Path) -> None:
    # Python ignores SIGPIPE; a git that inherited that would write on into a closed pipe
    show = "grep -E '^SigIgn' /proc/$$/status"

    def classic(status: bytes) -> dict[bytes, int]:
        """Each mask over signals 1-31 (32 and 33 are the C library's own, not a program's)."""
        return {line.split(b":")[0]: int(line.split()[1], 16) & 0x7FFFFFFF
                for line in status.splitlines()}

    ours = classic(spawn.run(_alias(show), tmp_path, ENV).stdout)
    theirs = classic(subprocess.run(_alias(show), cwd=tmp_path, capture_output=True).stdout)
    assert ours == theirs and set(ours) == {b"SigIgn"}
    for sig in (signal.SIGPIPE, signal.SIGXFSZ):
        assert not ours[b"SigIgn"] & (1 << (sig - 1))


def test_a_program_not_on_the_path_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        spawn.run(["git", "status"], tmp_path, {**ENV, "PATH": str(tmp_path)})
    # nothing of the failed start is left open
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(20):
        with pytest.raises(FileNotFoundError):
            spawn.run(["git", "status"], tmp_path, {**ENV, "PATH": str(tmp_path)})
    assert len(os.listdir("/proc/self/fd")) == before
