"""A YAML syntax error in the clerk's words: what the parser said, in Chinese, at the line
and column that caused it, with a hint when a full-width colon, a tab, a full-width space, a missing space or an indent out of step is
to blame (only when typing it the YAML way makes the error go away), and git's conflict
markers named as such. Loaded only when a file fails to parse (`yamlsafe`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from tracker.model import Source
from tracker.problems import Problem, error

_HINTS = (
    ("：", "这一行有全角冒号“：”，YAML 需要半角冒号加空格“: ”",
     "this line has a full-width colon '：'; YAML needs ': ' (ASCII colon and a space)"),
    ("\t", "这一行有制表符（Tab），YAML 只能用空格缩进",
     "this line has a tab; YAML indents with spaces only"),
    ("\u3000", "这一行有全角空格（U+3000），YAML 只能用半角空格",
     "this line has a full-width space (U+3000); YAML needs ASCII spaces"),
)

# What else looks like a space, or like nothing, at the start of a line: indentation copied
# from Word, WPS or a web page (no-break spaces), a BOM left inside by joining two files
# (copy /b), a zero-width space. Each named where it is.
_ODD_INDENT = {
    "\u3000": _HINTS[2][1:],
    "\u00a0": ("这一行开头有不换行空格（U+00A0，常见于从 Word、WPS 或网页复制的文字），YAML 只能用半角空格",
               "this line starts with no-break spaces (U+00A0, as text copied from Word, WPS or a "
               "web page has); YAML needs ASCII spaces"),
    "\ufeff": ("这一行开头有看不见的字符 U+FEFF（BOM，常见于把两个文件拼在一起），请删除它",
               "this line starts with an invisible U+FEFF (a BOM, left by joining two files); "
               "delete it"),
    "\u200b": ("这一行开头有看不见的零宽空格（U+200B），请删除它",
               "this line starts with an invisible zero-width space (U+200B); delete it"),
}


_ZH_PROBLEMS = (
    ("could not find expected ':'", "找不到应有的冒号“:”"),
    ("mapping values are not allowed here", "这里不能出现“键: 值”（冒号后少了空格，或缩进不对）"),
    ("found unexpected end of stream", "文件意外结束（引号或括号没有闭合？）"),
    ("did not find expected key", "缩进不一致，找不到应有的键"),
    ("did not find expected '-' indicator", "缩进不一致，找不到列表的“-”"),
    ("expected <block end>", "缩进不一致"),
    ("that cannot start any token", "遇到不能出现在这里的字符"),
    ("found duplicate anchor", "锚点（&）重复"),
    ("found undefined alias", "引用了未定义的锚点（*）"),
    ("mapping values are not allowed in this context",
     "这里不能再出现“键: 值”（值里有“: ”时请给整个值加引号，或检查缩进）"),
    ("did not find expected ',' or ']'", "方括号 [ ] 没有闭合，或列表项之间少了逗号"),
    ("did not find expected ',' or '}'", "花括号 { } 没有闭合，或各项之间少了逗号"),
    ("found a tab character", "缩进里有制表符（Tab），YAML 只能用空格缩进"),
    ("found character that cannot start any token", "遇到不能出现在这里的字符"),
    ("found unknown escape character", "双引号里有无法识别的转义（\\ 后面的字符）"),
    ("while scanning a quoted scalar", "引号没有闭合"),
    ("while scanning a simple key", "找不到应有的冒号“:”"),
    ("expected a comment or a line break", "值后面多出了内容（注释前要有空格“ #”）"),
    ("found incompatible YAML document", "不支持的 YAML 版本声明"),
    ("control characters are not allowed", "文件里有控制字符（常见于从别处复制的文字）"),
    ("special characters are not allowed", "文件里有不允许的特殊字符"),
)


def _zh_problem(what: str) -> str:
    for en, zh in _ZH_PROBLEMS:
        if en in what:
            return zh
    return "这里的写法无法解析（请对照上下几行的格式检查引号、冒号和缩进）"


@functools.cache
def _syntax_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an indentation with a full-width or invisible space, a merge conflict marker):
    compiled for the first error."""
    return (re.compile(r"[ \u3000\u00a0\ufeff\u200b]*[\u3000\u00a0\ufeff\u200b]"),
            re.compile(r"^(?:<{7}|={7}|>{7})(?: |\r?$)", re.M))


