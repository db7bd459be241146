"""Task-division tables (任务分工表), read by their header row.

Two text shapes reach the importer: `|` rows (markdown, or a Word table as `source` writes
it) and one cell per line, as a web page flattens a table (序号 / 任务 / 责任单位 / 完成时限,
then each row's cells on lines of their own). The header names each column's role; a row
becomes one `Row` with its cells sorted by role. Rows of a task-division table are tasks
even where a cell is empty: the table itself says who does what.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from tracker.importer.clean import Para, spaced_row
from tracker.importer.headings import heading_of
from tracker.importer.right_aligned import aligned_row
from tracker.importer.short_row import UNIT_ROLES as _UNIT_ROLES
from tracker.importer.short_row import before_notes, lone_bar, numbered
from tracker.importer.unit_lines import units_between
from tracker.importer.unit_names import is_person, is_unit

# Column role by header wording (folded), first match wins.
_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(?:序号|编号|序)$")),
    ("leader", re.compile(r"总责任人|责任领导|分管.{0,2}领导|牵头领导|包保领导|责任校领导")),
    ("lead", re.compile(r"牵头")),
    # 评分部门 / 考评单位: the body that scores the item, not one that does it.
    ("assess", re.compile(r"评分|考评")),
    ("support", re.compile(r"配合|协办|协助|协作|参与")),
    ("owners", re.compile(r"责任单位|责任部门|责任科室|责任处室|责任股室|承办|实施单位|主体|主责|责任人|负责")),
    # 时间 alone (or 起止日期, a calendar's) heads a schedule's column: when each activity happens, not a deadline.
    ("when", re.compile(r"^(?:时间|日期|活动时间|时间段|起止日期|起止时间)$")),
    ("due", re.compile(r"时限|完成时间|时间安排|时间节点|进度安排|截止|完成期限|时间要求")),
    ("note", re.compile(r"^备注$")),
    ("content", re.compile(r"任务|事项|内容|措施|工作|项目|目标|名称|场所|重点|要求")),
)
# 全年 / 常年 in a 完成时限 cell: a deadline cell still (no date), never a unit run on.
_DATEISH = re.compile(r"\d{1,2}\s*月|年底|月底|[上中下]旬|季度|长期|持续|全年|常年|年内")
_SHORT_CELL = 12  # one-cell-per-line headers are short words


@dataclass(frozen=True, slots=True)
class Row:
    first: int
    last: int
    label: str  # the number as written ("17.", "1"), or ""
    cells: tuple[tuple[str, str], ...]  # (role, text) in column order
    text: str = ""  # the row as written
    header: tuple[str, ...] = field(default=())
    section: str = ""  # the category row above it (一、主要预期目标), if any

    def role(self, name: str) -> list[str]:
        return [t for r, t in self.cells if r == name and t.strip()]

    @property
    def content(self) -> list[str]:
        return [t for r, t in self.cells if r in ("content", "note") and t.strip()]


@dataclass(frozen=True, slots=True)
class Tables:
    rows: tuple[Row, ...]
    rest: tuple[Para, ...]  # the paragraphs that are not table cells


def column_role(header: str) -> str | None:
    h = re.sub(r"\s+", "", header)
    either = h.split("或")
    if len(either) > 1 and all(either):
        # 责任单位或牵头单位: one column named two ways; the first name says its role
        return next((r for r in map(column_role, either) if r is not None), None)
    for role, pat in _COLUMNS:
        if pat.search(h):
            return role
    return None


def _is_header(cells: list[str]) -> bool:
    roles = [column_role(c) for c in cells]
    known = [r for r in roles if r is not None]
    return len(known) >= 2 and any(r in ("lead", "owners", "support", "due", "leader") for r in known)


def find_tables(paras: list[Para]) -> Tables:
    rows: list[Row] = []
    rest: list[Para] = []
    i = 0
    while i < len(paras):
        took = (
            _pipe_table(paras, i, rows)
            or _cell_table(paras, i, rows)
            or _pair_table(paras, i, rows)
            or _spaced_table(paras, i, rows)
            or _bar_table(paras, i, rows)
            or _grid_table(paras, i, rows)
        )
        if took:
            i += took
            continue
        glued = _glued_table(paras[i])
        if glued is not None:
            caption, found = glued
            rest.extend([caption] if caption is not None else [])
            rows.extend(found)
            i += 1
            continue
        rest.append(paras[i])
        i += 1
    return Tables(tuple(rows), tuple(rest))


# X分工表序号工作内容目标任务责任单位备注1…: a Word table's preview flattened into one line, the
# header glued after 序号 (naming a unit column), then the first row's number.
_GLUED_HEADER = re.compile(r"序号([\u4e00-\u9fff]{4,30}?)(?=1[\u4e00-\u9fff])")
_GLUED_UNIT_COLUMN = re.compile(r"责任单位|牵头单位|责任部门|牵头部门")
# a row's number glued to the end of the cell before (…(管委会)2完善…)
# (not a date's month or day, 2021年2月底, nor a count, 100个)
_GLUED_NUMBER = re.compile(
    r"(?<=[\u4e00-\u9fff)）。])(?<![年月第])(\d{1,2})(?=[\u4e00-\u9fff])(?![年月日号个项条家所座名人次批处万亿元倍])"
)


def _glued_table(p: Para) -> tuple[Para | None, list[Row]] | None:
    """The rows of a one-line flattened table (see _GLUED_HEADER): split at the row numbers
    counting up from 1; each row's units are its last cell, the names after its last full
    stop; a last row without them is cut by the page and left out. The text before 序号 is
    the table's caption, kept as a line of its own."""
    head = _GLUED_HEADER.search(p.norm)
    if head is None or not _GLUED_UNIT_COLUMN.search(head.group(1)):
        return None
    starts = [head.end()]
    for m in _GLUED_NUMBER.finditer(p.norm, head.end() + 1):
        if int(m.group(1)) == len(starts) + 1:
            starts.append(m.start())
    if len(starts) < 2:
        return None
    found: list[Row] = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(p.norm)
        number = re.match(r"\d{1,2}", p.norm[a:b])
        assert number is not None
        body_at = a + number.end()
        stop = p.norm.rfind("。", body_at, b)
        units = p.text[stop + 1 : b].strip() if stop >= 0 else ""
        names = [n for n in re.split(r"[、,，;；]", _without_etc(units)) if n]
        if not names or not any(is_unit(n) for n in names):
            if k + 1 == len(starts):
                break  # the page ends inside the last row, before its units: cut
            units, stop = "", b
        content = p.text[body_at : stop + 1 if units else b].strip()
        cells = [("content", content)] + ([("owners", units)] if units else [])
        found.append(Row(p.first, p.last, number.group(0), tuple(cells), p.text[a:b].strip()))
    if not found:
        return None
    caption = p.text[: head.start()].strip()
    return (Para(p.first, p.first, caption, p.norm[: head.start()].strip()) if caption else None), found


