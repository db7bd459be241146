"""The base of every value class (`Struct`, with `field` and `replace`): every module takes
them from here, never from msgspec, so a command can choose the implementation it can afford
before the first class is built.

msgspec's Struct is the one every command uses: fast to build and to unpickle in the numbers
a listing or a report reads (10,000 cached tasks). Its import is not free: with the `uuid`,
`platform`, `decimal` and schema modules it brings, about 50 M instructions of a `tracker set`
that takes 218 M (callgrind, 10,000 tasks) — more than the edit and its commit. `set` builds
a few dozen values, so the fast path asks for `plainstruct`'s Struct instead
(`prefer_plain()`, before anything else is imported): the same interface in plain Python,
pickled in the same form, so the caches either writes are read by the other. Setting
`TRACKER_STRUCTS=plain` makes every command use it: tests/core/test_plainstruct.py runs the
edit tests so (the whole suite passes so too), and compares the two classes directly.

For the same reason `set` does not import `typing` (12 M instructions): the modules on its
path write `TYPE_CHECKING = False` and import typing's names under `if TYPE_CHECKING:`, which
mypy reads as typing's own flag; the few run-time expressions that named a typing name (two
base classes, one alias) quote it. tests/core/test_plainstruct.py holds both to it.

msgspec reads type hints through typing_extensions when that is installed (textual brings
it), and typing_extensions imports `inspect`, `ast`, `dis`, `tokenize` and more. tracker never
has msgspec read a type hint (it builds, compares, replaces and pickles Structs; it decodes
nothing into a type), and msgspec falls back to `typing` when typing_extensions cannot be
imported. So msgspec is first imported with typing_extensions hidden, which is then unhidden
for whatever imports it later (textual, in the TUI). Should a msgspec release need
typing_extensions outright, that import fails and msgspec is imported plainly: slower, never
broken."""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:  # what the type checker sees either way: msgspec's own signatures
    from typing import Any

    from msgspec import Struct, field
    from msgspec.structs import replace

_plain = False


def prefer_plain() -> bool:
    """Use plain-Python Structs in this process; True when they will be used (False once a
    module has taken msgspec's: classes already built stay as they are)."""
    global _plain
    if "Struct" not in globals():
        _plain = True
    return uses_plain()


def uses_plain() -> bool:
    """Whether this process's Structs are plainstruct's (asking fixes the choice)."""
    return _choose()["Struct"].__module__ == "tracker.plainstruct"


def import_without(package: str, hidden: str) -> None:
    """Import `package` while `hidden` cannot be imported; when the package then fails to
    import, forget what it loaded and import it again plainly. Nothing is done when either
    is loaded already (a test run, the TUI)."""
    if package in sys.modules or hidden in sys.modules:
        return
    sys.modules[hidden] = None  # type: ignore[assignment]  # `import hidden` raises ImportError
    try:
        __import__(package)
    except ImportError:
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]
        del sys.modules[hidden]
        __import__(package)
    else:
        del sys.modules[hidden]


def _choose() -> dict[str, Any]:
    """Bind Struct, field and replace in this module on first use, and return its names."""
    names = globals()
    if "Struct" in names:
        return names
    if _plain or os.environ.get("TRACKER_STRUCTS") == "plain":
        from tracker import plainstruct

        names.update(Struct=plainstruct.Struct, field=plainstruct.field,
                     replace=plainstruct.replace)
    else:
        import_without("msgspec", "typing_extensions")
        import msgspec
        import msgspec.structs

        names.update(Struct=msgspec.Struct, field=msgspec.field, replace=msgspec.structs.replace)
    return names


def __getattr__(name: str) -> Any:  # `from tracker.structs import Struct` chooses
    if name in ("Struct", "field", "replace"):
        return _choose()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Struct", "field", "import_without", "prefer_plain", "replace", "uses_plain"]
