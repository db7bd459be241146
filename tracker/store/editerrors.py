"""Why an edit of a plan file was not made: the errors the edit layers (`planfile`, `splice`,
`quickedit`, `ondisk`) raise, each with its message in both languages."""

from __future__ import annotations

from tracker.problems import UserError


class EditError(UserError):
    """An edit that cannot be made; carries a message in both languages."""


class ChangedOnDisk(EditError):
    """The file on disk is no longer the version the edit was made from."""