def _without_etc(cell: str) -> str:
    """A unit cell with its 等部门 / 等 tail dropped from each name."""
    return re.sub(r"等(?:相关|有关)?(?:部门|单位)?(?=[、,，;；]|$)", "", cell)


def _pipe_cells(p: Para) -> list[tuple[str, str]] | None:
    """(text, norm) of each cell of a `| a | b |` row (edge pipes optional), or None."""
    n = p.norm.strip()
    if n.count("|") < 2:
        return None
    text = p.text.strip()
    bounds = [-1, *(i for i, c in enumerate(n) if c == "|"), len(n)]
    cells = [(text[a + 1 : b].strip(), n[a + 1 : b].strip()) for a, b in zip(bounds, bounds[1:])]
    if n.startswith("|"):
        cells = cells[1:]
    if n.endswith("|"):
        cells = cells[:-1]
    return cells if len(cells) >= 2 else None


def _pipe_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    head = _pipe_cells(paras[i])
    if head is None:
        return 0
    # A caption row (| 整治任务分工表 |) may come first: the header is the first row naming roles.
    k = i
    while head is not None and not _is_header([c[1] for c in head]) and k < i + 3:
        k += 1
        head = _pipe_cells(paras[k]) if k < len(paras) else None
    if head is None or not _is_header([c[1] for c in head]):
        return 0
    i_head = k
    header = [c[1] for c in head]
    roles = [column_role(h) or "content" for h in header]
    n = i_head + 1
    section = ""
    closed = paras[i_head].norm.rstrip().endswith("|")
    while n < len(paras):
        cells = _pipe_cells(paras[n])
        if cells is None and lone_bar(paras[n].norm) and n + 1 < len(paras) and _pipe_cells(paras[n + 1]):
            n += 1  # the closing bar of the row above, broken onto a line of its own
            continue
        if cells is None:
            break
        n += 1
        p = paras[n - 1]
        on = _pipe_cells(paras[n]) if n < len(paras) else None
        if closed and not p.norm.rstrip().endswith("|") and on and len(cells) + len(on) - 1 <= len(roles):
            # a row's last cell broken over two lines: the bar closing it is on the next line
            n += 1
            nxt = paras[n - 1]
            cells = [*cells[:-1], (cells[-1][0] + "、" + on[0][0], cells[-1][1] + "、" + on[0][1]), *on[1:]]
            p = Para(p.first, nxt.last, p.text.rstrip() + "、" + nxt.text.strip(), p.norm.rstrip() + "、" + nxt.norm.strip())
        if all(re.fullmatch(r":?-{2,}:?|", c[1]) for c in cells):
            continue  # |---|---|
        if _is_header([c[1] for c in cells]):
            continue  # a repeated header
        texts = [c[0] for c in cells]
        filled = [t.strip() for t in texts if t.strip()]
        if len(filled) == 1 and _category_row(filled[0]):
            section = filled[0]  # | 二、长效机制 | | | |: a row merged across heads the rows below
            continue
        if len(texts) < len(roles) and roles[0] == "number" and not re.fullmatch(r"\d{1,3}", texts[0]):
            texts = ["", *texts]
        elif len(texts) == len(roles) - 1 and roles[:2] == ["content", "content"] and numbered(texts[0]):
            texts = ["", *texts]  # 2、… under a category cell merged from the row above
        last = n == len(paras) or re.fullmatch(r"\|?", paras[n].norm.strip()) is not None
        if last and len(texts) < len(roles) and not p.norm.rstrip().endswith("|"):
            break  # the page ends inside this row (a stray bar aside), before its last cells: cut
        aligned = aligned_row(header, texts, roles, lambda t: _DATEISH.search(t) is not None)
        row = _row(p.first, p.last, aligned or roles, header, texts, p.text.strip())
        rows.append(replace(row, section=section) if section else row)
    return n - i


