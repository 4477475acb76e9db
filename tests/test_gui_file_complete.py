"""The programme file on disk is always complete: edit in the workbench, copy only the .encadena
bytes (no -wal beside them, as when e-mailing the file), open the copy: the edit is there."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from core.edits import Edit
from core.edits.build import update
from gui_support import make_window

pytestmark = pytest.mark.gui


def _copy_name(tmp_path, source) -> str:
    copy = tmp_path / "copia.encadena"
    shutil.copyfile(source, copy)                 # the file alone, as an attachment would be
    conn = sqlite3.connect(copy)
    try:
        row = conn.execute("SELECT name FROM companies WHERE id = 'C01'").fetchone()
        return row[0] if row else None
    except sqlite3.Error:             # the schema itself still in the log: incomplete
        return None
    finally:
        conn.close()


def test_a_copy_taken_while_open_holds_every_edit(qtbot, tmp_path):
    _app, context, window = make_window(tmp_path, "es")
    qtbot.addWidget(window)
    path = tmp_path / "p.encadena"
    context.session.create(path, "Programa", "CR")
    conn = context.session.project.conn
    with conn:
        conn.execute("INSERT INTO companies (id, name, created_at, updated_at) "
                     "VALUES ('C01', 'Uno', '2026-01-01', '2026-01-01')")
    context.session.refresh()                     # a change the views are told about
    qtbot.waitUntil(lambda: _copy_name(tmp_path, path) == "Uno", timeout=3000)
    for name in ("Dos", "Tres", "Cuatro", "Cinco"):
        edit = Edit("edit.conflict", tuple(update(conn, "companies", {"id": "C01"}, {"name": name})),
                    "company", "C01", {"table": "companies", "key": "C01"})
        assert context.edits.push_edit(edit)
        assert (path.with_name(path.name + "-wal")).exists()          # WAL mode: the log exists
        qtbot.waitUntil(lambda name=name: _copy_name(tmp_path, path) == name, timeout=3000)
    context.session.close()
    context.languages.apply("en")        # the translators live on the shared application


def test_checkpoint_reports_a_missing_file(tmp_path):
    from gui.checkpoint import checkpoint
    assert checkpoint(tmp_path / "nada.encadena") is False
