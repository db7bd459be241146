"""One unit test per rule learnt from the fresh17 corpus (tests/data/import-corpus-fresh17), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from made_up import plans_of as _plans


def test_a_column_tag_in_square_brackets_before_the_title_is_not_part_of_it(tmp_path: Path) -> None:
    """[化工]X学院Y活动的通知: a site's column tag in square brackets before the title (as 【】 is
    already), not part of the plan's name."""
    text = "\n".join([
        "[化工]某某学院2020年度读书分享活动的通知",
        "为营造读书氛围,特开展本次活动。",
        "一、活动安排",
        "(一)学院团委负责组织读书分享会。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某某学院2020年度读书分享活动的通知"


def test_a_masked_name_before_the_title_is_not_part_of_it(tmp_path: Path) -> None:
    """****2019年X活动 / 实施方案: the asterisks that mask a unit's name on an uploaded file are not
    part of the title broken over two lines."""
    text = "\n".join([
        "****2019年开展消防宣传月活动",
        "实施方案",
        "各班组:",
        "为提高员工消防意识,特制定本方案。",
        "一、活动内容",
        "(一)安全科负责张贴宣传挂图。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "2019年开展消防宣传月活动实施方案"


def test_a_sites_banner_above_the_title_is_no_piece_of_it(tmp_path: Path) -> None:
    """好资料 - 某某文书范文分享网站 over X方案: the site's banner line (its name, a dash, …网站)
    is not the first line of a title broken in two."""
    text = "\n".join([
        "好资料 - 某某文书范文分享网站",
        "",
        "2020年小学校园读书节活动方案",
        "",
        "一、活动主题",
        "书香校园",
        "二、组织分工",
        "1、教导处负责活动组织。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "2020年小学校园读书节活动方案"


def test_a_files_name_with_its_extension_over_a_flattened_page_is_the_title(tmp_path: Path) -> None:
    """X策划书.docx over a page flattened to one line (its contents and body run together): the
    file's name, without its extension, is the plan's title."""
    text = "\n".join([
        "某某学院校园摄影月项目策划书.docx",
        "",
        "校园摄影月 策 划 书 主办:院团委 承办:院学生会 目 录 一、 活动目的 二、 活动时间 活动目的 "
        "为丰富校园文化生活,引导同学们发现身边的美。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某某学院校园摄影月项目策划书"


def test_a_name_before_an_essay_sites_word_count_is_the_title(tmp_path: Path) -> None:
    """X策划书(1200 字)Y策划书。X策划书篇 1一、指导思想…: an essay site's page flattened to one
    line opens with the sample's name and its word count in brackets; that name is the title."""
    text = "\n".join([
        "中学生诗歌节活动策划书(1200 字)中学生春游活动策划书。中学生诗歌节活动策划书篇 1"
        "一、指导思想为落实学校工作计划,营造读诗氛围,语文组特制定本活动方案。二、活动内容"
        "1、发动全校师生参加诗歌征集活动,每班推荐诗歌作品五首。同时,语文组与团委合作,发动学生参加朗诵。"
        "语文组负责将推荐作品进行汇总整理,形成诗集,向全校师生展示。2、各年级组依据本学期工作计划,"
        "组织学生开展诗歌朗诵比赛。",
        "三、活动要求",
        "各年级高度重视,认真组织。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "中学生诗歌节活动策划书"


def test_an_activitys_numbered_field_lines_are_its_card_led_by_its_host(tmp_path: Path) -> None:
    """1、X比赛 over (1)主办单位:A、B / (2)主要负责人:XXX: the numbered lines are the fields of
    one activity, not items of their own; the activity is one task led by its 主办单位."""
    text = "\n".join([
        "某中学第三届读书节方案",
        "为丰富校园文化生活,特制定本方案。",
        "一、活动内容及分工",
        "1、读书征文比赛(5月1日—5月20日)",
        "(1)主办单位:教务处、语文组",
        "(2)主要负责人:XXX",
        "2、图书漂流活动(5月10日)",
        "(1)主办单位:团委",
        "(2)主要负责人:XX",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.title for t in tasks] == ["读书征文比赛(5月1日—5月20日)", "图书漂流活动(5月10日)"]
    assert [t.owners.lead for t in tasks] == [("教务处", "语文组"), ("团委",)]


def test_staff_named_by_post_in_a_leads_field_own_the_item(tmp_path: Path) -> None:
    """1、X游戏——负责人:小班教师;地点:操场: the 负责人: field names staff by their post; they
    own the activity (a person's name there stays the leader's)."""
    text = "\n".join([
        "某幼儿园亲子运动会活动方案",
        "为增进亲子感情,特制定本方案。",
        "一、活动内容",
        "1、袋鼠跳——负责人:小班教师;地点:操场",
        "规则:幼儿套上布袋跳到终点,先到者胜。",
        "2、运西瓜——负责人:中班教师;地点:操场",
        "规则:幼儿与家长合作运球,用时少者胜。",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.owners.owners for t in tasks] == [("小班教师",), ("中班教师",)]


def test_units_named_as_the_department_in_charge_own_the_item(tmp_path: Path) -> None:
    """2、A、B作为X的具体负责部门,要…: the units the sentence makes the department in charge own
    the item, as A、B具体负责… would."""
    text = "\n".join([
        "某职校第二届科技节活动方案",
        "为激发学生创新热情,特制定本方案。",
        "一、工作要求",
        "1、各部门要积极参与,密切配合,认真做好组织宣传工作。",
        "2、教务科、实训科作为科技节的具体负责部门,要做好各项活动的统筹协调。",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.owners.owners for t in tasks if t.label == "2、"] == [("教务科", "实训科")]


def test_a_title_line_over_a_news_pages_byline_is_the_title(tmp_path: Path) -> None:
    """X分解表 over [日期:…] 来源:… 作者:… and a table flattened one cell per line (no heading, no
    preamble): the line above the page's byline is the title."""
    text = "\n".join([
        "阅读新闻",
        "",
        "某县教育系统文明城市创建工作职责任务分解表",
        "",
        "[日期:2020-05-11] 来源:办公室  作者: [字体: ]",
        "",
        "任务目标",
        "",
        "完成时限",
        "",
        "组织领导",
        "",
        "成立创建工作领导小组,明确职责,分解任务,责任到人。",
        "",
        "5月份",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某县教育系统文明城市创建工作职责任务分解表"


def test_a_title_garbled_by_the_page_gives_way_to_the_clean_one_above(tmp_path: Path) -> None:
    """X活动方案 on the first line, then 篇一:??X活动方案 with characters the page lost (?): the
    clean line naming the same plan is its title."""
    text = "\n".join([
        "社区敬老月活动方案",
        "以下是为大家分享的社区敬老月活动方案,供大家参考借鉴!",
        "篇一:?绀惧尯敬老月活动方案",
        "为弘扬敬老传统,结合社区实际,特制定本方案。",
        "一、活动内容",
        "(一)社区居委会负责走访慰问高龄老人。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "社区敬老月活动方案"


def test_an_activitys_dates_in_brackets_after_its_name_are_no_deadline(tmp_path: Path) -> None:
    """1、X比赛(5月1日——5月20日) over its 主办单位: line: the dates in brackets after the
    activity's name are when it happens, not a deadline (a 前 date still is)."""
    text = "\n".join([
        "某中学第三届读书节方案",
        "为丰富校园文化生活,特制定本方案。",
        "一、活动内容及分工",
        "1、读书征文比赛(5月1日——5月20日)",
        "(1)主办单位:教务处、语文组",
        "(2)主要负责人:XXX",
        "2、图书漂流活动(5月10日前完成登记)",
        "(1)主办单位:团委",
        "(2)主要负责人:XX",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.due for t in tasks] == [None, date(2026, 5, 10)]