def _unpiped(p: Para) -> Para:
    """A cell on a line of its own with the table's bar kept at its edge (`序号 |`, `80 |`)."""
    if "|" not in p.norm:  # no bar: nothing below applies (asked ~400 times per short line)
        return p
    n = p.norm.strip()
    # `| 1 |`: a cell wrapped in both bars is a cell on its own line too
    wrapped = n.count("|") == 2 and n.startswith("|") and n.endswith("|") and len(n) > 2
    if not wrapped and (n.count("|") != 1 or not (n.endswith("|") or n.startswith("|"))):
        return p
    return Para(p.first, p.last, p.text.strip().strip("|").strip(), n.strip("|").strip())


def _cell_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    """A header of short cells, one per line, then rows that start with a number. Cells set
    apart by lone `|` lines (| / 序号 / | / 工作任务 / | / 负责部门 / …, the bars not always on
    lines of their own after a long cell) are read without those lines: a bar between cells
    is no cell."""
    window = range(i, min(len(paras), i + 400))
    if _barred_header(paras, i):
        kept = [k for k in window if not _bar(paras[k])]
        took = _cells_table(paras[:i] + [paras[k] for k in kept] + paras[window.stop :], i, rows)
        if not took:
            return 0
        end = kept[took - 1] + 1 if took <= len(kept) else window.stop + took - len(kept)
        while end < len(paras) and _bar(paras[end]):
            end += 1
        return end - i
    return _cells_table(paras, i, rows)


