"""The layout shows the architecture: one folder a layer, dependencies pointing down.

Read from the source with `ast` (every import, also lazy and type-only ones), so a module that
reaches upward or a new import circle fails here rather than in review."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PURE_CORE = {"model", "structs", "plainstruct", "problems", "units", "query", "checks", "dates", "days",
             "englishdates", "workdays", "standing", "progress", "fieldnames", "reporttext",
             "taskrefs", "namelists"}
WORKSPACE = {"workspace", "edits", "handedit", "demo", "repository"}
PACKAGES = {"store", "history", "reports", "importer", "cli"}


def _modules() -> dict[str, Path]:
    out = {}
    for path in [*(ROOT / "tracker").rglob("*.py"), *(ROOT / "views").rglob("*.py")]:
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        out[".".join(parts)] = path
    return out


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m in modules}


def test_top_level_holds_only_the_pure_core_and_the_workspace() -> None:
    top = {p.stem for p in (ROOT / "tracker").glob("*.py")} - {"__init__", "__main__"}
    assert top == PURE_CORE | WORKSPACE
    folders = {p.name for p in (ROOT / "tracker").iterdir() if (p / "__init__.py").exists()}
    assert folders == PACKAGES


def test_every_package_says_what_it_owns() -> None:
    for init in [*(ROOT / "tracker").rglob("__init__.py"), ROOT / "views" / "__init__.py"]:
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 40, f"{init.relative_to(ROOT)} needs a docstring"


def test_the_pure_core_imports_only_the_pure_core() -> None:
    modules = _modules()
    for name in PURE_CORE:
        for dep in _imports(modules[f"tracker.{name}"], modules):
            assert dep.removeprefix("tracker.") in PURE_CORE, f"tracker.{name} imports {dep}"


def test_store_history_and_reports_never_reach_up() -> None:
    modules = _modules()
    upper = {f"tracker.{m}" for m in WORKSPACE} | {"tracker.cli", "views"}
    for name, path in modules.items():
        if name.split(".")[1:2] and name.split(".")[1] in {"store", "history", "reports"}:
            bad = {d for d in _imports(path, modules) if any(d == u or d.startswith(u + ".")
                                                             for u in upper)}
            assert not bad, f"{name} imports {sorted(bad)}"


def test_only_views_and_the_tui_command_import_textual() -> None:
    for path in (ROOT / "tracker").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not any(m.split(".")[0] == "textual" for m in names), path


def test_no_import_circles() -> None:
    """A circle (even through a lazy import) means two modules own one thing between them."""
    modules = _modules()
    graph = {name: {d for d in _imports(path, modules) if d != name}
             for name, path in modules.items()}
    # A package's __init__ may re-export its children; that edge is not a dependency circle.
    for name in graph:
        graph[name] = {d for d in graph[name] if not d.startswith(name + ".")}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                circles.append(sorted(part))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert not circles, circles
