"""Splitting a page into plans.

A page pasted from a web site often holds many plans. A plan starts at a 篇N marker
("控辍劝返工作方案范文 篇3", "试点方案(篇2)", "学校管理工作方案篇一"), at a title line followed by a preamble or by
一、, at a preamble ending in 制定本方案 / 如下 once the current plan already has sections,
or where the top-level numbering starts again (一、 after 五、). What comes before the
first marker is the site's page header and is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from tracker.importer.clean import Para
from tracker.importer.cover_notice import is_notice_line
from tracker.importer.headings import heading_of
from tracker.importer.plan_title import (
    PREAMBLE,
    SAMPLE_MARKER,
    short_title_line,
    title_of,
)
from tracker.importer.titleblock import (
    is_outline,
    title_start,
)


@dataclass(frozen=True, slots=True)
class Part:
    title: str
    paras: tuple[Para, ...]

    @property
    def first(self) -> int:
        return self.paras[0].first

    @property
    def last(self) -> int:
        return self.paras[-1].last


def split(paras: list[Para]) -> list[Part]:
    if not paras:
        return []
    markers = [i for i, p in enumerate(paras) if _is_marker(p)]
    if markers:
        chunks = [paras[a:b] for a, b in zip(markers, markers[1:] + [len(paras)])]
        parts = []
        for chunk in chunks:
            sub = _split_unmarked(chunk[1:])
            for n, piece in enumerate(sub):
                body = ([chunk[0]] if n == 0 else []) + piece
                parts.append(_part(body, chunk[0].text if n == 0 else None))
        return [p for p in parts if p.paras]
    pieces = _split_unmarked(paras)
    if len(pieces) > 1 and is_outline(pieces[0]):  # 目录/提纲: the outline, then the title and body
        return [Part(title_of(pieces[1], None), (*pieces[0], *pieces[1])),
                *(_part(piece, None) for piece in pieces[2:])]
    return [_part(piece, None) for piece in pieces]


def _is_marker(p: Para) -> bool:
    return len(p.norm) <= 40 and bool(SAMPLE_MARKER.search(p.norm))


def _split_unmarked(paras: list[Para]) -> list[list[Para]]:
    starts = [0]
    last_top = 0  # number of the last 一、-level heading in the current plan
    for i, p in enumerate(paras):
        h = heading_of(p.norm)
        if h is not None and h.kind == "formal":  # 貳、 over its own 一、 二、: they start again
            last_top = 0
            continue
        if h is not None and h.kind == "cn":
            if last_top and h.number <= last_top and i > starts[-1]:
                start = i - 1 if i > 0 and short_title_line(paras[i - 1]) and i - 1 > starts[-1] else i
                starts.append(title_start(paras, start, starts[-1]))
            last_top = h.number
            continue
        if h is None and last_top and i > starts[-1] and _opens_plan(paras, i):
            start = i - 1 if short_title_line(paras[i - 1]) and i - 1 > starts[-1] else i
            starts.append(title_start(paras, start, starts[-1]))
            last_top = 0
    bounds = starts + [len(paras)]
    return [paras[a:b] for a, b in pairwise(bounds) if b > a]


def _opens_plan(paras: list[Para], i: int) -> bool:
    """A preamble (…特制定本方案。) or a title line, followed soon by a 一、 heading."""
    p = paras[i]
    if not (PREAMBLE.search(p.norm) and len(p.norm) > 15) and not short_title_line(p):
        return False
    for q in paras[i + 1 : i + 4]:
        h = heading_of(q.norm)
        if h is not None:
            return h.kind in ("cn", "pcn") and h.number == 1
    return False



def _part(paras: list[Para], marker: str | None) -> Part:
    return Part(title_of(paras, marker), tuple(paras))

def is_cover_notice(part: Part) -> bool:
    """A part that is the cover notice sending a plan (关于印发《X》的通知 … 印发给你们)."""
    return any(is_notice_line(p.norm) for p in part.paras[:8])
