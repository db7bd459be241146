"""Typed values -> task edits: what `tracker set` / `tracker note` and the TUI share.

A person types `推进中`, `60%`, `9月30日前` or `城关镇、河西乡`; this module turns such text into
the field values to write, and a field change into the planfile edit plus the `Change` that the
commit message describes. No files, no git: the caller hands the result to `Workspace.apply`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from tracker import namelists, reporttext
from tracker.model import DEFAULT_LABELS_EN, STATUS_KEYS, Settings, Task, meant_status
from tracker.problems import UserError
from tracker.store import planfile
from tracker.workspace import Change

LIST_KEYS = ("lead", "owners", "support", "evidence", "depends_on")
# Fields whose text is free: a pasted report or a description may run over several lines.
FREE_TEXT_KEYS = ("detail", "due_text")
FIELD_NAMES = {"title": ("标题", "title"), "leader": ("责任领导", "leader"),
               "verified_by": ("销号人", "verified_by"), "phase": ("阶段", "phase"),
               "section": ("所属部分", "section"), "by": ("填报人（--by）", "--by"),
               "unit": ("单位", "unit"), "lead": ("牵头单位", "lead"),
               "owners": ("责任单位", "owners"), "support": ("配合单位", "support"),
               "evidence": ("佐证材料", "evidence"), "depends_on": ("前置任务", "depends_on")}


# compiled when first used: `tracker set progress=…` types no text (a compile is ~0.3 ms)
@functools.cache
def _line_breaks() -> re.Pattern[str]:
    return re.compile(r"\r\n|[\r\x85\u2028\u2029]")


@functools.cache
def _control() -> re.Pattern[str]:
    return re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class ValueProblem(UserError, ValueError):
    """A typed value that cannot be written; message in both languages."""


def free_text(raw: str) -> str:
    """Text a person typed or pasted, as it is stored: every line break a newline (CRLF, CR,
    NEL, U+2028 and U+2029 from other programs), one trailing newline dropped; refused when it
    holds a control character (which would act on a terminal, not be read)."""
    text = _line_breaks().sub("\n", raw)
    _refuse_controls(text.replace("\n", ""), "")
    return text[:-1] if text.endswith("\n") else text


# The ANSI code pages of Chinese Windows (cp936 is GBK) and of Chinese locales elsewhere.
_CHINESE_CODE_PAGES = frozenset({"gbk", "gb2312", "gb18030", "big5", "big5hkscs", "cp950"})


def _codec(name: str) -> str:
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def piped_text(raw: bytes, native: str | None = None) -> str:
    """Text piped or redirected in, as bytes -> str (`_decoded`), without a Ctrl-Z after it."""
    return _without_eof_mark(_decoded(raw, native))


def _decoded(raw: bytes, native: str | None) -> str:
    """Bytes -> str. A BOM says the encoding: UTF-8's is dropped
    (Windows tools put it before UTF-8 too), UTF-16's (Notepad's "Unicode", PowerShell's `>`)
    decodes the text as UTF-16. Without one the text is UTF-8; bytes that are not stay as lone
    surrogates, which the save refuses in words (GBK). UTF-16 without a BOM (a NUL beside every
    ASCII character: digits, letters, spaces) is refused here, named. `native`, the encoding
    the console or the system speaks when it is not UTF-8 (GBK, cp936, on a Chinese Windows:
    what cmd's `echo … |` and Notepad's "ANSI" write), reads text that is not UTF-8 but is
    that, whole."""
    import codecs

    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    nuls = {i % 2 for i, byte in enumerate(raw) if byte == 0}
    if len(nuls) == 1:  # NULs, all on one side of the byte pairs: the ASCII of UTF-16
        raise ValueProblem("输入的文字是没有 BOM 的 UTF-16 编码：请另存为 UTF-8 后再输入，未保存",
                           "the text piped in is UTF-16 without a BOM: save it as UTF-8 and "
                           "try again; nothing saved")
    if native and _codec(native) in _CHINESE_CODE_PAGES:  # never a guess: latin-1 reads anything
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return raw.decode(native)
            except UnicodeDecodeError:
                pass
    return raw.decode("utf-8", "surrogateescape").removeprefix("\ufeff")


def _without_eof_mark(text: str) -> str:
    """Text without a Ctrl-Z after its last line: DOS's end-of-file mark, which copy /b and
    old programs write after a text file's end; it is no part of the text."""
    body = text.rstrip("\r\n")
    return body.rstrip("\x1a") if body.endswith("\x1a") else text