def syntax_problem(exc: Any, text: str, path: str, compose: Callable[[str], Any]) -> Problem:
    """The Problem for a parser error `exc` on `text`; `compose` parses a repaired text."""
    marker = _syntax_patterns()[1].search(text)
    if marker is not None:  # a line merge (git merge, git pull) left both sides in the file
        line = text.count("\n", 0, marker.start()) + 1
        return error(Source(path, line, 1), "conflict-markers",
                     "文件里有 git 合并冲突标记（<<<<<<< ======= >>>>>>>）：两边的修改都在文件里。"
                     "保留正确的内容，删掉这三种标记行，再运行 tracker commit",
                     "the file has git conflict markers (<<<<<<< ======= >>>>>>>): both sides' "
                     "changes are in it. Keep what is right, delete the marker lines, then run "
                     "tracker commit")
    mark = exc.problem_mark or exc.context_mark
    if exc.problem and "end of stream" in exc.problem and exc.context_mark is not None:
        mark = exc.context_mark  # an unclosed quote: point at where it opened
    line = (mark.line + 1) if mark is not None else 1
    col = (mark.column + 1) if mark is not None else 1
    what = exc.problem or exc.context or "syntax error"
    zh, en = f"YAML 语法错误：{_zh_problem(what)}", f"YAML syntax error: {what}"
    lines = text.splitlines(keepends=True)

    def hinted(at_line: int, at_col: int, hzh: str, hen: str) -> Problem:
        return error(Source(path, at_line, at_col), "yaml-syntax", f"{zh}；提示：{hzh}", f"{en}; hint: {hen}")

    for candidate in (line, line - 1, line - 2):
        # full-width spaces (and the _ODD_INDENT others) in a line's indentation are never
        # right, whatever they should have been (an input method types them; YAML reads them
        # as text, and the error shows up a line or two later)
        found = _syntax_patterns()[0].match(lines[candidate - 1]) if 1 <= candidate <= len(lines) \
            else None
        if found is not None:
            at = next(i for i, ch in enumerate(found.group()) if ch in _ODD_INDENT)
            return hinted(candidate, at + 1, *_ODD_INDENT[found.group()[at]])
    indent = lines[line - 1][:len(lines[line - 1]) - len(lines[line - 1].lstrip(" \t"))] \
        if 1 <= line <= len(lines) else ""
    if "\t" in indent and col <= len(indent) + 1:
        # a tab in the indentation of the line at fault (Notepad's Tab key) is never right,
        # even where spaces of another width than four were meant
        at = indent.index("\t") + 1
        if "tab" in what:  # the parser named it: once is enough
            return error(Source(path, line, at), "yaml-syntax", zh, en)
        return hinted(line, at, *_HINTS[1][1:])
    for candidate in (line, line - 1, line + 1):
        if 1 <= candidate <= len(lines):
            for needle, hzh, hen in _HINTS:
                if needle in lines[candidate - 1] and _repairs(lines, candidate, needle, line, compose):
                    col_hint = lines[candidate - 1].index(needle) + 1
                    if needle == "\t" and "tab" in what:  # the parser named it: once is enough
                        return error(Source(path, candidate, col_hint), "yaml-syntax", zh, en)
                    return hinted(candidate, col_hint, hzh, hen)
    for candidate in (line, line - 1, line - 2):
        if 1 <= candidate <= len(lines):
            for pattern, fix, hzh, hen in _MISSING_SPACE:
                m = pattern.match(lines[candidate - 1])
                if m and _repairs(lines, candidate, m.group(0), line, compose, m.group(0) + fix):
                    return hinted(candidate, m.end(), hzh, hen)
    for candidate in (line, line - 1):
        step = _out_of_step(lines, candidate)
        if step is not None and _repairs(lines, candidate, " " * step[0], line, compose, " " * step[1]):
            have, want = step
            return hinted(candidate, have + 1, f"这一行缩进 {have} 格，上一行的键缩进 {want} 格，同一项的各行要对齐",
                          f"this line is indented {have} spaces, the key above {want}; the lines of one item line up")
    return error(Source(path, line, col), "yaml-syntax", zh, en)


