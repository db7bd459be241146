"""The JSON Schema editors validate plans with: it says what `tracker check` says.

Validated with check-jsonschema (a test extra), run as a process from the venv as an editor's
tooling would run it; the expected errors of each broken plan are pinned."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PROJECT
from tracker.model import (
    GOAL_KEYS,
    PHASE_KEYS,
    PLAN_KEYS,
    TASK_KEYS,
    UNIT_STATUS_KEYS,
    UPDATE_KEYS,
)
from tracker.store.schema import SCHEMA_PATH, plan_schema

CHECKER = Path(sys.executable).parent / "check-jsonschema"
SCHEMA = PROJECT / SCHEMA_PATH


def validate(*paths: Path) -> dict[str, list[tuple[str, str]]]:
    """{file name: [(JSON path, message), ...]} for every file, empty when it is valid."""
    done = subprocess.run([str(CHECKER), "--schemafile", str(SCHEMA), "-o", "json", *map(str, paths)],
                          capture_output=True, text=True, timeout=120)
    report = json.loads(done.stdout)
    assert not report.get("parse_errors"), report["parse_errors"]
    found: dict[str, list[tuple[str, str]]] = {Path(p).name: [] for p in paths}
    for e in report["errors"]:
        found[Path(e["filename"]).name].append((e["path"], e["message"]))
    assert (done.returncode == 0) == (not report["errors"]), done.stderr
    return found


def test_the_schema_file_is_what_tracker_schema_prints() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == json.dumps(plan_schema(), ensure_ascii=False,
                                                            indent=2) + "\n"


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    done = subprocess.run([str(CHECKER), "--check-metaschema", str(SCHEMA)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def _objects(s: dict[str, Any]) -> dict[str, dict[str, Any]]:
    task = s["properties"]["tasks"]["items"]
    unit = task["properties"]["units"]["additionalProperties"]
    return {"plan": s, "task": task, "goal": s["properties"]["goals"]["items"],
            "phase": s["properties"]["phases"]["items"], "update": task["properties"]["updates"]["items"],
            "unit status": unit, "unit update": unit["properties"]["updates"]["items"]}


@pytest.mark.parametrize(("name", "keys"), [
    ("plan", PLAN_KEYS), ("task", TASK_KEYS), ("goal", GOAL_KEYS), ("phase", PHASE_KEYS),
    ("update", UPDATE_KEYS), ("unit status", UNIT_STATUS_KEYS), ("unit update", UPDATE_KEYS),
])  # fmt: skip
def test_each_object_allows_exactly_the_keys_the_loader_knows(name: str, keys: frozenset[str]) -> None:
    obj = _objects(plan_schema())[name]
    assert set(obj["properties"]) == keys
    assert obj["additionalProperties"] is False


def _described(node: Any, where: str = "$") -> list[str]:
    """Places of properties without a description in both languages."""
    missing: list[str] = []
    if isinstance(node, dict):
        for key, sub in node.get("properties", {}).items():
            text = sub.get("description", "")
            if not (re.search(r"[\u4e00-\u9fff]", text) and re.search(r"[A-Za-z]{3}", text)):
                missing.append(f"{where}.{key}")
        for key, sub in node.items():
            if key != "if":  # a condition names keys, it does not define them
                missing += _described(sub, f"{where}.{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            missing += _described(sub, f"{where}[{i}]")
    return missing


def test_every_key_is_described_in_chinese_and_english() -> None:
    assert _described(plan_schema()) == []


def test_demo_plans_are_valid() -> None:
    plans = sorted((PROJECT / "plans").glob("*.yaml"))
    assert plans and validate(*plans) == {p.name: [] for p in plans}


HEAD = "# yaml-language-server: $schema=../schema/plan.schema.json\nformat: 1\nid: p\ntitle: 计划\nyear: 2026\n"

BROKEN = {
    "typo-key": (HEAD + "tasks:\n  - id: T1\n    title: a\n    stauts: todo\n",
                 [("$.tasks[0]", "Additional properties are not allowed ('stauts' was unexpected)")]),
    "typo-plan-key": (HEAD + "titel: x\n",
                      [("$", "Additional properties are not allowed ('titel' was unexpected)")]),
    "typo-unit-key": (HEAD + "tasks:\n  - id: T1\n    title: a\n    units:\n      城关镇: {stats: done}\n",
                      [("$.tasks[0].units['城关镇']",
                        "Additional properties are not allowed ('stats' was unexpected)")]),
    "missing-title": (HEAD + "tasks:\n  - id: T1\n    status: doing\n",
                      [("$.tasks[0]", "'title' is a required property")]),
    "missing-plan-id": (HEAD.replace("id: p\n", "") + "tasks: []\n",
                        [("$", "'id' is a required property")]),
    "verified-without-reviewer": (HEAD + "tasks:\n  - id: T1\n    title: a\n    status: verified\n",
                                  [("$.tasks[0]", "'verified_by' is a required property")]),
    "bad-status": (HEAD + "tasks:\n  - id: T1\n    title: a\n    status: finished\n",
                   [("$.tasks[0].status",
                     "'finished' is not one of ['todo', 'doing', 'blocked', 'done', 'verified', 'dropped']")]),
    "impossible-date": (HEAD + "tasks:\n  - id: T1\n    title: a\n    due: 2026-02-30\n",
                        [("$.tasks[0].due", "'2026-02-30' is not a 'date'")]),
    "update-without-date": (HEAD + "tasks:\n  - id: T1\n    title: a\n    updates:\n      - text: 已摸底\n",
                            [("$.tasks[0].updates[0]", "'date' is a required property")]),
}  # fmt: skip


def test_broken_plans_get_exactly_the_expected_errors(tmp_path: Path) -> None:
    paths = []
    for name, (text, _) in BROKEN.items():
        path = tmp_path / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    found = validate(*paths)
    assert found == {f"{name}.yaml": expected for name, (_, expected) in BROKEN.items()}


OK = {
    "no-status": "tasks:\n  - id: T1\n    title: a\n",  # was told: Missing property verified_by
    "verified": "tasks:\n  - id: T1\n    title: a\n    status: verified\n    verified_by: 督查室\n",
    "names-as-text": "lead: 县能源局、县财政局\ntasks:\n  - id: T1\n    title: a\n    owners: 各乡镇\n",
    "vague-deadline": "tasks:\n  - id: T1\n    title: a\n    due_text: 春节前\n",
    "importer-keys": ("source: {document: 方案.docx, lines: [1, 40]}\ntasks:\n  - id: T1\n    title: a\n"
                      "    source: {lines: [6, 6]}\n    review:\n      - 责任单位仅见于正文表述,请核对\n"),
    "conflict": ("tasks:\n  - id: T1\n    title: a\n    conflict:\n"
                 "      - {field: status, ours: doing, theirs: done, theirs_by: 李四}\n"),
    "unit-without-entry": "tasks:\n  - id: T1\n    title: a\n    units:\n      城关镇:\n",
}  # fmt: skip


def test_plans_that_check_accepts_are_valid(tmp_path: Path) -> None:
    paths = []
    for name, body in OK.items():
        path = tmp_path / f"{name}.yaml"
        path.write_text(HEAD + body, encoding="utf-8")
        paths.append(path)
    assert validate(*paths) == {f"{name}.yaml": [] for name in OK}


def test_what_check_says_about_the_same_files(tmp_path: Path, tracker) -> None:
    """The schema and `tracker check` agree on which broken files have a problem."""
    from tests.conftest import make_repo

    repo = make_repo(tmp_path / "r")
    for name, (text, _) in BROKEN.items():
        (repo / "plans" / f"{name}.yaml").write_text(text.replace("id: p\n", f"id: {name}\n"),
                                                     encoding="utf-8")
    out = tracker("--repo", str(repo), "--lang", "en", "check").out
    for name in BROKEN.keys() - SCHEMA_ONLY:
        assert f"plans/{name}.yaml:" in out, name


# A progress report without a date loads (its date is empty) and check is silent about it; the
# format has always said an update has a date, so the schema keeps asking for one.
SCHEMA_ONLY = {"update-without-date"}
