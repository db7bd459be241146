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
