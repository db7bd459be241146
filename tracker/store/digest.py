"""SHA-1, the one hash every blob id and cache file name uses.

`hashlib` loads OpenSSL to give it: ~12 M instructions (3 ms) at the start of every command,
most of which hash nothing (a warm `list` trusts the files' stat). CPython's own SHA-1 module
is the one `hashlib` itself falls back to without OpenSSL and gives the same digests; it is
used when present. Speed over big inputs hardly matters here: a plan file is tens of KB."""

from __future__ import annotations

try:
    from _sha1 import sha1
except ImportError:  # another Python implementation
    from hashlib import sha1

__all__ = ["sha1"]
