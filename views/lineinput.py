"""A one-line field that never cuts a pasted text short.

Textual's Input keeps the first line of a paste and drops the rest without a word; a clerk
pasting a title copied with its line break lost half of it. Here a paste of several lines
is refused with a message on the bar, except where lines have a meaning: in a list of units a
column of names copied from a sheet is the list (joined with 、), in the filter each line is
a term (joined with a space).
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class LineInput(Input):
    def __init__(self, *args: object, join: str | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.join = join
        # The field as it was when F2 (pick a unit) reached it: the keys typed in one go after
        # F2 are handled here before the screen's binding opens the picker, and belong to it.
        self.value_at_f2: tuple[str, int] | None = None

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "f2":
            self.value_at_f2 = (self.value, self.cursor_position)

    def _on_paste(self, event: events.Paste) -> None:
        lines = [line for line in event.text.splitlines() if line.strip()]
        if len(lines) == 1 and lines[0] != event.text:
            self._insert(lines[0])  # one line copied with its line end
        elif len(lines) > 1 and self.join is not None:
            self._insert(self.join.join(line.strip() for line in lines))
        elif len(lines) > 1:
            t = getattr(self.app, "t", lambda zh, en: zh)
            self.notify(t(f"这一栏只能写一行，粘贴的文字有 {len(lines)} 行，没有粘贴；"
                          "请分行粘贴，或写进“具体内容”或“新进展”",
                          f"this field holds one line and the pasted text has {len(lines)}; "
                          "nothing pasted: paste one line at a time, or into Detail or Update"),
                        severity="warning", markup=False)
        else:
            return  # plain one-line text: Input pastes it
        event.prevent_default()
        event.stop()

    def _insert(self, text: str) -> None:
        if self.selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *self.selection)
