"""What closes a notice's page and is no paragraph of its last item.

The signature (the offices' names on one to three short lines, then the date alone:
2023年4月10日, 20xx-4-10, 二〇一五年五月七日), the closing formula above it (特此通知。), a
template's signature left blank (通知人: / 日期:), an appendix note (附:X报表(略)), and the
next sample's title and preamble that may follow them.
"""

from __future__ import annotations

import re

from tracker.importer.clean import Para
from tracker.importer.headings import heading_of
from tracker.importer.next_plan import before_next_plan

# 2023年4月10日 / 20xx-4-10 alone on its line: the signature's date.
_DATE_LINE = re.compile(
    r"^\s*(?:(?:19|20)(?:\d\d|[xX]{2}|\*{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)(?:\d\d|[xX]{2})-\d{1,2}-\d{1,2}"
    # 二〇一五年五月七日, its zeros typed as ○ or the letter O
    r"|[一二][〇○O零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*$"
)
# 通知人: / 联系人: / 日期: with nothing after the colon: a template's signature left blank.
_BLANK_SIGNATURE = re.compile(r"^\s*(?:通知人|联系人|发布人|经办人|签发人|落款|日期)\s*:\s*$")
# 附:X报表(略) / 附件1:X: an appendix note closing the page.
_APPENDED = re.compile(r"^\s*附(?:件\s*\d{0,2})?\s*[:：]\s*\S.{0,40}$")
# 特此通知。 alone on its line: the notice's closing formula, above its signature.
_CLOSING = re.compile(r"^\s*特此(?:通知|函告|公告|通告)\s*[。!]?\s*$")


def unsigned(body: list[Para]) -> list[Para]:
    """A notice's last heading without the signature closing the page (the offices' names on
    short lines, one to three of them, then the date alone, 2023年4月10日 or 20xx-4-10): the
    signature is no paragraph of the heading's text, nor is the next document's title line
    that may follow it (an attached 规程 starting below the signature)."""
    body = before_next_plan(body)  # X方案(二) / 为了…: the next sample's title and preamble
    while len(body) >= 2 and (_BLANK_SIGNATURE.match(body[-1].norm) or _APPENDED.match(body[-1].norm)):
        body = body[:-1]  # 通知人: / 日期: left blank, or 附:X报表(略): a signature, an appendix
    dated = [k for k, p in enumerate(body) if _DATE_LINE.match(p.norm)]
    if len(body) < 2 or not dated or not all(
        len(p.norm.strip()) <= 40 and not re.search(r"[。;,:.]", p.norm) for p in body[dated[-1] + 1 :]
    ) or len(body) - dated[-1] > 2:
        return body
    end = dated[-1]
    k = end
    while k > 0 and end - k < 3:
        office = body[k - 1].norm.strip()
        if len(office) > 30 or re.search(r"[。;,:.]", office) or heading_of(office) is not None:
            break
        k -= 1
    if k > 0 and _CLOSING.match(body[k - 1].norm):
        k -= 1  # the signature's closing formula above it
    return body[:k]
