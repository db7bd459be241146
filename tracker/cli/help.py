"""Help and click's own messages in the office's language.

Commands keep their English docstrings and option help in the code; this module holds the
Chinese for each, and a `HelpMixin` that the command group and every command use to write
help in --lang / tracker.yaml's language, list the global options under each command, list
the keys `set` can set and explain the query language under `list`. `translate_error` turns
click's usage errors ("No such option", "Missing argument", ...) into Chinese.

A command or option without Chinese here is shown in English; a test keeps the tables whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import click

from tracker import fieldnames
from tracker.cli.argv import trimmed

# command -> its help in Chinese (the first sentence is the one-line summary in `tracker --help`)
COMMANDS_ZH = {
    "": "tracker — 工作方案台账：每个计划一个 YAML 文件，存放在 git 仓库中，供基层单位跟踪任务进展。",
    "add": "向计划中添加一项任务。",
    "baseline": "把计划标记为已印发（基线）：以后 `log --since-baseline`、`diff baseline` 与之比较。",
    "check": "检查所有计划：问题以 路径:行:列 列出；有错误时退出码为 1。",
    "commit": "提交对计划文件的手工修改，提交说明写明改了什么。",
    "demo": "复制一份带有历史记录的演示计划，并在界面中打开。",
    "diff": "两个版本之间逐字段的变化，或从 REV（默认 HEAD）到工作区；"
            "`tracker diff baseline [计划]` 列出印发以来的变化。",
    "export": "导出台账：每项任务一行，格式为 CSV（UTF-8 带 BOM）、XLSX 或 JSON。",
    "fmt": "把计划文件整理为规范格式（保留注释和顺序）。",
    "form": "生成督办单（.xlsx）供各单位填报：每个单位一张表，每项未完成的牵头、责任、配合任务一行。",
    "import": "把实施方案、工作方案文档（.txt、.md、.docx）转换为计划 YAML 草稿。",
    "init": "创建数据仓库：tracker.yaml、units.yaml、plans/（并执行 git init）。新仓库的语言取 --lang（默认 zh）。",
    "intake": "读入填好的督办单：每个填写的行成为该单位的进展报送，每张表提交一次；"
              "填错的单元格以 表名!单元格 指出，该表不写入。",
    "list": "列出符合 QUERY 条件的任务。",
    "log": "审计记录：谁在何时改了哪项任务的哪个字段，最新的在前。",
    "merge-driver": "由 git 调用：把 THEIRS 合并进 OURS（就地写入）；有冲突时退出码为 1。",
    "note": "为任务添加一条进展情况，日期为 --today。不写 TEXT（或写 -）时从标准输入读取，在终端上则打开 $EDITOR"
            "（与 git commit 相同）；多行内容按原样保存。",
    "schema": "输出计划格式的 JSON Schema（供编辑器使用）。",
    "set": "修改任务的字段：`tracker set 计划/T3 status=done progress=100 due=9月30日前`。",
    "show": "显示一项任务（REF 写作 计划/T3，唯一时可只写 T3）。",
    "summary": "截至 --today 的工作进展情况：可粘贴到报告或工作群，"
               "或生成公文格式的 Word 文档（--format docx -o 文件）。",
    "sync": "与共享的 git 远程仓库同步计划：拉取、按任务和字段合并、推送。",
    "tui": "在此仓库上打开看板、时间线和责任视图。",
    "undo": "撤销 tracker 最近的一次修改（新建一次提交，历史中两者都保留）。",
}

# (command, parameter name) -> option help in Chinese; "" is the global options
OPTIONS_ZH = {
    ("", "repo"): "数据仓库（默认：从当前目录向上查找）。",
    ("", "today"): "计算逾期和报告所用的日期（默认：今天）。",
    ("", "by"): "以此姓名记录所做的修改（提交作者）。",
    ("", "lang"): "标签、提示和帮助的语言（默认：tracker.yaml 中的设置）。",
    ("", "no_verify"): "本次跳过仓库的提交钩子（pre-commit、commit-msg）。",
    ("", "version"): "显示版本并退出。",
    ("", "help"): "显示此帮助并退出。",
    ("add", "lead"): "牵头单位；可重复，或用 、 分隔",
    ("add", "owner"): "责任单位",
    ("add", "support"): "配合单位",
    ("add", "due"): "截止时间：2026-05-31、5月底前、9月30日前……",
    ("add", "phase"): "阶段编号，如 P2",
    ("add", "leader"): "责任领导",
    ("add", "start"): "开始日期：2026-05-01、5月1日……",
    ("add", "detail"): "任务的具体内容（可以写多行）",
    ("add", "status"): "状态（默认 未启动）：推进中、doing……",
    ("add", "new_unit"): "接受 units.yaml 中没有的单位名称。",
    ("baseline", "name"): "基线名称（默认：--today 的日期）。",
    ("check", "fmt"): "输出格式。",
    ("commit", "message"): "提交说明（默认：根据修改内容生成）。",
    ("commit", "force"): "即使修改后的计划有检查错误也提交。",
    ("demo", "directory"): "在此目录创建演示仓库（默认：新的临时目录）。",
    ("demo", "no_open"): "只创建仓库并输出其路径。",
    ("diff", "fmt"): "输出格式。",
    ("export", "fmt"): "输出格式（默认：按 -o 文件的扩展名，否则 csv）。",
    ("export", "output"): "写入此文件（默认：标准输出）。",
    ("export", "by_unit"): "集体承担的任务按成员单位各占一行。",
    ("export", "plan"): "只含此计划（可重复）。",
    ("fmt", "only_check"): "只列出格式不规范的文件。",
    ("form", "unit"): "只生成此单位的表（集体则为每个成员单位各一张）。",
    ("form", "plan"): "只含此计划（可重复）。",
    ("form", "output"): "要写入的工作簿（.xlsx）。",
    ("form", "return_by"): "报送截止日期（默认：--today 之后 remind_days 个工作日）。",
    ("import", "year"): "写作 20xx 或没有年份的日期按此年份。",
    ("import", "out_dir"): "计划文件的目录（默认：仓库的 plans/）。",
    ("import", "list_only"): "只列出找到的计划，不写入。",
    ("import", "part"): "只导入文档中的第 N 个计划。",
    ("import", "add_units"): "把 units.yaml 中没有的单位名称添加到 units.yaml。",
    ("import", "dry_run"): "以表格显示草稿（任务、责任单位、截止、待核对），不写入。",
    ("import", "id_prefix"): "计划编号为 前缀-年份-序号（小写字母、数字、-）。",
    ("init", "year"): "计划的默认年份（默认：今年）。",
    ("intake", "dry_run"): "只显示将要写入的内容，不写入。",
    ("list", "fmt"): "输出格式。",
    ("log", "unit"): "只看此单位牵头、负责或配合的任务。",
    ("log", "author"): "只看此人的提交（作者姓名包含此文字）。",
    ("log", "since"): "从此日期（YYYY-MM-DD、5月1日）或此版本之后开始。",
    ("log", "until"): "到此日期或版本为止。",
    ("log", "since_baseline"): "基线以来截止时间、责任单位和任务内容的变化。",
    ("log", "fmt"): "输出格式。",
    ("note", "unit"): "报送单位（集体承担的任务）。",
    ("note", "new_unit"): "接受 units.yaml 中没有的单位名称。",
    ("set", "new_unit"): "接受 units.yaml 中没有的单位名称。",
    ("show", "fmt"): "输出格式。",
    ("summary", "plan"): "只含此计划（可重复）。",
    ("summary", "unit"): "某单位自己的报告（含其所属集体的任务）。",
    ("summary", "leader"): "只含此责任领导的任务。",
    ("summary", "period"): "包含 --today 的统计周期。",
    ("summary", "since"): "统计周期从此开始：日期，或 git 版本（取其提交日期）。",
    ("summary", "fmt"): "输出格式（默认：按 -o 文件的扩展名，否则 text）；docx 为公文格式的 Word 文档。",
    ("summary", "output"): "写入此文件（默认：标准输出；docx 在终端上必须指定）。",
    ("summary", "issue"): "Word 通报版头上的期号（第N期；版头名称写在 tracker.yaml 的 bulletin）。",
    ("sync", "force"): "即使要推送的计划有检查错误也推送。",
}

# the keys `tracker set` takes: (key, zh, en)
SET_KEYS = (
    ("status", "状态：todo 未启动、doing 推进中、blocked 受阻、done 已完成、verified 已销号、dropped 已取消"
               "（也可写 tracker.yaml 中的名称）",
     "status: todo, doing, blocked, done, verified, dropped (or the names in tracker.yaml)"),
    ("progress", "进度，0–100 的整数（可带 %）", "progress, a whole number 0–100 (a % is fine)"),
    ("due", "截止日期：2026-09-30、9月30日前、5月底前；留空则清除", "deadline: 2026-09-30, 9月30日前, 5月底前; empty clears it"),
    ("due_text", "截止时间的原文，如 9月30日前", "the deadline as written, e.g. 9月30日前"),
    ("start", "开始日期", "start date"),
    ("title", "任务名称（一行）", "title (one line)"),
    ("detail", "任务内容（可多行）", "full text (several lines allowed)"),
    ("lead", "牵头单位，多个用 、 分隔", "lead units, separated by 、 or ,"),
    ("owners", "责任单位", "responsible units"),
    ("support", "配合单位", "cooperating units"),
    ("leader", "责任领导", "responsible leader"),
    ("phase", "所属阶段编号，如 P2", "phase id, e.g. P2"),
    ("verified_by", "销号人（状态为 verified 时必填）", "who signed it off (required for verified)"),
    ("evidence", "佐证材料（文号或路径），多个用 、 分隔", "evidence (document numbers or paths)"),
    ("depends_on", "前置任务编号，如 T1、T2", "tasks it depends on, e.g. T1, T2"),
)

QUERY_ZH = """\
查询语言：多个条件同时满足；key:a,b 表示其中任一即可；不带冒号的词在任务名称、内容和所在章节中查找。

  status:推进中        状态（键名或名称：doing、推进中）
  unit:城关镇          单位牵头、负责、配合或在分单位状态中出现（含所属集体、别名）
  lead: owner: support: 牵头、责任、配合单位
  plan:clean-heating   计划编号（可写前缀）
  phase:P2  leader:温某  id:T3
  due<2026-06-30       截止时间，也可用 <= > >= =，日期可写 6月30日
  overdue  soon  open  done  review
                       逾期、临期、未办结、已办结、有待核对的导入说明
  -条件                取反：-overdue 未逾期，-status:done 不是已完成
  键也可写中文：{query_names}（状态:推进中）

