"""A small editable table of plain rows (dicts): what a form edits before it becomes an edit.

Used for short lists inside forms (a supplier's machinery, its certifications); the form turns
the rows into a core edit when the user saves. Texts only; the core validates the values.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class EditableRowsModel(QAbstractTableModel):
    """Rows of ``{key: text}`` under translatable column titles (``context``, ``title``)."""

    def __init__(self, columns: list[tuple[str, str]], context: str, parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._rows: list[dict[str, str]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [{k: "" if r.get(k) is None else str(r.get(k)) for k, _ in self._columns}
                      for r in rows]
        self.endResetModel()

    def rows(self) -> list[dict[str, str]]:
        """The rows with at least one non-blank cell, texts stripped."""
        out = []
        for r in self._rows:
            clean = {k: v.strip() for k, v in r.items()}
            if any(clean.values()):
                out.append(clean)
        return out

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return QCoreApplication.translate(self._context, self._columns[section][1])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][self._columns[index.column()][0]]
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][self._columns[index.column()][0]] = "" if value is None else str(value)
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def insertRows(self, row: int, count: int, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        if parent.isValid() or not (0 <= row <= len(self._rows)) or count < 1:
            return False
        self.beginInsertRows(parent, row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, {k: "" for k, _ in self._columns})
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(parent, row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        return True
