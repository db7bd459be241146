"""Writing changes exactly what was asked: byte-identical elsewhere, one line for one field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import git, make_repo
from tracker.store import load, ondisk, planfile
from tracker.store.load import blob_id

STYLED = """\
# yaml-language-server: $schema=../schema/plan.schema.json
# 注释：由县能源局维护
format: 1
id: p
title: "冬季清洁取暖改造工作实施方案（这是一个很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的中文标题，不应被折行）"
year: 2026
defaults: &owners [城关镇, 河西乡]   # an anchor people use
tasks:
  - id: T1          # 第一项
    title: '确定改造底数'
    owners: *owners
    detail: |
      按照具体任务以村为单位进行任务分配。
      第二行。
    status: doing   # 推进中
    progress: 40
    updates:
      - date: 2026-05-10
        by: 张某
        text: 已完成3个村摸底

    # 下面是第二项
  - {id: T2, title: 流式写法, status: todo}
  - id: T3
    title: >
      折叠的
      标题
    status: todo
"""


def test_unchanged_value_round_trips_byte_for_byte() -> None:
    once = planfile.apply_edits(STYLED, [planfile.set_field("T1", "status", "done")])
    back = planfile.apply_edits(once, [planfile.set_field("T1", "status", "doing")])
    assert back == STYLED


@pytest.mark.parametrize("key,value,old_line,new_line", [
    ("status", "done", "    status: doing   # 推进中", "    status: done   # 推进中"),
    ("progress", 60, "    progress: 40", "    progress: 60"),
    ("title", "新标题", "    title: '确定改造底数'", "    title: '新标题'"),
    ("title", "带: 冒号", "    title: '确定改造底数'", '    title: "带: 冒号"'),
])
def test_one_field_is_one_line(key: str, value: object, old_line: str, new_line: str) -> None:
    new = planfile.apply_edits(STYLED, [planfile.set_field("T1", key, value)])
    old_lines, new_lines = STYLED.splitlines(), new.splitlines()
    assert len(old_lines) == len(new_lines)
    changed = [(a, b) for a, b in zip(old_lines, new_lines) if a != b]
    assert changed == [(old_line, new_line)]


def test_new_field_and_update_are_inserted_where_they_belong() -> None:
    new = planfile.apply_edits(STYLED, [
        planfile.set_field("T1", "due", dt.date(2026, 5, 31)),
        planfile.append_update("T1", {"date": dt.date(2026, 6, 1), "by": "李某", "text": "完成: 全部"}),
    ])
    assert "        text: 已完成3个村摸底\n      - date: 2026-06-01\n        by: 李某\n        text: \"完成: 全部\"\n    due: 2026-05-31\n\n    # 下面是第二项" in new


def test_anchor_block_scalar_and_flow_item_survive_an_edit() -> None:
    new = planfile.apply_edits(STYLED, [planfile.set_field("T3", "status", "doing")])
    assert "defaults: &owners [城关镇, 河西乡]   # an anchor people use" in new
    assert "owners: *owners" in new and "    detail: |\n      按照具体任务" in new
    assert "  - {id: T2, title: 流式写法, status: todo}" in new
    assert "    title: >\n      折叠的\n      标题\n    status: doing" in new


def test_flow_item_edit_in_place() -> None:
    new = planfile.apply_edits(STYLED, [planfile.set_field("T2", "status", "done")])
    assert "  - {id: T2, title: 流式写法, status: done}" in new


def test_crlf_and_bom_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + STYLED.replace("\n", "\r\n").encode())
    ondisk.edit_file(path, [planfile.set_field("T1", "progress", 50),
                              planfile.set_field("T1", "leader", "张某")])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert "    progress: 50\r\n" in raw.decode("utf-8-sig")


def test_refuses_when_the_file_changed_since_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(STYLED, encoding="utf-8")
    seen = blob_id(path.read_bytes())
    path.write_text(STYLED.replace("progress: 40", "progress: 45"), encoding="utf-8")  # a hand edit
    with pytest.raises(planfile.ChangedOnDisk):
        ondisk.edit_file(path, [planfile.set_field("T1", "status", "done")], expected_blob=seen)
    assert "progress: 45" in path.read_text(encoding="utf-8") and "status: doing" in path.read_text(encoding="utf-8")


def test_status_change_is_a_one_line_git_diff(demo_repo: Path, tracker) -> None:
    result = tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T3", "status=done")
    assert result.code == 0, result.err
    stat = git(demo_repo, "show", "--numstat", "--format=", "HEAD").split()
    assert stat == ["1", "1", "plans/clean-heating-2026.yaml"]
    message = git(demo_repo, "log", "-1", "--format=%B")
    assert message.startswith("clean-heating-2026/T3: status doing → done\n\n")
    assert "Plan: clean-heating-2026\nTask: T3\nField: status\n" in message


def test_scalar_quoting_reads_back_exactly() -> None:
    for value in ["yes", "1.5", "2026-01-01", "[x]", "a: b", "# c", "", " x", "null", "*a", "@x", "中文", "'q'"]:
        text = planfile.apply_edits("id: p\ntasks:\n  - id: T1\n    title: x\n",
                                    [planfile.set_field("T1", "title", value)])
        from tracker.store import yamlsafe
        data, _ = yamlsafe.parse(text, "x")
        assert data["tasks"][0]["title"] == value


def test_fmt_brings_other_styles_to_canonical(tmp_path: Path, tracker) -> None:
    repo = make_repo(tmp_path / "r", plans={"p": "format: 1\nid: p\ntitle: t\ntasks:\n- id: T1\n  title: a   # c\n"})
    check = tracker("--repo", str(repo), "fmt", "--check")
    assert check.code == 1 and "plans/p.yaml" in check.out
    assert tracker("--repo", str(repo), "fmt").code == 0
    assert (repo / "plans" / "p.yaml").read_text(encoding="utf-8") == \
        "format: 1\nid: p\ntitle: t\ntasks:\n  - id: T1\n    title: a # c\n"
    assert tracker("--repo", str(repo), "fmt", "--check").code == 0


def test_fmt_keeps_a_crlf_file_crlf_on_every_line(tmp_path: Path, tracker) -> None:
    """A file saved by a Windows editor: fmt restyles it and keeps its line ends, all of
    them (comment lines too), so git sees only the restyled lines change."""
    text = ("# 方案说明\nformat: 1\nid: p\ntitle: t  # 标题\ntasks:\n- id: T1\n  title: a   # c\n"
            "  detail: |\n    第一行\n    第二行\n# 末尾\n")
    repo = make_repo(tmp_path / "r", plans={"p": text})
    path = repo / "plans" / "p.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert tracker("--repo", str(repo), "fmt").code == 0
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\n") == raw.count(b"\r\n") == 11
    assert raw[3:].decode("utf-8").replace("\r\n", "\n") == (
        "# 方案说明\nformat: 1\nid: p\ntitle: t  # 标题\ntasks:\n  - id: T1\n    title: a # c\n"
        "    detail: |\n      第一行\n      第二行\n# 末尾\n")
    assert tracker("--repo", str(repo), "fmt", "--check").code == 0


def test_demo_plans_are_canonical(tracker) -> None:
    from tests.conftest import PROJECT
    assert tracker("--repo", str(PROJECT), "fmt", "--check").code == 0


def test_remove_field_deletes_just_that_key() -> None:
    new = planfile.apply_edits(STYLED, [planfile.set_field("T1", "leader", "张某")])
    back = planfile.apply_edits(new, [planfile.remove_field("T1", "leader")])
    assert back == STYLED
    gone = planfile.apply_edits(STYLED, [planfile.remove_field("T1", "detail")])
    assert "detail" not in gone and "    status: doing   # 推进中\n    progress: 40\n" in gone


def test_an_edit_reuses_the_parse_of_the_text_it_loaded(demo_repo: Path, tracker,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # tracker set loads the plan, then edits that same text: the whole file is read once,
    # by fastyaml (no node graph: ruamel composes nothing); the edit is made and verified on
    # the edited task's item alone (two small reads by fastyaml, not two of the whole file,
    # and no ruamel parse); the next set of the plan reads the plan the edit left behind and
    # reads no whole file at all; and the shared parse is left as it was read
    from tracker.store import fastyaml, yamlsafe

    texts: list[str] = []
    fast: list[str] = []
    parse = yamlsafe._parse_nodes
    read = fastyaml.read

    def counted_read(text: str, small: bool = False) -> object:
        fast.append(text)
        return read(text, small)

    def counted(text: str, where: str) -> tuple[object, object, list[object]]:
        if where.startswith("plans/") or where == "<plan>":  # not tracker.yaml, units.yaml
            texts.append(text)
        return parse(text, where)

    monkeypatch.setattr(yamlsafe, "_parse_nodes", counted)
    monkeypatch.setattr(fastyaml, "read", counted_read)
    path = demo_repo / "plans" / "clean-heating-2026.yaml"
    before = path.read_text(encoding="utf-8")
    assert tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T1", "progress=77").code == 0
    after = path.read_text(encoding="utf-8")
    assert before in fast and not texts
    head = before[:before.index("\ntasks:")]
    parts = [t for t in fast if t.startswith(head) and t != before]
    assert len(parts) == 2 and all(len(t) < len(before) / 2 for t in parts)  # the header and
    fast.clear()  # T1's item, the items before it blank
    assert tracker("--repo", str(demo_repo), "set", "clean-heating-2026/T2", "progress=78").code == 0
    parts = [t for t in fast if t.startswith(head)]
    assert not texts and len(parts) == 2 and all(len(t) < len(before) / 2 for t in parts)
    assert load.load_plan_bytes(path.read_bytes(), "plans/clean-heating-2026.yaml").plan.task(
        "T2").progress == 78
    shared, _ = yamlsafe.parse(after, "p", shared=True)
    fresh, _ = parse(after, "p")[1:]
    assert shared == fresh and planfile.as_plain(shared) == planfile.as_plain(fresh)


@pytest.mark.parametrize("line", ["tasks: []  # 待补充", "tasks:  # 待补充", "tasks: [] # 待补充"])
def test_a_comment_after_an_empty_task_list_stays_on_its_line(line: str) -> None:
    """`tasks: []  # 待补充` is where a clerk notes what is still to come: the first task added
    goes below it, and the note stays on the `tasks:` line instead of moving onto the new
    task's last field."""
    text = f"id: p\ntitle: 方案\n{line}\nnote: x\n"
    out = planfile.apply_edits(text, [planfile.add_task({"id": "T1", "title": "摸底", "status": "todo"})])
    comment = line[line.index("#"):]
    assert out.splitlines()[2].startswith("tasks:") and out.splitlines()[2].endswith(comment)
    assert "[]" not in out
    assert out.splitlines()[3:6] == ["  - id: T1", "    title: 摸底", "    status: todo"]
    assert out.splitlines()[6] == "note: x"
