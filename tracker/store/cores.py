"""Work spread over the machine's cores: the first share in this process, each other share in
a forked child that sends its result back through a pipe.

A forked child starts as a copy of this process (every module already imported, nothing to
pickle on the way in) in a few milliseconds, where a process pool started a fresh worker and
imported the parser in it; and this process works on its own share instead of waiting.
A child that fails in any way only costs time: its share is then done here.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
from collections.abc import Callable, Sequence
from typing import TypeVar

from tracker import progress

T = TypeVar("T")
R = TypeVar("R")


def can_fork() -> bool:
    """Forking is safe only with no other thread running (one may hold a lock the child
    would wait for forever); the TUI loads in worker threads and keeps its process pool."""
    import threading

    return hasattr(os, "fork") and threading.active_count() == 1


def spread(work: Callable[[T], R], shares: Sequence[T]) -> list[tuple[R, bytes | None]]:
    """[(work(share), its pickle)] in order: shares[0] here, the rest in children. A child's
    pickle is the bytes that came through the pipe; this process pickles its own share while
    the children finish theirs (time it would otherwise spend waiting), so a caller that
    stores the results need not pickle any of them again. None where a share was redone
    here after its child failed."""
    enabled = gc.isenabled()
    gc.disable()  # tens of thousands of new objects that all live on; collecting finds none
    pending: list[tuple[int, int, T]] = []
    try:
        for share in shares[1:]:
            pending.append((*_fork(work, share), share))
        here = work(shares[0])
        out: list[tuple[R, bytes | None]] = [(here, pickle.dumps(here, protocol=pickle.HIGHEST_PROTOCOL))]
        while pending:
            pid, fd, share = pending.pop(0)
            out.append(_collect(pid, fd, work, share))
        return out
    finally:
        for pid, fd, _ in pending:  # only after an exception here: end them, leave no zombie
            os.close(fd)
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
        if enabled:
            gc.enable()


def _fork(work: Callable[[T], R], share: T) -> tuple[int, int]:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller's code
        code = 1
        try:
            progress.disable()  # only the parent draws a counter on the terminal
            os.close(read)
            data = pickle.dumps(work(share), protocol=pickle.HIGHEST_PROTOCOL)
            with open(write, "wb", closefd=True) as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    return pid, read


def _collect(pid: int, fd: int, work: Callable[[T], R], share: T) -> tuple[R, bytes | None]:
    try:
        with open(fd, "rb", closefd=True) as pipe:
            data = pipe.read()
    finally:
        _, status = os.waitpid(pid, 0)
    if status == 0:
        try:
            return pickle.loads(data), data
        except Exception:  # a truncated or garbled answer: do the share here
            pass
    return work(share), None
