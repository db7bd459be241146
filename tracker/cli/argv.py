"""The command line as given, before any command runs: the global options clerks put after the
command moved before it. Light on purpose: the fast path reads argv with it before it has
chosen what to import."""

from __future__ import annotations

GLOBAL_OPTIONS = ("--repo", "--today", "--by", "--lang")
GLOBAL_FLAGS = ("--no-verify",)


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