例如：
  tracker list status:doing unit:城关镇 overdue
  tracker list plan:clean-heating due<=9月30日 摸底
  tracker list soon --format csv > 临期.csv"""

QUERY_EN = """\
Query language: terms are ANDed; key:a,b matches any of a, b; a word without a colon is looked
for in the title, the full text and the section.

  status:doing         status (key or name: doing, 推进中)
  unit:城关镇          leads, owns, supports or has its own status (groups and aliases too)
  lead: owner: support: by role
  plan:clean-heating   plan id (a prefix is enough)
  phase:P2  leader:温某  id:T3
  due<2026-06-30       deadline; also <= > >= =; dates as 6月30日 too
  overdue  soon  open  done  review
                       overdue, due soon, not finished, finished, import notes to check
  -term                negated: -overdue, -status:done
  Keys by their Chinese names too: {query_names}

Examples:
  tracker list status:doing unit:城关镇 overdue
  tracker list plan:clean-heating due<=9月30日 摸底
  tracker list soon --format csv > soon.csv"""

_SECTIONS_ZH = {"Options": "选项", "Commands": "命令", "Arguments": "参数"}


def lang_of(ctx: click.Context) -> str:
    obj = ctx.find_root().obj
    return getattr(obj, "lang", None) or "zh"


def _name(ctx: click.Context) -> str:
    return "" if ctx.parent is None else (ctx.command.name or "")


def _record(ctx: click.Context, param: click.Parameter, zh: bool, command: str) -> tuple[str, str] | None:
    if not isinstance(param, click.Option):
        return None  # arguments are named in the usage line
    rec = param.get_help_record(ctx)
    if rec is None or not zh:
        return rec
    opts, text = rec
    extra = " ".join(m.group(0) for m in re.finditer(r"\[(default|required)[^\]]*\]", text))
    extra = extra.replace("default: ", "默认：").replace("[required]", "[必填]")
    name = "help" if "--help" in param.opts else param.name or ""
    own = OPTIONS_ZH.get((command, name)) or OPTIONS_ZH.get(("", name))
    if own is None:
        return rec
    return opts, own + ("  " + extra if extra else "")


class HelpMixin:
    """click help written in the office's language, with the global options under each command."""

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        if lang_of(ctx) == "zh":
            pieces = [p.replace("[OPTIONS]", "[选项]").replace("COMMAND", "命令")
                      .replace("[ARGS]", "[参数]") for p in pieces]
            formatter.write_usage(ctx.command_path, " ".join(pieces), prefix="用法：")
        else:
            formatter.write_usage(ctx.command_path, " ".join(pieces))

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        own = COMMANDS_ZH.get(_name(ctx)) if lang_of(ctx) == "zh" else None
        if own is None:
            super().format_help_text(ctx, formatter)  # type: ignore[misc]
            return
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(own)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        zh = lang_of(ctx) == "zh"
        command = _name(ctx)
        records = [r for p in self.get_params(ctx)  # type: ignore[attr-defined]
                   if (r := _record(ctx, p, zh, command)) is not None]
        if records:
            with formatter.section("选项" if zh else "Options"):
                formatter.write_dl(records)
        if ctx.parent is not None:
            root = ctx.find_root()
            shared = [r for p in root.command.get_params(root)
                      if "--help" not in p.opts and p.name != "version"
                      if (r := _record(root, p, zh, "")) is not None]
            with formatter.section("全局选项（可写在命令前或后）" if zh
                                   else "Global options (before or after the command)"):
                formatter.write_dl(shared)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        zh = lang_of(ctx) == "zh"
        name = _name(ctx)
        if name == "set":
            with formatter.section("可设置的键" if zh else "Keys you can set"):
                formatter.write_dl([(k, z if zh else e) for k, z, e in SET_KEYS])
                formatter.write_paragraph()
                formatter.write_text(
                    "键也可写中文名，键后可用 = 或冒号（状态=推进中 进度：60 截止：9月30日前）："
                    + "、".join(fieldnames.SET_KEYS)
                    if zh else
                    "Keys by their Chinese names too, with = or a colon (状态=推进中 进度：60 "
                    "截止：9月30日前): " + ", ".join(f"{z} {k}" for z, k in fieldnames.SET_KEYS.items()))
        elif name == "list":
            formatter.write_paragraph()
            names = " ".join(f"{z}{'<' if k == 'due' else ':'}" for z, k in fieldnames.QUERY_KEYS.items()
                             if len(z) == 2)  # the short names; the long ones (牵头单位) are read too
            for line in (QUERY_ZH if zh else QUERY_EN).format(query_names=names).splitlines():
                formatter.write(" " * formatter.current_indent + line + "\n")
        super().format_epilog(ctx, formatter)  # type: ignore[misc]


