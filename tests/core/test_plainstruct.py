"""plainstruct's Struct behaves as msgspec's does wherever tracker relies on it, and the two
read each other's pickles: `tracker set` builds its values with the first, every other
command with the second, and both keep the same caches in .git/tracker/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import msgspec
import pytest

from tests.conftest import TODAY, make_repo
from tracker import plainstruct

ROOT = Path(__file__).resolve().parents[2]


def twins() -> tuple[type, type]:
    """The same class body on either base."""

    def body(base: Any, field: Any) -> type:
        class Item(base, frozen=True):  # type: ignore[misc, valid-type]
            id: str
            title: str = ""
            owners: tuple[str, ...] = ()
            due: object = None

        return Item

    return body(msgspec.Struct, msgspec.field), body(plainstruct.Struct, plainstruct.field)


def outcome(call: Any) -> tuple[str, str]:
    try:
        return "ok", repr(call())
    except Exception as exc:  # the kind and wording of a refusal are part of the interface
        return type(exc).__name__, str(exc)


@pytest.mark.parametrize("args, kwargs", [
    (("T1",), {}), (("T1", "摸底", ("城关镇",)), {}), ((), {"id": "T1", "due": 3}),
    ((), {}), (("T1", "a", (), None, "extra"), {}), (("T1",), {"id": "T2"}),
    (("T1",), {"colour": "red"}),
])
def test_building_and_refusing_as_msgspec_does(args, kwargs) -> None:
    fast, plain = twins()
    assert outcome(lambda: plain(*args, **kwargs)) == outcome(lambda: fast(*args, **kwargs))
    assert plain.__struct_fields__ == fast.__struct_fields__
    assert plain.__struct_defaults__ == fast.__struct_defaults__


def test_equal_hashable_frozen_replaced_as_msgspec() -> None:
    fast, plain = twins()
    for cls, replace in ((fast, msgspec.structs.replace), (plain, plainstruct.replace)):
        a, b = cls("T1", "x"), cls("T1", "x")
        assert a == b and hash(a) == hash(b) and a != cls("T2", "x") and a != ("T1", "x")
        assert len({a, b, cls("T2")}) == 2
        with pytest.raises(AttributeError, match="immutable type"):
            a.title = "y"
        assert replace(a, title="y") == cls("T1", "y") and a.title == "x"
        with pytest.raises(TypeError, match="has no field 'colour'"):
            replace(a, colour=1)
        with pytest.raises(AttributeError):
            a.__dict__  # noqa: B018  slotted
        assert a.__reduce__() == (cls, ("T1", "x", (), None))  # how both pickle


def test_a_mutable_struct_with_a_factory_as_msgspec() -> None:
    for base, field in ((msgspec.Struct, msgspec.field), (plainstruct.Struct, plainstruct.field)):
        class Memo(base):  # type: ignore[misc, valid-type]
            name: str
            seen: list = field(default_factory=list)

        a = Memo("x")
        a.seen.append(1)
        assert Memo("x").seen == [] and a != Memo("x")
        a.name = "y"
        assert repr(a) == "Memo(name='y', seen=[1])"
        with pytest.raises(TypeError, match="unhashable"):
            hash(a)


def _run(code: str, plain: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_STRUCTS"}
    if plain:
        env["TRACKER_STRUCTS"] = "plain"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env=env, check=True)
    return proc.stdout.strip()


WALK = """
import json, pickle, sys, datetime as dt
def walk(v):
    if hasattr(type(v), '__struct_fields__'):
        return [type(v).__name__, {n: walk(getattr(v, n)) for n in type(v).__struct_fields__}]
    if isinstance(v, (list, tuple)):
        return [walk(x) for x in v]
    if isinstance(v, dict):
        return {str(k): walk(x) for k, x in v.items()}
    return repr(v)
