"""Small made-up documents for the importer's rule tests: a text written to a file and read
as `tracker import` reads it, and a table given one cell per line."""

from __future__ import annotations

from pathlib import Path

from tracker.importer import DraftPlan, detect_plans, read_document


def plans_of(tmp_path: Path, text: str, year: int = 2026) -> list[DraftPlan]:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    doc = read_document(p)
    assert not hasattr(doc, "reason"), doc
    return detect_plans(doc, year=year, infer_year=True)  # type: ignore[arg-type]


def cells(*cells: str) -> str:
    """Table cells one per line, with blank lines between, as a page flattens a table."""
    return "\n\n".join(cells) + "\n"