def _barred_header(paras: list[Para], i: int) -> bool:
    """序号 / | / 工作任务 / | / 负责部门 / |: short header cells, each followed by a lone bar."""
    k = i + 1 if i < len(paras) and _bar(paras[i]) else i
    cells = 0
    while k + 1 < len(paras) and not _bar(paras[k]) and len(paras[k].norm.strip()) <= _SHORT_CELL \
            and paras[k].norm.strip() and _bar(paras[k + 1]):
        cells += 1
        k += 2
    return cells >= 3 and _is_header([paras[j].norm.strip() for j in range(i, k) if not _bar(paras[j])])


def _cells_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    if i >= len(paras) or len(_unpiped(paras[i]).norm.strip()) > _SHORT_CELL:
        # no header starts here, read either way (its first cell is short): nothing to copy
        # and unpipe 400 paragraphs for (asked at every paragraph of a document)
        return 0
    # a row's text as written (`| 1 |` with its bars), for its task's detail
    as_written = {(p.first, p.last): p.text.strip() for p in paras[i : i + 400]}
    paras = paras[:i] + [_unpiped(p) for p in paras[i : i + 400]] + paras[i + 400 :]
    header: list[str] = []
    n = i
    while n < len(paras) and len(paras[n].norm) <= _SHORT_CELL and heading_of(paras[n].norm) is None and (
        column_role(paras[n].norm) or _content_head(paras, n, header)
    ):
        header.append(paras[n].norm.strip())
        n += 1
    section = ""
    if len(header) >= 3 and _is_header(header):
        n = _trailing_columns(paras, n, header)
    if len(header) < 3 or not _is_header(header):
        loose = _loose_header(paras, i)
        if loose is None:
            return 0
        header, n, section = loose
    roles = [column_role(h) or "content" for h in header]
    number = None
    current: list[Para] = []
    found: list[Row] = []

    def flush() -> None:
        if current:
            text = "\n".join(as_written.get((q.first, q.last), q.text.strip()) for q in current)
            found.append(replace(_cell_row(current, roles, header), section=section, text=text))

    while n < len(paras):
        p = paras[n]
        h = heading_of(p.norm)
        if h is not None and h.kind in ("cn", "pcn", "stage"):
            after = n
            while after < len(paras) and _category_row(paras[after].norm):
                after += 1
            if after < len(paras) and _bare_number(paras[after].norm) and roles[0] == "number":
                # 一、… category rows between numbered rows: the table goes on below them.
                flush()
                current = []
                section = paras[after - 1].text.strip()
                n = after
                continue
            break
        starts = h is not None and h.kind == "num" and (
            number is None or h.number == number + 1
            # 1.Y after a row that has reached its units: the next field's rows, counted anew
            or h.number == 1 and any(_unit_cell(q.norm) and is_unit(q.norm) for q in current[1:])
        )
        value = int(p.norm.strip()) if _bare_number(p.norm) else None
        # A bare value in a row (年度目标 0, 42) is no row number: the next row counts up by
        # one, or skips ahead below a category row or once the row above has reached its
        # units (an excerpt's gap).
        bare = value is not None and (
            number is None
            or not current
            or value == number + 1
            or value > number and any(_unit_cell(q.norm) and is_unit(q.norm) for q in current[1:])
        )
        if starts or (bare and roles[0] == "number"):
            flush()
            current = [p]
            number = h.number if h is not None else int(p.norm.strip())
        elif current:
            current.append(p)
        else:
            break
        n += 1
    if n >= len(paras) and roles[0] == "number" and (len(current) == 2 or len(current) < len(header) / 2):
        current = []  # the page ends inside the last row, before its units or deadline: cut
    flush()
    if not found:
        return 0
    rows.extend(found)
    return n - i


