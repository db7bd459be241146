"""One unit test per rule learnt from the fresh24 corpus (tests/data/import-corpus-fresh24), each
on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from made_up import plans_of as _plans


def test_an_essay_sites_choice_word_before_the_samples_number_is_no_part_of_the_title(tmp_path: Path) -> None:
    """X方案精选篇1: the site's word for its chosen samples (精选), then the sample's number, are
    both the site's, as 篇1 alone is."""
    text = "\n".join([
        "某某范文网 > 方案 > 社区垃圾分类工作方案(8篇)",
        "社区垃圾分类工作方案精选篇1",
        "一、工作目标",
        "全面推进社区垃圾分类,居民知晓率达到95%。",
        "二、工作措施",
        "(一)设置分类投放点,每个小区不少于2处。",
    ]) + "\n"
    plans = _plans(tmp_path, text)
    assert plans[0].title == "社区垃圾分类工作方案"

