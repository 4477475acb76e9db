"""File ▸ Open server programme… and File ▸ Sync now (Ctrl+Shift+S), the sync area of the status
bar, and the conflicts it finds (installed through the main window's WINDOW_EXTENSIONS)."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from gui.sync import passwords
from gui.sync.controller import SyncController, words
from gui.sync.failures import failure_text
from gui.sync.replicas import ServerAddress, open_or_checkout
from gui.sync.status import SyncStatusBar

SYNC_SHORTCUT = "Ctrl+Shift+S"


def ask_password(parent, title: str, text: str) -> str | None:
    """The password typed, or None (tests replace this)."""
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return value if ok and value else None


class SyncActions(QObject):
    """The window's sync menu entries, status area and controller."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.controller = SyncController(window.context, self)
        self.act_open_server = QAction(window)
        self.act_open_server.setObjectName("openServerProgramme")
        self.act_open_server.triggered.connect(lambda: self.ask_and_open())
        self.act_sync = QAction(window)
        self.act_sync.setObjectName("syncNow")
        self.act_sync.setShortcut(QKeySequence(SYNC_SHORTCUT))
        self.act_sync.triggered.connect(lambda: self.sync_now())
        menu = window.menu_file
        menu.insertAction(window.menu_recent.menuAction(), self.act_open_server)
        menu.insertAction(window.act_conflicts, self.act_sync)
        self.status_bar = SyncStatusBar(self.controller)
        window.statusBar().addPermanentWidget(self.status_bar)
        self.status_bar.conflicts_clicked.connect(self.show_conflicts)
        self.controller.state_changed.connect(self.update_actions)
        self.controller.failed.connect(lambda text: QMessageBox.warning(window, self.tr("Sync"), text))
        self.controller.password_needed.connect(self._ask_password)
        self._save_copy_keys = window.act_save_copy.shortcuts()
        self.retranslate()
        self.update_actions()

    def retranslate(self) -> None:
        self.act_open_server.setText(self.tr("Open &server programme…"))
        self.act_open_server.setToolTip(self.tr("Work on a programme shared by a team on a PostgreSQL server"))
        self.act_sync.setText(self.tr("S&ync now"))
        self.act_sync.setToolTip(self.tr("Send your changes to the server and receive the others' (%1)")
                                 .replace("%1", SYNC_SHORTCUT))

    def update_actions(self) -> None:
        replica = self.controller.path is not None
        self.act_sync.setEnabled(replica and not self.controller.syncing)
        self.act_sync.setVisible(replica)
        # Ctrl+Shift+S is also "Save as" on some systems: while a server copy is open it syncs.
        self.window.act_save_copy.setShortcuts([] if replica else self._save_copy_keys)

    # -- actions ---------------------------------------------------------------------------------
    def sync_now(self):
        """Sync the open copy, with progress and Cancel in the status bar."""
        task = self.controller.sync_now(quiet=False)
        if task is not None and not task.done:
            self.window.status.track(task)
        if task is None and self.controller.path is not None:
            self.window.statusBar().showMessage(self.tr("A sync is running; another follows it."), 5000)
        return task

    def ask_and_open(self) -> None:
        from gui.sync.open_server import OpenServerDialog
        dialog = OpenServerDialog(self.context.settings.get("sync/last_server"), self.window)
        if dialog.exec():
            self.open_server(dialog.address(), dialog.secret(), dialog.chains(), dialog.remember())

    def open_server(self, address: ServerAddress, password: str, chains: list[str] | None,
                    remember: bool):
        """Check the programme out (the first time) and open the local copy; returns the task."""
        if password:
            passwords.hold(address, password)
            if remember:
                try:
                    passwords.remember(address, password)
                except OSError as exc:
                    self._show_failure(exc)
        self.context.settings.set("sync/last_server", address.url())
        opening = self.tr("Copying the programme from %1…").replace("%1", address.label())
        language = self.context.language

        def work(progress):
            progress(0.0, opening)
            return open_or_checkout(address, password or None, chains,
                                    lambda f, text: progress(f, words(text, language)))

        def opened(path, status) -> None:
            passwords.link(path, address)
            self._checked_out(path, status)

        task = self.context.runner.run(work, key="open", on_result=lambda result: opened(*result),
                                       on_error=self._show_failure)
        if not task.done:
            self.window.status.track(task)
        return task

    def _ask_password(self, server_url: str, why: str) -> None:
        """A sync the user asked for was refused: ask for the password once more, then retry."""
        address = ServerAddress.from_url(server_url)
        text = self.tr("%1\n\nPassword of %2 on %3:").replace("%1", why) \
            .replace("%2", address.user).replace("%3", address.label())
        password = ask_password(self.window, self.tr("Sync"), text)
        if password:
            passwords.hold(address, password)
            QTimer.singleShot(0, self.sync_now)     # once the refused sync has ended

    def _checked_out(self, path, status) -> None:
        if status is not None:
            self.controller.just_checked_out(path, status)
        self.window.open_path(str(path))

    def show_conflicts(self) -> None:
        from gui.dialogs.conflicts import ConflictsDialog
        dialog = ConflictsDialog(self.context, self.window, sync=self.controller)
        dialog.exec()

    def _show_failure(self, exc: BaseException) -> None:
        QMessageBox.warning(self.window, self.tr("Open server programme"),
                            failure_text(exc, self.context.language))


def install_sync_menu(window) -> None:
    """Add the sync actions and status area to ``window`` (``window.sync_actions``)."""
    actions = SyncActions(window)
    window.sync_actions = actions
    window.extension_retranslators = getattr(window, "extension_retranslators", []) + [actions.retranslate]
