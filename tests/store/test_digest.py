"""Blob ids are git's: the SHA-1 the store uses (CPython's own module, without OpenSSL) gives
the digests hashlib and `git hash-object` give, for empty, small and multi-block inputs."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from tracker.store import digest
from tracker.store.load import blob_id

SAMPLES = [b"", b"id: p\n", "任务：完成\r\n两行".encode(), bytes(range(256)) * 300]


@pytest.mark.parametrize("raw", SAMPLES, ids=["empty", "small", "crlf-chinese", "77kb"])
def test_digest_and_blob_id_agree_with_hashlib_and_git(raw: bytes) -> None:
    assert digest.sha1(raw).hexdigest() == hashlib.sha1(raw).hexdigest()
    assert blob_id(raw) == subprocess.run(["git", "hash-object", "--stdin"], input=raw,
                                          capture_output=True, check=True).stdout.decode().strip()


def test_a_warm_command_does_not_load_openssl_for_hashing() -> None:
    code = "import sys, tracker.store.load, tracker.history.pending; print('hashlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
