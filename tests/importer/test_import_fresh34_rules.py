"""One unit test per rule learnt from the fresh34 and fresh35 corpora
(tests/data/import-corpus-fresh34, tests/data/import-corpus-fresh35), each on a small made-up text
in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_a_samples_number_in_brackets_after_the_title_is_the_sites(tmp_path: Path) -> None:
    """X方案范文(精選篇2) / X方案范文(精选篇2): an essay site's number of the sample shown, in
    brackets after its word for the sample, is no part of the plan's title (in either script)."""
    for mark in ("(精選篇2)", "(精选篇2)"):
        text = "\n".join([
            f"某鎮河塘清理工作方案范文{mark}",
            "為改善河塘環境,結合本鎮實際,特制定本方案。",
            "一、工作任務",
            "1.清理河塘淤泥,5月底前完成。(鎮農業辦負責)",
        ]) + "\n"
        assert _plans(tmp_path, text)[0].title == "某鎮河塘清理工作方案", mark


def test_a_sites_tag_in_square_brackets_after_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    """X预案[VIP] / X方案【原创】: a document site's tag on the file (paid, original, recommended),
    in brackets at the title's end, is the site's, no part of the plan's title."""
    for tag in ("[VIP]", "[vip]", "【原创】", "[精品]"):
        text = "\n".join([
            "当前位置 : 某某范文网 > 范文信息 > 正文",
            "",
            f"某村2010年防汛工作预案{tag}",
            "",
            "为做好本村防汛工作,保障群众生命财产安全,根据本村实际,制订本预案。",
            "一、落实防汛责任",
            "由村两委干部负责分片巡查,汛期前完成。",
        ]) + "\n"
        assert _plans(tmp_path, text)[0].title == "某村2010年防汛工作预案", tag


def test_a_sites_path_to_the_page_is_not_joined_to_the_title_under_it(tmp_path: Path) -> None:
    """您当前所在位置: 首页 > A栏目 > B栏目 / X规划(2021—2025年): the site's path to the page,
    a long line stopping without punctuation, is a line of its own, not a sentence the page broke
    before the title."""
    for crumb in ("您当前所在位置: 首页 > 规划计划 > 专项规划实施", "首页 > 规划计划 > 专项规划实施情况一览"):
        text = "\n".join([
            crumb,
            "某某区老年人事业发展规划(2021—2025年)",
            "来源:  发布日期: 2022-03-18",
            "",
            "为推进全区老年人事业发展,根据有关规定,特制定本规划。",
            "一、主要任务",
            "1.建设社区养老服务站,年底前完成。(区民政局负责)",
        ]) + "\n"
        assert _plans(tmp_path, text)[0].title == "某某区老年人事业发展规划(2021—2025年)", crumb


