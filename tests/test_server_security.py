"""Row-level security on the programme server, checked with raw SQL on each user's own connection
(psycopg, the user's own password): what PostgreSQL itself lets them see and change."""
from __future__ import annotations

from datetime import date

import psycopg
import pytest

from core.edits import apply_edit
from core.plans.edits import add_action
from core.project.entities import save_chain, save_company, write_programme
from core.project.model import Company, Programme, ValueChain
from core.server import users
from core.server.credentials import with_user
from core.server.security import (
    KINDS,
    apply_security,
    group_roles,
    programme_tables,
    unclassified_tables,
)
from core.store import connect_store

PASSWORD = "s3cret-ü:x"


def build_programme(conn) -> None:
    """Two chains from core functions: Lácteos (ANC; S1, S2) and Café (BUY; S3, S4), a company
    in no chain (FREE), plan actions (with their audit rows) in both chains."""
    conn.execute("BEGIN IMMEDIATE")
    write_programme(conn, Programme(name="Programme Sur", country="CR", uid="prog-1",
                                    created_at="2026-01-01T00:00:00Z"))
    for code, name, role in [("ANC", "Ancla Lácteos S.A.", "buyer"), ("S1", "Quesos Ñ", "supplier"),
                             ("S2", "Leche Pura", "supplier"), ("BUY", "Tostadora S.A.", "buyer"),
                             ("S3", "Finca Alta", "supplier"), ("S4", "Beneficio Sur", "supplier"),
                             ("FREE", "Sin cadena", "supplier")]:
        save_company(conn, Company(id=code, name=name, role=role, employees=10, tax_id="T-" + code,
                                   contact=f"{code.lower()}@example.org", sector="food"))
    save_chain(conn, ValueChain(name="Lácteos", anchor_id="ANC", suppliers=["S1", "S2"]))
    save_chain(conn, ValueChain(name="Café", anchor_id="BUY", suppliers=["S3", "S4"]))
    conn.execute("COMMIT")
    for company in ("S1", "S3"):
        apply_edit(conn, add_action(conn, company, f"Mejorar {company}", date(2026, 3, 1)), "lead")


@pytest.fixture
def server(pg_admin_url, pg_template):
    """A programme database secured and with four users: ana (Lácteos), beto (Café), marta
    (manager), fabio (funder). Yields (owner connection, {name: url with password})."""
    from pg_support import create_database, drop_database
    name, url = create_database(pg_admin_url, template=pg_template)
    owner = connect_store(url, migrate=False)
    build_programme(owner)
    apply_security(owner)
    suffix = name[-8:]
    people = {f"ana_{suffix}": ("consultant", ["Lácteos"]), f"beto_{suffix}": ("consultant", ["café"]),
              f"marta_{suffix}": ("manager", []), f"fabio_{suffix}": ("funder", [])}
    urls = {}
    for person, (kind, chains) in people.items():
        users.add_user(owner, person, kind, PASSWORD, chains)
        urls[person.split("_")[0]] = with_user(url, person, PASSWORD)
    yield owner, urls
    roles = list(group_roles(owner).values())
    owner.close()
    drop_database(pg_admin_url, name)
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        for role in [*people, *roles]:
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')


def connect_as(urls, who):
    return psycopg.connect(urls[who], autocommit=True)


def ids(conn, sql, *params):
    return sorted(r[0] for r in conn.execute(sql, params).fetchall())


def test_every_table_is_classified_and_forced(server):
    owner, _ = server
    assert unclassified_tables(owner) == []
    rows = owner.raw.execute(
        "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = 'r' "
        "AND NOT (c.relrowsecurity AND c.relforcerowsecurity)").fetchall()
    assert rows == []
    assert set(programme_tables(owner)) >= {"companies", "plan_actions", "audit_log", "sync_log"}


