"""The supplier directory: search profiles (accents and case ignored), filter by code,
certification, band, risk, region and freshness; export a workbook or print a catalogue."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView,
                               QVBoxLayout)

from gui.models.dataframe_model import Column, DataFrameModel
from gui.registry import ViewSpec, register_view
from gui.views.base import View

COLUMNS = [
    Column("company_id", QT_TRANSLATE_NOOP("Directory", "Id"), context="Directory"),
    Column("name", QT_TRANSLATE_NOOP("Directory", "Company"), context="Directory"),
    Column("region", QT_TRANSLATE_NOOP("Directory", "Region"), context="Directory"),
    Column("products_text", QT_TRANSLATE_NOOP("Directory", "Products and services"), context="Directory"),
    Column("codes_text", QT_TRANSLATE_NOOP("Directory", "Codes"), context="Directory"),
    Column("certs_text", QT_TRANSLATE_NOOP("Directory", "Certifications"), context="Directory"),
    Column("index", QT_TRANSLATE_NOOP("Directory", "Index"), "number", 1, context="Directory"),
    Column("band_label", QT_TRANSLATE_NOOP("Directory", "Band"), context="Directory"),
    Column("risk_label", QT_TRANSLATE_NOOP("Directory", "Risk"), context="Directory"),
    Column("verified_text", QT_TRANSLATE_NOOP("Directory", "Profile verified"), context="Directory"),
]
BAND_COLOURS = {"not_ready": "#f4cccc", "developing": "#fff2cc", "linkage_ready": "#d9ead3"}


class DirectoryView(View):
    """Search and filters on top, the matching suppliers below, outputs at the bottom."""

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self._suppliers = None            # the supplier frame of the open programme (cached)
        self._rows: list[dict] = []
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.search = QLineEdit()
        self.search.setObjectName("directorySearch")
        self.search.setClearButtonEnabled(True)
        self.code = QLineEdit()
        self.cert = QLineEdit()
        self.band = QComboBox()
        self.risk = QComboBox()
        self.region = QComboBox()
        self.freshness = QComboBox()
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        for edit in (self.search, self.code, self.cert):
            edit.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.band, self.risk, self.region, self.freshness):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.model = DataFrameModel(COLUMNS)
        self.model.set_frame(pd.DataFrame(columns=[c.key for c in COLUMNS]))   # before sorting
        self.table = QTableView()
        self.table.setObjectName("directoryTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open_company)
        self.count = QLabel()
        self.export = QPushButton()
        self.export.clicked.connect(self._export)
        self.catalogue = QPushButton()
        self.catalogue.clicked.connect(self._print_catalogue)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._import_profiles)
        self.labels = {k: QLabel() for k in ("search", "code", "cert", "band", "risk", "region",
                                             "freshness")}
        grid = QGridLayout()
        grid.addWidget(self.labels["search"], 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 5)
        grid.addWidget(self.labels["code"], 1, 0)
        grid.addWidget(self.code, 1, 1)
        grid.addWidget(self.labels["cert"], 1, 2)
        grid.addWidget(self.cert, 1, 3)
        grid.addWidget(self.labels["band"], 1, 4)
        grid.addWidget(self.band, 1, 5)
        grid.addWidget(self.labels["risk"], 2, 0)
        grid.addWidget(self.risk, 2, 1)
        grid.addWidget(self.labels["region"], 2, 2)
        grid.addWidget(self.region, 2, 3)
        grid.addWidget(self.labels["freshness"], 2, 4)
        grid.addWidget(self.freshness, 2, 5)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export)
        bottom.addWidget(self.catalogue)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.retranslate_ui()

    # -- hooks ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Supplier directory"))
        self.search.setPlaceholderText(self.tr("Products, processes, machinery, names… (accents "
                                               "and case do not matter)"))
        texts = {"search": self.tr("Search"), "code": self.tr("Code"),
                 "cert": self.tr("Certification"), "band": self.tr("Band at least"),
                 "risk": self.tr("Risk at most"), "region": self.tr("Region"),
                 "freshness": self.tr("Profile")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.code.setPlaceholderText(self.tr("e.g. 22 or 2511"))
        self.cert.setPlaceholderText(self.tr("e.g. ISO 9001"))
        self.export.setText(self.tr("Export workbook…"))
        self.catalogue.setText(self.tr("Print catalogue (PDF)…"))
        self.import_button.setText(self.tr("Import profiles…"))
        self._fill_choices()
        self.model.retranslate()
        self._show_count()

    def on_programme_changed(self) -> None:
        self._suppliers = None
        self._fill_choices()
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._suppliers is None:
            self.refresh()

    # -- filters -------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        session = self.context.session
        language = self.context.language
        keep = {c: c.currentData() for c in (self.band, self.risk, self.region, self.freshness)}
        for combo in keep:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Any"), None)
        if session.is_open:
            from core.directory.service import labellers
            from core.directory.suppliers import DEFAULT_BANDS
            band_label, risk_label = labellers(session.project.conn, language)
            for band in DEFAULT_BANDS:
                self.band.addItem(band_label(band), band)
            from core.directory.matching import risk_level_names
            for level in risk_level_names(session.project.conn):
                self.risk.addItem(risk_label(level), level)
            regions = sorted({r for (r,) in session.project.conn.execute(
                "SELECT DISTINCT region FROM capability_profiles WHERE region IS NOT NULL")},
                key=str.casefold)
            for region in regions:
                self.region.addItem(region, region)
        self.freshness.addItem(self.tr("Fresh only"), "fresh")
        self.freshness.addItem(self.tr("Stale only"), "stale")
        for combo, data in keep.items():
            index = combo.findData(data)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)

    def query(self):
        from core.directory.search import DirectoryQuery
        code = self.code.text().strip()
        cert = self.cert.text().strip()
        return DirectoryQuery(self.search.text(), [code] if code else [], [cert] if cert else [],
                              self.band.currentData(), self.risk.currentData(),
                              self.region.currentData(), self.freshness.currentData())

    # -- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Search again in a worker (the supplier frame is read once per programme change)."""
        session = self.context.session
        if not session.is_open:
            self._show([])
            return
        project, language, query, cached = session.project, self.context.language, \
            self.query(), self._suppliers

        def work(progress):
            from core.directory.service import directory_rows
            from core.directory.settings import load_settings
            from core.directory.suppliers import supplier_frame
            suppliers = cached if cached is not None else \
                supplier_frame(project.conn, load_settings(project.conn))
            return suppliers, directory_rows(project.conn, query, language, suppliers=suppliers)

        def done(result) -> None:
            if session.project is project:
                self._suppliers, rows = result
                self._show(rows)

        self.context.runner.run(work, key="directory", on_result=done)

    def _show(self, rows: list[dict]) -> None:
        self._rows = rows
        from PySide6.QtCore import QDate, QLocale
        locale = QLocale()

        def day(text):
            if not text:
                return ""
            d = QDate.fromString(text, "yyyy-MM-dd")
            return locale.toString(d, QLocale.FormatType.ShortFormat) if d.isValid() else text
        frame = pd.DataFrame({
            "company_id": [r["company_id"] for r in rows],
            "name": [r["name"] or "" for r in rows],
            "region": [r["region"] or "" for r in rows],
            "products_text": ["; ".join(r["products"]) for r in rows],
            "codes_text": [", ".join(r["codes"]) for r in rows],
            "certs_text": [", ".join(r["certifications"]) for r in rows],
            "index": pd.Series([r["index"] for r in rows], dtype=float),
            "band_label": [r["band_label"] for r in rows],
            "risk_label": [r["risk_label"] for r in rows],
            "verified_text": [day(r["verified_on"]) + (" ⚠ " + self.tr("stale") if r["stale"]
                                                       else "") for r in rows]},
            columns=[c.key for c in COLUMNS])
        self.model.set_frame(frame)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 320))
        self._show_count()

    def _show_count(self) -> None:
        stale = sum(1 for r in self._rows if r["stale"])
        text = self.tr("%n supplier(s)", "", len(self._rows))
        if stale:
            text += " · " + self.tr("%n stale profile(s)", "", stale)
        self.count.setText(text)

    def _open_company(self, index) -> None:
        from gui.models.dataframe_model import SOURCE_ROW_ROLE
        row = self.model.data(index, SOURCE_ROW_ROLE)
        if row is not None:
            self.context.session.select(None, self.model.frame.iloc[int(row)]["company_id"])

    # -- outputs -------------------------------------------------------------------------------
    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the directory"),
                                              self.tr("directory") + ".xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        from core.directory.outputs import write_directory_workbook
        project = self.context.session.project
        try:
            write_directory_workbook(path, self._rows, self.context.language,
                                     inputs=[project.path])
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing half-written
            from gui.workers import error_text
            QMessageBox.warning(self, self.tr("Export the directory"), error_text(exc))

    def _print_catalogue(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print the catalogue"),
                                              self.tr("supplier catalogue") + ".pdf",
                                              self.tr("PDF document (*.pdf)"))
        if not path:
            return
        from gui.reports.directory_pdf import write_catalogue_pdf
        session = self.context.session
        try:
            write_catalogue_pdf(session.project, self._rows, path, self.context.language)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            from gui.workers import error_text
            QMessageBox.warning(self, self.tr("Print the catalogue"), error_text(exc))

    def _import_profiles(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import capability profiles"), "",
                                              self.tr("Workbooks (*.xlsx *.xls *.ods *.csv)"))
        if path:
            self.import_profiles(path)

    def import_profiles(self, path: str) -> bool:
        """Read a profiles workbook and save it as one undoable edit (all or nothing)."""
        from core.directory.bulk import bulk_profiles_edit, read_profiles
        from core.errors import UserInputError
        from core.messages import describe_error
        try:
            edit = bulk_profiles_edit(self.context.session.project.conn, read_profiles(path))
        except UserInputError as exc:
            QMessageBox.warning(self, self.tr("Import capability profiles"),
                                describe_error(exc, self.context.language))
            return False
        return self.context.edits.push_edit(edit)

    def smoke_states(self):
        return [("search", lambda: self.search.setText("envase"))]


register_view(ViewSpec("directory", QT_TRANSLATE_NOOP("Views", "Directory"), DirectoryView,
                       order=60))