def _trailing_columns(paras: list[Para], n: int, header: list[str]) -> int:
    """Columns after the role columns that name no role (1-10月推进情况 / 是否达序 / 说明),
    read as columns when the first row's number follows them; returns where the rows start."""
    k = n
    while k < len(paras) and k - n < 8 and not _bare_number(paras[k].norm):
        norm = paras[k].norm.strip()
        if not norm or len(norm) > _SHORT_CELL or heading_of(norm) is not None or re.search(r"[。;,:、，；：]", norm):
            return n
        k += 1
    if k == n or k >= len(paras) or not _bare_number(paras[k].norm):
        return n
    header.extend(p.norm.strip() for p in paras[n:k])
    return k


def _loose_header(paras: list[Para], i: int) -> tuple[list[str], int, str] | None:
    """A 序号 header whose cells are not all column names (考核指标, 第二季度, a cell the page
    broke in two: 责任 / 领导), read up to the first row's `1`: every short cell is a column.
    Columns left of 序号 are category columns: their value comes before the number of the
    first row it spans, so the run's last cells beyond the role columns, as many as there are
    such columns, are that value (the row's section) and the header stops before 序号."""
    cells: list[str] = []
    n = i
    while n < len(paras) and not _bare_number(paras[n].norm):
        norm = paras[n].norm.strip()
        if len(norm) > _SHORT_CELL or heading_of(norm) is not None or re.search(r"[\d。;,:、，；：]", norm):
            return None
        if cells and _HEAD_PREFIX.match(cells[-1]) and _HEAD_REST.match(norm):
            cells[-1] += norm
        else:
            cells.append(norm)
        n += 1
    if n >= len(paras) or paras[n].norm.strip() != "1" or "序号" not in cells or not _is_header(cells):
        return None
    lead = cells.index("序号")
    named = max(k for k, c in enumerate(cells) if column_role(c) is not None)
    value = cells[max(named + 1, len(cells) - lead) :]
    header = cells[lead : len(cells) - len(value)]
    if len(header) < 3 or not _is_header(header):
        return None
    return header, n, "".join(value)


def _bare_number(norm: str) -> bool:
    return re.fullmatch(r"\d{1,3}", norm.strip()) is not None


def _category_row(norm: str) -> bool:
    h = heading_of(norm)
    return h is not None and h.kind in ("cn", "pcn") and len(norm.strip()) <= 40


def _content_head(paras: list[Para], n: int, header: list[str]) -> bool:
    """A header cell naming no role (民生实事, 工程名称 aside) between 序号 and role columns:
    the table's content column, read as such when a role column follows it."""
    cell = paras[n].norm.strip()
    if header[:1] != ["序号"] or not cell or re.search(r"[\d\W]", cell):
        return False
    return n + 1 < len(paras) and column_role(paras[n + 1].norm) not in (None, "number", "content")


# A header cell the page broke at a space: 牵头 / 领导, 主体 / 责任单位 are one cell each.
_HEAD_PREFIX = re.compile(r"^(?:牵头|主体|配合|协办|主要|分管|责任)$")
_HEAD_REST = re.compile(r"^(?:领导|责任|单位|部门|科室|处室)")


def spaced_header(norm: str) -> list[str]:
    """The columns of a header whose cells are separated by spaces (序号 任务 牵头 领导 …)."""
    cols: list[str] = []
    for token in norm.split():
        if cols and _HEAD_PREFIX.match(cols[-1]) and _HEAD_REST.match(token):
            cols[-1] += token
        else:
            cols.append(token)
    return cols


