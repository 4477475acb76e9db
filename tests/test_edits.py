"""Edits as data: applied atomically with audit rows, undone by their inverse, refused when stale."""
from __future__ import annotations

import pytest

from core.edits import Edit, RowChange, apply_edit, audit_entries
from core.edits.build import delete, insert, update
from core.errors import UserInputError
from core.project import Project


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "p.encadena", "Programa", "CR")
    with p.transaction() as conn:
        conn.execute("INSERT INTO companies (id, name, created_at, updated_at) "
                     "VALUES ('C01', 'Lácteos SA', '2026-01-01', '2026-01-01')")
    yield p
    p.close()


def _name(project) -> str:
    return project.conn.execute("SELECT name FROM companies WHERE id = 'C01'").fetchone()[0]


def test_update_is_applied_audited_and_undone(project):
    edit = Edit("edit.company_set", tuple(update(project.conn, "companies", {"id": "C01"},
                                                 {"name": "Lácteos del Valle", "employees": 12})),
                "company", "C01")
    apply_edit(project.conn, edit, who="Ana")
    assert _name(project) == "Lácteos del Valle"
    log = audit_entries(project.conn, "company", "C01")
    assert {(e.field, e.old, e.new, e.who) for e in log} == {
        ("name", "Lácteos SA", "Lácteos del Valle", "Ana"), ("employees", None, 12, "Ana")}
    apply_edit(project.conn, edit.inverse(), who="Ana")
    assert _name(project) == "Lácteos SA"
    assert len(audit_entries(project.conn, "company", "C01")) == 4
    assert audit_entries(project.conn)[0].action == "edit.company_set.undo"


def test_a_stale_edit_is_refused_and_changes_nothing(project):
    edit = Edit("edit.company_set", tuple(update(project.conn, "companies", {"id": "C01"},
                                                 {"name": "Nuevo"})), "company", "C01")
    project.conn.execute("UPDATE companies SET name = 'Otro' WHERE id = 'C01'")
    with pytest.raises(UserInputError) as info:
        apply_edit(project.conn, edit)
    assert info.value.code == "edit.conflict"
    assert _name(project) == "Otro"
    assert audit_entries(project.conn) == []


def test_insert_and_delete_round_trip_with_all_columns(project):
    add = Edit("edit.chain_add", (insert("value_chains", {"id": 7},
                                         {"uid": "u7", "name": "Cadena láctea",
                                          "created_at": "2026-01-01"}),), "chain", "7")
    apply_edit(project.conn, add)
    remove = Edit("edit.chain_remove", tuple(delete(project.conn, "value_chains", {"id": 7})))
    assert remove.changes[0].before["name"] == "Cadena láctea"
    apply_edit(project.conn, remove)
    assert project.conn.execute("SELECT COUNT(*) FROM value_chains").fetchone()[0] == 0
    apply_edit(project.conn, remove.inverse())
    assert project.conn.execute("SELECT name FROM value_chains").fetchone()[0] == "Cadena láctea"


def test_a_failing_change_rolls_back_the_whole_edit(project):
    edit = Edit("edit.company_set", (
        *update(project.conn, "companies", {"id": "C01"}, {"name": "Primero"}),
        RowChange("companies", {"id": "C99"}, {"name": "x"}, {"name": "y"})))
    with pytest.raises(UserInputError):
        apply_edit(project.conn, edit)
    assert _name(project) == "Lácteos SA"


def test_unknown_tables_and_columns_never_reach_sql(project):
    with pytest.raises(ValueError):
        update(project.conn, "sqlite_master", {"name": "x"}, {"sql": "y"})
    with pytest.raises(ValueError):
        update(project.conn, "companies", {"id": "C01"}, {'name" = 1; --': "y"})
