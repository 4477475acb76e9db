"""The main window: navigator, registered views in a stack, menus, status bar, drag-and-drop."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QToolBar

from core.demo import demo_available, demo_copy
from gui.navigator import Navigator
from gui.registry import registered_views
from gui.start_page import StartPage
from gui.status import TaskStatus
from gui.workers import error_text

SURVEY_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".csv"}
# Optional parts that add menus to the window ("module:function(window)"); a missing one is skipped.
WINDOW_EXTENSIONS = ("gui.edit_menu:install_edit_menu", "gui.reports.menu:install_report_menu",
                     "gui.read_only_banner:install_read_only_banner",
                     "gui.chain_actions:install_chain_menu",
                     "gui.views.followup:install_followup_menu",
                     "gui.dialogs.quality_settings:install_quality_menu",
                     "gui.sync.actions:install_sync_menu")
PROJECT_SUFFIX = ".encadena"


class MainWindow(QMainWindow):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.resize(1200, 760)

        self.start_page = StartPage(context.settings)
        self.start_page.set_demo_available(demo_available())
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.new_requested.connect(self.new_programme)
        self.start_page.open_requested.connect(self.open_programme)
        self.start_page.import_requested.connect(lambda: self.import_survey())
        self.start_page.recent_requested.connect(self.open_path)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.views: dict[str, object] = {}
        self.specs = registered_views()
        for spec in self.specs:
            view = spec.factory(context)
            view.setObjectName(f"view_{spec.key}")
            self.views[spec.key] = view
            self.stack.addWidget(view)
        self.setCentralWidget(self.stack)

        self.navigator = Navigator(self.session)
        self.dock = QDockWidget()
        self.dock.setObjectName("navigatorDock")
        self.dock.setWidget(self.navigator)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)

        self.status = TaskStatus(context.runner, self.statusBar())
        self._build_actions()
        self._install_extensions()
        self.session.changed.connect(self._on_programme_changed)
        self.session.selection_changed.connect(self._on_selection)
        self._restore_window()
        self.retranslate_ui()
        self._on_programme_changed()

    # -- actions and menus -------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(shortcut=None, slot=None) -> QAction:
            act = QAction(self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            if slot is not None:
                act.triggered.connect(slot)
            return act

        std = QKeySequence.StandardKey
        self.act_new = action(std.New, self.new_programme)
        self.act_open = action(std.Open, self.open_programme)
        self.act_demo = action(None, self.open_demo)
        self.act_import = action("Ctrl+I", lambda: self.import_survey())
        self.act_close = action(std.Close, self.close_programme)
        self.act_save_copy = action(std.SaveAs, self.save_copy)
        self.act_merge = action(None, self.merge_files)
        self.act_conflicts = action(None, self.show_conflicts)
        self.act_prefs = action(std.Preferences if not QKeySequence(std.Preferences).isEmpty()
                                else "Ctrl+,", self.show_preferences)
        self.act_quit = action(std.Quit, self.close)
        self.act_about = action(None, self.show_about)
        self.act_start = action("Ctrl+0", self.show_start)
        self.view_group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        for n, spec in enumerate(self.specs, start=1):
            act = action(spec.shortcut or f"Ctrl+{n}", lambda _=False, k=spec.key: self.show_view(k))
            act.setCheckable(True)
            self.view_group.addAction(act)
            self.view_actions[spec.key] = act

        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for act in (self.act_new, self.act_open, self.act_demo):
            self.menu_file.addAction(act)
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_import)
        self.menu_file.addAction(self.act_merge)
        self.menu_file.addAction(self.act_conflicts)
        self.menu_file.addAction(self.act_save_copy)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_close)
        self.menu_file.addAction(self.act_quit)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_start)
        self.menu_view.addSeparator()
        for act in self.view_actions.values():
            self.menu_view.addAction(act)
        self.menu_tools = bar.addMenu("")
        self.menu_language = self.menu_tools.addMenu("")
        self.language_group = QActionGroup(self)
        from gui.i18n import LANGUAGES
        for code, name in LANGUAGES.items():
            act = self.menu_language.addAction(name)
            act.setCheckable(True)
            act.setData(code)
            act.setChecked(code == self.context.language)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(act)
        self.menu_tools.addAction(self.act_prefs)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("viewsToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.act_import)
        self.toolbar.addSeparator()
        for act in self.view_actions.values():
            self.toolbar.addAction(act)
        self.addToolBar(self.toolbar)

    def _install_extensions(self) -> None:
        import importlib
        import logging
        for entry in WINDOW_EXTENSIONS:
            module_name, function = entry.split(":")
            try:
                install = getattr(importlib.import_module(module_name), function)
            except (ImportError, AttributeError):
                continue
            try:
                install(self)
            except Exception:  # noqa: BLE001 - an optional menu must not stop the app
                logging.getLogger("encadena.gui").exception("extension %s failed", entry)
        bar = self.menuBar()                      # Help stays the last menu
        bar.removeAction(self.menu_help.menuAction())
        bar.addAction(self.menu_help.menuAction())

    def retranslate_ui(self) -> None:
        title = self.tr("Encadena")
        if self.session.is_open:
            title = f"{self.session.name} — {title}"
        self.setWindowTitle(title)
        self.dock.setWindowTitle(self.tr("Programme"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.menu_language.setTitle(self.tr("&Language"))
        for act in self.language_group.actions():
            act.setChecked(act.data() == self.context.language)
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("&New programme…"))
        self.act_open.setText(self.tr("&Open programme…"))
        self.act_demo.setText(self.tr("Open the &demo programme"))
        self.act_import.setText(self.tr("&Import survey…"))
        self.act_import.setToolTip(self.tr("Import a survey workbook (Ctrl+I)"))
        self.act_close.setText(self.tr("&Close programme"))
        self.act_save_copy.setText(self.tr("Save a &copy…"))
        self.act_save_copy.setToolTip(self.tr("A consistent single-file copy, e.g. to e-mail to the chamber"))
        self.act_merge.setText(self.tr("&Merge other consultants' files…"))
        self.act_conflicts.setText(self.tr("Resolve &conflicting answers…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_prefs.setText(self.tr("&Preferences…"))
        self.act_about.setText(self.tr("&About Encadena"))
        self.act_start.setText(self.tr("&Start page"))
        from PySide6.QtCore import QCoreApplication
        for spec in self.specs:
            self.view_actions[spec.key].setText(QCoreApplication.translate("Views", spec.title))
        for retranslate in getattr(self, "extension_retranslators", []):
            retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- views ---------------------------------------------------------------------------------
    def show_view(self, key: str) -> None:
        view = self.views[key]
        self.stack.setCurrentWidget(view)
        self.view_actions[key].setChecked(True)

    def show_start(self) -> None:
        self.start_page.refresh_recent()
        self.stack.setCurrentWidget(self.start_page)
        checked = self.view_group.checkedAction()
        if checked is not None:
            self.view_group.setExclusive(False)
            checked.setChecked(False)
            self.view_group.setExclusive(True)

    def current_view_key(self) -> str | None:
        for key, view in self.views.items():
            if self.stack.currentWidget() is view:
                return key
        return None

    def _on_programme_changed(self) -> None:
        is_open = self.session.is_open
        for spec in self.specs:
            self.view_actions[spec.key].setEnabled(is_open or not spec.needs_project)
        for act in (self.act_close, self.act_save_copy, self.act_merge, self.act_conflicts):
            act.setEnabled(is_open)
        self.dock.setVisible(is_open)           # the start page needs no empty navigator
        self.retranslate_ui()
        if not is_open:
            self.show_start()
        elif self.stack.currentWidget() is self.start_page and self.specs:
            self.show_view(self.specs[0].key)

    def _on_selection(self, chain, company) -> None:
        if company is not None and "company" in self.views:
            self.show_view("company")
        elif company is None and self.current_view_key() == "company" and "companies" in self.views:
            self.show_view("companies")

    # -- files -----------------------------------------------------------------------------------
    def open_path(self, path: str) -> bool:
        """Open a programme file (in a worker: checks and listings can take a while on big
        files), or start the import wizard on a survey workbook. False if nothing started."""
        suffix = Path(path).suffix.lower()
        if suffix in SURVEY_SUFFIXES:
            self.import_survey(path)
            return True

        opening = self.tr("Opening %1…").replace("%1", Path(path).name)
        listing = self.tr("Reading companies, risks and plans…")

        def work(progress):
            from core.programme import read_programme
            from core.project import Project
            progress(0.0, opening)
            project = Project.open(Path(path))
            progress(0.3, listing)
            try:
                programme = read_programme(project, stored=True)
            except BaseException:
                project.close()
                raise
            return project, programme

        task = self.context.runner.run(work, key="open",
                                       on_result=lambda result: self._opened(path, *result),
                                       on_error=self.show_error)
        if not task.done:
            self.status.track(task)
        return True

    def _opened(self, path: str, project, programme) -> None:
        self.session.adopt(project, Path(path), programme)
        self.context.settings.add_recent_file(str(Path(path).resolve()))
        self.start_page.refresh_recent()
        for warning in self.session.warnings:
            from core.messages import message
            self.statusBar().showMessage(message(str(warning), self.context.language))

    def open_programme(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open programme"), "", self.tr("Encadena programmes (*.encadena)"))
        if path:
            self.open_path(path)

    def open_demo(self) -> None:
        path = demo_copy()
        if path is None:
            QMessageBox.information(self, self.tr("Demo programme"),
                                    self.tr("This installation has no demo programme."))
            return
        self.open_path(str(path))

    def new_programme(self) -> None:
        from gui.dialogs.new_programme import NewProgrammeDialog
        dialog = NewProgrammeDialog(self)
        if dialog.exec():
            try:
                self.session.create(dialog.path(), dialog.name(), dialog.country(), **dialog.options())
            except Exception as exc:  # noqa: BLE001
                self.show_error(exc)
                return
            self.context.settings.add_recent_file(str(Path(dialog.path()).resolve()))

    def save_copy(self) -> None:
        """Write a consistent copy of the open programme (SQLite backup API, in a worker)."""
        project = self.session.project
        if project is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), f"{self.session.name}.encadena",
                                              self.tr("Encadena programmes (*.encadena)"))
        if path:
            self.run_task(lambda progress: project.save_copy(path),
                          lambda written: self.statusBar().showMessage(
                              self.tr("Saved a copy to %1").replace("%1", str(written)), 10000))

    def merge_files(self) -> None:
        """Bring other consultants' programme files into this one (in a worker, all or nothing
        per file); conflicts are kept for the user, as the core decides."""
        project = self.session.project
        if project is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Merge other consultants' files"), "",
                                                self.tr("Encadena programmes (*.encadena)"))
        if paths:
            def work(progress):
                from core.programme import read_programme
                outcomes = project.merge(*paths, progress=progress)
                return outcomes, read_programme(project, stored=True)
            self.run_task(work, self._merged)

    def _merged(self, result) -> None:
        outcomes, programme = result
        self.session.refresh(programme)
        lines = [self.tr("%1: %2 assessments added, %3 unchanged, %4 conflicts, %5 companies added.")
                 .replace("%1", Path(o.source).name).replace("%2", str(o.added))
                 .replace("%3", str(o.unchanged)).replace("%4", str(o.conflicts))
                 .replace("%5", str(o.companies_added)) for o in outcomes]
        QMessageBox.information(self, self.tr("Merge"), "\n".join(lines))

    def show_conflicts(self) -> None:
        from gui.dialogs.conflicts import ConflictsDialog
        ConflictsDialog(self.context, self).exec()

    def run_task(self, work, on_result) -> None:
        """Run ``work(progress)`` on the task runner, with progress and Cancel in the status bar."""
        task = self.context.runner.run(work, on_result=on_result, on_error=self.show_error)
        if not task.done:
            self.status.track(task)

    def close_programme(self) -> None:
        self.session.close()

    def import_survey(self, path: str | None = None) -> None:
        from gui.dialogs.import_wizard import ImportWizard
        wizard = ImportWizard(self.context, path, parent=self)
        wizard.open()

    def set_language(self, code: str) -> None:
        """Switch the interface language now and remember it (no restart)."""
        self.context.settings.set("language", code)
        self.context.languages.apply(code)

    def show_preferences(self) -> None:
        from gui.dialogs.preferences import PreferencesDialog
        PreferencesDialog(self.context, self).exec()

    def show_about(self) -> None:
        from gui.dialogs.about import AboutDialog
        AboutDialog(self).exec()

    def show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Encadena"), error_text(exc, self.context.language))

    def _fill_recent_menu(self) -> None:
        self.menu_recent.clear()
        files = self.context.settings.get("recent_files")
        for path in files:
            act = self.menu_recent.addAction(Path(path).name)
            act.setToolTip(path)
            act.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not files:
            self.menu_recent.addAction(self.tr("No recent files yet.")).setEnabled(False)

    # -- drag and drop -----------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = self._dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.open_path(paths[0])

    @staticmethod
    def _dropped_paths(mime) -> list[str]:
        if not mime.hasUrls():
            return []
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        return [p for p in paths if Path(p).suffix.lower() in SURVEY_SUFFIXES | {PROJECT_SUFFIX}]

    # -- window state ------------------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self.context.settings.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.context.settings.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802
        settings = self.context.settings
        settings.set("window/geometry", self.saveGeometry())
        settings.set("window/state", self.saveState())
        settings.sync()
        super().closeEvent(event)
