"""One unit test per rule learnt from the fresh16 corpus (tests/data/import-corpus-fresh16), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_a_sentence_ending_in_an_ascii_full_stop_is_not_the_title(tmp_path: Path) -> None:
    """…现将《X方案》印发给你们,请认真贯彻落实. : a page that writes 。 as an ASCII full stop still
    ends a sentence there; the cover notice's sentence is not the plan's title."""
    text = "\n".join([
        "某县农业农村局 某县财政局 关于印发某县农田水利维修工作方案的通知",
        "各乡镇人民政府,县直有关单位:",
        "经县政府同意,现将《某县农田水利维修工作方案》印发给你们,请认真贯彻落实.",
        "为做好农田水利设施维修,特制定本方案。",
        "一、工作任务",
        "(一)县水利局负责渠道清淤。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某县农田水利维修工作方案"


def test_a_samples_number_in_brackets_after_the_name_is_not_the_titles(tmp_path: Path) -> None:
    """X策划方案(二) / X活动方案 『范文2』: an essay site numbers its samples of one name after it,
    in brackets; the plan's name is what comes before."""
    for title in ("某社区重阳节敬老活动策划方案(二)", "某社区重阳节敬老活动策划方案 『范文2』"):
        text = "\n".join([
            title,
            "为弘扬敬老传统,特制定本方案。",
            "一、活动安排",
            "(一)社区居委会负责慰问高龄老人。",
            "",
        ])
        assert _plans(tmp_path, text)[0].title == "某社区重阳节敬老活动策划方案", title


