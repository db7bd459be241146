"""Unit names written once for several levels of government: 各县、市、区政府 is the county, city
and district governments, one name as written (the corpus's gold keeps it whole, as it keeps
各县(市、区)人民政府), not 各县 / 市 / 区政府. unit_names.split_names keeps such a run in one piece."""

from __future__ import annotations

import re

from tracker.importer.clean import fold

_LEVEL = "县縣市区區乡鄉镇鎮旗"
# 各县、市、区政府 / 各縣、市、區 / 各乡、镇: 各 and a level, then only single levels after 、
_LEVELS_RUN = re.compile(rf"各[{_LEVEL}](?:、[{_LEVEL}](?=、|[^、,，;；\s]|$))+")
_KEPT = "\x00"


def keep_levels(value: str) -> str:
    """value with the 、 inside each 各县、市、区… run hidden, so a split on 、 leaves it whole."""
    return _LEVELS_RUN.sub(lambda m: m.group(0).replace("、", _KEPT), value)


def restore(name: str) -> str:
    return name.replace(_KEPT, "、")


# X党委和人民政府 / 高新区党工委和管委会: the second name is a bare head sharing the first one's place
# (the district's 管委会), so 和 joins two bodies of one place, not two units of their own.
_BARE_HEAD = re.compile(r"(?:人民)?政府|管委会|党(?:工)?委|(?:管理)?委员会|办事处")


def shares_place(pieces: list[str]) -> bool:
    """Whether a name after the first is only a head (人民政府, 管委会) sharing the first's place."""
    return any(_BARE_HEAD.fullmatch(fold(p)) for p in pieces[1:])
