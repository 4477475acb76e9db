"""The matrix chooser of the risk view: pick one of the built-in matrices, see its grid, and
see which suppliers would change level before the choice is saved (a core edit, undoable)."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout

from gui.models.dataframe_model import Column, DataFrameModel
from gui.widgets.heatmap import HeatMapModel, HeatMapView

CHANGE_COLUMNS = [
    ("company_id", QT_TRANSLATE_NOOP("MatrixChooser", "Supplier")),
    ("before", QT_TRANSLATE_NOOP("MatrixChooser", "Level now")),
    ("after", QT_TRANSLATE_NOOP("MatrixChooser", "Level with this matrix")),
]


class MatrixChooser(QGroupBox):
    """``chosen(matrix)`` when the user saves the matrix previewed."""

    chosen = Signal(object)
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("matrixChooser")
        self.conn = None
        self.language = "en"
        self.current_id = None
        self.combo = QComboBox()
        self.combo.setObjectName("matrixCombo")
        self.combo.currentIndexChanged.connect(lambda _i: self.preview())
        self.grid_model = HeatMapModel(self)
        self.grid = HeatMapView()
        self.grid.setModel(self.grid_model)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.changes = DataFrameModel()
        self.table = QTableView()
        self.table.setModel(self.changes)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.save, self.cancel = QPushButton(), QPushButton()
        self.save.setObjectName("saveMatrix")
        self.save.clicked.connect(lambda: self.matrix() is not None and self.chosen.emit(self.matrix()))
        self.cancel.clicked.connect(self.cancelled.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.combo)
        layout.addWidget(self.grid, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Risk matrix of the programme"))
        self.save.setText(self.tr("Use this matrix"))
        self.cancel.setText(self.tr("Cancel"))
        self.preview()

    def load(self, conn, current_id: str | None, language: str) -> None:
        """List the built-in matrices with the programme's current one selected."""
        from core.risk.matrix import builtin_matrix_ids, get_matrix
        self.conn, self.current_id, self.language = conn, current_id, language
        self.combo.blockSignals(True)
        self.combo.clear()
        for ident in builtin_matrix_ids():
            m = get_matrix(ident)
            self.combo.addItem(f"{m.label(language)} ({m.size[0]}×{m.size[1]})", ident)
        index = self.combo.findData(current_id)
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)
        self.preview()

    def matrix(self):
        from core.risk.matrix import get_matrix
        ident = self.combo.currentData()
        return get_matrix(ident) if ident else None

    def select(self, ident: str) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(ident)))

    def preview(self) -> None:
        """Draw the grid of the matrix chosen and the suppliers it would re-classify."""
        matrix = self.matrix() if self.combo.count() else None
        self.grid_model.set_heat_map(None, matrix, self.language)
        frame = pd.DataFrame(columns=["company_id", "before", "after"])
        if matrix is not None and self.conn is not None:
            from core.risk.edits import reclassification
            from core.risk.store import project_matrix
            try:
                change = reclassification(self.conn, matrix)
            except Exception:  # noqa: BLE001 - a matrix too small for the register: said on save
                change = None
            if change is not None:
                now = {lv.name: lv.label(self.language) for lv in project_matrix(self.conn).levels}
                new = {lv.name: lv.label(self.language) for lv in matrix.levels}
                moved = change[change["changed"]]
                frame = pd.DataFrame({"company_id": moved["company_id"],
                                      "before": [now.get(v, "—") for v in moved["level_before"]],
                                      "after": [new.get(v, "—") for v in moved["level_after"]]})
                self.summary.setText(self.tr("%1 of %2 suppliers change level with this matrix.")
                                     .replace("%1", str(len(frame))).replace("%2", str(len(change))))
        self.changes.set_frame(frame, [Column(k, t, context="MatrixChooser") for k, t in CHANGE_COLUMNS])
        self.save.setEnabled(matrix is not None and matrix.id != self.current_id)
