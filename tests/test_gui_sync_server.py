"""The workbench against a real programme server (PostgreSQL, the real sync engine), in Spanish:
a manager opens the server programme (checkout into the data folder, password remembered in
libpq's file), sees a consultant's change after a sync, settles a sync conflict in the conflicts
dialog, and loses nothing when the server cannot be reached."""
from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QMessageBox

from gui_support import build_programme, make_window

pytestmark = pytest.mark.gui
users = pytest.importorskip("core.server.users")
pytest.importorskip("core.sync.engine")


def _as(url: str, name: str, password: str) -> str:
    parts = urlsplit(url)
    return f"postgresql://{name}:{password}@{parts.hostname}:{parts.port}{parts.path}"


@pytest.fixture
def served(tmp_path, pg_url, monkeypatch):
    """A programme built from empty, put on a server with a manager and a consultant."""
    from core.server.init import init_server
    from core.store import connect_store
    monkeypatch.setenv("ENCADENA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass.conf"))
    source = build_programme(tmp_path / "fuente" / "programa.encadena", _folder(tmp_path / "fuente"))
    init_server(pg_url, source)
    tag = uuid.uuid4().hex[:6]
    owner = connect_store(pg_url, migrate=False)
    users.add_user(owner, f"mara_{tag}", "manager", "clave-mara")
    users.add_user(owner, f"ana_{tag}", "consultant", "clave-ana", ["Cadena láctea"])
    owner.close()
    return _as(pg_url, f"mara_{tag}", "clave-mara"), _as(pg_url, f"ana_{tag}", "clave-ana")


def _folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _consultant_renames(ana_url: str, replica: Path, company: str, name: str) -> None:
    from core.sync import api
    conn = sqlite3.connect(replica)
    with conn:
        conn.execute("UPDATE companies SET name = ? WHERE id = ?", (name, company))
    conn.close()
    result = api.sync(replica, url=ana_url)
    assert result.pushed >= 1 and result.conflicts == 0


def test_manager_works_on_the_server_programme_in_spanish(qtbot, tmp_path, served, monkeypatch):
    from core.edits import Edit
    from core.edits.build import update
    from core.sync import api
    from gui.dialogs.conflicts import ConflictsDialog
    from gui.sync import passwords
    from gui.sync.replicas import ServerAddress
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: boxes.append(a[2]))
    mara_url, ana_url = served
    app, context, window = make_window(tmp_path, "es")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    actions = window.sync_actions
    address = ServerAddress.from_url(mara_url)

    actions.open_server(address, "clave-mara", None, remember=True)
    assert boxes == []
    path = context.session.path
    assert path.parent == tmp_path / "data" / "servers"
    assert "clave-mara" not in path.read_bytes().decode("latin-1")          # never in the file
    assert "clave-mara" in (tmp_path / "pgpass.conf").read_text(encoding="utf-8")
    assert len(context.session.companies()) == 3
    assert actions.status_bar.where.text().startswith("Vista de gestión · ")
    assert actions.controller.automatic and actions.controller.status.kind == "manager"
    assert "sincronizado automáticamente" in actions.status_bar.state.text()
    window.grab().save(str(tmp_path / "gerente.png"))

    ana = tmp_path / "ana.encadena"                       # a consultant in the field
    api.checkout(ana_url, ana)
    _consultant_renames(ana_url, ana, "S-002", "Lácteos del Norte S.A.")
    passwords.forget(address)                             # from now on: libpq's password file
    actions.sync_now()
    names = context.session.companies().set_index("company_id")["name"]
    assert names["S-002"] == "Lácteos del Norte S.A." and boxes == []

    _consultant_renames(ana_url, ana, "S-001", "Proveedora Ana")       # both change S-001
    conn = context.session.project.conn
    edit = Edit("edit.conflict", tuple(update(conn, "companies", {"id": "S-001"},
                                              {"name": "Proveedora Mara"})))
    assert context.edits.push_edit(edit)
    assert "1 cambio pendiente" in actions.status_bar.state.text() or actions.controller.debounce.isActive()
    actions.controller.debounce.stop()
    actions.sync_now()
    assert actions.controller.status.conflicts == 1
    assert actions.status_bar.conflicts.isVisible()
    assert actions.status_bar.conflicts.text() == "1 conflicto por resolver"
    dialog = ConflictsDialog(context, window, tab="sync")
    qtbot.addWidget(dialog)
    page = dialog.sync_page
    assert dialog.tabs.currentWidget() is page
    assert dialog.tabs.tabText(1) == "Conflictos de sincronización (1)"
    row = page.model.row_values(0)
    assert row["record"].startswith("S-001") and row["kind"] == "Empresa"
    fields = {page.fields_model.row_values(i)["field"]: page.fields_model.row_values(i)
              for i in range(page.fields_model.rowCount())}
    name = fields["Nombre de la empresa"]
    assert (name["base"], name["mine"], name["theirs"]) == ("Proveedor S-001", "Proveedora Mara",
                                                            "Proveedora Ana")
    dialog.resize(1080, 620)
    dialog.show()
    dialog.grab().save(str(tmp_path / "conflicto.png"))
    page.keep_theirs.click()
    assert page.model.rowCount() == 0
    qtbot.waitUntil(lambda: context.session.companies().set_index("company_id")
                    .loc["S-001", "name"] == "Proveedora Ana", timeout=5000)
    dialog.close()

    # The server cannot be reached: the change stays waiting, calmly.
    edit = Edit("edit.conflict", tuple(update(context.session.project.conn, "companies",
                                              {"id": "S-003"}, {"name": "Sin red"})))
    assert context.edits.push_edit(edit)
    actions.controller.debounce.stop()
    local = sqlite3.connect(path)
    with local:
        local.execute("UPDATE sync_state SET server = 'postgresql://nadie@127.0.0.1:1/cadenas'")
    local.close()
    actions.controller.refresh_status()
    actions.sync_now()
    assert actions.controller.offline and boxes == []
    state = actions.status_bar.state.text()
    # the company and its audit-log row, and the audit row of the "keep theirs" decision
    assert actions.controller.status.waiting == 3
    assert "Sin conexión, cambios conservados" in state and "3 cambios pendientes" in state
    assert context.session.companies().set_index("company_id").loc["S-003", "name"] == "Sin red"
    window.grab().save(str(tmp_path / "sin_conexion.png"))
    context.session.close()
