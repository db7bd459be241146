"""The words of the interface in Chinese and English, and key descriptions in the right language.

Bindings are declared with English descriptions; `localize` swaps in the Chinese ones when the
app speaks Chinese, so the footer, the help screen and the command palette agree.
"""

from __future__ import annotations

import dataclasses

from textual.dom import DOMNode

ZH = {
    "Board": "看板",
    "Timeline": "时间轴",
    "Accountability": "责任单位",
    "Filter": "筛选",
    "Plans": "计划",
    "Keys": "按键",
    "Task": "任务",
    "Quit": "退出",
    "Reload": "重新读取",
    "Commit hand edits": "提交手工修改",
    "Move left": "左移",
    "Move right": "右移",
    "Open": "详情",
    "Zoom in": "放大",
    "Zoom out": "缩小",
    "Today": "今天",
    "Sort": "排序",
    "Status back": "状态前移",
    "Status on": "状态后移",
    "Back": "返回",
    "Save": "保存",
    "All views": "所有视图",
    "Previous/next card": "上一张/下一张卡片",
    "Previous row": "上一行",
    "Next row": "下一行",
    "Page up": "上一页",
    "Page down": "下一页",
    "First row": "第一行",
    "Last row": "最后一行",
    "New task": "新任务",
    "Undo": "撤销",
    "Pick unit": "选择单位",
    "Write an update": "写进展",
    "Add update": "添加进展",
    "Previous column": "前一列",
    "Next column": "后一列",
    "Scroll left": "左滚",
    "Scroll right": "右滚",
    "Focus Next": "下一个",
    "Focus Previous": "上一个",
    "Copy selected text": "复制所选文字",
    "palette": "命令面板",
    "Quit the app": "退出",
}


def localize(node: DOMNode, lang: str) -> None:
    """Rewrite the descriptions of `node`'s bindings into `lang` (they are declared in English)."""
    if lang != "zh":
        return
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [dataclasses.replace(b, description=ZH.get(b.description, b.description))
                      for b in bindings]


def word(text: str, lang: str) -> str:
    return ZH.get(text, text) if lang == "zh" else text
