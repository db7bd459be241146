"""One unit test per rule learnt from the fresh21 corpus (tests/data/import-corpus-fresh21), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from made_up import plans_of as _plans


def test_a_page_that_is_only_a_plans_title_is_a_plan_with_no_tasks(tmp_path: Path) -> None:
    """2020年某县X实施方案 alone on the page (a search hit whose body was not kept): a draft with
    that title and no tasks, not a refusal."""
    plans = _plans(tmp_path, "2020年某县农村厕所改造奖补实施方案\n")
    assert [(p.title, p.tasks) for p in plans] == [("2020年某县农村厕所改造奖补实施方案", ())]


def test_a_title_only_pages_page_number_is_no_part_of_the_title(tmp_path: Path) -> None:
    """某省X厅关于X的实施方案 第2页: the site's page number after the lone title is left out."""
    plans = _plans(tmp_path, "某省水利厅关于开展河湖清四乱专项行动的实施方案 第2页\n")
    assert [p.title for p in plans] == ["某省水利厅关于开展河湖清四乱专项行动的实施方案"]


def test_a_lone_sentence_is_still_no_plan(tmp_path: Path) -> None:
    """A page of one sentence that only mentions a plan is no plan's title: still refused."""
    p = tmp_path / "doc.txt"
    p.write_text("各单位要认真落实本方案的各项要求,确保取得实效。\n", encoding="utf-8")
    from tracker.importer import detect_plans, read_document

    doc = read_document(p)
    assert detect_plans(doc, year=2026, infer_year=True) == []  # type: ignore[arg-type]