def test_apply_security_twice_changes_nothing(server):
    owner, urls = server
    before = owner.raw.execute("SELECT tablename, policyname, qual, with_check FROM pg_policies "
                               "ORDER BY 1, 2").fetchall()
    apply_security(owner)
    after = owner.raw.execute("SELECT tablename, policyname, qual, with_check FROM pg_policies "
                              "ORDER BY 1, 2").fetchall()
    assert before == after
    with connect_as(urls, "ana") as ana:
        assert ids(ana, "SELECT id FROM companies") == ["ANC", "S1", "S2"]


def test_a_consultant_sees_only_their_chains(server):
    _, urls = server
    with connect_as(urls, "ana") as ana:
        assert ids(ana, "SELECT id FROM companies") == ["ANC", "S1", "S2"]
        assert ana.execute("SELECT count(*) FROM companies WHERE id = 'S3'").fetchone()[0] == 0
        assert ids(ana, "SELECT name FROM value_chains") == ["Lácteos"]
        assert ids(ana, "SELECT company_id FROM chain_members") == ["ANC", "S1", "S2"]
        assert ids(ana, "SELECT company_id FROM plan_actions") == ["S1"]
        assert ids(ana, "SELECT company_id FROM plans") == ["S1"]
        subjects = ids(ana, "SELECT DISTINCT subject_id FROM audit_log WHERE subject_kind = 'company'")
        assert subjects == ["S1"]
        # shared: the programme row and toolkits are readable by all
        assert ana.execute("SELECT name FROM programme").fetchone()[0] == "Programme Sur"
        ana.execute("SELECT count(*) FROM toolkits")
    with connect_as(urls, "beto") as beto:
        assert ids(beto, "SELECT id FROM companies") == ["BUY", "S3", "S4"]


