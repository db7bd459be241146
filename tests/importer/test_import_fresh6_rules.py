"""One unit test per rule learnt from the fresh6 corpus (tests/data/import-corpus-fresh6), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans

from tracker.importer import DraftPlan


def _roles(plan: DraftPlan) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    return [(t.label, t.owners.lead, t.owners.owners, t.owners.support) for t in plan.tasks]


def test_a_heading_over_field_lines_is_one_item(tmp_path: Path) -> None:
    """1、读书分享会 over 时间: / 内容: / 责任单位: lines (a long one among them): an activity
    card, one task with its unit, not one task a field line."""
    text = "\n".join([
        "某校读书月活动方案",
        "一、活动安排",
        "1、读书分享会",
        "时间:x月x日—x月x日",
        "内容:各班推选两名代表,围绕本学期所读的一本书分享读书心得,评出优秀分享者若干名并颁发证书。",
        "责任单位:教务处",
        "2、图书漂流",
        "时间:x月x日",
        "地点:图书馆一楼",
        "责任单位:图书馆",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.title, t.lines) for t in plan.tasks] == [
        ("1、", "读书分享会", (3, 6)),
        ("2、", "图书漂流", (7, 10)),
    ]
    assert _roles(plan) == [("1、", (), ("教务处",), ()), ("2、", (), ("图书馆",), ())]


def test_a_post_heading_its_duties_owns_them(tmp_path: Path) -> None:
    """1. 财务室负责人:负责…: the post named before the colon owns the duties after it, as
    written (the post, not the office)."""
    text = "\n".join([
        "某校后勤工作领导小组职责分工",
        "一、成员职责",
        "1. 财务室负责人:负责经费预算与报销审核,确保专款专用。",
        "2. 食堂负责人:负责食材采购验收和从业人员健康管理。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("1.", (), ("财务室负责人",), ()), ("2.", (), ("食堂负责人",), ())]


def _barred(*cells: str) -> str:
    """Table cells one per line, each ending in the table's bar, as a page flattens a table."""
    return "\n".join(f"{c} |" for c in cells) + "\n"


def test_a_progress_table_with_columns_after_its_roles_and_rows_skipping_a_cell(
    tmp_path: Path,
) -> None:
    """序号 / 任务 / 目标 / 分管 领导 / 牵头 单位 / 责任主体 / 1-6月进展 / 是否达序: columns after
    the role columns that name no role are columns still, read up to the first row's number
    (an excerpt's row 7, not 1); a row that skips its 目标 cell puts its person in the
    leader column and the cells after it in the columns after the leader's."""
    text = _barred("序号", "主要任务", "全年目标", "分管 领导", "牵头 单位", "责任主体",
                   "1-6月进展情况", "是否达序",
                   "7", "改造老旧小区12个。", "张甲", "住建局", "各街道", "已完成5个。", "是",
                   "8", "新建口袋公园6个。", "李乙", "园林局", "城投公司、各街道", "已开工。", "否")
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.lead, t.owners.owners, t.owners.leader) for t in plan.tasks] == [
        ("7", ("住建局",), ("各街道",), "张甲"),
        ("8", ("园林局",), ("城投公司", "各街道"), "李乙"),
    ]


def test_a_progress_tables_caption_is_the_title_without_its_months(tmp_path: Path) -> None:
    """The line above a table's 序号 header is its caption, the title, even when it ends in
    no plan word (…项目推进情况); the months it covers in brackets are not part of it."""
    text = "某区2025年为民办实事项目推进情况(1-6月)\n" + _barred(
        "序号", "主要任务", "牵头单位", "责任单位",
        "1", "改造老旧小区12个。", "住建局", "各街道",
        "2", "新建口袋公园6个。", "园林局", "各街道")
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "某区2025年为民办实事项目推进情况"


