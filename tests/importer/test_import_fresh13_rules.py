"""One unit test per rule learnt from the fresh13 corpus (tests/data/import-corpus-fresh13), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans

from tracker.importer import DraftPlan


def _roles(plan: DraftPlan) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]]:
    return [(t.label, t.owners.lead, t.owners.owners, t.owners.support, t.owners.leader) for t in plan.tasks]


def test_a_plan_on_one_line_loses_only_the_sentence_of_site_noise(tmp_path: Path) -> None:
    """A whole plan flattened onto one line by an essay site, its blurb (…下面是小编整理的…,
    仅供参考。) inside it: only that sentence is noise, the items after it are read."""
    body = (
        "某镇植树节活动方案 为做好植树工作,特制定本方案。下面是小编整理的某镇植树节活动方案,仅供参考。"
        " 一、组织保障 镇成立活动领导小组,组长由镇长担任,成员由各办站所负责人组成,负责统筹全镇植树活动。"
        " (一)职责分工如下:(1)镇农业服务中心负责苗木的采购、调运和分发工作,确保苗木按时送达各村。"
        " (2)镇综合治理办负责活动现场的秩序维护和安全保卫工作,防止发生意外事故。"
        " (3)镇卫生院负责活动现场的医疗保障工作,安排医护人员全程值守。"
        " 二、活动安排 各村要结合实际,选好植树地块,提前整好地,组织党员和群众积极参加义务植树,"
        "做到栽一棵、活一棵,并做好后期的浇水、管护和补植工作,确保成活率。"
        "活动结束后,各村要及时总结经验,把植树成果和好的做法报镇里,镇里将择优在全镇推广,"
        "并对表现突出的村和个人给予表扬,对工作不力的村进行通报。"
    )
    assert len(body) >= 330
    plan = _plans(tmp_path, body + "\n")[0]
    assert [(label, owners) for label, _, owners, _, _ in _roles(plan)] == [
        ("(1)", ("镇农业服务中心",)),
        ("(2)", ("镇综合治理办",)),
        ("(3)", ("镇卫生院",)),
    ]


def test_a_field_row_naming_the_title_gives_the_name_in_its_cell(tmp_path: Path) -> None:
    """标题 | X方案 | (an essay site's field row, its label in the first cell): the title is X方案,
    without the label nor the bars."""
    text = "\n".join([
        "标题 | 某村重阳节敬老活动方案 |",
        "一、活动时间:10月中旬。",
        "二、工作分工",
        "(一)村委会负责走访慰问高龄老人。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某村重阳节敬老活动方案"


def test_the_person_a_field_puts_in_charge_owns_the_item(tmp_path: Path) -> None:
    """负责人: 某甲 under an item whose 牵头单位: names a unit: the unit leads, the person owns;
    负责人:[ 某乙 ]电话: (a form's brackets left around the name) names the group's owner, not the
    group named by its heading; a 由X负责 clause beside the field keeps X among the owners."""
    text = "\n".join([
        "某社区迎新春游园活动方案",
        "一、工作分工",
        "(一)后勤组",
        "牵头单位:社区办公室",
        "负责人: 马甲",
        "负责场地布置和物资采购。",
        "(二)分组安排",
        "1、签到组:",
        "负责人:[ 孙乙 ]电话: (做好来宾签到登记。)",
        "2、安全组:",
        "负责人:[ 钱丙]电话: (由各楼栋长负责维持现场秩序。)",
        "",
    ])
    assert _roles(_plans(tmp_path, text)[0]) == [
        ("(一)", ("社区办公室",), ("马甲",), (), None),
        ("1、", (), ("孙乙",), (), None),
        ("2、", (), ("各楼栋长", "钱丙"), (), None),
    ]


def test_an_essay_sites_newest_label_is_not_the_titles(tmp_path: Path) -> None:
    """最新X方案 as the page's heading: 最新 is the site's label for its newest samples."""
    text = "\n".join([
        "最新中学生秋季运动会方案",
        "一、活动时间:10月下旬。",
        "二、工作分工",
        "(一)体育组负责编排比赛项目。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "中学生秋季运动会方案"


def test_a_list_dash_before_a_notice_is_the_pages(tmp_path: Path) -> None:
    """- 关于…的通知 (the page lists the notice with a dash): the title has no dash."""
    text = "\n".join([
        "- 关于开展读书月活动的通知",
        "各支部:",
        "一、活动安排",
        "(一)宣传科负责制作活动海报,于4月5日前完成。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "关于开展读书月活动的通知"


def test_a_samples_number_after_a_notice_is_the_sites(tmp_path: Path) -> None:
    """X通知1 (a site numbering the samples of one name): the notice is X通知, as X方案1 is X方案."""
    text = "\n".join([
        "职工登山比赛通知1",
        "各分会:",
        "一、比赛安排",
        "(一)请各分会于9月10日前报送参赛名单。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "职工登山比赛通知"


def test_a_breadcrumb_closing_on_its_separator_is_noise(tmp_path: Path) -> None:
    """首页 > 栏目 > alone on its line (a site's breadcrumb without the page's own name after
    its last separator) is noise, not run into the title below it."""
    text = "\n".join([
        "首页 > 文档 >",
        "",
        "幼儿园大班下学期安全工作计划",
        "一、工作分工",
        "1、保健室负责晨检和消毒工作。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "幼儿园大班下学期安全工作计划"


def test_a_notices_closing_formula_and_signature_are_not_its_last_items(tmp_path: Path) -> None:
    """…5、请于X前上交。 / 特此通知。 / the office / 二〇一六年三月二日 (zeros as O or ○): the closing
    formula and the signature close the notice; the last item keeps its one line and deadline."""
    text = "\n".join([
        "某公司关于开展摄影比赛的通知",
        "一、比赛要求",
        "1、作品须为本人拍摄。",
        "2、作品请于4月15日前交公司工会。",
        "特此通知。",
        "综合办公室",
        "二O一六年三月二日",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.lines, str(t.due)) for t in tasks] == [("2、", (4, 4), "2016-04-15")]


def test_addressees_with_the_opening_run_on_are_no_units_heading(tmp_path: Path) -> None:
    """各单位、各部门: 今年…,为…。 on one line: the notice's addressees, the opening sentence run on
    after them; the numbered rules below are not theirs to own, so only a dated one is a task."""
    text = "\n".join([
        "各单位、各部门: 今年9月是全市第十个“节能宣传月”,为营造节能降耗的良好氛围,公司工会决定举办节能主题征文活动,现将有关事项通知如下。",
        "1、征文须紧扣节能主题。",
        "2、征文须为本人原创。",
        "3、征文请于9月20日前交公司工会。",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.owners.owners, str(t.due)) for t in tasks] == [("3、", (), "2026-09-20")]


def test_a_signing_date_with_its_year_masked_by_stars_closes_the_notice(tmp_path: Path) -> None:
    """…3. 请于X前报送。 / the office / 20**年3月2日 (a template's year masked by stars, as 20xx):
    the signature is not the last item's text, so the item stays one dated task."""
    text = "\n".join([
        "职工健步走活动通知",
        "一、活动要求",
        "1. 注意安全。",
        "2. 请各分会于4月10日前报送活动照片。",
        "机关工会",
        "20**年3月2日",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.lines, str(t.due)) for t in tasks] == [("2.", (4, 4), "2026-04-10")]


def test_a_blank_signature_is_not_a_headings_text(tmp_path: Path) -> None:
    """五、报名办法 over two short lines (…填写报名表。/ 报名时间:X前) and then 通知人: / 日期: left
    blank (a template's signature): the heading is one item, dated by its lines."""
    text = "\n".join([
        "一、活动时间:5月中旬。",
        "二、报名办法",
        "参赛职工须填写报名表。",
        "报名时间:20xx年5月6日下班前",
        "通知人:",
        "日期:",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.lines, str(t.due)) for t in tasks] == [("二、", (2, 4), "2026-05-06")]


def test_a_day_closed_by_the_end_of_school_is_a_deadline(tmp_path: Path) -> None:
    """…于4月8日下午放学前交教务处: the end of the school day bounds the day as 下班前 does."""
    text = "\n".join([
        "某小学读书节活动方案",
        "一、活动安排",
        "1、各班推选三篇读书笔记,于4月8日下午放学前交教务处。",
        "2、各班开展读书交流会。",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, str(t.due)) for t in tasks] == [("1、", "2026-04-08")]


def test_the_unit_hosting_an_event_leads_it_and_its_co_host_supports(tmp_path: Path) -> None:
    """此次比赛由A主办,B协办。 as a numbered item: A leads and B supports, as 主办单位: / 协办单位:
    do; 由A主办、B承办 (an event's sponsors) stays no role."""
    text = "\n".join([
        "关于举办教职工羽毛球比赛的通知",
        "一、比赛时间:5月20日。",
        "二、此次比赛由校工会主办,后勤处协办。",
        "三、本届联赛由市体育局主办、市体育中心承办。",
        "",
    ])
    assert _roles(_plans(tmp_path, text)[0]) == [("二、", ("校工会",), (), ("后勤处",), None)]


def test_the_unit_with_overall_charge_and_the_first_in_charge_own_the_item(tmp_path: Path) -> None:
    """由A负总责,各X为第一责任人: A is in charge as 由A负责 says, and the posts named first in charge
    own the item beside it; a paragraph naming only a 第一责任人 with no unit in charge stays none."""
    text = "\n".join([
        "关于开展“书香机关”活动的通知",
        "一、组织领导",
        "活动由机关工会负总责,各科室主任为第一责任人。",
        "二、工作要求",
        "各科室主任是本科室读书活动的第一责任人,要带头读书。",
        "",
    ])
    assert _roles(_plans(tmp_path, text)[0]) == [("一、", (), ("机关工会", "各科室主任"), (), None)]


def test_how_long_an_entry_must_be_is_no_goal(tmp_path: Path) -> None:
    """1、作品字数不少于300个。 among an activity's rules: the length an entry must reach is a rule
    for it, not a target of the plan."""
    text = "\n".join([
        "某厂职工征文活动通知",
        "1、作品字数不少于300个。",
        "2、作品请于6月1日前交厂工会。",
        "",
    ])
    assert _plans(tmp_path, text)[0].goals == ()


def test_addressees_alone_over_the_opening_are_no_units_item(tmp_path: Path) -> None:
    """Title / 各科室、村: / the opening paragraph / 一、…: the addressees' line is the notice's, its
    paragraph (…于20xx年5月…) no work of theirs, so it is no task."""
    text = "\n".join([
        "某镇迎接卫生复查工作方案",
        "各科室、村:",
        "按照县里的统一部署,20xx年5月将对我镇创建省级卫生镇工作进行初查,并接受市里9-10月的复查,为做好迎检工作,特制定本方案。",
        "一、工作分工",
        "(一)环境整治组",
        "牵头单位:城建办",
        "负责集镇环境卫生整治。",
        "",
    ])
    assert _roles(_plans(tmp_path, text)[0]) == [("(一)", ("城建办",), (), (), None)]


def test_a_collections_heading_is_no_plans_title(tmp_path: Path) -> None:
    """X方案集合(精选5篇) / X方案集合 篇1 above a sample whose own name is not shown: the site's
    collection, so the draft is untitled rather than named after it."""
    text = "\n".join([
        "垃圾分类宣传实施方案集合(精选5篇)",
        "",
        "垃圾分类宣传实施方案集合 篇1",
        "",
        "一、工作分工",
        "(一)社区居委会负责入户宣传。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title.startswith("未命名方案")


def test_an_activitys_plan_named_with_a_samples_ordinal_is_the_title(tmp_path: Path) -> None:
    """X活动策划案【第一篇】 above the sample's text: 策划案 names an activity's plan as 策划书 does,
    and 【第一篇】 is the site's ordinal for the sample, not the title's."""
    text = "\n".join([
        "植树节活动策划案【第一篇】",
        "为增强同学们的环保意识,特举办本次植树活动。",
        "二、活动安排",
        "1.各班于3月10日前上报参加人数。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "植树节活动策划案"