"""


def test_each_reads_the_others_pickles_of_the_demo_plans(tmp_path: Path) -> None:
    """Plans loaded and pickled by one implementation are unpickled by the other to the
    same values, and pickled back to what the first reads as equal."""
    repo = make_repo(tmp_path / "office", demo=True)
    first = tmp_path / "first.pickle"
    second = tmp_path / "second.pickle"
    load = (f"from tracker.store.plancache import load_plans; "
            f"from pathlib import Path; "
            f"plans = [l for l in load_plans(Path({str(repo)!r}), None)]; ")
    msgspec_view = _run(WALK + load + f"open({str(first)!r}, 'wb').write(pickle.dumps(plans)); "
                        "print(json.dumps(walk(plans), ensure_ascii=False))", plain=False)
    plain_view = _run(WALK + f"import tracker.structs as s; assert s.uses_plain(); "
                      f"plans = pickle.load(open({str(first)!r}, 'rb')); "
                      f"open({str(second)!r}, 'wb').write(pickle.dumps(plans)); "
                      "print(json.dumps(walk(plans), ensure_ascii=False))", plain=True)
    assert plain_view == msgspec_view
    assert len(json.loads(msgspec_view)) >= 3
    same = _run(WALK + f"a = pickle.load(open({str(first)!r}, 'rb')); "
                f"b = pickle.load(open({str(second)!r}, 'rb')); print(a == b)", plain=False)
    assert same == "True"


def test_tracker_set_runs_without_msgspec_and_the_other_commands_read_its_caches(
        tmp_path: Path) -> None:
    """The real fast path in a fresh process: `set` imports neither msgspec nor typing; what it leaves in
    .git/tracker/ is read by `list` (msgspec), whose caches the next `set` reads in turn."""
    repo = make_repo(tmp_path / "office", demo=True)
    ref = _run(f"from tracker.store.plancache import load_plans; from pathlib import Path; "
               f"p = [l.plan for l in load_plans(Path({str(repo)!r}), None) if l.plan][0]; "
               f"print(p.id + '/' + p.tasks[0].id)", plain=False)

    def command(*args: str) -> str:
        return _run("import sys; from tracker.cli import fastpath; "
                    f"code = fastpath.run({['--repo', str(repo), '--today', TODAY, *args]!r}); "
                    "print(code, 'msgspec' in sys.modules, 'typing' in sys.modules)", plain=False)

    # (the first set may read the plan through ruamel, which imports typing; the next reads
    # the plan the first left in .git/tracker/)
    assert command("set", ref, "progress=35").splitlines()[-1].startswith("0 False")
    assert command("list", "--format", "json").endswith("0 True True")
    assert command("set", ref, "progress=45").endswith("0 False False")
    listed = _run("import sys, io, contextlib, json; from tracker.cli import fastpath; out = io.StringIO()\n"
                  "with contextlib.redirect_stdout(out):\n"
                  f"    fastpath.run({['--repo', str(repo), '--today', TODAY, 'list', '--format', 'json']!r})\n"
                  "print(out.getvalue())", plain=False)
    row = next(r for r in json.loads(listed) if r["ref"] == ref)
    assert row["progress"] == 45
    subject = subprocess.run(["git", "log", "--format=%s", "-1"], cwd=repo, capture_output=True,
                             text=True, check=True).stdout.strip()
    assert subject == f"{ref}: progress 35 → 45"


def test_the_edit_tests_pass_with_plain_structs_throughout() -> None:
    """The tests of editing, saving and committing, run with TRACKER_STRUCTS=plain: every
    value class plainstruct's (the whole suite passes so too, timing tests aside; these
    are the ones `set` lives by)."""
    env = {**os.environ, "TRACKER_STRUCTS": "plain"}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         "tests/store/test_task_edit.py", "tests/core/test_due_edits.py",
         "tests/history/test_pending.py", "tests/history/test_commit_scope.py",
         "tests/cli/test_set_units_and_add_fields.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert " passed" in proc.stdout and "failed" not in proc.stdout
