"""The base of the company view's tabs (a table, a message line and buttons): the Risks tab
(:mod:`gui.views.company_risks`), the Plan tab (:mod:`gui.views.company_plan`) and the KPIs tab
(:mod:`gui.views.company_kpis`) build on it."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from gui.models.dataframe_model import SOURCE_ROW_ROLE, Column, DataFrameModel


def _date_text(value) -> str:
    if value is None or value != value or value == "":
        return ""
    day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    from PySide6.QtCore import QDate
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class _Tab(QWidget):
    context_name = "Tab"

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.company: str | None = None
        self.model = DataFrameModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.company is not None:
                self.show_company(self.company)
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Re-apply button texts."""

    def show_company(self, company_id: str | None) -> None:
        """Fill the tab for ``company_id`` (None: empty)."""

    def _selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.model.data(rows[0], SOURCE_ROW_ROLE)
        return self.model.frame.iloc[int(source)].to_dict()

    def _columns(self, spec, labels=None, colours=None) -> list[Column]:
        return [Column(key, title, kind, labels=labels if kind == "label" else None,
                       colours=(colours or {}) if kind == "label" else {}, context=self.context_name)
                for key, title, kind in spec]

    def _fit(self) -> None:
        self.table.resizeColumnsToContents()
        for c in range(self.model.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 340))
