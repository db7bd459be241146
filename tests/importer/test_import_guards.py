"""The cheap checks before the importer's costly patterns only skip what cannot match: each
is derived from its pattern's parse tree (tests/regex_shapes.py), so a rule that widens a
pattern fails here until its check is widened too, and each is compared with the pattern
itself on every paragraph of the corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.regex_shapes import first_chars, needs_one_of
from tracker.importer import clean, owners, read_document, schedule, staff_posts, tasks
from tracker.importer.guarded import Guarded
from tracker.importer.paragraphs import paragraphs

DATA = Path(__file__).parent.parent / "data"
GUARDED = sorted((name, g) for module in (owners, staff_posts) for name, g in vars(module).items()
                 if isinstance(g, Guarded))


def test_the_shapes_are_read_soundly() -> None:
    assert needs_one_of(r"(?:^|[,;])([^,;]{2,50}?)(?:积极)?(?:配合|协助)(?!单位)", ("配合", "协助"))
    assert not needs_one_of(r"(?:配合|协助|协作)", ("配合", "协助"))
    assert not needs_one_of(r"(?:配合)?负责", ("配合",))
    assert needs_one_of(r"由([^,]{1,40}?)负责", ("负责",))
    assert first_chars(r"(?<!\d)(?:主要)?(牵头|责任)单位") == {"主", "牵", "责"}
    with pytest.raises(AssertionError):
        first_chars(r"[^,]{2}配合")


def test_guarded_patterns() -> None:
    assert {name for name, _ in GUARDED} >= {"_ROLE", "_SUPPORT", "_OPENS", "_STAFF_ROLE"}
    for name, g in GUARDED:
        assert not g.source.flags & re.IGNORECASE, name
        assert g.words or g.first, name
        if g.words:
            assert needs_one_of(g.source.pattern, g.words), name
        if g.first:
            starts = first_chars(g.source.pattern)
            assert starts - set(re.findall(g.first, "".join(sorted(starts)))) == set(), name


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (tasks._LEAD_IN, ("如下", "以下")),
        (tasks._DURING, ("期间",)),
        (tasks._NAMED_DAYS, ("(",)),
        (schedule._DAY, ("月",)),
        (clean._WATERMARK, (".",)),
    ],
)
def test_patterns_searched_only_where_their_words_are(pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    """The callers skip a text holding none of `words`: every match must hold one."""
    assert needs_one_of(pattern.pattern, words)
    assert all(w.lower() == w.upper() for w in words)  # no other case of it to match


def test_guarded_patterns_find_what_their_patterns_find() -> None:
    norms = [p.norm for f in sorted(DATA.glob("import*/**/*.txt"))
             if (doc := read_document(f)).refusal is None for p in paragraphs(doc.lines)]
    assert len(norms) > 5000
    for name, g in GUARDED:
        found = [[m.span() for m in g.finditer(n)] for n in norms]
        assert found == [[m.span() for m in g.source.finditer(n)] for n in norms], name
        assert sum(map(len, found)) > 0, name


def test_fold_width_table_is_the_width_mapping() -> None:
    """fold translates through a list indexed by code point (fast); it maps every character
    as the dict does, those past its end included."""
    from tracker.importer.clean import _WIDTH, _width_table

    everything = "".join(map(chr, range(0x110000)))
    assert everything.translate(_width_table()) == everything.translate(_WIDTH)
