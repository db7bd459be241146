"""One unit test per rule learnt from the fresh27 corpus (tests/data/import-corpus-fresh27), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_an_emptied_sample_bracket_after_the_title_is_the_sites(tmp_path: Path) -> None:
    """X实施方案【】: an essay site's brackets for a sample's number, left empty, close no title."""
    text = "\n".join([
        "某乡村道养护实施方案(通用9篇)",
        "以下是小编整理的实施方案,供大家参考。",
        "某乡村道养护实施方案【】",
        "为做好村道养护工作,制定本方案。",
        "一、工作任务",
        "1.修补村道坑洼路面,6月底前完成。(乡交通站负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某乡村道养护实施方案"


def test_a_site_columns_name_and_its_bar_before_the_title_are_the_sites(tmp_path: Path) -> None:
    """政策解读 | X实施计划(2026-2028年): a government site's column, then a bar, before the
    plan's name; the column is the site's, the name after the bar the plan's."""
    text = "\n".join([
        "服务热线:",
        "0000-1234567",
        "政策解读 | 某县全民阅读实施计划(2026-2028年)",
        "一、《实施计划》目标任务",
        "到2028年,全县综合阅读率达到85%以上。",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title == "某县全民阅读实施计划(2026-2028年)"


def test_the_plan_a_notice_hands_out_in_its_sentence_names_it(tmp_path: Path) -> None:
    """…关于印发X实施方案的通知 各镇人民政府: 《X实施方案(2026—2028年)》已经县政府同意,现印发给你们
    …: a page flattened to one line, the notice's title and its sentence handing the plan out
    run together; the plan it hands out, in its book-title marks, names the plan."""
    text = "\n".join([
        "某县文明城市创建行动方案.doc某政办字〔2026〕4 号 某县人民政府办公室 关于印发某县文明城市创建"
        "三年行动 实施方案(2026—2028 年)的通知 各镇人民政府,县政府有关部门: 《某县文明城市创建三年行动"
        "实施方案 (2026—2028 年)》已经县政府研究同意,现印发给你们,请认真贯彻执行。 某县人民政府办公室"
        " 2026 年 3 月 2 日 为提升城市文明程度,制定本方案。 一、总体要求 (一)工作目标 到2028年,"
        "群众满意度达到90%以上。 二、重点任务 (一)完善公共设施。年底前完成。(县住建局负责)",
    ]) + "\n"
    assert _plans(tmp_path, text)[0].title.replace(" ", "") == "某县文明城市创建三年行动实施方案(2026—2028年)"
