"""One unit test per rule learnt from the fresh25 corpus (tests/data/import-corpus-fresh25), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_the_first_listed_note_is_no_part_of_a_unit_where_the_line_marks_its_leads(tmp_path: Path) -> None:
    """责任单位:A、B牵头,C、D(除标注为“牵头”单位外,列第一位的为牵头或汇总单位,下同): the note
    closing the line is about the lists below, no part of D's name, though this line names its
    leads itself."""
    text = "\n".join([
        "某市2026年重点工作责任分解",
        "一、重点工作",
        "1.推进老旧小区改造,完成改造任务。",
        "责任单位:市住建局、市财政局牵头,市城管局、市水务局(除标注为“牵头”单位外,列第一位的为牵头或汇总单位,下同)",
        "2.建设口袋公园,方便群众休闲。",
        "责任单位:市园林局、市规划局",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert tasks[0].owners.lead == ("市住建局", "市财政局")
    assert tasks[0].owners.owners == ("市城管局", "市水务局")


def test_a_number_with_the_small_full_stop_is_an_items_label(tmp_path: Path) -> None:
    """1﹒X: the small form of the full stop (﹒, as ﹐ ﹑ ﹔ ﹕ ﹙ ﹚ are small forms) after an item's
    number is its label, as 1. and 1． are; the role rows under it are that item's."""
    text = "\n".join([
        "一、确保完成年度主要目标",
        "1﹒全市粮食产量稳定在50万吨以上。",
        "牵头负责领导:某某某。",
        "牵头责任单位:市农业农村局。",
        "协同责任单位:市发展改革委、市粮食局等。",
        "2﹒城乡居民收入稳步增长。",
        "牵头负责领导:某某某。",
        "牵头责任单位:市人力资源社会保障局。",
        "协同责任单位:市财政局。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.label for t in tasks] == ["1.", "2."]  # folded, as 1． is
    assert tasks[0].owners.lead == ("市农业农村局",)
    assert tasks[0].owners.support == ("市发展改革委", "市粮食局")
    assert tasks[1].owners.lead == ("市人力资源社会保障局",)


def test_a_role_label_cut_inside_its_word_at_the_excerpts_end_is_dropped(tmp_path: Path) -> None:
    """…牵头负责领导:X。 / 牵头责: the excerpt ends inside a role label (牵头责, the 任 and the
    colon lost), as it may after 牵头责任 or 配合单; the cut label is dropped, so the leader row
    above it stays a row of its item, never an item of its own."""
    text = "\n".join([
        "一、确保完成年度主要目标",
        "1.全市粮食产量稳定在50万吨以上。",
        "牵头负责领导:某某某。",
        "牵头责任单位:市农业农村局。",
        "协同责任单位:市发展改革委、市粮食局等。",
        "2.城乡居民收入稳步增长。",
        "牵头负责领导:某某乙。",
        "牵头责",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert not any(t.title.startswith("牵头负责领导") for t in tasks)
    assert all(t.label for t in tasks)


def test_a_document_sites_file_info_rows_head_no_lines_below(tmp_path: Path) -> None:
    """文件大小:… / 总页数:… / 总字数:…: a document site's rows on the file name no unit whose work
    the lines below are; the plan's preamble under them stays before its first heading, so
    its sentence saying a rate is to reach a value states the plan's goals."""
    text = "\n".join([
        "文件名称:某社区文明养犬宣传方案.docx",
        "文件大小:18.20 KB",
        "总页数:6 页",
        "总字数:约2.10千字",
        "某社区文明养犬宣传方案",
        "为提升居民文明养犬意识,制定本方案。力争用半年时间实现犬只登记率达95%以上、牵绳出行率达90%的目标。",
        "一、宣传内容",
        "围绕文明养犬开展宣传。",
    ]) + "\n"
    goals = _plans(tmp_path, text)[0].goals
    assert [(g.target, g.unit) for g in goals] == [(95.0, "%"), (90.0, "%")]


def test_a_number_of_years_a_target_verb_sets_is_a_goal(tmp_path: Path) -> None:
    """平均经营年限达到6年: a duration in years that a target verb sets is a target, as 6个月 would
    be a period; the plan's horizon (到2030年) and a year (2026年) are no goals."""
    text = "\n".join([
        "某市小微企业培育实施方案",
        "一、总体目标",
        "到2030年,全市小微企业平均经营年限达到6年,用3年时间培育示范企业达到200家。",
        "二、主要任务",
        "(一)加强政策扶持。市财政局负责。",
    ]) + "\n"
    goals = _plans(tmp_path, text)[0].goals
    assert sorted((g.target, g.unit) for g in goals) == [(6.0, "年"), (200.0, "家")]


def test_a_stage_after_the_colon_closing_a_headings_lead_in_on_a_run_on_line_is_a_phase(tmp_path: Path) -> None:
    """三、实施步骤为完成上述目标,活动分以下几个阶段进行:1.宣传发动阶段(2026年1月至2026年3月)…
    on one line: the colon closing the heading's lead-in says a list follows, so its first item
    starts there however long the lead-in, and a stage with its months is a phase, no task."""
    text = "某村2026年环境整治活动计划一、活动背景近年来,村容村貌有了明显改善,但仍有不足之处需要改进。" \
        "二、活动目标通过整治,进一步改善人居环境,提升群众满意度,形成长效管理机制。" \
        "三、实施步骤与时间安排为实现上述目标,本次活动将分为以下几个阶段进行实施:" \
        "1.宣传发动阶段(2026年1月至2026年3月)制定宣传方案,通过广播、宣传栏等多种方式广泛宣传,动员全体村民积极参与整治活动," \
        "营造人人参与、人人支持的良好氛围,为后续整治工作打下坚实的群众基础,确保活动顺利开展并取得实效。\n"
    plans = _plans(tmp_path, text)
    assert [(ph.start.isoformat() if ph.start else None, ph.end.isoformat() if ph.end else None)
            for ph in plans[0].phases] == [("2026-01-01", "2026-03-31")]
    assert plans[0].tasks == ()


def test_an_essay_sites_sample_number_in_brackets_after_篇_is_no_part_of_the_title(tmp_path: Path) -> None:
    """篇一:X方案2026【篇1】: the sample's number in the site's brackets, written 篇 first, is the
    site's, as 【第一篇】 is."""
    text = "\n".join([
        "某某文库",
        "村级河道保洁工作方案2026(精选5篇)",
        "篇一:村级河道保洁工作方案2026【篇1】",
        "一、工作目标",
        "全面落实河道保洁责任,保洁覆盖率达到100%。",
        "二、工作措施",
        "(一)明确保洁人员,每条河道不少于1人。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "村级河道保洁工作方案2026"


def test_a_document_sites_chunk_number_is_no_part_of_the_title_once_its_blurb_is_dropped(tmp_path: Path) -> None:
    """《X.docx》由会员分享,可在线阅读… / 1、X方案为…: the site's sharing blurb is dropped as noise,
    and the title run into the preamble of its first chunk is named without the chunk's 1、, as
    it is while the blurb stands above it (found on a made-up page by an earlier tuner)."""
    text = "\n".join([
        "《某镇2026年防汛工作方案.docx》由会员分享,可在线阅读,更多相关《某镇2026年防汛工作方案.docx(3页珍藏版)》请在某某文库上搜索。",
        "1、某镇2026年防汛工作方案为做好今年防汛工作,确保安全度汛,结合我镇实际,制定本方案。一、工作目标确保不发生人员伤亡。",
        "2、二、工作措施(一)加强组织领导,镇防汛办负责统筹。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某镇2026年防汛工作方案"


def test_a_date_as_of_which_progress_is_reported_is_no_deadline(tmp_path: Path) -> None:
    """(二)道路投资稳步增长。截至10月,累计完成投资3.2亿元: 截至 then the date and a comma tells
    how far the work had come by then, a status date, not a deadline (截至6月底前完成 is one)."""
    text = "\n".join([
        "某县交通运输局2026年工作计划",
        "一、2025年主要成绩",
        "(一)道路投资稳步增长。截至10月,累计完成投资3.2亿元,完成年度计划105%。",
        "二、2026年工作安排",
        "(一)推进农村公路建设。县公路中心负责,截至6月底前完成路面改造。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.title[:6] for t in tasks] == ["推进农村公路"]
    assert tasks[0].due is not None and tasks[0].due.isoformat() == "2026-06-30"


def test_a_season_a_plan_defines_by_its_dates_is_no_task(tmp_path: Path) -> None:
    """三、防汛时间安排 / 汛期为5月1日至9月30日: a season (…期为 A至B) named by its dates tells
    when it is, not when work must be done; the heading over it is no task."""
    text = "\n".join([
        "某镇2026年防汛工作方案",
        "一、指导思想",
        "坚持以防为主、防抗救相结合。",
        "二、防汛时间安排",
        "汛期为5月1日至9月30日",
        "主汛期为6月15日至8月15日",
        "三、工作要求",
        "1、落实领导责任。各村要加强领导。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].tasks == ()


def test_a_title_line_closing_on_its_year_states_the_plans_year(tmp_path: Path) -> None:
    """村级河道保洁工作方案2023(精选5篇): a title line closing on a year with no 年 (the site's
    count of samples perhaps after it) states the plan's year, as one opening on it does."""
    text = "\n".join([
        "某某文库",
        "村级河道保洁工作方案2023(精选5篇)",
        "篇一:村级河道保洁工作方案2023【篇1】",
        "一、工作目标",
        "全面落实河道保洁责任,保洁覆盖率达到100%。",
    ]) + "\n"
    assert _plans(tmp_path, text, year=2026)[0].year == 2023


def test_a_graduating_classs_year_before_届_is_no_goal(tmp_path: Path) -> None:
    """毕业去向落实率不低于2025届同期水平: 2025届 is a graduating class named by its year, the
    level compared with, not a count of 届; 连续举办3届 still counts."""
    text = "\n".join([
        "某省2026届高校毕业生就业工作方案",
        "一、工作目标",
        "促进2026届高校毕业生毕业去向落实率不低于2025届同期水平,连续举办招聘月活动不少于3届。",
        "二、主要任务",
        "(一)拓展就业岗位。省人力资源社会保障厅负责。",
    ]) + "\n"
    goals = _plans(tmp_path, text)[0].goals
    assert [(g.target, g.unit) for g in goals] == [(3.0, "届")]


def test_a_graduating_class_named_by_its_year_states_the_plans_year(tmp_path: Path) -> None:
    """…现就做好2026届高校毕业生就业工作制定本方案: a plan for the class of 2026 writes its year
    before 届, as before 年."""
    text = "\n".join([
        "为做好高校毕业生就业工作,现就做好某省2025届高校毕业生就业工作制定本方案。",
        "一、工作目标",
        "毕业去向落实率保持在合理水平。",
        "二、主要任务",
        "(一)拓展就业岗位。省人力资源社会保障厅负责。",
    ]) + "\n"
    assert _plans(tmp_path, text, year=2026)[0].year == 2025
