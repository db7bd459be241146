"""(一)开展宣传活动 / 由街道文明办组织,各社区配合,大力宣传… / 各社区要…: the first paragraph
under a heading opens on who organises (or is in charge of) the work and who assists, and no
other paragraph names a role: the heading is one item, its paragraphs its text, as when role
lines close them."""

from __future__ import annotations

import re

from tracker.importer.clean import Para

# 由X组织(负责, 牵头),Y配合(协助): who does the work, then who assists, opening the paragraph.
# Bounded stretches, anchored at the start.
_OPENS_ON_ROLES = re.compile(
    r"\s*由[^,;:。由]{2,20}?(?:负责|牵头|组织)[,，]\s*[^,;:。]{2,30}?(?:积极|密切)?(?:配合|协助)"
)
_ROLE_WORDS = re.compile(r"牵头|负责|配合|协助|协办|责任")


def roles_open(body: list[Para]) -> bool:
    """Whether the heading's paragraphs open on who does the work and who assists (see above)."""
    return (
        len(body) >= 2
        and _OPENS_ON_ROLES.match(body[0].norm) is not None
        and not any(_ROLE_WORDS.search(p.norm) for p in body[1:])
    )
