"""The sync engine against a real PostgreSQL server: every record travels, a push applies once,
both sides changing a record is a conflict that loses nothing, and a checkout is whole or absent."""
from __future__ import annotations

import json

import pytest

from core.errors import UserInputError
from core.server.init import init_server
from core.store import connect_store
from core.sync import api, replica
from core.sync import records as rec
from sync_support import fill_settings, full_programme, hashes


@pytest.fixture
def served(tmp_path, pg_url):
    """A programme built from an empty project, put on a fresh server: (server URL, source)."""
    source = full_programme(tmp_path / "src")
    fill_settings(source)
    init_server(pg_url, source)
    return pg_url, source


def _edit(path, sql, params=()):
    conn = connect_store(path)
    conn.execute(sql, params)
    conn.close()


def test_every_table_travels_and_arrives_equal(served, tmp_path):
    url, source = served
    before = hashes(source)
    assert all(before[t] for t in before), [t for t in before if not before[t]]
    assert hashes(url) == before
    mine = tmp_path / "mine.encadena"
    state = api.checkout(url, mine)
    assert state.waiting == 0 and state.conflicts == 0 and state.kind == "manager"
    assert hashes(mine) == before
    assert "@" not in state.server or ":" not in state.server.split("@")[0].split("//")[1]


def test_changes_travel_both_ways_and_conflicts_lose_nothing(served, tmp_path):
    url, _ = served
    ana, beto = tmp_path / "ana.encadena", tmp_path / "beto.encadena"
    api.checkout(url, ana)
    api.checkout(url, beto)
    conn = connect_store(ana)
    original = conn.execute("SELECT name FROM companies WHERE id = 'S1'").fetchone()[0]
    conn.close()
    _edit(ana, "UPDATE companies SET name = 'Finca Uno S.A.' WHERE id = 'S1'")
    _edit(ana, "UPDATE plan_actions SET title = 'Registro diario' WHERE action_id = 'A01'")
    _edit(beto, "UPDATE companies SET employees = 20 WHERE id = 'S1'")
    _edit(beto, "DELETE FROM kpi_measurements")
    assert api.status(ana).waiting == 2
    done = api.sync(ana, url=url)
    assert (done.pushed, done.conflicts) == (2, 0)
    done = api.sync(beto, url=url)
    assert done.conflicts == 1 and done.pushed == 1          # the measurement's deletion
    [conflict] = api.conflicts(beto)
    assert conflict.table == "companies" and conflict.subject_id == "S1"
    diffs = {d.field: (d.base, d.mine, d.theirs) for d in conflict.differences}
    assert diffs["name"][2] == "Finca Uno S.A." and diffs["employees"][1] == 20
    assert api.status(beto).conflicts == 1
    api.resolve(beto, conflict.id, "mine", who="beto")
    assert api.sync(beto, url=url).pushed == 2          # the record and the decision's audit row
    api.sync(ana, url=url)
    assert hashes(ana) == hashes(beto) == hashes(url)
    conn = connect_store(ana)
    name, employees = conn.execute("SELECT name, employees FROM companies WHERE id = 'S1'").fetchone()
    assert (name, employees) == (original, 20)     # beto's whole record was kept, as he decided
    assert conn.execute("SELECT COUNT(*) FROM kpi_measurements").fetchone()[0] == 0
    conn.close()


def test_keep_theirs_takes_the_servers_version(served, tmp_path):
    url, _ = served
    ana, beto = tmp_path / "ana.encadena", tmp_path / "beto.encadena"
    assert api.checkout(url, ana).waiting == 0
    api.checkout(url, beto)
    assert api.status(ana).waiting == 0         # counted: every record is its own base
    _edit(ana, "UPDATE companies SET name = 'De Ana' WHERE id = 'S2'")
    _edit(beto, "DELETE FROM capability_certs")
    _edit(beto, "UPDATE companies SET name = 'De Beto' WHERE id = 'S2'")
    api.sync(ana, url=url)
    api.sync(beto, url=url)
    [conflict] = api.conflicts(beto)
    api.resolve(beto, conflict.id, "theirs", who="beto")
    assert api.status(beto).waiting == 1              # only the decision's audit row
    api.sync(beto, url=url)
    api.sync(ana, url=url)
    assert hashes(ana) == hashes(beto) == hashes(url)
    conn = connect_store(ana)                           # the team sees who decided, and what
    who, action, kind, subject, new = conn.execute(
        "SELECT who, action, subject_kind, subject_id, new_value FROM audit_log "
        "WHERE action LIKE 'sync.%'").fetchone()
    conn.close()
    assert (who, action, kind, subject) == ("beto", "sync.kept_theirs", "company", "S2")
    assert "De Ana" in new
    with pytest.raises(UserInputError):
        api.resolve(beto, conflict.id, "theirs")


