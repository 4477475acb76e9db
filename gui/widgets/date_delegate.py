"""A date editor for table cells: a calendar pop-up; the earliest date stands for "no date"."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate

NO_DATE = QDate(2000, 1, 1)


class DateDelegate(QStyledItemDelegate):
    """Edits ISO date text (``EditRole``); choosing the first date (shown as "—") clears it."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText("—")
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        text = index.data(Qt.ItemDataRole.EditRole)
        date = QDate.fromString(str(text), Qt.DateFormat.ISODate) if text else QDate()
        editor.setDate(date if date.isValid() else QDate.currentDate())

    def setModelData(self, editor, model, index):  # noqa: N802
        date = editor.date()
        model.setData(index, "" if date == NO_DATE else date.toString(Qt.DateFormat.ISODate),
                      Qt.ItemDataRole.EditRole)
