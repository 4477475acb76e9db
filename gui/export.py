"""Saving what a widget shows (charts) as a PNG file."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def export_png(widget: QWidget, parent: QWidget | None = None, path: str | None = None) -> str | None:
    """Save ``widget`` as a PNG (asking where when ``path`` is None); returns the path saved."""
    if path is None:
        from gui.i18n import default_file_name, system_language
        path, _ = QFileDialog.getSaveFileName(parent or widget, QCoreApplication.translate("Charts", "Export chart"),
                                              default_file_name("chart", system_language()), "PNG (*.png)")
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
    widget.grab().save(path, "PNG")
    return path