def one_line(key: str, raw: str) -> str:
    """A title, a name or an id: one line, no control characters."""
    zh, en = FIELD_NAMES.get(key, (key, key))
    if _line_breaks().search(raw) or "\n" in raw:
        raise ValueProblem(f"{zh}只能写一行，不能换行；较长的说明请写在 detail（内容）里",
                           f"{en} is one line and cannot hold a line break; put longer text "
                           "in detail")
    _refuse_controls(raw, zh)
    return raw


def _refuse_controls(text: str, where: str) -> None:
    found = _control().search(text.replace("\t", ""))
    if found:
        code = repr(found.group(0))[1:-1]
        raise ValueProblem(f"{where}含有控制字符 {code}（常见于从网页或终端复制的文字），未保存；"
                           "请删去后重新输入",
                           f"the text holds the control character {code} (often copied from a "
                           "web page or a terminal); nothing saved; remove it and type again")


def split_names(value: str) -> list[str]:
    """Names as typed (A、B / A，B), a name's own 、 inside brackets kept: namelists.py."""
    return namelists.split_names(value)


def status_key(raw: str, settings: Settings) -> str:
    """A status key from a key, a label of tracker.yaml, or an English label."""
    labels = {v: k for k, v in settings.statuses}
    labels.update({v.lower(): k for k, v in DEFAULT_LABELS_EN.items()})
    value = labels.get(raw, labels.get(raw.lower(), raw))
    if value not in STATUS_KEYS:
        meant = meant_status(raw)
        hint_zh = f"，是不是 {meant}（{dict(settings.statuses).get(meant, meant)}）？" if meant else ""
        hint_en = f"; did you mean {meant}?" if meant else ""
        raise ValueProblem(f"未知状态“{raw}”{hint_zh}（可用：{'、'.join(STATUS_KEYS)}）",
                           f"unknown status '{raw}'{hint_en} (use {', '.join(STATUS_KEYS)})")
    return value


def progress_value(raw: str) -> int:
    try:
        value = int(raw.strip().rstrip("%％"))
    except ValueError:
        raise ValueProblem(f"进度应为 0–100 的整数，实际为“{raw}”",
                           f"progress must be 0–100, got '{raw}'") from None
    if not 0 <= value <= 100:
        raise ValueProblem(f"进度 {value} 超出 0–100", f"progress {value} is outside 0–100")
    return value


def parse_value(key: str, raw: str, *, task: Task, settings: Settings, year: int,
                today: dt.date) -> dict[str, object]:
    """One typed field -> the fields to write (a due date also keeps or drops its wording).

    Raises ValueProblem for a bad status or progress, DateError for an unreadable date."""
    if key == "status":
        return {"status": status_key(raw, settings)}
    if key in ("due", "due_text"):
        typed_due, wording = (one_line(key, raw), None) if key == "due" else (None, raw)
        return parse_due(typed_due, wording, task=task, year=year, today=today)
    if not raw.strip() and key != "title":
        return {key: None}  # `leader=`, `support=`, `start=` clear the field: the key goes
    if key == "progress":
        return {"progress": progress_value(raw)}
    if key == "start":
        from tracker.dates import parse_date  # dates (and the holiday calendar) only when typed

        return {"start": parse_date(raw, today=today, year=year)}
    if key in LIST_KEYS:
        return {key: split_names(one_line(key, raw))}
    return {key: free_text(raw) if key in FREE_TEXT_KEYS else one_line(key, raw)}


