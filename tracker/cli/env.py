"""What every command runs with, whoever read its command line (click, or the fast path in
tracker.cli.fastpath): the Env (repository, as-of date, language, author), Failure, the
global options as they are read from argv and the environment, and the language for
messages before the Env exists. Nothing here imports click."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections.abc import Sequence
from itertools import islice
from pathlib import Path

from tracker.cli.output import echo
from tracker.history import git
from tracker.problems import Problem
from tracker.reports.render import column_table_lines, terminal_text

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import NoReturn

    from tracker.workspace import Workspace


class Failure(Exception):
    """Stop the command with exit code 1 and this message (already in the user's language)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


# Problems for which a settings file is not read at all (its defaults are used instead): it
# cannot be decoded or parsed, or it is not a mapping (tracker.store.yamlsafe, store.config)
UNREAD = frozenset({"encoding", "control-char", "yaml-syntax", "alias-bomb", "settings-shape",
                    "units-shape", "unreadable"})


def _unread(problem: Problem) -> bool:
    """The problem kept its whole file from being read (nesting too deep is so at 1:1 only,
    where the parser stops; deeper down it drops the one value)."""
    return problem.code in UNREAD or (problem.code == "too-deep"
                                      and (problem.source.line, problem.source.col) == (1, 1))


class Env:
    """What every command runs with: the repository, the as-of date, the language, the author."""

    def __init__(self, root: Path | None, today: dt.date, lang: str, by: str | None,
                 lang_given: bool = False, verify: bool = True) -> None:
        self.root, self.today, self.lang, self.by = root, today, lang, by
        self.lang_given = lang_given
        self.verify = verify  # run the repository's commit hooks (False: --no-verify)
        self.lists_problems = False  # `check`: settings errors are its output, not a note
        self.commits_saves = False  # `commit`: a save left uncommitted is its work, not a note
        self._ws: Workspace | None = None

    @property
    def year(self) -> int:
        if self.root is not None:
            ws = self.workspace()
            if ws.settings.year:
                return ws.settings.year
        return self.today.year

    def typed_date(self, value: str, plan_year: int | None = None) -> dt.date:
        """A date typed on the command line (a deadline reads forward), in the plan's year when
        it names none. Raises DateError."""
        from tracker.dates import parse_date

        return parse_date(value, today=self.today, year=plan_year or self.year)

    def past_date(self, value: str, end: bool = False) -> dt.date:
        """A date wording that names a day already past (--since, --until): see `_backward`.
        A month without a day (`11月`, `2026年11月`) is a period: its first day, or its last
        with `end` (--until), of the latest such month already begun. Raises DateError."""
        from tracker.dates import parse_date

        day = parse_date(value, today=self.today, year=self.year)
        if _whole_month_re().fullmatch(value.strip()):  # a deadline reads 11月 as its last day
            first = _backward(day.replace(day=1), self.today, value)
            return _month_end(first) if end else first
        return _backward(day, self.today, value)

    def need_root(self) -> Path:
        if self.root is None:
            self._refuse_an_unchecked_clone()
            self.fail("当前目录不在 tracker 仓库中（找不到 tracker.yaml）：请先运行 tracker init，"
                      "或用 --repo 指定仓库",
                      "not inside a tracker repository (no tracker.yaml found): run tracker init, "
                      "or pass --repo")
        return self.root

    def _refuse_an_unchecked_clone(self) -> None:
        """A git clone of the shared folder that checked nothing out is no place for tracker
        init (a second ledger, never to be merged with the other office's): say which branch
        to check out instead."""
        branches = git.unchecked_clone(Path.cwd())
        if branches:
            names = "、".join(branches)
            self.fail(f"这里是共享台账的克隆，但 git clone 没有检出任何文件（共享仓库的默认分支不是 {names}）："
                      f"运行 git checkout {branches[0]}，计划就都在了；不要运行 tracker init",
                      f"this is a clone of the shared ledger, but git clone checked out no files "
                      f"(the shared folder's default branch is not {', '.join(branches)}): run "
                      f"git checkout {branches[0]} and the plans are here; do not run tracker init")

    def workspace(self, reload: bool = False) -> Workspace:
        from tracker.workspace import Workspace

        if self._ws is None or reload:
            self._ws = Workspace.open(self.need_root())
            self._ws.verify = self.verify
            if not self.lang_given:
                self.lang = self._ws.settings.language
            if not self.commits_saves:
                self._warn_pending(self._ws)
            if not self.lists_problems:
                self._warn_config(self._ws)
        return self._ws

    def config_errors(self, name: str | None = None) -> list[Problem]:
        """Errors that keep tracker.yaml or units.yaml (or just `name`) from being read."""
        return [p for p in self.workspace().config_problems
                if p.is_error and (name is None or p.source.path == name)]

    def _warn_config(self, ws: Workspace) -> None:
        """A settings file that cannot be read changes every command's answers (no units, no
        aliases, no groups: a unit's tasks are not found under its other names): say so on
        every run, not only in check, until it is fixed."""
        errors = [p for p in ws.config_problems if p.is_error]
        for name in sorted({p.source.path for p in errors}):
            if any(_unread(p) for p in errors if p.source.path == name):
                self.warn(self.t(f"注意：{name} 有错误，本次按没有这个文件处理（运行 tracker check 查看）：",
                                 f"note: {name} has errors and is read as if it were not there "
                                 "(run tracker check):"))
            else:  # the file was read: only what the errors name is not taken as written
                self.warn(self.t(f"注意：{name} 有错误，出错之处未按所写采用，其余设置照常使用（运行 "
                                 "tracker check 查看）：",
                                 f"note: {name} has errors; what they name is not taken as written, "
                                 "the other settings are used (run tracker check):"))
            for p in errors:
                if p.source.path == name:
                    self.warn(f"  {p.render(self.lang)}")

    def _warn_pending(self, ws: Workspace) -> None:
        """A save whose commit failed or was interrupted: say so on every run until it is
        committed (the next tracker edit of that plan, or tracker commit, carries it)."""
        pending = ws.pending_saves()
        if not pending:
            return
        dirty = set(git.dirty_paths(ws.root))
        stale = [p for p in pending if p not in dirty]
        ws.clear_pending(stale)  # committed by hand meanwhile
        for path, message in pending.items():
            if path not in dirty:
                continue
            lines = message.splitlines()  # the last save's subject, then the ones it carries
            saves = [lines[0]] + [ln.removeprefix("Includes: ") for ln in lines
                                  if ln.startswith("Includes: ")]
            zh_saves = "、".join(f"“{s}”" for s in saves)
            en_saves = ", ".join(f'"{s}"' for s in saves)
            if len(saves) > 1:
                zh_saves = f"{len(saves)} 处修改：{zh_saves}"
                en_saves = f"{len(saves)} changes: {en_saves}"
            self.warn(self.t(f"注意：{path} 已保存但没有提交（{zh_saves}）；运行 tracker commit 提交它",
                             f"note: {path} was saved but not committed ({en_saves}); "
                             "run tracker commit to commit it"))

    def t(self, zh: str, en: str) -> str:
        return en if self.lang == "en" else zh

    def fail(self, zh: str, en: str | None = None) -> NoReturn:
        raise Failure(zh if en is None or self.lang != "en" else en)

    def say(self, text: str = "") -> None:
        echo(terminal_text(text))

    def say_table(self, headers: Sequence[str], columns: Sequence[Sequence[str]]) -> None:
        """A `column_table_lines` table, written a thousand lines at a time (a 10,000-row
        listing is never held as one string). The table shows every control character of
        every cell as its escape as it is built, and the headers are ours, so the last guard
        is not run over it: searching 2 MB of text for nothing was 9 % of a warm list."""
        it = column_table_lines(headers, columns)
        while chunk := list(islice(it, 1000)):
            echo("\n".join(chunk))

    def warn(self, text: str) -> None:
        echo(terminal_text(text), err=True)

    def warn_skipped(self) -> None:
        """Name every plan file a report left out, and why (one line each); and every file
        read with a value it could not take (a due date that does not exist shows as none)."""
        ws = self.workspace()
        skipped = ws.skipped()
        if skipped:
            self.warn(self.t(f"注意：{len(skipped)} 个计划文件有错误，未计入（运行 tracker check 查看）：",
                             f"note: {len(skipped)} plan files have errors and were left out (run "
                             "tracker check):"))
            for f, why in skipped:
                self.warn(f"  {why.render(self.lang) if why is not None else f.path}")
        left = {id(f) for f, _ in skipped}
        partly = [(f, [p for p in f.problems if p.is_error]) for f in ws.files if id(f) not in left]
        partly = [(f, errors) for f, errors in partly if errors]
        if partly:
            self.warn(self.t(f"注意：{len(partly)} 个计划文件有值无法读取，这些值按空白显示（运行 tracker check 查看）：",
                             f"note: {len(partly)} plan files have values that cannot be read and "
                             "show as blank (run tracker check):"))
            for _, errors in partly:
                for p in errors[:3]:
                    self.warn(f"  {p.render(self.lang)}")


def _name(env: Env, by: str, lang: str | None) -> str:
    """The --by / TRACKER_USER name as it goes into a commit: spaces around it dropped (a
    full-width space from a Chinese input method too); refused when nothing visible is left,
    before anything is saved (git would refuse it only after the file was written)."""
    import unicodedata

    name = by.strip()
    if not name or all(unicodedata.category(c) in ("Zs", "Cf") for c in name):
        env.lang = lang or "zh"
        raise Failure(env.t("--by（或 TRACKER_USER）的姓名是空的：请写上修改人的姓名",
                            "the --by (or TRACKER_USER) name is blank: give the name of whoever "
                            "makes the change"))
    return name


@functools.cache
def _whole_month_re() -> re.Pattern[str]:
    return re.compile(r"(?:[0-9０-９〇零一二三四五六七八九]{4}年)?[0-9０-９一二三四五六七八九十]{1,3}月份?")


def _month_end(day: dt.date) -> dt.date:
    nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _backward(day: dt.date, today: dt.date, value: str) -> dt.date:
    """--since and --until name a day already past. A deadline reads "20日" as the next 20th; a start
    reads it as the last one (20日 on 11月23日 is 11月20日), and "12月1日" in November as last
    December. A written year is kept as written."""
    if day <= today or re.search(r"\d{4}|年", value):
        return day
    if "月" in value:
        try:
            return day.replace(year=day.year - 1)
        except ValueError:  # 2月29日
            return day.replace(year=day.year - 1, day=28)
    year, month = day.year, day.month
    for _ in range(12):  # only a day: the latest month before it that has that day
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        try:
            back = dt.date(year, month, day.day)
        except ValueError:
            continue
        if back <= today:
            return back
    return day


# the repository -> its HEAD when this command opened it: a bug's notice says whether a commit
# had been made before it struck (tracker.cli.errors)
HEAD_AT_START: dict[Path, str | None] = {}


def open_env(repo: Path | None, today: dt.date, by: str | None, lang: str | None,
             no_verify: bool, command: str | None) -> Env:
    """The Env for `command` from the global options (the group callback's work, for click
    and the fast path alike); Failure for a bad --by or a --repo that is no repository."""
    if repo is not None and str(repo).strip() and str(repo).strip() != str(repo):
        repo = Path(str(repo).strip())  # `set TRACKER_REPO=D:\台账 ` keeps the space on Windows
    root = git.find_root(repo or Path.cwd()) if repo is None or repo.exists() else None
    if repo is not None and root is None:
        root = repo.resolve() if (repo / "tracker.yaml").exists() else None
    env = Env(root=root, today=today, lang=lang or "zh", by=by or None,
              lang_given=lang is not None, verify=not no_verify)
    if root is not None:
        HEAD_AT_START[root] = git.head_commit(root)
    if by and any(c < " " or "\x7f" <= c <= "\x9f" or c in "\u2028\u2029" for c in by):
        env.lang = lang or "zh"
        raise Failure(env.t("--by 的姓名只能写一行，不能含换行或控制字符",
                            "the --by name is one line: no line breaks or control characters"))
    if by is not None:
        env.by = _name(env, by, lang)
    if repo is not None and root is None and command not in ("init", "demo"):
        env.lang = lang or "zh"
        raise Failure(env.t(f"“{repo}”不是 tracker 仓库（没有 tracker.yaml）",
                            f"'{repo}' is not a tracker repository (no tracker.yaml)"))
    if root is not None and lang is None:
        env.lang = _language_of(root)
    return env


def _language_of(root: Path) -> str:
    """Read just the language from tracker.yaml (cheap; the full load happens on demand)."""
    try:
        # Notepad's BOM before the first line, and a value in quotes, say the same
        for line in (root / "tracker.yaml").read_text(encoding="utf-8").lstrip("\ufeff").splitlines():
            if line.startswith("language:"):
                value = line.split(":", 1)[1].split("#", 1)[0].strip().strip("'\"")
                return value if value in ("zh", "en") else "zh"
    except (OSError, UnicodeDecodeError):
        pass
    return "zh"


class LangHint:
    """The language for help and usage errors before the group has run: --lang, else
    TRACKER_LANG, else the repository's tracker.yaml (--repo, TRACKER_REPO or upward), else zh."""

    def __init__(self, args: list[str]) -> None:
        self.args = list(args)  # click's parser consumes the list it is given
        self._lang: str | None = None

    @property
    def lang(self) -> str:
        if self._lang is None:
            self._lang = self._find()
        return self._lang

    def _find(self) -> str:
        given = self._option("--lang") or os.environ.get("TRACKER_LANG")
        if given in ("zh", "en"):
            return given
        repo = self._option("--repo") or os.environ.get("TRACKER_REPO")
        root = git.find_root(Path(repo) if repo else Path.cwd())
        return _language_of(root) if root is not None else "zh"

    def _option(self, name: str) -> str | None:
        for i, arg in enumerate(self.args):
            if arg == "--":
                break
            if arg == name and i + 1 < len(self.args):
                return self.args[i + 1]
            if arg.startswith(name + "="):
                return arg.split("=", 1)[1]
        return None
