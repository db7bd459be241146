"""One unit test per rule learnt from the fresh36 to fresh39 corpora
(tests/data/import-corpus-fresh36 … -fresh39), each on a small made-up text in the shape the rule
is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_a_plan_written_as_prose_under_its_title_is_a_plan(tmp_path: Path) -> None:
    """A site's path, the plan's title on a line of its own, then the plan in running prose, no
    numbered item anywhere (a development plan handed down, a ward's yearly plan, a college's
    plan in 第一条 articles): the page is a plan with that title, not refused."""
    pages = [
        [
            "当前位置:首页",
            "> 政务公开 > 规划计划",
            "某某县2025年农业农村发展计划",
            "分享",
            "",
            "某某县人民政府",
            "",
            "某政发〔2025〕7号",
            "",
            "今年全县粮食播种面积稳定在50万亩以上,农村居民人均可支配收入增长7%,现将本计划下达"
            "给你们,请各乡镇、各部门结合实际认真组织实施,确保各项目标按期完成。",
        ],
        [
            "查看更多",
            "2026年病区护理年度工作计划",
            "2026年病区护理工作以提升服务质量为主线,围绕优质护理服务要求,通过制度完善和全员培训,"
            "力争实现患者满意度≥95%、压力性损伤发生率≤0.5%的目标,确保全年无重大护理差错。",
        ],
        [
            "首页 > 机构设置 > 发展规划",
            "",
            "某某职业技术学院实训基地建设三年行动计划(2023-2025年)",
            "",
            "[ 2023-03-09 ]",
            "",
            "第一章 总则",
            "",
            "第一条为加快学院实训基地建设,提升人才培养质量,结合学院实际,制定本计划,请各系部认真"
            "贯彻执行,加强统筹协调,确保按期完成各项建设任务。",
        ],
    ]
    for lines in pages:
        titled = next(line for line in lines if line.endswith(("计划", "年)")) and ">" not in line)
        plans = _plans(tmp_path, "\n".join(lines) + "\n")
        assert [p.title for p in plans] == [titled], titled


def test_the_notice_sentence_handing_out_the_plan_names_it_in_either_order(tmp_path: Path) -> None:
    """经区政府同意,现将《X》印发给你们 and 《X》已经县政府同意,现予以印发: a cover notice's sentence
    handing the plan out names it whichever comes first, the consent or the plan, when no title
    line above the plan's body does (its title broken over lines, or run into the notice)."""
    pages = [
        [
            "导航",
            "某某区人民政府办公室关于印发某某区创建市级农业园区工作方案的通知",
            "字体:",
            "某某区人民政府",
            "关于印发某某区创建市级农业园",
            "区工作方案的通知",
            "各镇乡人民政府(街道办事处),区政府各部门:",
            "经区政府同意,现将《某某区创建市级农业园区工作方案》印发给你们,请认真贯彻执行。",
            "某某区创建市级农业园区",
            "工作方案",
            "农业园区是发展现代农业的重要载体,为加快园区建设,结合本区实际,制定本方案。一、总体要求",
        ],
        [
            "|",
            "某某县人民政府办公室关于印发某某县科普宣传周活动方案的通知各乡镇人民政府,县直有关单位: "
            "《某某县科普宣传周活动方案》已经县政府同意,现予以印发,请遵照执行。 二〇一三年五月六日某某县科普宣传周活动方案",
            "一、指导思想以提高群众科学素质为目标,广泛开展科普宣传活动。",
            "二、活动时间 5月6日至12日为全县科普宣传周。",
        ],
    ]
    for lines, name in zip(pages, ("某某区创建市级农业园区工作方案", "某某县科普宣传周活动方案"), strict=True):
        assert _plans(tmp_path, "\n".join(lines) + "\n")[0].title == name


def test_a_title_run_into_its_preamble_opening_on_this_year_names_the_plan(tmp_path: Path) -> None:
    """1、某乡2024年工作目标和工作措施 今年,全乡… / 12024年社区2024年工作规划今年是… / X要点2024年,是…:
    a document site's preview whose first line is the plan's title run into a preamble opening on
    the year (今年, 2024年, after the preview's chunk number 1 if kept; the preview's chunks 1、 2、
    broken mid-sentence) names the plan, whether or not numbered items follow."""
    preamble = ("全乡经济社会发展的总体思路是以改善民生为主线,进一步转变作风,真抓实干,打好产业发展、"
                "乡村建设、民生保障三大战役,为全面建设美丽乡村打下坚实基础。")
    pages = [
        ("某乡2024年工作目标和工作措施", [
            f"1、某乡2024年工作目标和工作措施 今年,{preamble} 一是大力抓好农业示范园区建设。高标准",
            f"2、实施好全乡2000亩高标准农田建设项目,完成渠道整修。{preamble}",
        ]),
        ("镇2024年政府工作要点", ["镇2024年政府工作要点3.docx", f"镇2024年政府工作要点2024年,是{preamble}"]),
        ("2024年社区2024年工作规划", [
            f"12024年社区2024年工作规划今年是{preamble}",
            "一、抓好基层党建 社区党委负责,年底前完成。",
            "二、抓好环境整治 社区居委会负责,年底前完成。",
        ]),
    ]
    for name, lines in pages:
        assert _plans(tmp_path, "\n".join(lines) + "\n")[0].title == name