_KEY_LINE = re.compile(r"^([ ]*)(-[ ]+)?[^\s#:][^:]*:(?:[ ]|$)")


def _out_of_step(lines: list[str], candidate: int) -> tuple[int, int] | None:
    """(this line's indent, the indent of the key on the line above it) when the line is a
    key one to three spaces out of step with that key, else None."""
    if not 2 <= candidate <= len(lines):
        return None
    this = _KEY_LINE.match(lines[candidate - 1])
    above = next((q for q in reversed(lines[: candidate - 1]) if q.strip() and not q.lstrip().startswith("#")), "")
    prev = _KEY_LINE.match(above)
    if this is None or this.group(2) or prev is None:
        return None
    have = len(this.group(1))
    want = len(prev.group(1)) + len(prev.group(2) or "")
    return (have, want) if 0 < abs(have - want) <= 3 else None


# progress:70 / -id: T2: a space left out after a key's colon or a list's dash. YAML reads
# the line as a plain word and stumbles a line later; the hint names the line it is on.
_MISSING_SPACE = (
    (re.compile(r"^[ ]*(?:-[ ]+)?[A-Za-z_][\w-]*:(?=[^\s:/])"), " ",
     "冒号后面要有一个空格（写作“键: 值”）", "a key's colon needs a space after it ('key: value')"),
    (re.compile(r"^[ ]*-(?=[A-Za-z_][\w-]*:[ ])"), " ",
     "“-”后面要有一个空格（写作“- id: T1”）", "a list's dash needs a space after it ('- id: T1')"),
)


def reader_problem(exc: Any, text: str, path: str) -> Problem:
    """A character YAML does not allow in a file at all (the reader's error carries only a
    byte offset): named, in the clerk's words, where it first occurs."""
    code = exc.character if isinstance(getattr(exc, "character", None), int) else None
    at = text.find(chr(code)) if code is not None else -1
    line = text.count("\n", 0, at) + 1 if at >= 0 else 1
    col = at - (text.rfind("\n", 0, at) + 1) + 1 if at >= 0 else 1
    if code == 0x1A:  # DOS's end-of-file mark
        zh = ("文件里有 Ctrl-Z 字符（U+001A，旧编辑器或 copy /b 写在文件末尾的结束标记），YAML 不允许；"
              "请用编辑器删除它")
        en = ("the file has a Ctrl-Z (U+001A, the end-of-file mark old editors and copy /b "
              "write), which YAML does not allow; delete it in an editor")
    elif code is not None:
        zh = f"这里有控制字符 U+{code:04X}（常见于从别处复制的文字），YAML 不允许；请用编辑器删除它"
        en = (f"a control character U+{code:04X} here (often pasted from another program), "
              "which YAML does not allow; delete it in an editor")
    else:
        return error(Source(path, 1, 1), "yaml-syntax", f"YAML 读取失败：{exc}", f"cannot read YAML: {exc}")
    return error(Source(path, line, col), "control-char", zh, en)


_REPAIR = {"：": ": ", "\t": "    ", "\u3000": " "}


def _repairs(lines: list[str], candidate: int, needle: str, line: int,
             compose: Callable[[str], Any], repair: str | None = None) -> bool:
    """Is this character the cause? Only if typing it the YAML way (`repair`, by default the
    character's in `_REPAIR`) makes the error at `line` go away (a legitimate full-width colon
    inside a title is not the cause of a bad indent on the next line)."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    fixed = lines[:]
    if repair is None:  # every one of them on the line (two tabs of indentation)
        fixed[candidate - 1] = fixed[candidate - 1].replace(needle, _REPAIR[needle])
    else:  # the one place matched
        fixed[candidate - 1] = fixed[candidate - 1].replace(needle, repair, 1)
    try:
        compose("".join(fixed))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return mark is not None and mark.line + 1 > max(line, candidate)
    except YAMLError:
        return False
    return True