def test_other_chains_are_unwritable(server):
    owner, urls = server
    with connect_as(urls, "ana") as ana:
        assert ana.execute("UPDATE companies SET name = 'x' WHERE id = 'S3'").rowcount == 0
        assert ana.execute("DELETE FROM plan_actions WHERE company_id = 'S3'").rowcount == 0
        assert ana.execute("UPDATE companies SET sector = 'dairy' WHERE id = 'S1'").rowcount == 1
        cafe = owner.raw.execute("SELECT id FROM value_chains WHERE name = 'Café'").fetchone()[0]
        lacteos = owner.raw.execute("SELECT id FROM value_chains WHERE name = 'Lácteos'").fetchone()[0]
        refused = [
            ("INSERT INTO plans (company_id, uid, updated_at) VALUES ('S4', 'u-x', 'now')", ()),
            ("INSERT INTO chain_members (chain_id, company_id) VALUES (%s, 'S1')", (cafe,)),
            # taking another chain's supplier into one's own chain would reveal it
            ("INSERT INTO chain_members (chain_id, company_id) VALUES (%s, 'S3')", (lacteos,)),
            ("UPDATE value_chains SET anchor_id = 'BUY' WHERE id = %s", (lacteos,)),
        ]
        for sql, params in refused:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                ana.execute(sql, params)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            ana.execute("UPDATE programme SET name = 'mine'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            ana.execute("DELETE FROM audit_log")
        assert ana.execute("UPDATE audit_log SET who = 'nobody'").rowcount == 0
    assert owner.raw.execute("SELECT name FROM companies WHERE id = 'S3'").fetchone()[0] == "Finca Alta"
    assert owner.raw.execute("SELECT count(*) FROM plan_actions WHERE company_id = 'S3'").fetchone()[0] == 1


CHAIN_UPSERT = ("INSERT INTO value_chains (uid, name, sector, created_at) VALUES (%s, %s, 'x', 'now') "
                "ON CONFLICT (uid) DO UPDATE SET name = excluded.name, sector = excluded.sector")


def test_a_sync_upserts_only_into_ones_own_chain(server):
    owner, urls = server
    uid = dict(owner.raw.execute("SELECT name, uid FROM value_chains").fetchall())
    with connect_as(urls, "ana") as ana:
        ana.execute(CHAIN_UPSERT, (uid["Lácteos"], "Lácteos del Sur"))
        for chain, name in ((uid["Café"], "Mío"), ("new-chain", "Nueva")):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                ana.execute(CHAIN_UPSERT, (chain, name))
    names = sorted(r[0] for r in owner.raw.execute("SELECT name FROM value_chains"))
    assert names == ["Café", "Lácteos del Sur"]


AUDIT_UPSERT = ("INSERT INTO audit_log (uid, edit_uid, at, who, action, subject_kind, subject_id, "
                "table_name, record_key) VALUES (%s, 'e', 'now', 'ana', 'edit.x', 'company', %s, "
                "'companies', '{}') ON CONFLICT (uid) DO UPDATE SET who = excluded.who")


def test_the_audit_log_is_appended_to_never_rewritten(server):
    """A sync adds audit rows with an upsert: a new row of one's own company goes in; an
    existing row is never changed, by a consultant or a manager; another chain's is refused."""
    owner, urls = server
    existing = owner.raw.execute("SELECT uid, subject_id FROM audit_log WHERE subject_id = 'S1' "
                                 "LIMIT 1").fetchone()
    with connect_as(urls, "ana") as ana:
        ana.execute(AUDIT_UPSERT, ("new-1", "S1"))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            ana.execute(AUDIT_UPSERT, ("new-2", "S3"))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            ana.execute(AUDIT_UPSERT, existing)
        ana.execute("INSERT INTO toolkits (toolkit_id, version, title, sha256, workbook, "
                    "added_at) VALUES ('tk', '1', 'TK', 'abc', %s, 'now') "
                    "ON CONFLICT (sha256) DO UPDATE SET title = excluded.title", (b"\x00",))
        assert ana.execute("UPDATE toolkits SET title = 'mine'").rowcount == 0
    with connect_as(urls, "marta") as marta:
        assert marta.execute("UPDATE audit_log SET who = 'x'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            marta.execute("DELETE FROM audit_log")
    assert owner.raw.execute("SELECT who FROM audit_log WHERE uid = 'new-1'").fetchone()[0] == "ana"
    assert owner.raw.execute("SELECT count(*) FROM audit_log WHERE who IN ('x', 'nobody')"
                             ).fetchone()[0] == 0


def test_a_consultant_adds_a_new_company_to_their_chain_in_one_transaction(server):
    owner, urls = server
    lacteos = owner.raw.execute("SELECT id FROM value_chains WHERE name = 'Lácteos'").fetchone()[0]
    with connect_as(urls, "ana") as ana:
        with ana.transaction():
            ana.execute("INSERT INTO companies (id, name, created_at, updated_at) "
                        "VALUES ('N1', 'Nueva', 'now', 'now')")
            ana.execute("INSERT INTO chain_members (chain_id, company_id) VALUES (%s, 'N1')",
                        (lacteos,))
            ana.execute("INSERT INTO plans (company_id, uid, updated_at) VALUES ('N1', 'plan-n1', 'now')")
        # in whatever order a push brings the tables: the records before the membership
        with ana.transaction():
            ana.execute("INSERT INTO companies (id, name, created_at, updated_at) "
                        "VALUES ('N2', 'Otra', 'now', 'now')")
            ana.execute("INSERT INTO plans (company_id, uid, updated_at) "
                        "VALUES ('N2', 'plan-n2', 'now')")
            ana.execute("INSERT INTO plan_actions (company_id, action_id, position, title, uid, "
                        "updated_at) VALUES ('N2', 'A1', 1, 'Primera', 'pa-n2', 'now')")
            ana.execute("INSERT INTO chain_members (chain_id, company_id) VALUES (%s, 'N2')",
                        (lacteos,))
        assert ids(ana, "SELECT company_id FROM plan_actions") == ["N2", "S1"]
        toolkit = owner.raw.execute(
            "INSERT INTO toolkits (toolkit_id, version, sha256, workbook, added_at) "
            "VALUES ('tk', '1', 'sha-tk', %s, 'now') RETURNING id", (b"x",)).fetchone()[0]
        with ana.transaction():
            ana.execute("INSERT INTO companies (id, name, created_at, updated_at) "
                        "VALUES ('N3', 'Tercera', 'now', 'now')")
            # (no RETURNING: the row is not yet the consultant's to read; a push does not ask)
            ana.execute(
                "INSERT INTO assessments (uid, company_id, toolkit_ref, toolkit_id, assessed_on, "
                "answers_hash) VALUES ('as-n3', 'N3', %s, 'tk', '2026-03-01', 'h')", (toolkit,))
            ana.execute("INSERT INTO chain_members (chain_id, company_id) VALUES (%s, 'N3')",
                        (lacteos,))
            ana.execute("INSERT INTO area_scores (assessment_id, area) VALUES ((SELECT id FROM "
                        "assessments WHERE uid = 'as-n3'), 'finance')")
        assert ids(ana, "SELECT area FROM area_scores") == ["finance"]
        # ...but not for another chain's supplier, nor its assessments
        s3 = owner.raw.execute(
            "INSERT INTO assessments (uid, company_id, toolkit_ref, toolkit_id, assessed_on, "
            "answers_hash) VALUES ('as-s3', 'S3', %s, 'tk', '2026-03-01', 'h') RETURNING id",
            (toolkit,)).fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            ana.execute("INSERT INTO area_scores (assessment_id, area) VALUES (%s, 'x')", (s3,))
        assert "N1" in ids(ana, "SELECT id FROM companies")
        # a company in no chain may be claimed; one in another chain may not
        ana.execute("INSERT INTO chain_members (chain_id, company_id) VALUES (%s, 'FREE')",
                    (lacteos,))
        assert "FREE" in ids(ana, "SELECT id FROM companies")
    with connect_as(urls, "beto") as beto:
        assert "N1" not in ids(beto, "SELECT id FROM companies")


def test_a_funder_reads_results_but_no_supplier_names(server):
    _, urls = server
    with connect_as(urls, "fabio") as fabio:
        for sql in ("SELECT name FROM companies", "SELECT count(*) FROM companies",
                    "SELECT * FROM plan_actions", "SELECT * FROM audit_log"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                fabio.execute(sql)
        cur = fabio.execute("SELECT * FROM programme_results")
        columns = {d.name for d in cur.description}
        rows = cur.fetchall()
        assert len(rows) == 6                       # the two chains' six members
        assert not columns & {"name", "tax_id", "contact", "legal_name", "trade_name",
                              "municipality", "id", "company_id"}
        text = repr(rows)
        for secret in ("Quesos", "T-S1", "example.org", "'S1'"):
            assert secret not in text
        assert {"chain", "latest_index", "actions", "supplier_key"} <= columns


def test_a_funder_reaches_nothing_but_the_results(server):
    owner, urls = server
    fabio = next(u for u in urls if u == "fabio")
    role = owner.raw.execute("SELECT role_name FROM server_users WHERE kind = 'funder'").fetchone()[0]
    readable = {r[0] for r in owner.raw.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v') "
        "AND has_table_privilege(%s, c.oid, 'SELECT, INSERT, UPDATE, DELETE')", (role,))}
    assert readable == {"programme_results", "server_meta", "encadena_schema", "server_users"}
    with connect_as(urls, fabio) as conn:
        assert ids(conn, "SELECT role_name FROM server_users") == [role]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("CREATE TABLE mine (x int)")


def test_a_manager_sees_and_changes_everything(server):
    _, urls = server
    with connect_as(urls, "marta") as marta:
        assert len(ids(marta, "SELECT id FROM companies")) == 7
        assert marta.execute("UPDATE companies SET sector = 'x'").rowcount == 7
        assert marta.execute("SELECT count(*) FROM programme_results").fetchone()[0] == 6
        assert len(ids(marta, "SELECT role_name FROM server_users")) == 4
    with connect_as(urls, "ana") as ana:
        assert len(ids(ana, "SELECT role_name FROM server_users")) == 1


def test_a_renamed_chain_keeps_its_people_and_chains_can_change(server):
    owner, urls = server
    owner.raw.execute("UPDATE value_chains SET name = 'Leche' WHERE name = 'Lácteos'")
    ana = next(u for u in users.list_users(owner) if u.name.startswith("ana_"))
    assert ana.chains == ("Leche",)
    with connect_as(urls, "ana") as conn:
        assert ids(conn, "SELECT id FROM companies") == ["ANC", "S1", "S2"]
        users.set_chains(owner, ana.name, ["Leche", "Café"])
        assert len(ids(conn, "SELECT id FROM companies")) == 6
        users.set_chains(owner, ana.name, [])
        assert ids(conn, "SELECT id FROM companies") == []


def test_sync_log_entries_follow_their_records(server):
    """A log entry is seen by whoever may see its record; a company that left one's chain is
    seen only deleted; entries of no company or chain only for shared tables and readable
    audit rows."""
    owner, urls = server
    sql = owner.raw.execute
    lacteos = sql("SELECT uid FROM value_chains WHERE name = 'Lácteos'").fetchone()[0]
    sql("INSERT INTO chain_membership_history (uid, chain_uid, chain_name, company_id, event, at)"
        " VALUES ('h1', %s, 'Lácteos', 'GONE', 'left', 'now')", (lacteos,))
    audit = dict(sql("SELECT subject_id, uid FROM audit_log WHERE subject_kind = 'company'"
                     ).fetchall())
    entries = [("companies", '["S1"]', "h", "S1", None), ("companies", '["S3"]', "h", "S3", None),
               ("programme", '["prog-1"]', "h", None, None),
               ("audit_log", f'["{audit["S1"]}"]', "h", None, None),
               ("audit_log", f'["{audit["S3"]}"]', "h", None, None),
               ("companies", '["GONE"]', "h", "GONE", None),
               ("companies", '["GONE"]', None, "GONE", None),
               ("chain_members", '["x","S2"]', "h", None, lacteos),
               ("match_pipeline", '["d","S3"]', "h", None, None)]
    for table, key, row_hash, company, chain in entries:
        sql("INSERT INTO sync_log (table_name, record_key, row_hash, push_id, company_id, "
            "chain_uid) VALUES (%s, %s, %s, 'p1', %s, %s)", (table, key, row_hash, company, chain))
    with connect_as(urls, "ana") as ana:
        seen = sorted(ana.execute("SELECT table_name, record_key, row_hash FROM sync_log").fetchall(),
                      key=repr)
        assert seen == sorted([("companies", '["S1"]', "h"), ("programme", '["prog-1"]', "h"),
                               ("audit_log", f'["{audit["S1"]}"]', "h"),
                               ("companies", '["GONE"]', None),
                               ("chain_members", '["x","S2"]', "h")], key=repr)
        ana.execute("INSERT INTO sync_pushes (push_id, result) VALUES ('mine', '{}')")
    with connect_as(urls, "beto") as beto:
        assert ids(beto, "SELECT push_id FROM sync_pushes") == []
        assert ("audit_log", f'["{audit["S1"]}"]') not in beto.execute(
            "SELECT table_name, record_key FROM sync_log").fetchall()


def test_kinds_have_one_group_each(server):
    owner, _ = server
    roles = group_roles(owner)
    assert set(roles) == set(KINDS) and len(set(roles.values())) == 3
    found = owner.raw.execute("SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s) "
                              "AND NOT rolcanlogin", (list(roles.values()),)).fetchone()[0]
    assert found == 3
