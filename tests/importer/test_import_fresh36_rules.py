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
