"""A document site's numbered tips on downloading its files (友情提示 / 1、PDF文件下载后,可能会被
浏览器默认打开… / 5、试题试卷类文档,…请知晓。), shown above the file's text: numbered as a plan's
items are, but the site's words, so no plan's body opens at them."""

from __future__ import annotations

import re

from tracker.importer.clean import Para
from tracker.importer.headings import heading_of

_ABOUT_DOWNLOADS = re.compile(r"下载|下載|浏览器|瀏覽器|本站资源|本站不支持")
_TIPS_HEAD = re.compile(r"^\s*(?:友情提示|温馨提示|溫馨提示|下载说明|下載說明)\s*[:：]?\s*$")


def download_tip(paras: list[Para], i: int) -> bool:
    """Line i is a numbered tip of a site's: on downloading, or listed under 友情提示 (the lines
    between numbered too)."""
    if heading_of(paras[i].norm) is None:
        return False
    # the tip's own words, at its start: a download named deep in a plan's items run on one
    # line (…網站下載報名表) makes no tip of its first item
    if _ABOUT_DOWNLOADS.search(paras[i].norm[:60]):
        return True
    for k in range(i - 1, max(-1, i - 10), -1):
        if _TIPS_HEAD.match(paras[k].norm):
            return True
        if heading_of(paras[k].norm) is None:
            return False
    return False
