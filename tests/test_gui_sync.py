"""The workbench for a server programme, driven against a stand-in sync engine (sync_fake.py):
opening a server programme (checkout into the data folder, then the local copy), the status bar,
Sync now, automatic syncs of the manager's view, no connection handled calmly, and the sync
conflicts in the conflicts dialog."""
from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui_support import build_programme, make_window
from sync_fake import FakeEngine, company_conflict

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def programme_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("programme")
    return build_programme(folder / "programa.encadena", folder)


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("ENCADENA_DATA_DIR", str(folder))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "secrets" / "pgpass.conf"))
    return folder


@pytest.fixture(autouse=True)
def _no_password_held():
    from gui.sync import passwords
    passwords._HELD.clear()
    passwords._COPIES.clear()
    yield
    passwords._HELD.clear()
    passwords._COPIES.clear()


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def _window(qtbot, tmp_path, language="en"):
    app, context, window = make_window(tmp_path, language)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return context, window


def _replica(programme_file, address, fake, **fields) -> Path:
    from gui.sync.replicas import replica_path
    path = replica_path(address)
    shutil.copy(programme_file, path)
    fake.register(path, url=address.url(), user=address.user, **fields)
    return path


@pytest.fixture
def address():
    from gui.sync.replicas import ServerAddress
    return ServerAddress.parse("programas.camara.org", "cadenas", "ana")


def test_server_address_from_what_the_user_types():
    from gui.sync.replicas import ServerAddress
    address = ServerAddress.parse(" srv.camara.org:5433 ", " cadenas ñ ", "ana maría")
    assert (address.host, address.port, address.database) == ("srv.camara.org", 5433, "cadenas ñ")
    url = address.url("p@ss:w/d")
    assert url == "postgresql://ana%20mar%C3%ADa:p%40ss%3Aw%2Fd@srv.camara.org:5433/cadenas%20%C3%B1"
    assert ServerAddress.from_url(url) == address and "p@ss" not in address.url()
    assert ServerAddress.parse("[::1]:6000", "d", "u").url() == "postgresql://u@[::1]:6000/d"
    assert not ServerAddress.parse("srv:puerto", "d", "u").complete
    assert not ServerAddress.parse("srv", "", "u").complete


