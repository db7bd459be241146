"""One unit test per rule learnt from the fresh8 corpus (tests/data/import-corpus-fresh8), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from made_up import plans_of as _plans

from tracker.importer import DraftPlan


def _dues(plan: DraftPlan) -> list[tuple[str, date | None]]:
    return [(t.label, t.due) for t in plan.tasks]


def test_a_posting_date_in_the_header_dates_a_page_that_writes_no_year(tmp_path: Path) -> None:
    """A page whose text writes no year takes the year of the bare date in its header line
    (方案2017-11-02某老师); a date with a clock time is a site's upload stamp and is not read."""
    body = "\n".join([
        "某小学读书节活动方案",
        "{header}",
        "一、活动安排",
        "1、各班于4月10日前上交读书笔记。",
        "",
    ])
    (plan,) = _plans(tmp_path, body.format(header="读书节方案2017-11-02某老师"))
    assert plan.year == 2017 and _dues(plan) == [("1、", date(2017, 4, 10))]
    (plan,) = _plans(tmp_path, body.format(header="时间:2021-03-01 10:12:30 作者:网友"))
    assert plan.year == 2026


def test_a_year_naming_the_holiday_ahead_is_not_the_year_written(tmp_path: Path) -> None:
    """在2013年元旦到来之际: the holiday the activities lead up to; the notice is dated 2012."""
    text = "\n".join([
        "某中学工会迎新年活动安排",
        "各位老师:",
        "在2013年元旦到来之际,工会决定开展以下活动:",
        "1、教师摄影作品展,作品须于12月27日前交工会办公室。",
        "2、教工拔河比赛,时间另行通知。",
        "某中学工会",
        "2012年12月20日",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert plan.year == 2012 and _dues(plan) == [("1、", date(2012, 12, 27))]


def test_cut_off_to_and_a_next_week_weekday_before_its_hour(tmp_path: Path) -> None:
    """时间截止到5月20日 is the last day; 于9月18日(下周三)下班前报送: the weekday in brackets,
    with 下 / 本, and the hour sit between the date and its 前."""
    text = "\n".join([
        "某公司关于开展征文活动的通知",
        "1.征文要求:每个部门至少报送2篇,时间截止到5月20日。",
        "2.请各部门于9月18日(下周三)下班前报送汇总表。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _dues(plan) == [("1.", date(2026, 5, 20)), ("2.", date(2026, 9, 18))]


def test_a_notice_s_addressees_its_posts_and_contacts_are_no_tasks(tmp_path: Path) -> None:
    """公司各科室、各分公司: opening a notice names its addressees; 主任: / 工作人员: under
    组织机构: are posts of a committee; 办公室:某某(6021) under 联系方式: is a telephone list.
    None is a unit's work; the item with a deadline stays the only task."""
    text = "\n".join([
        "公司各科室、各分公司:",
        "为丰富职工生活,公司工会决定举办读书征文活动。具体事项通知如下:",
        "一、组织机构:",
        "主任:XXX副主任:XXX",
        "工作人员:XXXX综合部员工",
        "二、活动安排:",
        "1.征文要求:每个科室报送稿件不少于2篇,稿件报工会办公室,时间截止到5月30日。",
        "2、联系方式:",
        "公司办公室:XXXX(6021)",
        "物资公司:XXXX(6033)",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.empty, t.due) for t in plan.tasks] == [("1.", True, date(2026, 5, 30))]


def test_a_run_on_schedule_s_weeks_are_phases_named_after_their_dates(tmp_path: Path) -> None:
    """第一周:(5 月 4 日至 10 日)启动阶段, … on one long line: each week is a phase named by
    the words after its bracketed dates; its dates are not the deadline of the item before."""
    filler = "同学们积极参与,营造良好氛围。" * 8
    text = (
        "一、活动主题:爱护环境二、活动时间:2023 年 5 月三、活动内容"
        "第一周:(5 月 4 日至 10 日)启动阶段, 宣传发动。(1)各班召开主题班会。" + filler +
        "(2)由各班卫生委员负责组织清扫教室。" + filler +
        "第二周:(5 月 11 日至 17 日)实施阶段, 走进社区。(1)开展社区清洁活动。" + filler + "\n"
    )
    (plan,) = _plans(tmp_path, text)
    assert [(p.title, p.start, p.end) for p in plan.phases] == [
        ("第一周:启动阶段", date(2023, 5, 4), date(2023, 5, 10)),
        ("第二周:实施阶段", date(2023, 5, 11), date(2023, 5, 17)),
    ]
    assert [(t.label, t.owners.owners, t.due) for t in plan.tasks] == [("(2)", ("各班卫生委员",), None)]


def test_an_item_opening_with_its_dates_is_an_item(tmp_path: Path) -> None:
    """2、5月8日至5月20日,各班…: a label and then a date, not the decimal 2.5; the item before it
    keeps its own 前 deadline."""
    text = "\n".join([
        "某小学读书月活动方案",
        "(二)实施阶段:5月6日至25日",
        "1、各班于5月6日下午召开动员会,整理书目后于5月7日前交教导处。",
        "2、5月8日至5月20日,各班利用阅读课开展读书交流。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _dues(plan)[0] == ("1、", date(2026, 5, 7))


def test_an_activity_card_s_fields_make_one_item_with_their_deadline(tmp_path: Path) -> None:
    """二、歌咏比赛 over 时间: / 项目: / 比赛规则: / 奖项设置: lines: the fields of one activity;
    the heading is the task and a 前 deadline in any field is its deadline."""
    text = "\n".join([
        "一、趣味运动会",
        "时间:2019年11月20日",
        "项目:跳绳、拔河",
        "奖项设置:一等奖1名",
        "二、歌咏比赛",
        "时间:2019年12月28日下午",
        "地点:礼堂",
        "项目:合唱",
        "比赛规则:各分会于2019年12月20日前将曲目报工会,按抽签顺序演出。",
        "奖项设置:一等奖1名,二等奖2名。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.lines, t.due) for t in plan.tasks] == [("二、", (5, 10), date(2019, 12, 20))]


def test_run_on_items_opening_with_a_year_after_a_full_stop_label(tmp_path: Path) -> None:
    """1.2020年度建成的… 2.2021年度新建的… inside a run-on line: items opening with a year
    (a decimal is never followed by 年), each with its own deadline."""
    filler = "逐户排查,建立台账,确保群众满意。" * 10
    text = (
        "某镇厕所问题整改方案 一、工作目标" + filler +
        " 1.2020年度建成的问题厕所,在2021年12月31日前全部完成整改。"
        " 2.2021年度新建的问题厕所,在2022年3月15日前全部完成整改。"
        " 二、工作要求" + filler + "\n"
    )
    (plan,) = _plans(tmp_path, text)
    assert _dues(plan) == [("1.", date(2021, 12, 31)), ("2.", date(2022, 3, 15))]


def test_a_signature_with_a_placeholder_year_and_a_site_s_cut_note_close_the_last_item(
    tmp_path: Path,
) -> None:
    """The last item, then the office's name, 20xx年5月6日 and the essay site's 因篇幅问题不能
    全部显示… line: the signature and the site's note are no text of the item, so the item
    keeps its own 由X负责 role."""
    text = "\n".join([
        "某学院征文活动通知",
        "一、活动流程:",
        "1、征文评选:学院将邀请专家进行统一评选,评出一、二、三等奖。",
        "2、后期展示:由学院宣传中心负责对优秀作品进行展示。",
        "某学院团委",
        "20xx年5月6日",
        "因篇幅问题不能全部显示,请点此查看更多更全内容",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners, t.lines) for t in plan.tasks] == [("2、", ("学院宣传中心",), (4, 4))]


def test_persons_named_by_their_posts_before_a_bare_in_charge_are_owners(tmp_path: Path) -> None:
    """1、合唱队队长赵甲,书法组组长钱乙,负责组织和考勤: each clause a post and a person, then
    负责: the persons are the owners (as 责任人 in school plans); 各明确一名组长负责 names none."""
    text = "\n".join([
        "某小学工会活动实施方案",
        "一、经费",
        "1、各队明确一名组长负责,全期补助50元。",
        "二、具体要求",
        "1、合唱队队长赵甲,书法组组长钱乙,负责组织和考勤登记。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [("1、", ("赵甲", "钱乙"))]
    assert plan.tasks[0].lines == (5, 5)


def test_an_activity_plan_book_is_a_title_and_so_is_a_bracketed_page_title(tmp_path: Path) -> None:
    """學雷鋒主題活動策劃書 alone on the first line is the title (策划书 names an activity's
    plan); 【读书节活动策划】 opening the first line is the title before a preamble's 本X方案."""
    (plan,) = _plans(tmp_path, "\n".join([
        "讀書節主題活動策劃書",
        "一、活動時間",
        "2017年4月1日—4月30日",
        "二、活動內容",
        "1、各班於4月10日前上交書目。",
        "",
    ]))
    assert plan.title == "讀書節主題活動策劃書"
    (plan,) = _plans(tmp_path, "\n".join([
        "【读书节活动策划】在每年的4月23日,我们迎来世界读书日,特制定本“读书节”活动方案。",
        "一、活动安排",
        "| 时间 | 活动内容 | 负责部门 |",
        "| 09:00-10:00 | 开幕式 | 校办公室 |",
        "| 10:00-11:00 | 读书分享 | 教务处 |",
        "",
    ]))
    assert plan.title == "读书节活动策划"


def test_an_adoption_note_and_a_site_column_are_no_part_of_the_title(tmp_path: Path) -> None:
    """…活动实施方案(已由教职工代表审议通过): the note on its adoption is dropped; 政府信息公开
    alone above the title is the site's column, not the title's first line."""
    (plan,) = _plans(tmp_path, "\n".join([
        "工会读书活动实施方案(已由教职工代表修改并审议通过)",
        "一、活动安排",
        "1、由工会办公室负责组织报名。",
        "",
    ]))
    assert plan.title == "工会读书活动实施方案"
    (plan,) = _plans(tmp_path, "\n".join([
        "政府信息公开",
        "",
        "2020年度人居环境整治问题整改实施方案",
        "",
        "一、整改内容",
        "1.村庄清洁不到位。(牵头单位:农办;责任单位:各村)",
        "",
    ]))
    assert plan.title == "2020年度人居环境整治问题整改实施方案"


def test_a_second_unit_in_charge_after_a_by_clause(tmp_path: Path) -> None:
    """此项工作由A公司和B公司负责,市文明办一处负责协调: the unit in charge of coordinating
    is an owner too, beside the 由 clause's units."""
    text = "\n".join([
        "某市文明月活动方案",
        "一、活动内容",
        "1、在公交站台张贴文明标语。此项工作由甲公交公司和乙公交公司负责,市文明办一处负责协调。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert plan.tasks[0].owners.owners == ("甲公交公司", "乙公交公司", "市文明办一处")


def test_the_days_an_item_runs_are_no_deadline(tmp_path: Path) -> None:
    """2、6月2日至30日,在报纸开设专栏…: an item opening with its days; 二、活动时间 over
    6月1日至30日: the activity's dates. Neither is a deadline; a 前 date under 报名时间 is."""
    text = "\n".join([
        "某市安全月活动方案",
        "一、活动时间",
        "6月1日至30日。其中6月16日为咨询日。",
        "二、活动内容",
        "1、6月2日至30日,在日报开设专栏。此项工作由市融媒体中心负责。",
        "2、各单位于6月10日前报送活动计划,由市安委办负责汇总。",
        "三、报名时间",
        "6月5日前将报名表送交市总工会。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _dues(plan) == [("1、", None), ("2、", date(2026, 6, 10)), ("三、", date(2026, 6, 5))]


def test_a_role_paragraph_under_a_heading_and_the_goals_after_it(tmp_path: Path) -> None:
    """一、治理X over 由A承办,B、C配合。 then 治理工作目标: and its targets: the role paragraph
    belongs to the heading (承办 = the unit carrying it out, an owner; 配合 = support), and the
    targets under the goal line inside the task are goals."""
    text = "\n".join([
        "2016年度治理农药残留工作方案",
        "",
        "一、治理蔬菜农药残留",
        "",
        "由乡农技站承办,乡市场监管所、派出所配合。",
        "",
        "治理工作目标:",
        "",
        "全乡蔬菜基地抽检合格率达到98%,农药包装回收率达到80%以上。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners, t.owners.support) for t in plan.tasks] == [
        ("一、", ("乡农技站",), ("乡市场监管所", "派出所"))
    ]
    assert [(g.target, g.unit) for g in plan.goals] == [(98, "%"), (80, "%")]


def test_units_listed_before_a_duty_under_a_role_heading(tmp_path: Path) -> None:
    """三、組織領導 over 校團委負責…,各年級團總支,各班團支部負責…: the owners are the units on the
    duty's line (not the heading glued to the first), and every unit of the clauses right
    before a 負責 shares it (團總支 is a unit)."""
    text = "\n".join([
        "讀書月主題活動策劃書",
        "一、活動內容",
        "1、各班開展讀書交流。",
        "二、組織領導",
        "校團委負責活動月的組織工作,各年級團總支,各班團支部負責活動的具體事項。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [
        ("二、", ("校團委", "各年級團總支", "各班團支部"))
    ]


def test_a_run_on_template_s_staff_on_duty_and_its_note(tmp_path: Path) -> None:
    """One long line: X方案范文仅供参考,自行编辑使用X方案 then 一、…; 2、3 月 x 日… opens an item
    (a date after 2、), and 4、活动当天保安、司机下午 15:00 负责… names staff by post, the day and
    the hour around them left out."""
    filler = "引导幼儿了解传统节日的习俗,感受节日的快乐氛围。" * 4
    text = (
        "幼儿园植树节活动方案范文仅供参考,自行编辑使用幼儿园植树节活动方案一、活动目的:" + filler +
        "二、活动时间:20xx 年 3 月 x 日三、活动准备:1、本周五中午到办公室领取工具。"
        "2、3 月 x 日(下周一)中午老师分发树苗。3、在后勤处领好水桶。"
        "4、活动当天保安、司机下午 15:00 负责指挥车辆看守大门。四、活动流程:1、老师带领幼儿入场。"
        "2、播放歌曲。" + filler + "\n"
    )
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "幼儿园植树节活动方案"
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [("4、", ("保安", "司机"))]


def test_a_person_named_after_an_activity_s_in_charge_colon(tmp_path: Path) -> None:
    """1、亲子手工游戏负责人:赵甲: the person after 负责人: owns the item (as 责任人 in school
    plans); a 负责人: followed by duties names nobody."""
    text = "\n".join([
        "某幼儿园端午节活动方案",
        "活动内容:",
        "1、亲子手工游戏负责人:赵甲",
        "2、教务处负责人:负责统筹安排活动场地。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners) for t in plan.tasks][0] == ("1、", ("赵甲",))


def test_a_heading_naming_who_is_in_charge_over_its_steps(tmp_path: Path) -> None:
    """(二)、X问题整改…由施工企业负责整改,其余的由村实施整改 over 1. 2.: the heading says who
    is in charge (企业 is a unit), so it is an item; 由A主办、B承办 names an event's sponsors,
    not who does the item."""
    text = "\n".join([
        "某镇改厕整改工作方案",
        "一、整改要求",
        "(一)、2018年度建而不能使用的问题整改属于招标内容内的问题由施工企业负责整改,其余的由村实施整改",
        "1.对无厕屋的原则上改进室内建设。",
        "2.对选址不合理的,尊重户中意愿实施整改。",
        "二、比赛办法",
        "预赛由各片工委主办、选定学校承办,取前三名选手参加决赛。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [("(一)、", ("施工企业",))]


def test_a_page_number_and_a_byline_are_no_title(tmp_path: Path) -> None:
    """…主题班会活动方案(2) (page 2 of an article) over 班会活动方案2019-03-02某老师 (the page's
    byline): the title is the first line without its page number."""
    text = "\n".join([
        "爱护校园环境少先队主题班会活动方案(2)",
        "",
        "班会活动方案2019-03-02某老师",
        "",
        "活动进程:",
        "(一)宣传发动阶段:3月11日至14日",
        "学校通过国旗下讲话宣传此次活动。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "爱护校园环境少先队主题班会活动方案"
