"""tracker.structs imports msgspec without typing_extensions (and the `inspect` it drags in),
unhides it for later importers, and falls back to a plain import when a package needs it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.structs import import_without

ROOT = Path(__file__).resolve().parents[2]


def _fresh(code: str) -> str:
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    return proc.stdout.strip()


def test_a_command_loads_the_model_without_typing_extensions_or_inspect() -> None:
    out = _fresh("import sys, tracker.model, tracker.workspace; "
                 "print(sorted(m for m in ('typing_extensions', 'inspect') if m in sys.modules))")
    assert out == "[]"


def test_typing_extensions_is_importable_afterwards_and_msgspec_works() -> None:
    out = _fresh("import datetime, pickle, tracker.model as m, typing_extensions as te; "
                 "g = m.Goal(id='G1', text='x'); "
                 "print(te.TypedDict.__module__, pickle.loads(pickle.dumps(g)) == g, "
                 "m.replace(g, text='y').text)")
    assert out == "typing_extensions True y"


def test_a_package_that_needs_the_hidden_module_is_imported_plainly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "needy").mkdir()
    (tmp_path / "needy" / "__init__.py").write_text("from needy import part\n")
    (tmp_path / "needy" / "part.py").write_text("import hidden_dep\nVALUE = hidden_dep.VALUE\n")
    (tmp_path / "hidden_dep.py").write_text("VALUE = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("needy", "needy.part", "hidden_dep"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    import_without("needy", "hidden_dep")
    assert sys.modules["needy.part"].VALUE == 42
    assert sys.modules["hidden_dep"] is not None  # the real module, not the blocker


def test_nothing_is_hidden_when_the_module_is_loaded_already(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import typing_extensions

    import_without("json", "typing_extensions")
    assert sys.modules["typing_extensions"] is typing_extensions


def test_no_module_takes_struct_from_msgspec_itself() -> None:
    for path in [*(ROOT / "tracker").rglob("*.py"), *(ROOT / "views").rglob("*.py")]:
        if path.name == "structs.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("msgspec"):
                raise AssertionError(f"{path.relative_to(ROOT)} imports from {node.module}: "
                                     "take it from tracker.structs")
