"""The demo repository: a fresh copy of the project's demo plans with a believable history.

`tracker demo` builds it so a newcomer sees every view populated and `tracker log` has
something to tell: the plans are imported first, then several people move their tasks along,
one deadline is moved, and one person fixes a title by hand and commits it with plain git.
The final files equal the project's own `plans/` byte for byte. All git goes through
`git.run_git`; authors and dates are fixed, so the demo is the same every time.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tracker.history import git
from tracker.problems import UserError
from tracker.store import planfile
from tracker.workspace import Change, Workspace

PROJECT = Path(__file__).resolve().parent.parent
FILES = ("tracker.yaml", "units.yaml", "schema/plan.schema.json")

PEOPLE = {
    "王某": "wang@county.example",
    "张某": "zhang@county.example",
    "李某": "li@county.example",
    "赵某": "zhao@county.example",
}


@dataclass(frozen=True, slots=True)
class Step:
    """One change in the story: who, when, which task, and the values before and after."""

    by: str
    when: str
    plan: str
    task: str
    before: dict[str, object]
    after: dict[str, object]


D = dt.date.fromisoformat
STEPS = (
    Step("张某", "2026-04-18T17:20:00+08:00", "clean-heating-2026", "T1",
         {"status": "doing", "progress": 80}, {"status": "done", "progress": 100}),
    Step("王某", "2026-04-24T09:05:00+08:00", "clean-heating-2026", "T1",
         {"status": "done"}, {"status": "verified"}),
    Step("赵某", "2026-04-29T16:40:00+08:00", "rural-sewage-2026", "T1",
         {"status": "doing", "progress": 60}, {"status": "done", "progress": 100}),
    Step("张某", "2026-06-25T11:00:00+08:00", "clean-heating-2026", "T2",
         {"status": "doing", "progress": 30}, {"status": "done", "progress": 100}),
    # the moved deadline: 8月底前 became 9月30日前 when the transformers were late
    Step("张某", "2026-08-20T10:30:00+08:00", "clean-heating-2026", "T4",
         {"due": D("2026-08-31"), "due_text": "8月底前", "status": "doing"},
         {"due": D("2026-09-30"), "due_text": "9月30日前", "status": "blocked"}),
    Step("赵某", "2026-09-20T15:10:00+08:00", "rural-sewage-2026", "T2",
         {"progress": 40}, {"progress": 58}),
    Step("李某", "2026-09-28T18:00:00+08:00", "dropout-prevention-2026", "T1",
         {"status": "todo", "progress": 0}, {"status": "done", "progress": 100}),
    Step("张某", "2026-10-12T09:45:00+08:00", "clean-heating-2026", "T3",
         {"progress": 40}, {"progress": 62}),
    Step("李某", "2026-11-16T16:20:00+08:00", "dropout-prevention-2026", "T2",
         {"progress": 50}, {"progress": 70}),
)
# The hand edit: a title corrected in an editor and committed with plain git.
HAND_EDIT = ("赵某", "2026-10-05T08:50:00+08:00", "rural-sewage-2026",
             "title: 建设污水管网及处理设施", "title: 建设污水管网和处理设施",
             "改正污水治理方案 T2 标题用字")
IMPORTED = ("王某", "2026-03-02T09:00:00+08:00")


class DemoError(UserError):
    """The demo repository could not be made (a directory in the way, git missing)."""


def create(target: Path | None = None, source: Path = PROJECT) -> Path:
    """Build the demo repository in `target` (a new temporary directory when None)."""
    if target is None:
        target = Path(tempfile.mkdtemp(prefix="tracker-demo-"))
    elif target.exists() and any(target.iterdir()):
        raise DemoError(f"{target} 不是空目录，演示仓库需要一个新的或空的目录",
                        f"{target} is not empty; the demo needs a new or empty directory")
    target.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        if (source / name).exists():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source / name, target / name)
    final = {p.stem: p.read_text(encoding="utf-8") for p in sorted((source / "plans").glob("*.yaml"))}
    texts = _initial(final)
    (target / "plans").mkdir(exist_ok=True)
    for name, text in texts.items():
        (target / "plans" / f"{name}.yaml").write_text(text, encoding="utf-8")
    git.run_git(target, "init", "-q")
    git.run_git(target, "symbolic-ref", "HEAD", "refs/heads/main")
    if git.config_get(target, "user.name") is None or git.config_get(target, "user.email") is None:
        git.config_set(target, "user.name", "演示用户")
        git.config_set(target, "user.email", "demo@example.invalid")
    _commit(target, ["."], "导入工作方案（演示数据）\n\nTool: tracker\n", *IMPORTED)
    events: list[tuple[str, object]] = [(s.when, s) for s in STEPS] + [(HAND_EDIT[1], HAND_EDIT)]
    for _, event in sorted(events, key=lambda e: e[0]):
        if isinstance(event, Step):
            texts[event.plan] = _apply(target, texts[event.plan], event)
        else:
            by, when, plan, old, new, message = HAND_EDIT
            texts[plan] = texts[plan].replace(old, new, 1)
            (target / "plans" / f"{plan}.yaml").write_text(texts[plan], encoding="utf-8")
            _commit(target, [f"plans/{plan}.yaml"], message + "\n", by, when)
    for name, text in final.items():
        if texts[name] != text:  # a bug in the story, not in the user's data
            raise AssertionError(f"demo history does not end at plans/{name}.yaml")
    return target


def _initial(final: dict[str, str]) -> dict[str, str]:
    """The plans as imported: every step undone, newest first, and the hand edit undone."""
    texts = dict(final)
    _, _, plan, old, new, _ = HAND_EDIT
    texts[plan] = texts[plan].replace(new, old, 1)
    for step in reversed(STEPS):
        edits = [planfile.set_field(step.task, k, v) for k, v in step.before.items()]
        texts[step.plan] = planfile.apply_edits(texts[step.plan], edits)
    return texts


def _apply(root: Path, text: str, step: Step) -> str:
    edits = [planfile.set_field(step.task, k, v) for k, v in step.after.items()]
    new = planfile.apply_edits(text, edits)
    (root / "plans" / f"{step.plan}.yaml").write_text(new, encoding="utf-8")
    changes = [Change(k, step.before.get(k), v) for k, v in step.after.items() if k != "due_text"]
    subject = "; ".join(c.describe() for c in changes)
    message = Workspace.commit_message(step.plan, step.task, subject, changes)
    _commit(root, [f"plans/{step.plan}.yaml"], message, step.by, step.when)
    return new


def _commit(root: Path, paths: list[str], message: str, by: str, when: str) -> None:
    env = {"GIT_AUTHOR_NAME": by, "GIT_AUTHOR_EMAIL": PEOPLE[by], "GIT_AUTHOR_DATE": when,
           "GIT_COMMITTER_NAME": by, "GIT_COMMITTER_EMAIL": PEOPLE[by], "GIT_COMMITTER_DATE": when}
    git.run_git(root, "add", "--", *paths)
    git.run_git(root, "commit", "-q", "--no-verify", "-m", message, env=env)
