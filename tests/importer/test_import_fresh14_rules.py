"""One unit test per rule learnt from the fresh14 corpus (tests/data/import-corpus-fresh14), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from made_up import plans_of as _plans


def test_numbered_schedule_lines_naming_a_phase_are_phases(tmp_path: Path) -> None:
    """1、4月2日—9日为报名发动阶段,… under 活动安排: a numbered line opening on a date range, then
    为 and a name ending in 阶段, is a phase with those dates, not a task; 5月11—13日 (the first
    day without 日) is the same range; 6月3日—日 (the end left blank) starts and has no end."""
    text = "\n".join([
        "某厂技能比武活动方案",
        "一、活动安排:",
        "1、4月1日上午,车间召开比武动员会。",
        "2、4月2日—9日为报名发动阶段,张贴通知等。",
        "3、4月10日—5月10日为岗位练兵阶段,由各班组长负责现场指导。",
        "4、5月11—13日为理论考试阶段。",
        "5、6月3日—日为单项比武阶段。",
        "二、比赛标准:",
        "依据操作规程进行测定。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [(p.title, p.start, p.end) for p in plan.phases] == [
        ("报名发动阶段", date(2026, 4, 2), date(2026, 4, 9)),
        ("岗位练兵阶段", date(2026, 4, 10), date(2026, 5, 10)),
        ("理论考试阶段", date(2026, 5, 11), date(2026, 5, 13)),
        ("单项比武阶段", date(2026, 6, 3), None),
    ]
    assert not [t for t in plan.tasks if "阶段" in t.title]


def test_a_document_sites_upload_date_is_not_the_plans_year(tmp_path: Path) -> None:
    """- 上传时间:2021-03-09 in a document-sharing site's file data is when someone uploaded the
    file, not the year the plan was written: a plan that states no year keeps the default one."""
    text = "\n".join([
        "某商场服务提升方案.docx",
        "- 上传时间:2021-03-09",
        "- 格式:DOCX",
        "某商场服务提升方案",
        "一、工作安排",
        "1、客服部于4月15日前制定服务规范。",
        "2、各部门在5月20日前组织员工培训。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert plan.year == 2026
    assert [t.due for t in plan.tasks] == [date(2026, 4, 15), date(2026, 5, 20)]


def test_a_title_opening_on_its_year_without_nian_states_the_year(tmp_path: Path) -> None:
    """2021社区绿化美化工作计划 (the year glued to the title, no 年 after it) states the plan's year
    even where the body masks it (xx年), so 10月底前 falls in that year."""
    text = "\n".join([
        "2021社区绿化美化工作计划",
        "为做好xx年社区绿化工作,制定本计划。",
        "一、工作任务",
        "(一)补植行道树。社区居委会负责,10月底前完成。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert plan.year == 2021
    assert [t.due for t in plan.tasks] == [date(2021, 10, 31)]


def test_a_group_with_its_head_beside_it_owns_its_duty(tmp_path: Path) -> None:
    """1、警戒组:组长某甲,负责…: the group before the colon owns the duty, as 警戒组:负责… does;
    the person named as its 组长 only heads it."""
    text = "\n".join([
        "某小区防汛演练方案",
        "五、工作小组",
        "1、警戒组:组长赵某,负责现场警戒与秩序维护",
        "2、抢险组:组长钱某,负责沙袋转运与堵漏",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [t.owners.owners for t in plan.tasks] == [("警戒组",), ("抢险组",)]


def test_a_date_every_year_is_recurring_wording_not_a_deadline(tmp_path: Path) -> None:
    """每年4月底前 (every year by the end of April) recurs: it is kept as wording, as 每月3日前 is,
    with no single due date."""
    text = "\n".join([
        "某区志愿服务任务清单",
        "一、健全服务机制",
        "1.完善志愿服务站点建设,每年4月底前完成站点服务项目的更新公示。",
        "责任单位:区文明办",
        "",
    ])
    task = _plans(tmp_path, text)[0].tasks[0]
    assert (task.due, task.due_text) == (None, "每年4月底前")


@pytest.mark.parametrize("line, title", [
    # a sample site's word for its sample after the name, as 范文 / 模板
    ("仓库消防应急演练方案范例", "仓库消防应急演练方案"),
    # a document-sharing site's line: the file's name in 《》, then its blurb
    ("《某镇秋季植树工作方案》由会员上传分享,免费在线阅读,更多相关内容在资料-某某文库",
     "某镇秋季植树工作方案"),
    # the drafter's version note on the line under the name, a date in it
    ("某医院2019年春季趣味运动会方案\n(办 公 室 2019.03.02版)", "某医院2019年春季趣味运动会方案"),
    # the notice's document number in brackets on the line under its name
    ("某市卫生局关于做好乡镇卫生院年度考核的通知\n(某卫发〔2012〕7号)",
     "某市卫生局关于做好乡镇卫生院年度考核的通知"),
])
def test_what_is_written_after_a_title_is_not_the_titles(tmp_path: Path, line: str, title: str) -> None:
    """The title without what a site or the drafter wrote after the name: a site's 范例, a
    sharing site's blurb after 《X》, a version note ((…版) with its date) or a 文号 in brackets on
    the line under it."""
    text = "\n".join([
        line,
        "一、工作安排",
        "(一)办公室负责制定工作细则,3月10日前完成。",
        "",
    ])
    assert _plans(tmp_path, text)[0].title == title


def test_the_host_of_an_event_with_three_hosts_leads(tmp_path: Path) -> None:
    """由A主办,B承办,C协办: A leads the item and C supports it; B (承办) is given no role."""
    text = "\n".join([
        "某区教师节表彰活动方案",
        "一、活动目的",
        "弘扬尊师重教风尚。",
        "二、举办单位",
        "本次活动由某区教育局主办,某区教师发展中心承办,某区实验小学协办。",
        "三、活动时间",
        "9月10日上午。",
        "",
    ])
    task = _plans(tmp_path, text)[0].tasks[0]
    assert (task.owners.lead, task.owners.owners, task.owners.support) == (
        ("某区教育局",), (), ("某区实验小学",))


def test_a_month_in_chinese_numerals_closes_a_deadline_as_digits_do(tmp_path: Path) -> None:
    """九月底前报送 / 十一月末前上交: a month written in Chinese numerals with 底前 or 末 is that
    month's last day, as 9月底前 is, whatever verb follows."""
    text = "\n".join([
        "某区读书月活动方案",
        "一、工作安排",
        "(一)各校于九月底前报送读书活动总结。",
        "(二)优秀作品集由各校整理,十一月末上交区教育局。",
        "",
    ])
    plan = _plans(tmp_path, text)[0]
    assert [t.due for t in plan.tasks] == [date(2026, 9, 30), date(2026, 11, 30)]
