"""What screens and dialogs may ask of the app that hosts them: the session, and a few ways
to run an edit or redraw. A protocol, so screens never import the app module (which imports
them): dependencies point from the app down to its screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from tracker.model import Task
    from tracker.workspace import Saved
    from views.session import Pending, Session


class Host(Protocol):
    session: Session

    def open_task(self, plan_id: str, task_id: str) -> None: ...

    def attempt(self, edit: Callable[[], Saved | None], redraw: bool = True) -> Saved | None: ...

    def apply_in_background(self, pending: Pending) -> None: ...

    def data_changed(self) -> None: ...

    def confirm_done(self, task: Task, new: str, then: Callable[[], None],
                     now: str | None = None) -> None: ...