def test_the_subject_of_a_duty_clause_owns_it(tmp_path: Path) -> None:
    """…,负责… takes the sentence's subject: 各街道要建立…机制,负责… (the units opening the
    sentence, beside an X负责 clause before it), A、B。负责… (a sentence naming only units)."""
    text = "\n".join([
        "某区垃圾分类工作方案",
        "一、职责分工",
        "(一)统筹协调。区城管局负责制定考核办法。各街道要建立相应的督导机制,负责推进辖区分类工作。",
        "(二)区监察局、区政府督查室。负责对各单位工作进行督查考核。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [
        ("(一)", (), ("区城管局", "各街道"), ()),
        ("(二)", (), ("区监察局", "区政府督查室"), ()),
    ]


def test_a_run_on_heading_holds_its_first_sub_item_that_sets_up_the_owner(tmp_path: Path) -> None:
    """A one-line document: (一)加强领导1.成立X领导小组,负责… is the heading and its item 1., and
    the body the item sets up is its owner."""
    text = (
        "某县秸秆禁烧工作方案为做好秸秆禁烧工作,改善空气质量,按照上级有关会议精神,结合我县实际,特制定本方案。"
        "一、工作目标全面加强秸秆禁烧联防联控,积极推广秸秆综合利用,以用促禁,全县秸秆综合利用率稳步提高,"
        "焚烧秸秆现象得到基本遏制。二、工作措施(一)加强领导,明确责任1.成立县秸秆禁烧工作领导小组,负责全县"
        "秸秆禁烧的组织指导工作,实行县级领导包乡镇、乡镇干部包村组的考核机制,层层签订责任书。(二)强化宣传"
        "引导通过广播、标语等多种形式宣传秸秆焚烧的危害,营造全民参与的良好氛围,引导群众自觉抵制露天焚烧行为。"
        "三、工作要求各乡镇要高度重视,精心组织,确保各项措施落到实处,对工作不力、造成严重后果的,依规严肃追究责任。\n"
    )
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("1.", (), ("县秸秆禁烧工作领导小组",), ())]


def test_a_continued_page_whose_heading_runs_into_its_subject(tmp_path: Path) -> None:
    """[接上页] opens a law site's next page and is no text; (五)切实加强X工作Y办公室要确定专人
    负责…: the heading's name and the subject lost their line break, Y (through a person it
    names) owns the item."""
    text = (
        "[接上页] (五) 切实加强信息报送工作 专项行动领导小组办公室要确定专人负责专项行动信息报送工作,"
        "及时汇总各地进展情况。\n"
    )
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("(五)", (), ("专项行动领导小组办公室",), ())]


