"""Score the importer against hand-written golden annotations of the three seed documents.

The golden files (tests/data/import/*.golden.yaml) were written by reading the documents,
not by running the importer. Scores printed here go into the issue's closing note; the
asserts hold the targets: >= 95 % for tagged owners, due dates and task recall, >= 80 %
for owners given only in prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tracker.importer import DraftPlan, detect_plans, read_document

DATA = Path(__file__).parent.parent / "data" / "import"
SEEDS = ["000_7620d20e9414cd29", "002_f2aa4f932529563e", "004_fce12f49cde3bff6"]
ROLES = ("lead", "owners", "support", "leader")


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s).replace("(", "(").replace(")", ")")


@dataclass
class Score:
    found: int = 0
    total: int = 0
    owner_ok: dict[str, list[bool]] = field(default_factory=lambda: {"tag": [], "prose": []})
    role_ok: dict[str, list[bool]] = field(default_factory=lambda: {r: [] for r in ROLES})
    due_ok: list[bool] = field(default_factory=list)
    phase_ok: list[bool] = field(default_factory=list)
    goal_ok: list[bool] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.found += other.found
        self.total += other.total
        for k in self.owner_ok:
            self.owner_ok[k] += other.owner_ok[k]
        for k in self.role_ok:
            self.role_ok[k] += other.role_ok[k]
        self.due_ok += other.due_ok
        self.phase_ok += other.phase_ok
        self.goal_ok += other.goal_ok
        self.misses += other.misses


def _rate(xs: list[bool]) -> float:
    return sum(xs) / len(xs) if xs else 1.0


def _golden(stem: str) -> dict:  # type: ignore[type-arg]
    return YAML(typ="safe").load((DATA / f"{stem}.golden.yaml").read_text(encoding="utf-8"))


def _drafts(stem: str, year: int) -> list[DraftPlan]:
    return detect_plans(read_document(DATA / f"{stem}.txt"), year=year)


def score(stem: str) -> Score:
    gold = _golden(stem)
    plans = _drafts(stem, gold["year"])
    tasks = [t for p in plans for t in p.tasks]
    phases = [ph for p in plans for ph in p.phases]
    goals = [g for p in plans for g in p.goals]
    s = Score()
    for g in gold["tasks"]:
        s.total += 1
        key = _squash(g["match"])
        hit = next((t for t in tasks if key in _squash(t.detail)), None)
        if hit is None:
            s.misses.append(f"{stem}: task not found: {g['match']}")
            if "source" in g:
                s.owner_ok[g["source"]].append(False)
            if "due" in g:
                s.due_ok.append(False)
            continue
        s.found += 1
        if "source" in g:
            got = {
                "lead": set(hit.owners.lead),
                "owners": set(hit.owners.owners),
                "support": set(hit.owners.support),
                "leader": hit.owners.leader,
            }
            want = {
                "lead": set(g.get("lead", [])),
                "owners": set(g.get("owners", [])),
                "support": set(g.get("support", [])),
                "leader": g.get("leader"),
            }
            got = {
                k: ({_squash(x) for x in v} if isinstance(v, set) else v) for k, v in got.items()
            }
            want = {
                k: ({_squash(x) for x in v} if isinstance(v, set) else v) for k, v in want.items()
            }
            for r in ROLES:
                s.role_ok[r].append(got[r] == want[r])
            ok = got == want
            s.owner_ok[g["source"]].append(ok)
            if not ok:
                s.misses.append(f"{stem}: owners of {g['match']}: got {got}, want {want}")
        if "due" in g:
            ok = hit.due == g["due"]
            s.due_ok.append(ok)
            if not ok:
                s.misses.append(f"{stem}: due of {g['match']}: got {hit.due}, want {g['due']}")
    for g in gold.get("phases", []):
        hit = next((p for p in phases if g["match"] in p.title), None)
        ok = hit is not None and (hit.start, hit.end) == (g["start"], g["end"])
        s.phase_ok.append(ok)
        if not ok:
            s.misses.append(f"{stem}: phase {g['match']}: got {hit and (hit.start, hit.end)}")
    for g in gold.get("goals", []):
        ok = any(
            g["match"] in x.text and x.target == g["target"] and x.unit == g["unit"] for x in goals
        )
        s.goal_ok.append(ok)
        if not ok:
            s.misses.append(f"{stem}: goal {g['match']} {g['target']}{g['unit']} not found")
    return s


@pytest.mark.parametrize("stem", SEEDS)
def test_plan_count(stem: str) -> None:
    assert len(_drafts(stem, 2026)) == _golden(stem)["plans"]


def test_scores_meet_targets(capsys: pytest.CaptureFixture[str]) -> None:
    total = Score()
    for stem in SEEDS:
        total.add(score(stem))
    recall = total.found / total.total
    lines = [
        f"golden tasks {total.total}: recall {recall:.1%}",
        (
            f"owner accuracy, tagged: {_rate(total.owner_ok['tag']):.1%} "
            f"({len(total.owner_ok['tag'])} items)"
        ),
        (
            f"owner accuracy, prose only: {_rate(total.owner_ok['prose']):.1%} "
            f"({len(total.owner_ok['prose'])} items)"
        ),
        "per role: " + ", ".join(f"{r} {_rate(v):.1%}" for r, v in total.role_ok.items()),
        f"due-date accuracy: {_rate(total.due_ok):.1%} ({len(total.due_ok)} items)",
        f"phases (dates exact): {_rate(total.phase_ok):.1%} ({len(total.phase_ok)})",
        f"goals found: {_rate(total.goal_ok):.1%} ({len(total.goal_ok)})",
        *total.misses,
    ]
    with capsys.disabled():
        print("\n" + "\n".join("  " + line for line in lines))
    assert recall >= 0.95
    assert _rate(total.owner_ok["tag"]) >= 0.95
    assert _rate(total.owner_ok["prose"]) >= 0.80
    assert _rate(total.due_ok) >= 0.95
    assert _rate(total.phase_ok) >= 0.80
    assert _rate(total.goal_ok) >= 0.80


def test_golden_dates_are_dates() -> None:
    for stem in SEEDS:
        for g in _golden(stem)["tasks"]:
            assert g.get("due") is None or isinstance(g["due"], date), g
