"""One unit test per rule learnt from the fresh18 corpus (tests/data/import-corpus-fresh18), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from made_up import plans_of as _plans


def test_a_notice_title_glued_to_its_preamble_on_a_flattened_line_is_the_title(tmp_path: Path) -> None:
    """X的通知为…,现将有关事项通知如下:一、… on one line: the notice's title, run straight into its
    preamble by a page flattened to one line, is the plan's title, as X方案为… already is."""
    text = (
        "做好某区老旧小区加装电梯工作的通知为加快老旧小区改造,方便居民出行,结合我区实际,现将有"
        "关事项通知如下:一、工作目标力争年内完成加装电梯二十部,居民出行条件明显改善。二、工作步"
        "骤加装工作从2022年3月1日开始,分两个阶段进行。(一)第一阶段(2022年6月30日"
        "前)1.区住建局要牵头制定加装电梯补助办法,于6月30日前印发。2.各街道要做好居民协商"
        "工作,广泛听取意见。(二)第二阶段(2022年7月1日起)各街道组织施工。三、工作要求各"
        "单位要加强协作,确保按期完成。"
        "\n"
    )
    assert _plans(tmp_path, text)[0].title == "做好某区老旧小区加装电梯工作的通知"


def test_a_sample_ordinal_after_the_sites_count_of_samples_is_not_part_of_the_title(
    tmp_path: Path,
) -> None:
    """X方案范文(精选8篇)1: an essay site's heading of its first sample (its count of samples, then
    the sample's number) names the plan X, without the site's additions."""
    text = "\n".join([
        "社区垃圾分类工作方案范文(精选8篇)",
        "",
        "社区垃圾分类工作方案范文(精选8篇)1",
        "",
        "为推进垃圾分类,特制定本方案。",
        "一、工作目标",
        "居民垃圾分类知晓率明显提高。",
        "二、工作任务",
        "1、宣传发动(责任部门:社区居委会)",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "社区垃圾分类工作方案"

def test_a_title_after_the_sites_file_name_on_a_flattened_line_is_the_plan_title(tmp_path: Path) -> None:
    """A document site's file name (two samples' names joined, then 范文) before the plan's own title,
    its 范文稿 and its preamble, all on one line: the plan's own title, the last one before the
    preamble."""
    text = (
        "某镇2020年河道保洁工作方案与村级道路养护实施方案范文镇2020年河道保洁工作方案范文"
        "稿为改善河道环境,保障群众生活,根据上级统一部署,结合我镇实际,特制定本实施方案。一、目"
        "标任务全镇河道保洁覆盖率达到100%,河面无漂浮物。二、工作内容(一)划定保洁河段1.主"
        "干河道。由镇水利站负责,每日巡查一次。2.支流河道。由各村负责,每周巡查两次。(二)建立"
        "长效机制各村要落实保洁人员,确保常态保洁。(三)强化督查考核镇督查办每月通报一次。三、保"
        "障措施各村要加强组织领导,落实经费,确保各项工作落到实处。"
        "\n"
    )
    assert _plans(tmp_path, text)[0].title == "镇2020年河道保洁工作方案"

def test_an_outline_before_the_title_is_no_plan_of_its_own(tmp_path: Path) -> None:
    """目录/提纲: then the document's headings, then its title and body (its headings again): the
    outline belongs to the plan, which is named by the title under it."""
    text = "\n".join([
        "目录/提纲:……",
        "一、指导思想",
        "二、工作任务",
        "三、实施步骤",
        "(三)验收阶段(2019年11月1日—2019年11月30日)",
        "四、工作要求",
        "……",
        "某乡创建省级生态乡工作实施方案",
        "为改善人居环境,结合我乡实际,特制定以下实施方案。",
        "一、指导思想",
        "以绿色发展为导向,推动生态建设。",
        "二、工作任务",
        "(一)乡环保站负责垃圾清运。",
        "三、实施步骤",
        "(一)动员阶段(2019年3月1日—2019年3月31日)",
        "",
    ])
    plans = _plans(tmp_path, text)
    assert plans[0].title == "某乡创建省级生态乡工作实施方案"
    assert len(plans) == 1


def test_a_pages_headline_over_a_copy_glued_to_the_first_heading_is_the_title(tmp_path: Path) -> None:
    """X活动方案 as the page's headline, then the same title with quote marks glued to 一、: the
    headline standing alone names the plan (the copy was cut from its heading by the cleaning)."""
    text = "\n".join([
        "某某范文网> 计划方案> 正文",
        "",
        "中学文明礼仪月活动方案",
        "",
        "中学“文明礼仪月”活动方案一、活动目的",
        "培养学生文明习惯。",
        "二、活动安排",
        "1、政教处负责组织礼仪知识竞赛。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "中学文明礼仪月活动方案"



def test_a_comma_doubled_before_other_punctuation_does_not_hide_a_heading(tmp_path: Path) -> None:
    """一,、工作目标 / 精神,,切实 / 方案,。: a page that doubles its commas (a stray comma before
    、 , or 。) still has its headings and sentences: the stray comma is dropped."""
    text = "\n".join([
        "某镇冬季消防安全检查实施方案",
        "为加强冬季火灾防控工作,,结合我镇实际,特制定本方案,。",
        "一,、工作目标",
        "全面排查火灾隐患,,确保全镇不发生较大火灾。",
        "二,、镇安监办负责组织全面检查,,于12月20日前完成,。",
        "三,、工作要求",
        "各村要高度重视,,落实责任。",
        "",
    ])
    plans = _plans(tmp_path, text)
    assert plans[0].title == "某镇冬季消防安全检查实施方案"
    assert [(t.title, t.due) for t in plans[0].tasks] == [("镇安监办负责组织全面检查,于12月20日前完成", date(2026, 12, 20))]


def test_a_signing_date_in_chinese_numerals_is_no_piece_of_the_title_under_it(tmp_path: Path) -> None:
    """A cover notice's signature and its date in Chinese numerals (二○一九年三月五日) right above the
    plan's title are not the first lines of a title broken over lines."""
    text = "\n".join([
        "关于印发《某乡春季植树造林实施方案》的通知",
        "各村:",
        "现将《某乡春季植树造林实施方案》印发给你们,请认真贯彻执行。",
        "某乡人民政府",
        "二○一九年三月五日",
        "某乡春季植树造林实施方案",
        "为改善生态环境,特制定本方案。",
        "一、工作目标",
        "全乡新增造林面积500亩。",
        "二、工作任务",
        "(一)乡林业站负责苗木调配。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == "某乡春季植树造林实施方案"


def test_a_unit_that_must_lead_an_item_leads_it(tmp_path: Path) -> None:
    """1.…,区市场监管局要牵头制定…: a unit said to have to lead the item (要 / 应 before 牵头) is its
    lead, as X牵头 is."""
    text = "\n".join([
        "某区餐饮油烟整治工作方案",
        "为改善空气质量,特制定本方案。",
        "一、工作任务",
        "1.按照区政府统一部署,区市场监管局要牵头制定整治清单,于4月30日前完成。",
        "",
    ])
    task = _plans(tmp_path, text)[0].tasks[0]
    assert (task.owners.lead, task.due) == (("区市场监管局",), date(2026, 4, 30))
