"""One unit test per rule learnt from the fresh4 and fresh5 corpus (tests/data/import-corpus-fresh4,
-fresh5), each on a small made-up text in the shape the rule is about, not on the corpus's words."""

from __future__ import annotations

from pathlib import Path

from tracker.importer import DraftPlan, detect_plans, read_document


def _plans(tmp_path: Path, text: str, year: int = 2026) -> list[DraftPlan]:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    doc = read_document(p)
    assert not hasattr(doc, "reason"), doc
    return detect_plans(doc, year=year, infer_year=True)  # type: ignore[arg-type]


def _cells(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


def _roles(plan: DraftPlan) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(t.label, t.owners.owners, t.owners.leader) for t in plan.tasks]


def test_a_header_with_unnamed_and_broken_cells_is_read_up_to_the_first_row(tmp_path: Path) -> None:
    """序号 / 工作 / 责任 / 领导 / 责任 / 科室 / 进展 / 情况: a header cell the page broke in two is
    one column, and the columns naming no role are read as columns up to the row's `1`."""
    text = _cells("某镇年度重点工作计划执行情况", "序号", "重点工作", "责任", "领导", "责任", "科室",
                  "本季度", "进展情况",
                  "1", "建设村级文化礼堂", "张某", "宣传办", "完成主体建设。", "已完成八成。",
                  "2", "改造农村公路", "李某", "交通办", "完成路基施工。", "已完成五成。")
    assert _roles(_plans(tmp_path, text)[0]) == [
        ("1", ("宣传办",), "张某"),
        ("2", ("交通办",), "李某"),
    ]


def test_unit_lines_fill_the_closing_unit_columns_from_the_right(tmp_path: Path) -> None:
    """… / 责任部门 / 评分部门: a row's last unit line is the scoring body (left out), the unit
    lines before it are the 责任部门 cell, however many cells the row left empty; a category
    column left of 序号 gives its value before the row's number; a bare value is no row number."""
    text = _cells("某县年度任务清单", "考核项目", "序号", "考核指标", "单位", "年度目标", "责任部门", "评分部门",
                  "产业发展", "1", "农业增加值增幅", "%", "县农业局", "县林业局", "市农业局",
                  "2", "粮食播种面积", "万亩", "0", "县农业局", "市农业局",
                  "3", "建设示范牧场", "县农业局", "市农业局")
    assert _roles(_plans(tmp_path, text)[0]) == [
        ("1", ("县农业局", "县林业局"), None),
        ("2", ("县农业局",), None),
        ("3", ("县农业局",), None),
    ]