def test_a_push_retried_after_a_cut_applies_once(served, tmp_path):
    from core.server.connection import connect_server
    from core.sync import push as pushing
    url, _ = served
    mine = tmp_path / "mine.encadena"
    api.checkout(url, mine)
    _edit(mine, "INSERT INTO supplied_items VALUES ('S2', 'Queso', 3)")
    conn = connect_store(mine)
    tables = rec.registry(conn)
    server = connect_server(url)
    state = pushing.prepare(conn, tables)
    from core.sync.serverside import Change, receive_push
    changes = [Change.from_json(c) for c in json.loads(state.pending_payload)]
    first = receive_push(server, tables, state.pending_push_id, changes)   # the answer is lost
    assert replica.read_state(conn).pending_push_id == state.pending_push_id
    conn.close()
    log = server.raw.execute("SELECT COUNT(*) FROM sync_log").fetchone()[0]
    done = api.sync(mine, url=url)                  # sends the same push again: applied once
    assert server.raw.execute("SELECT COUNT(*) FROM sync_log").fetchone()[0] == log
    assert done.pushed == len(first["applied"]) == 1
    assert api.status(mine).waiting == 0
    server.close()


def test_a_tampered_toolkit_is_refused(served, tmp_path):
    url, _ = served
    mine = tmp_path / "mine.encadena"
    api.checkout(url, mine)
    _edit(mine, "UPDATE toolkits SET workbook = ?", (b"not the workbook",))
    assert api.sync(mine, url=url).refused == 1
    server = connect_store(url, migrate=False)
    blob = server.execute("SELECT workbook FROM toolkits").fetchone()[0]
    server.close()
    assert blob != b"not the workbook"
    assert api.status(mine).waiting == 1                 # refused: still waiting, nothing lost


def test_checkout_of_some_chains(served, tmp_path):
    url, _ = served
    mine = tmp_path / "cafe.encadena"
    state = api.checkout(url, mine, ["Café"])
    assert state.chains == ("Café",)
    conn = connect_store(mine)
    assert {r[0] for r in conn.execute("SELECT name FROM value_chains")} == {"Café"}
    companies = {r[0] for r in conn.execute("SELECT id FROM companies")}
    assert companies == {"S3", "S4"}
    conn.close()
    whole = tmp_path / "whole.encadena"                # the manager renames the chain, edits
    api.checkout(url, whole)
    _edit(whole, "UPDATE value_chains SET name = 'Café de altura' WHERE name = 'Café'")
    _edit(whole, "UPDATE companies SET contact = 'Nuevo' WHERE id IN ('S3', 'S1')")
    api.sync(whole, url=url)
    api.sync(mine, url=url)
    assert api.status(mine).chains == ("Café de altura",)
    conn = connect_store(mine)
    assert dict(conn.execute("SELECT id, contact FROM companies").fetchall())["S3"] == "Nuevo"
    assert {r[0] for r in conn.execute("SELECT id FROM companies")} == {"S3", "S4"}
    conn.close()
    with pytest.raises(UserInputError) as refused:
        api.checkout(url, tmp_path / "x.encadena", ["Cacao"])
    assert refused.value.code == "sync.unknown_chains"
    assert not (tmp_path / "x.encadena").exists()


def test_what_the_user_gets_wrong_is_a_clear_refusal(served, tmp_path, pg_url):
    url, source = served
    bad_password = url.replace("://", "://encadena_test:wrong@", 1) if "@" not in url else (
        url.split("://")[0] + "://" + url.split("://")[1].split(":")[0] + ":wrong@"
        + url.split("@", 1)[1])
    cases = [("mysql://host/db", "sync.bad_url"), ("postgresql://h:port/db", "sync.bad_url"),
             (bad_password, "sync.wrong_password"),
             ("postgresql://u:p@127.0.0.1:1/db", "sync.unreachable"),
             (url.rsplit("/", 1)[0] + "/postgres", "sync.not_a_programme_server")]
    for target, code in cases:
        out = tmp_path / f"{code}.encadena"
        with pytest.raises(UserInputError) as refused:
            api.checkout(target, out)
        assert refused.value.code == code, target
        assert not out.exists()
        assert "wrong" not in str(refused.value.params)
    with pytest.raises(UserInputError) as refused:
        api.sync(source)
    assert refused.value.code == "sync.not_a_replica"
    with pytest.raises(UserInputError) as refused:
        init_server(url, source)
    assert refused.value.code == "sync.server_in_use"
    api.checkout(url, tmp_path / "mine.encadena")
    with pytest.raises(UserInputError) as refused:        # never over an existing file
        api.checkout(url, tmp_path / "mine.encadena")
    assert refused.value.code == "safety.output_is_project"


