"""The filter language shared by `tracker list` and the TUI's `/`.

    status:doing unit:城关镇 plan:clean-heating overdue due<2026-06-30 lead:县能源局 摸底

Terms are ANDed. `key:a,b` matches any of a, b. Free words match the title, detail and
section. Words in quotes (`unit:"县 卫健委"`, `unit:“县 卫健委”`) are one word. `unit:` matches lead, owners, support and the per-unit map, through groups and aliases.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable

from tracker.model import (
    CLOSED_STATUSES,
    DEFAULT_LABELS_EN,
    STATUS_KEYS,
    Plan,
    Settings,
    Task,
    is_overdue,
    meant_status,
)
from tracker.problems import UserError
from tracker.structs import Struct
from tracker.units import Units, UnknownUnit, named_in

KEYS = ("status", "unit", "lead", "owner", "support", "plan", "phase", "leader", "due", "id")
FLAGS = ("overdue", "soon", "open", "done", "review")
# The flags by the words the screens show them with (the board's 逾期, the accountability
# view's 滞后 and 临期): typed into a filter, searched as title words, they matched nothing.
FLAG_WORDS = {"逾期": "overdue", "超期": "overdue", "滞后": "overdue", "临期": "soon",
              "未完成": "open", "待核对": "review"}
# The query's patterns are compiled for the first term typed: a bare `tracker list` needs none
# (the three cost ~3 M instructions to compile, as much as listing 500 tasks).
@functools.cache
def _term_re() -> re.Pattern[str]:
    return re.compile(r"^(due)(<=|>=|<|>|=|:|：)(.+)$|^([a-z]+)[:：](.+)$")


class QueryError(UserError, ValueError):
    """A filter term the query language does not know."""


Predicate = Callable[[Task], bool]


class Query(Struct, frozen=True):
    text: str
    predicates: tuple[Predicate, ...]

    def __call__(self, task: Task) -> bool:
        return all(p(task) for p in self.predicates)

    def select(self, plans: Iterable[Plan]) -> list[Task]:
        """The plans' tasks this query lets through, in order (no filter: every task, without
        a call per task)."""
        if not self.predicates:
            return [t for p in plans for t in p.tasks]
        return [t for p in plans for t in p.tasks if self(t)]


def parse(text: str, *, units: Units, settings: Settings, today: dt.date,
          parse_date: Callable[[str], dt.date] | None = None) -> Query:
    preds: list[Predicate] = []
    given = terms(text)
    unit = _one_unit(given, units)
    for term in given:
        preds.append(_term(term, units, settings, today, parse_date, unit))
    return Query(text, tuple(preds))


def _one_unit(given: list[str], units: Units) -> str | None:
    """The one unit a query asks about (`unit:河西乡`, not negated, one name): its flags then
    read that unit's own status on a shared task (the `units:` map), as its report and the
    accountability view do; a unit that finished its part has nothing late there."""
    named = []
    for term in given:
        key, _, raw = FLAG_WORDS.get(term, term).replace("：", ":").partition(":")
        if key == "unit":
            named.append([v for v in re.split(r"[,，、]", raw.strip()) if v])
    if len(named) != 1 or len(named[0]) != 1 or not units.known(named[0][0]):
        return None
    return units.canonical(named[0][0])


_NAMING_UNITS = ("unit", "lead", "owner", "owners", "support")


def names_plan(text: str) -> bool:
    """The query asks for plans by name (`plan:p`): a closed plan is then shown too."""
    return any(t.lstrip("-").replace("：", ":").partition(":")[0] == "plan" for t in terms(text))


def current(plans: list[Plan], text: str = "") -> list[Plan]:
    """The plans of the work at hand: a closed one (last year's, at the year's end) is left
    out unless the query names plans."""
    if not any(p.closed for p in plans) or (text and names_plan(text)):
        return plans
    return [p for p in plans if not p.closed]


def refuse_unknown_names(text: str, plans: list[Plan], units: Units,
                         unread: Iterable[tuple[str, str, str]] = ()) -> None:
    """A plan the repository does not have, or a unit neither units.yaml nor any task names,
    is a typo, not an empty result: raise QueryError with the closest name, or, for a plan
    whose file is there but not read, that file's (path, zh, en) reason from `unread`."""
    used: set[str] | None = None
    given = terms(text)
    for at, term in enumerate(given):
        key, _, raw = term.lstrip("-").replace("：", ":").partition(":")
        values = [v for v in re.split(r"[,，、]", raw) if v]
        if key == "plan":
            ids = [p.id for p in plans]
            for v in values:
                if not any(i == v or i.startswith(v) for i in ids):
                    for path, zh, en in unread:
                        if path.rsplit("/", 1)[-1].startswith(v):
                            raise QueryError(f"没有计划“{v}”：{zh}", f"no plan '{v}': {en}")
                    raise QueryError(*_no_plan(v, ids))
        elif key in _NAMING_UNITS:
            for v in values:
                if used is None and not units.known(v):
                    used = named_in(plans)
                try:
                    units.refuse_unknown(v, used or ())
                except UnknownUnit as exc:
                    spaced = f"{v} {given[at + 1]}" if at + 1 < len(given) else ""
                    if v == values[-1] and units.known(spaced):  # `unit:县 卫健委`
                        raise QueryError(f"单位名称里有空格，要加引号：{key}:“{spaced}”",
                                         f'a unit name with a space goes in quotes: {key}:"{spaced}"'
                                         ) from None
                    raise QueryError(exc.zh, exc.en) from None


