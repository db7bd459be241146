"""Creating a data repository: tracker.yaml, units.yaml, plans/, the schema, and git."""

from __future__ import annotations

import json
from pathlib import Path

from tracker.history import git, sync
from tracker.store.schema import SCHEMA_PATH, plan_schema

TRACKER_YAML = """\
# tracker 设置 / settings
language: {language}          # zh | en：界面、提示和报告的语言
year: {year}                # 没有写年份的日期（如“5月底前”“20xx年”）按此年份
remind_days: 5            # 临期提醒：截止前 N 个工作日
lag_tolerance: 10         # 落后序时进度多少个百分点变黄
statuses: {{todo: 未启动, doing: 推进中, blocked: 受阻, done: 已完成, verified: 已销号, dropped: 已取消}}
# office: 某某县人民政府办公室  # 发文机关：通报（summary --format docx）落款用
# bulletin: 督查通报          # 通报的版头（红色报头），summary --format docx --issue 5 印“第5期”
"""

UNITS_YAML = """\
# 单位与人员 / units and people
units:
  - name: 县能源局
    aliases: [能源局]
  - name: 城关镇
  - name: 河西乡
groups:
  各乡镇: [城关镇, 河西乡]
people:
  - name: 张某
    unit: 县能源局
"""


def init(target: Path, *, language: str, year: int) -> list[str]:
    """Create what is missing; never overwrite. Returns the names created."""
    target.mkdir(parents=True, exist_ok=True)
    created = []
    files = {
        "tracker.yaml": TRACKER_YAML.format(language=language, year=year),
        "units.yaml": UNITS_YAML,
        SCHEMA_PATH: json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n",
    }
    for name, text in files.items():
        path = target / name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            created.append(name)
    plans = target / "plans"
    if not plans.exists():
        plans.mkdir()
        created.append("plans/")
    if not git.is_repo(target):
        git.init(target)
        created.append(".git")
    sync.ensure_driver(target, write_gitattributes=True)  # plans merge per task and field
    return created



def commit_made(target: Path, ours: list[str], by: str | None,
                verify: bool = True) -> tuple[str, list[str]] | None:
    """Commit `ours` (uncommitted_settings) in a commit of their own; the short id and the
    files, or None when there is nothing to commit. Anything else in the folder is left alone;
    running init again commits what a first run could not (no git identity yet)."""
    if not ours:
        return None
    return git.commit(target, ours, "init: " + ", ".join(ours), by, verify), ours


def uncommitted_settings(target: Path) -> list[str]:
    """The settings files init makes (and .gitattributes, which holds the merge driver's
    line) that exist here but HEAD does not have; a file HEAD has is left as it is."""
    names = ("tracker.yaml", "units.yaml", SCHEMA_PATH, ".gitattributes")
    committed = git.run_git(target, "ls-tree", "-r", "-z", "--name-only", "HEAD", "--", *names, check=False)
    known = set(committed.stdout.decode().split("\0")) if committed.returncode == 0 else set()
    return [n for n in names if (target / n).is_file() and n not in known]
