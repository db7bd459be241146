"""Which files are the repository's plans: nothing is read or written through a link.

A plan file that is a symbolic link, or a `plans/` folder that is one, leads outside the
repository: reading it shows another file's content as a plan, writing it changes a file
the office never meant to share, and committing it puts that content into history (and
`sync` pushes it). Git records a link as a link, so a link is never a plan. Every reader
lists plans through `plan_files`, every writer asks `refuse_link` first, and new files are
created with an exclusive open, which fails on anything already there, dangling links too.
"""

from __future__ import annotations

import os
from pathlib import Path

from tracker.model import Source
from tracker.problems import Problem, UserError, error, warning


class OutsideRepository(UserError):
    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


def is_plan_name(name: str) -> bool:
    """Whether a file directly in plans/ is read as a plan: `*.yaml` (case-insensitively
    where the file system is), not hidden."""
    return not name.startswith(".") and os.path.normcase(os.path.splitext(name)[1]) == ".yaml"


# What Windows Explorer (thumbnail caches, folder settings), Office and WPS (the owner file
# beside an open document: `~$督办单.xlsx`, on Linux and UOS `.~督办单.xlsx`), LibreOffice
# (`.~lock.X#`) and macOS leave in a folder: no one's work, hidden on the clerk's screen,
# changing whenever a folder is opened or a sheet closed.
_LITTER_NAMES = frozenset({"thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini",
                           ".ds_store"})


def is_litter(rel: str) -> bool:
    """Whether a file is what a program left beside the plans, never to be committed: also
    the temporary file of a save of ours killed half-way (`ondisk.make_temporary`'s
    `.NAME.<12 hex>.tmp`, cleared once ten minutes old)."""
    name = rel.rpartition("/")[2]
    if name.startswith(".") and name.endswith(".tmp"):
        rand = name[:-4].rpartition(".")[2]
        if len(rand) == 12 and all(c in "0123456789abcdef" for c in rand):
            return True
    return name.lower() in _LITTER_NAMES or name.startswith(("~$", ".~"))


def typed_path(text: str) -> str:
    """A file name as a Windows console completes it (`.\\plans\\x.yaml`) in the form the
    repository's paths have (`plans/x.yaml`); no plan id holds a backslash."""
    text = text.replace("\\", "/")
    while text.startswith("./"):
        text = text[2:]
    return text


def is_plan_path(rel: str) -> bool:
    """Whether a repository path (`plans/roads.yaml`) is a file read as a plan: one directly
    in plans/, named as `is_plan_name` says (a plan sorted into plans/2026/ is not read)."""
    folder, _, name = rel.rpartition("/")
    return folder == "plans" and is_plan_name(name)


def not_a_folder() -> Problem:
    """A file called plans where the folder should be: no plan is read, and none written."""
    return error(Source("plans"), "not-a-folder",
                 "plans 是一个文件，不是文件夹：计划都放在 plans 文件夹里，一个也没有读取。"
                 "把这个文件改名（如 plans.txt），再新建 plans 文件夹放入计划",
                 "plans is a file, not a folder: plans sit in the plans folder, and none was "
                 "read. Rename the file (plans.txt) and make a plans folder for the plans")


def plan_files(root: Path) -> tuple[list[Path], list[Problem]]:
    """plans/*.yaml that are real files, sorted; a problem for each link (and for a linked
    plans/ folder, whose files are then not read at all), for a plan file named .yml, .YAML
    or .yaml.txt, which is not read either, and (a warning) for a subfolder holding plan files."""
    plans = root / "plans"
    if plans.is_symlink():
        return [], [error(Source("plans"), "symlink",
                          "plans/ 是符号链接，指向仓库之外：未读取其中的计划。请把它换成真正的文件夹",
                          "plans/ is a symbolic link leading outside the repository: its plans "
                          "were not read. Replace it with a real folder")]
    if not plans.is_dir():
        return [], [not_a_folder()] if os.path.lexists(plans) else []
    files: list[Path] = []
    problems: list[Problem] = []
    # One listing, read from the directory entries (no stat per file): what `plans/*.yaml`
    # matches (case-insensitively where the file system is, as glob does), links refused,
    # then the plan-like files that are not read named.
    with os.scandir(plans) as listing:
        entries = sorted(listing, key=lambda e: e.name)
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        rel = f"plans/{name}"
        suffix = os.path.splitext(name)[1]
        if is_plan_name(name):
            if entry.is_symlink():
                gone = not os.path.exists(entry.path)
                problems.append(error(Source(rel), "symlink",
                                      f"{rel} 是符号链接（{'目标不存在' if gone else '指向别处'}），"
                                      "未读取：计划必须是仓库里的普通文件",
                                      f"{rel} is a symbolic link ({'dangling' if gone else 'leads elsewhere'}); "
                                      "not read: a plan must be a plain file in the repository"))
            else:
                files.append(plans / name)
        elif suffix.lower() in (".yml", ".yaml"):
            # a plan saved as .yml or .YAML is not read: say so, or its tasks vanish without a word
            stem = name[: -len(suffix)]
            problems.append(error(Source(rel), "not-yaml-name",
                                  f"{rel} 的扩展名不是 .yaml，未读取：改名为 {stem}.yaml 后才会读取",
                                  f"{rel} does not end in .yaml and was not read: rename it "
                                  f"{stem}.yaml"))
        elif name.lower().endswith((".yaml.txt", ".yml.txt")):
            # Windows Notepad saves roads.yaml as roads.yaml.txt, the .txt hidden in Explorer
            stem = name[: name.lower().rindex(".y")]
            problems.append(error(Source(rel), "not-yaml-name",
                                  f"{rel} 的扩展名是 .txt（记事本保存时加上的），未读取：改名为 "
                                  f"{stem}.yaml 后才会读取",
                                  f"{rel} ends in .txt (added by Notepad when saving) and was not "
                                  f"read: rename it {stem}.yaml"))
        elif entry.is_dir(follow_symlinks=False):
            # plans sorted into plans/2026/ are not read either: a warning, as an archive kept
            # there is a choice, but never without a word
            inside = sum(1 for p in Path(entry.path).rglob("*")
                         if p.suffix.lower() in (".yaml", ".yml"))
            if inside:
                problems.append(warning(Source(rel), "plans-in-subfolder",
                                        f"{rel}/ 里有 {inside} 个计划文件，不会被读取：计划文件要直接放在 "
                                        "plans/ 下（归档的旧计划请移到 plans/ 之外）",
                                        f"{rel}/ holds {inside} plan file(s) that are not read: plans "
                                        "must sit directly in plans/ (move archived ones out of plans/)"))
    return files, problems


def refuse_link(root: Path, path: Path) -> None:
    """Raise unless `path` lies inside `root` with no link on the way (the file itself, or
    any folder between the repository and it)."""
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = None
    here = root
    for part in rel.parts if rel is not None else ():
        here = here / part
        if here.is_symlink():
            shown = here.relative_to(root).as_posix()
            raise OutsideRepository(
                f"{shown} 是符号链接，未写入：tracker 只写仓库里的普通文件",
                f"{shown} is a symbolic link; nothing written: tracker writes only plain files "
                "inside the repository")
    if rel is None or not os.path.realpath(path).startswith(os.path.realpath(root) + os.sep):
        raise OutsideRepository(f"{path} 不在仓库之内，未写入",
                                f"{path} is outside the repository; nothing written")


def create_new(path: Path, data: bytes) -> None:
    """Create a file that must not exist yet: exclusive, so an existing file or a link (even
    a dangling one) is never written through."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | \
        getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o644)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
