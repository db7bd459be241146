"""One unit test per rule learnt from the fresh20 corpus (tests/data/import-corpus-fresh20), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from made_up import plans_of as _plans


def test_a_title_glued_to_a_preamble_that_says_this_plan_is_made_is_the_title(tmp_path: Path) -> None:
    """第1页共2页X方案冬季是…,特制定本方案。一、…: a document site's page marker, then the plan's
    title run into a preamble that opens with no 为 / 根据 but closes by saying this very plan is
    made (制定本方案), all on one flattened line: the plan is X."""
    text = (
        "第1页共2页某县冬季森林防火工作方案冬季是森林火灾易发时段,也是防火工作的关键时期。为做好今冬"
        "森林防火工作,保护森林资源,结合我县实际,特制定本工作方案。一、指导思想坚持预防为主、积极消灭"
        "的方针。二、工作目标全县森林火灾受害率控制在0.5‰以内。三、工作措施(一)加强宣传各乡镇要利用"
        "广播、标语广泛宣传防火知识。(二)强化巡查各村护林员每日巡山一次。\n"
    )
    assert _plans(tmp_path, text)[0].title == "某县冬季森林防火工作方案"


def test_a_long_flattened_preamble_that_never_says_this_plan_is_made_is_read_in_time(tmp_path: Path) -> None:
    """The pattern for a title glued to its preamble stays bounded on a long flattened line whose
    preamble never says 制定本方案 (many clauses, few full stops)."""
    import time

    text = ("第1页共9页某县冬季森林防火工作方案" + "冬季是森林火灾易发时段,也是防火工作的关键时期," * 200
            + "。一、指导思想坚持预防为主。二、工作目标全县森林火灾受害率控制在0.5‰以内。三、工作措施"
            "(一)加强宣传各乡镇要利用广播宣传防火知识。\n")
    start = time.process_time()
    _plans(tmp_path, text)
    assert time.process_time() - start < 2.0


def test_a_templates_masked_year_gives_way_to_the_year_its_preamble_states_for_itself(tmp_path: Path) -> None:
    """某县XX年X方案 over a preamble 为做好我县2021年…: the title masks the year a template left
    blank, the unit then states its own year (我县2021年): the plan is for that year, and a stage
    written without its year falls in it."""
    text = "\n".join([
        "某县XX年冬季森林防火工作方案",
        "为做好我县2021年冬季森林防火工作,保护森林资源,结合我县实际,特制定本方案。",
        "一、工作步骤",
        "(一)宣传发动阶段(11月1日至11月15日)。各乡镇召开动员会议。",
        "(二)集中整治阶段(11月16日至12月31日)。各乡镇开展隐患排查。",
        "二、工作要求",
        "各乡镇要高度重视,确保不发生森林火灾。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert plan.year == 2021


def test_a_stage_from_a_day_on_up_to_another_runs_between_the_two(tmp_path: Path) -> None:
    """(二)X阶段(2021年11月1日起至11月15日): a start said with 起, then 至 and the day the stage
    ends, is one range, not a stage open from its start."""
    text = "\n".join([
        "某县冬季森林防火工作方案",
        "为做好冬季森林防火工作,保护森林资源,结合我县实际,特制定本方案。",
        "一、工作步骤",
        "(一)宣传发动阶段(2021年10月20日至10月31日)。各乡镇召开动员会议。",
        "(二)隐患排查阶段(2021年11月1日起至11月15日)。各乡镇开展隐患排查。",
        "二、工作要求",
        "各乡镇要高度重视,确保不发生森林火灾。",
        "",
    ])
    phases = _plans(tmp_path, text)[0].phases
    stage = next(p for p in phases if p.title.startswith("隐患排查"))
    assert (stage.start, stage.end) == (date(2021, 11, 1), date(2021, 11, 15))


def test_a_notices_addressees_after_the_pages_metadata_fields_own_nothing(tmp_path: Path) -> None:
    """发文机关: / 成文日期: / 标题:… (a government page's metadata fields), then 各村委会、镇直各单位:
    over the cover notice's text and the plan's title: the notice's addressees, not a unit whose
    duties follow, so no task is theirs."""
    text = "\n".join([
        "索引号:001",
        "发文机关:",
        "成文日期:",
        "标题:关于印发《某镇冬季森林防火工作方案》的通知",
        "发文字号:某政〔2021〕5号",
        "关于印发《某镇冬季森林防火工作方案》的通知",
        "各村委会、镇直各单位:",
        "为切实做好今冬森林防火工作,制定了《某镇冬季森林防火工作方案》,现印发给你们,请认真贯彻执行。",
        "二〇二一年十月八日",
        "某镇冬季森林防火工作方案",
        "为切实做好今冬森林防火工作,保护森林资源,结合我镇实际,制定本方案。",
        "一、工作目标",
        "全镇森林火灾受害率控制在1‰以内。",
        "二、工作要求",
        "各村要高度重视,加强巡查。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert not [t for t in plan.tasks if "各村委会" in t.owners.owners]


def test_a_duty_section_over_units_standing_alone_after_a_lost_numbers_dot_is_one_task(tmp_path: Path) -> None:
    """(三)明确职责 over paragraphs .X。X的主要职责是负责…: each opens with a unit standing alone as
    its first sentence, the list number lost but for the dot the page left: one task owned by those
    units."""
    text = "\n".join([
        "某县禁止非法捕捞工作方案",
        "为保护渔业资源,结合我县实际,制定本方案。",
        "一、工作目标",
        "持续打击非法捕捞行为。",
        "二、明确职责",
        ".县渔政执法大队。渔政执法大队的主要职责是负责查处非法捕捞行为,开展日常巡查。",
        ".县市场监督管理局。市场监督管理局的主要职责是负责查处非法销售渔获物行为。",
        "三、工作要求",
        "各单位要高度重视。",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    duty = next(t for t in tasks if t.title.startswith("明确职责"))
    assert set(duty.owners.owners) == {"县渔政执法大队", "县市场监督管理局"}


def test_a_span_of_months_in_a_goal_section_is_no_target(tmp_path: Path) -> None:
    """二、工作目标 用3个月左右时间,全面排查…: how long the work takes (3个月, 2个星期) is no target,
    while the section's 95% still is."""
    text = "\n".join([
        "某县燃气安全专项整治工作方案",
        "为加强燃气安全管理,结合我县实际,制定本方案。",
        "一、工作目标",
        "用3个月左右时间,全面排查整治燃气风险隐患;隐患整改率达到95%以上。",
        "二、工作措施",
        "各乡镇要开展隐患排查。",
        "",
    ])
    goals = _plans(tmp_path, text)[0].goals
    assert [(g.target, g.unit) for g in goals] == [(95, "%")]
