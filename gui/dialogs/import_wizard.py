"""The import wizard: file and sheet with a preview, column mapping (editable), number format,
value chain and round, a validation report that can be exported, then the import in a worker.

Every read, check and import runs through :class:`gui.workers.TaskRunner`; the window never
freezes and Cancel leaves the programme unchanged (the core imports all or nothing).
"""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWizard

from gui.dialogs.import_pages import MappingPage, OptionsPage, ReportPage, SourcePage
from gui.workers import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class ImportWizard(QWizard):
    """Drives the pages; holds the choices and the checked survey between them."""

    def __init__(self, context, path: str | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("importWizard")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(900, 640)
        self.survey = None
        self.toolkit = None
        self.outcome = None
        self.overrides: dict[str, str] = {}
        self.roles: dict[str, str] = {}     # column role -> letter (company id, visit date, ...)
        self.task = None
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.cancel_task = QPushButton()
        self.cancel_task.hide()
        self.cancel_task.clicked.connect(lambda: self.task and self.task.cancel())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.source, self.mapping = SourcePage(self), MappingPage(self)
        self.options, self.report = OptionsPage(self), ReportPage(self)
        for page in (self.source, self.mapping, self.options, self.report):
            self.addPage(page)
        self._place_status(self.source)
        self.currentIdChanged.connect(lambda _id: self._place_status(self.currentPage()))
        self.retranslate_ui()
        if path:
            self.source.set_path(path)

    def _place_status(self, page) -> None:
        """The message and progress bar live at the bottom of whichever page is showing."""
        if page is None:
            return
        page.status_row.addWidget(self.message, 1)
        page.status_row.addWidget(self.progress)
        page.status_row.addWidget(self.cancel_task)

    def changeEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a survey"))
        self.cancel_task.setText(self.tr("Cancel"))
        for page in (self.source, self.mapping, self.options, self.report):
            page.retranslate()

    # -- the work ------------------------------------------------------------------------------
    def options_now(self):
        from core.survey.model import ImportOptions
        return ImportOptions(sheet=self.source.sheet.currentText() or None,
                             decimal_comma=self.options.decimal_comma.isChecked(),
                             strict=self.options.strict.isChecked(),
                             column_overrides=dict(self.overrides),
                             column_roles=dict(self.roles))

    def check(self, then) -> None:
        """Read and check the survey with the current choices (in a worker), then call ``then``."""
        if self.survey is not None:
            then()
            return
        from core.survey.importer import import_survey
        from core.toolkit.registry import get_toolkit
        path, toolkit_id, options = self.source.path.text().strip(), self.source.toolkit.currentData(), self.options_now()

        def work(progress):
            toolkit = get_toolkit(toolkit_id)
            return toolkit, import_survey(path, toolkit, options, progress)

        def done(result) -> None:
            self.toolkit, self.survey = result
            then()

        self._start(work, done)

    def run_import(self) -> None:
        """Import into the open programme in a worker; all or nothing, cancellable. With no
        programme open, the user first creates one."""
        if self.context.session.project is None and not self._create_programme():
            return
        project = self.context.session.project
        path, options = self.source.path.text().strip(), self.options_now()
        chain = self.options.chain.currentText().strip() or None
        round_no = self.options.round.value()
        when = self.options.date.date().toString("yyyy-MM-dd") if self.options.use_date.isChecked() else None
        toolkit, language = self.toolkit, self.context.language

        def work(progress):
            from core.programme import read_programme
            from core.progress import scaled
            outcome = project.import_survey(path, toolkit, options, chain=chain, round=round_no,
                                            assessed_on=when, progress=scaled(progress, 0.0, 0.9),
                                            language=language)
            progress(0.95, "")
            return outcome, read_programme(project, stored=True)

        self.report.run.setEnabled(False)
        self._start(work, self._imported)

    def _create_programme(self) -> bool:
        from gui.dialogs.new_programme import NewProgrammeDialog
        dialog = NewProgrammeDialog(self)
        if not dialog.exec():
            return False
        try:
            self.context.session.create(dialog.path(), dialog.name(), dialog.country(), **dialog.options())
        except Exception as exc:  # noqa: BLE001 - shown in words
            self._failed(exc)
            return False
        self.context.settings.add_recent_file(str(dialog.path().resolve()))
        return True

    def _imported(self, result) -> None:
        outcome, programme = result
        self.outcome = outcome
        self.message.setText(
            self.tr("Imported: %1 added, %2 updated, %3 unchanged, %4 conflicts, %5 errors.")
            .replace("%1", str(outcome.added)).replace("%2", str(outcome.updated))
            .replace("%3", str(outcome.unchanged)).replace("%4", str(outcome.conflicts))
            .replace("%5", str(outcome.errors)))
        if outcome.conflicts:
            self.message.setText(self.message.text() + " " + self.tr(
                "Resolve the conflicts with File > Resolve conflicting answers."))
        self.context.session.refresh(programme)     # read in the worker: no freeze here

    def _start(self, work, on_result) -> None:
        self.message.setText(self.tr("Working…"))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_task.show()
        self.task = self.context.runner.run(
            work, key="import", on_result=on_result, on_error=self._failed,
            on_cancelled=lambda: self.message.setText(self.tr("Cancelled; nothing was changed.")),
            on_progress=lambda f, text: (self.progress.setValue(int(f * 1000)), self.message.setText(text)))
        self.task.finished.connect(self._idle)
        if self.task.done:
            self._idle()

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_task.hide()
        if self.message.text() == self.tr("Working…"):
            self.message.clear()
        if self.outcome is None:
            self.report.run.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc, self.context.language))

    # -- the report -----------------------------------------------------------------------------
    def report_frame(self) -> pd.DataFrame:
        """The validation report: sheet, Excel row, column letter, question, value and reason."""
        from core.messages import message
        lang = self.context.language
        rows = [{"sheet": e.sheet, "row": e.row, "column": e.column, "item": e.item or "",
                 "value": "" if e.value is None else str(e.value),
                 "reason": _reason(e, lang, message)} for e in (self.survey.errors if self.survey else [])]
        return pd.DataFrame(rows, columns=["sheet", "row", "column", "item", "value", "reason"])

    def export_report(self, path: str) -> None:
        from core.safe_output import atomic_output, safe_csv_field
        frame = self.report_frame().map(safe_csv_field)      # a cell's value may be "=..."
        headers = [_tr(t) for t in ("Sheet", "Row", "Column", "Question", "Value", "Reason")]
        project = self.context.session.project
        inputs = [self.source.path.text().strip() or None, getattr(project, "path", None)]
        with atomic_output(path, inputs) as temp:   # never over the survey or the programme
            frame.to_csv(temp, index=False, header=headers, encoding="utf-8-sig")


def _reason(error, language: str, message) -> str:
    # error.params too: some codes need more than item and value (out_of_range: min, max)
    text = message(error.code, language, **{**error.params, "item": error.item, "value": error.value})
    return error.message if text.startswith(error.code) and error.message else text
