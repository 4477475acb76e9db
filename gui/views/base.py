"""The base of every main view: language changes, programme changes and selection reach it here.

A view hidden behind another in the shown main window does not redraw on every change: the
change waits until the view is shown (a 100,000-company programme would otherwise redraw every
view, one after the other, while the user looks at one). A view not inside a shown window (tests,
the smoke run before the window shows) is told at once, as before.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class View(QWidget):
    """A main view. Subclasses build widgets in ``__init__`` and override the hooks they need."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self._waiting: dict[str, tuple] = {}       # hook name -> its latest arguments, in order
        session = context.session
        session.changed.connect(lambda: self.when_shown("on_programme_changed"))
        session.selection_changed.connect(lambda chain, company: self.when_shown(
            "on_selection_changed", chain, company))

    def hidden_in_window(self) -> bool:
        """Whether the view is hidden inside a window that is shown (work can wait for it)."""
        window = self.window()
        return window is not self and window.isVisible() and not self.isVisible()

    def when_shown(self, hook: str, *args) -> None:
        """Call ``hook(*args)`` now, or when the view is next shown if it is hidden in a shown
        window (only the latest call of each hook is kept, in the order they came)."""
        if self.hidden_in_window():
            self._waiting.pop(hook, None)
            self._waiting[hook] = args
            return
        getattr(self, hook)(*args)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        waiting, self._waiting = self._waiting, {}
        for hook, args in waiting.items():
            getattr(self, hook)(*args)
        super().showEvent(event)

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
