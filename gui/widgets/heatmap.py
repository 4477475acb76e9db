"""The likelihood x severity heat map: a table model over the core's ``heat_map`` result and the
view that draws it. Every cell shows its count AND its level name; colours run from light to dark
with the level (a sequential yellow-brown ramp, readable with any colour-blindness)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QTableView

from gui.models.dataframe_model import contrast_text

# ColorBrewer YlOrBr: ordered by lightness, so levels stay apart without hue.
RAMP = ("#FFF7BC", "#FEE391", "#FEC44F", "#FE9929", "#D95F0E", "#993404")
SUPPLIERS_ROLE = Qt.ItemDataRole.UserRole        # the supplier ids placed in the cell
CELL_ROLE = Qt.ItemDataRole.UserRole + 1         # (likelihood, severity) scale values


def level_colours(count: int) -> list[str]:
    """``count`` colours from the ramp, lightest for the lowest level, darkest for the highest."""
    if count <= 1:
        return [RAMP[-1]] * count
    last = len(RAMP) - 1
    return [RAMP[round(i * last / (count - 1))] for i in range(count)]


def _faded(hex_colour: str) -> QColor:
    """An empty cell keeps its level's hue but steps back, so the occupied cells stand out."""
    c = QColor(hex_colour)
    return QColor(round(c.red() * 0.45 + 255 * 0.55), round(c.green() * 0.45 + 255 * 0.55),
                  round(c.blue() * 0.45 + 255 * 0.55))


class HeatMapModel(QAbstractTableModel):
    """Rows: likelihood, most likely first; columns: severity, least severe first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: Any = None
        self.language = "en"
        self._cells: dict[tuple[int, int], dict] = {}

    def set_heat_map(self, heat: dict | None, matrix: Any, language: str) -> None:
        """Show the core's ``heat_map`` result (None: an empty grid of ``matrix``)."""
        self.beginResetModel()
        self.matrix, self.language = matrix, language
        self._cells = {(c["likelihood"], c["severity"]): c for c in (heat or {}).get("cells", [])}
        self.endResetModel()

    def refresh_texts(self, language: str) -> None:
        """Re-label after a language change (same data)."""
        self.language = language
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, self.rowCount() - 1))

    # -- scale positions -----------------------------------------------------------------------
    def cell_at(self, row: int, column: int) -> tuple[int, int]:
        """(likelihood, severity) of a model position."""
        n_l = len(self.matrix.likelihood)
        return n_l - row, column + 1

    def position_of(self, likelihood: int, severity: int) -> tuple[int, int]:
        return len(self.matrix.likelihood) - likelihood, severity - 1

    def cell(self, likelihood: int, severity: int) -> dict:
        return self._cells.get((likelihood, severity), {"suppliers": 0, "risks": 0, "supplier_ids": []})

    # -- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.likelihood)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.severity)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or self.matrix is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            return self.matrix.severity[section].label(self.language)
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return self.matrix.likelihood[self.cell_at(section, 0)[0] - 1].label(self.language)
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.matrix is None:
            return None
        if not (0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()):
            return None
        l, s = self.cell_at(index.row(), index.column())
        level = self.matrix.level(l, s)
        cell = self.cell(l, s)
        count = int(cell["suppliers"])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{QLocale().toString(count)}\n{level.label(self.language)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 × %2: level %3\n%4 suppliers placed here (worst open risk), %5 open risks").replace(
                "%1", self.matrix.likelihood[l - 1].label(self.language)).replace(
                "%2", self.matrix.severity[s - 1].label(self.language)).replace(
                "%3", level.label(self.language)).replace(
                "%4", QLocale().toString(count)).replace("%5", QLocale().toString(int(cell["risks"])))
        colour = level_colours(len(self.matrix.levels))[level.rank]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(colour) if count else _faded(colour))
        if role == Qt.ItemDataRole.ForegroundRole:
            if not count:
                return QBrush(QColor("#5a5a5a"))
            return QBrush(contrast_text(colour))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(count > 0)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SUPPLIERS_ROLE:
            return list(cell["supplier_ids"])
        if role == CELL_ROLE:
            return (l, s)
        return None


class _CellDelegate(QStyledItemDelegate):
    """Keeps the level colour of a selected cell and marks the selection with a thick frame."""

    def paint(self, painter, option, index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        option.state &= ~QStyle.StateFlag.State_Selected
        option.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, option, index)
        if selected:
            painter.save()
            painter.setPen(QPen(QColor("#0072B2"), 4))
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
            painter.restore()


class HeatMapView(QTableView):
    """The grid: square-ish cells that stretch with the view; one cell selected at a time."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("riskHeatMap")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setShowGrid(True)
        self.setStyleSheet("QTableView { gridline-color: #ffffff; }")
        self.setItemDelegate(_CellDelegate(self))
        self.setMinimumSize(420, 300)