def parse_due(typed_due: str | None, wording: str | None, *, task: Task, year: int,
              today: dt.date) -> dict[str, object]:
    """`due=` and/or `due_text=` as typed -> the values to write; None removes the key.

    Nothing is guessed and no old value is left behind that no longer holds: an empty `due`
    clears the date and its wording; a date removes a wording that names another day; a
    wording alone sets the date it names, or is refused (ValueProblem, DateError) when the task
    has a date it cannot replace; a wording that names another day than `due` is refused."""
    from tracker.dates import DateError, names_no_day, parse_date  # only when a date is typed

    w = wording.strip() if wording is not None else None
    said = _wording_date(w, year, today, strict=True) if w else None
    if typed_due is None:
        if not w:
            return {"due_text": None}
        if said is None and task.due is not None:
            raise _no_date_in(w, task)
        return {"due": said, "due_text": w} if said else {"due_text": w}
    typed_due = typed_due.strip()
    try:
        when = parse_date(typed_due, today=today, year=year) if typed_due else None
    except DateError as exc:
        if exc.kind == "unrecognised" and names_no_day(typed_due):
            raise _wording_only(typed_due, task) from None
        raise
    if when is not None and when < today and year < today.year:
        _refuse_last_years_reading(typed_due, when, year, today)
    if said is not None and said != when:
        shown = when.isoformat() if when else "∅"
        raise ValueProblem(f"due_text“{w}”说的是 {said.isoformat()}，与 due {shown} 不一致；请只写其中一个",
                           f"due_text '{w}' names {said.isoformat()}, but due is {shown}; "
                           "give only one of them")
    if w is not None:
        return {"due": when, "due_text": w or None}
    if when is None:
        return {"due": None, "due_text": None}
    if typed_due != when.isoformat():
        return {"due": when, "due_text": typed_due}
    if task.due_text is not None and _wording_date(task.due_text, year, today) != when:
        return {"due": when, "due_text": None}  # the old wording names another day
    return {"due": when}


def _refuse_last_years_reading(typed: str, when: dt.date, year: int, today: dt.date) -> None:
    """A deadline written without a year, on a plan of a year already gone (last year's task
    extended in January: 3月底前): read in the plan's year it lies in the past, which no
    extension means; read in this year it may be what was meant. Ask for the one meant."""
    from tracker.dates import DateError, parse_date

    try:
        this_year = parse_date(typed, today=today, year=today.year)
    except DateError:
        return
    if this_year == when:  # the wording names its year (2026年3月底前, 次年…, an ISO date)
        return
    ours = f"{today.year}年{typed}"
    raise ValueProblem(
        f"“{typed}”没有写年份：按本计划的年度（{year} 年）是 {when.isoformat()}，已经过去。"
        f"要延到今年，写 due={ours}；确是 {year} 年的那天，写 due={when.isoformat()}",
        f"'{typed}' names no year: in the plan's year ({year}) it is {when.isoformat()}, already "
        f"past. To move it into this year, write due={ours}; if that day of {year} is meant, "
        f"write due={when.isoformat()}")


def _wording_date(text: str, year: int, today: dt.date, strict: bool = False) -> dt.date | None:
    """The day a deadline wording names, None when it names none. Typed wording (`strict`) is
    read as `due=` reads it and an impossible or ambiguous one is refused; stored wording is
    read as a document's."""
    from tracker.dates import DateError, parse_date, parse_deadline

    if not strict:
        try:
            return parse_deadline(text, year=year, today=today).due
        except DateError:
            return None
    try:
        return parse_date(text, today=today, year=year)
    except DateError as exc:
        if exc.kind != "unrecognised":
            raise
        return None


def _wording_only(typed: str, task: Task) -> ValueProblem:
    """due=长期坚持: a deadline with no day in it belongs in due_text; say how to write it."""
    now = f"due={task.due} " if task.due else ""
    return ValueProblem(
        f"“{typed}”没有确切日期，不能作为截止日期：要记为没有确切日期，写 due= due_text={typed}；"
        f"要保留日期，写 {now or 'due=2026-05-31 '}due_text={typed}",
        f"'{typed}' names no exact day, so it cannot be the deadline: to record it without a date, "
        f"write due= due_text={typed}; to keep a date, write {now or 'due=2026-05-31 '}due_text={typed}")


