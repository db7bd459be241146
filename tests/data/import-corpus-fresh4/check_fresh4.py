#!/usr/bin/env python3
"""Run ../import-corpus/check.py on this folder. That checker only globs two-digit names (NN.json);
this split is numbered 101-120, so its source is run unchanged except for the glob."""
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent
src = (here.parent / "import-corpus" / "check.py").read_text(encoding="utf-8")
src = src.replace('HERE.glob("[0-9][0-9].json")', 'HERE.glob("[0-9][0-9]*.json")')
sys.argv = [str(here.parent / "import-corpus" / "check.py"), str(here)]
exec(compile(src, "check.py", "exec"), {"__name__": "__main__"})