def test_a_date_the_page_wrote_by_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    """X实施方案 2021-05-10 (the date the page was posted, after the title on its line) and
    某镇党委办公室 2021年5月10日印发 over the title (a notice's record of its printing, left above
    the plan it sent): the dates are the page's, not part of the plan's title."""
    pages = [
        [
            "关于加快发展社区养老服务的实施方案 2021-05-10",
            "",
            "为进一步落实区里关于养老服务工作的部署,结合本街道实际,制定本方案。",
            "",
            "一、目标",
            "",
            "1.建成社区养老服务站3个,年底前完成。(街道民政科负责)",
        ],
        [
            "关于印发《某镇2021年农村人居环境整治实施方案》的通知",
            "各村党支部、村委会,镇直各单位:",
            "经镇党委、政府研究同意,现将《某镇2021年农村人居环境整治实施方案》印发给你们,请认真执行",
            "某镇人民政府",
            "2021年5月10日",
            "中共某镇委员会办公室 2021年5月10日印发",
            "2021年农村人居环境整治实施方案",
            "为改善农村人居环境,结合我镇实际,制定本方案。",
            "一、工作任务",
            "1.清理村庄垃圾,6月底前完成。(镇环卫所负责)",
        ],
    ]
    for lines, name in zip(pages, ("关于加快发展社区养老服务的实施方案", "2021年农村人居环境整治实施方案"), strict=True):
        assert _plans(tmp_path, "\n".join(lines) + "\n")[0].title == name


def test_a_sites_path_or_page_name_around_the_title_is_the_sites(tmp_path: Path) -> None:
    """首頁 > 精品范文 > X工作計劃 as the title line (the site's path to the page, its last step the
    plan's name) and 某某宣传片|X宣传方案 (the page's name joined to the plan's by a bar): the
    plan's title is the step or part that names a plan."""
    pages = [
        ("2022年村級環境整治工作計劃", [
            "首頁 > 精品范文 > 2022年村級環境整治工作計劃",
            "時間:2022-09-29 15:54:48",
            "序論:寫作是一種深度的自我表達,本站為您帶來了七篇村级环境整治工作計劃范文。",
            "一、工作任務",
            "1.清理村内垃圾,6月底前完成。(村委會負責)",
        ]),
        ("20周年校庆宣传方案", [
            "20周年校庆宣传片|20周年校庆宣传方案",
            "一、目的:营造热烈氛围,扩大社会影响。",
            "二、任务分工",
            "1、党委宣传部牵头负责新闻宣传报道工作的策划与实施。",
        ]),
    ]
    for name, lines in pages:
        assert _plans(tmp_path, "\n".join(lines) + "\n")[0].title == name


def test_a_long_title_ending_in_its_measures_is_not_joined_to_the_preamble(tmp_path: Path) -> None:
    """关于…的若干措施 (or 若幹措施, 具体措施), a long title line stopping without punctuation: the
    page did not break a sentence there, the preamble under it is not joined to it."""
    for name in ("关于深化改革创新促进海洋经济高质量发展的若干措施", "關於深化改革創新促進海洋經濟高質量發展的若幹措施",
                 "关于进一步优化全市营商环境支持民营企业发展的具体措施"):
        text = "\n".join([
            name,
            "为深入贯彻落实省委省政府关于海洋经济的部署,推动海洋经济做强做优做大,制定以下措施。",
            "一、建立基础设施支撑机制",
            "1.实施港口能力提升行动。新建泊位5个以上,年底前完成。(市交通运输局负责)",
        ]) + "\n"
        assert _plans(tmp_path, text)[0].title == name


