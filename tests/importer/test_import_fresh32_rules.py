"""One unit test per rule learnt from the fresh32 and fresh33 corpora
(tests/data/import-corpus-fresh32, tests/data/import-corpus-fresh33), each on a small made-up text
in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_a_signature_with_its_date_above_the_title_is_no_piece_of_it(tmp_path: Path) -> None:
    """某县文化局 2025年3月28日 / X工作方案: a cover notice's signature (the office and the day
    it signed) on the line over the plan's own title is the notice's, no first piece of the
    title."""
    text = "\n".join([
        "各乡镇文化站: 现将《某县乡村书屋提升工作方案》印发给你们,请认真抓好贯彻落实。",
        "某县文化和旅游局 2025年3月28日",
        "某县乡村书屋提升工作方案",
        "为提升乡村书屋服务水平,结合我县实际,制定本方案。",
        "一、工作任务",
        "1.完成书屋图书更新,6月底前完成。(各乡镇文化站负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县乡村书屋提升工作方案"


def test_a_document_sites_preview_notice_above_the_title_is_no_piece_of_it(tmp_path: Path) -> None:
    """X计划.pdf / 文本预览下载声明 / X计划: the document site's notice about its preview, on
    the line over the title, is the site's, no first piece of the title."""
    text = "\n".join([
        "托儿所卫生保健工作计划.pdf",
        "文本预览下载声明",
        "托儿所卫生保健工作计划",
        "为做好本所卫生保健工作,保障幼儿身体健康,特制定本计划如下:",
        "一、工作任务",
        "1.完成幼儿体检,9月底前完成。(保健室负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "托儿所卫生保健工作计划"


def test_a_long_signature_line_ending_on_its_day_is_not_joined_to_the_title(tmp_path: Path) -> None:
    """某县文化和广电旅游体育局 2025年3月28日 (a long line, no stop at its end) then the title:
    a signature closing on its day, after a space, ends its line; the page did not break a
    sentence there, so the title under it stays a line of its own."""
    text = "\n".join([
        "各乡镇文化站: 现将《某县乡村书屋提升工作方案》印发给你们,请认真抓好贯彻落实。",
        "某县文化和广电旅游体育局某某办公室 2025年3月28日",
        "某县乡村书屋提升工作方案",
        "为提升乡村书屋服务水平,结合我县实际,制定本方案。",
        "一、工作任务",
        "1.完成书屋图书更新,6月底前完成。(各乡镇文化站负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县乡村书屋提升工作方案"


def test_a_notices_number_in_traditional_script_under_its_title_is_no_part_of_it(tmp_path: Path) -> None:
    """X的通知 / (某政發〔2019〕7號): the notice's document number in brackets under its title, in
    Traditional script (號), is the number, not the title's, as 号 is."""
    text = "\n".join([
        "某縣人民政府關於加強校園食品安全工作的通知",
        "(某政發〔2019〕7號)",
        "各鄉鎮人民政府,縣政府各部門:",
        "為加強校園食品安全工作,現就有關事項通知如下:",
        "一、工作任務",
        "1.開展食堂檢查,6月底前完成。(縣教育局負責)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某縣人民政府關於加強校園食品安全工作的通知"


def test_a_sites_recommended_tag_after_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    """第一篇:X活動方案(推薦): an essay site's tag in brackets after a sample's name (推荐,
    精选, 最新, 热门) is the site's, not the plan's."""
    text = "\n".join([
        "第一篇:某診所十周年所慶活動方案(推薦)",
        "為慶祝本所成立十周年,回饋社區居民,特制定本方案。",
        "一、活動內容",
        "1.義診活動,10月底前完成。(門診部負責)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某診所十周年所慶活動方案"


def test_a_plan_on_one_line_that_mentions_downloading_far_in_is_no_sites_tip(tmp_path: Path) -> None:
    """X計畫書 over 一.活動名稱:… 二.… 十.報名:…網站下載報名表…, its items run on one line: a
    download named deep in the plan's own items (a form to fetch) does not make its first item
    a document site's tip on downloading, so the body opens there and the title above is found."""
    items = "".join(
        f"{n}.第{n}項說明:本項活動由承辦學校依照規定辦理,各參加單位配合完成相關工作事項。" for n in "一二三四五六七八"
    )
    text = "\n".join([
        "某鄉推動全民運動計畫",
        "某鄉推動全民運動之社區健走計畫書",
        items + "九.報名方式:即日起至4月6日止,請至本鄉公所網站下載報名表,填妥後寄回。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某鄉推動全民運動之社區健走計畫書"


def test_a_document_number_glued_before_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    """某文旅发[2021]13号某县文化和旅游局X工作方案: the document's number the page glued before its
    title, on the title's line, is the number, and the title after it is the plan's."""
    text = "\n".join([
        "您当前的位置: 首页 > 部门文件",
        "",
        "某文旅发[2021]13号某县文化和旅游局国庆节期间安全生产工作方案",
        "",
        "为切实加强国庆节假日文化旅游行业安全生产工作,制定本方案。",
        "一、工作任务",
        "1.开展景区安全检查,9月底前完成。(局安全股负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县文化和旅游局国庆节期间安全生产工作方案"


def test_a_title_run_into_a_preamble_opening_on_its_year_and_a_comma(tmp_path: Path) -> None:
    """2025年全镇文化工作计划2025年,全镇文化工作要…: the title glued to a preamble whose first
    words are the year and a comma; the title ends before that year."""
    text = "\n".join([
        "2025年全镇文化工作计划2025年,全镇文化工作要坚持以人民为中心,丰富群众精神文化生活,推动文化事业高质量发展。",
        "一、丰富群众文化活动",
        "1.举办广场文艺展演,6月底前完成。(镇文化站负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "2025年全镇文化工作计划"


def test_a_title_in_a_caption_cell_under_the_pages_info_rows(tmp_path: Path) -> None:
    """公开日期: | … | || / 发布单位: | 某镇 | / X任务分解 | ||: a government page's info rows
    and the title in a row's first cell, the others empty: no table opens the body there, and
    the title is the cell's words."""
    text = "\n".join([
        "索引号: | 001122334/2023-00001 | 公开方式: | 主动公开 |",
        "公开日期: | 2023-06-16 11:08 | ||",
        "发布单位: | 某镇 |",
        "2023年某镇政府主要工作安排和任务分解 | ||",
        "2023年是全面推进乡村振兴的关键一年,做好新一年的政府工作意义重大。",
        "1.推进道路硬化,年底前完成。(镇建设办负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "2023年某镇政府主要工作安排和任务分解"


def test_an_attachment_named_after_the_plans_body_is_not_its_title(tmp_path: Path) -> None:
    """(三)… (四)… 附件:X一览表 / X一览表 / its table: an excerpt opening mid-body, then the plan's
    attachment named and shown: the attachment is the plan's table, not its title, so with no
    title line above the body the plan stays untitled."""
    text = "\n".join([
        "(三)突出工作重点。各乡镇要抓紧抓好集中连片区域建设,确保按期完成。",
        "(四)时间要求。整个任务在今年11月底前必须完成。(各乡镇人民政府负责)",
        "附件:蓄水池建设任务责任一览表",
        "蓄水池建设任务责任一览表",
        "乡镇 | 目标任务 | 责任人 |",
        "东乡 | 200 | 某某 |",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title.startswith("未命名方案")


def test_an_opinions_issuer_on_the_line_above_is_part_of_its_title(tmp_path: Path) -> None:
    """某乡人民政府 / 关于2024年防汛工作的实施意见: an 意见 is issued in its issuer's name, as a
    notice is, so the issuer's line over 关于… is the title's first piece (a 关于…方案 under an
    office's name still drops it: the office heads the page)."""
    text = "\n".join([
        "某乡人民政府",
        "关于2024年防汛工作的实施意见",
        "各村(社区)委会、乡级各单位:",
        "为切实做好今年防汛工作,现提出如下意见:",
        "一、工作任务",
        "1.完成河道清障,5月底前完成。(乡水利站负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某乡人民政府关于2024年防汛工作的实施意见"


def test_teachers_named_by_their_post_in_a_by_clause_own_the_item(tmp_path: Path) -> None:
    """1、独唱由xxx老师自己负责排练 / 2、口琴演奏由口琴社团的指导老师负责,xxx老师协助: a school
    plan names who does each item by a teacher's post, the name masked or written with 某;
    such a person owns the item (persons own items in school plans), and the one 协助 supports.
    A mask alone (由xx负责) is still a blank, no one's name."""
    text = "\n".join([
        "某小学校庆文艺演出方案",
        "为庆祝建校六十周年,特制定本方案。",
        "一、节目排练安排",
        "1、独唱由xxx老师自己负责排练。",
        "2、口琴演奏由口琴社团的指导老师负责排练,王某老师协助。",
        "3、舞蹈由xx负责。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    by_label = {t.label: t for t in tasks}
    assert by_label["1、"].owners.owners == ("xxx老师",)
    assert by_label["2、"].owners.owners == ("口琴社团的指导老师",)
    assert by_label["2、"].owners.support == ("王某老师",)
    assert "3、" not in by_label


def test_the_next_samples_title_and_preamble_are_no_text_of_the_last_item(tmp_path: Path) -> None:
    """…2、演出场地:礼堂的打扫由校务办负责。 / X方案范文2024(二) / 为了…: a page holding two samples,
    the second cut in its preamble: its title line and preamble under the first one's last item
    are the next plan's, not more paragraphs of that item, so the item is still a task."""
    text = "\n".join([
        "某小学校庆文艺演出方案(一)",
        "为庆祝建校六十周年,特制定本方案。",
        "一、准备工作",
        "1、节目伴奏由音乐组负责。",
        "2、演出场地:礼堂的打扫由校务办负责,美化由镇文化站负责。",
        "某小学校庆文艺演出方案范文2024(二)",
        "为了回顾学校历史,展示办学成就,激励师生爱校荣校的精神,增强社会各界关心支持学校办学的热情。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.label for t in tasks] == ["1、", "2、"]
    assert tasks[1].owners.owners == ("校务办", "镇文化站")


def test_numerals_listed_by_commas_in_a_sentence_open_no_items(tmp_path: Path) -> None:
    """…推动文化旅游与一、二、三产深度融合,… on a page flattened to one line: numerals listed by
    、 name the three sectors; no 一、 or 二、 item opens there, so the goal section after it
    stays in the plan and its targets are read."""
    text = (
        "某市文化旅游业发展方案为推动文化旅游业高质量发展,制定本方案。一、总体要求(一)指导思想。"
        "以高质量发展为主题,以创建全域旅游示范区为牵引,以文化优势转化为产业优势为主攻方向,以改革创新为动力,"
        "突出文化特色发展,强化文化铸魂、数字赋能,以文塑旅,以旅彰文,全力实施文化旅游重点工程,"
        "大力提升公共服务水平,加快推进文化旅游与一、二、三产深度融合,把文化旅游产业打造成主导产业。"
        "(二)发展目标。到2025年,培育壮大重点文旅企业50家,全市国家A级旅游景区数量达到60个。"
        "二、重点任务(一)推动项目转化。1.推进遗址研学基地建设,打造一批具有地方特色的研学线路和精品课程,"
        "提升遗址保护利用水平。(市文旅局负责)\n"
    )
    plans = _plans(tmp_path, text)
    assert len(plans) == 1
    assert [g.target for g in plans[0].goals] == [50, 60]


def test_a_target_heading_over_its_yearly_breakdown_states_goals(tmp_path: Path) -> None:
    """(一)工作目标 / 2、创建充分就业社区,到期末,全镇8个村实现充分就业6个,达标率75%以上。 over
    ⑴2024年2个… ⑵…: the numbered heading's own sentence states the goal section's targets; the
    lines under it break them down by year, so the heading is read for goals though it has no
    second sentence."""
    text = "\n".join([
        "某镇就业工作方案",
        "为做好全镇就业工作,制定本方案。",
        "一、工作目标",
        "1、加大培训力度。全年培训农村劳动力300人,其中转移就业200人。",
        "2、创建充分就业村,到期末,全镇8个村实现充分就业6个,达标率75%以上。",
        "⑴2024年2个,达标率为25%;",
        "⑵2025年新增4个,达标率为75%以上。",
        "二、工作措施",
        "1、镇劳动保障所负责,6月底前完成摸底。",
    ]) + "\n"
    goals = _plans(tmp_path, text)[0].goals
    assert any(g.target == 6 and "充分就业6个" in g.text for g in goals)
    assert any(g.target == 75 and g.unit == "%" and g.lines == (5, 5) for g in goals)


def test_a_heading_whose_first_paragraph_opens_on_who_organises_and_who_assists(tmp_path: Path) -> None:
    """(一)开展宣传活动 / 由街道文明办组织,各社区配合,大力宣传… / 各社区要…: the paragraph under
    the heading opens on who organises the work and who assists; the heading is the task, its
    paragraphs its text, the organiser its owner and the others its support."""
    text = "\n".join([
        "某街道卫生月实施方案",
        "为推动爱国卫生工作,制定本方案。",
        "一、工作任务",
        "(一)开展各种形式的宣传活动",
        "由街道文明办组织,各社区、驻街单位配合,大力宣传卫生法规和健康知识,发放宣传单。",
        "各社区要组织人员深入居民小区开展健康教育活动,普及卫生常识,增强群众卫生意识。",
        "(二)开展春季除四害工作",
        "春季是病媒生物复苏的季节,要积极做好老鼠、蚊蝇的防制工作,降低病媒密度。",
    ]) + "\n"
    tasks = _plans(tmp_path, text)[0].tasks
    assert [(t.label, t.lines) for t in tasks] == [("(一)", (4, 6))]
    assert tasks[0].owners.owners == ("街道文明办",)
    assert tasks[0].owners.support == ("各社区", "驻街单位")


def test_a_units_staff_in_a_second_by_clause_own_their_part_too(tmp_path: Path) -> None:
    """…礼堂的打扫由校务办负责,美化由镇文化站有关人员负责。: a unit's staff (the unit, then 有关
    人员) named in a 由X负责 clause own their part of the item, beside the unit of the first."""
    text = "\n".join([
        "某小学校庆文艺演出方案",
        "为庆祝建校六十周年,特制定本方案。",
        "一、准备工作",
        "1、演出场地:礼堂的打扫由校务办负责,美化由镇文化站有关人员负责。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].tasks[0].owners.owners == ("校务办", "镇文化站有关人员")


def test_a_cover_notices_addressees_ending_in_a_role_word_are_no_task(tmp_path: Path) -> None:
    """各相关责任单位: alone on its line over a cover notice's text: the notice's addressees
    (their name ends in 责任单位, read elsewhere as a role field left empty), no task."""
    text = "\n".join([
        "字体大小:【大】 【中】 【小】",
        "各相关责任单位:",
        "现将《某区承办全市中学生运动会工作方案》印发给你们,请遵照执行。",
        "某区人民政府办公室",
        "2023年9月21日",
        "某区承办全市中学生运动会工作方案",
        "为办好全市中学生运动会,制定本方案。",
        "一、工作任务",
        "1.场地保障,9月底前完成。(区教育局负责)",
    ]) + "\n"
    tasks = [t for p in _plans(tmp_path, text) for t in p.tasks]
    assert [t.title for t in tasks] == ["场地保障,9月底前完成"]


def test_a_taiwan_title_opening_on_its_year_states_it_before_a_cited_date(tmp_path: Path) -> None:
    """105年某縣社區運動推廣計畫書 over items citing 行政院104年3月5日…函: a Taiwan page counts
    years from 1912; the title opening on its year (105年 → 2016) states the plan's year, not the
    date of a letter its items cite."""
    text = "\n".join([
        "105年某縣社區運動推廣計畫書",
        "一.活動名稱:105年度社區健走活動",
        "二.活動依據:行政院104年3月5日院臺體字第1040000001號函辦理。",
        "三.主辦單位:某縣政府,4月30日前完成報名。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].year == 2016


def test_a_bodys_working_rules_sent_by_a_notice_are_the_plan(tmp_path: Path) -> None:
    """关于印发X工作规则和Y的通知 … / 附件1 / X工作规则 / 为…,特制定本规则。: a body's working
    rules (规则) name a plan as 规程 and 细则 do; the attachment's own title line is its title."""
    text = "\n".join([
        "某市爱国卫生运动委员会关于印发某市爱国卫生运动委员会工作规则和成员单位职责分工的通知",
        "各成员单位:",
        "现将《某市爱国卫生运动委员会工作规则》和《成员单位职责分工》印发给你们,请认真贯彻执行。",
        "某市爱国卫生运动委员会",
        "2023年12月29日",
        "附件1",
        "某市爱国卫生运动委员会工作规则",
        "为进一步规范某市爱国卫生运动委员会工作,特制定本规则。",
        "一、工作制度",
        "1.全体会议原则上每年召开一次,12月底前完成。(市爱卫办负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某市爱国卫生运动委员会工作规则"


def test_a_years_government_work_report_under_its_notice_is_the_plan(tmp_path: Path) -> None:
    """关于印发2024年政府工作报告的通知 … / 某镇人民政府 / 2024年政府工作报告 / ——在某镇人代会上:
    the year's government work report lists the work the government will do; its title, under
    the issuer's line, is the plan's, the issuer kept as a notice's title keeps it."""
    text = "\n".join([
        "某镇人民政府关于印发2024年政府工作报告的通知",
        "各村(居)民委员会、镇属各单位:",
        "2024年《政府工作报告》已经镇人民代表大会审议通过,现印发给你们,请认真贯彻实施。",
        "某镇人民政府",
        "2024年2月22日",
        "某镇人民政府",
        "2024年政府工作报告",
        "——2024年1月23日在某镇第二十届人民代表大会第八次会议上",
        "各位代表:现在,我代表镇人民政府向大会报告工作,请予审议。",
        "一、2024年重点工作",
        "1.完成道路硬化5公里,年底前完成。(镇建设办负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某镇人民政府2024年政府工作报告"


def test_the_year_a_body_was_founded_is_not_the_plans(tmp_path: Path) -> None:
    """X院慶活動方案 / 2015年3月8日,某醫院盛大開業,… / 活動時間:2022年3月8日至4月8日: the day the
    body opened (開業, 成立, 建校) is its history, past; the plan's year is the next one written."""
    text = "\n".join([
        "某醫院七周年院慶活動方案",
        "2015年3月8日,某醫院盛大開業,而今已走過七年的發展歷程。",
        "活動時間:2022年3月8日至4月8日",
        "一、活動內容",
        "1.義診活動,3月31日前完成。(門診部負責)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].year == 2022


def test_the_issue_date_in_the_pages_metadata_rows_dates_the_plan(tmp_path: Path) -> None:
    """索引号 | … | 发文日期 | 2019-11-27 | over a preamble citing 中办发〔2018〕5号: the page's
    metadata row gives the day the plan was issued, before the year of a document it cites."""
    text = "\n".join([
        "索引号 | 0000000000/2019-000001 | 发布机构 | 某镇 | 发文日期 | 2019-11-27 |",
        "---|---|---|---|---|---|",
        "为推动乡村振兴战略实施,贯彻落实《农村人居环境整治三年行动方案》(中办发〔2018〕5号),制定本方案。",
        "一、重点任务",
        "1.完成村庄清洁行动,12月底前完成。(镇农业办负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].year == 2019
