"""Building a core edit from the open programme and pushing it on the undo stack; a value the
core refuses is shown to the user (translated) and nothing changes."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.errors import UserInputError
from core.messages import describe_error


def push(context, parent: QWidget | None, build: Callable) -> bool:
    """``build(conn)`` -> Edit, applied through ``context.edits``; False when refused or empty."""
    project = context.session.project
    if project is None:
        return False
    try:
        edit = build(project.conn)
    except UserInputError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Setup", "Not saved"),
                            describe_error(exc, context.language))
        return False
    if edit.is_empty:
        return False
    return context.edits.push_edit(edit)
