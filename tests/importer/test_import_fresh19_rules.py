"""One unit test per rule learnt from the fresh19 corpus (tests/data/import-corpus-fresh19), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_an_essay_sites_sample_ordinal_before_the_title_is_not_part_of_it(tmp_path: Path) -> None:
    """第一篇:X方案 under an essay site's blurb: the site's ordinal of its first sample, then the
    plan's name (as 篇一:X方案 already is), names the plan X."""
    text = "\n".join([
        "小编为你整理了多篇相关的《社区垃圾分类实施方案(精选)》,希望对你有帮助。",
        "第一篇:社区垃圾分类实施方案",
        "为推进垃圾分类,改善人居环境,经社区研究,现制定方案如下。",
        "一、工作目标",
        "居民垃圾分类知晓率明显提高。",
        "二、工作措施",
        "各小区要设置分类投放点,做好宣传引导。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "社区垃圾分类实施方案"


def test_a_samples_heading_after_the_sites_collection_heading_on_one_line_is_the_title(
    tmp_path: Path,
) -> None:
    """X方案2021(精选6篇)X方案2020篇1为…: an essay site's collection heading (its year and count of
    samples), then its first sample's heading (its year and 篇1), then the preamble, all on a line
    flattened by the page after the site's notice: the plan is X, without the site's years and
    numbers."""
    text = (
        "本站文档均由用户上传,仅供学习交流,如有侵权请联系删除。内容简介冬季森林防火工作方案2021(精选6篇)冬季森林防火工作方案2020篇1为做好我乡今冬森林防火工"
        "作,保护森林资源,根据上级有关文件要求,结合我乡实际,制定本方案。一、指导思想坚持预防为主、"
        "积极消灭的方针,落实各级责任。二、工作措施(一)加强宣传各村要利用广播、标语广泛宣传防火知"
        "识。(二)强化巡查各村护林员每日巡山一次。三、工作要求各村要高度重视,确保不发生森林火灾。"
        "\n"
    )
    assert _plans(tmp_path, text)[0].title == "冬季森林防火工作方案"


def test_a_title_with_its_samples_chinese_number_glued_to_the_preamble_is_the_title(
    tmp_path: Path,
) -> None:
    """X方案三为…: a document site's sample of that name, numbered in Chinese (as X方案3为… already
    is in figures), run straight into its preamble: the plan is X."""
    text = "\n".join([
        "文档介绍:秸秆禁烧工作方案_某镇秸秆禁烧工作方案二",
        "某镇秸秆禁烧工作方案二为切实加强秸秆禁烧工作,改善空气质量,根据上级要求,结合我镇实际,特制定本方案。",
        "一、加强领导。各村要把禁烧工作摆上重要位置,主要负责人亲自抓。",
        "二、强化巡查。镇农业站要组织巡查队伍,每日巡查一次。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某镇秸秆禁烧工作方案"


def test_a_duty_section_over_unnumbered_unit_paragraphs_is_one_task(tmp_path: Path) -> None:
    """三、职责分工 over unnumbered paragraphs that each open with a unit and its duty (X负责… /
    X:负责…): the section is one piece of work shared out, one task at its heading whose owners
    are the units, not a task per paragraph."""
    text = "\n".join([
        "某乡防汛工作实施方案",
        "为切实做好今年防汛工作,确保群众生命财产安全,结合我乡实际,制定本方案。",
        "一、工作目标",
        "确保汛期不发生因灾死亡事故,最大限度减轻灾害损失。",
        "二、职责分工",
        "乡水利站负责组织河道巡查,及时发现和报告险情,指导各村落实防汛措施。",
        "乡派出所:负责转移群众时的治安秩序维护,协助做好人员疏散工作。",
        "乡卫生院负责灾后防疫消毒和伤员救治工作,储备必要的药品和器材。",
        "三、工作要求",
        "各村要高度重视,加强值班值守,确保信息畅通。",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.label for t in tasks] == ["二、"]
    assert set(tasks[0].owners.owners) | set(tasks[0].owners.lead) == {"乡水利站", "乡派出所", "乡卫生院"}


def test_a_leading_group_with_members_on_lines_of_their_own_and_its_office_is_one_task(
    tmp_path: Path,
) -> None:
    """二、组织领导 over the paragraph setting the leading group up, its members (组长:…, a deputy's
    name and posts alone on the next line, 成员单位:…组成。) and the office under it (…由X牵头负责…):
    one task for the heading, as when every member line names its post, not the group's remit
    and its office as tasks of their own."""
    text = "\n".join([
        "某镇防汛工作实施方案",
        "为切实做好今年防汛工作,确保群众生命财产安全,结合我镇实际,制定本方案。",
        "一、工作目标",
        "确保汛期不发生因灾死亡事故,最大限度减轻灾害损失。",
        "二、组织领导",
        "成立某镇防汛工作领导小组,全面负责统筹、协调、督导全镇防汛工作。",
        "组 长:张某(镇党委书记)",
        "副组长:李某(镇党委副书记、镇长)",
        "王某(镇党委委员、副镇长)",
        "成员单位:由镇应急办、镇水利站、镇派出所、镇卫生院、各村委会等相关单位组成。",
        "领导小组下设办公室在镇应急办,由王某牵头负责日常工作。",
        "三、工作要求",
        "各村要高度重视,加强值班值守,确保信息畅通。",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert [t.label for t in tasks] == ["二、"]


def test_a_kindergarten_is_a_unit_so_schools_and_kindergartens_are_two(tmp_path: Path) -> None:
    """A kindergarten (幼儿园) is a unit as a school is, so 中小学校及幼儿园 among the owners is two
    units joined by 及, as X及Y is wherever both halves are units."""
    text = "\n".join([
        "某镇防溺水工作方案",
        "为切实做好防溺水工作,保障学生生命安全,结合我镇实际,制定本方案。",
        "一、宣传教育",
        "开展防溺水专题教育,每周提醒一次。(责任单位:镇教办、中小学校及幼儿园)",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert set(tasks[0].owners.owners) == {"镇教办", "中小学校", "幼儿园"}


def test_a_unit_that_sees_to_leading_an_item_leads_it(tmp_path: Path) -> None:
    """X负责牵头、组织… says X leads the work, as X牵头 and 由X负责牵头 already do; the units that
    only 负责 their share own it."""
    text = "\n".join([
        "某乡禁毒宣传工作方案",
        "为深入开展禁毒宣传,提高群众识毒防毒能力,结合我乡实际,制定本方案。",
        "一、宣传发动",
        "乡综治办负责牵头、组织协调各站所开展禁毒宣传,乡文化站负责制作宣传展板。",
        "",
    ])
    owners = _plans(tmp_path, text)[0].tasks[0].owners
    assert (owners.lead, owners.owners) == (("乡综治办",), ("乡文化站",))


def test_a_group_the_item_sets_up_is_not_its_owner_beside_who_runs_it(tmp_path: Path) -> None:
    """成立X领导小组,全面负责… gives the group the item sets up its remit; who does the item's work
    is the unit or person named to run it (由Y牵头负责日常工作), not the group itself."""
    text = "\n".join([
        "某镇防汛工作实施方案",
        "为切实做好今年防汛工作,确保群众生命财产安全,结合我镇实际,制定本方案。",
        "一、组织领导",
        "成立“某镇防汛工作领导小组”,全面负责组织、协调全镇防汛工作。领导小组下设办公室在镇应急办,"
        "由镇应急办牵头负责日常工作。",
        "",
    ])
    owners = _plans(tmp_path, text)[0].tasks[0].owners
    assert (owners.lead, owners.owners) == (("镇应急办",), ())


def test_principle_paragraphs_under_a_goals_and_principles_heading_are_no_tasks(tmp_path: Path) -> None:
    """一、工作目标及原则 over 坚持X、Y。… paragraphs: the principles the plan keeps to, not pieces of
    work, even when one names a year's end the principle looks to, as under 基本原则."""
    text = "\n".join([
        "某市消防安全专项整治实施方案",
        "为有效防范化解重大消防安全风险,结合我市实际,制定本方案。",
        "一、整治目标及原则",
        "坚持问题导向、精准治理。集中整治高层建筑、物流仓储等突出风险,推动解决重点难点问题。",
        "坚持科技支撑、提质增效。全面应用物联网技术,2022年底前建成城市消防大数据库。",
        "二、整治任务",
        "(一)排查隐患。市应急管理局负责组织全面排查,2021年6月底前完成。",
        "",
    ])
    assert [t.label for t in _plans(tmp_path, text)[0].tasks] == ["(一)"]


def test_a_leading_group_over_its_working_groups_is_one_task_with_its_office(tmp_path: Path) -> None:
    """一、组织领导 over the group's setting up, its 组长: / 副组长: lines and the office under it
    (办公室设在X,…具体负责…), then (一)(二) working groups: the heading is one task holding the
    text before the groups (its office's unit owns it), not that text's last paragraph alone."""
    text = "\n".join([
        "某镇违法建筑整治工作方案",
        "为改善人居环境,推进违法建筑整治,结合我镇实际,制定本方案。",
        "一、组织领导",
        "为加强组织领导,全面推动全镇违法建筑整治工作,现成立工作领导小组,组成人员如下:",
        "组长:",
        "副组长:",
        "领导小组下设两个工作组,办公室设在镇规建办,某某同志任办公室主任,人员由相关股室抽调组成,"
        "具体负责整治工作的综合协调及领导小组交办的其它工作事务。",
        "(一)工作宣传组",
        "组长:",
        "工作职责:利用车载播放、悬挂条幅等形式宣传整治政策。",
        "(二)拆除工作组",
        "组长:",
        "工作职责:负责违法建筑的拆除工作。",
        "",
    ])
    tasks = _plans(tmp_path, text)[0].tasks
    assert tasks[0].label == "一、" and tasks[0].owners.owners == ("镇规建办",)


def test_the_issuers_name_on_its_own_line_above_a_plans_title_is_not_part_of_it(tmp_path: Path) -> None:
    """某市某区人力资源和社会保障局 / 关于开展X活动的实施方案 on two lines, under the document's 文号: the issuer's name
    heads the document, the title is the line that opens with 关于, not the two joined."""
    text = "\n".join([
        "某教发[2019]12号",
        "某市某区人力资源和社会保障局",
        "关于开展校园安全月活动的实施方案",
        "局属各学校:",
        "为进一步加强校园安全工作,提高师生安全意识,特制定以下实施方案。",
        "一、活动时间",
        "2019年4月1日至30日。",
        "二、活动内容",
        "(一)开展安全隐患排查,各学校负责,4月15日前完成。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "关于开展校园安全月活动的实施方案"


def test_an_essay_sites_quoted_name_before_its_category_is_the_title(tmp_path: Path) -> None:
    """“X计划”学校工作计划: an essay site quotes the sample's name and appends its category; the
    plan is X, the name in the quote marks."""
    text = "\n".join([
        "当前位置: 范文大全 > 工作计划范文 > “秋季学期社区消防安全宣传计划”社区工作计划",
        "",
        "“秋季学期社区消防安全宣传计划”社区工作计划",
        "",
        "为增强居民消防安全意识,结合社区实际,制定本计划。",
        "一、宣传内容",
        "(一)开展消防知识进楼栋活动,社区居委会负责,10月底前完成。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "秋季学期社区消防安全宣传计划"
