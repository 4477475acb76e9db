"""One undo stack per open programme: every edit of the workbench is a core
:class:`~core.edits.Edit` wrapped in a ``QUndoCommand`` (see shared/style.md, Orange canvas).

``redo`` applies the edit in one transaction with its audit rows; ``undo`` applies the inverse
(also audited). After either, the session refreshes so every view shows the new state.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from core import catalogue
from core.errors import UserInputError

if TYPE_CHECKING:           # the store loads with the first programme, not at start-up
    from core.edits import Edit


class EditCommand(QUndoCommand):
    """A thin wrapper: the edit is data; applying it is the core's job."""

    def __init__(self, stack: "ProgrammeEdits", edit: Edit, text: str):
        super().__init__(text)
        self._stack = stack
        self.edit = edit
        self.failed: UserInputError | None = None

    def redo(self) -> None:
        self._stack.apply(self.edit, self)

    def undo(self) -> None:
        self._stack.apply(self.edit.inverse(), self)


class ProgrammeEdits(QUndoStack):
    """The undo stack of the open programme (cleared when another programme opens).

    ``push_edit`` is what views call. ``on_error`` shows a refused edit (a conflict with the file
    as it is now) to the user; the command is then marked obsolete and leaves the stack.
    """

    def __init__(self, session: Any, language: Callable[[], str], who: Callable[[], str | None],
                 parent=None):
        super().__init__(parent)
        self._session = session
        self._language = language
        self._who = who
        self.on_error: Callable[[UserInputError], None] | None = None

    def push_edit(self, edit: Edit) -> bool:
        """Apply ``edit`` and put it on the stack; False (and nothing changed) when refused."""
        if edit.is_empty or self._session.project is None:
            return False
        command = EditCommand(self, edit, self.describe(edit))
        self.push(command)          # QUndoStack.push calls redo()
        return command.failed is None

    def describe(self, edit: Edit) -> str:
        code = edit.action
        if not catalogue.has(code):
            return code
        try:
            return catalogue.text(code, self._language(), **edit.params)
        except (KeyError, IndexError, ValueError):
            return catalogue.label(code, self._language())

    def apply(self, edit: Edit, command: EditCommand) -> None:
        project = self._session.project
        if project is None:
            command.setObsolete(True)
            return
        try:
            from core.edits import apply_edit
            apply_edit(project.conn, edit, self._who())
        except UserInputError as exc:
            command.failed = exc
            command.setObsolete(True)
            if self.on_error is not None:
                self.on_error(exc)
            return
        command.failed = None
        self._session.edited(edit)
