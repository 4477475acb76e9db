"""The follow-up page: export a value chain's monthly follow-up workbook, and import a filled-in
one with the same validation report as the survey wizard (every unusable cell with its sheet,
row, column, value and reason, in the workbook's language). The import is one core edit on
the undo stack; reading and checking the workbook runs off the UI thread."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from gui.editors.fields import date_box, day_of
from gui.models.dataframe_model import Column, DataFrameModel
from gui.registry import ViewSpec, register_view
from gui.views.base import View
from gui.workers import error_text

REPORT_COLUMNS = [   # the survey wizard's report columns (and their translations)
    Column("sheet", QT_TRANSLATE_NOOP("ImportWizard", "Sheet"), context="ImportWizard"),
    Column("row", QT_TRANSLATE_NOOP("ImportWizard", "Row"), "integer", context="ImportWizard"),
    Column("column", QT_TRANSLATE_NOOP("ImportWizard", "Column"), context="ImportWizard"),
    Column("value", QT_TRANSLATE_NOOP("ImportWizard", "Value"), context="ImportWizard"),
    Column("problem", QT_TRANSLATE_NOOP("ImportWizard", "Reason"), context="ImportWizard"),
]


class FollowupView(View):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.path: Path | None = None
        self.pending = None                       # (edit, outcome) checked and ready
        self.error = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.chain = QComboBox()
        self.chain.setObjectName("followupChain")
        self.language = QComboBox()
        for text, code in (("English", "en"), ("Español", "es"), ("Português", "pt")):
            self.language.addItem(text, code)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportFollowup")
        self.export_button.clicked.connect(self._export_dialog)
        self.export_box = QGroupBox()
        form = QFormLayout(self.export_box)
        self.chain_label, self.language_label = QLabel(), QLabel()
        form.addRow(self.chain_label, self.chain)
        form.addRow(self.language_label, self.language)
        self.draft_button = QPushButton()
        self.draft_button.setObjectName("draftChainPlans")
        self.draft_button.clicked.connect(self.draft_chain_plans)
        row = QHBoxLayout()
        row.addWidget(self.draft_button)
        row.addWidget(self.export_button, 1)
        form.addRow(row)

        self.import_box = QGroupBox()
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._choose_dialog)
        self.file_label = QLabel()
        self.as_of = date_box(optional=False)
        self.as_of_label = QLabel()
        self.as_of.dateChanged.connect(lambda _d: self.path is not None and self.check(self.path))
        self.summary = QLabel()
        self.summary.setObjectName("followupSummary")
        self.summary.setWordWrap(True)
        self.model = DataFrameModel()
        self.table = QTableView()
        self.table.setObjectName("followupReport")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.export_report = QPushButton()
        self.export_report.clicked.connect(self._export_report_dialog)
        self.run_button = QPushButton()
        self.run_button.setObjectName("runFollowupImport")
        self.run_button.clicked.connect(self.run_import)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.as_of_label)
        top.addWidget(self.as_of)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_report)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        box = QVBoxLayout(self.import_box)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.export_box)
        layout.addWidget(self.import_box, 1)
        self.retranslate_ui()
        self.on_programme_changed()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Monthly follow-up"))
        self.export_box.setTitle(self.tr("1. Export the follow-up workbook"))
        self.chain_label.setText(self.tr("Value chain"))
        self.language_label.setText(self.tr("Language of the workbook"))
        self.export_button.setText(self.tr("Export follow-up workbook…"))
        self.draft_button.setText(self.tr("Draft plans for every supplier"))
        self.import_box.setTitle(self.tr("2. Import the filled-in workbook"))
        self.choose_button.setText(self.tr("Choose workbook…"))
        self.as_of_label.setText(self.tr("Progress true on (rows without their own date):"))
        self.export_report.setText(self.tr("Export report…"))
        self.run_button.setText(self.tr("Import into the programme"))
        if self.path is None:
            self.file_label.setText(self.tr("No workbook chosen."))
        self._show()

    def on_programme_changed(self) -> None:
        session = self.context.session
        current = self.chain.currentText()
        self.chain.clear()
        for chain in session.value_chains() if session.is_open else []:
            self.chain.addItem(chain.name, chain.name)
        index = self.chain.findText(current)
        if index >= 0:
            self.chain.setCurrentIndex(index)
        self.language.setCurrentIndex(max(0, self.language.findData(self.context.language)))

    def on_selection_changed(self, chain, company) -> None:
        for c in self.context.session.value_chains():
            if c.id == chain:
                self.chain.setCurrentIndex(max(0, self.chain.findText(c.name)))

    def draft_chain_plans(self) -> bool:
        """Save a draft plan from the latest diagnosis for every supplier of the chain that has
        none (one edit; suppliers without a diagnosis are named)."""
        from core.plans.edits import draft_plans
        from core.plans.store import chain_members
        session, chain = self.context.session, self.chain.currentData()
        if not session.is_open or not chain:
            return False
        try:
            conn = session.project.conn
            members = chain_members(conn, chain)
            ids = sorted(set(members.loc[members["role"] == "supplier", "company_id"]))
            edit, skipped = draft_plans(conn, ids, date.today(), language=self.context.language,
                                        subject=("chain", chain))
        except Exception as exc:  # noqa: BLE001 - the core's reason, translated
            self.summary.setText(error_text(exc, self.context.language))
            return False
        from core.messages import message
        lang = self.context.language
        done = [c for c in ids if c not in {s for s, _ in skipped}]
        lines = [message("plans.drafted", lang, count=len(done), companies=", ".join(done) or "-")]
        lines += [message("plans.skipped", lang, company=c, reason=message(code, lang, company=c))
                  for c, code in skipped]
        ok = not edit.is_empty and self.context.edits.push_edit(edit)
        self.summary.setText("\n".join(lines))
        return ok

    # -- export -------------------------------------------------------------------------------
    def _export_dialog(self) -> None:
        name = f"{self.tr('follow-up')}-{self.chain.currentText()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export follow-up workbook"), name,
                                              "Excel (*.xlsx)")
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Write the chosen chain's workbook to ``path`` (in a worker)."""
        from core.plans.followup_export import export_followup
        project, chain, language = self.context.session.project, self.chain.currentData(), self.language.currentData()
        if project is None or not chain:
            return
        self.summary.setText(self.tr("Writing %1…").replace("%1", str(path)))
        self.context.runner.run(
            lambda progress: export_followup(project.conn, chain, path, language, progress=progress),
            on_result=lambda written: self.summary.setText(
                self.tr("Follow-up workbook written: %1").replace("%1", str(written))),
            on_error=lambda exc: self.summary.setText(error_text(exc, self.context.language)))

    # -- import -------------------------------------------------------------------------------
    def _choose_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import follow-up workbook"), "",
                                              "Excel (*.xlsx *.xlsm)")
        if path:
            self.check(path)

    def check(self, path: str | Path) -> None:
        """Read and check the workbook (nothing is written): the report, or what would change."""
        from core.plans.followup_import import followup_edit
        project = self.context.session.project
        if project is None:
            return
        self.path, self.pending, self.error = Path(path), None, None
        self.file_label.setText(str(path))
        on = day_of(self.as_of) or date.today()
        self.context.runner.run(lambda progress: followup_edit(project.conn, path, on, progress),
                                key="followup-check", on_result=self._checked, on_error=self._refused)

    def _checked(self, result) -> None:
        self.pending, self.error = result, None
        self._show()

    def _refused(self, exc: BaseException) -> None:
        self.pending, self.error = None, exc
        self._show()

    def report_frame(self) -> pd.DataFrame:
        from core.errors import UserInputError
        from core.plans.followup_report import problem_rows
        if isinstance(self.error, UserInputError) and self.error.problems:
            return pd.DataFrame(problem_rows(self.error))
        return pd.DataFrame(columns=[c.key for c in REPORT_COLUMNS])

    def _show(self) -> None:
        self.model.set_frame(self.report_frame(), REPORT_COLUMNS)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.run_button.setEnabled(self.pending is not None and not self.pending[0].is_empty)
        self.export_report.setEnabled(self.error is not None)
        if self.error is not None:
            from core.errors import UserInputError
            from core.plans.followup_report import describe
            text = (describe(self.error).splitlines()[0] if isinstance(self.error, UserInputError)
                    and self.error.code == "followup_invalid" else error_text(self.error, self.context.language))
            self.summary.setText(text)
        elif self.pending is not None:
            from core.messages import message
            o = self.pending[1]
            self.summary.setText(message(
                "followup_imported", o.language, plans=len(o.plans_changed),
                companies=", ".join(o.plans_changed) or "-", added=o.actions_added,
                actions=o.actions_changed, kpis=o.kpis_changed + o.kpis_added,
                measurements_added=o.measurements_added, measurements_changed=o.measurements_changed)
                + ("" if self.pending[0].is_empty else "  " + self.tr("Not imported yet.")))

    def run_import(self) -> bool:
        """Apply the checked workbook as one edit (Ctrl+Z undoes the whole import)."""
        if self.pending is None or self.pending[0].is_empty:
            return False
        ok = self.context.edits.push_edit(self.pending[0])
        if ok:
            self.summary.setText(self.tr("Imported: %1").replace("%1", self.summary.text()
                                 .replace("  " + self.tr("Not imported yet."), "")))
            self.pending = (self.pending[0].__class__(self.pending[0].action, ()), self.pending[1])
            self.run_button.setEnabled(False)
        return ok

    def _export_report_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), "validation.csv", "CSV (*.csv)")
        if path:
            self.write_report(path)

    def write_report(self, path: str | Path) -> None:
        """The report as CSV through the safe cell writer (text never becomes a formula)."""
        import csv

        from core.reports.safe_cells import csv_value
        from core.safe_output import atomic_output
        frame = self.report_frame()
        project = self.context.session.project
        with atomic_output(path, [getattr(project, "path", None)]) as temp, \
                open(temp, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow([csv_value(self.model.headerData(i, Qt.Orientation.Horizontal))
                             for i in range(self.model.columnCount())])
            for row in frame[[c.key for c in REPORT_COLUMNS]].itertuples(index=False):
                writer.writerow([csv_value(v) for v in row])

    def smoke_states(self):
        """The validation report of a workbook with bad cells (written to a temporary folder)."""
        def report() -> None:
            import tempfile
            if self.chain.count() == 0:
                return
            folder = Path(tempfile.mkdtemp(prefix="encadena-smoke-"))
            sample = smoke_workbook(self.context, self.chain.currentData(), folder,
                                    self.context.language)
            if sample is not None:
                self.check(sample)
                _wait(self.context)
        return [("import_report", report)]


def smoke_workbook(context, chain: str, folder: Path, language: str) -> Path | None:
    """A follow-up workbook of ``chain`` filled in with three mistakes (for the smoke run)."""
    from openpyxl import load_workbook

    from core.plans.followup_export import export_followup
    from core.plans.followup_layout import SHEETS
    path = export_followup(context.session.project.conn, chain, folder / "seguimiento.xlsx", language)
    book = load_workbook(path)
    actions = book[SHEETS["actions"][language]]
    if actions.max_row < 2 or actions["C2"].value is None:
        return None
    actions["K2"] = "mucho"
    actions["I2"] = "31/02/2026"
    measurements = book[SHEETS["measurements"][language]]
    row = next(r for r in range(2, measurements.max_row + 2) if measurements.cell(r, 1).value is None)
    for column, value in enumerate([actions["A2"].value, "K99", "2026-05-01", 12.5], start=1):
        measurements.cell(row, column, value)
    book.save(path)
    return path


def _wait(context) -> None:
    import time

    from PySide6.QtWidgets import QApplication
    end = time.monotonic() + 30
    while context.runner.active() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def install_followup_menu(window) -> None:
    """File menu: Export / Import follow-up workbook… (both open the follow-up page)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction
    export, imp = QAction(window), QAction(window)
    export.setObjectName("actExportFollowup")
    imp.setObjectName("actImportFollowup")

    def open_page(then) -> None:
        window.show_view("followup")
        then(window.views["followup"])
    export.triggered.connect(lambda: open_page(lambda view: view._export_dialog()))
    imp.triggered.connect(lambda: open_page(lambda view: view._choose_dialog()))
    window.menu_file.insertActions(window.act_merge, [export, imp])
    window.act_export_followup, window.act_import_followup = export, imp

    def retranslate() -> None:
        export.setText(QCoreApplication.translate("FollowupView", "Export follow-up workbook…"))
        imp.setText(QCoreApplication.translate("FollowupView", "Import follow-up workbook…"))
        for action in (export, imp):
            action.setEnabled(window.session.is_open)
    window.session.changed.connect(retranslate)
    window.extension_retranslators = getattr(window, "extension_retranslators", []) + [retranslate]
    retranslate()


def add_chain_entries(window, menu, chain_id) -> None:
    """The chain's context-menu entries: draft plans, export / import the follow-up workbook,
    open the certification page (each selects the chain first)."""
    from PySide6.QtCore import QCoreApplication

    def on_page(key: str, then=None):
        def run() -> None:
            window.context.session.select(chain_id, None)
            window.show_view(key)
            if then is not None:
                then(window.views[key])
        return run
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("FollowupView", "Draft plans for every supplier"),
                   on_page("followup", lambda v: v.draft_chain_plans()))
    menu.addAction(QCoreApplication.translate("FollowupView", "Export follow-up workbook…"),
                   on_page("followup", lambda v: v._export_dialog()))
    menu.addAction(QCoreApplication.translate("FollowupView", "Import follow-up workbook…"),
                   on_page("followup", lambda v: v._choose_dialog()))
    menu.addAction(QCoreApplication.translate("FollowupView", "Certification page"), on_page("certification"))


register_view(ViewSpec("followup", QT_TRANSLATE_NOOP("Views", "Follow-up"), FollowupView, order=45))