def test_a_deleted_company_leaves_every_replica_with_its_records(served, tmp_path):
    url, _ = served
    ana, beto = tmp_path / "ana.encadena", tmp_path / "beto.encadena"
    api.checkout(url, ana)
    api.checkout(url, beto)
    conn = connect_store(ana)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    for table in ("match_pipeline", "risk_classifications", "chain_members"):
        conn.execute(f"DELETE FROM {table} WHERE company_id = 'S2'")
    conn.execute("DELETE FROM quality_flags WHERE assessment_id IN "
                 "(SELECT id FROM assessments WHERE company_id = 'S2')")
    conn.execute("DELETE FROM assessments WHERE company_id = 'S2'")
    conn.execute("DELETE FROM companies WHERE id = 'S2'")      # the rest goes by cascade
    conn.execute("COMMIT")
    conn.close()
    api.sync(ana, url=url)
    done = api.sync(beto, url=url)
    assert done.conflicts == 0 and api.status(beto).waiting == 0
    assert hashes(ana) == hashes(beto) == hashes(url)
    server = hashes(url)
    assert not any('"S2"' in key for t in ("capability_profiles", "capability_certs",
                                            "certification_decisions", "companies")
                   for key in server[t])
    assert server["capability_profiles"] == {}


def test_a_toolkit_damaged_on_the_server_never_arrives(served, tmp_path):
    url, _ = served
    server = connect_store(url, migrate=False)
    server.execute("UPDATE toolkits SET workbook = ?", (b"damaged",))
    server.close()
    mine = tmp_path / "mine.encadena"
    api.checkout(url, mine)
    conn = connect_store(mine)
    assert conn.execute("SELECT COUNT(*) FROM toolkits").fetchone()[0] == 0
    conn.close()


def test_deleted_here_changed_there_is_a_conflict_and_theirs_restores_it(served, tmp_path):
    url, _ = served
    ana, beto = tmp_path / "ana.encadena", tmp_path / "beto.encadena"
    api.checkout(url, ana)
    api.checkout(url, beto)
    _edit(beto, "UPDATE risks SET owner = 'Beto'")
    api.sync(beto, url=url)
    _edit(ana, "DELETE FROM risks")
    assert api.sync(ana, url=url).conflicts == 1
    [conflict] = api.conflicts(ana)
    assert conflict.table == "risks" and conflict.mine_deleted and not conflict.theirs_deleted
    api.resolve(ana, conflict.id, "theirs")
    conn = connect_store(ana)
    assert conn.execute("SELECT owner FROM risks").fetchone()[0] == "Beto"
    conn.close()
    assert api.status(ana).waiting == 1               # the decision's audit row, nothing else
    api.sync(ana, url=url)
    assert hashes(ana) == hashes(url)


def test_a_cancelled_sync_or_checkout_changes_nothing(served, tmp_path):
    from core.errors import Cancelled
    url, _ = served
    mine = tmp_path / "mine.encadena"
    with pytest.raises(Cancelled):
        api.checkout(url, mine, progress=lambda f, m: None, cancel=lambda: True)
    assert not mine.exists()
    api.checkout(url, mine)
    _edit(mine, "UPDATE companies SET contact = 'Ana' WHERE id = 'S1'")
    with pytest.raises(Cancelled):                      # before anything was sent
        api.sync(mine, cancel=lambda: True, url=url)
    assert api.status(mine).waiting == 1
    seen = []
    with pytest.raises(Cancelled):                      # after the push, before the pull
        api.sync(mine, progress=lambda f, m: seen.append(m), cancel=lambda: "sync.pushing" in seen,
                 url=url)
    assert api.status(mine).waiting == 0 and hashes(url) == hashes(mine)
    done = api.sync(mine, progress=lambda f, m: seen.append(m), url=url)
    assert (done.pushed, done.pulled) == (0, 0) and seen[-1] == "sync.done"   # its echo: no news
