"""Programme results by group on the dashboard: a "group by" selector (women-led, size class,
sector, region) over the core's grouped table (core.setup.groups)."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from gui.models.dataframe_model import Column, DataFrameModel


class GroupResults(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self._flags: dict | None = None
        self.label = QLabel()
        self.by = QComboBox()
        self.by.setObjectName("groupBy")
        self.by.currentIndexChanged.connect(lambda _i: self.redraw())
        self.model = DataFrameModel()
        self.table = QTableView()
        self.table.setObjectName("groupResults")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.by)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.retranslate_ui()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        from core import catalogue
        from core.setup.groups import GROUPINGS
        language = self.context.language
        self.label.setText(self.tr("Group by:"))
        current = self.by.currentData()
        self.by.blockSignals(True)
        self.by.clear()
        for key in GROUPINGS:
            self.by.addItem(catalogue.text(f"setup.group_{key}", language), key)
        self.by.setCurrentIndex(max(0, self.by.findData(current)))
        self.by.blockSignals(False)
        self.redraw()

    def show_figures(self, report: dict | None) -> None:
        """Take the certification of each supplier from the dashboard's figures, then draw."""
        from core.setup.groups import company_flags
        self._flags = None if report is None else company_flags(report)
        self.redraw()

    def redraw(self) -> None:
        session = self.context.session
        if not session.is_open or self._flags is None:
            self.model.set_frame(pd.DataFrame(), [])
            return
        from core.setup.groups import group_results, labelled
        by = self.by.currentData() or "women_led"
        frame = labelled(group_results(session.project.conn, by, flags=self._flags), by,
                         self.context.language)
        columns = [Column(c, c, "number" if k in (3, 4, 5) else "text" if k == 0 else "integer",
                          context="GroupResults") for k, c in enumerate(frame.columns)]
        self.model.set_frame(frame, columns)
        self.table.resizeColumnsToContents()
