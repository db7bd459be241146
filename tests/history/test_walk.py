"""The git history of plans read as field-level changes, on real temporary repositories."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.conftest import git, make_repo
from tracker.history import walk

PLAN = """\
# 测试方案
id: p
title: 测试方案
year: 2026
tasks:
  - id: T1
    title: 摸底
    owners: [城关镇]
    due: 2026-05-31
    status: todo
  - id: T2
    title: 采购
    owners: [河西乡]
    due: 2026-06-30
    status: todo
"""


def commit_as(root: Path, author: str, date: str, message: str, *paths: str) -> None:
    """A plain `git commit` (a hand edit) by `author` at a fixed date."""
    env = {**os.environ, "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "a@example.org",
           "GIT_AUTHOR_DATE": f"{date}T09:00:00+08:00", "GIT_COMMITTER_DATE": f"{date}T09:00:00+08:00"}
    subprocess.run(["git", "add", "-A", "--", *(paths or ("plans",))], cwd=root, check=True, env=env)
    subprocess.run(["git", "commit", "-qm", message], cwd=root, check=True, env=env)


def edit(root: Path, old: str, new: str, name: str = "p") -> None:
    path = root / "plans" / f"{name}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "office", {"p": PLAN})


def flat(root: Path) -> list[tuple[str, str, str, str, object, object]]:
    return [(e.commit.author, c.item, c.field, c.op, c.old, c.new)
            for e in walk.walk(root) for c in e.changes]


def test_hand_edits_read_like_field_changes(tmp_path: Path) -> None:
    root = repo(tmp_path)
    edit(root, "status: todo", "status: doing")
    commit_as(root, "张三", "2026-05-01", "改状态")
    edit(root, "    status: todo\n", "    status: todo\n    progress: 30\n")
    commit_as(root, "李四", "2026-05-02", "T2 进度")
    rows = flat(root)
    assert rows[-2:] == [("张三", "T1", "status", "changed", "todo", "doing"),
                         ("李四", "T2", "progress", "changed", None, 30)]
    assert rows[0][2:4] == ("", "added")  # the initial commit added the plan


def test_due_extensions_are_counted(tmp_path: Path) -> None:
    root = repo(tmp_path)
    for i, (old, new) in enumerate([("2026-05-31", "2026-06-15"), ("2026-06-15", "2026-06-10"),
                                    ("2026-06-10", "2026-07-31")]):
        edit(root, f"due: {old}", f"due: {new}")
        commit_as(root, "张三", f"2026-05-0{i + 1}", "延期")
    dues = [c for e in walk.walk(root) for c in e.changes if c.field == "due"]
    assert [c.extension for c in dues] == [1, 0, 2]


def test_a_commit_that_changes_text_but_no_value_is_in_the_log(tmp_path: Path, tracker) -> None:
    """A comment added by hand, a list rewritten in block form: the file changed, no field did.
    The audit trail still lists the commit, under its author, as text changed; a commit that
    also changes a value in the same file is that change alone."""
    root = repo(tmp_path)
    edit(root, "    status: todo\n", "    status: todo\n    # 乡里说下周再报\n")
    commit_as(root, "张三", "2026-05-01", "加注释")
    edit(root, "    owners: [城关镇]\n", "    owners:\n      - 城关镇\n")
    edit(root, "# 测试方案\n", "# 测试方案（修订）\n")
    commit_as(root, "李四", "2026-05-02", "改写法")
    edit(root, "# 测试方案（修订）\n", "# 测试方案\n")
    edit(root, "status: todo", "status: doing")
    commit_as(root, "王五", "2026-05-03", "改状态")
    rows = flat(root)
    assert rows[-3:] == [("张三", "", "", "reworded", None, ("p",)),
                         ("李四", "", "", "reworded", None, ("p",)),
                         ("王五", "T1", "status", "changed", "todo", "doing")]
    shown = tracker("--repo", str(root), "--today", "2026-05-04", "log")
    assert shown.code == 0
    lines = shown.out.splitlines()
    assert [(line.split()[1], line.split()[3]) for line in lines[1:3]] == [("李四", "p"),
                                                                           ("张三", "p")]
    assert "改动了文字（注释、格式或写法），未改动任何值" in lines[1]
    english = tracker("--repo", str(root), "--today", "2026-05-04", "--lang", "en", "log")
    assert "text changed (comments, layout or wording); no value changed" in english.out
    full = git(root, "log", "--format=%h", "--", "plans").split()
    logged = tracker("--repo", str(root), "--today", "2026-05-04", "log", "--format", "json")
    assert {r["commit"] for r in json.loads(logged.out)} == set(full)


def test_renamed_file_is_the_same_plan(tmp_path: Path) -> None:
    root = repo(tmp_path)
    git(root, "mv", "plans/p.yaml", "plans/p2.yaml")
    edit(root, "status: todo", "status: done", "p2")
    commit_as(root, "王五", "2026-05-03", "rename and finish")
    last = walk.walk(root)[-1]
    assert [(c.item, c.field, c.new) for c in last.changes] == [("T1", "status", "done")]


def test_a_plan_renumbered_with_its_file_is_in_the_log(tmp_path: Path) -> None:
    """git mv p.yaml p2.yaml and id: p -> p2 (by hand, or sync setting a plan apart): the
    audit trail says so, where it said nothing."""
    root = repo(tmp_path)
    git(root, "mv", "plans/p.yaml", "plans/p2.yaml")
    edit(root, "id: p\n", "id: p2\n", "p2")
    commit_as(root, "王五", "2026-05-03", "renumber")
    last = walk.walk(root)[-1]
    assert [(c.plan, c.field, c.old, c.new) for c in last.changes] == [("p2", "id", "p", "p2")]


def test_merge_shows_each_side_once_and_the_resolution(tmp_path: Path) -> None:
    root = repo(tmp_path)
    git(root, "checkout", "-qb", "side")
    edit(root, "    due: 2026-06-30\n    status: todo", "    due: 2026-06-30\n    status: doing")
    commit_as(root, "李四", "2026-05-02", "side: T2 doing")
    git(root, "checkout", "-q", "main")
    edit(root, "status: todo", "status: done")
    commit_as(root, "张三", "2026-05-03", "main: T1 done")
    git(root, "-c", "user.name=合并人", "merge", "-q", "--no-edit", "side")
    rows = [r for r in flat(root) if r[0] != "测试员"]
    # each side's change under its author; the clean merge once, deciding nothing
    assert sorted(rows) == sorted([("李四", "T2", "status", "changed", "todo", "doing"),
                                   ("张三", "T1", "status", "changed", "todo", "done"),
                                   ("合并人", "", "", "merged", None, ("p",))])


def test_merge_resolution_by_hand_is_shown_once(tmp_path: Path) -> None:
    root = repo(tmp_path)
    git(root, "checkout", "-qb", "side")
    edit(root, "status: todo", "status: doing")
    commit_as(root, "李四", "2026-05-02", "side")
    git(root, "checkout", "-q", "main")
    edit(root, "status: todo", "status: blocked")
    commit_as(root, "张三", "2026-05-03", "main")
    subprocess.run(["git", "merge", "-q", "side"], cwd=root, capture_output=True, check=False)
    edit_text = (root / "plans/p.yaml").read_text(encoding="utf-8")
    start = edit_text.index("<<<<<<<")
    end = edit_text.index(">>>>>>> side\n") + len(">>>>>>> side\n")
    (root / "plans/p.yaml").write_text(edit_text[:start] + "    status: done\n" + edit_text[end:],
                                       encoding="utf-8")
    commit_as(root, "合并人", "2026-05-04", "merge")
    last = walk.walk(root)[-1]
    assert last.commit.author == "合并人"
    assert [(c.item, c.field, c.new) for c in last.changes] == [("T1", "status", "done")]


def test_broken_file_is_reported_not_diffed(tmp_path: Path) -> None:
    root = repo(tmp_path)
    edit(root, "status: todo", "status: [unclosed")
    commit_as(root, "张三", "2026-05-01", "oops")
    edit(root, "status: [unclosed", "status: doing")
    commit_as(root, "张三", "2026-05-02", "fix")
    ops = [[c.op for c in e.changes] for e in walk.walk(root)[1:]]
    assert ops[0] == ["broken"]
    assert ops[1] == ["repaired"]


def test_cache_is_used_and_gives_the_same_answer(tmp_path: Path, monkeypatch) -> None:
    root = repo(tmp_path)
    edit(root, "status: todo", "status: doing")
    commit_as(root, "张三", "2026-05-01", "x")
    first = walk.walk(root)
    assert (root / ".git" / "tracker" / "history.cache").exists()
    monkeypatch.setattr(walk, "read_blobs", lambda *a: (_ for _ in ()).throw(AssertionError))
    assert walk.walk(root) == first


def test_split_parse_equals_whole_parse(tmp_path: Path) -> None:
    from tests.conftest import PROJECT
    from tracker.history.changes import diff_plans
    from tracker.store import load

    for path in sorted((PROJECT / "plans").glob("*.yaml")):
        raw = path.read_bytes()
        split = walk.Versions().plan(load.blob_id(raw), raw, "plans/x.yaml")
        whole = load.load_plan_bytes(raw, "plans/x.yaml").plan
        assert split is not None and diff_plans(split, whole) == ()
        assert [t.id for t in split.tasks] == [t.id for t in whole.tasks]  # type: ignore[union-attr]


def test_empty_repository_has_no_history(tmp_path: Path) -> None:
    root = tmp_path / "empty"
    root.mkdir()
    git(root, "init", "-q")
    assert walk.walk(root) == []


def test_a_committed_plan_over_the_size_limit_is_not_parsed_from_history(
        tmp_path: Path, monkeypatch) -> None:
    """The 8 MB limit holds for old versions too: splitting a huge blob into task chunks used
    to slip under it (a committed 56 MB plan made summary take 28 s)."""
    from tracker.store import yamlsafe

    root = repo(tmp_path)
    monkeypatch.setattr(yamlsafe, "MAX_FILE_BYTES", 2000)
    big = PLAN + "".join(f"  - id: T{n}\n    title: 第{n}项\n    status: todo\n"
                         for n in range(3, 80))
    (root / "plans/p.yaml").write_text(big, encoding="utf-8")
    commit_as(root, "张三", "2026-05-01", "huge")
    edit(root, "status: todo", "status: done")
    commit_as(root, "李四", "2026-05-02", "still huge")
    parsed: list[int] = []
    real = walk.load.load_plan_bytes
    monkeypatch.setattr(walk.load, "load_plan_bytes",
                        lambda raw, path: parsed.append(len(raw)) or real(raw, path))
    rows = flat(root)
    assert max(parsed) <= 2000, "a version over the limit was parsed"
    assert ("张三", "", "", "too-large", None, None) in rows
    # too large before and after: its values unknown, the commit still listed, as not read
    assert [r for r in rows if r[0] == "李四"] == [("李四", "", "", "too-large", None, None)]