def _no_plan(name: str, ids: list[str]) -> tuple[str, str]:
    import difflib  # only for a plan that is not there

    close = difflib.get_close_matches(name, ids, n=1, cutoff=0.5)
    if close:
        return (f"没有计划“{name}”，是不是“{close[0]}”？", f"no plan '{name}'; did you mean '{close[0]}'?")
    shown = ids[:8] + (["…"] if len(ids) > 8 else [])
    return (f"没有计划“{name}”（现有计划：{'、'.join(shown) or '无'}）",
            f"no plan '{name}' (plans: {', '.join(shown) or 'none'})")


@functools.cache
def _bare_key_re() -> re.Pattern[str]:
    return re.compile(r"^-?(?:[a-z]+[:：]|due(?:<=|>=|<|>|=))$")


@functools.cache
def _word_re() -> re.Pattern[str]:
    return re.compile(r'(?:"[^"]*"?|“[^”]*”?|[^\s"“]+)+')


def _words(text: str) -> list[str]:
    """The words of a query; a part in quotes, ASCII or Chinese (`unit:"县 卫健委"`,
    `unit:“县 卫健委”`), is one word with its spaces, and the quote marks are no part of it."""
    return [w.translate(_QUOTES) for w in _word_re().findall(text) if w.translate(_QUOTES)]


_QUOTES = str.maketrans("", "", '"“”')


def terms(text: str) -> list[str]:
    """The terms, a key written apart from its value (`status: 推进中`, as the plan files
    write it) joined to it; a key with nothing after it is refused, not searched as a word."""
    words, out = _words(text), []
    while words:
        word = _ascii_signs(words.pop(0))
        if _bare_key_re().match(word) and word.lstrip("-").rstrip(":：<>=") in (*KEYS, "owners"):
            if not words:
                raise QueryError(f"筛选条件“{word}”后面没有写要找的内容（例如 status:推进中、unit:城关镇）",
                                 f"nothing after '{word}' in the filter (e.g. status:doing, "
                                 "unit:城关镇)")
            word += words.pop(0)
        out.append(word)
    return out


_SIGNS = str.maketrans("＜＞＝《》", "<>=<>")
@functools.cache
def _wide_due_re() -> re.Pattern[str]:
    return re.compile(r"^(-?)due([＜＞＝《》<>=]{1,2})")


@functools.cache
def _chinese_key_re() -> re.Pattern[str]:
    from tracker.fieldnames import QUERY_KEYS

    names = "|".join(sorted(QUERY_KEYS, key=len, reverse=True))  # 牵头单位 before 牵头
    return re.compile(rf"^(-?)({names})(?=[:：<>=＜＞＝《》])")


def _ascii_signs(word: str) -> str:
    """A term's signs as a Chinese input method types them in full-width mode (`－id:T2`,
    `due＜5月1日`, `due《5月1日`) are the signs they look like, not words to search for; a key
    written by its Chinese name (`状态:推进中`, `截止<6月30日`, tracker.fieldnames) is that key."""
    if word.startswith("－"):
        word = "-" + word[1:]
    named = _chinese_key_re().match(word)
    if named is not None:
        from tracker.fieldnames import QUERY_KEYS

        word = f"{named.group(1)}{QUERY_KEYS[named.group(2)]}{word[named.end():]}"
    m = _wide_due_re().match(word)
    if m:
        word = f"{m.group(1)}due{m.group(2).translate(_SIGNS)}{word[m.end():]}"
    return word


def _status_key(value: str, settings: Settings) -> str:
    labels = {**{v: k for k, v in settings.statuses}, **{v.lower(): k for k, v in DEFAULT_LABELS_EN.items()}}
    key = labels.get(value, labels.get(value.lower(), value))
    if key not in STATUS_KEYS:  # an unknown status would quietly match nothing
        meant = meant_status(value)
        raise QueryError(f"未知状态“{value}”" + (f"，是不是 {meant}？" if meant else "") +
                         f"（可用：{'、'.join(STATUS_KEYS)}）",
                         f"unknown status '{value}'" + (f"; did you mean {meant}?" if meant else "")
                         + f" (use {', '.join(STATUS_KEYS)})")
    return key


