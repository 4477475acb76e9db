"""The smoke run's pictures of the sync workbench: the Open server programme dialog, the status
bar of a manager's view (synced, with conflicts) and of a copy without a connection, and the sync
conflicts' tab. No server is needed: the states are shown with sample figures."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QObject, Signal

from core.sync.api import FieldDifference, SyncConflict, SyncStatus

SAMPLE_SERVER = "postgresql://gerencia@programas.camara.org:5432/cadenas"


class _Standing(QObject):
    """What the status bar reads from a sync controller, fixed."""

    state_changed = Signal()

    def __init__(self, context, path: Path, status: SyncStatus, **flags):
        super().__init__()
        self.context, self.path, self.status = context, path, status
        self.automatic, self.syncing = flags.get("automatic", True), False
        self.offline, self.problem = flags.get("offline", False), None


def sample_conflicts(companies) -> list[SyncConflict]:
    """Two conflicts on the open programme's first companies (or made-up codes)."""
    ids = list(companies["company_id"][:2]) if "company_id" in companies else []
    ids += ["C-014", "C-027"][len(ids):]
    return [SyncConflict(1, "companies", "company", ids[0], f"companies {ids[0]}",
                         (FieldDifference("employees", 12, 14, 15),
                          FieldDifference("sector", "Lácteos", "Lácteos y quesos", "Alimentos"))),
            SyncConflict(2, "plan_actions", "company", ids[1], f"plan_actions {ids[1]} / A2",
                         (FieldDifference("status", "planned", "done", "in_progress"),), False, False)]


def shoot_sync(window, context, folder, language, shoot) -> list[Path]:
    """Shoot the sync states; ``shoot(widget, folder, language, key)`` saves one PNG."""
    from gui.dialogs.conflicts import ConflictsDialog
    from gui.sync.open_server import OpenServerDialog
    from gui.sync.status import SyncStatusBar
    dialog = OpenServerDialog(SAMPLE_SERVER, window)
    dialog.show()
    shots = shoot(dialog, folder, language, "sync_open_server")
    dialog.close()
    dialog.deleteLater()
    path = context.session.path or Path("cadenas.encadena")
    states = {
        "sync_status_manager": _Standing(context, path, SyncStatus(SAMPLE_SERVER, "gerencia", "manager", (),
                                                          "2026-12-06T09:05:00Z", 0, 2)),
        "sync_status_offline": _Standing(context, path, SyncStatus(SAMPLE_SERVER, "ana", "consultant",
                                                          ("Cadena láctea",), "2026-12-05T16:40:00Z",
                                                          7, 0), automatic=False, offline=True),
    }
    for key, standing in states.items():
        bar = SyncStatusBar(standing)
        window.statusBar().addPermanentWidget(bar)
        bar.show()
        shots += shoot(window, folder, language, key)
        bar.hide()
        window.statusBar().removeWidget(bar)
        bar.setParent(None)
        bar.deleteLater()
    conflicts = ConflictsDialog(context, window)
    page = _page_without_engine(context)
    page.show_conflicts(sample_conflicts(context.session.companies()))
    conflicts.tabs.addTab(page, "")
    conflicts.sync_page = page
    conflicts.tabs.tabBar().setVisible(True)
    conflicts.retranslate_ui()
    conflicts.tabs.setCurrentWidget(page)
    conflicts.resize(1080, 620)
    conflicts.show()
    shots += shoot(conflicts, folder, language, "sync_conflicts")
    conflicts.close()
    conflicts.deleteLater()
    return shots


def _page_without_engine(context):
    """The sync conflicts' page over a programme that is no replica (it lists nothing itself)."""
    from gui.sync.conflicts_page import SyncConflictsPage
    quiet = SimpleNamespace(session=SimpleNamespace(is_open=False, path=None,
                                                    companies=context.session.companies),
                            language=context.language, runner=context.runner)
    return SyncConflictsPage(quiet)