def _spaced_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    """Cells separated by spaces: a 序号 header, then rows that start with their number; a line
    without a number continues the row above. A row is read cell by cell in column order."""
    if not paras[i].norm.startswith("序号") or not spaced_row(paras[i].text):
        return 0
    header = spaced_header(paras[i].norm)
    if len(header) < 4 or not _is_header(header):
        return 0
    roles = [column_role(h) or "content" for h in header]
    n = i + 1
    while n < len(paras) and spaced_row(paras[n].text) and not paras[n].norm.startswith("序号"):
        p = paras[n]
        cells = p.text.split()
        texts = _spaced_from_right(cells, roles) or (
            cells[: len(roles) - 1] + ([" ".join(cells[len(roles) - 1 :])] if len(cells) >= len(roles) else [])
        )
        rows.append(_row(p.first, p.last, roles[: len(texts)], header, texts, p.text.strip()))
        n += 1
    return n - i if n > i + 1 else 0


def _spaced_from_right(cells: list[str], roles: list[str]) -> list[str] | None:
    """A space-separated row with more cells than its header (a short cell broken by a space,
    加强水资源保 护) whose header ends in unit columns: the cells after the longest one, a
    sentence (the measures), fill those columns; the cells before it the others, the extra ones
    joined into the last of them. None where the row does not read so."""
    tail = 0
    while tail < len(roles) and roles[len(roles) - 1 - tail] in _UNIT_ROLES:
        tail += 1
    m = max(range(len(cells)), key=lambda k: len(cells[k]), default=0)
    if len(cells) <= len(roles) or not tail or not re.search(r"[。;]", cells[m]):
        return None
    head = len(roles) - tail - 1  # the columns before the measures
    if len(cells) - m - 1 != tail or m < head or head < 1:
        return None
    return [*cells[: head - 1], " ".join(cells[head - 1 : m]), cells[m], *cells[m + 1 :]]


def _header_cell(p: Para) -> bool:
    return len(p.norm.strip()) <= _SHORT_CELL and column_role(p.norm) is not None


def _pair_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    """One cell per line with each header just above its cell, as a page flattens a one-row
    table or a card per task (具体任务 / text / 责任单位 / units / 完成时限 / date); a header
    seen again in the same row starts the next row."""
    pairs: list[tuple[Para, Para]] = []
    n = i
    while n + 1 < len(paras) and _header_cell(paras[n]) and not _header_cell(paras[n + 1]):
        h = heading_of(paras[n + 1].norm)
        if h is not None and h.kind in ("cn", "pcn", "stage"):
            break
        pairs.append((paras[n], paras[n + 1]))
        n += 2
    groups: list[list[tuple[Para, Para]]] = []
    for pair in pairs:
        if not groups or any(a.norm.strip() == pair[0].norm.strip() for a, _ in groups[-1]):
            groups.append([])
        groups[-1].append(pair)
    found: list[Row] = []
    for group in groups:
        header = [a.norm.strip() for a, _ in group]
        roles = [column_role(h) or "content" for h in header]
        if len(group) < 3 or "content" not in roles or not _is_header(header):
            break
        texts = [b.text.strip() for _, b in group]
        raw = "\n".join(q.text.strip() for pair in group for q in pair)
        found.append(_row(group[0][0].first, group[-1][1].last, roles, header, texts, raw))
    if not found:
        return 0
    rows.extend(found)
    return sum(2 * len(g) for g in groups[: len(found)])


def _bar(p: Para) -> bool:
    return p.norm.strip() == "|"


def _bar_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    """A table without its header, one cell per line group with a lone `|` line after each
    cell (1 / | / task / | / unit / | / person / | / 2024年底前 / | / phone / | / 2 …): rows start
    at the next number; a cell is read by what it holds (a date, units, a task), not by a
    column name. Persons (a bare name of two to four characters) and phone numbers are left out; a 一、… cell is the row's category."""
    if not (_bare_number(paras[i].norm) and i + 1 < len(paras) and _bar(paras[i + 1])):
        return 0
    cells: list[list[Para]] = []
    n = i
    while n < len(paras):
        group: list[Para] = []
        while n < len(paras) and not _bar(paras[n]):
            group.append(paras[n])
            n += 1
        if n >= len(paras) and group and cells:
            cells.append(group)  # the page ends inside the last cell
            break
        if n >= len(paras):
            break
        cells.append(group)
        n += 1  # the cell's bar
    groups: list[list[list[Para]]] = []
    number = None
    for cell in cells:
        if len(cell) == 1 and _bare_number(cell[0].norm) and (
            number is None or int(cell[0].norm) == number + 1
        ):
            number = int(cell[0].norm)
            groups.append([cell])
        elif groups:
            groups[-1].append(cell)
    found = [r for r in (_bar_row(g) for g in groups) if r is not None]
    if len(found) < 2:
        return 0
    rows.extend(found)
    return n - i


