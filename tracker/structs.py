"""msgspec's Struct, the base of every value class, imported the way a short-lived command
can afford: every module takes Struct (and `field`, `replace`) from here, never from msgspec.

msgspec reads type hints through typing_extensions when that is installed (textual brings
it), and typing_extensions imports `inspect`, `ast`, `dis`, `tokenize` and more: 31 M
instructions of a `tracker set` that takes 245 M (callgrind, 10,000 tasks), 5 % of a warm
`list`. tracker never has msgspec read a type hint (it builds, compares, replaces and pickles
Structs; it decodes nothing into a type), and msgspec falls back to `typing` when
typing_extensions cannot be imported. So msgspec is first imported with typing_extensions
hidden, which is then unhidden for whatever imports it later (textual, in the TUI). Should a
msgspec release need typing_extensions outright, that import fails and msgspec is imported
plainly: slower, never broken."""

from __future__ import annotations

import sys


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


import_without("msgspec", "typing_extensions")

from msgspec import Struct, field  # noqa: E402
from msgspec.structs import replace  # noqa: E402

__all__ = ["Struct", "field", "import_without", "replace"]
