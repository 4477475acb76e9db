"""The companies view: every supplier with its index, band, area scores, risk, plan and size."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout)

from gui.models.dataframe_model import SOURCE_ROW_ROLE, Column, DataFrameModel
from gui.registry import ViewSpec, register_view
from gui.views.base import View

SEARCH_DELAY_MS = 150
KINDS = {"text": "text", "number": "number", "percent": "percent", "count": "integer",
         "date": "text", "words": "label"}


def company_columns(frame: pd.DataFrame, labels) -> list[Column]:
    """The table's columns: the read-model's list for the table (core.programme.columns), then
    one per area; titles and words from the catalogue and the programme's ``labels``."""
    from core import catalogue
    from core.programme.columns import columns_for
    language = labels.language
    colours = {"band": labels.band_colours(), "risk": labels.risk_colours()}
    cols = []
    for c in columns_for("table"):
        words = (lambda v, d=c.words: labels.word(d, v)) if c.kind == "words" else None
        cols.append(Column(c.key, catalogue.label(c.header, language), KINDS[c.kind], c.decimals,
                           labels=words, colours=colours.get(c.words or "", {}),
                           context="Catalogue", searchable=c.searchable))
    for key in frame.columns:
        if key.startswith("area:"):
            cols.append(Column(key, labels.area_label(key.split(":", 1)[1]), "number", 0,
                               context="Areas"))
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
        self.only_flagged = QCheckBox()       # companies whose latest assessment has quality flags
        self.only_flagged.setObjectName("onlyFlagged")
        self.only_flagged.toggled.connect(
            lambda on: self.model.set_equals("flagged", True if on else None))
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
        bar.addWidget(self.only_flagged)
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
        self.only_flagged.setText(self.tr("Only flagged"))
        self.only_flagged.setToolTip(self.tr("Companies whose latest assessment has data-quality flags"))
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
        labels = self.context.session.labels(self.context.language)
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
        labels = self.context.session.labels(self.context.language)
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
            try:
                self.export_csv(path)
            except Exception as exc:  # noqa: BLE001 - a refused or failed write is shown, not raised
                from PySide6.QtWidgets import QMessageBox

                from gui.workers import error_text
                QMessageBox.warning(self, self.tr("Export table"), error_text(exc, self.context.language))

    def export_csv(self, path: str) -> None:
        """Write the visible rows in the current order, with the titles and texts shown (through
        the safe writer: no formula, never over the open programme, whole or not at all)."""
        import csv

        from core.safe_output import atomic_output, safe_csv_field
        model = self.model
        project = getattr(self.context.session, "project", None)
        with atomic_output(path, [getattr(project, "path", None)]) as temp:
            with open(temp, "w", newline="", encoding="utf-8-sig") as handle:
                writer = csv.writer(handle)
                writer.writerow([safe_csv_field(model.headerData(c, Qt.Orientation.Horizontal))
                                 for c in range(model.columnCount())])
                for r in range(model.rowCount()):
                    writer.writerow([safe_csv_field(model.data(model.index(r, c)))
                                     for c in range(model.columnCount())])

    def _open_company(self, index) -> None:
        row = self.model.data(index, SOURCE_ROW_ROLE)
        if row is None:
            return
        values = self.model.frame.iloc[int(row)]
        self.context.session.select(values.get("chain_id"), values.get("company_id"))


register_view(ViewSpec("companies", QT_TRANSLATE_NOOP("Views", "Companies"), CompaniesView,
                       order=10, shortcut="Ctrl+1"))
