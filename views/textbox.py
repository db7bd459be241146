"""A multi-line field that takes a paste as the lines it was copied with.

tmux's paste-buffer (and some terminals) send each LF as CR, so text copied with CRLF line ends
(from Word, WPS or a Windows editor) arrives as 第一行\\r\\r第二行, and Textual's TextArea made
each CR a line break: a blank line between every two lines of a progress report. A paste with
no LF whose runs of CR all have an even length is CRLF sent that way, and each pair is one line
end; any other CR or CRLF is one line end, as ever.
"""

from __future__ import annotations

import re

from textual import events
from textual.widgets import TextArea

_CR_RUN = re.compile(r"\r+")


def pasted_lines(text: str) -> str:
    if "\n" not in text and "\r\r" in text and all(len(r) % 2 == 0 for r in _CR_RUN.findall(text)):
        text = text.replace("\r\r", "\n")
    return text.replace("\r\n", "\n").replace("\r", "\n")


class TextBox(TextArea):
    async def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # instead of TextArea's own, which takes every CR as a line end
        event.stop()
        if self.read_only:
            return
        if result := self._replace_via_keyboard(pasted_lines(event.text), *self.selection):
            self.move_cursor(result.end_location)
            self.focus()
