"""The filter language as clerks type it: `key: value` with a space after the colon, as the
plan files write it, and a key with nothing after it."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker import query
from tracker.model import Directory, Settings, Task, Unit
from tracker.units import Units

UNITS = Units(Directory(units=(Unit("城关镇"), Unit("北山乡")),
                        groups=(("各乡镇", ("城关镇", "北山乡")),)))
SETTINGS = Settings(statuses=(("todo", "未启动"), ("doing", "推进中"), ("blocked", "受阻"),
                              ("done", "已完成"), ("verified", "已销号"), ("dropped", "已取消")))
TASKS = (
    Task(id="T1", title="修补路面", plan_id="roads", status="doing", owners=("各乡镇",),
         due=dt.date(2026, 10, 1)),
    Task(id="T2", title="清理边沟", plan_id="roads", status="todo", owners=("城关镇",)),
)


def ids(text: str) -> list[str]:
    q = query.parse(text, units=UNITS, settings=SETTINGS, today=dt.date(2026, 11, 23))
    return [t.id for t in TASKS if q(t)]


@pytest.mark.parametrize("text", ["status: 推进中", "status： 推进中", "unit: 北山乡",
                                  "open unit：  北山乡", "status: doing -id: T2",
                                  "due： 2026-10-01", "due：2026-10-01", "due< 2026-10-02",
                                  "owners: 北山乡"])
def test_a_space_after_the_colon_is_the_term_it_looks_like(text: str) -> None:
    # `status: 推进中` (as the YAML writes it) searched titles for the words "status:" and
    # "推进中" and found nothing, in the TUI's / and in tracker list alike; `due：2026-10-01`
    # (a full-width colon) was refused as an unknown filter "due:" in a list naming due.
    assert ids(text) == ["T1"]


@pytest.mark.parametrize("text", ["status:", "unit：", "overdue plan:"])
def test_a_key_with_nothing_after_it_is_an_error_not_an_empty_list(text: str) -> None:
    with pytest.raises(query.QueryError) as caught:
        ids(text)
    assert "后面" in caught.value.zh and text.split()[-1] in caught.value.zh


@pytest.mark.parametrize("text", ["due＜2026-10-02", "due＜＝2026-10-01", "due《2026-10-02",
                                  "due＞＝ 2026-10-01", "due＝2026-10-01", "－id:T2",
                                  "－status：未启动", "open －id: T2"])
def test_full_width_signs_are_the_signs_they_look_like(text: str) -> None:
    # typed with a Chinese input method in full-width mode, `due＜2026-10-02` and `－id:T2`
    # were searched as words in titles: an empty list for a filter that looked right
    assert ids(text) == ["T1"]


def test_a_full_width_minus_inside_a_word_is_searched_as_written() -> None:
    q = query.parse("路面－北段", units=UNITS, settings=SETTINGS, today=dt.date(2026, 11, 23))
    assert not q(TASKS[0])


SPACED = Units(Directory(units=(Unit("县 卫健委"), Unit("城关镇"))))


@pytest.mark.parametrize("text", ['unit:"县 卫健委"', "unit:“县 卫健委”", "owner: “县 卫健委”",
                                  'unit:"县 卫健委",城关镇 -id:T1'])
def test_a_unit_named_with_a_space_is_written_in_quotes(text: str) -> None:
    # A unit whose name has a space (县 卫健委) could not be asked for: `unit:县 卫健委` is
    # unit:县 and the word 卫健委, and so was every quoted form
    tasks = (Task(id="T1", title="巡查", plan_id="p", owners=("城关镇",)),
             Task(id="T2", title="体检", plan_id="p", owners=("县 卫健委",)))
    q = query.parse(text, units=SPACED, settings=SETTINGS, today=dt.date(2026, 11, 23))
    assert [t.id for t in tasks if q(t)] == ["T2"]
    query.refuse_unknown_names(text, [], SPACED)  # a name units.yaml has: not refused


def test_a_quoted_word_searches_for_the_words_inside() -> None:
    assert query.terms('"清理 边沟" “修补”') == ["清理 边沟", "修补"]


def test_a_unit_name_with_a_space_typed_without_quotes_is_answered_with_them() -> None:
    with pytest.raises(query.QueryError) as exc:
        query.refuse_unknown_names("unit:县 卫健委", [], SPACED)
    assert exc.value.zh == "单位名称里有空格，要加引号：unit:“县 卫健委”"


@pytest.mark.parametrize("text", ["进度:60", "标题：修补", "-开始:5月1日"])
def test_a_field_name_the_filter_has_no_key_for_is_refused_not_searched(text: str) -> None:
    # `tracker list 进度:60` searched titles for the word "进度:60" and said no task matched,
    # where `progress:60` is refused as a filter the language does not have
    with pytest.raises(query.QueryError) as exc:
        ids(text)
    name = text.lstrip("-")[:2]
    assert exc.value.zh.startswith(f"不认识的筛选条件“{name}:”"), exc.value.zh
    assert "status" in exc.value.zh and "overdue" in exc.value.zh


@pytest.mark.parametrize(("word", "flag"), [("逾期", "overdue"), ("超期", "overdue"), ("滞后", "overdue"),
                                            ("临期", "soon"), ("未完成", "open"), ("待核对", "review"),
                                            ("-逾期", "-overdue")])
def test_the_flags_by_the_words_the_screens_show_them_with(word: str, flag: str) -> None:
    """The board says 逾期, the accountability view 滞后 and 临期: typed into the filter they
    were searched as title words and matched nothing, in silence. They are the flags."""
    assert ids(word) == ids(flag)
    assert ids("逾期") == ["T1"]


def test_with_one_unit_named_the_flags_read_that_units_own_status() -> None:
    """河西乡 finished its part of a shared task (units: {河西乡: done}) that is overdue for the
    others: `list unit:河西乡 overdue` listed it, while 河西乡's own report (summary --unit) and
    the accountability view, on the same day, said 河西乡 had nothing late."""
    from tracker.model import UnitStatus

    tasks = (Task(id="T1", title="摸底", plan_id="p", status="doing", owners=("各乡镇",),
                  due=dt.date(2026, 5, 15), units=(UnitStatus("城关镇", "done"),)),
             Task(id="T2", title="改造", plan_id="p", status="doing", owners=("城关镇",),
                  due=dt.date(2026, 11, 25)))

    def found(text: str) -> list[str]:
        q = query.parse(text, units=UNITS, settings=SETTINGS, today=dt.date(2026, 11, 23))
        return [t.id for t in tasks if q(t)]

    assert found("unit:城关镇 overdue") == []
    assert found("unit:北山乡 overdue") == ["T1"]
    assert found("overdue") == ["T1"]  # no unit named: the task's own standing
    assert found("unit:城关镇 done") == ["T1"]
    assert found("unit:城关镇 open") == ["T2"]
    assert found("unit:城关镇 soon") == ["T2"]
    assert found("单位:城关镇 逾期") == []