class HelpCommand(HelpMixin, click.Command):
    def invoke(self, ctx: click.Context) -> Any:
        ctx.params = trimmed(ctx.params)
        return super().invoke(ctx)


def format_commands_zh(group: click.Group, ctx: click.Context, formatter: click.HelpFormatter) -> None:
    """The command list of `tracker --help`, each with its one-line summary."""
    zh = lang_of(ctx) == "zh"
    rows = []
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if cmd is None or cmd.hidden:
            continue
        text = COMMANDS_ZH.get(name) if zh else None
        short = _first_sentence(text) if text else cmd.get_short_help_str(formatter.width - 16)
        rows.append((name, short))
    if rows:
        with formatter.section("命令" if zh else "Commands"):
            formatter.write_dl(rows)


def _first_sentence(text: str) -> str:
    head = re.split(r"(?<=[。；])", text, maxsplit=1)[0]
    return head.rstrip("。；")


# ---------------------------------------------------------------- click's own errors

# (pattern, Chinese): compiled on first use, so a command that never fails pays nothing
_ERRORS_ZH: Sequence[tuple[str, str]] = [
    (r"^No such command '(.+)'\.$", r"没有命令“\1”。"),
    (r"^No such command '(.+)'\. Did you mean '(.+)'\?$", r"没有命令“\1”，是不是 \2？"),
    (r"^No such option:? '?([^'\s]+)'?\.?$", r"没有选项 \1。"),
    (r"^No such option:? '?([^'\s]+)'?\.? Did you mean '?([^'\s?]+)'?\?$",
     r"没有选项 \1，是不是 \2？"),
    (r"^No such option:? '?([^'\s]+)'?\.?\s+\(Possible options: (.+)\)$",
     r"没有选项 \1（可能是：\2）"),
    (r"^No such option:? '?([^'\s]+)'?\.?\s+\(Did you mean one of: (.+)\?\)$",
     r"没有选项 \1，是不是以下之一：\2？"),
    (r"^Missing argument '(.+)'\.$", r"缺少参数 \1。"),
    (r"^Missing option '(.+)'\.$", r"缺少选项 \1。"),
    (r"^Option '(.+)' requires an argument\.$", r"选项 \1 需要一个值。"),
    (r"^Option '(.+)' requires (\d+) arguments\.$", r"选项 \1 需要 \2 个值。"),
    (r"^Got unexpected extra arguments? \((.+)\)$", r"多余的参数：\1"),
    (r"^Option '(.+)' does not take a value\.$", r"选项 \1 不带值。"),
]
_VALUE_ZH: Sequence[tuple[str, str]] = [
    (r"^'(.*)' is not one of (.+)\.$", r"“\1”不是可选值之一（\2）。"),
    (r"^'(.*)' is not a valid integer\.$", r"“\1”不是整数。"),
    (r"^'(.*)' is not a valid float\.$", r"“\1”不是数字。"),
    (r"^'(.*)' is not a valid boolean\.$", r"“\1”不是是/否值。"),
    (r"^(File|Directory|Path) '(.*)' does not exist\.$", r"“\2”不存在。"),
    (r"^(File|Path) '(.*)' is a directory\.$", r"“\2”是目录，不是文件。"),
    (r"^(Directory|Path) '(.*)' is a file\.$", r"“\2”是文件，不是目录。"),
    (r"^--today must be YYYY-MM-DD, got '(.*)'$", r"--today 应写成 YYYY-MM-DD，实际为“\1”"),
    (r"^--today must be in the years (\d+) to (\d+), got '(.*)'$",
     r"--today 的年份应在 \1 到 \2 之间，实际为“\3”"),
]
_INVALID = r"^Invalid value for (.+?): (.+)$"
_INVALID_BARE = r"^Invalid value: (.+)$"


