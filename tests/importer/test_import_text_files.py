"""A clerk's .txt as the office's own tools save it: Notepad's UTF-8 with BOM, ANSI (GBK),
UTF-16 with BOM, CRLF; an older DOS-era editor's Ctrl-Z (0x1A) end-of-file mark."""

from __future__ import annotations

from pathlib import Path

from tracker.importer import detect_plans, emit_plan, read_document
from tracker.store import yamlsafe

PLAN = "\r\n".join([
    "某镇2026年秸秆禁烧工作方案",
    "为做好秸秆禁烧工作,结合本镇实际,制定本方案。",
    "一、开展巡查。由镇农业服务中心负责,6月30日前完成。",
    "二、加强宣传。由镇宣传办负责,5月31日前完成。",
    "三、保障措施",
    "各村要加强组织领导,落实工作责任。",
]) + "\r\n"


def test_a_dos_end_of_file_mark_is_not_text(tmp_path: Path) -> None:
    """A file ending in Ctrl-Z (0x1A, the end-of-file mark DOS-era editors and some converters
    write) read the mark as a last line of text: the draft's note held the control character,
    which YAML does not allow, so the written plan failed `tracker check` as unreadable."""
    for encoding in ("gbk", "utf-8"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(PLAN.encode(encoding) + b"\x1a")
        doc = read_document(path)
        assert not any("\x1a" in line for line in doc.lines)
        plan = detect_plans(doc, year=2026)[0]
        assert [t.title for t in plan.tasks] == ["开展巡查", "加强宣传"]
        data, problems = yamlsafe.parse(emit_plan(plan), "plans/p.yaml")
        assert not [p for p in problems if p.is_error], problems


def test_a_word_table_copied_into_notepad_keeps_its_empty_cells(tmp_path: Path) -> None:
    """A task table copied out of Word into Notepad: a tab between cells. A row with an empty
    cell (no 牵头单位) had too few words to read as a row, so it ran into the row above, and
    the task was lost in that row's deadline; an empty cell keeps its column."""
    rows = ["序号\t工作任务\t牵头单位\t责任单位\t完成时限",
            "1\t清理河道垃圾\t镇水利站\t各村委会\t4月底前",
            "2\t开展督查\t\t镇党政办\t每季度",
            "3\t拆除违章建筑\t镇城管办\t镇派出所、镇司法所\t6月底前"]
    path = tmp_path / "copied.txt"
    path.write_bytes("\r\n".join([*PLAN.split("\r\n")[:2], "一、任务分工", *rows]).encode("gbk"))
    plan = detect_plans(read_document(path), year=2026)[0]
    assert [(t.title, t.owners.lead, t.owners.owners, t.due_text) for t in plan.tasks] == [
        ("清理河道垃圾", ("镇水利站",), ("各村委会",), "4月底前"),
        ("开展督查", (), ("镇党政办",), "每季度"),
        ("拆除违章建筑", ("镇城管办",), ("镇派出所", "镇司法所"), "6月底前"),
    ]


TOC_PLAN = [
    "城关镇2026年秸秆禁烧工作方案",
    "",
    "目  录",
    "一、总体要求……………………………………1",
    "二、重点任务……………………………………2",
    "  （一）巡查值守 ..................... 2",
    "三、保障措施······························3",
    "",
    "一、总体要求",
    "以秸秆综合利用为重点，确保全镇不发生秸秆焚烧火点。",
    "二、重点任务",
    "1.开展巡查值守。责任单位：镇农业服务中心，配合单位：各村委会，6月底前完成。",
    "2.推进秸秆离田。责任单位：镇农机站，9月30日前完成。",
    "三、保障措施",
    "（一）加强组织领导。镇成立秸秆禁烧工作领导小组。",
]


def test_a_table_of_contents_typed_as_text_is_no_plan_of_its_own(tmp_path: Path) -> None:
    """A 目录 typed (or pasted from Word as text) under the title: its entries, each a heading
    with leader dots and a page number, were a first run of 一、 二、 三、, so the draft held two
    plans: the title with no tasks, and the real plan untitled (未命名方案(第8行起)). The entries
    repeat headings read where they stand, as Word's own 目录 in a .docx is passed over."""
    path = tmp_path / "toc.txt"
    path.write_text("\n".join(TOC_PLAN) + "\n", encoding="utf-8")
    plans = detect_plans(read_document(path), year=2026)
    assert [p.title for p in plans] == ["城关镇2026年秸秆禁烧工作方案"]
    assert [(t.title, t.owners.owners, t.due.isoformat()) for t in plans[0].tasks] == [
        ("开展巡查值守", ("镇农业服务中心",), "2026-06-30"), ("推进秸秆离田", ("镇农机站",), "2026-09-30")]
    text = emit_plan(plans[0])
    assert "目  录" not in text and "……" not in text and "巡查值守 ...." not in text


def test_a_cover_notice_line_is_never_a_piece_of_the_title_below_it(tmp_path: Path) -> None:
    """关于印发《工作方案》的通知 right above 工作方案: the title below names only a kind of plan,
    so the line above was taken as the first half of a title broken over two lines, and the
    draft was called 关于印发《工作方案》的通知工作方案."""
    path = tmp_path / "notice.txt"
    path.write_text("关于印发《工作方案》的通知\n工作方案\n一、开展巡查。由镇农业服务中心负责,6月30日前完成。\n",
                    encoding="utf-8")
    plans = detect_plans(read_document(path), year=2026)
    assert [p.title for p in plans] == ["工作方案"]
