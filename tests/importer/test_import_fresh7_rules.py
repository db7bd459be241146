"""One unit test per rule learnt from the fresh7 corpus (tests/data/import-corpus-fresh7), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans

from tracker.importer import DraftPlan


def _roles(
    plan: DraftPlan,
) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]]:
    return [(t.label, t.owners.lead, t.owners.owners, t.owners.support, t.owners.leader)
            for t in plan.tasks]


def _barred(*cells: str) -> str:
    """Table cells one per line, each ending in the table's bar, as a page flattens a table."""
    return "\n".join(f"{c} |" for c in cells) + "\n"


def test_a_whole_year_deadline_cell_is_no_unit(tmp_path: Path) -> None:
    """全年 in the 完成时限 column after a unit cell: the deadline cell (no date), not one more
    unit of the row."""
    text = "某园区2025年重点工作清单\n" + _barred(
        "序号", "重点工作", "责任领导", "责任单位", "完成时限",
        "1", "推进标准厂房建设,年内交付使用。", "赵甲", "建设局、招商局", "全年",
        "2", "开展企业服务月活动,走访规上企业。", "钱乙", "经发局", "全年",
    )
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("1", (), ("建设局", "招商局"), (), "赵甲"),
        ("2", (), ("经发局",), (), "钱乙"),
    ]


def test_a_leader_named_by_level_and_a_joint_unit_line(tmp_path: Path) -> None:
    """牵头市领导: / 牵头负责领导: name the leader as 牵头领导 does; 协同责任单位: names the units
    that support (协同 is working with the lead), not owners."""
    text = "\n".join([
        "某市2021年重点工作责任分解",
        "一、重点工作",
        "1.推进城市更新,完成老旧小区改造。",
        "牵头市领导:赵甲",
        "牵头责任单位:市住建局。",
        "协同责任单位:市财政局、市自然资源局。",
        "2.发展数字经济,培育软件企业。",
        "牵头负责领导:钱乙。",
        "责任单位:市经信局、市科技局。",
        "3.办好民生实事。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("1.", ("市住建局",), (), ("市财政局", "市自然资源局"), "赵甲"),
        ("2.", (), ("市经信局", "市科技局"), (), "钱乙"),
    ]


def test_a_unit_cut_by_the_pages_end_is_left_out(tmp_path: Path) -> None:
    """责任单位:市发改委、市税务局、市协 where the page stops: the last name is cut mid-word (it
    reads as no unit), so it is left out with a note; the units before it stay."""
    text = "\n".join([
        "某市重点工作责任分解",
        "1.壮大实体经济,扩大税源。",
        "责任单位:市发改委、市财政局",
        "2.实施产业提升行动。",
        "责任单位:市发改委、市税务局、市协",
    ])
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("1.", (), ("市发改委", "市财政局"), (), None),
        ("2.", (), ("市发改委", "市税务局"), (), None),
    ]
    assert any("截断" in r for r in plan.tasks[1].review)