def translate_error(message: str) -> str:
    """click's English usage message in Chinese; a message not known here stays as it is."""
    m = re.match(_INVALID, message, re.S)
    if m:
        inner = m.group(2)
        for pattern, zh in _VALUE_ZH:
            if re.match(pattern, inner):
                inner = re.sub(pattern, zh, inner)
                break
        return f"{m.group(1)} 的值无效：{inner}"
    bare = re.match(_INVALID_BARE, message, re.S)
    if bare:
        message = bare.group(1)
    for pattern, zh in (*_ERRORS_ZH, *_VALUE_ZH):
        if re.match(pattern, message):
            said = re.sub(pattern, zh, message)
            # click lists the options it suggests quoted: '--new-unit', '--unit'
            return re.sub(r"'(-[^']*)'(, )?", lambda m: m[1] + ("、" if m[2] else ""), said)
    return message


def _text_taken_for_an_option(exc: click.ClickException) -> bool:
    """A word that starts with a dash but no option's name could (-5户未安装, -新任务): a
    report or a title that click read as options, not a mistyped option."""
    name = getattr(exc, "option_name", None)
    return isinstance(exc, click.NoSuchOption) and bool(name) and \
        re.match(r"-[^-a-zA-Z]", str(name)) is not None


# click quotes a word with repr(), which writes the space a Chinese input method types in
# full-width mode (U+3000) as this escape
_WIDE_SPACE = "\\u3000"


