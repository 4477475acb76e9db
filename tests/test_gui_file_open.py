"""A file the system asks the app to open (macOS Finder) is opened in the window."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui


def test_a_file_open_event_opens_the_file(qapp):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from gui.file_open import FileOpenHandler
    opened = []
    handler = FileOpenHandler(qapp, opened.append)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent("/tmp/Programa café.encadena"))
        assert opened == ["/tmp/Programa café.encadena"]
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(""))         # nothing to open
        assert opened == ["/tmp/Programa café.encadena"]
    finally:
        qapp.removeEventFilter(handler)
        handler.deleteLater()
