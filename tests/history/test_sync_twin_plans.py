"""Two offices each importing a different document: both drafts are plans/plan-2026-01.yaml
with id plan-2026-01 (the importer's default). Merging them as one plan fused two work plans
into one file full of conflicts. sync keeps them apart: ours, not yet pushed, takes the next
free id and file, as a task added twice under one id does; the same plan added by both (the
same title) still merges as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TODAY, git, two_offices
from tests.history.test_walk import PLAN
from tracker.store import load

DOC_A = "某镇2026年秸秆禁烧工作方案\n一、开展巡查。由镇农业服务中心负责,6月30日前完成。\n二、宣传。由镇宣传办负责,5月底前完成。\n"
DOC_B = "某镇2026年防汛工作方案\n一、排查隐患。由镇水利站牵头,镇应急办配合,6月1日前完成。\n"


@pytest.fixture
def offices(tmp_path: Path, tracker) -> tuple[Path, Path]:
    return two_offices(tmp_path, tracker, {"p": PLAN})


def run(tracker, root: Path, *args: str):
    return tracker("--repo", str(root), "--today", TODAY, *args)


def import_and_commit(tracker, office: Path, text: str, who: str) -> None:
    doc = office.parent / f"{who}.txt"
    doc.write_text(text, encoding="utf-8")
    imported = run(tracker, office, "--by", who, "import", str(doc))
    assert imported.code == 0, imported.err
    assert run(tracker, office, "--by", who, "commit").code == 0


def plans(root: Path) -> dict[str, tuple[str, str, int]]:
    out = {}
    for path in sorted((root / "plans").glob("plan-*.yaml")):
        plan = load.load_plan_bytes(path.read_bytes(), f"plans/{path.name}").plan
        assert plan is not None
        assert not plan.conflicts and not any(t.conflicts for t in plan.tasks)
        out[path.name] = (plan.id, plan.title, len(plan.tasks))
    return out


def test_two_different_plans_added_under_one_id_are_both_kept(offices, tracker) -> None:
    a, b = offices
    import_and_commit(tracker, a, DOC_A, "甲")
    import_and_commit(tracker, b, DOC_B, "乙")
    assert run(tracker, a, "sync").code == 0
    synced = run(tracker, b, "sync")
    assert synced.code == 0, synced.err
    assert "plan-2026-01" in synced.err and "plan-2026-02" in synced.err
    assert run(tracker, a, "sync").code == 0
    want = {"plan-2026-01.yaml": ("plan-2026-01", "某镇2026年秸秆禁烧工作方案", 2),
            "plan-2026-02.yaml": ("plan-2026-02", "某镇2026年防汛工作方案", 1)}
    assert plans(a) == plans(b) == want
    assert run(tracker, b, "check").code == 0
    assert git(a, "rev-parse", "HEAD") == git(b, "rev-parse", "HEAD")
    log = run(tracker, b, "log").out  # the audit trail says when and why it was renumbered
    assert "plan-2026-02 编号：plan-2026-01 → plan-2026-02" in log


def test_the_same_plan_added_by_both_still_merges_as_one(offices, tracker) -> None:
    a, b = offices
    import_and_commit(tracker, a, DOC_A, "甲")
    import_and_commit(tracker, b, DOC_A.replace("5月底前", "6月10日前"), "乙")
    assert run(tracker, a, "sync").code == 0
    run(tracker, b, "sync")  # one value changed two ways: a conflict entry, as ever
    assert sorted(p.name for p in (b / "plans").glob("plan-*.yaml")) == ["plan-2026-01.yaml"]