def show_usage_error(exc: click.ClickException, lang: str) -> None:
    """What click's `exc.show()` prints, in Chinese when the office speaks it; a full-width
    space click wrote as an escape is shown as itself and named."""
    dashed = _text_taken_for_an_option(exc)
    if lang != "zh" or type(exc).__name__ == "NoArgsIsHelpError":  # that one is the help
        exc.show()
        if _WIDE_SPACE in exc.format_message():
            click.echo("Hint: there is a full-width space (U+3000, shown as \\u3000) in what "
                       "you typed: separate the command, its options and its arguments with "
                       "ordinary spaces", err=True)
        if dashed:
            click.echo("Hint: text that starts with - goes after --, e.g. tracker note PLAN/T3 "
                       "-- -5 households left", err=True)
        return
    ctx: Any = getattr(exc, "ctx", None)
    if ctx is not None and isinstance(exc, click.UsageError):
        formatter = ctx.make_formatter()
        ctx.command.format_usage(ctx, formatter)
        click.echo(formatter.getvalue().rstrip("\n"), err=True)
        names = ctx.help_option_names
        help_name = f"{ctx.command_path} {'--help' if '--help' in names else names[0]}"
        click.echo(f"运行 “{help_name}” 查看帮助。\n", err=True)
    said = translate_error(exc.format_message())
    if dashed:
        said = said.rstrip("。") + "（以“-”开头的文字要写在 -- 后面，例如 tracker note 计划/T3 -- -5户未安装）"
    if _WIDE_SPACE in said:
        said = (said.replace(_WIDE_SPACE, "\u3000").rstrip("。") + "（其中有全角空格“\u3000”：命令、"
                "选项和参数之间要用半角空格隔开）")
    click.echo(f"错误：{said}", err=True)


__all__ = ["HelpCommand", "HelpMixin", "show_usage_error", "translate_error"]
