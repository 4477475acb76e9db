"""Buyers' demands and their matches: register a demand, see the ranked suppliers with why, move
a match along the pipeline, turn what a near supplier lacks into a plan action, and hand the
buyer a shortlist (workbook or PDF)."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QMessageBox, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from gui.models.dataframe_model import SOURCE_ROW_ROLE, Column, DataFrameModel
from gui.registry import ViewSpec, register_view
from gui.views.base import View

DEMAND_COLUMNS = [Column("id", QT_TRANSLATE_NOOP("Demands", "Id"), context="Demands"),
                  Column("buyer", QT_TRANSLATE_NOOP("Demands", "Buyer"), context="Demands"),
                  Column("title", QT_TRANSLATE_NOOP("Demands", "Demand"), context="Demands"),
                  Column("requirements", QT_TRANSLATE_NOOP("Demands", "Requirements"), context="Demands"),
                  Column("deadline", QT_TRANSLATE_NOOP("Demands", "Deadline"), context="Demands")]
MATCH_COLUMNS = [Column("rank", QT_TRANSLATE_NOOP("Demands", "#"), "integer", context="Demands"),
                 Column("company", QT_TRANSLATE_NOOP("Demands", "Supplier"), context="Demands"),
                 Column("status_label", QT_TRANSLATE_NOOP("Demands", "Status"), "label",
                        colours={}),
                 Column("score", QT_TRANSLATE_NOOP("Demands", "Score"), "number", 1, context="Demands"),
                 Column("explanation", QT_TRANSLATE_NOOP("Demands", "Why"), context="Demands"),
                 Column("stage_label", QT_TRANSLATE_NOOP("Demands", "Stage"), context="Demands")]


class DemandsView(View):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.report: dict | None = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.demands = DataFrameModel(DEMAND_COLUMNS)
        self.demand_table = self._table(self.demands, "demandsTable")
        self.demand_table.selectionModel().selectionChanged.connect(lambda *_: self.show_matches())
        self.matches = DataFrameModel(MATCH_COLUMNS)
        self.match_table = self._table(self.matches, "matchesTable")
        self.match_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.match_table.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new = QPushButton()
        self.new.clicked.connect(self.new_demand)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._import_demands)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.edit_settings)
        self.stage = QPushButton()
        self.stage.clicked.connect(self.set_stage)
        self.seed = QPushButton()
        self.seed.clicked.connect(self.seed_action)
        self.workbook = QPushButton()
        self.workbook.clicked.connect(self.shortlist_workbook)
        self.pdf = QPushButton()
        self.pdf.clicked.connect(self.shortlist_pdf)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.settings_button)
        row.addWidget(self.import_button)
        row.addWidget(self.new)
        top_layout.addLayout(row)
        top_layout.addWidget(self.demand_table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.match_table, 1)
        buttons = QHBoxLayout()
        for button in (self.stage, self.seed):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.workbook, self.pdf):
            buttons.addWidget(button)
        bottom_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([220, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate_ui()

    @staticmethod
    def _table(model, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        return view

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Buyers' demands"))
        self.new.setText(self.tr("New demand…"))
        self.settings_button.setText(self.tr("Match settings…"))
        self.import_button.setText(self.tr("Import demands…"))
        self.stage.setText(self.tr("Pipeline stage…"))
        self.seed.setText(self.tr("Plan an action for what it lacks"))
        self.workbook.setText(self.tr("Shortlist workbook…"))
        self.pdf.setText(self.tr("Shortlist PDF…"))
        self.demands.retranslate()
        self.matches.retranslate()
        self.on_programme_changed()

    def on_programme_changed(self) -> None:
        session = self.context.session
        keep = self.current_demand()
        if not session.is_open:
            self.demands.set_frame(pd.DataFrame(columns=[c.key for c in DEMAND_COLUMNS]))
            self.show_matches()
            return
        from core.directory.service import demand_rows, labellers
        conn = session.project.conn
        band_label, _risk = labellers(conn, self.context.language)
        names = dict(conn.execute("SELECT id, name FROM companies"))
        rows = demand_rows(conn)
        self.demands.set_frame(pd.DataFrame({
            "id": [d["id"] for d in rows],
            "buyer": [names.get(d["buyer_id"]) or d["buyer_id"] for d in rows],
            "title": [d["title"] for d in rows],
            "requirements": [", ".join(d["required_certs"] + d["codes"] +
                                       ([band_label(d["min_band"])] if d["min_band"] else []))
                             for d in rows],
            "deadline": [d["deadline"] or "" for d in rows]},
            columns=[c.key for c in DEMAND_COLUMNS]))
        self.demand_table.resizeColumnsToContents()
        ids = list(self.demands.frame["id"])
        if ids:
            target = ids.index(keep) if keep in ids else 0
            self.demand_table.selectRow(self._view_row(self.demands, target))
        self.show_matches()

    @staticmethod
    def _view_row(model, source_row: int) -> int:
        for r in range(model.rowCount()):
            if model.data(model.index(r, 0), SOURCE_ROW_ROLE) == source_row:
                return r
        return 0

    def current_demand(self) -> str | None:
        rows = self.demand_table.selectionModel().selectedRows() \
            if self.demand_table.selectionModel() else []
        if not rows:
            return None
        source = self.demands.data(rows[0], SOURCE_ROW_ROLE)
        return None if source is None else str(self.demands.frame.iloc[int(source)]["id"])

    def current_match(self) -> dict | None:
        rows = self.match_table.selectionModel().selectedRows()
        if not rows or self.report is None:
            return None
        source = self.matches.data(rows[0], SOURCE_ROW_ROLE)
        return None if source is None else self.report["matches"][int(source)]

    def show_matches(self) -> None:
        demand_id = self.current_demand()
        session = self.context.session
        if demand_id is None or not session.is_open:
            self.report = None
            self.matches.set_frame(pd.DataFrame(columns=[c.key for c in MATCH_COLUMNS]))
            self.summary.setText(self.tr("Register a demand to see the suppliers that match it."))
            self._enable()
            return
        from core import catalogue
        from core.directory.service import match_report
        lang = self.context.language
        self.report = match_report(session.project.conn, demand_id, lang)
        ms = self.report["matches"]
        self.matches.set_frame(pd.DataFrame({
            "rank": [m["rank"] for m in ms],
            "company": [f"{m['name'] or ''} ({m['company_id']})" for m in ms],
            "status_label": [m["status_label"] for m in ms],
            "score": pd.Series([m["score"] for m in ms], dtype=float),
            "explanation": [m["explanation"] for m in ms],
            "stage_label": [catalogue.text(f"directory.stage.{m['stage']}", lang)
                            if m["stage"] else "" for m in ms]},
            columns=[c.key for c in MATCH_COLUMNS]),
            [*MATCH_COLUMNS[:2],
             Column("status_label", MATCH_COLUMNS[2].title, "label",
                    colours={catalogue.text("directory.status.qualified", lang): "#b6d7a8",
                             catalogue.text("directory.status.near", lang): "#fff2cc"},
                    context="Demands"),
             *MATCH_COLUMNS[3:]])
        self.match_table.resizeColumnsToContents()
        self.match_table.setColumnWidth(4, 520)
        self.match_table.resizeRowsToContents()
        qualified = sum(m["qualified"] for m in ms)
        self.summary.setText(self.tr("%1: %2 — %3 qualify, %4 nearly qualify.")
                             .replace("%1", demand_id).replace("%2", self.report["demand"]["title"])
                             .replace("%3", str(qualified)).replace("%4", str(len(ms) - qualified)))
        self._enable()

    def _enable(self) -> None:
        match = self.current_match()
        self.stage.setEnabled(match is not None)
        self.seed.setEnabled(match is not None and not match["qualified"])
        for button in (self.workbook, self.pdf):
            button.setEnabled(self.report is not None)

    # -- actions -------------------------------------------------------------------------------
    def new_demand(self) -> None:
        if not self.context.session.is_open:
            return
        from gui.dialogs.demand_dialog import DemandDialog
        dialog = DemandDialog(self.context, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_demand(dialog.demand())

    def add_demand(self, demand) -> str | None:
        """Register ``demand`` as one undoable edit; its id, or None when refused."""
        from core.directory.demands import add_demand_edit, validate_demand
        from core.directory.matching import risk_level_names
        from core.directory.suppliers import DEFAULT_BANDS
        from core.errors import UserInputError
        from core.messages import describe_error
        conn = self.context.session.project.conn
        try:
            validate_demand(conn, demand, set(DEFAULT_BANDS), risk_level_names(conn))
            edit, demand_id = add_demand_edit(conn, demand)
        except UserInputError as exc:
            QMessageBox.warning(self, self.tr("New demand"), describe_error(exc, self.context.language))
            return None
        return demand_id if self.context.edits.push_edit(edit) else None

    def _import_demands(self) -> None:
        if not self.context.session.is_open:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import demands"), "",
                                              self.tr("Workbooks (*.xlsx *.xls *.ods *.csv)"))
        if path:
            self.import_demands(path)

    def import_demands(self, path: str) -> list[str]:
        """Register a demand workbook as one undoable edit; the new ids ([] when refused)."""
        from core.directory.demand_workbook import demands_edit, read_demands
        from core.directory.matching import risk_level_names
        from core.directory.suppliers import DEFAULT_BANDS
        from core.errors import UserInputError
        from core.messages import describe_error
        conn = self.context.session.project.conn
        bands, levels = set(DEFAULT_BANDS), risk_level_names(conn)
        try:
            edit, ids = demands_edit(conn, read_demands(path, bands, levels), bands, levels)
        except UserInputError as exc:
            QMessageBox.warning(self, self.tr("Import demands"),
                                describe_error(exc, self.context.language))
            return []
        return ids if self.context.edits.push_edit(edit) else []

    def edit_settings(self) -> None:
        if not self.context.session.is_open:
            return
        from core.directory.settings import load_settings, save_settings
        from core.project.db import transaction
        from gui.dialogs.match_settings import MatchSettingsDialog
        conn = self.context.session.project.conn
        dialog = MatchSettingsDialog(load_settings(conn), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            with transaction(conn):
                save_settings(conn, dialog.settings())
            self.show_matches()

    def set_stage(self) -> None:
        match = self.current_match()
        if match is None:
            return
        from gui.dialogs.match_stage import MatchStageDialog
        dialog = MatchStageDialog(self.context, match["company_id"], match["stage"], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_stage(match["company_id"], **dialog.values())

    def apply_stage(self, company_id: str, stage: str, on: str, value=None, reason=None) -> bool:
        from core.directory.pipeline import stage_edit
        from core.errors import UserInputError
        from core.messages import describe_error
        try:
            edit = stage_edit(self.context.session.project.conn, self.report["demand"]["id"],
                              company_id, stage, on, value, reason)
        except UserInputError as exc:
            QMessageBox.warning(self, self.tr("Pipeline"), describe_error(exc, self.context.language))
            return False
        return self.context.edits.push_edit(edit)

    def seed_action(self) -> bool:
        match = self.current_match()
        if match is None or match["qualified"]:
            return False
        from core.directory.explain import requirement_text
        from core.directory.matching import Requirement
        from core.directory.seed import seed_action_edit
        from core.directory.service import labellers
        conn = self.context.session.project.conn
        lang = self.context.language
        band_label, risk_label = labellers(conn, lang)
        missing = [Requirement(**r) for r in match["requirements_missing"]]
        edit = seed_action_edit(conn, match["company_id"], self.report["demand"]["id"],
                                self.report["demand"]["title"], missing, lang,
                                lambda r: requirement_text(r, lang, band_label, risk_label))
        return self.context.edits.push_edit(edit)

    def shortlist_workbook(self) -> None:
        if self.report is None:
            return
        name = self.tr("shortlist") + f" {self.report['demand']['id']}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Shortlist workbook"), name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self._write(lambda: self._write_workbook(path))

    def _write_workbook(self, path: str) -> None:
        from core.directory.outputs import write_shortlist_workbook
        project = self.context.session.project
        buyer = project.company(self.report["demand"]["buyer_id"])
        write_shortlist_workbook(path, self.report, buyer.name if buyer else None,
                                 self.context.language, inputs=[project.path])

    def shortlist_pdf(self) -> None:
        if self.report is None:
            return
        name = self.tr("shortlist") + f" {self.report['demand']['id']}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Shortlist PDF"), name,
                                              self.tr("PDF document (*.pdf)"))
        if path:
            from gui.reports.directory_pdf import write_shortlist_pdf
            self._write(lambda: write_shortlist_pdf(self.context.session.project, self.report,
                                                    path, self.context.language))

    def _write(self, work) -> None:
        try:
            work()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            from gui.workers import error_text
            QMessageBox.warning(self, self.tr("Shortlist"), error_text(exc))

    def smoke_states(self):
        def first_match() -> None:
            if self.matches.rowCount():
                self.match_table.selectRow(0)
        return [("match", first_match)]


register_view(ViewSpec("demands", QT_TRANSLATE_NOOP("Views", "Demands"), DemandsView, order=62))
