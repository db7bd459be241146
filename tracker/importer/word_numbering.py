"""Word's list numbering, written out as the labels a clerk would have typed.

In a .docx the 一、 (一) 1. of a multilevel list (多级列表) are not in the paragraph's text: the
paragraph names a list and a level (`w:numPr`, on the paragraph or on its style), and the list
(`w:num` → `w:abstractNum`) gives each level a number format (chineseCounting, decimal,
decimalEnclosedCircle …) and a pattern (`%1、`, `（%2）`, `%3.`). The counters run through the
document in body order: a level counts up, the levels below it start again. A bullet list, or
a level with no number, gives no label. Lists sharing one definition share its counters, as
Word numbers them, unless a list restarts a level (`w:startOverride`). A list made from a
list style (`w:numStyleLink`) has its levels, and its counters, in the style's definition
(the `w:abstractNum` whose `w:styleLink` names the style). A level in 正规形式编号
(`w:isLgl`) shows every number in Arabic digits: 1.1 under 一、. A heading style linked to a
level (标题 2 to the second) need not say its level: the level naming the style is it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_CN = "〇一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _chinese(n: int, digits: str = _CN, ten: str = "十") -> str:
    """1–99 as counted in Chinese (十一, 二十, 二十三); larger numbers digit by digit."""
    if 1 <= n <= 9:
        return digits[n]
    if 10 <= n <= 99:
        tens, ones = divmod(n, 10)
        return (digits[tens] if tens > 1 else "") + ten + (digits[ones] if ones else "")
    return "".join(digits[int(c)] for c in str(n))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _number(fmt: str, n: int) -> str:
    """`n` written in Word's number format `fmt` (an unknown format as a decimal number)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
               "taiwaneseCountingThousand", "japaneseCounting", "ideographDigital"):
        return _chinese(n)
    if fmt == "chineseLegalSimplified":
        return _chinese(n, _LEGAL, "拾")
    if fmt == "ideographTraditional":
        return _STEMS[n - 1] if 1 <= n <= 10 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).lower() if fmt == "lowerRoman" else _roman(n)
    return str(n)


def label(pattern: str, levels: list[tuple[str, int]]) -> str:
    """A level's pattern (`（%2）`) with each %k replaced by level k's count in its format;
    `levels` holds (format, count) from the first level down."""
    def one(m: re.Match[str]) -> str:
        k = int(m.group(1)) - 1
        return _number(*levels[k]) if k < len(levels) else ""
    return re.sub(r"%([1-9])", one, pattern)


@dataclass(frozen=True, slots=True)
class _Level:
    fmt: str
    pattern: str
    start: int
    legal: bool = False  # 正规形式编号 (w:isLgl): every number the level shows in Arabic digits


