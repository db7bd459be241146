#!/usr/bin/env python3
"""The main corpus's gold check (../import-corpus/check.py), run on this folder.

Run from anywhere:  python3 check.py
"""
import pathlib
import runpy
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.argv = [sys.argv[0], str(HERE)]
runpy.run_path(str(HERE.parent / "import-corpus" / "check.py"), run_name="__main__")
