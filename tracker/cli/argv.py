"""The command line as given, before any command runs: the global options clerks put after the
command moved before it. Light on purpose: the fast path reads argv with it before it has
chosen what to import."""

from __future__ import annotations

from pathlib import Path

GLOBAL_OPTIONS = ("--repo", "--today", "--by", "--lang")
GLOBAL_FLAGS = ("--no-verify",)
# The years --today may name: 9999-12-31 (a finger held on 9) has no month after it, and the
# reports count periods and working days forward and back from the day.
TODAY_YEARS = (1900, 2999)


def hoist_global_options(argv: list[str]) -> list[str]:
    """Let `tracker note T1 文字 --by 张三` work like `tracker --by 张三 note T1 文字`:
    clerks put options where they think of them."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest.extend(argv[i:])
            break
        name = arg.split("=", 1)[0]
        if arg in GLOBAL_FLAGS and rest:
            front.append(arg)
        elif name in GLOBAL_OPTIONS and rest:
            if "=" in arg:
                front.append(arg)
            elif i + 1 < len(argv):
                front.extend(argv[i:i + 2])
                i += 1
            else:
                rest.append(arg)
        else:
            rest.append(arg)
        i += 1
    return front + rest


# Parameters whose words are the clerk's own text, kept exactly as typed; set reads its
# assignments itself, list splits its query into terms, and the merge driver's path is git's.
FREE_TEXT = ("text", "title", "detail", "message", "assignments", "query", "path")


def trimmed(params: dict[str, object]) -> dict[str, object]:
    """A command's parameters with the spaces around each name, reference, date, choice or
    file name dropped: a Chinese input method types U+3000 for a space, and a line typed in a
    hurry ends in one, so `北山乡　` is 北山乡 and `-o 通报.docx　` is 通报.docx. A space inside
    (`县 卫健委`) and free text stay."""
    out: dict[str, object] = {}
    for name, value in params.items():
        if name not in FREE_TEXT:
            if isinstance(value, str):
                value = value.strip()
            elif isinstance(value, Path) and str(value).strip() not in (str(value), ""):
                value = Path(str(value).strip())
            elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
                value = tuple(v.strip() for v in value)
        out[name] = value
    return out