@dataclass
class Numbering:
    """The lists of one document, counting as its paragraphs are read in order."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # abstractNumId → ilvl → level
    lists: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId → (abstract, restarts)
    styles: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)  # styleId → numPr
    based_on: dict[str, str] = field(default_factory=dict)
    counts: dict[str, list[int]] = field(default_factory=dict)  # abstractNumId → count per level
    started: set[str] = field(default_factory=set)  # lists whose restarts were applied
    linked: dict[str, dict[str, int]] = field(default_factory=dict)  # abstractNumId → styleId → ilvl

    @classmethod
    def of(cls, document: Any) -> Numbering:  # a python-docx Document
        """The numbering and styles parts of a python-docx document (none: no labels)."""
        numbering = cls()
        part = document.part
        try:
            root = part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        if root is not None:
            defines: dict[str, str] = {}  # list style → the abstractNum holding its levels
            points: dict[str, str] = {}  # abstractNum → the list style it only points at
            for a in root.iter(f"{_W}abstractNum"):
                aid = a.get(f"{_W}abstractNumId")
                numbering.levels[aid] = {
                    _int(lvl.get(f"{_W}ilvl"), 0): _Level(
                        _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "", _int(_val(lvl, "start"), 1),
                        _on(lvl.find(f"{_W}isLgl")))
                    for lvl in a.iter(f"{_W}lvl")
                }
                numbering.linked[aid] = {style: _int(lvl.get(f"{_W}ilvl"), 0) for lvl in a.iter(f"{_W}lvl")
                                          if (style := _val(lvl, "pStyle"))}
                if link := _val(a, "styleLink"):
                    defines[link] = aid
                if link := _val(a, "numStyleLink"):
                    points[aid] = link
            for n in root.iter(f"{_W}num"):
                abstract = _val(n, "abstractNumId") or ""
                # a list made from a list style counts on (and with) the style's own definition
                abstract = defines.get(points.get(abstract, ""), abstract)
                restarts = {_int(o.get(f"{_W}ilvl"), 0): _int(_val(o, "startOverride"), 1)
                            for o in n.iter(f"{_W}lvlOverride") if o.find(f"{_W}startOverride") is not None}
                numbering.lists[n.get(f"{_W}numId")] = (abstract, restarts)
        for style in part.styles.element.iter(f"{_W}style"):
            sid = style.get(f"{_W}styleId")
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                ilvl = _val(num_pr, "ilvl")
                numbering.styles[sid] = (_val(num_pr, "numId"), _int(ilvl, 0) if ilvl else None)
            base = _val(style, "basedOn")
            if base:
                numbering.based_on[sid] = base
        return numbering

    def label_of(self, p: Any) -> str:  # p: a w:p element
        """The label Word shows before paragraph `p` (counting it), or ""."""
        num_id, given, style = self._num_pr(p)
        if not num_id or num_id == "0" or num_id not in self.lists:
            return ""
        abstract, restarts = self.lists[num_id]
        levels = self.levels.get(abstract, {})
        # no level written: the level that names the paragraph's style (标题 2 linked to level 2)
        ilvl = _int(given, self.linked.get(abstract, {}).get(style or "", 0))
        if ilvl not in levels:
            return ""
        counts = self.counts.setdefault(abstract, [0] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for k, start in restarts.items():
                if 0 <= k < 9:
                    counts[k] = start - 1
        level = levels[ilvl]
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else level.start
        for k in range(ilvl + 1, 9):
            counts[k] = 0  # the levels below start again
        if level.fmt in ("bullet", "none") or not level.pattern:
            return ""
        shown = [(levels[k].fmt if k in levels and not level.legal else "decimal",
                  counts[k] or (levels[k].start if k in levels else 1)) for k in range(ilvl + 1)]
        return label(level.pattern, shown)

    def _num_pr(self, p: Any) -> tuple[str | None, str | None, str | None]:  # p: a w:p element
        """The list and level of paragraph `p` (its own or its style's), and its style."""
        num_pr = p.find(f"{_W}pPr/{_W}numPr")
        num_id = _val(num_pr, "numId") if num_pr is not None else None
        ilvl = _val(num_pr, "ilvl") if num_pr is not None else None
        style = own = _val(p.find(f"{_W}pPr"), "pStyle") if p.find(f"{_W}pPr") is not None else None
        seen: set[str] = set()
        while (num_id is None or ilvl is None) and style and style not in seen:
            seen.add(style)
            s_num, s_lvl = self.styles.get(style, (None, None))
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else (str(s_lvl) if s_lvl is not None else None)
            style = self.based_on.get(style)
        return num_id, ilvl, own


def _val(element: Any, tag: str) -> str | None:  # element: an lxml element
    child = element.find(f"{_W}{tag}") if element is not None else None
    return child.get(f"{_W}val") if child is not None else None


def _on(flag: Any) -> bool:  # flag: an lxml element or None
    """Whether an on/off property (<w:isLgl/>, <w:isLgl w:val="0"/>) is set."""
    return flag is not None and flag.get(f"{_W}val", "true") not in ("0", "false", "off")


def _int(value: str | None, default: int) -> int:
    """A number attribute as written, or `default` where it is missing or not a number."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
