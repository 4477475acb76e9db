"""The six phases of one value chain: planned and actual dates (editable) and the derived status.

Editing a date builds a core edit (``core.setup.chains.set_phase``) and pushes it on the undo
stack through ``push`` (given by the view); the model then shows what the core reads back.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor

PHASE_COLUMNS = ("phase", "planned_start", "planned_end", "actual_start", "actual_end", "status")
HEADERS = {"phase": QT_TRANSLATE_NOOP("PhasesTable", "Phase"),
           "planned_start": QT_TRANSLATE_NOOP("PhasesTable", "Planned start"),
           "planned_end": QT_TRANSLATE_NOOP("PhasesTable", "Planned end"),
           "actual_start": QT_TRANSLATE_NOOP("PhasesTable", "Actual start"),
           "actual_end": QT_TRANSLATE_NOOP("PhasesTable", "Actual end"),
           "status": QT_TRANSLATE_NOOP("PhasesTable", "Status")}


class PhasesModel(QAbstractTableModel):
    def __init__(self, push: Callable[[str, str, str], bool] | None = None, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._push = push

    def set_phases(self, phases: list[dict]) -> None:
        """``phases``: ``core.setup.info.chain_details()[i]["phases"]``."""
        self.beginResetModel()
        self._rows = [dict(p) for p in phases]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(PHASE_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(PHASE_COLUMNS):
            return QCoreApplication.translate("PhasesTable", HEADERS[PHASE_COLUMNS[section]])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if PHASE_COLUMNS[index.column()] not in ("phase", "status") and self._push is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, key = self._rows[index.row()], PHASE_COLUMNS[index.column()]
        value = row.get(key)
        if role == Qt.ItemDataRole.EditRole:
            return value or ""
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "phase":
                from gui.views.dashboard import PHASES
                return QCoreApplication.translate("Phases", PHASES.get(value, value))
            if key == "status":
                from gui.views.dashboard import PHASE_STATUS
                label = PHASE_STATUS.get(value, (value, ""))[0]
                return QCoreApplication.translate("Phases", label).replace(
                    "%1", QLocale().toString(int(row.get("days_late") or 0)))
            if not value:
                return "—"
            return QLocale().toString(QDate.fromString(value, Qt.DateFormat.ISODate),
                                      QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            from gui.views.dashboard import PHASE_STATUS
            return QColor(PHASE_STATUS.get(value, ("", "#555555"))[1])
        if role == Qt.ItemDataRole.ToolTipRole and key not in ("phase", "status"):
            return value or None
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or self._push is None
                or not self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row, key = self._rows[index.row()], PHASE_COLUMNS[index.column()]
        text = str(value or "")
        if text == (row.get(key) or ""):
            return False
        return bool(self._push(row["phase"], key, text))
