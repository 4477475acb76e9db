"""The workbench's one undo stack: an edit pushed is applied, Ctrl+Z undoes it, the Edit menu
names it, and opening another programme clears the stack."""
from __future__ import annotations

import pytest

from core.edits import Edit
from core.edits.build import update
from gui_support import make_window

pytestmark = pytest.mark.gui


def test_push_undo_redo_through_the_edit_menu(qtbot, tmp_path):
    _app, context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    context.session.create(tmp_path / "p.encadena", "Programa", "CR")
    conn = context.session.project.conn
    conn.execute("INSERT INTO companies (id, name, created_at, updated_at) "
                 "VALUES ('C01', 'Uno', '2026-01-01', '2026-01-01')")
    edit = Edit("edit.conflict", tuple(update(conn, "companies", {"id": "C01"}, {"name": "Dos"})),
                "company", "C01", {"table": "companies", "key": "C01"})
    assert context.edits.push_edit(edit)
    name = lambda: conn.execute("SELECT name FROM companies").fetchone()[0]  # noqa: E731
    assert name() == "Dos"
    assert window.act_undo.isEnabled() and "companies" in window.act_undo.text()
    window.act_undo.trigger()
    assert name() == "Uno" and window.act_redo.isEnabled()
    window.act_redo.trigger()
    assert name() == "Dos"
    context.session.close()
    assert context.edits.count() == 0


def test_a_refused_edit_leaves_the_stack(qtbot, tmp_path):
    _app, context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    context.session.create(tmp_path / "p.encadena", "Programa", "CR")
    conn = context.session.project.conn
    conn.execute("INSERT INTO companies (id, name, created_at, updated_at) "
                 "VALUES ('C01', 'Uno', '2026-01-01', '2026-01-01')")
    edit = Edit("edit.conflict", tuple(update(conn, "companies", {"id": "C01"}, {"name": "Dos"})))
    conn.execute("UPDATE companies SET name = 'Tres'")
    errors = []
    context.edits.on_error = errors.append
    assert not context.edits.push_edit(edit)
    assert errors and errors[0].code == "edit.conflict"
    assert context.edits.count() == 0
