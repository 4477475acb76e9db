"""The status bar's sync area, shown while a server programme's copy is open: which server,
whether it is kept current automatically (the manager's view), the last sync, changes waiting,
and a button to the conflicts when there are any."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from gui.sync.replicas import ServerAddress

WHERE_WIDTH = 260          # pixels: a long server name is elided, never widens the window
KINDS = {"manager": QT_TRANSLATE_NOOP("SyncStatusBar", "manager"),
         "consultant": QT_TRANSLATE_NOOP("SyncStatusBar", "consultant"),
         "funder": QT_TRANSLATE_NOOP("SyncStatusBar", "funder")}


def when_text(iso: str | None, now: QDateTime | None = None) -> str | None:
    """An ISO UTC time in the user's locale and time zone: the time alone when it is today."""
    if not iso:
        return None
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso
    local, today = moment.toLocalTime(), (now or QDateTime.currentDateTime()).toLocalTime()
    locale = QLocale()
    if local.date() == today.date():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def kind_text(kind: str, language: str) -> str:
    """manager / consultant / funder in the interface's language: the sync engine's words
    (``sync.kind_<kind>`` in the catalogue) when it has them, so both speak alike."""
    from core import catalogue
    code = f"sync.kind_{kind}"
    if catalogue.has(code):
        return catalogue.label(code, language)
    return QCoreApplication.translate("SyncStatusBar", KINDS[kind]) if kind in KINDS else kind


class SyncStatusBar(QWidget):
    """Reads a :class:`gui.sync.controller.SyncController`; ``conflicts_clicked`` opens them."""

    conflicts_clicked = Signal()

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        self.where = QLabel()
        self.where.setObjectName("syncWhere")
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.conflicts = QPushButton()
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setFlat(True)
        self.conflicts.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts.setStyleSheet("QPushButton { color: #A4262C; font-weight: bold; padding: 0 6px; }")
        self.conflicts.clicked.connect(self.conflicts_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 6, 0)
        row.addWidget(self.where)
        row.addWidget(self.state)
        row.addWidget(self.conflicts)
        controller.state_changed.connect(self.update_view)
        self.update_view()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.update_view()
        super().changeEvent(event)

    def update_view(self) -> None:
        ctrl = self.controller
        self.setVisible(ctrl.path is not None)
        if ctrl.path is None:
            return
        status = ctrl.status
        server = ServerAddress.from_url(status.server).label() if status is not None else ctrl.path.name
        if ctrl.automatic and status is not None and status.kind == "manager":
            mode = self.tr("Manager's view")
        elif ctrl.automatic:
            mode = self.tr("Server programme")
        else:
            mode = self.tr("Server copy")
        where = f"{mode} · {server}"
        self.where.setText(f"{mode} · " + self.where.fontMetrics().elidedText(
            server, Qt.TextElideMode.ElideRight, WHERE_WIDTH))
        if status is not None:
            chains = ", ".join(status.chains) or self.tr("all value chains")
            how = (self.tr("Synced when opened, a few seconds after each change and every few "
                           "minutes, so the dashboard is current.") if ctrl.automatic
                   else self.tr("Sync with File ▸ Sync now (Ctrl+Shift+S)."))
            self.where.setToolTip(where + "\n" + self.tr("Server %1 as %2 (%3): %4")
                                  .replace("%1", status.server).replace("%2", status.user)
                                  .replace("%3", kind_text(status.kind, ctrl.context.language)).replace("%4", chains)
                                  + "\n" + how)
        self.state.setText(" · ".join(self._state_parts()))
        self.state.setToolTip(ctrl.problem or "")
        count = status.conflicts if status is not None else 0
        self.conflicts.setVisible(count > 0)
        self.conflicts.setText(self.tr("1 conflict to settle") if count == 1
                               else self.tr("%1 conflicts to settle").replace("%1", str(count)))

    def _state_parts(self) -> list[str]:
        ctrl, status = self.controller, self.controller.status
        waiting = status.waiting if status is not None else 0
        when = when_text(status.last_sync_at if status is not None else None)
        automatic = ctrl.automatic and not ctrl.offline
        synced = self.tr("synced automatically %1") if automatic else self.tr("synced %1")
        synced = synced.replace("%1", when) if when else self.tr("never synced")
        if ctrl.syncing:
            parts = [self.tr("Syncing…")]
        elif ctrl.offline:
            parts = [self.tr("No connection, changes kept"), synced]
        elif ctrl.problem:
            parts = [self.tr("last sync failed (see the tooltip)")]
        else:
            parts = [synced]
        if waiting == 0:
            parts.append(self.tr("nothing waiting"))
        elif waiting == 1:
            parts.append(self.tr("1 change waiting"))
        else:
            parts.append(self.tr("%1 changes waiting").replace("%1", QLocale().toString(waiting)))
        return parts