def test_a_pages_byline_fields_under_the_title_are_no_title(tmp_path: Path) -> None:
    """X方案(3) / 时间: 04-12 / 作者:某某 / 栏目:方案: an essay site's byline under the title, one
    field a line (the column's name a kind of plan), is the site's: the title above it names the
    plan (its page number aside)."""
    text = "\n".join([
        "秋季森林防火方案(3)",
        "时间: 04-12",
        "作者:管理员",
        "栏目:方案",
        "(二)集中整治阶段(10月1日至11月30日)。各乡镇要组织力量开展隐患排查。",
        "三、工作要求",
        "(一)提高认识。各乡镇要高度重视防火工作,由各乡镇政府负责组织实施。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "秋季森林防火方案"


def test_an_essay_sites_heading_pairing_a_plan_with_a_report_of_one_subject_names_the_plan(
    tmp_path: Path,
) -> None:
    """X工作计划 X工作简报篇一: an essay site's heading naming a plan and, glued after it, another
    kind of document on the same subject (简报, 总结), then the sample's number: the plan is the
    first name."""
    text = "\n".join([
        "写计划是一件让人头疼的事,下面为大家分享一些计划范文,希望对大家有所帮助。",
        "社区消防安全工作计划社区消防安全工作总结篇一",
        "1、落实消防安全宣传工作。建立宣传台账,由社区居委会负责,6月底前完成。",
        "2、组织消防演练。各小区物业负责组织,9月底前完成。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "社区消防安全工作计划"


def test_the_addressees_between_a_title_and_its_preamble_on_one_line_are_no_part_of_it(
    tmp_path: Path,
) -> None:
    """1、X方案各村委会、镇直各单位为…: a document site's preview glues the title, the plan's
    addressees (no colon after them, the page lost it) and the preamble on one line: the title
    ends before the addressees."""
    text = "\n".join([
        "1、某某镇关于做好汛期安全工作方案各村委会、镇直各单位为切实做好今年汛期安全工作,"
        "保障群众生命财产安全,现就有关工作通知如下一、工作目标确保全镇汛期安全。"
        "二、工作任务(一)排查隐患。各村委会负责排查辖区隐患,6月底前完成。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某某镇关于做好汛期安全工作方案"


def test_the_title_run_into_the_preamble_written_fuller_than_the_sites_path_names_the_plan(
    tmp_path: Path,
) -> None:
    """当前位置:首页 > A > X实施方案 / —1—X工作实施方案为…: the site's path ends in the plan's
    name with a word left out; the document's own title below, run into its preamble after the
    printed page's number, names it fully."""
    text = "\n".join([
        "您好,欢迎访问某某文档",
        "当前位置:首页 > 法律文献 > 某县推进“法律进社区”实施方案",
        "—1—某县推进“法律进社区”工作实施方案为深入开展法治宣传教育,结合我县实际,现提出以下实施方案:",
        "一、工作目标",
        "提升群众法治意识。",
        "二、工作任务",
        "(一)推进法律进社区。县司法局负责组织律师进社区,6月底前完成。",
        "(二)推进法律进学校。县教育局负责组织法治课,9月底前完成。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县推进“法律进社区”工作实施方案"


def test_a_target_responsibility_letter_names_the_plan(tmp_path: Path) -> None:
    """X2025年目标管理责任书 / X目标责任书: a letter of targets and duties a body signs for the
    year is a plan of its work; its first line names it."""
    text = "\n".join([
        "某公司团委工作2025年目标管理责任书",
        "根据公司年度工作要求,围绕公司总体工作目标,特制订团委工作目标责任书。",
        "1、开展青年技能培训,由团委办公室负责,6月底前完成。",
        "2、组织志愿服务活动,由各团支部负责,9月底前完成。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某公司团委工作2025年目标管理责任书"


def test_the_first_chunk_under_a_sharing_blurb_holding_only_a_title_names_the_plan(
    tmp_path: Path,
) -> None:
    """《X方案》由會員分享,… / 1、X方案 / (the cover page) / 一、…: a document site's preview,
    its first chunk the file's title alone on its line under the site's blurb, names the plan,
    before the cover page's words broken over lines (either script)."""
    text = "\n".join([
        "《新版“文明”項目實施方案》由會員分享,可在線閱讀,更多相關《新版“文明”項目實施方案(8頁珍藏版)》請在某某網上搜索。",
        "1、新版“文明”項目實施方案",
        "XX在社區中開展“文明+”",
        "項目",
        "實施方案",
        "二○一八年三月十日",
        "一、指導思想",
        "以服務群眾為中心,推進社區文明建設。",
        "二、工作任務",
        "(一)開展文明宣傳。由社區居委會負責,6月底前完成。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "新版“文明”項目實施方案"


def test_a_pages_headline_written_shorter_than_the_notices_name_for_the_plan_yields_to_it(
    tmp_path: Path,
) -> None:
    """X整治工作方案 (the page's headline) / 某办公厅关于印发X综合整治工作方案的通知: a law site's
    headline for the page leaves a word out of the plan's name; the cover notice sending the plan
    names it fully, and so does the document's own title below."""
    text = "\n".join([
        "全县校园周边环境整治工作方案",
        "",
        "某县人民政府办公室关于印发全县校园周边环境综合整治工作方案的通知",
        "",
        "各乡镇人民政府,县政府各部门:《全县校园周边环境综合整治工作方案》已经县人民政府同意,现印发给你们,请认真组织实施。",
        "",
        "某县人民政府办公室2023年3月8日全县校园周边环境综合整治工作方案为进一步改善校园周边环境,决定开展综合整治。",
        "一、工作任务",
        "(一)整治占道经营。县城管局负责,5月底前完成。",
        "(二)整治交通秩序。县公安局负责,6月底前完成。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "全县校园周边环境综合整治工作方案"


def test_by_their_duties_each_before_the_role_word_is_no_part_of_the_unit(tmp_path: Path) -> None:
    """责任单位:A、B,C按职责分工分别负责。: both role phrases (by their duties, each) before 负责
    are cut from the last unit, not only the one next to it."""
    text = "\n".join([
        "某县2021年度依法行政工作安排",
        "为推进依法行政,现就有关工作安排如下:",
        "一、依法全面履行政府职能",
        "(一)完善规范性文件备案审查工作。加强备案审查,提升审查质量。",
        "责任单位:县政府办公室、县司法局,各乡镇人民政府按职责分工分别负责。",
    ]) + "\n"
    task = _plans(tmp_path, text)[0].tasks[0]
    assert list(task.owners.owners) == ["县政府办公室", "县司法局", "各乡镇人民政府"]


def test_the_manner_between_a_unit_and_its_role_word_is_no_part_of_the_unit(tmp_path: Path) -> None:
    """由A按照属地管理原则负责…: how the unit does it (按照 / 依照 …) between the unit and 负责 is
    no part of the unit."""
    text = "\n".join([
        "某镇秋冬季防火工作方案",
        "为做好秋冬季防火工作,特制定本方案。",
        "一、工作任务",
        "1.落实监管责任。对出租房屋,由各村各社区按照属地网格化管理负责监管;对小场所,依照管辖范围由镇派出所负责监管。",
    ]) + "\n"
    task = _plans(tmp_path, text)[0].tasks[0]
    assert set(task.owners.owners) == {"各村各社区", "镇派出所"}


def test_bare_numbers_opening_items_on_a_flattened_page_split_them(tmp_path: Path) -> None:
    """…各个环节。 1科学评价…(省甲厅、省乙厅等按职责分工负责) 2开展…(省丙厅等按职责分工负责):
    on a page flattened to one line, numbers written bare (no 、 or .) after a full stop or an
    item's closing bracket, counting up from 1, open items; 3个 / 2020年 after a stop do not."""
    filler = "围绕城市安全短板和提升要求,合理布局各类防灾减灾用地和设施,提升城市安全水平。" * 3
    text = (
        "某省城市建设安全专项整治实施方案 为加强城市建设安全专项整治,制定本方案。 一、整治目标 "
        f"{filler} 二、主要任务 (一)加强对城市规划建设管理工作的指导,将城市安全落实到各个环节。 "
        f"1科学评价城市安全韧性情况,{filler}(省甲厅、省乙厅等按职责分工负责) "
        f"2开展城市公共设施安全专项体检,{filler}到2025年建成3个示范区。(省丙厅、省丁厅等按职责分工负责) "
        "(二)加强城市安全源头治理。\n"
    )
    tasks = _plans(tmp_path, text)[0].tasks
    owners = {t.title: set(t.owners.owners) for t in tasks}
    assert [o for t, o in owners.items() if "科学评价城市" in t] == [{"省甲厅", "省乙厅"}], owners
    assert [o for t, o in owners.items() if "开展城市公共" in t] == [{"省丙厅", "省丁厅"}], owners


def test_the_unit_by_which_an_item_is_organised_owns_it(tmp_path: Path) -> None:
    """由A统一组织… / 由A、B联合组织… / 由A组织力量… opening the item's text: the unit (or units)
    by which the item is organised own it, as 由A负责 does (and a second 由C组织 clause of that
    sentence, …,由C组织一台晚会, gives C a share: see the test below)."""
    text = "\n".join([
        "某县民族团结宣传月活动方案",
        "为做好民族团结宣传月活动,特制定本方案。",
        "一、活动内容",
        "(一)舉辦民族團結成果展",
        "由縣委宣傳部統一組織各單位在廣場兩側布置展板,按統一標準製作。",
        "(二)製作民族團結光榮榜",
        "由縣委宣傳部組織力量,按標準展板製作光榮榜。",
        "(三)舉辦民族團結新聞人物評選",
        "由縣委辦、縣民宗局聯合組織舉辦評選活動,由縣文體局組織一臺頒獎晚會。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [list(t.owners.owners) for t in tasks] == [
        ["縣委宣傳部"], ["縣委宣傳部"], ["縣委辦", "縣民宗局", "縣文體局"],
    ]


def test_a_leader_named_by_post_and_name_in_a_by_clause_owns_the_item(tmp_path: Path) -> None:
    """…局长主管此项活动,具体由分管局长某某同志负责,日常工作由办公室协办理。: the person a
    由X负责 clause names by post, name and 同志 owns the item (as persons named in school plans
    do); 协 before 办理 (…科协办理, the unit's name then the verb) is no 协办 role."""
    text = "\n".join([
        "某局科普宣传周活动方案",
        "为做好科普宣传周活动,特制定本方案。",
        "一、组织领导",
        "按照活动要求,局长主管此项活动,具体由分管局长赵某丙同志负责,日常工作由办公室科协办理。",
    ]) + "\n"
    task = _plans(tmp_path, text)[0].tasks[0]
    assert (list(task.owners.owners), list(task.owners.support)) == (["分管局长赵某丙同志"], [])


def test_a_deadline_then_a_phase_name_heads_a_phase(tmp_path: Path) -> None:
    """(一)2024年3月底前,排查摸底阶段。…: a heading opening on a deadline, a comma, then the name
    of a phase is that phase, ending on the deadline (no start written), not a task."""
    text = "\n".join([
        "某县农村危房改造工作方案",
        "为做好农村危房改造工作,制定本方案。",
        "一、主要任务及时间安排",
        "(一)2024年3月底前,排查摸底阶段。各乡镇要全面摸清辖区内危房底数,建立台账。",
        "(二)2024年9月底前,改造实施阶段。各乡镇要按照计划组织施工。",
        "(三)2024年11月30日前,验收评估阶段。县住建局要组织验收。",
        "二、保障措施",
        "(一)加强领导。县住建局负责统筹协调。",
    ]) + "\n"
    plan = _plans(tmp_path, text)[0]
    assert [(p.title, p.start, p.end and p.end.isoformat()) for p in plan.phases] == [
        ("排查摸底阶段", None, "2024-03-31"),
        ("改造实施阶段", None, "2024-09-30"),
        ("验收评估阶段", None, "2024-11-30"),
    ]
    assert not any("阶段" in t.title for t in plan.tasks)


def test_a_students_class_named_by_its_year_of_entry_states_the_year(tmp_path: Path) -> None:
    """2019级、2018级全体团支部 (a university's classes named by the year they entered, the newest
    first) dates a plan that writes no year else, as 2024届 does: a deadline without a year
    (11月10日前) takes it."""
    text = "\n".join([
        "据有关通知要求,校团委决定开展主题团日竞赛活动,现将有关事项通知如下。",
        "一、参与对象",
        "2019级、2018级全体团支部。",
        "二、方案上交",
        "1、上交形式:以电子文档形式发送到组织部邮箱。",
        "2、上交时间:11月10日前,由各团支部负责。",
    ]) + "\n"
    task = next(t for p in _plans(tmp_path, text) for t in p.tasks if t.due)
    assert task.due is not None and task.due.isoformat() == "2019-11-10"


def test_a_heading_with_its_deadline_in_brackets_over_paragraphs_is_an_item(tmp_path: Path) -> None:
    """(二)分类整改(2026年4月底前) over two paragraphs: the heading names the work and by when the
    whole of it is done, so it is an item of its own (the paragraphs under it too, when they are)."""
    text = "\n".join([
        "某县农村危房排查整改工作方案",
        "为消除农村危房安全隐患,制定本方案。",
        "一、重点任务",
        "(一)全面排查(2025年10月底前)",
        "要对辖区内所有农房开展排查,建立台账。",
        "(二)分类整改(2026年4月底前)",
        "严格按照有关文件要求,分类做好危房整改处置。",
        "对于资料完备的农房,督促指导房主及时申请鉴定。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    dues = {t.title: t.due and t.due.isoformat() for t in tasks}
    assert dues.get("分类整改(2026年4月底前)") == "2026-04-30", dues


def test_a_numbered_line_of_attendees_is_no_units_label_over_the_items_after_it(tmp_path: Path) -> None:
    """3.参会人员: ⑴县领导 … ⑵县直部门:A、B、C / 4.会议议程: ⑴…汇报 ⑵…发言: the numbered line
    naming a kind of attendee (⑵县直部门:) is a line of the list, no unit's label heading the
    agenda's items after it: they get no owner from it."""
    text = "\n".join([
        "某乡科普工作座谈会活动方案",
        "一、活动安排",
        "1.时间:9月18日上午。",
        "2.地点:乡政府会议室。",
        "3.参会人员:",
        "⑴县领导:县政府副县长、县政协副主席。",
        "⑵县直部门:某乡党委和人民政府、县科协、县科委、县财政局。",
        "4.会议议程:",
        "⑴乡党委副书记汇报该乡科普工作开展情况;",
        "⑵参会县级部门领导围绕农村科普工作发言;",
        "⑶县领导讲话。",
        "5.整个座谈会筹备工作由某乡党委办公室负责。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert not any("县直部门" in u for t in tasks for u in t.owners.owners), [(t.title, t.owners) for t in tasks]


def test_an_essay_sites_sample_number_before_the_title_is_no_items_label(tmp_path: Path) -> None:
    """第一篇:X实施方案 / 20__年是…,到年底…: an essay site's number of its first sample before the
    sample's title is no label heading an item: the title line is no task (its year-end is the
    preamble's horizon, not a deadline of the title)."""
    text = "\n".join([
        "某某网小编为你整理了多篇相关的《创建文明村实施方案》,但愿对你有帮助。",
        "第一篇:文明村創建工作實施方案",
        "20__年是新農村建設的關鍵年,我村要在鄉黨委、政府的領導下,著力抓好特色產業和村容村貌建設,"
        "年底基本實現“村容整潔,群眾安康”的建設目標。",
        "一、總體工作目標",
        "發展特色產業,改善村容村貌。",
        "二、主要工作任務及措施",
        "(一)、充分挖掘農業增收潛力。",
        "大力調整種植業結構,改變農業結構不合理的現狀。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert not any("實施方案" in t.title for t in tasks), [t.title for t in tasks]


def test_a_unit_over_an_empty_role_field_in_a_pages_info_box_is_no_task(tmp_path: Path) -> None:
    """发布机构: / 某市人民政府办公室 / 责任部门: / 市人民政府办公室 / 有效性: …: a government
    page's info box, one field a line; the publisher's name over an empty 责任部门 field names no
    work: no task."""
    text = "\n".join([
        "索 引 号:",
        "640000/2018-00001",
        "文  号:",
        "某政办发〔2018〕18号",
        "发布机构:",
        "某市人民政府办公室",
        "责任部门:",
        "市人民政府办公室",
        "有 效 性:",
        "有效",
        "某市残疾人事业发展实施方案",
        "为推进残疾人事业发展,制定本方案。",
        "一、主要任务",
        "(一)加强康复服务。由市残联负责,年底前完成。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.title for t in tasks] == ["加强康复服务"], [t.title for t in tasks]


def test_batches_are_a_goals_measure_word_as_written(tmp_path: Path) -> None:
    """…监测达到2.5万批次: 批次 (batches) is the measure word as written, not 批 alone."""
    text = "\n".join([
        "某市农业农村工作计划",
        "一、目标任务",
        "农业增加值增长4%,市级农产品质量安全抽检达到2.5万批次,农户覆盖率达到60%。",
        "二、重点工作",
        "1.抓好农产品质量监管,由市农业局负责,年底前完成。",
    ]) + "\n"
    goals = _plans(tmp_path, text)[0].goals
    assert [(g.target, g.unit) for g in goals if "抽检" in g.text] == [(25000, "批次")]


def test_hui_tong_miswritten_with_its_homophone_reads_as_hui_tong(tmp_path: Path) -> None:
    """3、各乡镇汇同环保局完善…: 汇同, the homophone pages write for 会同, names the subject that
    does the item and the partner supporting it, as 会同 does."""
    text = "\n".join([
        "某县生态环境保护目标责任考核方案",
        "一、考核内容",
        "1、各乡镇汇同县林业局完善湿地保护区划界立标工作,全面开展生态修复工作。",
    ]) + "\n"
    task = _plans(tmp_path, text)[0].tasks[0]
    assert (list(task.owners.owners), list(task.owners.support)) == (["各乡镇"], ["县林业局"])


def test_unit_lines_between_pieces_of_a_rows_work_are_its_unit_cells(tmp_path: Path) -> None:
    """领域 / 主要目标 / 主要责任单位 / 责任单位, then a row one cell a line: 1.X / ——a / ——b /
    省甲厅 / 省乙厅 / ——c / 省丙厅: the work runs over several lines, a unit's lines after each
    piece; every short line naming a unit (or among such lines: 省人口计生, cut short) is a unit
    cell, every other line the work's."""
    text = "\n".join([
        "某省儿童发展规划目标责任分解书",
        "领域", "主要目标", "主要责任单位", "责任单位",
        "1.儿童享有良好的基本医疗服务。",
        "——儿童预期寿命延长。",
        "——到2030年,儿童常见病筛查率达到80%以上。",
        "省卫生厅", "省人口计生", "省财政厅",
        "2.提高儿童营养水平。",
        "——儿童贫血患病率降低。",
        "省卫生厅", "省教育厅",
        "——学生营养餐覆盖率提高。",
        "省教育厅", "省市场监管局",
        "3.儿童体质达标率提高。",
        "省体育局", "省教育厅",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [set(t.owners.owners) for t in tasks][:2] == [
        {"省卫生厅", "省人口计生", "省财政厅"}, {"省卫生厅", "省教育厅", "省市场监管局"},
    ], [(t.title, t.owners.owners) for t in tasks]


def test_more_unit_lines_than_unit_columns_after_the_work_all_own_it(tmp_path: Path) -> None:
    """主要目标 / 主要责任单位 / 责任单位, then 1.X / 省甲厅 / 省乙 / 省丙厅 / 省丁会: a row's work,
    then more unit lines than the header has unit columns (one a short name): every one of them
    owns the item, none is taken for the work."""
    text = "\n".join([
        "某省儿童发展规划目标责任分解书",
        "主要目标", "主要责任单位", "责任单位",
        "1.儿童艾滋病感染率得到控制。",
        "省卫生厅", "人口计生", "省公安厅", "省妇联",
        "2.儿童心理健康知识知晓率提高。",
        "省卫生厅", "省教育厅", "省团委",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [set(t.owners.owners) for t in tasks] == [
        {"省卫生厅", "人口计生", "省公安厅", "省妇联"}, {"省卫生厅", "省教育厅", "省团委"},
    ], [(t.title, t.owners.owners) for t in tasks]


def test_a_row_numbered_one_after_a_rows_units_starts_the_next_fields_rows(tmp_path: Path) -> None:
    """… 3.X / 省体育局 / 省教育厅 / 1.Y / 省教育厅 / 省人社厅: in a table flattened one cell a
    line, the count starting again at 1 once the row above has reached its units is the next
    field's first row (its 领域 cell lost), not more text of the row above."""
    text = "\n".join([
        "某省儿童发展规划目标责任分解书",
        "主要目标", "主要责任单位", "责任单位",
        "1.儿童艾滋病感染率得到控制。", "省卫生厅", "省公安厅",
        "2.儿童体质达标率提高。", "省体育局", "省教育厅",
        "1.教育工作全面贯彻儿童优先原则。", "省教育厅", "省人社厅",
        "2.学前三年毛入园率达到90%。", "省教育厅", "省财政厅",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [set(t.owners.owners) for t in tasks] == [
        {"省卫生厅", "省公安厅"}, {"省体育局", "省教育厅"}, {"省教育厅", "省人社厅"}, {"省教育厅", "省财政厅"},
    ], [(t.title, t.owners.owners) for t in tasks]


def test_a_samples_number_after_the_sites_word_for_it_is_no_part_of_the_title(tmp_path: Path) -> None:
    """X工作方案范文1 (the site's word for the sample, then its number) under the page's headline
    X工作方案范例: the plan's title is X工作方案, the site's words and number aside."""
    text = "\n".join([
        "您的当前位置:首页医疗救助工作方案范例",
        "",
        "医疗救助工作方案范例",
        "",
        "来源:某某网",
        "",
        "医疗救助工作方案范文1",
        "",
        "一、救助对象",
        "",
        "1.城乡低保对象,由乡镇民政办负责审核,每季度末前上报。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "医疗救助工作方案"


def test_a_phases_name_then_its_two_days_on_a_flattened_page_is_a_phase(tmp_path: Path) -> None:
    """…分三个阶段。 动员部署阶段5月6日5月12日 成立…; 集中清理阶段5月13日10月31日 要按照…: on a
    page flattened to one line, after the flattening's space, a phase's name and its first and last
    days (the dash between them lost) open a paragraph naming that phase, not a task."""
    filler = "全面开展河道的清障、保洁、清淤连通工作,确保河道畅通、水体洁净、岸坡整洁。" * 3
    text = (
        "某镇开展河道清洁行动方案 为推进河道整治,经研究决定开展河道清洁行动,特制定本方案。 "
        f"一、总体思路 {filler} 二、主要任务 开展河道清障工作,2024年9月底前完成。{filler} "
        "三、实施步骤 本次行动从2024年5月6日起,至2024年10月31日止,分两个阶段。 "
        f"动员部署阶段5月6日5月12日 成立行动领导小组,召开动员会议,制定实施方案。 "
        f"集中清理阶段5月13日10月31日 要按照行动部署要求,集中时间、集中力量开展清理。{filler}\n"
    )
    plan = _plans(tmp_path, text)[0]
    assert [(p.title, p.start and p.start.isoformat(), p.end and p.end.isoformat()) for p in plan.phases] == [
        ("动员部署阶段", "2024-05-06", "2024-05-12"), ("集中清理阶段", "2024-05-13", "2024-10-31"),
    ], plan.phases


def test_a_science_association_is_a_unit(tmp_path: Path) -> None:
    """由县科协负责…: 科协 (the science and technology association, its short name) ends a
    unit's name as 局 or 联 do."""
    text = "\n".join([
        "某县全国科普日活动方案",
        "一、活动安排",
        "(一)开展科普宣传。由县科协负责,9月底前完成。",
    ]) + "\n"
    assert list(_plans(tmp_path, text)[0].tasks[0].owners.owners) == ["县科协"]


def test_the_unit_by_which_other_units_are_organised_owns_the_item(tmp_path: Path) -> None:
    """(三)X。由区科协组织各镇、街道对…进行…: the unit that organises the other units (各…) to
    do the work, opening a sentence of the item, owns it."""
    text = "\n".join([
        "某区科普日活动方案",
        "一、活动安排",
        "(一)举办科普报告会。邀请专家做面向辖区居民的科普报告。",
        "(二)更换科普画廊内容。由区科协组织各镇、街道对全区所有的科普画廊进行内容更换。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [list(t.owners.owners) for t in tasks] == [["区科协"]], [(t.title, t.owners) for t in tasks]


def test_a_long_headings_name_is_not_joined_to_the_by_sentence_under_it(tmp_path: Path) -> None:
    """(六)舉辦某縣民族團結進步模範十佳新聞人物評選頒獎晚會 / 由縣委辦、縣民宗局聯合組織…: a
    numbered heading's name, long and closing on no stop, over a line opening 由X…: the heading
    is a line of its own (the page broke no sentence there), and the 由 sentence opens the
    item's text."""
    text = "\n".join([
        "某縣民族團結宣傳月活動方案",
        "一、活動內容",
        "(一)舉辦民族團結成果展",
        "由縣委宣傳部統一組織各單位在廣場兩側布置展板,按統一標準製作。",
        "(二)舉辦某縣民族團結進步模範十佳新聞人物評選頒獎晚會",
        "由縣委辦、縣民宗局聯合組織舉辦評選活動,屆時在頒獎晚會上進行命名表彰。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [list(t.owners.owners) for t in tasks] == [["縣委宣傳部"], ["縣委辦", "縣民宗局"]], [
        (t.title, t.owners) for t in tasks]


def test_a_second_by_clause_organising_part_of_the_same_item_names_a_second_owner(
    tmp_path: Path,
) -> None:
    """由A、B联合组织举办评选活动,由C组织一台颁奖晚会,…: after a sentence opening on the units
    organising the item, a second 由C组织 clause in the same sentence gives C a share of it."""
    text = "\n".join([
        "某縣民族團結宣傳月活動方案",
        "一、活動內容",
        "(一)舉辦民族團結新聞人物評選頒獎晚會",
        "由縣委辦、縣民宗局聯合組織舉辦評選活動,由縣文體局組織一臺頒獎晚會,屆時進行命名表彰。",
        "(二)舉辦民族團結運動會",
        "于5月下旬舉辦運動會,屆時由各鄉鎮組織代表隊參賽。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [list(t.owners.owners) for t in tasks][:1] == [["縣委辦", "縣民宗局", "縣文體局"]], [
        (t.title, t.owners) for t in tasks]
