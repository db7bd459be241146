"""One unit test per rule learnt from the fresh15 corpus (tests/data/import-corpus-fresh15), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from made_up import plans_of as _plans


def test_a_numbered_group_over_its_head_members_and_duties_owns_them(tmp_path: Path) -> None:
    """2、接待组 over 组长: / 组员: lines and 职责: (the duties after it, or as ① lines below):
    the group owns its duties, one task a group; the duty lines are not tasks of their own."""
    text = "\n".join([
        "某街道迎新春文艺汇演方案",
        "一、组织分工",
        "1、接待组",
        "组长:张甲",
        "组员:李乙",
        "职责:",
        "①负责来宾的签到与引导;",
        "②配合其他组,负责现场茶水供应。",
        "2、舞台组",
        "组长:王丙",
        "组员:赵丁",
        "职责:负责舞台搭建和灯光音响调试。",
        "二、活动时间",
        "1月20日晚。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(t.label, t.title, t.owners.owners) for t in plan.tasks] == [
        ("1、", "接待组", ("接待组",)),
        ("2、", "舞台组", ("舞台组",)),
    ]


def test_a_forms_signature_fields_glued_to_the_title_are_not_the_titles(tmp_path: Path) -> None:
    """X计划编制人:[姓名] / 审核人: / 批准人: lines under it: a form's sign-off fields glued to the
    title line (the page lost the break) are not part of the plan's name."""
    text = "\n".join([
        "某小区垃圾分类推进计划编制人:[姓名]",
        "审核人:[姓名]",
        "编制日期:[日期]",
        "一、工作安排",
        "(一)物业公司负责分类桶的摆放。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某小区垃圾分类推进计划"


def test_attachment_file_names_after_a_title_are_not_the_titles(tmp_path: Path) -> None:
    """…活动计划 经费申请.pdf 活动报名表.doc: the files a page lists after the title (its
    attachments) are not part of the plan's name, on a title broken over two lines too."""
    text = "\n".join([
        "某县实验小学2026年度『春季植树』",
        "活动实施计划 植树经费申请.pdf 植树报名表.doc",
        "一、活动目的:",
        "培养学生爱护环境的意识。",
        "二、主办单位:学校总务处。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某县实验小学2026年度『春季植树』活动实施计划"


def test_an_essay_sites_category_before_zhi_is_not_the_titles(tmp_path: Path) -> None:
    """工作计划总结之社区消夏晚会方案: an essay site files the sample under its category and 之;
    the plan's name is what follows."""
    text = "\n".join([
        "工作计划总结之社区消夏晚会方案",
        "一、晚会时间",
        "7月18日晚。",
        "二、分工",
        "(一)节目由社区文体队负责编排。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "社区消夏晚会方案"


def test_a_stage_named_after_its_dates_and_wei_takes_that_name(tmp_path: Path) -> None:
    """第一阶段(2026年3月1日—3月10日):为宣传发动阶段。…: the name written after the dates,
    the colon and 为 is the phase's name."""
    text = "\n".join([
        "某镇河道保洁实施方案",
        "一、时间安排",
        "第一阶段(2026年3月1日—3月10日):为宣传发动阶段。召开动员会议。",
        "第二阶段(2026年3月11日—6月30日):为集中整治阶段。清理河道垃圾。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(p.title, p.start, p.end) for p in plan.phases] == [
        ("第一阶段:宣传发动阶段", date(2026, 3, 1), date(2026, 3, 10)),
        ("第二阶段:集中整治阶段", date(2026, 3, 11), date(2026, 6, 30)),
    ]


def test_staff_named_after_you_in_a_duty_field_own_it_without_you(tmp_path: Path) -> None:
    """1、计分:由后勤人员负责: staff named by post in a 由…负责 clause own the item; 由 is the
    clause's word, not part of their name."""
    text = "\n".join([
        "某公司职工趣味运动会方案",
        "一、工作分工",
        "1、计分:由后勤人员负责",
        "2、颁奖:由工会人员负责",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [t.owners.owners for t in plan.tasks] == [("后勤人员",), ("工会人员",)]


def test_formal_numerals_head_the_sections_above_yi(tmp_path: Path) -> None:
    """壹、 貳、 參、 肆、 (the formal numerals of a Taiwan school's plan) head its sections, above
    the 一、 items under them: the plan is one plan, and 肆、主辦單位:X names who leads it."""
    text = "\n".join([
        "某縣立高中115學年度校園淨灘活動實施計畫",
        "壹、依據:",
        "一、某縣政府環境教育實施計畫。",
        "二、本校年度行事曆。",
        "貳、目的:",
        "一、培養學生愛護海洋的觀念。",
        "二、增進師生互動。",
        "參、主辦單位:本校學務處。",
        "肆、協辦單位:本校總務處。",
        "",
    ])
    plans = _plans(tmp_path, text)
    assert len(plans) == 1
    assert [(t.lines, t.owners.lead, t.owners.support) for t in plans[0].tasks] == [
        ((8, 8), ("本校學務處",), ()),
        ((9, 9), (), ("本校總務處",)),
    ]


def test_a_steps_name_and_its_date_range_are_when_it_happens(tmp_path: Path) -> None:
    """2、报名工作:11月17日—25日 under 筹备工作: a step named with the days it runs is a
    schedule, not a deadline, so with no unit named it is no task; 12月1日前 still is one."""
    text = "\n".join([
        "某中学冬季长跑比赛方案",
        "一、筹备工作:",
        "1、方案制定:11月3日—5日",
        "2、班级报名:11月6日—12日",
        "3、各班于12月1日前上交运动员名单。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(t.label, t.due) for t in plan.tasks] == [("3、", date(2026, 12, 1))]


def test_a_term_of_office_target_list_states_its_numbers_as_goals(tmp_path: Path) -> None:
    """居委会三年任期目标: a list of the targets for a term of office (任期目标, as 目标任务 is) states
    every number with a unit as a goal, with or without a target verb (每年递增10%, 创收5万元)."""
    text = "\n".join([
        "某社区居委会三年任期目标",
        "为使本届居委会工作有序开展,特制定以下任期目标。",
        "1、社区服务。(1)三年内新建便民服务点6个。(2)居民满意度每年递增10%。",
        "2、集体经济。(1)社区物业创收5万元。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(g.target, g.unit) for g in plan.goals] == [(6, "个"), (10, "%"), (50000, "元")]


def test_a_target_lists_name_ending_in_mubiao_is_its_title(tmp_path: Path) -> None:
    """某村委会三年任期目标 above the preamble: a document that is itself a target list is named
    by its 目标 line, as a plan is by its 方案 line."""
    text = "\n".join([
        "某村委会三年任期目标",
        "为使本届村委会工作落到实处,特制定以下任期目标。",
        "1、经济发展。三年内新建蔬菜大棚20个。",
        "2、公益事业。村道硬化5公里。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某村委会三年任期目标"


def test_a_score_in_points_is_a_goals_measure(tmp_path: Path) -> None:
    """满意度评分达到4.6分(5分制) in a goal section: a score in points (分) is a target like 95%
    (its scale in brackets is not); 30分钟 is a length of time, not points."""
    text = "\n".join([
        "某街道便民服务提升计划",
        "一、工作目标",
        "群众满意度评分达到4.6分(5分制),窗口平均等候时间不超过30分钟,办结率达到98%。",
        "二、工作措施",
        "(一)街道便民服务中心负责延时服务。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(g.target, g.unit) for g in plan.goals] == [(4.6, "分"), (98, "%")]


def test_a_committees_member_list_is_no_task(tmp_path: Path) -> None:
    """游园活动筹委会: over 组长:某某 / 成员:某某 lines only: who sits on the body, no work of its
    own, so no task (its 主办单位: line above still is one)."""
    text = "\n".join([
        "为丰富职工业余生活,某局工会决定举办元宵游园活动,具体安排如下:",
        "一、活动时间",
        "2月24日上午",
        "二、主办单位",
        "主办单位:某局工会",
        "游园活动筹委会:",
        "组长:张甲",
        "成员:李乙、王丙",
        "三、活动项目",
        "1、猜灯谜",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(t.label, t.owners.lead, t.owners.owners) for t in plan.tasks] == [
        ("二、", ("某局工会",), ())]


def test_a_place_field_names_no_unit(tmp_path: Path) -> None:
    """二、活动场所: over 公司篮球场: the field says where the event is held, not who does it."""
    text = "\n".join([
        "某公司职工篮球赛方案",
        "一、比赛时间:",
        "10月12日",
        "二、比赛场所:",
        "公司篮球场",
        "三、工作安排",
        "1、裁判:由工会负责",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [("1、", ("工会",))]


def test_the_body_a_plan_sets_up_owns_the_duty_after_it(tmp_path: Path) -> None:
    """三、组织机构 over 公司成立了X领导小组,负责… (and its member list, 组长: / 成员: lines): the
    body set up owns the duty, the heading and its list are one item; …下设办公室于Y,负责…:
    the office set up owns it, Y is only where it sits."""
    text = "\n".join([
        "某公司节能降耗实施方案",
        "一、工作目标",
        "全年综合能耗下降5%。",
        "二、组织机构",
        "为落实节能工作,公司成立了节能降耗领导小组,负责统筹推进节能降耗工作。",
        "节能降耗领导小组成员名单如下:",
        "组长:张甲",
        "副组长:李乙 成员:王丙",
        "三、工作专班",
        "领导小组下设办公室于设备部,负责日常检查和数据汇总。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(t.label, t.lines[0], t.owners.owners) for t in plan.tasks] == [
        ("二、", 4, ("节能降耗领导小组",)),
        ("三、", 9, ("办公室",)),
    ]


def test_posts_given_their_shares_sentence_by_sentence_all_own_the_item(tmp_path: Path) -> None:
    """(五)责任落实 over 园长负责…,各部门协同配合。 保教人员负责…。 门卫负责…。 家委会配合…:
    each post given its share owns the item, those that 配合 (协同配合 too) support it."""
    text = "\n".join([
        "某幼儿园食品安全工作方案",
        "一、工作措施",
        "(一)责任落实",
        "园长负责食品安全工作的全面落实,各部门协同配合。 保教人员负责幼儿进餐的看护。 "
        "门卫负责外来食品的登记。 家长委员会配合幼儿园开展食品安全监督。",
        "",
    ])
    owners = _plans(tmp_path, text)[0].tasks[0].owners
    assert (owners.owners, owners.support) == (("园长", "保教人员", "门卫"), ("各部门", "家长委员会"))


def test_the_clause_setting_a_body_up_names_no_second_owner(tmp_path: Path) -> None:
    """成立街道防汛领导小组,防汛领导小组负责…: the clause that sets the body up is not a second
    unit sharing the duty; the body named in charge owns it."""
    text = "\n".join([
        "某街道防汛工作方案",
        "一、加强领导。成立街道防汛领导小组,防汛领导小组负责统筹全街道防汛工作。",
        "",
    ])
    assert _plans(tmp_path, text)[0].tasks[0].owners.owners == ("防汛领导小组",)


def test_the_office_under_a_body_set_up_owns_the_duty(tmp_path: Path) -> None:
    """四、组织领导 over …成立X领导小组。, its empty 组长: / 成员: fields and 领导小组下设办公室,
    办公室设在Y,具体负责…: one item, owned by the office (Y is where it sits)."""
    text = "\n".join([
        "某项目部质量月活动方案",
        "一、活动时间",
        "9月1日-9月30日",
        "二、组织领导",
        "为加强质量月活动的组织领导,项目部成立质量月活动领导小组。",
        "组长:",
        "成员:",
        "领导小组下设办公室,办公室设在质检部,具体负责质量月活动的组织工作。",
        "三、活动内容",
        "1、9月3日,召开质量月动员会。",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.lines, t.owners.owners) for t in tasks] == [("二、", (4, 8), ("办公室",))]


def test_who_heads_the_office_stands_between_it_and_its_duty(tmp_path: Path) -> None:
    """…下设办公室,办公室设在Y,办公室主任由某某兼任,具体负责…: the clause naming who heads the
    office is passed over; the office owns the duty."""
    text = "\n".join([
        "某煤矿防尘专项整治方案",
        "一、组织领导。成立防尘整治领导组。组长:副组长:成员:各部室负责人领导组下设办公室,"
        "办公室设在通风部,办公室主任由张甲兼任,具体负责专项整治的督促落实工作。",
        "",
    ])
    assert _plans(tmp_path, text)[0].tasks[0].owners.owners == ("办公室",)


def test_an_item_whose_role_field_the_excerpt_cuts_is_left_out(tmp_path: Path) -> None:
    """责任单位:县教 as the excerpt's last words: the page was cut inside the unit's name, so the
    item is a cut item, left out as one cut before its unit is; a whole name at the end stays."""
    head = [
        "某县2026年民生实事责任分解",
        "1.新建城区公办幼儿园2所。",
        "责任单位:县教育局。",
        "2.改造农村公路50公里。",
    ]
    cut = _plans(tmp_path, "\n".join([*head, "责任单位:县交"]))[0]
    assert [t.label for t in cut.tasks] == ["1."]
    whole = _plans(tmp_path, "\n".join([*head, "责任单位:县交通运输局"]))[0]
    assert [t.label for t in whole.tasks] == ["1.", "2."]


def test_a_preview_opening_with_the_documents_own_title_names_the_plan(tmp_path: Path) -> None:
    """A document site's page: the uploaded file's name (某某方案), its data lines and blurb
    (由会员上传分享), then the preview's first chunk (1、) opening with the document's own title
    glued to its preamble (某镇X实施方案为…): that title is the plan's, not the file's name."""
    text = "\n".join([
        "绿化活动实施方案",
        "",
        "大小:20 KB",
        "",
        "页数:4页",
        "",
        "《绿化活动实施方案》由会员上传分享,免费在线阅读,更多相关内容在某某文库",
        "",
        "1、某镇春季义务植树活动实施方案为推进生态文明建设,改善人居环境,镇政府决定开展春季义务植树活动,"
        "制定如下实施方案:一、指导思想以绿化美化为目标。",
        "",
        "2、二、组织领导由镇林业站牵头,各村配合。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某镇春季义务植树活动实施方案"


def test_first_and_second_phases_after_a_break_are_no_heading(tmp_path: Path) -> None:
    """…年内要完成安置小区第 / 一、二期工程,…: a line the page broke before 一、二期 (the first
    and second phases) continues the item above; it is no 一、 heading starting a new plan."""
    text = "\n".join([
        "某村2026年工作计划",
        "二、主要工作任务",
        "1、开展入户走访。全面掌握村情民意。(4月10日以前完成)",
        "2、推进安置小区建设。年内要完成安置小区第",
        "一、二期工程,由村建设理事会负责督促施工进度。",
        "3、组织技能培训。由村委会负责,全年举办培训班2期。",
        "",
    ])
    plans = _plans(tmp_path, text)
    assert len(plans) == 1
    assert [t.label for t in plans[0].tasks] == ["1、", "2、", "3、"]


def test_a_background_word_after_the_items_heading_is_its_work(tmp_path: Path) -> None:
    """1、走访农户。全面掌握基本情况…(5月10日以前完成): 基本情况 in a sentence after the item's
    heading is what the work finds out, not a 基本情况 heading over background."""
    text = "\n".join([
        "某村驻村工作计划",
        "二、主要任务",
        "1、走访农户。全面掌握基本情况,形成工作台账。(5月10日以前完成)",
        "",
    ])
    assert [t.due for t in _plans(tmp_path, text)[0].tasks] == [date(2026, 5, 10)]


def test_home_and_school_working_together_names_no_unit(tmp_path: Path) -> None:
    """(三)家校配合 over what parents are asked to do: 家校 (home and school) is how the work is
    shared, not a unit supporting it, so the item names no unit and is no task."""
    text = "\n".join([
        "某小学交通安全教育方案",
        "一、工作措施",
        "(一)安全教育",
        "每周开展一次交通安全教育。",
        "(二)家校配合",
        "建立家校沟通机制,及时提醒家长。 督促家长接送学生时遵守交通规则。",
        "",
    ])
    assert _plans(tmp_path, text)[0].tasks == ()
