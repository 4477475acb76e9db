"""The Reports menu: PDF reports, results workbook, CSV and survey templates from the desktop app.

The main window adds it with one call, ``install_report_menu(window)``; views offer the same
commands through :class:`ReportCommands` (e.g. a "Print report" button on the company view:
``ReportCommands(context, parent).supplier_report(company_id)``). Each command asks for a file
name, then does the work on the task runner (progress in the status bar, cancellable).
"""
from __future__ import annotations

from datetime import date

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
    def pdf_report(self, key: str, target: str | None = None) -> None:
        """Write the PDF report of kind ``key`` (see :mod:`core.reports.kinds`) about ``target``:
        the selected company, the current value chain, or none for the whole programme."""
        from core.reports.kinds import REPORT_KINDS
        kind = REPORT_KINDS.get(key)
        if self._project() is None:
            return
        if kind.target == "company":
            target = target or self.context.session.company
        elif kind.target == "chain":
            target = target or self._chain_name()
        if kind.target and not target:
            return
        from core import catalogue
        from gui.reports.pdf import safe_file_name
        suggested = (self._file(f"{key}_report", target or self.context.session.name)
                     if catalogue.has(f"ui.file.{key}_report") else f"{safe_file_name(target or key)}.pdf")
        path = self._save_name(self._report_title(key), suggested, self.tr("PDF (*.pdf)"))
        if not path:
            return
        project, language = self._project(), self.language

        def work(progress):
            from gui.reports.pdf import write_pdf
            progress(0.1, target or "")
            return write_pdf(kind.build(project, target, language, date.today()), path,
                             inputs=[project.path])
        self._run(work, path)

    def _report_title(self, key: str) -> str:
        titles = {"supplier": self.tr("Supplier report"), "chain": self.tr("Value chain report"),
                  "programme": self.tr("Programme report")}
        return titles.get(key, key)

    def supplier_report(self, company_id: str | None = None) -> None:
        """The supplier diagnostic report of ``company_id`` (default: the selected company)."""
        self.pdf_report("supplier", company_id)

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
        from core.reports.kinds import REPORT_KINDS
        super().__init__(window)
        self.window = window
        track = getattr(getattr(window, "status", None), "track", None)
        self.commands = ReportCommands(window.context, window, track)
        self.menu = window.menuBar().addMenu("")
        c = self.commands
        self.actions: dict[str, QAction] = {}
        # one entry per report kind (core.reports.kinds), the chain's batch after the supplier's
        reports = [(kind.key, lambda k=kind.key: c.pdf_report(k)) for kind in REPORT_KINDS]
        reports.insert(1, ("batch", c.chain_batch))
        for key, slot in (*reports, (None, None),
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
        for key, act in self.actions.items():
            act.setText(texts.get(key, key))


def install_report_menu(window) -> ReportMenu:
    """Add the Reports menu to ``window`` (a ``MainWindow``: needs ``context`` and ``menuBar()``)."""
    menu = ReportMenu(window)
    window.report_menu = menu
    return menu