def test_an_info_box_written_as_a_dashed_list_names_the_plan(tmp_path: Path) -> None:
    """- 索 引 號:… / - 標題:X的通知 / - 發布日期:…: a government site's info box written as a list,
    one dashed field a line: the fields are lines of their own (not one run-on line), and the
    標題 field names the plan when no title line does."""
    text = "\n".join([
        "- 首頁 > 政務公開 > 政府信息公開 > 市政府文件",
        "- 索 引 號:QZ00000-3000-2025-00001",
        "- 主題分類:其他政府信息",
        "- 發布機構:某某市人民政府辦公室",
        "- 標題:某某市人民政府辦公室關于2025年重點工作任務責任分解的通知",
        "- 備注/文號:某政辦〔2025〕1號",
        "- 發布日期:2025-01-26",
        "各鎮人民政府、街道辦事處,市直各單位:",
        "2025年是全面完成規劃目標任務的關鍵之年。現將重點工作任務責任分解如下,請認真抓好落實。",
        "一、提高認識,壓實責任。各鎮(街道)、各部門要把任務落實到人。",
        "二、細化措施,合力推進。各部門要對照目標,細化任務分解。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某某市人民政府辦公室關于2025年重點工作任務責任分解的通知"


def test_the_plans_own_title_under_its_notice_names_it_fuller(tmp_path: Path) -> None:
    """关于印发县X工作方案的通知 … 制定《某某县X工作方案》,经县政府同意印发,请遵照实施 … 某某县X工作方案:
    the notice's sentence handing the plan out (经…同意印发) ends the notice, so the plan's own
    title line under its signature names the plan, not the notice's title (its county left off)."""
    text = "\n".join([
        "某某县商务局文件",
        "某商发〔2020〕17号",
        "某某县商务局",
        "关于印发县外贸稳企专班工作方案的通知",
        "各乡镇(街道、园区),县级机关有关部门:",
        "根据全县稳外贸工作部署,县政府决定成立某某县外贸稳企专班。县商务局会同有关部门制定《某某县外贸稳企专班"
        "工作方案》,经县政府同意印发,请遵照实施。",
        "某某县商务局",
        "2020年5月14日",
        "某某县外贸稳企专班工作方案",
        "为确保完成全年外贸目标任务,结合我县实际,制定本方案。",
        "一、工作举措",
        "(一)抓展会拓市场。组织企业参加线上展会,6月底前完成。(县商务局负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某某县外贸稳企专班工作方案"


def test_a_years_policy_address_in_prose_is_a_plan(tmp_path: Path) -> None:
    """2019年某某範疇施政方針 over the address in prose and dashed points (a government's policy
    address for the year, 施政方針 / 施政方针, what it will do): a plan with that title, not refused."""
    for name in ("2019年行政法務範疇施政方針", "2019年行政法务范畴施政方针"):
        text = "\n".join([
            "",
            name,
            "2019年,行政法務範疇將繼續以公共行政和法律制度改革為主軸,以促進民生為核心,創新完善機制,"
            "加強政策協調,腳踏實地推進廉潔高效政府的建設。",
            "推進職能架構重整",
            "- 在啟動第二階段職能重整規劃基礎上,有序跟進各範疇部門的重整或合併。",
        ]) + "\n"
        assert [p.title for p in _plans(tmp_path, text)] == [name]


def test_expected_targets_set_against_the_same_period_last_year_are_goals(tmp_path: Path) -> None:
    """经济发展预期目标:全区工业增加值同比增长8%;公共财政预算收入同比增长7%;…: in a paragraph naming
    the year's expected targets, 同比增长 sets a target against the same period of last year (as
    比上年增长 does), it reports no past figure: every clause states a goal. 全年工作指导思想: above
    it heads no unit's work (as 目标: / 原则: do not), so the targets still stand before the plan's
    first heading."""
    text = "\n".join([
        "某某区2017年工业园区工作计划",
        "2017年是实施五年规划的关键之年,全区上下要奋力开创园区发展新局面。",
        "全年工作指导思想:以创新型园区建设为契机,以招商引资为抓手,全力推动经济发展。",
        "经济发展预期目标:2017年全区规模以上工业增加值同比增长8%;公共财政预算收入同比增长7%;"
        "固定资产投资增长15%。",
        "一、主要工作",
        "1.加快项目建设,年底前完成。(区发改局负责)",
    ]) + "\n"
    goals = _plans(tmp_path, text)[0].goals
    assert [(g.target, g.unit) for g in goals] == [(8.0, "%"), (7.0, "%"), (15.0, "%")]


def test_targets_aimed_at_with_bounds_in_the_opening_paragraph_are_goals(tmp_path: Path) -> None:
    """…力争实现病区跌倒发生率≤0.5‰(2025年基线0.8‰)、护理文书合格率≥98%的核心目标,同时确保患者满意度≥95%:
    a plan's opening paragraph aiming (力争 / 确保) at figures bounded by ≥ / ≤ states its goals, one
    a figure; the baseline in brackets after a target is last year's figure, no goal; 同比下降 there
    sets a target against last year."""
    text = "\n".join([
        "2026年外科护理年度工作计划",
        "2026年外科护理工作以“安全第一、质量为本”为核心原则,围绕优质护理服务要求,通过制度优化、"
        "全员培训,力争实现病区跌倒发生率≤0.5‰(2025年基线0.8‰)、压力性损伤发生率同比下降10%、"
        "护理文书合格率≥98%的核心目标,同时确保患者满意度≥95%。",
    ]) + "\n"
    goals = _plans(tmp_path, text)[0].goals
    assert [(g.target, g.unit) for g in goals] == [(0.5, "‰"), (10.0, "%"), (98.0, "%"), (95.0, "%")]


def test_the_units_heading_an_item_own_it_when_its_text_names_only_support(tmp_path: Path) -> None:
    """(一)县委宣传部、县文旅局:负责组织宣传…。县有关部门配合。: the units before the colon own the
    item, as they do when its text names no one; the units its text says support it do not take
    their place."""
    text = "\n".join([
        "某县科普宣传周活动方案",
        "为做好科普宣传周活动,制定本方案。",
        "三、职责分工",
        "(一)县委宣传部、县文旅局:负责协调新闻媒体开展科普知识宣传,并组织专题节目。县有关部门配合。",
        "(二)县教育局:负责在全县中小学开展科普知识宣传。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.owners.owners, t.owners.support) for t in tasks] == [
        (("县委宣传部", "县文旅局"), ("县有关部门",)),
        (("县教育局",), ()),
    ]


def test_a_unit_heading_an_item_in_quote_marks_is_named_without_them(tmp_path: Path) -> None:
    """(六)“三防办”:负责… : a unit's short name the page set in quote marks before the colon is the
    unit, the marks no part of its name."""
    text = "\n".join([
        "某市防灾减灾宣传周活动方案",
        "为做好防灾减灾宣传工作,制定本方案。",
        "三、职责分工",
        "(一)教育局:负责在全市中小学开展防灾减灾知识宣传。",
        "(二)“防汛办”:负责防汛知识的宣传,并提供相关材料给其他部门。",
    ]) + "\n"
    assert [t.owners.owners for t in _plans(tmp_path, text)[0].tasks] == [("教育局",), ("防汛办",)]


def test_the_units_leading_an_item_in_its_text_lead_it_over_its_role_lines(tmp_path: Path) -> None:
    """(一)…由区应急办和区民政局牵头,… / 责任部门:区应急办; / 协助部门:…: the role lines under the
    item name who owns and who helps; the units its text says lead it still lead it."""
    text = "\n".join([
        "某区防灾减灾宣传周活动方案",
        "为做好防灾减灾宣传工作,制定本方案。",
        "三、活动内容",
        "(一)组织开展主题集中宣传活动。5月8日,由区应急办和区民政局牵头,协调有关部门在中心广场开展集中宣传活动。",
        "",
        "责任部门:区应急办;",
        "",
        "协助部门:区卫健委、区气象局。",
    ]) + "\n"
    owners = _plans(tmp_path, text)[0].tasks[0].owners
    assert (owners.lead, owners.owners, owners.support) == (
        ("区应急办", "区民政局"), ("区应急办",), ("区卫健委", "区气象局"))


def test_an_attachment_note_closing_the_page_is_no_paragraph_of_the_last_item(tmp_path: Path) -> None:
    """(四)总结自查、目标考核 / 各单位要…于2011年1月底前报送… / 附:季度能耗统计报表(略): the
    attachment note closing the page is the plan's appendix, not a second paragraph of the last
    heading, so the heading and its one paragraph are one item."""
    text = "\n".join([
        "2010年某市公共机构节能工作计划",
        "为做好节能工作,制定本计划。",
        "(三)定期分析、动态监管。",
        "各单位要结合季度能源消耗的统计分析,及时纠正节能工作中存在的问题,由市节能办负责指导。",
        "(四)总结自查、目标考核",
        "各单位要认真做好年度节能工作的自查和总结,并于2011年1月底前,将自查情况报市节能办。",
        "附:某市公共机构季度能源消耗统计报表(略)",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.lines[0]) for t in tasks][-1] == ("(四)", 5)


def test_a_policy_pages_issuing_department_field_heads_no_item(tmp_path: Path) -> None:
    """发文部门:某市工业和信息化局 / 政策主题:引导扶持 over the plan: a policy site's info box field
    naming who issued the document heads none of the plan's paragraphs (as 发文机关: does not); the
    plan under it, its title over a sentence of prose, is still a plan."""
    text = "\n".join([
        "某市数字经济发展三年行动计划(2022-2024年)",
        "发布时间:2022-08-12",
        "发文部门:某市工业和信息化局",
        "政策主题:引导扶持",
        "某市数字经济发展三年行动计划(2022—2024年)",
        "为加快推动全市数字化转型,制定本计划。",
    ]) + "\n"
    plans = _plans(tmp_path, text)
    assert [(p.title, p.tasks) for p in plans] == [("某市数字经济发展三年行动计划(2022—2024年)", ())]
