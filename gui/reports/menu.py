"""The Reports menu: PDF reports, results workbook, CSV and survey templates from the desktop app.

The main window adds it with one call, ``install_report_menu(window)``; views offer the same
commands through :class:`ReportCommands` (e.g. a "Print report" button on the company view:
``ReportCommands(context, parent).supplier_report(company_id)``). Each command asks for a file
name, then does the work on the task runner (progress in the status bar, cancellable).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from core.messages import message


class ReportCommands(QObject):
    """Every report command, each one: choose where to write, then write in the background."""

    def __init__(self, context, parent=None, track=None):
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.track = track            # e.g. TaskStatus.track: shows progress of a task

    # -- helpers ---------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.context.language

    def _save_name(self, title: str, suggested: str, pattern: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, title, suggested, pattern)
        return path or None

    def _file(self, kind: str, name: str) -> str:
        """The suggested file name in the user's language, beside the programme file."""
        from gui.i18n import default_file_name
        path = self.context.session.path
        return default_file_name(kind, self.language, name, path.parent if path else None)

    def _run(self, work, done_path: str) -> None:
        def finished(_result) -> None:
            QMessageBox.information(self.parent_widget, self.tr("Reports"),
                                    message("report_written", self.language, path=done_path))

        def failed(exc: BaseException) -> None:
            from gui.workers import error_text
            QMessageBox.warning(self.parent_widget, self.tr("Reports"), error_text(exc, self.language))

        task = self.context.runner.run(work, on_result=finished, on_error=failed)
        if self.track is not None and not task.done:
            self.track(task)

    def _project(self):
        return self.context.session.project

    def _chain_name(self) -> str | None:
        session = self.context.session
        chains = session.value_chains()
        for chain in chains:
            if chain.id == session.chain or chain.name == session.chain:
                return chain.name
        if not chains:
            return None
        names = [c.name for c in chains]
        name, ok = QInputDialog.getItem(self.parent_widget, self.tr("Value chain"),
                                        self.tr("Value chain:"), names, 0, False)
        return name if ok else None

    # -- commands --------------------------------------------------------------------------------
    def supplier_report(self, company_id: str | None = None) -> None:
        company_id = company_id or self.context.session.company
        if not company_id or self._project() is None:
            return
        path = self._save_name(self.tr("Supplier report"), self._file("supplier_report", company_id), self.tr("PDF (*.pdf)"))
        if not path:
            return
        project, language = self._project(), self.language

        def work(progress):
            from core.reports.report_data import supplier_report
            from gui.reports.pdf import write_pdf
            progress(0.1, company_id)
            return write_pdf(supplier_report(project, company_id, language, date.today()), path)
        self._run(work, path)

    def chain_batch(self) -> None:
        chain = self._chain_name()
        if not chain:
            return
        folder = QFileDialog.getExistingDirectory(self.parent_widget, self.tr("Folder for the supplier reports"))
        if not folder:
            return
        project, language = self._project(), self.language

        def work(progress):
            from gui.reports.pdf import write_chain_batch
            return write_chain_batch(project, chain, folder, language, date.today(), progress=progress)
        self._run(work, folder)

    def chain_report(self) -> None:
        chain = self._chain_name()
        if not chain:
            return
        path = self._save_name(self.tr("Value chain report"), self._file("chain_report", chain), self.tr("PDF (*.pdf)"))
        if not path:
            return
        project, language = self._project(), self.language

        def work(progress):
            from core.reports.chain_data import chain_report
            from gui.reports.pdf import write_pdf
            progress(0.1, chain)
            return write_pdf(chain_report(project, chain, language, date.today()), path)
        self._run(work, path)

    def programme_report(self) -> None:
        if self._project() is None:
            return
        path = self._save_name(self.tr("Programme report"), self._file("programme_report", self.context.session.name),
                               self.tr("PDF (*.pdf)"))
        if not path:
            return
        project, language = self._project(), self.language

        def work(progress):
            from core.reports.chain_data import programme_report
            from gui.reports.pdf import write_pdf
            progress(0.1, "")
            return write_pdf(programme_report(project, language, date.today()), path)
        self._run(work, path)

    def results_workbook(self) -> None:
        if self._project() is None:
            return
        path = self._save_name(self.tr("Results workbook"), self._file("results", self.context.session.name),
                               self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        project, language = self._project(), self.language

        def work(progress):
            from core.reports.results_workbook import write_results_workbook
            return write_results_workbook(project, path, language, None, date.today(), progress)
        self._run(work, path)

    def results_csv(self) -> None:
        if self._project() is None:
            return
        folder = QFileDialog.getExistingDirectory(self.parent_widget, self.tr("Folder for the CSV files"))
        if not folder:
            return
        project, language = self._project(), self.language

        def work(progress):
            from core.reports.csv_export import write_csv
            return write_csv(project, folder, language, None, date.today(), progress)
        self._run(work, folder)

    def survey_template(self) -> None:
        from core.toolkit.registry import list_toolkits
        ids = [t.id for t in list_toolkits() if t.error is None]
        if not ids:
            return
        ident, ok = QInputDialog.getItem(self.parent_widget, self.tr("Survey template"),
                                         self.tr("Toolkit:"), ids, 0, False)
        if not ok:
            return
        path = self._save_name(self.tr("Survey template"), self._file("template", ident),
                               self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        language = self.language

        def work(progress):
            from core.reports.template import write_template
            from core.toolkit.registry import get_toolkit
            return write_template(get_toolkit(ident), path, language)
        self._run(work, path)


class ReportMenu(QObject):
    """The "Reports" menu of the main window, enabled by what is open and selected."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        track = getattr(getattr(window, "status", None), "track", None)
        self.commands = ReportCommands(window.context, window, track)
        self.menu = window.menuBar().addMenu("")
        c = self.commands
        self.actions: dict[str, QAction] = {}
        for key, slot in (("supplier", c.supplier_report), ("batch", c.chain_batch),
                          ("chain", c.chain_report), ("programme", c.programme_report), (None, None),
                          ("workbook", c.results_workbook), ("csv", c.results_csv), (None, None),
                          ("template", c.survey_template)):
            if key is None:
                self.menu.addSeparator()
                continue
            act = self.menu.addAction("")
            act.triggered.connect(lambda _=False, s=slot: s())
            self.actions[key] = act
        session = window.context.session
        session.changed.connect(self.update_state)
        session.selection_changed.connect(lambda *_: self.update_state())
        window.installEventFilter(self)
        self.retranslate_ui()
        self.update_state()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def update_state(self) -> None:
        session = self.window.context.session
        for key, act in self.actions.items():
            act.setEnabled(key == "template" or session.is_open)
        self.actions["supplier"].setEnabled(session.is_open and session.company is not None)

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Reports"))
        texts = {"supplier": self.tr("&Supplier diagnostic report (PDF)…"),
                 "batch": self.tr("Supplier reports of a &value chain (PDF)…"),
                 "chain": self.tr("Value &chain report (PDF)…"),
                 "programme": self.tr("&Programme report for funders (PDF)…"),
                 "workbook": self.tr("Results &workbook (Excel)…"),
                 "csv": self.tr("Results as CS&V files…"),
                 "template": self.tr("Survey &template (Excel)…")}
        for key, text in texts.items():
            self.actions[key].setText(text)


def install_report_menu(window) -> ReportMenu:
    """Add the Reports menu to ``window`` (a ``MainWindow``: needs ``context`` and ``menuBar()``)."""
    menu = ReportMenu(window)
    window.report_menu = menu
    return menu


def suggested_name(text: str, suffix: str) -> str:
    """A file name for a save dialog from a company or chain name."""
    from gui.reports.pdf import safe_file_name
    return str(Path(safe_file_name(text)).with_suffix(suffix))
