"""The companies view: every supplier with its index, band, area scores, risk, plan and size."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout)

from gui.models.dataframe_model import SOURCE_ROW_ROLE, Column, DataFrameModel
from gui.registry import ViewSpec, register_view
from gui.views.base import View

COLUMN_TITLES = {
    "company_id": QT_TRANSLATE_NOOP("Columns", "Id"),
    "name": QT_TRANSLATE_NOOP("Columns", "Company"),
    "chain_name": QT_TRANSLATE_NOOP("Columns", "Value chain"),
    "index": QT_TRANSLATE_NOOP("Columns", "Index"),
    "band": QT_TRANSLATE_NOOP("Columns", "Band"),
    "risk_level": QT_TRANSLATE_NOOP("Columns", "Risk"),
    "plan_progress": QT_TRANSLATE_NOOP("Columns", "Plan progress"),
    "size_class": QT_TRANSLATE_NOOP("Columns", "Size"),
    "round": QT_TRANSLATE_NOOP("Columns", "Round"),
    "coverage": QT_TRANSLATE_NOOP("Columns", "Coverage"),
}
SEARCH_DELAY_MS = 150


def company_columns(frame: pd.DataFrame, labels) -> list[Column]:
    """The columns to show for a companies frame; ``labels`` names bands, areas, levels, sizes."""
    cols = [Column("company_id", COLUMN_TITLES["company_id"], searchable=True),
            Column("name", COLUMN_TITLES["name"], searchable=True),
            Column("chain_name", COLUMN_TITLES["chain_name"], searchable=True),
            Column("index", COLUMN_TITLES["index"], "number", 1),
            Column("band", COLUMN_TITLES["band"], "label", labels=labels.band_label,
                   colours=labels.band_colours()),
            Column("risk_level", COLUMN_TITLES["risk_level"], "label", labels=labels.risk_label,
                   colours=labels.risk_colours()),
            Column("plan_progress", COLUMN_TITLES["plan_progress"], "percent"),
            Column("size_class", COLUMN_TITLES["size_class"], "label", labels=labels.size_label)]
    for key in frame.columns:
        if key.startswith("area:"):
            area = key.split(":", 1)[1]
            cols.append(Column(key, labels.area_label(area), "number", 0, context="Areas"))
    cols.append(Column("coverage", COLUMN_TITLES["coverage"], "percent"))
    return cols


class CompaniesView(View):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.model = DataFrameModel()
        self.table = QTableView()
        self.table.setObjectName("companiesTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.activated.connect(self._open_company)         # double-click or Enter
        self.search = QLineEdit()
        self.search.setObjectName("companySearch")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self._apply_search())
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        from PySide6.QtGui import QKeySequence, QShortcut
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        self.band_filter = QComboBox()
        self.band_filter.setObjectName("bandFilter")
        self.band_filter.currentIndexChanged.connect(self._apply_band)
        self.count = QLabel()
        self.export = QPushButton()
        self.export.setObjectName("exportCompanies")
        self.export.clicked.connect(self._export)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.band_filter, 1)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._widths: dict[str, int] = {}
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._restore_widths)
        self.model.layoutChanged.connect(self._update_count)
        self.retranslate_ui()
        self.on_programme_changed()

    # -- hooks ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by id, name or value chain…"))
        self.export.setText(self.tr("Export table…"))
        self.export.setToolTip(self.tr("Save the rows shown, as shown, to a CSV file."))
        self._fill_band_filter()
        if self.context.session.is_open:
            self._load()
        self._update_heading()
        self._update_count()

    def on_programme_changed(self) -> None:
        self._load()
        self._fill_band_filter()
        self._update_heading()

    def on_selection_changed(self, chain, company) -> None:
        self.model.set_equals("chain_id", chain)
        self._update_heading()

    # -- behaviour -------------------------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame) -> None:
        """Show ``frame`` (one row per company; used directly by tests and the benchmark)."""
        from gui.labels import Labels
        labels = Labels.for_session(self.context.session, self.context.language)
        self.model.set_frame(frame, company_columns(frame, labels))
        self._resize_columns()

    def _load(self) -> None:
        self.set_frame(self.context.session.companies())

    def _resize_columns(self) -> None:
        """Fit each column to its title and a sample of its values (never the 100,000 rows)."""
        header = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        for c in range(self.model.columnCount()):
            texts = [str(self.model.headerData(c, Qt.Orientation.Horizontal) or "")]
            texts += self.model.sample_texts(c)
            width = max(fm.horizontalAdvance(t) for t in texts) + 28
            self._widths[self.model.column_keys()[c]] = max(56, min(width, 320))
        self._restore_widths()

    def _restore_widths(self) -> None:
        """Filtering resets the model, and Qt then forgets the column widths: put them back."""
        header = self.table.horizontalHeader()
        for c, key in enumerate(self.model.column_keys()):
            if key in self._widths:
                header.resizeSection(c, self._widths[key])

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())

    def _apply_band(self) -> None:
        self.model.set_equals("band", self.band_filter.currentData())

    def _fill_band_filter(self) -> None:
        from gui.labels import Labels
        labels = Labels.for_session(self.context.session, self.context.language)
        current = self.band_filter.currentData()
        self.band_filter.blockSignals(True)
        self.band_filter.clear()
        self.band_filter.addItem(self.tr("All bands"), None)
        for code in labels.band_codes():
            self.band_filter.addItem(labels.band_label(code), code)
        self.band_filter.setCurrentIndex(max(0, self.band_filter.findData(current)))
        self.band_filter.blockSignals(False)

    def _update_count(self) -> None:
        total = len(self.model.frame)
        shown = self.model.rowCount()
        self.count.setText(self.tr("%1 of %2 companies").replace("%1", str(shown)).replace("%2", str(total)))

    def _update_heading(self) -> None:
        session = self.context.session
        chain = session.chain
        name = session.name
        if chain is not None:
            for c in session.value_chains():
                if getattr(c, "id", None) == chain:
                    name = str(getattr(c, "name", chain))
        self.heading.setText(name or self.tr("Companies"))

    def _export(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        from gui.i18n import default_file_name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export table"),
                                              default_file_name("companies", self.context.language), "CSV (*.csv)")
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> None:
        """Write the visible rows in the current order, with the titles and texts shown."""
        import csv
        model = self.model
        with open(path, "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow([model.headerData(c, Qt.Orientation.Horizontal)
                             for c in range(model.columnCount())])
            for r in range(model.rowCount()):
                writer.writerow([model.data(model.index(r, c)) for c in range(model.columnCount())])

    def _open_company(self, index) -> None:
        row = self.model.data(index, SOURCE_ROW_ROLE)
        if row is None:
            return
        values = self.model.frame.iloc[int(row)]
        self.context.session.select(values.get("chain_id"), values.get("company_id"))


register_view(ViewSpec("companies", QT_TRANSLATE_NOOP("Views", "Companies"), CompaniesView,
                       order=10, shortcut="Ctrl+1"))