def test_a_phase_heading_with_a_long_name_is_no_task(tmp_path: Path) -> None:
    """(二)统一行动、集中整治、全面推进阶段(…): a 阶段 heading is a phase however long its name,
    not a task with the phase's end as its deadline."""
    text = "\n".join([
        "某市市容整治行动方案",
        "四、工作步骤",
        "(一)动员部署、调查摸底、宣传发动阶段(2025年3月1日至3月10日)。各区制定工作方案。",
        "(二)统一行动、集中整治、全面推进阶段(2025年3月11日至6月30日)。一是自3月11日起开展集中整治。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert plan.tasks == ()
    assert [(p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None)
            for p in plan.phases] == [("2025-03-01", "2025-03-10"), ("2025-03-11", "2025-06-30")]


def test_the_addressees_after_a_pages_header_are_no_owners(tmp_path: Path) -> None:
    """索引号 / 发布机构 bullets, the title, then 各镇人民政府、县直各单位: — the notice's
    addressees, not a label naming the units that own the text below it."""
    text = "\n".join([
        "• 索引号:000000/2025-00001",
        "• 发布机构:县人民政府办公室",
        "2025年县政府重点工作任务(某政发〔2025〕1号)",
        "",
        "各镇人民政府、县直各单位:",
        "",
        "《2025年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。",
        "",
        "一、细化工作方案。各责任单位要制订具体实施方案,于2025年3月15日前报县政府督查室备案。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners) for t in plan.tasks] == [("一、", ())]


def test_a_time_limit_to_reach_is_no_deadline(tmp_path: Path) -> None:
    """审批时间缩短至60个工作日内: a limit the measure is to reach, not the item's deadline;
    an item with no unit and no deadline is no task."""
    text = "\n".join([
        "某市优化营商环境行动方案",
        "一、开展审批提速行动",
        "(一)优化工程项目审批。推行并联审批,全市工程建设项目审批时间缩短至60个工作日内。",
        "(二)推行告知承诺制。全面清理各类证明材料。(责任单位:市司法局)",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.due_text) for t in plan.tasks] == [("(二)", None)]


def test_an_item_with_sentences_before_its_list_keeps_its_deadline(tmp_path: Path) -> None:
    """2、…形成会议纪要于6月10日前交办公室。与会人员是: — an item ending in a colon before a
    list of people is still a task when it has sentences and a deadline of its own; a bare
    lead-in (主要职责包括:) is not."""
    text = "\n".join([
        "1、上午9:00在三楼会议室召开全体教师会议,布置本学期工作。参加人员是:",
        "全体教师;",
        "2、下午各组分别在本组办公室召开会议,讨论近期工作。形成会议纪要于6月10日前交办公室。与会人员是:",
        "组长、副组长;",
        "各备课组长。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.due.isoformat() if t.due else None) for t in plan.tasks] == [("2、", "2026-06-10")]


def test_a_date_after_a_time_label_is_when_it_happens(tmp_path: Path) -> None:
    """活动时间:8 月 15 日-19 日 (spaced, a range): when the activity happens, not its deadline;
    时间:5月31日前完成 is a deadline still."""
    text = "\n".join([
        "某局节日系列活动方案",
        "一、活动形式",
        "(一)开展宣传活动。活动时间:8 月 15 日-19 日。牵头科室:办公室。",
        "(二)举办作品展览。时间:5月31日前完成。牵头科室:宣传科。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.due.isoformat() if t.due else None) for t in plan.tasks] == [
        ("(一)", None),
        ("(二)", "2026-05-31"),
    ]


def test_a_dated_heading_outside_a_steps_section_is_a_task_with_its_own_deadline(
    tmp_path: Path,
) -> None:
    """一、组织保障(2月1日-2月18日) with a unit in a role, not under 实施步骤: a task (the dates
    are its working period), and the 前 deadline written in its text is its deadline."""
    text = "\n".join([
        "某幼儿园春季开学工作方案",
        "一、组织保障(2月1日-2月18日)",
        "园务会于1月28日前召开专题会议,明确分工:保教部负责制定教学衔接方案,后勤部落实物资保障。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(t.label, t.owners.owners, t.due.isoformat() if t.due else None) for t in plan.tasks] == [
        ("一、", ("保教部",), "2026-01-28"),
    ]


def test_units_that_take_part_are_not_support(tmp_path: Path) -> None:
    """(牽頭單位:市科技局,參與單位:某區管委): 牵头单位 is the lead; 参与 is no role word, so the
    units taking part are not support (in Traditional as in Simplified)."""
    text = "\n".join([
        "某市重點工作任務",
        "一、實施創新驅動發展戰略",
        "1.建設海洋實驗室。加快海洋科技成果轉化。(牽頭單位:市科技局,參與單位:某區管委)",
        "2.完善實驗室體系。申報省重點實驗室。(牵头单位:市科技局,参与单位:市教育局;配合单位:各区政府)",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert _roles(plan) == [("1.", ("市科技局",), (), ()), ("2.", ("市科技局",), (), ("各区政府",))]


def test_an_ordinal_is_no_goal(tmp_path: Path) -> None:
    """In a 目标任务 document, 每个季度第1个月的20日前 is an ordinal and a date, not a target of
    one 个; 新增就业1200人 is."""
    text = "\n".join([
        "某区年度目标任务责任分解方案",
        "一、新增城镇就业1200人。(牵头单位:区人社局)",
        "二、各牵头单位要在每个季度第1个月的20日前报送完成情况。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert [(g.target, g.unit) for g in plan.goals] == [(1200, "人")]


def test_a_forum_posts_image_names_are_no_title(tmp_path: Path) -> None:
    """A forum post: the title, [复制链接], image file names on lines of their own, then the
    notice: the image names are chrome, the first line is the title."""
    text = "\n".join([
        "某市人民政府2025年政府工作报告目标任务责任分解方案",
        "",
        "[复制链接]",
        "",
        "通知.jpg",
        "",
        "1158a9f872rq.jpeg",
        "",
        "各区人民政府,市人民政府各部门:",
        "《2025年政府工作报告目标任务责任分解方案》已经市人民政府同意,现印发给你们,并就有关事项通知如下。",
        "一、精心组织。各牵头单位于2025年2月10日前将办理方案报市人民政府督查室。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "某市人民政府2025年政府工作报告目标任务责任分解方案"


def test_a_title_ending_in_its_tasks_is_not_joined_to_the_preamble(tmp_path: Path) -> None:
    """After a cover notice, 某市…2025年重點工作任務 (Traditional) on its line, then 为…: the title
    line ends there, it is not the start of a sentence broken by the page."""
    text = "\n".join([
        "各區、市人民政府,市政府各部門:",
        "《某市推動綠色低碳高質量發展2025年重點工作任務》已經市政府同意,現印發給你們,請認真組織實施。",
        "某市人民政府辦公廳",
        "2025年1月30日",
        "某市推動綠色低碳高質量發展2025年重點工作任務",
        "爲深入貫徹落實省委省政府部署要求,推動全市綠色低碳高質量發展,現制定2025年重點工作任務。",
        "一、實施創新驅動發展戰略",
        "1.建設海洋實驗室。加快成果轉化。(牽頭單位:市科技局)",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "某市推動綠色低碳高質量發展2025年重點工作任務"


def test_a_title_after_bulleted_metadata_without_its_doc_number(tmp_path: Path) -> None:
    """• 索引号:… / • 发布机构:… bullets, a line each (not one broken sentence), then the title
    with its own 文号 in brackets: the title is the line without the 文号."""
    text = "\n".join([
        "• 索引号:000000/2025-00001",
        "  • 发布机构:县人民政府办公室",
        "  • 生成日期:2025-03-23",
        "2025年县政府重点工作任务(某政发〔2025〕1号)",
        "来源:某县政府   2025-03-23 10:56",
        "",
        "各镇人民政府、县直各单位:",
        "",
        "《2025年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。",
        "",
        "一、细化工作方案。各责任单位要制订具体实施方案,于2025年3月15日前报县政府督查室备案。",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "2025年县政府重点工作任务"


def test_a_site_columns_tag_is_not_part_of_the_title(tmp_path: Path) -> None:
    """【保民生】某市…的通知: the tag names the site's column; the title is what follows it."""
    text = "\n".join([
        "【保民生】某市民生工作领导小组办公室关于2025年实施20项民生实事的通知",
        "发布时间:2025-03-14 14:53 来源:某市人民政府",
        "县、市、区人民政府,市直有关单位:",
        "经市政府同意,2025年我市实施20项民生实事,具体安排如下。",
        "一、促进就业",
        "1.支持毕业生求职创业,发放求职创业补贴。(牵头单位:市人社局)",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "某市民生工作领导小组办公室关于2025年实施20项民生实事的通知"


def test_bracketed_notes_under_a_title_are_not_the_title(tmp_path: Path) -> None:
    """某市…实施意见 / (征求意见稿V1.0) / (2025年9月15日): the bracketed lines are notes on the
    draft's stage and date, not the title nor part of it."""
    text = "\n".join([
        "某市推进数字经济发展实施意见",
        "(征求意见稿V1.0)",
        "(2025年9月15日)",
        "为贯彻落实国家有关部署,加快推进数字经济发展,结合我市实际,特制订以下实施意见。",
        "一、工作重点",
        "1.大力发展众创空间。三年内认定众创空间20家以上。(牵头单位:市科委,配合单位:各区县)",
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "某市推进数字经济发展实施意见"


def test_a_document_sites_page_previews_name_the_document(tmp_path: Path) -> None:
    """X方案_第1页 / X方案_第2页 / 全文预览已结束, then the text run on one line: each preview is a
    line of its own (not one broken sentence), and X is the title."""
    body = (
        "某区卫生健康局首届中国医师节系列宣传慰问活动方案局机关各科室:为组织开展好节日期间系列活动,营造全社会尊医重卫的良好氛围,经研究,"
        "决定开展系列活动,现将有关事项通知如下:一、活动主题以尊医重卫共享健康为主题,开展形式多样的主题活动,"
        "大力弘扬卫生健康崇高精神,展示医务人员良好形象。二、活动形式(一)开展宣传活动。牵头科室:办公室。"
        "(二)开展走访慰问活动。牵头科室:人事科;配合科室:办公室。(三)开展义诊活动。牵头科室:医政科;"
        "责任单位:局属医疗卫生单位。三、工作要求各科室各单位要高度重视,精心组织,确保各项活动取得实效,"
        "及时总结活动开展情况,报送活动信息和图片资料,扩大活动的社会影响,营造尊重医务人员的良好社会氛围。"
    )
    text = "\n".join([
        "某区卫生健康局首届中国医师节系列宣传慰问活动方案_第1页",
        "某区卫生健康局首届中国医师节系列宣传慰问活动方案_第2页",
        "全文预览已结束",
        "",
        body,
    ]) + "\n"
    (plan,) = _plans(tmp_path, text)
    assert plan.title == "某区卫生健康局首届中国医师节系列宣传慰问活动方案"
