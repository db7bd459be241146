"""One unit test per rule learnt from the fresh11 corpus (tests/data/import-corpus-fresh11), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans

from tracker.importer import DraftPlan


def _roles(plan: DraftPlan) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]]:
    return [(t.label, t.owners.lead, t.owners.owners, t.owners.support, t.owners.leader) for t in plan.tasks]


def test_an_essay_sites_sample_number_in_digits_is_not_in_the_title(tmp_path: Path) -> None:
    """…方案范文(通用3篇) then …方案2: the site's collection heading, then the sample's name
    with the site's ordinal glued to it; the title is the name without the ordinal."""
    text = "\n".join([
        "社区消防安全工作方案范文(通用3篇)",
        "社区消防安全工作方案2",
        "为做好社区消防安全工作,结合实际,制定本方案。",
        "一、工作分工",
        "1、物业服务中心:负责每月检查楼道消防设施。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "社区消防安全工作方案"


def test_a_collection_count_in_brackets_is_not_in_the_title(tmp_path: Path) -> None:
    """…计划(精选8篇)篇二: the site's count of samples, in brackets with a word before it, and
    the piece label are both the site's; the title is the plan's name."""
    text = "\n".join([
        "以下是几篇工作计划,供大家参考。",
        "社区养老服务工作计划(精选8篇)篇二",
        "1.助餐服务。由社区服务中心牵头,做好老人助餐。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "社区养老服务工作计划"


def test_a_title_line_wholly_in_lenticular_brackets(tmp_path: Path) -> None:
    """【X方案】 alone on the first line: the brackets are the page's, the title is X方案."""
    text = "\n".join([
        "【小区停车管理工作实施方案】",
        "为规范小区停车秩序,制定本方案。",
        "一、主体责任",
        "1. 物业公司:负责停车位的划线和巡查。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "小区停车管理工作实施方案"


def test_a_parenthesized_ideograph_number_is_a_heading(tmp_path: Path) -> None:
    """㈠ / ㈡ (one character each, as some pages write (一) (二)) open a heading: a role line
    running on without a full stop ends before it, and the heading over its items is a group."""
    text = "\n".join([
        "某县校园安全工作要点",
        "㈠加强校舍安全管理,危房排查率达到百分之百。",
        "1、开展校舍安全排查。每学期开学前对全县校舍进行一次全面排查,建立隐患台账并限期整改到位。",
        "责任部门:县教育局、县住建局、县应急管理局、县消防救援大队",
        "㈡加强校园周边治安管理,做到重点时段全覆盖。",
        "2、开展校园周边治安巡逻。上学放学时段在校园周边增派警力巡逻,及时处置各类突发情况。",
        "责任部门:县公安局、县交通运输局、县市场监督管理局、各中小学校",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("1、", (), ("县教育局", "县住建局", "县应急管理局", "县消防救援大队"), (), None),
        ("2、", (), ("县公安局", "县交通运输局", "县市场监督管理局", "各中小学校"), (), None),
    ]


def test_a_with_clause_whose_subject_leads_the_sentence_names_support(tmp_path: Path) -> None:
    """由A牵头,…,会同B、C等相关部门…: the clause opening with 会同 has no subject of its own, so
    the unit named in charge before it does the work with B and C, who support (as written,
    domain names sharing the 等相关部门 head; 等相关部门 dropped)."""
    text = "\n".join([
        "某市困难群众救助工作方案",
        "1.临时救助。由市民政局牵头,结合各地实际,会同财政、人社、卫健等相关部门做好临时救助工作。",
        "2.医疗救助。由市医保局牵头,对因病致困家庭,会同市卫健委及时落实医疗救助政策。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("1.", ("市民政局",), (), ("财政", "人社", "卫健"), None),
        ("2.", ("市医保局",), (), ("市卫健委",), None),
    ]


def test_with_the_help_of_a_unit_names_support(tmp_path: Path) -> None:
    """A负责…,并在B的协助下…: B helps A with the item, so B supports it."""
    text = "\n".join([
        "某镇人口普查工作方案",
        "(一)划分普查小区",
        "镇普查办公室负责划分普查区,并在各村普查小组的协助下绘制普查小区图,于9月30日前完成。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("(一)", (), ("镇普查办公室",), ("各村普查小组",), None)]


def test_an_empty_role_field_over_units_in_charge_lists_the_items_owners(tmp_path: Path) -> None:
    """1.X。… / 责任单位: (nothing after it) / (1)A负责… / (2)B负责…: the numbered lines fill the
    field, each naming a unit and its share, so they are the item's owners, not items."""
    text = "\n".join([
        "某市市容整治方案",
        "二、主要任务",
        "1.整治占道经营。集中清理主次干道两侧占道经营摊点,规范临时摊区管理。",
        "责任单位:",
        "(1)市城管局负责主城区道路;",
        "(2)市市场监管局负责农贸市场周边。",
        "2.整治违规广告。拆除违规设置的户外广告牌匾,规范店招设置。",
        "责任单位:",
        "(1)市城管局负责审批与拆除;",
        "(2)各街道办事处负责辖区巡查。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("1.", (), ("市城管局", "市市场监管局"), (), None),
        ("2.", (), ("市城管局", "各街道办事处"), (), None),
    ]


def test_a_cover_notice_saying_it_hands_out_the_plan_without_gei(tmp_path: Path) -> None:
    """…研究制定了《X》。现印发你们,… then the office, the date and X's own title line: the
    notice is the cover (印发你们 as 印发给你们), and the title is the plan's."""
    text = "\n".join([
        "各县(区)林业局:",
        "为做好今年的森林防火工作,我局研究制定了《2020年森林防火工作方案》。现印发你们,请结合实际,抓好落实。",
        "某省林业局",
        "2020年3月1日",
        "2020年森林防火工作方案",
        "一、重点任务",
        "(一)开展隐患排查。各地于2020年4月底前完成林区火灾隐患排查。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "2020年森林防火工作方案"


def test_a_heading_with_its_own_deadline_over_its_steps_is_an_item(tmp_path: Path) -> None:
    """(一)X。…,2020年底前基本完成X。 over 1. 2. steps with no unit and no deadline: the
    heading states the work's deadline, so it is the item, due then."""
    text = "\n".join([
        "2020年农村人居环境整治工作方案",
        "一、目标任务",
        "(一)全面完成农村改厕。按照省里的统一部署,2020年底前基本完成农村户用厕所改造任务。",
        "1. 摸清底数。逐村逐户摸清现有厕所的类型和数量,建立工作台账。",
        "2. 分类推进。根据各村的地形和水源条件,合理选择改厕的技术模式。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.due and t.due.isoformat()) for t in plan.tasks] == [("(一)", "2020-12-31")]


def test_a_hospital_named_by_its_number_is_a_unit(tmp_path: Path) -> None:
    """由三医负责…: a hospital called by its number (三医, 市一医) is a unit, as a class called
    by its number (五1班) is."""
    text = "\n".join([
        "学校运动会安全保障方案",
        "一、保障措施",
        "1、由三医负责,派出医护人员在赛场设立急救点。",
        "2、由市一医负责,准备救护车一辆全程待命。",
        "",
    ])
    assert [t.owners.owners for t in _plans(tmp_path, text)[0].tasks] == [("三医",), ("市一医",)]


def test_fields_sharing_a_traditional_group_tail_and_an_emergency_office(tmp_path: Path) -> None:
    """會同財政、應急管理等相關部門 on a Traditional page: 等相關部門 closes the list as 等相关部门
    does, and 應急管理 (应急, emergency) is a field of work, not a clause opening with 应 (should)."""
    text = "\n".join([
        "某市災害救助工作計劃",
        "1.受災群眾救助。由市民政局牽頭,結合實際,會同財政、應急管理等相關部門做好受災群眾的生活救助。",
        "2.物資儲備。由市應急管理局負責,做好救災物資的儲備和調運。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("1.", ("市民政局",), (), ("財政", "應急管理"), None),
        ("2.", (), ("市應急管理局",), (), None),
    ]


def test_an_activitys_months_and_days_during_which_it_runs_are_no_deadline(tmp_path: Path) -> None:
    """二、活动时间 over 2019年5月-6月 (a range of months) and …于5月6日至6月10日期间,… (days
    followed by 期间): when the activity runs, not by when it is done; a 前 date still is."""
    text = "\n".join([
        "各班级:",
        "为丰富校园文化生活,决定举行读书节活动,现将有关事宜通知如下:",
        "一、活动时间",
        "2019年5月-6月",
        "二、活动内容",
        "1.活动报名",
        "各班于5月5日前将参赛名单报至教务处;",
        "2.活动开展",
        "各班于5月6日至6月10日期间,自行组织一次读书分享会。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.due and t.due.isoformat()) for t in plan.tasks] == [("1.", "2019-05-05")]


def test_an_article_sites_copyright_footer_is_noise(tmp_path: Path) -> None:
    """• 文章版权属于文章作者所有,转载请注明… after the notice's date: the site's footer, not a
    paragraph of the last heading, which keeps its one paragraph and its deadline."""
    text = "\n".join([
        "关于做好村级项目申报工作的通知",
        "各村委会:",
        "一、申报范围",
        "村内道路、小型水利设施等公益项目。",
        "二、申报时间",
        "各村务必于2022年3月8日前将项目汇总表报送乡财政所。",
        "2022年2月28日",
        "  • 文章版權屬於文章作者所有,轉載請註明 https://example.com/go",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.lines, t.due and t.due.isoformat()) for t in plan.tasks] == [
        ("二、", (5, 6), "2022-03-08"),
    ]


def test_the_preamble_under_the_addressees_is_no_item(tmp_path: Path) -> None:
    """各管理区、村、有关部门: then 为…。按照…,自即日起到12月31日止…,特制定如下实施方案:: the
    preamble announcing the plan (its campaign period included) is not a task."""
    text = "\n".join([
        "街道绿化提升方案",
        "各管理区、村、有关部门:",
        "为改善辖区生态环境,创造优美宜居生活环境。按照区政府的总体部署,自即日起到12月31日止,"
        "在街道辖区内开展绿化提升活动,特制定如下实施方案:",
        "一、工作任务",
        "(一)补植行道树。城建科负责补植主要道路两侧缺株的行道树。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [("(一)", ("城建科",))]


def test_roles_closing_a_headings_paragraphs_make_it_one_item(tmp_path: Path) -> None:
    """(一)X:… over two paragraphs, the last closed by 牵头单位:…;责任单位:… on a line of its
    own: the roles are the heading's, its paragraphs its text, one item."""
    text = "\n".join([
        "街道环境整治方案",
        "一、整治内容",
        "(一)背街小巷:东巷、西巷为整治重点。",
        "清理乱堆乱放的杂物和建筑垃圾,拆除违规搭建的棚架,规范门店招牌。",
        "加强日常保洁和巡查,做到路面整洁无杂物,及时清运垃圾中转站的垃圾。",
        "牵头单位:城管科、执法中队;责任单位:城管科、各社区、市场所。",
        "(二)河道沿线。清理河道两岸的垃圾和杂草。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("(一)", ("城管科", "执法中队"), ("城管科", "各社区", "市场所"), (), None)]


def test_a_shorter_line_with_three_inline_items_counting_up_is_split(tmp_path: Path) -> None:
    """A flattened preview's line (150 characters or more, under the 300 of a whole run-on
    document) holding (一)…(二)…(三)… counting up: the items are split as on a longer line."""
    text = "\n".join([
        "某中学校园读书活动分工",
        "三、分工及职责(一)教务处 教务处负责制定读书活动的总体安排,组织各年级开展读书交流,"
        "做好读书活动的过程记录和资料归档等工作。(二)图书室 图书室负责图书的采购、编目、借阅和"
        "日常管理,每月向全校师生推荐新书目录。(三)语文组 语文组负责指导学生撰写读书笔记,组织开展"
        "读书征文比赛和优秀作品评选等活动,每学期评出一批优秀读书笔记并在校园橱窗展示。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [
        ("(一)", ("教务处",)), ("(二)", ("图书室",)), ("(三)", ("语文组",)),
    ]


def test_a_unit_named_by_its_heading_and_again_by_its_text_is_named_once(tmp_path: Path) -> None:
    """(二)教务处 教务处负责… / (三)班主任 班主任负责…: the heading names the unit (or the staff),
    the text opens with the same name; it owns the item once, not glued to itself."""
    text = "\n".join([
        "学校防溺水安全教育分工",
        "(一)政教处 政教处负责全校防溺水安全教育的统筹安排。",
        "(二)班主任 班主任负责每周对学生进行一次防溺水安全提醒。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [("(一)", ("政教处",)), ("(二)", ("班主任",))]


def test_a_count_of_working_days_without_nei_is_no_deadline(tmp_path: Path) -> None:
    """…每人投劳5个工作日… counts days of work (an amount); a deadline in working days says
    within them (…收到申请后3个工作日内办结)."""
    text = "\n".join([
        "某乡村内道路建设补助方案",
        "一、补助标准",
        "村内道路建设实行村民自愿投劳,每人投劳5个工作日,财政按标准给予补助。",
        "二、审核要求",
        "乡财政所收到申请后3个工作日内完成审核。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.due_text) for t in plan.tasks] == [("二、", "收到申请后3个工作日内")]


def test_a_paragraph_with_a_deadline_ending_in_its_requirements_is_still_an_item(tmp_path: Path) -> None:
    """按照…,各村于3月1日前上报。具体要求如下:: the clause before the colon announces the
    item's own requirements, not the plan, so the dated paragraph stays a task."""
    text = "\n".join([
        "某乡人居环境整治方案",
        "一、摸底上报",
        "按照县里的统一部署,各村于3月1日前上报整治台账。具体要求如下:",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.due and t.due.isoformat()) for t in plan.tasks] == [("一、", "2026-03-01")]


def test_a_document_sites_chunks_cut_after_an_items_label_are_one_text(tmp_path: Path) -> None:
    """1、X及分工 为使… / 2、… : a document site's numbered chunks, the first cut right after an
    item's label ((三)), are one text; the chunk number is not the plan's, and the name of the
    division of work run into the preamble is the title."""
    first = ("1、某小学科技教育 工作机构及分工 为使科技教育落到实处,学校建立工作机构并明确分工。"
             "一、分工及职责(一)教导处 教导处负责科技课程的设置和教师安排,组织科技教育教研活动,"
             "做好科技教育课程的考评等工作。(二)大队部 大队部负责科技节、科普讲座和校外研学等各类活动的组织安排,"
             "做好活动的宣传报道和过程资料的收集归档。(三)")
    second = ("2、总务处 总务处负责科技教育器材的采购和保管,做好活动场地的保障工作,统筹科技教育经费的"
              "使用和发放等工作。(四)科学组 科学组负责备课、上课和活动资料的收集整理等工作。")
    text = "\n".join(["《某小学科技教育工作机构及分工.pdf》由会员分享,可在线阅读。", first, second, ""])
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "某小学科技教育工作机构及分工"
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [
        ("(一)", ("教导处",)), ("(二)", ("大队部",)), ("(三)", ("总务处",)), ("(四)", ("科学组",)),
    ]


def test_a_name_written_before_and_after_a_subtitle_is_the_title_once(tmp_path: Path) -> None:
    """X方案 Y方案 X方案为…: a document site writes the file's name, the document's subtitle and
    the name again before the preamble; the title is the name, once."""
    text = "\n".join([
        "某镇河道保洁工作推进方案 河道保洁问题整改方案 某镇河道保洁工作推进方案为落实县里的部署,推进河道保洁工作,"
        "制定本方案。",
        "一、工作任务",
        "1.各村于5月底前完成河道垃圾清理。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某镇河道保洁工作推进方案"


def test_clauses_cited_in_a_row_do_not_split_a_line(tmp_path: Path) -> None:
    """…符合第(一)、(二)、(三)项情形的…: markers cited together, without words of their own between
    them, are a citation inside one item, not three items."""
    text = "\n".join([
        "某县困难群众临时救助实施方案",
        "一、救助对象",
        "1、县民政局负责审核申请对象,凡符合本方案第(一)、(二)、(三)项情形的家庭,经村委会评议、乡镇审核并在村务公开栏"
        "公示七天无异议后,由县民政局审批,于每月10日前将救助资金发放到户,确保救助工作公开、公平、公正,"
        "杜绝优亲厚友、人情保等现象的发生,对弄虚作假骗取救助资金的,依法追回并追究相关人员责任。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [("1、", ("县民政局",))]