def _no_date_in(wording: str, task: Task) -> ValueProblem:
    return ValueProblem(
        f"“{wording}”读不出确切日期，不能代替截止日期 {task.due}；请同时写明日期，如 "
        f"due={task.due} due_text={wording}，或写 due= due_text={wording} 表示没有确切日期",
        f"'{wording}' names no exact day, so it cannot replace the deadline {task.due}; give "
        f"the date too, e.g. due={task.due} due_text={wording}, or due= due_text={wording} "
        "for no exact date")


def due_warnings(due: dt.date, *, plan_year: int | None, today: dt.date) -> list[tuple[str, str]]:
    """(zh, en) notes about a deadline that is saved all the same: already past, or outside
    the plan's year (a typo such as 2062, or work that belongs in another year's plan)."""
    out = []
    if due < today:
        out.append((f"注意：截止日期 {due} 已经过去（今天是 {today}），仍已保存",
                    f"note: the deadline {due} is already past (today is {today}); saved anyway"))
    if plan_year is not None and due.year != plan_year:
        out.append((f"注意：截止日期 {due} 不在本计划的年度（{plan_year} 年）内，仍已保存",
                    f"note: the deadline {due} is outside the plan's year ({plan_year}); "
                    "saved anyway"))
    return out


def field_edits(task: Task, values: dict[str, object]) -> tuple[list[Change], list[planfile.Edit]]:
    """The changes (for the commit message) and edits for the values that differ from the task;
    a value of None removes its key (never writes `key: null`)."""
    changes: list[Change] = []
    edits: list[planfile.Edit] = []
    for key, value in values.items():
        old = getattr(task, key, None)
        old_cmp = list(old) if isinstance(old, tuple) else old
        if old_cmp == value or (value is None and old_cmp == []):  # nothing there to clear
            continue
        changes.append(Change(key, old, value))
        edits.append(planfile.remove_field(task.id, key) if value is None
                     else planfile.set_field(task.id, key, value))
    return changes, edits


# the order a new task's keys are written in (as in DESIGN.md's example)
NEW_TASK_ORDER = ("id", "title", "detail", "lead", "owners", "support", "leader", "phase",
                  "start", "due", "due_text", "status", "progress")


def next_task_id(task_ids: list[str]) -> str:
    """T<n+1> after the highest T<n> in use."""
    numbers = [int(m.group(1)) for t in task_ids if (m := re.fullmatch(r"T(\d+)", t))]
    return f"T{max(numbers, default=0) + 1}"


def new_task(task_id: str, values: dict[str, object]) -> dict[str, object]:
    """A new task as it is written: keys in the usual order, empty values left out, status
    todo unless given."""
    task: dict[str, object] = {"id": task_id, **{k: v for k, v in values.items() if k != "id"}}
    task.setdefault("status", "todo")
    known = {k: task[k] for k in NEW_TASK_ORDER if task.get(k) not in (None, "", [])}
    rest = {k: v for k, v in task.items() if k not in NEW_TASK_ORDER and v not in (None, "", [])}
    return {**known, **rest}


def subject(changes: list[Change]) -> str:
    return "; ".join(c.describe() for c in changes)


def update_entry(text: str, today: dt.date, by: str | None, unit: str | None) -> dict[str, object]:
    """A progress report as it is written into `updates:` (date, by, unit, text)."""
    entry: dict[str, object] = {"date": today}
    if by:
        entry["by"] = one_line("by", by)
    if unit:
        entry["unit"] = one_line("unit", unit)
    entry["text"] = report_text(text)
    return entry


def report_text(text: str) -> str:
    """A progress report as stored (tracker.reporttext): free text without white space around
    it and without the indent all its lines share."""
    return reporttext.stored(free_text(text))


def update_subject(text: str) -> str:
    short = report_text(text).splitlines()[0]
    short = short if len(short) <= 40 else short[:39] + "…"
    return f"update: {short}"
