"""The base of every main view: language changes, programme changes and selection reach it here."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class View(QWidget):
    """A main view. Subclasses build widgets in ``__init__`` and override the hooks they need."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        session = context.session
        session.changed.connect(self.on_programme_changed)
        session.selection_changed.connect(self.on_selection_changed)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Re-apply every visible text (called on a language change)."""

    def on_programme_changed(self) -> None:
        """The open programme changed (opened, closed, imported into)."""

    def on_selection_changed(self, chain: object, company: object) -> None:
        """The navigator selected a value chain and/or a company (None: all)."""