def _term(term: str, units: Units, settings: Settings, today: dt.date,
          parse_date: Callable[[str], dt.date] | None, unit: str | None = None) -> Predicate:
    negate = term.startswith("-") and len(term) > 1
    if negate:
        term = term[1:]
    pred = _positive(term, units, settings, today, parse_date, unit)
    return (lambda t: not pred(t)) if negate else pred


def _positive(term: str, units: Units, settings: Settings, today: dt.date,
              parse_date: Callable[[str], dt.date] | None, unit: str | None = None) -> Predicate:
    term = FLAG_WORDS.get(term, term)
    if term in ("overdue", "soon", "open", "done") and unit is not None:
        return _unit_flag(term, unit, units, settings, today)
    if term == "overdue":
        return lambda t: is_overdue(t, today)
    if term == "soon":
        from tracker.standing import is_due_soon

        return lambda t: is_due_soon(t, today, settings.remind_days)
    if term == "open":
        return lambda t: not t.is_closed
    if term == "done":
        return lambda t: t.is_closed
    if term == "review":
        return lambda t: bool(t.review)
    m = _term_re().match(term)
    if not m:
        field = _field_name_re().match(term)
        if field is not None:  # 进度:60 — a field's Chinese name, with no filter of its own
            raise _unknown_key(field.group(1))
        word = term.lower()
        return lambda t: word in t.title.lower() or word in (t.detail or "").lower() \
            or word in (t.section or "").lower()
    if m.group(1):
        op, raw = m.group(2), m.group(3)
        when = _date(raw, today, parse_date)
        cmp: dict[str, Callable[[dt.date], bool]] = {
            "<": lambda d: d < when, "<=": lambda d: d <= when, ">": lambda d: d > when,
            ">=": lambda d: d >= when, "=": lambda d: d == when, ":": lambda d: d == when,
            "：": lambda d: d == when}
        f = cmp[op]
        return lambda t: t.due is not None and f(t.due)
    key, raw = m.group(4), m.group(5)
    values = [v for v in re.split(r"[,，、]", raw) if v]
    if key == "status":
        keys = {_status_key(v, settings) for v in values}
        return lambda t: t.status in keys
    if key == "unit":
        return lambda t: any(units.matches(v, t.all_units()) for v in values)
    if key in ("lead", "owner", "owners", "support"):
        attr = {"owner": "owners"}.get(key, key)
        return lambda t: any(units.matches(v, getattr(t, attr)) for v in values)
    if key == "plan":
        return lambda t: any(t.plan_id == v or t.plan_id.startswith(v) for v in values)
    if key == "phase":
        return lambda t: t.phase in values
    if key == "leader":
        return lambda t: t.leader is not None and any(v in t.leader for v in values)
    if key == "id":
        return lambda t: t.id in values or t.ref in values
    raise _unknown_key(key)


def _unit_flag(term: str, unit: str, units: Units, settings: Settings,
               today: dt.date) -> Predicate:
    """A flag as one unit stands on a task: its own status where the task's units: map gives
    one (a town that finished its part of a shared task), else the task's."""
    from tracker.standing import is_due_soon, unit_status

    def closed(t: Task) -> bool:
        return (unit_status(t, unit, units) if t.units else t.status) in CLOSED_STATUSES

    if term == "overdue":
        return lambda t: t.due is not None and t.due < today and not closed(t)
    if term == "soon":
        return lambda t: is_due_soon(t, today, settings.remind_days) and not closed(t)
    if term == "open":
        return lambda t: not closed(t)
    return closed


def _unknown_key(key: str) -> QueryError:
    return QueryError(f"不认识的筛选条件“{key}:”（可用：{'、'.join(KEYS)}，以及 {'、'.join(FLAGS)}）",
                      f"unknown filter '{key}:' (use {', '.join(KEYS)}, or {', '.join(FLAGS)})")


@functools.cache
def _field_name_re() -> re.Pattern[str]:
    from tracker.fieldnames import QUERY_KEYS, SET_KEYS

    names = "|".join(sorted(set(SET_KEYS) - set(QUERY_KEYS), key=len, reverse=True))
    return re.compile(rf"^({names})[:：]")


def _date(raw: str, today: dt.date, parse_date: Callable[[str], dt.date] | None) -> dt.date:
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        pass
    if parse_date is not None:
        return parse_date(raw)
    raise QueryError(f"无法识别的日期“{raw}”", f"cannot read the date '{raw}'")
