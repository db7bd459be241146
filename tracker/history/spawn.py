"""Starting git without the subprocess module.

`tracker set` starts one git process, and importing subprocess (with the signal, threading,
selectors and locale modules it pulls in) cost it about a tenth of its instructions: ~17 M of
~177 M, more than the git commit itself takes. `run` does what `subprocess.run(argv, cwd=…,
env=…, input=…, capture_output=True)` does for git, with os.posix_spawn and a poll loop:

- the child's stdout and stderr are pipes read to their end, both at once, so a hook that
  writes much to one of them cannot stall on a full pipe while the other is read;
- `input` (when given) is written to its stdin as it reads; otherwise stdin is inherited;
- SIGPIPE and SIGXFSZ are back at their defaults in the child, as subprocess sets them
  (Python ignores SIGPIPE, and a git that inherited that would not stop on a closed pipe);
- the program is looked up on the PATH in `env`, as subprocess does;
- the working directory is given to git as `-C <dir>`, which git applies before anything
  else (posix_spawn cannot change directory before Python 3.13);
- the exit code is negative when a signal killed the child, as subprocess reports it;
- an exception while waiting (Ctrl-C) kills the child and reaps it before it propagates.

Where posix_spawn does not exist (Windows), subprocess does it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from tracker.structs import Struct

_CHUNK = 65536


class Completed(Struct, frozen=True):
    """What subprocess.CompletedProcess holds, for the attributes git's callers read."""

    args: list[str]
    returncode: int
    stdout: bytes
    stderr: bytes


def run(argv: list[str], cwd: Path, env: Mapping[str, str],
        input: bytes | None = None) -> Completed:
    """Run `argv` (argv[0] looked up on the PATH in `env`) in `cwd` and wait for it; FileNotFoundError
    when argv[0] is not found. argv[0] must accept `-C <dir>` right after it, as git does."""
    full = [argv[0], "-C", str(cwd), *argv[1:]]
    if not hasattr(os, "posix_spawn"):  # pragma: no cover - Windows
        import subprocess

        proc = subprocess.run(argv, cwd=cwd, env=dict(env), input=input, capture_output=True,
                              check=False)
        return Completed(argv, proc.returncode, proc.stdout, proc.stderr)
    from _signal import SIGKILL, SIGPIPE, SIGXFSZ

    ours: list[int] = []  # every descriptor this call opened and has not closed yet
    try:
        out_r, out_w = _pipe(ours)
        err_r, err_w = _pipe(ours)
        actions = [(os.POSIX_SPAWN_DUP2, out_w, 1), (os.POSIX_SPAWN_DUP2, err_w, 2)]
        in_w = -1
        if input is not None:
            in_r, in_w = _pipe(ours)
            actions.append((os.POSIX_SPAWN_DUP2, in_r, 0))
        pid = os.posix_spawn(_found(argv[0], env), full, env, file_actions=actions,
                             setsigdef=(SIGPIPE, SIGXFSZ))
        for fd in (out_w, err_w) + ((in_r,) if input is not None else ()):
            _close(fd, ours)
        try:
            out, err = _communicate(out_r, err_r, in_w, input or b"", ours)
        except BaseException:
            os.kill(pid, SIGKILL)
            os.waitpid(pid, 0)
            raise
        _, status = os.waitpid(pid, 0)
        return Completed(argv, os.waitstatus_to_exitcode(status), out, err)
    finally:
        for fd in ours:
            os.close(fd)


def _found(name: str, env: Mapping[str, str]) -> str:
    """`name` on the PATH the child is given (as subprocess looks it up, not this process's)."""
    for folder in os.get_exec_path(env):
        path = os.path.join(folder, name)
        if os.access(path, os.X_OK) and not os.path.isdir(path):
            return path
    raise FileNotFoundError(2, "No such file or directory", name)


def _pipe(ours: list[int]) -> tuple[int, int]:
    r, w = os.pipe()  # both close on exec: the child gets only what the actions dup
    ours += (r, w)
    return r, w


def _close(fd: int, ours: list[int]) -> None:
    ours.remove(fd)
    os.close(fd)


def _communicate(out_r: int, err_r: int, in_w: int, data: bytes,
                 ours: list[int]) -> tuple[bytes, bytes]:
    """Both outputs read to their end while `data` is written to `in_w` (-1: none)."""
    from select import POLLERR, POLLHUP, POLLIN, POLLOUT, poll

    chunks: dict[int, list[bytes]] = {out_r: [], err_r: []}
    poller = poll()
    for fd in chunks:
        poller.register(fd, POLLIN)
    offset = 0
    if in_w >= 0:
        if data:
            os.set_blocking(in_w, False)
            poller.register(in_w, POLLOUT)
        else:
            _close(in_w, ours)
    open_fds = len(chunks) + (1 if in_w >= 0 and data else 0)
    while open_fds:
        for fd, event in poller.poll():
            if fd == in_w:
                try:
                    offset += os.write(in_w, data[offset:offset + _CHUNK])
                except BlockingIOError:
                    continue
                except BrokenPipeError:  # the child stopped reading: what it said is kept
                    offset = len(data)
                if offset >= len(data) or event & (POLLERR | POLLHUP):
                    poller.unregister(in_w)
                    _close(in_w, ours)
                    open_fds -= 1
                continue
            block = os.read(fd, _CHUNK)
            if block:
                chunks[fd].append(block)
            else:
                poller.unregister(fd)
                open_fds -= 1
    return b"".join(chunks[out_r]), b"".join(chunks[err_r])
