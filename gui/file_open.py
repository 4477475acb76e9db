"""Files the operating system asks the app to open (macOS Finder: a double-clicked
``.encadena``, a file dropped on the Dock icon). They arrive as ``QFileOpenEvent``s on the
application, not as command-line arguments; elsewhere they come as arguments (see gui/app.py).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class FileOpenHandler(QObject):
    """Forwards each file-open request to ``open_path(path)`` (``MainWindow.open_path``)."""

    def __init__(self, app, open_path) -> None:
        super().__init__(app)
        self.open_path = open_path
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and watched is self.parent():
            path = event.file()
            if path:
                self.open_path(path)
                return True
        return False


def install_file_open_handler(app, window) -> FileOpenHandler:
    """Open in ``window`` the files the system asks ``app`` to open."""
    return FileOpenHandler(app, window.open_path)
