"""The store's behaviour on both backends: a project file (SQLite) and a programme server
(PostgreSQL). One fixture (``store`` in conftest) runs every test on each."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from core.edits import Edit, apply_edit, audit_entries
from core.edits.build import insert, update
from core.errors import UserInputError
from core.project.entities import (
    add_chain_members,
    read_chains,
    read_company,
    read_programme,
    save_chain,
    save_company,
    write_programme,
)
from core.project.migrations import latest_version
from core.project.model import Company, Programme, ValueChain
from core.project.queries import chain_memberships
from core.store import backend_of


def _programme(conn) -> None:
    conn.execute("BEGIN IMMEDIATE")
    write_programme(conn, Programme(name="Lácteos del Sur", country="CR", uid="p-1",
                                    created_at="2026-01-01T00:00:00Z"))
    for code, name, role in [("ANC", "Ancla S.A.", "buyer"), ("S1", "Quesos 50% Ñ", "supplier"),
                             ("S2", "Leche 'Pura'", "supplier")]:
        save_company(conn, Company(id=code, name=name, role=role, employees=12,
                                   annual_sales=1.5e6))
    save_chain(conn, ValueChain(name="Lácteos", anchor_id="ANC", suppliers=["S1"],
                                phases={"diagnosis": ("2026-02-01", "2026-03-01")}))
    conn.execute("COMMIT")


def test_migrations_reach_the_latest_version(store):
    assert store.execute("PRAGMA user_version").fetchone()[0] == latest_version()


def test_the_same_tables_and_columns_on_both(store, tmp_path):
    reference = sqlite3.connect(":memory:")
    from core.project.migrations import migrate
    migrate(reference)
    sqlite_only = ("directory_fts", "sqlite_")
    for (table,) in reference.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if table.startswith(sqlite_only):
            continue
        expected = [r[1] for r in reference.execute(f'PRAGMA table_info("{table}")')]
        assert [r[1] for r in store.execute(f'PRAGMA table_info("{table}")')] == expected, table


def test_programme_companies_and_chains_round_trip(store):
    _programme(store)
    assert read_programme(store).name == "Lácteos del Sur"
    assert read_company(store, "S1").name == "Quesos 50% Ñ"
    assert read_company(store, "S2").name == "Leche 'Pura'"
    chains = read_chains(store)
    assert [c.name for c in chains] == ["Lácteos"]
    assert isinstance(chains[0].id, int) and chains[0].id > 0
    add_chain_members(store, chains[0].id, ["S2", "S1"])     # S1 already there: kept once
    members = chain_memberships(store)
    assert sorted(members["company_id"]) == ["ANC", "S1", "S2"]


def test_an_edit_applies_undoes_and_is_audited(store):
    _programme(store)
    edit = Edit("company.edit", tuple(update(store, "companies", {"id": "S1"}, {"employees": 40})),
                "company", "S1")
    apply_edit(store, edit, who="ana")
    assert read_company(store, "S1").employees == 40
    apply_edit(store, edit.inverse(), who="ana")
    assert read_company(store, "S1").employees == 12
    entries = audit_entries(store, "company", "S1")
    assert [e.who for e in entries] == ["ana", "ana"]


def test_a_stale_edit_is_refused_and_changes_nothing(store):
    _programme(store)
    first = Edit("company.edit", tuple(update(store, "companies", {"id": "S1"}, {"employees": 40})),
                 "company", "S1")
    stale = Edit("company.edit", (*update(store, "companies", {"id": "S2"}, {"employees": 7}),
                                  *update(store, "companies", {"id": "S1"}, {"employees": 99})),
                 "company", "S1")
    apply_edit(store, first)
    with pytest.raises(UserInputError):
        apply_edit(store, stale)
    assert read_company(store, "S2").employees == 12       # the first change was rolled back
    assert read_company(store, "S1").employees == 40
    assert not store.in_transaction


def test_inserting_twice_is_refused(store):
    _programme(store)
    edit = Edit("plan.add", (
        insert("plans", {"company_id": "S1"}, {"uid": "plan-1", "agreed_on": "2026-04-01",
                                               "updated_at": "2026-04-01T00:00:00Z"}),),
                "company", "S1")
    apply_edit(store, edit)
    with pytest.raises(UserInputError):
        apply_edit(store, edit)
    count = store.execute("SELECT COUNT(*) FROM plans").fetchone()[0]
    assert count == 1


def test_insert_or_ignore_and_replace(store):
    _programme(store)
    store.execute("INSERT OR REPLACE INTO classification_codes VALUES (?, ?, ?, ?)",
                  ("C10", "Food", "Alimentos", "Alimentos"))
    store.execute("INSERT OR REPLACE INTO classification_codes VALUES (?, ?, ?, ?)",
                  ("C10", "Food products", "Alimentos", "Alimentos"))
    store.execute("INSERT OR IGNORE INTO classification_codes VALUES (?, ?, ?, ?)",
                  ("C10", "ignored", None, None))
    rows = store.execute("SELECT code, label_en FROM classification_codes").fetchall()
    assert [tuple(r) for r in rows] == [("C10", "Food products")]


def test_a_failed_transaction_leaves_nothing(store):
    _programme(store)
    from core.project.db import transaction
    with pytest.raises(RuntimeError):
        with transaction(store):
            store.execute("UPDATE companies SET name = ? WHERE id = ?", ("Cambiado", "S1"))
            raise RuntimeError("power cut")
    assert read_company(store, "S1").name == "Quesos 50% Ñ"


def test_blobs_and_dates_come_back_as_stored(store):
    _programme(store)
    payload = bytes(range(256)) * 4
    store.execute("INSERT INTO toolkits (sha256, toolkit_id, version, title, workbook, added_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)", ("ab" * 32, "tk", "1", "T", payload,
                                                date(2026, 1, 1).isoformat()))
    row = store.execute("SELECT workbook, added_at FROM toolkits").fetchone()
    assert bytes(row[0]) == payload and row[1] == "2026-01-01"
    assert backend_of(store) in {"sqlite", "postgresql"}


def test_plans_kpis_progress_and_measurements_round_trip(store):
    from core.plans.store import add_measurement, delete_plan, load_plan, record_progress, save_plan
    from test_plans_store import sample_plan
    _programme(store)
    plan = sample_plan("S1")
    assert save_plan(store, plan) is True
    assert load_plan(store, "S1") == plan
    assert save_plan(store, load_plan(store, "S1")) is False          # an equal save writes nothing
    record_progress(store, "S1", "A01", date(2026, 6, 1), percent=80)
    add_measurement(store, "S1", "K01", date(2026, 6, 1), 120.5, "ERP")
    again = load_plan(store, "S1")
    assert [u.percent for u in again.actions[0].updates] == [40, 80]
    assert [m.value for m in again.kpis[0].measurements] == [112, 120.5]
    assert again.actions[0].notes == "=not a formula"
    with pytest.raises(UserInputError):
        record_progress(store, "S1", "A09", date(2026, 6, 1), percent=1)
    assert delete_plan(store, "S1") is True
    assert store.execute("SELECT COUNT(*) FROM plan_actions").fetchone()[0] == 0   # cascaded


def test_asking_whether_a_table_exists(store):
    """The store asks sqlite_master; on a server the dialect answers from the catalogue."""
    ask = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?"
    assert store.execute(ask, ("plans",)).fetchone()[0] == "plans"
    assert store.execute(ask, ("no_such_table",)).fetchone() is None