def test_a_long_heading_ending_in_its_goals_is_a_goal_section(tmp_path: Path) -> None:
    """一、…经济社会发展主要预期目标: the heading names a goal section however many words come
    before 目标, so the targets of its items are goals (and items with roles are tasks too)."""
    text = "\n".join([
        "某区政府工作报告重点工作责任分解方案",
        "一、2023年全区经济社会发展和民生改善主要预期目标",
        "1.地区生产总值增长7%以上。(责任领导:赵甲;牵头单位:区发改局)",
        "2.粮食产量稳定在12万吨。(责任领导:钱乙;牵头单位:区农业农村局)",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(g.target, g.unit) for g in plan.goals] == [(7.0, "%"), (120000.0, "吨")]
    assert [t.label for t in plan.tasks] == ["1.", "2."]


def test_a_table_without_row_numbers_with_a_person_column(tmp_path: Path) -> None:
    """科室 | / 人数 | / 负责人 | then rows of three cells, no 序号: each row is a task, its
    first cell the title, the 负责人 cell (a person, whatever the surname) its owner."""
    text = "\n".join([
        "关于举办职工趣味运动会的通知",
        "一、各科室于10月8日前将参赛名单报院工会。",
        "参赛安排表",
    ]) + "\n" + _barred("科室", "人数", "负责人",
                        "放射科", "3—5", "甘甲",
                        "检验科", "3—5", "仇乙",
                        "后勤保障", "6", "习丙")
    (plan,) = _plans(tmp_path, text)
    rows = [(t.title, t.owners.owners, t.lines) for t in plan.tasks if not t.label]
    assert rows == [("放射科", ("甘甲",), (4 + 3, 4 + 5)), ("检验科", ("仇乙",), (10, 12)),
                    ("后勤保障", ("习丙",), (13, 15))]


def test_a_footers_registration_numbers_are_noise(tmp_path: Path) -> None:
    """鲁ICP备…号 closing the page is the site's footer, not a paragraph under the last
    heading: the heading with its deadline stays one item, a task."""
    text = "\n".join([
        "关于开展病历书写评比的通知",
        "一、评比范围",
        "全院临床科室。",
        "二、各科室于11月5日前将推荐病历报医务科。",
        "评比细则另行通知",
        "晋ICP备12345678号 晋公网安备 14010502000001号",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.due and t.due.isoformat()) for t in plan.tasks] == [("二、", "2026-11-05")]


def _run_on_document() -> str:
    """A whole plan on one line, as a document site gives it: its title glued to the excerpt's
    only 一、, items opening with a year (1、2023年,…), (X负责,Y配合) after each."""
    return (
        "某市全民健身行动实施方案一、完善公共体育设施网络(一)推进场地建设,方便群众就近健身。"
        "1、2023年,新建社区健身中心二十个,每个街道至少一个,配齐健身器材和指导人员,"
        "并向居民免费或低收费开放。(市体育局负责,市住建局配合)"
        "2、2024年,实现行政村农民体育健身工程全覆盖,并做好已建设施的维护更新。(市体育局负责,市财政局配合)"
        "3、推动学校体育场地在课余时间和节假日向社会开放,建立安全管理和意外伤害保险机制,"
        "解决开放后的管理和经费问题。(市教育局、体育局分别负责,市财政局配合)"
        "(二)丰富全民健身赛事活动。4、每年举办全市运动会和各类单项比赛,组织开展全民健身日活动,"
        "带动群众广泛参与体育锻炼。(市体育局负责,市总工会配合)\n"
    )


def test_run_on_items_opening_with_a_year(tmp_path: Path) -> None:
    """1、2023年,… inline on a run-on line is an item (the marker is followed by a year, not a
    decimal 1.2023), so each item gets its own (X负责,Y配合) roles; X、Y分别负责 makes both owners."""
    (plan,) = _plans(tmp_path, _run_on_document())
    assert [(lab, o, s) for lab, _, o, s, _ in _roles(plan)] == [
        ("1、", ("市体育局",), ("市住建局",)),
        ("2、", ("市体育局",), ("市财政局",)),
        ("3、", ("市教育局", "体育局"), ("市财政局",)),
        ("4、", ("市体育局",), ("市总工会",)),
    ]


def test_a_run_on_documents_title_glued_to_its_only_first_heading(tmp_path: Path) -> None:
    """…实施方案一、完善… on a run-on line: the title ends before 一、, even where the excerpt
    holds no 二、 to cut the line at (a line long enough to be read as a run-on document)."""
    (plan,) = _plans(tmp_path, _run_on_document())
    assert plan.title == "某市全民健身行动实施方案"


def test_a_set_of_measures_after_its_cover_notice_is_the_title(tmp_path: Path) -> None:
    """…的具体措施 on its own line after the notice sending it: a plan's name (措施, like 方案
    or 办法), so it is the title."""
    text = "\n".join([
        "各镇人民政府,县直各单位:",
        "《关于降低物流成本支持实体经济发展的具体措施》已经县政府同意,现印发给你们,请认真贯彻落实。",
        "2024年3月1日",
        "关于降低物流成本支持实体经济发展的具体措施",
        "为进一步降低企业物流成本,结合我县实际,制定以下措施。",
        "一、降低运输成本",
        "(一)落实通行费减免政策。对合法装载的货车实行优惠。(牵头单位:县交通运输局,责任单位:县财政局)",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "关于降低物流成本支持实体经济发展的具体措施"


def test_a_pages_metadata_rows_stay_out_of_the_title(tmp_path: Path) -> None:
    """索 引 号 … 公开方式 / 信息名称 … 成文日期 / 公开日期 … 发布机构 … rows above the title: the
    page's metadata, a row a line, never joined to the title nor read as its first half."""
    text = "\n".join([
        "您现在的位置: 首页 > 政务公开 > 计划总结 > 正文",
        " 索 引 号  abc001/2024-0000007  公开方式  主动公开",
        " 信息名称  某县统计局2024年统计法治宣传工作计划  成文日期  2024-03-08",
        " 公开日期  2024-03-08  发布机构  某县统计局",
        "某县统计局2024年统计法治宣传工作计划",
        "",
        "一、重点工作",
        "(一)开展统计开放日活动。(责任科室:法规股,完成时限:9月底前)",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "某县统计局2024年统计法治宣传工作计划"


def test_a_person_of_a_less_common_surname_owns_by_you_fu_ze(tmp_path: Path) -> None:
    """由温X负责 in a school's plan: a person (surname 温, not only the commonest ones) owns
    the item, as 由张X负责 does."""
    text = "\n".join([
        "某小学教职工趣味运动会方案",
        "一、工作安排",
        "1、场地布置由温甲负责;",
        "2、后勤保障由焦乙负责;",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [("1、", ("温甲",)), ("2、", ("焦乙",))]


def test_a_signature_then_an_attached_rules_title_closes_the_last_item(tmp_path: Path) -> None:
    """2、…由X负责. / 学校党支部 / 学校工会 / 20xx-4-10 / X比赛规程: the offices and the date
    (also written 20xx-4-10) sign the notice and the line after them opens an attachment;
    none of it is text of the last item, which stays one task."""
    text = "\n".join([
        "某小学庆祝教师节活动方案",
        "一、工作安排",
        "1、场地布置由体育组负责;",
        "2、摄影由温甲负责.",
        "学校党支部",
        "学校工会",
        "20xx-9-1",
        "教职工羽毛球比赛规程",
        "一、比赛时间:9月8日",
        "",
    ])
    plans = _plans(tmp_path, text)
    tasks = [(t.label, t.owners.owners, t.lines) for p in plans for t in p.tasks]
    assert ("2、", ("温甲",), (4, 4)) in tasks


def test_a_role_words_field_name_is_no_unit(tmp_path: Path) -> None:
    """三、参加单位: over who takes part: 参加单位 names the field, not a unit that owns it."""
    text = "\n".join([
        "某校教职工篮球比赛规程",
        "一、主办单位:校体育组",
        "二、参加单位:",
        "各年级组共8个代表队",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert all("参加单位" not in t.owners.owners for t in plan.tasks)
    assert [t.label for t in plan.tasks] == ["一、"]


def test_a_deadline_by_the_clock_and_a_closing_date_label(tmp_path: Path) -> None:
    """于12月31日上午12:00前 is a deadline (the hour written 12:00), and 报名截止:4月17日 too
    (截止 before the date, as a label, says it is the last day)."""
    text = "\n".join([
        "关于开展年度自评工作的通知",
        "一、具体要求",
        "1、各单位进行自查总结,于12月31日上午12:00前将电子版报学科建设处。",
        "二、报名办法",
        "1.凡本校教职工均可报名。",
        "2.报名截止:4月17日(星期五)送交体育组。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.due and t.due.isoformat()) for t in plan.tasks] == [
        ("1、", "2026-12-31"), ("2.", "2026-04-17"),
    ]


def test_a_schedule_line_naming_a_phase_is_a_phase(tmp_path: Path) -> None:
    """12月22日—26日 动员部署阶段 among a schedule's dated lines: that line names a phase (its
    dates the phase's), not a task; the other schedule lines are no phases."""
    text = "\n".join([
        "关于开展年度检查工作的通知",
        "一、时间安排",
        "12月22日—26日 动员部署阶段",
        "12月27日—31日 各单位自查,提交自评报告初稿",
        "",
    ])
    (plan,) = _plans(tmp_path, text, year=2014)
    assert [(p.title, p.start and p.start.isoformat(), p.end and p.end.isoformat())
            for p in plan.phases] == [("动员部署阶段", "2014-12-22", "2014-12-26")]
    assert all(t.lines != (3, 3) for t in plan.tasks)


def test_yi_x_qian_tou_and_a_first_person_share(tmp_path: Path) -> None:
    """…工作是以城建部门牵头的…,作为民政部门,我们要配合…: 以X牵头 names the lead as 由X牵头
    does, and 作为X,我们要配合 names the plan's own unit as support."""
    text = "\n".join([
        "某局重点工作计划",
        "一、重点工作",
        "1、保障性住房工作。保障性住房工作是以住建部门牵头的一项重点工作,作为民政部门,"
        "我们要配合做好困难户的调查摸底。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(lab, le, s) for lab, le, _, s, _ in _roles(plan)] == [("1、", ("住建部门",), ("民政部门",))]


def test_a_task_force_leads_and_taking_part_is_no_role(tmp_path: Path) -> None:
    """由…“百日行动”专班牵头负责,A、B参与: a 专班 (task force) is a unit, the lead; 参与 (taking
    part) is no role word, so A and B are not support."""
    text = "\n".join([
        "各部门、社区:",
        "一、活动内容:",
        "1、集中整治行动。由某街道“百日攻坚行动”专班牵头负责,甲社区、城管中队参与,每十天开展一次集中整治。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(lab, le, s) for lab, le, _, s, _ in _roles(plan)] == [
        ("1、", ("某街道“百日攻坚行动”专班",), ()),
    ]


def test_addressees_named_as_the_units_concerned_are_no_units_heading(tmp_path: Path) -> None:
    """校内相关单位: under a notice's title: its addressees (the units concerned), not a
    unit heading the text below it, so the preamble is no task of theirs."""
    text = "\n".join([
        "关于开展安全隐患排查工作的通知",
        "校内相关单位:",
        "根据上级部署和学校工作安排,决定开展安全隐患排查,现将有关事项通知如下。",
        "一、组织方式",
        "由保卫处、后勤处等部门负责。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [("一、", ("保卫处", "后勤处"))]


def test_a_whole_period_over_its_steps_is_no_task(tmp_path: Path) -> None:
    """2025年9月1日至12月30日(4个月)。其中: under 时间安排: the period the steps below fall in,
    not a task due at its end."""
    text = "\n".join([
        "关于开展整改评估工作的通知",
        "一、时间安排",
        "2025年9月1日至12月30日(4个月)。其中:",
        "9月1日至9月30日,各单位完成自查自评;",
        "10月9日至11月15日,对反馈的意见逐条进行评估检查;",
        "11月16日至12月15日,逐一召集相关单位反馈初步意见;",
        "12月16日至12月30日,向学校党委汇报评估结果。",
        "二、组织方式",
        "由党政办公室负责。",
        "",
    ])
    (plan,) = _plans(tmp_path, text)
    assert all(t.lines[0] != 3 for t in plan.tasks)