def test_a_title_glued_to_the_addressees_after_it_is_the_title_alone(tmp_path: Path) -> None:
    """某镇关于X的实施方案各村委会、镇直各单位: on one line (the page lost the break between the
    title and the addressees), under an essay site's heading: the plan is named by the title
    alone, not left unnamed nor named with its addressees."""
    text = "\n".join([
        "最新农村改厕 某镇农村厕所改造实施方案大全",
        "",
        "某镇关于推进农村厕所改造工作的实施方案各村委会、镇直各单位:",
        "",
        "为改善农村人居环境,根据县委县政府的部署,结合我镇实际,制定本方案。",
        "",
        "一、工作目标",
        "",
        "全年完成改厕500户。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某镇关于推进农村厕所改造工作的实施方案"


def test_a_rate_to_reach_before_the_first_heading_is_a_goal(tmp_path: Path) -> None:
    """A paragraph between the preamble and 1、 whose goal heading the page dropped: the rates it
    says are to reach a value (X率达100%) are the plan's goals; a sentence telling what was
    already reached (去年…率达85%) is background."""
    text = "\n".join([
        "某街道农村饮水安全工作方案",
        "",
        "为保障群众饮水安全,结合本街道实际,制定本方案。去年全街道自来水普及率达85%。",
        "",
        "集中供水工程水质检测合格率达95%以上;农村自来水入户率达98%;杜绝饮水安全事故。",
        "",
        "1、排查摸底阶段(3月至4月)。各村全面排查供水设施。",
        "",
        "2、整改提升阶段(5月至10月)。各村对存在问题逐项整改。",
        "",
    ])
    goals = _plans(tmp_path, text)[0].goals
    assert [(g.target, g.unit) for g in goals] == [(95, "%"), (98, "%")]
    assert goals[0].text.startswith("集中供水工程水质检测合格率达95%")


def test_a_rate_to_reach_run_into_the_preamble_is_a_goal(tmp_path: Path) -> None:
    """X方案 为…,根据…精神, 50%以上的村建成…,示范村覆盖率达80%以上;到2025年…: the goal
    section run into the preamble on one line; every number with a unit in that sentence."""
    text = "\n".join([
        "某县美丽乡村建设实施方案 为改善农村人居环境,根据省委省政府精神, 50%以上的村建成美丽乡村,"
        "示范村覆盖率达80%以上;到2025年,基本实现美丽乡村全覆盖。",
        "二、建设内容",
        "(一)村庄整治。各乡镇要统筹推进。",
        "",
    ])
    goals = _plans(tmp_path, text)[0].goals
    assert [(g.target, g.unit) for g in goals] == [(50, "%"), (80, "%")]


def test_a_stage_between_masked_years_runs_into_the_next_year(tmp_path: Path) -> None:
    """(二)X阶段(x年10月至x年3月): a template's masked year before each month says no more than
    the months alone: the stage runs from October into the next year's March, and its name stops
    before the bracket."""
    text = "\n".join([
        "某区秸秆禁烧工作方案",
        "为改善空气质量,制定本方案。",
        "一、实施步骤",
        "(一)动员部署阶段(x年9月)。召开动员会议。",
        "(二)集中整治阶段(x年10月至x年3月)。各街道开展巡查。",
        "",
    ])
    phases = _plans(tmp_path, text, year=2024)[0].phases
    assert [(p.title, p.start, p.end) for p in phases][1] == (
        "集中整治阶段", date(2024, 10, 1), date(2025, 3, 31))


def test_a_stage_whose_start_month_is_garbled_has_no_start(tmp_path: Path) -> None:
    """(一)X阶段(x年2019月至5月): a start month no calendar has (the page garbled it): the stage
    ends with May, its start unknown rather than May's first day."""
    text = "\n".join([
        "某区秸秆禁烧工作方案",
        "为改善空气质量,制定本方案。",
        "一、实施步骤",
        "(一)动员部署阶段(x年2019月至5月)。召开动员会议。",
        "(二)集中整治阶段(6月至9月)。各街道开展巡查。",
        "",
    ])
    phases = _plans(tmp_path, text, year=2024)[0].phases
    assert [(p.title, p.start, p.end) for p in phases][0] == ("动员部署阶段", None, date(2024, 5, 31))


def test_a_heading_naming_who_does_the_work_glued_to_the_unit_is_no_part_of_its_name(
    tmp_path: Path,
) -> None:
    """二、实施主体各乡镇人民政府负责…: the heading (实施主体) run into its first sentence: the
    owner is 各乡镇人民政府, not 实施主体各乡镇人民政府."""
    text = "\n".join([
        "某县农村垃圾治理工作方案",
        "为改善农村人居环境,制定本方案。",
        "一、工作目标",
        "全县农村生活垃圾有效治理。",
        "二、实施主体各乡镇人民政府负责本辖区农村垃圾治理工作,要加强组织领导,认真制定工作方案。",
        "三、工作要求",
        "各单位要高度重视。",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.owners.owners for t in tasks] == [("各乡镇人民政府",)]


def test_a_slogan_in_quote_marks_opening_on_its_count_is_no_goal(tmp_path: Path) -> None:
    """一、指导思想和主要目标 …以“4个全面”战略布局为指导…,全年新建公厕12座: the quoted slogan's
    count is no target; the 12 toilets are."""
    text = "\n".join([
        "某镇公厕建设工作方案",
        "为改善人居环境,制定本方案。",
        "一、指导思想和主要目标",
        "以“4个全面”战略布局为指导,全年新建公厕12座。",
        "二、工作要求",
        "各村要高度重视。",
        "",
    ])
    goals = _plans(tmp_path, text)[0].goals
    assert [(g.target, g.unit) for g in goals] == [(12, "座")]


def test_the_span_a_stage_runs_is_no_deadline(tmp_path: Path) -> None:
    """三、时间安排 2024年5月上旬至2024年9月30日为集中攻坚期: a range said with 为 is when the
    work runs, not a deadline: with no unit named, the item is no task."""
    text = "\n".join([
        "某市扬尘治理攻坚实施方案",
        "为改善空气质量,制定本方案。",
        "一、工作目标",
        "全市扬尘污染得到有效遏制。",
        "二、时间安排",
        "2024年5月上旬至2024年9月30日为集中攻坚期,全面开展扬尘整治。",
        "三、工作措施",
        "(一)加强工地管理。市住建局负责,9月30日前完成全部工地围挡。",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.owners.owners, t.due) for t in tasks] == [("(一)", ("市住建局",), date(2024, 9, 30))]


def test_a_full_stop_then_a_space_then_a_marker_starts_a_paragraph_on_a_flattened_page(
    tmp_path: Path,
) -> None:
    """A page flattened to one line keeps a space where a paragraph broke (…如下方案。 1. 指导思想 …
    …环境。 二、工作目标 1.…): each marker after a full stop and that space starts a paragraph,
    so the page is read as a plan and its goal section's target found, not refused."""
    text = ("某县农村改厕实施方案 为改善农村人居环境,根据省市有关要求,结合我县实际,特制定如下实施方案。"
            " 1. 指导思想 以改善农村人居环境为目标,坚持政府引导、群众自愿、因地制宜、分类推进的原则,"
            "统筹推进农村厕所革命,加快补齐农村人居环境短板,为建设美丽宜居乡村打下坚实基础,不断提升"
            "农民群众的获得感和幸福感,推动乡村全面振兴取得新的成效,努力实现农村人居环境明显改善,"
            "切实把这项民生实事办好办实,让广大农民群众用上干净、卫生、方便、安全的厕所,形成农村"
            "改厕工作长效管护机制,为全面推进乡村振兴和农业农村现代化提供有力支撑。"
            " 二、工作目标 1.全县农村卫生厕所普及率达到 95%。各乡镇要按照年度计划分步实施,确保"
            "按期完成改厕任务。\n")
    plans = _plans(tmp_path, text)
    assert [(g.target, g.unit) for g in plans[0].goals] == [(95, "%")]


def test_a_numbered_goal_opening_on_its_horizon_is_a_goal_not_a_task(tmp_path: Path) -> None:
    """一、工作目标 (一)到2025年底,全县新增30个村创建美丽乡村…: numbered items of a goal section
    opening on the year they aim at state goals, as an unnumbered paragraph doing so does; no unit
    in a role, so no task due then."""
    text = "\n".join([
        "某县美丽乡村创建行动方案",
        "为建设美丽乡村,制定本方案。",
        "一、工作目标",
        "(一)到2025年底,全县新增30个村创建美丽乡村并获命名。",
        "(二)到2027年底,全县再增20个村创建美丽乡村并获命名。",
        "二、工作措施",
        "(一)加强领导。县农业农村局负责,6月底前制定创建标准。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(g.target, g.unit) for g in plan.goals] == [(30, "个"), (20, "个")]
    assert [t.owners.owners for t in plan.tasks] == [("县农业农村局",)]


def test_two_paragraph_breaks_kept_as_spaces_split_a_shorter_flattened_line(tmp_path: Path) -> None:
    """A shorter line holding a title, its preamble and two headings, each after a full stop and
    the space the flattening left (…。 二、工作要求 …。 (一)加强领导。…): the headings are read,
    and the item under them is a task."""
    text = ("某县农村饮水安全实施方案 为保障农村饮水安全,结合实际,制定本方案。 二、工作要求 各乡镇要"
            "高度重视,落实工作责任。 (一)加强水质检测。县疾控中心负责,每季度对农村供水水质开展一次"
            "检测,确保群众饮水安全。\n")
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.owners.owners) for t in tasks] == [("(一)", ("县疾控中心",))]


def test_a_document_sites_footer_is_no_item_under_the_last_heading(tmp_path: Path) -> None:
    """文档评论(0) / 1亿VIP精品文档 / 相关文档 under a document site's preview: the site's footer,
    not an item 1 that would make the preview's last item a heading over it."""
    text = "\n".join([
        "某县农村饮水安全实施方案",
        "为保障农村饮水安全,结合实际,制定本方案。",
        "一、工作要求",
        "(一)加强水质检测。县疾控中心负责每季度对农村供水水质开展一次检测。",
        "",
        "文档评论(0)",
        "",
        "1亿VIP精品文档",
        "",
        "相关文档",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.owners.owners) for t in tasks] == [("(一)", ("县疾控中心",))]


def test_the_one_named_first_in_charge_owns_an_item_naming_no_unit(tmp_path: Path) -> None:
    """(一)服务主体。家庭医生是签约服务的第一责任人,…: no unit in a role, but the item says who is
    first answerable for its work: they own it (责任人 reads as owners). An item that names a unit
    in a role keeps it."""
    text = "\n".join([
        "某区家庭医生签约服务实施方案",
        "为做好家庭医生签约服务,制定本方案。",
        "一、签约要求",
        "(一)服务主体。家庭医生是签约服务的第一责任人,与居民签订服务协议,提供基本医疗服务。",
        "(二)服务保障。区卫健局负责落实签约服务经费。",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.owners.owners) for t in tasks] == [
        ("(一)", ("家庭医生",)), ("(二)", ("区卫健局",))]


def test_a_stage_between_two_days_whose_dash_was_lost_is_a_range(tmp_path: Path) -> None:
    """1.摸底阶段(6月3日9日): two days of one month, the dash between them lost by the page: the
    stage runs from the first to the second."""
    text = "\n".join([
        "某乡环境卫生整治方案",
        "为改善村容村貌,制定本方案。",
        "一、整治步骤",
        "1.摸底阶段(6月3日9日),各村对卫生死角摸底造册。",
        "2.整治阶段(6月10日30日),各村集中清理。",
        "",
    ])
    phases = _plans(tmp_path, text, year=2024)[0].phases
    assert [(p.start, p.end) for p in phases] == [
        (date(2024, 6, 3), date(2024, 6, 9)), (date(2024, 6, 10), date(2024, 6, 30))]


def test_a_stage_dated_by_a_year_then_two_days_reads_the_first_as_its_month(tmp_path: Path) -> None:
    """(一)动员阶段(2022年5日20日前): after a year, two days: the first is the month the page
    garbled (5日 for 5月), so the stage ends on 20 May."""
    text = "\n".join([
        "某镇春季动物防疫工作方案",
        "为做好春季动物防疫工作,制定本方案。",
        "一、实施步骤",
        "(一)动员阶段(2022年5日20日前)。召开动员会议。",
        "(二)免疫阶段(2022年5月21日至6月10日)。各村集中免疫。",
        "",
    ])
    phases = _plans(tmp_path, text)[0].phases
    assert [(p.start, p.end) for p in phases][0] == (None, date(2022, 5, 20))


def test_a_heading_run_into_its_first_parenthesised_item_is_split_from_it(tmp_path: Path) -> None:
    """三、工作步骤(一)宣传阶段(3月1日-3月10日)…: the heading and its first (一) item on one line
    (the page lost the break): the item is read under the heading, a stage with its dates."""
    text = "\n".join([
        "某支行文明创建活动方案",
        "为推进文明创建工作,制定本方案。",
        "三、工作步骤(一)宣传阶段(3月1日-3月10日)要结合支行实际,开展形式多样的宣传活动。",
        "(二)实施阶段(3月11日-4月30日)各网点按要求开展创建。",
        "",
    ])
    phases = _plans(tmp_path, text, year=2024)[0].phases
    assert [(p.start, p.end) for p in phases] == [
        (date(2024, 3, 1), date(2024, 3, 10)), (date(2024, 3, 11), date(2024, 4, 30))]


def test_a_stage_named_with_its_dates_after_a_full_stop_starts_a_paragraph(tmp_path: Path) -> None:
    """…五、工作步骤摸底阶段:6月1日至6月10日此阶段…。整治阶段:6月11日至30日此阶段…: on a page
    flattened to one line, the second stage, named with its dates right after a full stop, is a
    stage of its own with those dates."""
    text = ("某村环境卫生整治实施方案为改善农村人居环境,提升村容村貌,根据镇党委政府的统一部署,结合我村"
            "实际,制定本方案。一、指导思想以改善农村人居环境为目标,坚持政府引导、群众参与、因地制宜的"
            "原则,全面开展村庄环境卫生整治,努力建设干净整洁美丽宜居乡村,切实提升群众的获得感和幸福感,"
            "形成村庄环境卫生长效管护机制,为全面推进乡村振兴打下坚实基础,让全村群众共享整治成果。"
            "二、工作步骤摸底阶段:6月1日至6月10日此阶段主要对全村的卫生死角、陈年垃圾进行全面摸底,登记"
            "造册,建立台账,明确整治责任和完成时限,并入户开展宣传动员。整治阶段:6月11日至30日此阶段主要"
            "对陈年垃圾进行集中清理清运,对卫生死角逐一整治,做到日产日清。\n")
    phases = _plans(tmp_path, text, year=2024)[0].phases
    assert [(p.start, p.end) for p in phases] == [
        (date(2024, 6, 1), date(2024, 6, 10)), (date(2024, 6, 11), date(2024, 6, 30))]
