"""One unit test per rule learnt from the fresh26 corpus (tests/data/import-corpus-fresh26), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_the_documents_own_title_under_an_uploaded_files_name_names_the_plan(tmp_path: Path) -> None:
    """X2026方案.docx over X2026年方案为…: the uploader's file name differs from the title the
    document opens with, run into its preamble; the document's own title names the plan."""
    text = "\n".join([
        "某乡2026河塘清淤工作方案.docx",
        "某乡2026年河塘清淤工作方案为改善农村水环境,结合我乡实际,制定本方案。",
        "一、工作目标",
        "全面清理河塘淤泥。",
        "二、工作任务",
        "1.完成5处河塘清淤,6月底前完成。(乡水利站负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某乡2026年河塘清淤工作方案"


def test_a_notices_title_broken_before_its_last_word_is_one_title(tmp_path: Path) -> None:
    """某县人民政府 / 关于做好2026年X工作的 / 通 知: a notice that is itself the plan, its title
    set over lines and broken before 通知 (spaced out, alone on its line); the pieces, issuer
    first, are its title."""
    text = "\n".join([
        "某政发〔2026〕3号",
        "某县人民政府",
        "关于做好2026年河道保洁工作的",
        "通 知",
        "各乡镇人民政府、县直各有关单位:",
        "现就做好全年河道保洁工作通知如下。",
        "一、落实保洁责任",
        "1.各乡镇组建保洁队伍,3月底前完成。(各乡镇人民政府负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县人民政府关于做好2026年河道保洁工作的通知"


def test_a_news_pages_headline_over_its_byline_names_the_page(tmp_path: Path) -> None:
    """当前位置: 首页 > 某局 > 发展规划 / X的主要目标和任务 / 发布时间: … 来源: …: the headline over
    the byline names the page whatever its words (…目标和任务, …完成情况), before the
    breadcrumb's last item, the site's column."""
    text = "\n".join([
        "当前位置: 首页 > 某县商务局 > 发展规划",
        "某县商务局2026年商贸流通的主要目标和任务",
        "发布时间: 2026-02-15 来源: 县商务局 作者:未知",
        "2026年全县商贸流通的主要目标是:社会消费品零售总额增长8%以上。",
        "1.推进县域商业体系建设,年底前完成。(县商务局负责)",
        "2.发展农村电商,6月底前完成。(县供销社负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县商务局2026年商贸流通的主要目标和任务"
    text = "\n".join([
        "某县农业局2026年3月重点工作完成情况",
        "发布时间:2026-04-10 09:30 来源: 某县农业局 浏览量:",
        "序号 | 目标任务 | 牵头责任单位 | 计划完成时间 |",
        "1 | 建成高标准农田2万亩 | 农田建设股 | 2026年底 |",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县农业局2026年3月重点工作完成情况"


def test_an_essay_sites_word_for_its_sample_between_title_and_preamble_is_the_sites(tmp_path: Path) -> None:
    """X工作方案文稿为…: a page flattened to one line, an essay site's word for the sample (文稿,
    范文) between the title and the preamble run into it; the title ends before it."""
    text = "\n".join([
        "2026年某镇庭院美化专项工作方案文稿为改善农村人居环境,特制定如下工作方案。",
        "一、总体目标",
        "全面美化农户庭院。",
        "二、重点任务",
        "1.清理庭院杂物,年底前完成。(各村负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "2026年某镇庭院美化专项工作方案"


def test_a_preview_cut_mid_sentence_glued_to_the_title_is_no_title(tmp_path: Path) -> None:
    """文档介绍:X方案 / 深入贯彻…,切实做好…,进一步改善环境质量,防止X方案: a document site's
    label before the file's title, then its preview cut mid-sentence with the title glued on;
    a line whose sentence runs on over commas before the title's words is no title, and the
    label 文档介绍: is the site's."""
    text = "\n".join([
        "某镇河道保洁工作方案.docx",
        "文档介绍",
        "文档介绍:某镇河道保洁工作方案",
        "深入贯彻落实县关于河道保洁工作的文件精神,切实做好我镇2026年河道保洁,进一步改善水环境,防止垃圾入河某镇河道保洁工作方案",
        "深入贯彻落实县关于河道保洁工作的文件精神,切实做好我镇2026年河道保洁,进一步改善水环境,防止垃圾入河,结合我镇实际,制定如下工作方案:",
        "一、工作目标",
        "河道保洁率达到95%以上。",
        "二、工作任务",
        "1.组建保洁队伍,3月底前完成。(镇水利站负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某镇河道保洁工作方案"


def test_yi_between_two_months_is_the_lost_dash_of_a_stages_range(tmp_path: Path) -> None:
    """第二阶段(2026年4月一2026年10月): 一 between a month and a month (with its year) is the dash
    the page lost, as between two days; the stage runs to the end of the second month."""
    text = "\n".join([
        "某镇撂荒地整治工作方案",
        "为整治撂荒地,制定本方案。",
        "一、时间安排",
        "整治工作分两个阶段进行。",
        "(一)第一阶段(2026年4月底前)。各村摸清撂荒地底数。",
        "(二)第二阶段(2026年5月一2026年10月)。各村组织复耕复种。",
        "二、工作要求",
        "1.镇农业服务中心负责督导,年底前完成。",
    ]) + "\n"
    phases = _plans(tmp_path, text)[0].phases
    second = next(p for p in phases if "第二阶段" in p.title)
    assert (str(second.start), str(second.end)) == ("2026-05-01", "2026-10-31")


def test_a_paragraph_saying_it_gives_the_main_targets_states_the_plans_goals(tmp_path: Path) -> None:
    """2026年全县经济社会发展的主要目标是:地区生产总值增长7%以上;…: a paragraph before the first
    heading that says its clauses are the main targets states the plan's goals, each number
    with its unit one goal, though no rate is said to reach a value."""
    text = "\n".join([
        "某县发改局2026年经济社会发展的主要目标和任务",
        "2026年全县经济社会发展的主要目标和任务是:地区生产总值增长7%以上;"
        "全社会固定资产投资增长9%以上;一般公共预算收入增长6%以上。",
        "1.聚焦项目建设,全年实施重点项目50个。",
        "2.聚焦产业升级,培育规上企业20家。",
    ]) + "\n"
    goals = _plans(tmp_path, text)[0].goals
    assert [(g.target, g.unit) for g in goals] == [(7.0, "%"), (9.0, "%"), (6.0, "%")]


def test_a_goal_heading_run_into_its_statement_is_no_task_though_it_names_its_horizon(tmp_path: Path) -> None:
    """(二)主要目标。完成上级下达的年度指标,到2026年底,…比率不低于90%。: the goals' heading run
    into their statement; the year-end it names is the goals' horizon, no deadline of a task."""
    text = "\n".join([
        "某市2026年度扬尘污染防治攻坚实施计划",
        "为做好扬尘污染防治工作,编制本计划。",
        "(一)工作思路。坚持精准治污、科学治污。",
        "(二)主要目标。完成上级下达的年度约束性指标,到2026年底,城区空气质量优良天数比率不低于90%。",
        "(三)加强施工工地扬尘管控,6月底前完成。(市住建局负责)",
    ]) + "\n"
    plan = _plans(tmp_path, text)[0]
    assert [t.owners.owners for t in plan.tasks] == [("市住建局",)]
    assert [g.target for g in plan.goals] == [90.0]


def test_a_goals_and_tasks_heading_over_its_horizon_paragraph_is_no_task(tmp_path: Path) -> None:
    """一、目标任务 / 到2026年底,全市水环境质量进一步改善,…: the heading naming the plan's goals and
    tasks over one paragraph on its horizon, no unit named: the goals' statement, no task."""
    text = "\n".join([
        "某市2026年度水污染防治实施计划",
        "根据上级有关要求,结合我市实际,制定本计划。",
        "一、目标任务",
        "到2026年底,全市水环境质量进一步改善,黑臭水体基本消除。",
        "二、工作任务",
        "(一)加强工业污染防治",
        "1.严格环境准入,全年完成。(市生态环境局负责)",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.owners.owners for t in tasks] == [("市生态环境局",)]


def test_units_sharing_the_work_in_the_closing_bracket_all_own_it(tmp_path: Path) -> None:
    """…。(县委宣传部、县教育局分工负责;各乡镇): the units the closing bracket says share the work
    (分工负责) own it, and so do those after them in the bracket (县安委办;各乡镇)."""
    text = "\n".join([
        "某县2026年安全生产工作要点",
        "一、压实安全生产责任",
        "1.将安全生产纳入各级理论学习内容。(县委宣传部、县教育局分工负责;各乡镇)",
        "2.组织企业负责人开展轮训学习。(县应急局、各行业主管部门分工负责,县安委办;各乡镇)",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.owners.owners for t in tasks] == [
        ("县委宣传部", "县教育局", "各乡镇"),
        ("县应急局", "各行业主管部门", "县安委办", "各乡镇"),
    ]
