"""The Edit menu: Undo / Redo of the programme's one undo stack (labelled with each edit)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from core.messages import describe_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditMenu", text)


def install_edit_menu(window) -> None:
    """Add Edit (after File) with Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z), texts naming the edit."""
    stack = window.context.edits
    undo, redo = QAction(window), QAction(window)
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
    menu = window.menuBar().addMenu("")
    menu.addAction(undo)
    menu.addAction(redo)
    window.menuBar().insertMenu(window.menu_view.menuAction(), menu)
    window.menu_edit, window.act_undo, window.act_redo = menu, undo, redo

    def update() -> None:
        import shiboken6
        if not (shiboken6.isValid(stack) and shiboken6.isValid(menu)):
            return                      # the window is being torn down
        menu.setTitle(_tr("&Edit"))
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        undo.setText(_tr("&Undo %1").replace("%1", stack.undoText()) if stack.canUndo()
                     else _tr("&Undo"))
        redo.setText(_tr("&Redo %1").replace("%1", stack.redoText()) if stack.canRedo()
                     else _tr("&Redo"))

    stack.indexChanged.connect(lambda _i: update())
    stack.cleanChanged.connect(lambda _c: update())
    window.session.changed.connect(update)
    window.extension_retranslators = getattr(window, "extension_retranslators", []) + [update]
    update()

    def refused(error) -> None:
        QMessageBox.warning(window, _tr("Change not applied"),
                            describe_error(error, window.context.language))
    stack.on_error = refused
