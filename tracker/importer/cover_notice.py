"""A cover notice sending a plan, and the plan it names.

关于印发《X》的通知 (or 下发 / 转发 / 发布, …的函), its sentence handing the plan out (现印发给你们,
经县政府同意印发, 请认真贯彻), its own items (通知如下): the notice stands before the plan and names
it. The name it gives may be fuller than the plan's headline (a word the headline left out).
"""

from __future__ import annotations

import re

from tracker.importer.clean import Para
from tracker.importer.title_marks import written_fuller

# 关于印发《X》的通知 / 关于下发X的函: the notice's title, the plan's name in it (marks optional).
NOTICE_LOOSE = re.compile(r"关于(?:印发|下发|转发|发布)\s*《?(.+?)》?\s*的(?:通知|函)$")
# 现将《X》印发给你们: the sentence handing the plan out.
HANDED_OUT = re.compile(r"印发给?你们|现印发给|现予印发|同意印发|请认真(?:贯彻|组织|抓好)")  # 经县政府同意印发,请遵照实施
# …,并就有关事项通知如下: the notice's own items follow.
NOTICE_ITEMS = re.compile(r"通知如下|要求如下|提出如下要求")


def is_notice_line(norm: str) -> bool:
    """A cover notice's title (关于印发《X》的通知) or its sentence handing the plan out."""
    return bool(NOTICE_LOOSE.search(norm) or HANDED_OUT.search(norm))


def notice_name(text: str, norm: str) -> str | None:
    """The plan a notice's title names, as written, its book-title marks and the spaces
    between Chinese characters left out; None when `norm` is no notice's title."""
    m = NOTICE_LOOSE.search(norm)
    if not m:
        return None
    name = text[m.start(1) : m.end(1)].strip().strip("《》")
    return re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", name)


def named_fuller_by_notice(paras: list[Para], title: str) -> str | None:
    """The plan's name as a cover notice gives it (关于印发X综合整治工作方案的通知) when a page's
    headline wrote it shorter, a word left out (X整治工作方案: two Chinese characters or more, not
    a dash, a 年 or a typo), or None."""
    for p in paras[:30]:
        if NOTICE_LOOSE.search(p.norm):
            name = notice_name(p.text, p.norm)
            if name and written_fuller(name, title) and _left_out(name, title):
                return name
    return None


def _left_out(name: str, title: str) -> bool:
    """Whether what `name` holds beyond `title` (a subsequence of it) is one word: Chinese
    characters only, two or more, together in one place."""
    rest = iter(title.replace(" ", ""))
    want = next(rest, None)
    extra: list[tuple[int, str]] = []
    for i, c in enumerate(name.replace(" ", "")):
        if c == want:
            want = next(rest, None)
        else:
            extra.append((i, c))
    return (
        len(extra) >= 2
        and extra[-1][0] - extra[0][0] == len(extra) - 1
        and all("\u4e00" <= c <= "\u9fff" for _, c in extra)
    )
