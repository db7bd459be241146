"""A title without what a site adds to it.

A site writes its name (_某网), a word for a sample (范文, 模板), a count of samples (3篇,
(精选5篇)), a sample's number (方案一, 范文1, 【篇1】), a page's number (_第1页), a file's
extension, the day it posted the page, its path to the page (首页 > … > X计划), its column or tag
in brackets ([机械], 【保基本民生】) and a note on how the plan was adopted around a plan's name.
`tidy_title` gives the name without them; dates and words inside a name stay.
"""

from __future__ import annotations

import re

from tracker.importer.site_steps import plan_step
from tracker.importer.title_dates import without_page_dates
from tracker.importer.title_marks import (
    without_paired_name,
    without_site_marks,
)
from tracker.importer.titleblock import (
    quoted_name,
    without_upload_tail,
)

# X方案范文 / X方案全文 / X方案_某某网: a word for a sample, the page's 全文, or the site's name after a bar
# or an underscore, closing the title.
SITE_TAIL = re.compile(
    r"(?:范文|范本|模板|全文|\(全文\)|[_|]\s*[^_|]{2,16}(?:网|网站|门户|频道|平台))$"
)
# What a document site appends to a file's name: 街道市容整治工作方案3篇.docx, …_第1页 (頁),
# …计划(实用16篇) / (通用5篇) (its count of samples, a word before the count).
_FILE_TAIL = re.compile(
    # …方案范文(精选10篇)1: the count of samples, then the number of the sample shown (…精选篇1)
    r"(?:_?第\d+[页頁]|\.(?:docx?|pdf|wps|txt)|\([\u4e00-\u9fff]{0,4}\d{1,3}篇\)(?:\s*\d{1,2})?|\(?\d{1,2}篇\)?|第\d{1,2}篇"
    r"|(?:精选)?篇\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
    # …方案范文(精選篇1): that number in brackets, in either script; …方案范文1: after the word
    r"|(?<=范文|范本|范例)\s*\d{1,2}"
    r"|\((?:精选|精選)篇\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\)"
    # …策划案【第一篇】 / …方案2023【篇1】: the sample's ordinal or number in the site's brackets
    r"|【(?:第?(?:\d{1,2}|[一二三四五六七八九十]{1,3})篇|篇\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))】"
    # …方案 『范文1』: the sample's number in the site's corner brackets
    r"|\s*『(?:范文|范本|模板|样本)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})』"
    r"|范文|范本|模板|范例)+$",
    re.IGNORECASE,
)

# A sample site numbers the samples of one name: 醫院愛國衛生月活動方案一 is sample 一, and
# 防溺水宣传教育方案1 sample 1.
_SAMPLE_NUMBER = re.compile(r"(?<=方案|计划|計劃|办法|辦法|细则|細則|通知)(?:[一二三四五六七八九十]|\d{1,2})$")
# An essay site's word for its newest samples before a plan's name (最新X方案, 最新X通知).
_NEWEST = re.compile(r"^最新(?=\S{4,}(?:方案|计划|計劃|通知)$)")
# 体育计划总结之X方案 / 工作总结之X计划: an essay site's category, then 之, before a sample's name.
CATEGORY = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:总结|範文|范文|大全|精选)之(?=\S{4,}(?:方案|计划|計劃|计划书)$)")


def tidy_title(title: str) -> str:
    """A title without the site's additions (file extension, 3篇, 范文, …网, sample 一) nor the
    book-title marks wrapping it whole."""
    t = without_page_dates(title.strip())  # X方案 2020-06-15 / 某办公室2024年3月25日印发X方案
    t = plan_step(t)  # 首页 > 精品范文 > X计划 / 某宣传片|X方案: the site's, the plan named in one part
    # 【保基本民生】X的通知: a site column's tag before the title (a title wholly in 【】 stays)
    t = re.sub(r"^【[^【】]{1,12}】\s*(?=\S{4})", "", t)
    # [机械]X的通知: the same tag in square brackets; ****2009年X方案: the asterisks masking a
    # unit's name on an uploaded file
    t = re.sub(r"^(?:\[[\u4e00-\u9fff]{1,8}\]|\*{2,})\s*(?=\S{4})", "", t)
    # …活动方案(2): the page of an article split over pages, not part of its name; …方案(二):
    # an essay site's sample of that name
    t = re.sub(r"(?<=方案|计划|策划)\((?:\d{1,2}|[一二三四五六七八九十]{1,2})\)$", "", t)
    # …实施方案(已由教职工代表大会审议通过) / …細則(2026年3月二屆一次教代會通過): a note on how the plan was adopted
    t = re.sub(r"[(（](?:已|\d{4}\s*年)[^()（）]{2,30}(?:通[过過]|修改|修[订訂]|[审審]定|批准)[)）]$", "", t).strip() or t
    # 《X方案》由会员上传分享,免费在线阅读,…文库: a sharing site's blurb after the file's name
    t = re.sub(r"^(《[^《》]{4,}》)\s*由会员(?:上传)?分享.*$", r"\1", t)
    # X方案(工 会 2016.09.08版) / X的通知(某卫发〔2012〕7号): the drafter's version note with its
    # date, the notice's document number, written under the name
    t = re.sub(r"(?<=\S{4})\s*[(（][^()（）]{0,16}\d{2,4}\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}\s*日?\s*版[)）]$",
               "", t)
    t = re.sub(r"(?<=通知|决定|意见|方案)\s*[(（][^()（）]{1,12}[〔\[]\d{4}[〕\]]\s*\d{1,4}\s*[号號][)）]$", "", t)
    # X活动方案(推荐) / (精选): an essay site's tag on the sample, not part of its name
    t = re.sub(r"(?<=\S{4})\s*[(（](?:推荐|推薦|精选|精選|热门|熱門|优秀|優秀)[)）]$", "", t)
    t = re.sub(r"^\|?\s*([^|]+?)\s*\|$", r"\1", t)  # | X | / X |: a table's caption cell, its bars
    t = re.sub(r"^[-–]\s*(?=\S{4})", "", t)  # - 关于…的通知: a list's dash on the page, not the title's
    t = without_upload_tail(t)  # X(18页).docx下载文档上传人:…: the file's page count, extension, the site's words
    t = _NEWEST.sub("", without_site_marks(t))  # X方案【】: the site's emptied brackets
    t = quoted_name(t) or t  # “X计划”学校工作计划: the site's quoted name, then its category
    # 《…实施细则》 as the title line, or 【…实施方案】 (a page's brackets): the name inside
    wrapped = re.fullmatch(r"《([^《》]+)》|【([^【】]+)】", t)
    if wrapped:
        t = (wrapped.group(1) or wrapped.group(2)).strip()
    for _ in range(3):
        t2 = _SAMPLE_NUMBER.sub("", _FILE_TAIL.sub("", SITE_TAIL.sub("", t))).strip()
        if t2 == t or not t2:
            break
        t = t2
    return without_paired_name(t)  # X工作计划X工作简报: the plan's name, another document's paired
