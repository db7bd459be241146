"""The repository's write lock: one exclusive lock held around read → edit → write → commit.

On POSIX it is `flock` on the lock file, taken directly: filelock 4.x costs 50–90 ms to import
(its package pulls in logging, inspect, secrets and its own settings machinery), which was a
third of a whole `tracker set`. On Windows, where offices run the tool as often as on Linux
(and `fcntl` does not exist), it is filelock's, as before. Both lock an open file description:
two threads of one process (the TUI's worker and its main thread) each open the file and so
wait for each other as two processes do; the lock goes when the file is closed, also when the
process is killed, so a crash never leaves it behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def held(path: Path) -> Iterator[None]:
    """Hold the exclusive lock on `path` (created when missing), waiting as long as it takes."""
    fd = _flocked(path) if os.name != "nt" else None
    if fd is None:  # Windows, or a file system without flock (some network shares)
        from filelock import FileLock

        with FileLock(path):
            yield
        return
    try:
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _flocked(path: Path) -> int | None:
    """An open descriptor of `path` holding its flock; None when the file system has none."""
    import fcntl  # POSIX only: Windows never comes here

    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                same = os.fstat(fd).st_ino == os.stat(path).st_ino
            except FileNotFoundError:
                same = False
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOLCK):
                return None
            raise
        except BaseException:
            os.close(fd)
            raise
        if same:
            return fd
        os.close(fd)  # the file was removed or replaced while we waited: lock the new one