def _grid_table(paras: list[Para], i: int, rows: list[Row]) -> int:
    """A table without row numbers, one cell per line each ending in its bar (科室 | / 节目数 | /
    负责人 | / 内一科 | / 1—2 | / 孙甲 | …): a header of short words naming a role column, then
    rows of as many cells; each row is a task, its first cell its title. The role column must
    hold a unit or a short name (a person, whatever the surname) in every row, or it is no
    task table."""
    def cell(k: int) -> Para | None:
        if k >= len(paras):
            return None
        n = paras[k].norm.strip()
        return _unpiped(paras[k]) if n.endswith("|") and n.count("|") == 1 else None

    header: list[str] = []
    n = i
    while (c := cell(n)) is not None and len(c.norm) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", c.norm):
        if header and column_role(c.norm) is None and any(column_role(h) in _UNIT_ROLES + ("leader",)
                                                           for h in header):
            break  # the first row's first cell (a unit's name after the role column)
        header.append(c.norm)
        n += 1
    roles = [column_role(h) or "content" for h in header]
    at = [k for k, r in enumerate(roles) if r in (*_UNIT_ROLES, "leader")]
    if not 2 <= len(header) <= 6 or not at or roles[0] != "content" or "number" in roles:
        return 0
    found: list[Row] = []
    while all(cell(n + k) is not None for k in range(len(header))):
        group = [cell(n + k) for k in range(len(header))]
        texts = [g.text.strip() for g in group if g is not None]
        if not all(is_unit(texts[k]) or re.fullmatch(r"[\u4e00-\u9fff]{2,4}", texts[k]) for k in at):
            break
        raw = "\n".join(texts)
        found.append(_row(group[0].first, group[-1].last, roles, header, texts, raw))  # type: ignore[union-attr]
        n += len(header)
    if len(found) < 2:
        return 0
    rows.extend(found)
    return n - i


def _bar_row(cells: list[list[Para]]) -> Row | None:
    roles: list[str] = []
    texts: list[str] = []
    section = ""
    for cell in cells[1:]:
        norms = [p.norm.strip() for p in cell]
        text = "\n".join(p.text.strip() for p in cell)
        if not norms:
            continue
        if all(_category_row(x) for x in norms):
            section = text
        elif all(re.fullmatch(r"[\d\-]{5,}", x) for x in norms):
            continue  # phone numbers
        elif all(len(x) <= _SHORT_CELL and _DATEISH.search(x) for x in norms) and "due" not in roles:
            roles.append("due")
            texts.append(text)
        elif all(is_unit(x) for x in norms) and "owners" not in roles:
            roles.append("owners")
            texts.append("、".join(norms))
        elif "content" not in roles and not all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", x) for x in norms):
            roles.append("content")
            texts.append(text)
    if "content" not in roles or not ({"owners", "due"} & set(roles)):
        return None  # a row cut before its units and deadline, or no row at all
    first, last = cells[0][0].first, cells[-1][-1].last
    raw = "\n".join(p.text.strip() for c in cells for p in c)
    row = _row(first, last, ["number", *roles], [], [cells[0][0].text.strip(), *texts], raw)
    return replace(row, label="", section=section)


