"""A news page's headline, right above its byline.

A government site's news page sets its headline over a byline ([日期:…] 来源:… 作者:…, 发布时间:…
浏览量:): that headline names the page whatever its words (…工作完成情况, …的主要目标和任务,
no kind of plan in them), and it names it before the breadcrumb's last item above when that is a short one (首页 > 某局
> 发展规划, six characters at most), the site's column.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.importer.clean import Para

# [日期:2015-06-11] 来源:办公室 作者:: a news page's byline, under its title.
_BYLINE = re.compile(r"(?:日期|发布时间|来源|作者|点击数|浏览次数)\s*[:：]")


def over_byline(paras: list[Para], is_title_line: Callable[[Para], bool]) -> str | None:
    """The headline right above a byline naming two of its fields, in the page's first lines,
    or None."""
    for p, q in zip(paras[:10], paras[1:11]):
        if len(_BYLINE.findall(q.norm)) >= 2 and is_title_line(p):
            return p.text.strip()
    return None
