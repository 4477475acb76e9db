"""The smoke run never blocks on a modal message box: it records it as a failure."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from gui.smoke import _record_message_boxes


def test_message_boxes_are_recorded_not_shown(qapp):
    original = QMessageBox.warning
    errors: list[str] = []
    restore = _record_message_boxes(errors)
    try:
        assert QMessageBox.warning(None, "Encadena", "No se pudo abrir") == QMessageBox.StandardButton.Ok
        QMessageBox.critical(None, "Encadena", "Error interno")
    finally:
        restore()
    assert errors == ["warning message box: Encadena: No se pudo abrir",
                      "critical message box: Encadena: Error interno"]
    assert QMessageBox.warning is original