def _cell_row(paras: list[Para], roles: list[str], header: list[str]) -> Row:
    texts = [p.text.strip() for p in paras]
    cols = list(roles)
    if cols[0] == "number" and not re.fullmatch(r"\d{1,3}", paras[0].norm.strip()):
        cols = cols[1:]  # the number is written inside the first cell (17.实行…)
    anchored = _leader_anchored(texts, cols)
    if anchored is not None:
        return _row(paras[0].first, paras[-1].last, anchored, header, texts, "\n".join(texts))
    right = _units_from_right(texts, cols) or units_between(
        texts, cols, (*_UNIT_ROLES, "assess"), _unit_cell, lambda t: is_unit(t.strip()))
    if right is not None:  # 1.X / ——a / 省甲厅 / 省乙厅 / ——b / 省丙厅: unit lines between the work's
        return _row(paras[0].first, paras[-1].last, right, header, texts, "\n".join(texts))
    cells: list[tuple[str, str]] = []
    k = 0
    sub = False
    for t in texts:
        if k < len(cols):
            role = cols[k]
            if k and role == "due" and cols[k - 1] in _UNIT_ROLES and _unit_cell(t):
                role = cols[k - 1]  # one unit per line: the unit column goes on (县水务局 / 县住建局)
            else:
                k += 1
        elif _DATEISH.search(t) and "due" in cols:
            # staged deadlines (3月 / 6月 / 9月 / 12月) after the last column; after a task
            # cell there (开工建设老年大学。/ 12月底前) the date is that sub-row's, not the row's.
            role = "sub" if sub else "due"
        else:
            role = "content"
            sub = True
        cells.append((role, t))
    return _row(paras[0].first, paras[-1].last, [r for r, _ in cells], header,
                [t for _, t in cells], "\n".join(texts))


def _leader_anchored(texts: list[str], cols: list[str]) -> list[str] | None:
    """The roles of a row that skips a cell before its leader column (a 全年目标 cell left
    off the page): the person's name is the leader cell, the cells before it take the first
    columns, the cells after it the columns after the leader's."""
    if "leader" not in cols:
        return None
    at = cols.index("leader")
    person = next((k for k, t in enumerate(texts) if k and is_person(t.strip())), None)
    if person is None or person >= at:
        return None
    after = cols[at:]
    return cols[:person] + after[: len(texts) - person] + ["content"] * (len(texts) - person - len(after))


def _units_from_right(texts: list[str], cols: list[str]) -> list[str] | None:
    """The roles of a row whose cells do not match the header one to one (a cell left empty,
    a unit cell on two lines) when the header ends in unit columns (责任部门 / 评分部门): the
    row's closing unit lines fill those columns from the right, the extra ones belonging to
    the first of them; the cells before them take the other columns in order (closing 备注 none)."""
    tail, cols = 0, before_notes(cols)
    while tail < len(cols) and cols[len(cols) - 1 - tail] in (*_UNIT_ROLES, "assess"):
        tail += 1
    units = 0
    while units < len(texts) and _unit_cell(texts[-1 - units]) and is_unit(texts[-1 - units]):
        units += 1
    if len(texts) == len(cols) and units == tail or not tail or units < tail:
        return None
    head = len(texts) - units
    if head > len(cols) - tail:
        return None
    unit_cols = cols[len(cols) - tail :]
    return cols[:head] + [unit_cols[0]] * (units - tail + 1) + unit_cols[1:]


def _unit_cell(text: str) -> bool:
    """A short cell naming one unit: no date, no sentence punctuation."""
    t = text.strip()
    return 0 < len(t) <= _SHORT_CELL and not _DATEISH.search(t) and not re.search(r"[。;；,，:：]", t)


def _row(
    first: int, last: int, roles: list[str], header: list[str], texts: list[str], raw: str
) -> Row:
    cells: list[tuple[str, str]] = []
    label = ""
    for role, t in zip(roles, texts):
        if role == "number":
            label = t.strip()
            continue
        if role == "due" and t and not _DATEISH.search(t):
            role = "content"  # a deadline cell that holds no date is text, not a deadline
        if role == "leader" and len(t) > _SHORT_CELL:
            role = "content"
        cells.append((role, t))
    return Row(first, last, label, tuple(cells), raw, tuple(header))