def test_a_competitions_rules_broken_over_two_lines_are_the_title(tmp_path: Path) -> None:
    """X运动会 / 竞赛规程总则 under the notice handing them out: a sports meet's 竞赛规程 (its
    rules, 总则 their general part) is the document's name, broken over two lines by the page."""
    text = "\n".join([
        "各乡镇人民政府,县直各单位:",
        "现将《某县第二届职工运动会竞赛规程总则》印发给你们,请遵照执行。",
        "某县人民政府",
        "年12月28日",  # the page lost the year
        "某县第二届职工运动会",
        "竞赛规程总则",
        "为丰富职工业余文化生活,举办某县第二届职工运动会。",
        "一、主办单位",
        "主办单位:某县人民政府",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某县第二届职工运动会竞赛规程总则"


def test_a_samples_marker_names_the_plan_over_its_preamble(tmp_path: Path) -> None:
    """X方案 篇1 over a preamble 现制定Y活动方案: the essay site's marker carries the sample's name,
    the plan's title; the preamble's own words for it do not replace it."""
    text = "\n".join([
        "社区迎新春活动方案",
        "某某网整理的社区迎新春活动方案(精选3篇),供参考。",
        "社区迎新春活动方案 篇1",
        "为丰富居民节日生活,现制定某街道2026年“迎新春 送温暖”活动方案。",
        "一、主要活动",
        "1.举办新春游园会",
        "责任单位:街道文化站。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "社区迎新春活动方案"


def test_a_bare_sample_marker_carries_no_title(tmp_path: Path) -> None:
    """下面是小编整理的X方案,欢迎阅读! / 篇一: a bare 篇一 under a site's intro names no plan; the draft
    says it is untitled rather than take 篇一 for its name."""
    text = "\n".join([
        "春天可以组织什么活动呢?下面是小编整理的踏青活动方案,欢迎阅读参考!",
        "篇一",
        "为丰富职工业余生活,特编制本活动方案。",
        "一、活动时间",
        "4月10日上午。",
        "二、活动分工",
        "1、工会负责组织报名。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title.startswith("未命名方案")


def test_a_sites_category_label_above_the_title_is_not_a_piece_of_it(tmp_path: Path) -> None:
    """某某资料 分类 above X活动方案: the site's category label, not the first line of a title broken
    over two lines."""
    text = "\n".join([
        "某某文库资料 分类",
        "某幼儿园元宵节亲子活动方案",
        "活动主题:快乐元宵",
        "为让幼儿感受传统节日,开展本次活动。",
        "一、活动分工",
        "1、大班老师负责布置场地。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某幼儿园元宵节亲子活动方案"


def test_a_title_glued_to_its_preamble_over_a_stray_quote_mark(tmp_path: Path) -> None:
    """“X”系列活动方案“为了…: the title runs into the preamble with a stray quote mark the page
    left between them; the title is still the words before it."""
    text = "\n".join([
        "“某中学团委之青春”系列活动方案“为了弘扬青春精神,丰富校园文化生活,开展本次系列活动。",
        "一、活动时间",
        "5月4日。",
        "二、活动分工",
        "1、团委负责组织报名。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "“某中学团委之青春”系列活动方案"


def test_an_activitys_text_then_its_time_place_and_office_fields_are_one_item(tmp_path: Path) -> None:
    """1.开展X活动 over a paragraph saying what it is, then 时间: and 地点:…责任部门:… lines: the
    activity's card, one task owned by the office its field names, not a task of the field line."""
    text = "\n".join([
        "某馆读书月活动方案",
        "为推动全民阅读,特制定本方案。",
        "一、活动安排",
        "1.开展专题宣传活动",
        "利用网站、大厅屏幕和广播等多种形式组织专题宣传,向读者介绍读书月的由来,推广科学的阅读方法。",
        "时间:4月18日",
        "地点:一楼大厅责任部门:办公室",
        "2.开展图书漂流活动",
        "为丰富山区儿童的课外生活,到某镇举行图书漂流活动,让更多儿童读到好书。",
        "时间:4月20日",
        "地点:某镇责任部门:读者服务部",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(t.label, t.title, t.owners.owners) for t in plan.tasks] == [
        ("1.", "开展专题宣传活动", ("办公室",)),
        ("2.", "开展图书漂流活动", ("读者服务部",)),
    ]


def test_a_goal_sections_paragraph_opening_on_its_horizon_is_no_task(tmp_path: Path) -> None:
    """一、主要目标 over 到2026年底前,全县建成20个X。 / 到2028年底前,…覆盖率达到60%。: the goals and
    the year they are for, not tasks due then; the paragraphs give goals only."""
    text = "\n".join([
        "某县口袋公园建设实施方案",
        "为改善人居环境,特制定本方案。",
        "一、主要目标",
        "到2026年底前,全县首批20个口袋公园全面建成,形成可推广的建设模式。",
        "到2028年底前,在总结试点经验的基础上向全县推开,城区口袋公园覆盖率达到60%。",
        "二、主要任务",
        "(一)县住建局负责公园选址和建设。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [t.label for t in plan.tasks] == ["(一)"]
    assert [(g.target, g.unit) for g in plan.goals] == [(20.0, "个"), (60.0, "%")]


def test_dated_steps_under_a_schedule_are_phases_not_tasks(tmp_path: Path) -> None:
    """四、日程安排 over (二)节目选拔(12月1日—5日) / (三)节目排练(12月7日—19日): a schedule's dated
    steps are phases, not tasks due on their last day; (一)节目报送(截止到11月30日) gives a
    deadline, not a window, so it stays a task due then."""
    text = "\n".join([
        "某学院迎新年晚会活动方案",
        "为丰富校园文化生活,特制定本方案。",
        "一、日程安排",
        "(一)节目报送(截止到11月30日)",
        "各部门将节目报名表交到院团委。",
        "(二)节目选拔(12月1日—5日)",
        "组织评委审核节目。",
        "(三)节目排练(12月7日—19日)",
        "各部门对节目进一步排练。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(t.label, str(t.due)) for t in plan.tasks] == [("(一)", "2026-11-30")]
    assert [ph.title for ph in plan.phases][-2:] == ["节目选拔", "节目排练"]


def test_a_contact_line_under_an_item_is_no_paragraph_of_its_own(tmp_path: Path) -> None:
    """(一)材料报送(截止到5月10日) over one paragraph and 联系人:张甲 联系电话:xx: whom to ask is
    not a second paragraph of work, so the heading stays one task with its deadline."""
    text = "\n".join([
        "某学院职工书画展活动方案",
        "为丰富职工文化生活,特制定本方案。",
        "一、工作要求",
        "(一)材料报送(截止到5月10日)",
        "各分工会将参展作品和报名表交到院工会办公室。",
        "联系人:张甲  联系电话:xx",
        "(二)展览布置",
        "院工会负责展厅布置。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(t.label, str(t.due)) for t in plan.tasks][:1] == [("(一)", "2026-05-10")]


def test_an_events_chengban_field_names_no_role(tmp_path: Path) -> None:
    """主办单位:A / 承办单位:B / 协办单位:C under an event's heading: 主办 leads and 协办 supports,
    but 承办 (the unit staging the event) is no role word, as in the prose 由A主办、B承办."""
    text = "\n".join([
        "某县第三届职工篮球赛方案",
        "为丰富职工业余生活,特制定本方案。",
        "一、主办、承办单位",
        "主办单位:某县总工会",
        "承办单位:某县体育馆",
        "协办单位:某县篮球协会",
        "二、比赛时间",
        "5月10日至5月20日。",
        "",
    ])
    task = _plans(tmp_path, text)[0].tasks[0]
    assert (task.owners.lead, task.owners.owners, task.owners.support) == (
        ("某县总工会",), (), ("某县篮球协会",))


def test_a_title_opening_on_its_year_before_a_sample_mark_gives_the_year(tmp_path: Path) -> None:
    """2025关于某社区读书节活动方案 『范文2』 over a body that masks its year (20x年): the title's
    year is the plan's, the site's sample mark after the name notwithstanding."""
    text = "\n".join([
        "2025关于某社区读书节活动方案 『范文2』",
        "20x年4月是读书月,为营造书香社区,开展系列活动。",
        "一、活动内容",
        "1、社区居委会负责组织读书分享会。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert (plan.year, plan.title) == (2025, "2025关于某社区读书节活动方案")


def test_an_activitys_time_field_with_a_masked_year_is_no_deadline(tmp_path: Path) -> None:
    """1、书法比赛 over 时间:20x年5月6日—6月6日: when the activity runs (its year masked by the
    template), not a deadline, so the item is no task of its own."""
    text = "\n".join([
        "某馆书法月活动方案",
        "为弘扬传统文化,特制定本方案。",
        "一、活动内容",
        "1、书法比赛",
        "时间:20x年5月6日—6月6日",
        "2、书法讲座",
        "由某馆办公室负责联系讲师。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [t.label for t in plan.tasks] == ["2、"]


def test_a_time_and_place_heading_or_a_time_heading_glued_to_its_dates_is_no_task(
    tmp_path: Path,
) -> None:
    """二、比赛时间和地点 over 5月8日-5月25日在某体育馆举行。, or 三、活动时间2026年6月1日至6月30日
    (the heading glued to its dates): when and where the activity runs, not a deadline."""
    text = "\n".join([
        "某县职工运动会方案",
        "为丰富职工生活,特制定本方案。",
        "一、主办单位",
        "主办单位:某县总工会",
        "二、比赛时间和地点",
        "5月8日-5月25日在某体育馆举行。",
        "三、活动时间2026年6月1日至6月30日",
        "四、宣传工作",
        "由县总工会办公室负责宣传报道。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [t.label for t in plan.tasks] == ["一、", "四、"]


def test_a_group_heading_naming_the_unit_leading_its_work_is_a_task(tmp_path: Path) -> None:
    """一、县开发区管委会牵头工作(3项) over 1. 2. 3. that name no unit: the group's heading says who
    leads its work, so the heading is the task (lead the unit); its items are not tasks."""
    text = "\n".join([
        "2026年县政府工作报告任务清单",
        "一、县开发区管委会牵头工作(3项)",
        "1.建设冷链物流园。",
        "2.打造农产品加工基地。",
        "3.推动园区道路改造。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(t.label, t.owners.lead) for t in plan.tasks] == [("一、", ("县开发区管委会",))]


def test_a_tables_header_parted_by_lone_bars_is_no_task(tmp_path: Path) -> None:
    """工作任务 / | / 具体要求 / | / 责任科室 / | / 时限要求 / |, one cell a line: the header's bars
    are no row of their own, so no task owned by | is written; the rows under it are tasks."""
    lines = ["工作任务", "具体要求", "责任科室", "时限要求",
             "推进政务公开", "1", "全面清理规范性文件并公布目录。", "办公室", "年底前",
             "做好政策解读", "2", "丰富解读形式,提升解读质量。", "综合科", "持续推进"]
    text = "\n".join(x for line in lines for x in (line, "|")) + "\n"
    plan = _plans(tmp_path, text)[0]
    assert [t.owners.owners for t in plan.tasks] == [("办公室",), ("综合科",)]


def test_a_staff_list_of_advisers_heads_and_members_is_no_task(tmp_path: Path) -> None:
    """四、人员安排 over 总顾问: / 顾 问: / 负责人: / 成 员:某馆全体职工: who staffs the activity (its
    fields mostly left blank), no work of its own, so no task owned by 成员."""
    text = "\n".join([
        "某馆读书节活动方案",
        "为营造书香氛围,特制定本方案。",
        "一、活动内容",
        "1、社区居委会负责组织读书分享会。",
        "二、人员安排",
        "总顾问:",
        "顾 问:",
        "负责人:",
        "成 员:某馆全体职工",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [t.label for t in plan.tasks] == ["1、"]


def test_an_activitys_route_line_closing_with_its_host_is_a_field_of_the_item(tmp_path: Path) -> None:
    """(四)少儿舞龙表演 over 正月十五上午,组织舞龙表演。 and 活动路线:甲广场→乙广场。主办单位:县文化馆。:
    活动路线: is a field of the activity (no label of a unit's work), and the line closing the
    item with its host is the item's own, so (四) is the one task, led by the host."""
    text = "\n".join([
        "某县春节文体活动方案",
        "为活跃节日气氛,特制定本方案。",
        "一、活动内容",
        "(一)书画展览活动",
        "在县文化馆举办书画展览。主办单位:县文联。",
        "(二)少儿舞龙表演",
        "正月十五上午9:00,组织少年儿童进行舞龙表演。",
        "活动路线:甲广场→乙广场→丙中心。主办单位:县文化馆。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(t.label, t.owners.lead) for t in plan.tasks] == [
        ("(一)", ("县文联",)), ("(二)", ("县文化馆",))]
