"""The click-free fast path for `list`, `summary` and `set` (tracker.cli.fastpath) against click.

For every command line below, in real processes on a real repository: the fast path either
declines it (click then runs as always) or writes exactly the bytes click's path writes, on
stdout and stderr, with the same exit code and the same commit. Click stays the definition of
the interface; the fast path only takes what it fully understands."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PROJECT, TODAY, git, make_repo

DECLINED = 99

# The fast path alone (99 when it declines), and click's path alone, each ending as main() does.
FAST = ("import os, sys\n"
        "from tracker.cli import fastpath\n"
        "code = fastpath.run(sys.argv[1:])\n"
        "sys.stdout.flush(); sys.stderr.flush()\n"
        f"os._exit({DECLINED} if code is None else code)\n")
CLICK = ("import os, sys\n"
         "from tracker.cli.base import run\n"
         "code = run()\n"
         "sys.stdout.flush(); sys.stderr.flush()\n"
         "os._exit(code)\n")


def _run(script: str, args: list[str], cwd: Path, env: dict[str, str]) -> tuple[int, bytes, bytes]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    full["PYTHONPATH"] = str(PROJECT)
    full.update(env)
    proc = subprocess.run([sys.executable, "-c", script, *args], cwd=cwd, env=full,
                          capture_output=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo plans with a second commit, so `--since HEAD~1` has a period to read."""
    root = make_repo(tmp_path_factory.mktemp("fast") / "office", demo=True)
    path = root / "plans" / "clean-heating-2026.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("progress: 50", "progress: 60", 1),
                    encoding="utf-8")
    git(root, "commit", "-qam", "progress by hand")
    (root.parent / "a-file").write_text("x", encoding="utf-8")
    return root


R = "@REPO"  # replaced by the repository's path
E = "clean-heating-2026"
CASES: list[tuple[list[str], dict[str, str]]] = [
    # list: options in every position and form; env vars; declined shapes
    (["list"], {}),
    (["--repo", R, "list"], {}),
    (["--repo=" + R, "list", "--format=json"], {}),
    (["list", "--repo", R, "--lang", "en"], {}),
    (["list", "--lang=en", "--format", "csv", "lead:能源局"], {}),
    (["--lang", "en", "--lang", "zh", "list"], {}),
    (["--lang", "en", "list", "--lang", "zh"], {}),
    (["list", "--format", "json", "--format", "csv"], {}),
    (["list", "overdue", "unit:北山乡"], {}),
    (["list", "status:推进中", "due<2026-11-01", "plan:clean"], {}),
    (["list", "status:没有这种状态"], {}),
    (["list", "plan:nosuch"], {}),
    (["list", "--no-verify"], {}),
    (["--no-verify", "list", "--by", "张三"], {}),
    (["list", "--by", " "], {}),
    (["list", "--by", "a\nb"], {}),
    (["list", "--by=　"], {}),
    (["list"], {"TRACKER_LANG": "en"}),
    (["list"], {"TRACKER_LANG": ""}),
    (["list", "--lang", "zh"], {"TRACKER_LANG": "en"}),
    (["list"], {"TRACKER_TODAY": "2026-06-01"}),
    (["--today", "2026-03-01", "list"], {"TRACKER_TODAY": "2026-06-01"}),
    (["list"], {"TRACKER_REPO": R}),
    (["--repo", R + "　", "list"], {}),
    (["list"], {"TRACKER_REPO": R + " "}),
    (["list"], {"TRACKER_USER": "李四"}),
    (["list"], {"TRACKER_USER": " "}),
    (["--repo", "/nonexistent/place", "list"], {}),
    (["--repo", "/nonexistent/place", "--lang", "en", "list"], {}),
    (["list"], {"TRACKER_REPO": "/nonexistent/place"}),
    (["--repo", "@PARENT", "list"], {}),
    (["list"], {"PYTHONIOENCODING": "ascii"}),  # click writes UTF-8 to a misconfigured stream
    (["set", "T3", "status=done"], {"PYTHONIOENCODING": "ascii"}),
    # declined: click owns these
    (["list", "--format", "xml"], {}),
    (["list", "--help"], {}),
    (["list", "-h"], {}),
    (["--help"], {}),
    (["--version"], {}),
    (["list", "--form", "json"], {}),
    (["list", "--", "-x"], {}),
    (["list", "-x"], {}),
    (["list", "-"], {}),
    (["list", "--format"], {}),
    (["list", "--no-verify=1"], {}),
    (["list", "--lang", "fr"], {}),
    (["list"], {"TRACKER_LANG": "fr"}),
    (["list"], {"TRACKER_TODAY": "2026-13-01"}),
    (["--today", "11/23", "list"], {}),
    (["--today", "9999-12-31", "summary"], {}),
    (["summary"], {"TRACKER_TODAY": "0001-01-01"}),
    (["--repo", "@FILE", "list"], {}),
    (["lis"], {}),
    ([], {}),
    (["show", E + "/T3"], {}),
    # summary
    (["summary"], {}),
    (["--lang", "en", "summary"], {}),
    (["summary", "--format", "markdown"], {}),
    (["summary", "--format=json", "--period=week"], {}),
    (["summary", "--period", "quarter", "--lang", "en"], {}),
    (["summary", "--plan", E, "--plan", "rural-sewage-2026"], {}),
    (["summary", "--plan", E, "--plan=" + E], {}),
    (["summary", "--plan", "nosuch"], {}),
    (["summary", "--unit", "北山乡"], {}),
    (["summary", "--unit", "不存在的单位"], {}),
    (["summary", "--unit", "北山乡　", "--plan", E + " ", "--period", "week　"], {}),
    (["summary", "--leader", "某某"], {}),
    (["summary", "--since", "2026-11-01"], {}),
    (["summary", "--since", "11月1日"], {}),
    (["summary", "--since", "2026-12-01"], {}),
    (["summary", "--since", "HEAD~1"], {}),
    (["summary", "--since", "nonsense"], {}),
    (["summary", "-o", "out.md", "--format", "markdown"], {}),
    (["summary", "--output=out.txt"], {}),
    (["summary", "-o", "@REPO"], {}),
    (["summary", "-o=x.txt"], {}),
    (["summary", "-ox.txt"], {}),
    (["summary", "--format", "docx", "-o", "out.docx"], {}),
    (["summary", "--format", "docx"], {}),
    (["summary", "extra"], {}),
    (["summary", "--period", "year"], {}),
    (["summary", "--format", "docx", "--help"], {}),
    # set: every option, both assignment signs, units, refusals; declined usage errors
    (["--by", "王某", "set", E + "/T5", "status=已完成", "progress=100%"], {}),
    (["set", E + "/T5", "status=done", "--by", "王某"], {}),
    (["set", "--by=王某", E + "/T5", "progress＝70"], {}),
    (["set", E + "/T6", "due=12月底前"], {}),
    (["set", E + "/T6", "due_text=年底前", "due=2026-12-31"], {}),
    (["set", E + "/T3", "title=  新的标题  "], {}),
    (["set", E + "/T3", "progress=120"], {}),
    (["set", E + "/T3", "status=finished"], {}),
    (["set", "T3", "status=done"], {}),
    (["set", E + "/T99", "status=done"], {}),
    (["set", E + "/T5　", "progress=55"], {}),
    (["--today", "2026-11-23　", "set", E + "/T5", "progress=55"], {}),
    (["set", E + "/T3", "owners=不存在的单位"], {}),
    (["set", E + "/T3", "owners=不存在的单位", "--new-unit"], {}),
    (["set", E + "/T3", "units.北山乡=done"], {}),
    (["set", E + "/T1", "units.北山乡=done", "units.北山乡.note=已完成摸底"], {}),
    (["set", E + "/T3", "status=doing"], {}),
    (["set", E + "/T5", "progress=55", "--no-verify"], {"TRACKER_USER": "赵六"}),
    (["set", E + "/T5", "progress=55"], {"TRACKER_USER": "\t"}),
    (["set", E + "/T5", "progress=55", "--lang", "en"], {}),
    (["set", E + "/T3", "colour=red"], {}),
    (["set", E + "/T3", "status"], {}),
    (["set", E + "/T3", "units.=done"], {}),
    (["set", E + "/T3", "units.北山乡.x=1"], {}),
    (["set", E + "/T3"], {}),
    (["set"], {}),
    (["set", E + "/T3", "--new-unit=yes", "status=done"], {}),
]