def test_remembered_password_goes_to_libpq_password_file_only(data_dir, tmp_path, address):
    from gui.sync import passwords
    target = Path(os.environ["PGPASSFILE"])
    target.parent.mkdir()
    target.write_text("otro:5432:*:pepe:x\n", encoding="utf-8")
    passwords.remember(address, "s3:cr\\eto")
    passwords.remember(address, "nuevo:clave")             # replaces its own line, keeps others
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines == ["otro:5432:*:pepe:x", "programas.camara.org:5432:cadenas:ana:nuevo\\:clave"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_open_server_programme_checks_out_once_then_opens_the_copy(qtbot, tmp_path, data_dir,
                                                                   address, boxes, monkeypatch):
    from gui.sync import passwords
    fake = FakeEngine("manager").install(monkeypatch)
    context, window = _window(qtbot, tmp_path)
    actions = window.sync_actions
    actions.open_server(address, "secreto", ["Cadena láctea"], remember=False)
    path = context.session.path
    assert path.parent == data_dir / "servers" and path.suffix == ".encadena"
    url, out, chains = fake.checkouts[0]
    assert out == path and chains == ["Cadena láctea"] and "secreto" in url
    assert fake.syncs == []                              # just checked out: nothing to pull yet
    assert passwords.url_with_held(address.url()) == address.url("secreto")    # memory only
    assert not Path(os.environ["PGPASSFILE"]).exists()
    assert "secreto" not in context.settings.get("sync/last_server")
    assert actions.act_sync.isVisible() and actions.act_sync.isEnabled()
    assert actions.status_bar.isVisible()
    assert actions.status_bar.where.text().startswith("Manager's view · cadenas @ programas")
    assert actions.controller.periodic.isActive()
    context.session.close()
    assert not actions.status_bar.isVisible() and not actions.act_sync.isEnabled()
    assert not actions.controller.periodic.isActive()

    fake.password = "secreto"                      # the held password goes with the sync
    actions.open_server(address, "", None, remember=False)     # the copy exists: sync it
    assert len(fake.checkouts) == 1 and fake.syncs == [path]
    assert fake.sync_urls == [address.url("secreto")]
    assert boxes == []
    context.session.close()


def test_the_dialog_asks_for_server_database_user_and_remembers_the_last_server(qtbot, data_dir):
    from PySide6.QtWidgets import QDialogButtonBox

    from gui.sync.open_server import OpenServerDialog
    dialog = OpenServerDialog("postgresql://ana@programas.camara.org:5433/cadenas")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.server.text() == "programas.camara.org:5433" and ok.isEnabled()
    dialog.database.clear()
    assert not ok.isEnabled()
    dialog.database.setText("cadenas")
    dialog.password.setText("x")
    dialog.chains_edit.setText(" Cadena láctea, Café ,")
    assert dialog.chains() == ["Cadena láctea", "Café"] and dialog.secret() == "x"
    assert dialog.address().url() == "postgresql://ana@programas.camara.org:5433/cadenas"
    assert str(data_dir / "servers") in dialog.where.text()


def test_manager_view_syncs_on_open_after_edits_and_shows_the_others_changes(
        qtbot, tmp_path, data_dir, address, programme_file, monkeypatch, boxes):
    import gui.sync.controller as controller_module
    monkeypatch.setattr(controller_module, "DEBOUNCE_MS", 50)
    fake = FakeEngine("manager").install(monkeypatch)
    context, window = _window(qtbot, tmp_path)
    path = _replica(programme_file, address, fake, last_sync_at="2026-12-06T08:00:00Z", waiting=2)
    fake.incoming = [("S-002", "Proveedor Norte Ltda.")]
    assert window.open_path(str(path))
    assert fake.syncs == [path]                                  # on open
    names = context.session.companies().set_index("company_id")["name"]
    assert names["S-002"] == "Proveedor Norte Ltda."             # the dashboard is current
    state = window.sync_actions.status_bar.state.text()
    assert "nothing waiting" in state and "synced" in state
    from core.edits import Edit
    from core.edits.build import update
    conn = context.session.project.conn
    edit = Edit("edit.conflict", tuple(update(conn, "companies", {"id": "S-001"}, {"name": "Uno"})))
    controller = window.sync_actions.controller
    controller.debounce.setInterval(50)
    assert context.edits.push_edit(edit)
    assert controller.debounce.isActive()
    qtbot.waitUntil(lambda: len(fake.syncs) == 2, timeout=3000)      # a moment after the edit
    assert boxes == []
    context.session.close()


def test_a_sync_that_left_nothing_behind_is_not_recounted(qtbot, tmp_path, data_dir, address,
                                                          programme_file, monkeypatch):
    fake = FakeEngine("manager").install(monkeypatch)
    context, window = _window(qtbot, tmp_path)
    path = _replica(programme_file, address, fake, waiting=4)
    window.open_path(str(path))                    # synced on open: the sync's answer is the count
    controller = window.sync_actions.controller
    assert fake.syncs == [path] and fake.status_calls == 0
    assert controller.status.waiting == 0
    fake.incoming = [("S-003", "Proveedor Sur")]
    window.sync_actions.sync_now()
    qtbot.waitUntil(lambda: context.session.companies().set_index("company_id")
                    .loc["S-003", "name"] == "Proveedor Sur", timeout=3000)
    qtbot.wait(600)                                # longer than the re-count's delay
    assert fake.status_calls == 0 and controller.status.last_sync_at == fake.replicas[path.resolve()].last_sync_at
    fake.incoming_conflicts = [company_conflict(3, "S-002")]
    window.sync_actions.sync_now()                 # a conflict: the exact figures are re-counted
    qtbot.waitUntil(lambda: fake.status_calls == 1, timeout=3000)
    assert controller.status.conflicts == 1
    context.session.close()


def test_consultant_copy_elsewhere_syncs_only_when_asked(qtbot, tmp_path, data_dir, programme_file,
                                                         monkeypatch):
    fake = FakeEngine("consultant").install(monkeypatch)
    context, window = _window(qtbot, tmp_path)
    path = tmp_path / "mine.encadena"
    shutil.copy(programme_file, path)
    fake.register(path, user="ana", kind="consultant", chains=("Cadena láctea",), waiting=1)
    save_copy_keys = window.act_save_copy.shortcuts()
    window.open_path(str(path))
    actions = window.sync_actions
    assert fake.syncs == [] and not actions.controller.automatic
    assert not actions.controller.periodic.isActive()
    assert actions.status_bar.where.text() == "Server copy · programa @ servidor"
    assert "1 change waiting" in actions.status_bar.state.text()
    assert "Cadena láctea" in actions.status_bar.where.toolTip()
    assert actions.act_sync.shortcut().toString() == "Ctrl+Shift+S"
    assert window.act_save_copy.shortcuts() == []                # no ambiguous Ctrl+Shift+S
    actions.act_sync.trigger()
    assert fake.syncs == [path] and "nothing waiting" in actions.status_bar.state.text()
    context.session.close()
    assert window.act_save_copy.shortcuts() == save_copy_keys


def test_no_connection_keeps_the_changes_calmly(qtbot, tmp_path, data_dir, address, programme_file,
                                                monkeypatch, boxes):
    fake = FakeEngine("manager").install(monkeypatch)
    context, window = _window(qtbot, tmp_path, "es")
    path = _replica(programme_file, address, fake, waiting=3, last_sync_at="2026-12-06T08:00:00Z")
    fake.offline = True
    window.open_path(str(path))
    actions = window.sync_actions
    assert actions.controller.offline and boxes == []
    assert "Sin conexión, cambios conservados" in actions.status_bar.state.text()
    assert "3 cambios pendientes" in actions.status_bar.state.text()
    actions.sync_now()                                           # asked for: still no box
    assert boxes == [] and actions.controller.offline
    fake.offline = False
    actions.sync_now()
    assert not actions.controller.offline
    assert "nada pendiente" in actions.status_bar.state.text()
    context.session.close()


def test_a_refused_password_is_said_and_asked_again_when_the_user_asked(
        qtbot, tmp_path, data_dir, address, programme_file, monkeypatch, boxes):
    import psycopg

    import gui.sync.actions as actions_module
    asked: list[str] = []
    monkeypatch.setattr(actions_module, "ask_password", lambda parent, title, text: asked.append(text))
    fake = FakeEngine("consultant").install(monkeypatch)
    context, window = _window(qtbot, tmp_path)
    path = tmp_path / "mine.encadena"
    shutil.copy(programme_file, path)
    fake.register(path, kind="consultant")
    window.open_path(str(path))
    fake.error = psycopg.OperationalError('connection to server failed: FATAL:  password '
                                          'authentication failed for user "ana"')
    window.sync_actions.controller.sync_now(quiet=True)        # automatic: no question
    assert asked == [] and "failed" in window.sync_actions.status_bar.state.text()
    window.sync_actions.sync_now()
    assert len(asked) == 1 and "refused" in asked[0] and 'user "ana"' in asked[0]
    assert boxes == [] and fake.syncs == []                     # cancelled: nothing more
    assert "refused" in window.sync_actions.status_bar.state.toolTip()
    context.session.close()


def test_a_refused_sync_asks_for_the_password_and_syncs_with_it(qtbot, tmp_path, data_dir, address,
                                                                 programme_file, monkeypatch, boxes):
    import gui.sync.actions as actions_module
    from gui.sync import passwords
    passwords.forget(address)
    fake = FakeEngine("consultant").install(monkeypatch)
    fake.password = "clave:nueva"
    asked: list[str] = []
    monkeypatch.setattr(actions_module, "ask_password",
                        lambda parent, title, text: asked.append(text) or "clave:nueva")
    context, window = _window(qtbot, tmp_path, "es")
    path = tmp_path / "mine.encadena"
    shutil.copy(programme_file, path)
    fake.register(path, url=address.url(), user="ana", kind="consultant")
    window.open_path(str(path))
    window.sync_actions.sync_now()
    assert len(asked) == 1 and "rechazó" in asked[0] and "ana" in asked[0]
    qtbot.waitUntil(lambda: len(fake.syncs) == 1, timeout=3000)
    assert fake.sync_urls == [None, address.url("clave:nueva")] and boxes == []
    assert "sincronizado" in window.sync_actions.status_bar.state.text()
    passwords.forget(address)
    context.session.close()


def test_sync_runs_off_the_ui_thread_with_progress_and_cancel(qtbot, tmp_path, data_dir,
                                                              programme_file, monkeypatch):
    import threading

    from core.errors import Cancelled
    fake = FakeEngine("consultant").install(monkeypatch)
    app, context, window = make_window(tmp_path, synchronous=False)
    qtbot.addWidget(window)
    window.show()
    path = tmp_path / "mine.encadena"
    shutil.copy(programme_file, path)
    fake.register(path, kind="consultant")
    window.open_path(str(path))
    qtbot.waitUntil(lambda: context.session.is_open and window.sync_actions.controller.path == path,
                    timeout=10000)
    started, release = threading.Event(), threading.Event()

    def slow_sync(path, progress=None, cancel=None, url=None):
        started.set()
        while not release.wait(0.01):
            progress(0.3, "sync.pushing")           # raises Cancelled once the user cancels
            if cancel():
                raise Cancelled()
        raise AssertionError("not cancelled")

    monkeypatch.setattr(fake, "sync", slow_sync)
    fake.install(monkeypatch)
    actions = window.sync_actions
    task = actions.sync_now()
    assert task is not None and started.wait(5)
    from core import catalogue
    pushing = catalogue.text("sync.pushing", "en") if catalogue.has("sync.pushing") else "sync.pushing"
    qtbot.waitUntil(lambda: window.status.task is task and window.status.label.text() == pushing,
                    timeout=5000)
    assert actions.controller.syncing and not actions.act_sync.isEnabled()
    assert "Syncing" in actions.status_bar.state.text()
    assert actions.sync_now() is None                  # one at a time; another follows
    window.status.cancel.click()
    qtbot.waitUntil(lambda: task.done and not actions.controller.syncing, timeout=5000)
    assert actions.act_sync.isEnabled() and actions.controller.task is None
    assert "never synced" in actions.status_bar.state.text()      # cancelled: nothing happened
    release.set()
    monkeypatch.setattr(fake, "sync", FakeEngine.sync.__get__(fake))
    fake.install(monkeypatch)
    actions.sync_now()
    qtbot.waitUntil(lambda: not actions.controller.syncing and fake.syncs == [path], timeout=5000)
    assert "synced" in actions.status_bar.state.text()
    context.session.close()
    context.runner.pool.waitForDone(5000)


def test_sync_conflicts_base_mine_theirs_keep_mine_or_theirs(qtbot, tmp_path, data_dir, address,
                                                            programme_file, monkeypatch, qtmodeltester):
    from gui.dialogs.conflicts import ConflictsDialog
    fake = FakeEngine("manager").install(monkeypatch)
    context, window = _window(qtbot, tmp_path)
    path = _replica(programme_file, address, fake)
    fake.incoming_conflicts = [company_conflict(7, "S-001"), company_conflict(8, "S-003")]
    window.open_path(str(path))
    actions = window.sync_actions
    assert actions.status_bar.conflicts.isVisible()
    assert actions.status_bar.conflicts.text() == "2 conflicts to settle"
    dialog = ConflictsDialog(context, window, tab="sync")
    qtbot.addWidget(dialog)
    page = dialog.sync_page
    assert dialog.tabs.currentWidget() is page and dialog.tabs.tabText(1) == "Sync conflicts (2)"
    assert dialog.tabs.tabText(0) == "Conflicting answers (0)"
    qtmodeltester.check(page.model, force_py=True)
    qtmodeltester.check(page.fields_model, force_py=True)
    row = page.model.row_values(0)
    assert row["record"] == "S-001 · Proveedor S-001" and row["kind"] == "Company"
    assert row["fields"] == "Company name, Employees"
    fields = [page.fields_model.row_values(i) for i in range(page.fields_model.rowCount())]
    assert fields[0] == {"field": "Company name", "base": "Proveedor", "mine": "Proveedor Sur S.A.",
                         "theirs": "Proveedora del Sur"}
    assert (fields[1]["base"], fields[1]["mine"], fields[1]["theirs"]) == ("12", "14", "15")
    page.resolve("theirs")
    assert fake.resolved == [(7, "theirs")] and page.model.rowCount() == 1
    assert dialog.tabs.tabText(1) == "Sync conflicts (1)"
    page.keep_mine_all.click()
    assert fake.resolved[-1] == (8, "mine") and page.model.rowCount() == 0
    assert not page.keep_mine.isEnabled()
    qtbot.waitUntil(lambda: not actions.status_bar.conflicts.isVisible(), timeout=3000)
    assert "1 change waiting" in actions.status_bar.state.text()      # mine goes at the next sync
    context.session.close()


def test_a_plain_programme_shows_only_the_conflicting_answers(qtbot, tmp_path, programme_file,
                                                              monkeypatch):
    from gui.dialogs.conflicts import ConflictsDialog
    FakeEngine().install(monkeypatch)
    context, window = _window(qtbot, tmp_path)
    path = tmp_path / "programa.encadena"
    shutil.copy(programme_file, path)
    window.open_path(str(path))
    dialog = ConflictsDialog(context, window)
    qtbot.addWidget(dialog)
    assert dialog.sync_page is None and not dialog.tabs.tabBar().isVisible()
    assert dialog.windowTitle() == "Conflicting answers"
    assert not window.sync_actions.status_bar.isVisible()
    assert not window.sync_actions.act_sync.isVisible()
    context.session.close()


def test_last_sync_time_in_the_users_locale():
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

    from gui.sync.status import when_text
    now = QDateTime(QDate(2026, 12, 6), QTime(12, 0), QTimeZone.utc())
    today = when_text("2026-12-06T09:05:00Z", now)
    earlier = when_text("2026-11-30T09:05:00Z", now)
    assert ":" in today and len(today) <= 8
    assert earlier != today and len(earlier) > len(today)
    assert when_text(None) is None and when_text("nonsense") == "nonsense"
    assert QLocale().toString(QDateTime.fromString("2026-12-06T09:05:00Z", "yyyy-MM-ddTHH:mm:ssZ")) is not None


def test_every_changed_field_is_named_in_the_users_language():
    """A plan action's or a chain's field shows its label, not its column name."""
    from core import catalogue
    from gui.sync.conflicts_page import field_text
    assert field_text("status", "es", "plan_actions") == "Estado"
    assert field_text("percent", "pt", "plan_actions") == "Avanço (%)"
    assert field_text("name", "es", "value_chains") == "Nombre de la cadena de valor"
    assert field_text("name", "es", "companies") == catalogue.label("column.name", "es")
    assert field_text("no_such_column", "es", "plan_actions") == "no_such_column"