def _unzipped(data: bytes) -> object:
    """A .docx as its parts: the zip's own timestamps are the clock's, not the command's."""
    if not data.startswith(b"PK"):
        return data
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(name, z.read(name)) for name in z.namelist()]


def _resolve(args: list[str], env: dict[str, str], repo: Path) -> tuple[list[str], dict[str, str]]:
    def one(value: str) -> str:
        return (value.replace(R, str(repo)).replace("@PARENT", str(repo.parent))
                .replace("@FILE", str(repo.parent / "a-file")))
    return [one(a) for a in args], {k: one(v) for k, v in env.items()}


@pytest.mark.parametrize("args,env", CASES, ids=[" ".join(a) + (f" {e}" if e else "")
                                                   for a, e in CASES])
def test_fast_path_declines_or_agrees_with_click(template: Path, tmp_path: Path,
                                                 args: list[str], env: dict[str, str]) -> None:
    results = []
    for script in (FAST, CLICK):
        repo = tmp_path / ("fast" if script is FAST else "click") / "office"
        shutil.copytree(template, repo, symlinks=True)
        shutil.copy(template.parent / "a-file", repo.parent / "a-file")
        argv, extra = _resolve(args, {"TRACKER_TODAY": TODAY} | env, repo)
        code, out, err = _run(script, argv, repo, extra)
        for path, name in ((repo, b"@REPO"), (repo.parent, b"@PARENT")):
            out, err = out.replace(bytes(path), name), err.replace(bytes(path), name)
        written = sorted((p.name, _unzipped(p.read_bytes())) for p in repo.glob("out.*"))
        results.append((code, _unzipped(out), err.decode(), git(repo, "log", "--format=%H %an %s"),
                        git(repo, "status", "--porcelain"), written))
    fast, slow = results
    if fast[0] == DECLINED:
        assert fast[1:] == (b"", "", git(template, "log", "--format=%H %an %s"), "", [])
        return
    assert fast == slow


def test_the_hot_commands_take_the_fast_path(template: Path, tmp_path: Path) -> None:
    # not every case may decline: the commands run most, in their usual shapes, are fast
    repo = tmp_path / "office"
    shutil.copytree(template, repo, symlinks=True)
    for args in (["list"], ["summary"], ["set", E + "/T5", "progress=70"],
                 ["list", "--lang", "en", "unit:北山乡", "--format", "json"],
                 ["--no-verify", "summary", "--plan", E, "--plan=dropout-prevention-2026",
                  "--period=week", "--format", "markdown", "--lang=en"],
                 ["set", E + "/T5", "units.北山乡.note=已完成", "progress＝80", "--by", "王某",
                  "--new-unit", "--repo", str(repo)]):
        code, _, err = _run(FAST, ["--today", TODAY, *args], repo,
                            {"TRACKER_USER": "李四", "TRACKER_LANG": "zh"})
        assert code in (0, 1), err


@pytest.mark.parametrize("args", [["list"], ["summary", "--format", "markdown"],
                                  ["set", E + "/T5", "progress=70", "--by", "王某"]])
def test_the_hot_commands_never_import_click(template: Path, tmp_path: Path,
                                             args: list[str]) -> None:
    repo = tmp_path / "office"
    shutil.copytree(template, repo, symlinks=True)
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c",
                           "from tracker.cli import main; main()", "--today", TODAY, *args],
                          cwd=repo, capture_output=True, text=True, timeout=60,
                          env={k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
                          | {"PYTHONPATH": str(PROJECT)})
    assert proc.returncode == 0, proc.stderr
    imported = {line.rsplit("|", 1)[1].strip() for line in proc.stderr.splitlines()
                if line.startswith("import time:")}
    for name in ("click", "tracker.cli.help", "tracker.cli.base", "textual"):
        assert name not in imported, f"{name} imported by tracker {args[0]}"


@pytest.mark.parametrize("text", ["纯文本", "红\x1b[31m色\x1b[0m 与 \x1b]8;;x\x1b\\", "", "a\nb\r\n"])
@pytest.mark.parametrize("err", [False, True])
@pytest.mark.parametrize("nl", [False, True])
def test_echo_writes_the_bytes_click_echo_writes(capfdbinary: pytest.CaptureFixture[bytes],
                                                 text: str, err: bool, nl: bool) -> None:
    import click

    from tracker.cli.output import echo

    click.echo(text, err=err, nl=nl)
    theirs = capfdbinary.readouterr()
    echo(text, err=err, nl=nl)
    assert capfdbinary.readouterr() == theirs


def test_the_fast_path_reads_the_options_click_defines() -> None:
    # a changed default, choice, type or new argument in click's definition fails here, not
    # silently on the fast path (a new option is safe: the fast path declines what it does not know)
    import click

    from tracker.cli import cli, fastpath

    ctx = click.Context(cli)
    kinds = {click.types.StringParamType: "text", click.Choice: "choice", click.Path: "path"}
    for name in fastpath.OPTIONS:
        cmd = cli.get_command(ctx, name)
        assert cmd is not None
        options, flags, defaults, arguments, paths = {}, {}, {}, [], set()
        for p in cmd.params:
            if isinstance(p, click.Argument):
                arguments.append((p.name, p.nargs, p.required, kinds[type(p.type)]))
                continue
            assert isinstance(p, click.Option) and p.name is not None and not p.envvar
            if p.is_flag:
                flags.update(dict.fromkeys(p.opts, p.name))
                defaults[p.name] = False
                continue
            choices = tuple(p.type.choices) if isinstance(p.type, click.Choice) else None
            options.update(dict.fromkeys(p.opts, (p.name, choices, p.multiple)))
            default = p.get_default(ctx)
            defaults[p.name] = (() if p.multiple else None) if default is click.core.UNSET else default
            if kinds[type(p.type)] == "path":
                paths.add(p.name)
        assert options == fastpath.OPTIONS[name]
        assert flags == fastpath.FLAGS[name]
        assert defaults == fastpath.DEFAULTS[name]
        assert paths == ({"output"} if name == "summary" else set())
        assert arguments == {"list": [("query", -1, False, "text")], "summary": [],
                             "set": [("ref", 1, True, "text"), ("assignments", -1, True, "text")]}[name]
    given = {p.name: p for p in cli.params if isinstance(p, click.Option) and not p.is_flag}
    assert {o: (p.name, p.envvar) for p in given.values() for o in p.opts} == fastpath.GLOBAL
    assert [n for n, p in given.items() if isinstance(p.type, click.Path)] == ["repo"]
    assert tuple(given["lang"].type.choices) == fastpath.LANGS  # type: ignore[attr-defined]
    flags = [p.opts for p in cli.params if isinstance(p, click.Option) and p.is_flag]
    assert flags == [["--no-verify"], ["--version"]]  # --version is click's: declined
