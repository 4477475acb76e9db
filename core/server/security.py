"""Who may see and change what on a programme server: group roles, grants, row-level security.

Each database (one programme) has three group roles, one per kind of user; a user's login role is
a member of one of them (``core.server.users``). What a consultant sees is decided by PostgreSQL
itself — row-level security policies on every table, forced on the tables' owner too — never by
application filters, so a consultant's own connection (psql included) shows only their chains:

- consultants: the companies that are members or anchors of their chains (by chain uid in
  ``server_users.chains``) and every record that belongs to those companies or chains; toolkits,
  imports and the programme's settings are readable by all (toolkits and imports also added);
- managers: everything, read and write;
- funders: nothing but the view ``programme_results`` (no name, tax id, contact, legal or trade
  name, municipality).

:func:`apply_security` is idempotent: ``server init`` runs it after the upload; it must run
again after a migration adds tables (no command does that yet). A table it cannot classify is
left to managers only (:func:`unclassified_tables` names them, and a test fails on any).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

KINDS = ("consultant", "manager", "funder")
SERVER_SCHEMA = Path(__file__).with_name("schema.sql")

# Readable by every user; consultants may add rows (a new toolkit with an assessment) but not
# change or remove the ones there.
SHARED_ADDABLE = ("toolkits", "imports")
# The programme's own row and its settings: readable by all, changed by managers.
SHARED_READ = ("programme", "risk_settings", "plan_settings", "quality_settings",
               "classification_codes", "directory_settings", "server_meta", "encadena_schema")
# A laptop's own bookkeeping (or the server's): never served to consultants or funders.
LOCAL_ONLY = ("merges", "readmodel_state", "readmodel_columns", "directory_dirty",
              "sync_state", "sync_base", "sync_conflicts")
# Tables owned by the server's policies below rather than the generic rules.
SERVER_TABLES = ("server_users", "sync_log", "sync_pushes")

# The set of one's companies (chains) is computed once per statement (an InitPlan, by index),
# which big reads need; a written row is checked by an index probe, which a sync's thousand
# one-row upserts need (the set per row cost ~5 ms each on 5,000 suppliers).
_MINE_COMPANIES = "((SELECT encadena_my_company_ids())::text[])"
_MINE_CHAINS = "((SELECT encadena_my_chain_ids())::bigint[])"
_MINE_CHAIN_UIDS = "(SELECT uid FROM encadena_my_chains)"


@dataclass(frozen=True)
class Rule:
    """A consultant's row condition on one table: ``using`` (rows seen, changed, removed),
    ``check`` (rows written), which statements the consultant may run, and an extra condition
    for new rows only (``insert_check``). ``append_only``: rows are added, never changed — the
    UPDATE privilege is there only so a sync's ``INSERT ... ON CONFLICT DO UPDATE`` may add a
    new row; no policy lets an UPDATE touch an existing one."""
    using: str
    check: str
    privileges: str = "SELECT, INSERT, UPDATE, DELETE"
    insert_check: str | None = None
    append_only: bool = False


APPEND = "SELECT, INSERT, UPDATE"


# A record written for a company in no chain yet is accepted: a consultant's push creates a
# company, its records and its membership of their chain in one transaction, in whatever order
# the tables come; once it is a member only they (and managers) see it. Reading never widens.
def _mine(column: str) -> str:
    return f"{column} = ANY {_MINE_COMPANIES}"


def _company(column: str = "company_id") -> Rule:
    return Rule(_mine(column), _may_join(column))


def _owned_by(column: str, parent: str) -> Rule:
    # The parent's own policy applies inside the subquery: a child follows its parent (so an
    # assessment's scores are written once its company is in the consultant's chain — a push
    # brings chain members before them, as it finds the parent by a lookup that sees only that).
    condition = f"{column} IN (SELECT id FROM {parent})"
    return Rule(condition, condition)


def _chain(column: str = "chain_id", by_uid: bool = False) -> Rule:
    condition = (f"{column} IN {_MINE_CHAIN_UIDS}" if by_uid
                 else f"{column} = ANY {_MINE_CHAINS}")
    return Rule(condition, condition)


def _may_join(company: str) -> str:
    """A company a consultant may attach to their chain: one of theirs, or one in no chain yet
    (a company they just created) — never another chain's supplier, which would reveal it."""
    return f"(encadena_is_my_company({company}) OR encadena_company_is_free({company}))"


_AUDIT_VISIBLE = (
    "CASE subject_kind"
    f" WHEN 'company' THEN {_mine('subject_id')}"
    " WHEN 'chain' THEN subject_id IN (SELECT name FROM encadena_my_chains)"
    " WHEN 'demand' THEN subject_id IN (SELECT id FROM demands)"
    " ELSE true END")

# Tables whose rule is not read from their columns.
SPECIAL_RULES: dict[str, Rule] = {
    "companies": Rule(_mine("id"), "encadena_is_my_company(id)",
                      insert_check="true"),
    # INSERT is granted for a sync's upserts (PostgreSQL checks the proposed row, whose id is
    # not yet known, before finding the conflict: hence the uid); the check refuses a new chain
    # (its uid is no consultant's): managers create chains.
    "value_chains": Rule(f"uid IN {_MINE_CHAIN_UIDS}",
                         f"uid IN {_MINE_CHAIN_UIDS} AND (anchor_id IS NULL OR "
                         f"{_may_join('anchor_id')})",
                         privileges="SELECT, INSERT, UPDATE"),
    "chain_members": Rule(f"chain_id = ANY {_MINE_CHAINS}",
                          f"chain_id = ANY {_MINE_CHAINS} AND {_may_join('company_id')}"),
    "chain_membership_history": _chain("chain_uid", by_uid=True),
    "demands": _company("buyer_id"),
    "audit_log": Rule(_AUDIT_VISIBLE, _AUDIT_VISIBLE, privileges=APPEND, append_only=True),
}


def rule_for(table: str, columns: set[str]) -> Rule | None:
    """The consultant's rule for ``table`` (None: consultants have no access)."""
    if table in SPECIAL_RULES:
        return SPECIAL_RULES[table]
    if table in SHARED_ADDABLE:
        return Rule("true", "true", privileges=APPEND, append_only=True)
    if table in SHARED_READ:
        return Rule("true", "false", privileges="SELECT")
    if "company_id" in columns:
        return _company()
    if "assessment_id" in columns:
        return _owned_by("assessment_id", "assessments")
    if "demand_id" in columns:
        return _owned_by("demand_id", "demands")
    if "chain_id" in columns:
        return _chain()
    return None


def group_role(database: str, kind: str) -> str:
    """The group role of ``kind`` users of ``database`` (roles are shared by the whole cluster,
    so the database's name is part of it)."""
    if kind not in KINDS:
        raise ValueError(kind)
    plain = re.sub(r"[^a-z0-9_]", "_", database.lower())[:36]
    if plain != database or len(database) > 36:
        plain += "_" + hashlib.sha256(database.encode()).hexdigest()[:6]
    return f"encadena_{plain}_{kind}"


def group_roles(conn) -> dict[str, str]:
    """Kind -> group role name on ``conn``'s database."""
    database = conn.raw.execute("SELECT current_database()").fetchone()[0]
    return {kind: group_role(database, kind) for kind in KINDS}


def programme_tables(conn) -> dict[str, set[str]]:
    """Every table of the server's public schema with its column names."""
    rows = conn.raw.execute(
        "SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')").fetchall()
    tables: dict[str, set[str]] = {}
    for table, column in rows:
        tables.setdefault(table, set()).add(column)
    return tables


def unclassified_tables(conn) -> list[str]:
    """Tables no rule covers (managers only until one is written)."""
    return sorted(t for t, cols in programme_tables(conn).items()
                  if t not in LOCAL_ONLY and t not in SERVER_TABLES and rule_for(t, cols) is None)


def apply_security(conn) -> None:
    """Create the group roles and give each kind exactly its rows (idempotent; one transaction).

    ``conn`` is the database owner's store connection (needs CREATEROLE)."""
    from core.store import dialect
    roles = group_roles(conn)
    with conn.raw.transaction():
        for statement in dialect.split_statements(SERVER_SCHEMA.read_text(encoding="utf-8")):
            conn.raw.execute(statement)
        for role in roles.values():
            if not conn.raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                    (role,)).fetchone():
                conn.raw.execute(f"CREATE ROLE {_q(role)} NOLOGIN")
        conn.raw.execute(f"GRANT USAGE ON SCHEMA public TO {', '.join(map(_q, roles.values()))}")
        # Nobody but the owner creates objects here (PostgreSQL < 15 lets anyone; where the
        # owner may not revoke it, the server only warns).
        conn.raw.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        _helpers(conn, roles)
        tables = programme_tables(conn)
        for table, columns in sorted(tables.items()):
            _secure_table(conn, table, columns, roles)
        _server_tables(conn, roles)
        _funder_view(conn, roles)
        conn.raw.execute("DROP VIEW IF EXISTS encadena_my_companies")   # before 2026-12: a view
        conn.raw.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "
                         f"{_q(roles['consultant'])}, {_q(roles['manager'])}")


def quote_identifier(name: str) -> str:
    """``name`` as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


_q = quote_identifier


def _helpers(conn, roles: dict[str, str]) -> None:
    """The view and functions the policies use. They run as their owner (who sees every row)
    but answer for ``session_user``, the one who logged in."""
    execute = conn.raw.execute
    mine = ("COALESCE((SELECT su.chains FROM server_users su WHERE su.role_name = session_user), "
            "'{}'::text[])")
    # PL/pgSQL keeps each statement's plan for the session: a sync's thousand one-row
    # statements each pay only the lookups.
    definer = "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp"
    execute("CREATE OR REPLACE VIEW encadena_my_chains AS "
            f"SELECT vc.id AS chain_id, vc.uid, vc.name FROM value_chains vc WHERE vc.uid = ANY ({mine})")
    bodies = {
        "encadena_my_chain_ids() RETURNS bigint[]":
            f"RETURN (SELECT COALESCE(array_agg(vc.id), '{{}}') FROM value_chains vc "
            f"WHERE vc.uid = ANY ({mine}));",
        "encadena_my_company_ids() RETURNS text[]":
            "DECLARE chains bigint[] := encadena_my_chain_ids(); "
            "BEGIN RETURN (SELECT COALESCE(array_agg(DISTINCT c), '{}') FROM ("
            "SELECT cm.company_id AS c FROM chain_members cm WHERE cm.chain_id = ANY (chains) "
            "UNION ALL SELECT vc.anchor_id FROM value_chains vc "
            "WHERE vc.id = ANY (chains) AND vc.anchor_id IS NOT NULL) x); END",
        "encadena_is_my_company(company TEXT) RETURNS boolean":
            "DECLARE chains bigint[] := encadena_my_chain_ids(); "
            "BEGIN RETURN EXISTS (SELECT 1 FROM chain_members cm WHERE cm.company_id = company "
            "AND cm.chain_id = ANY (chains)) "
            "OR EXISTS (SELECT 1 FROM value_chains vc WHERE vc.anchor_id = company "
            "AND vc.id = ANY (chains)); END",
        "encadena_company_is_free(company TEXT) RETURNS boolean":
            "RETURN NOT EXISTS (SELECT 1 FROM chain_members WHERE company_id = company) "
            "AND NOT EXISTS (SELECT 1 FROM value_chains WHERE anchor_id = company);",
    }
    for head, body in bodies.items():
        body = body if body.startswith("DECLARE") else f"BEGIN {body} END"
        execute(f"CREATE OR REPLACE FUNCTION {head} {definer} AS $$ {body} $$")
    functions = ("encadena_company_is_free(TEXT), encadena_is_my_company(TEXT), "
                 "encadena_my_chain_ids(), encadena_my_company_ids()")
    everyone = ", ".join(_q(r) for r in roles.values())
    execute(f"REVOKE ALL ON FUNCTION {functions} FROM PUBLIC")
    execute(f"REVOKE ALL ON encadena_my_chains FROM PUBLIC, {everyone}")
    execute(f"GRANT SELECT ON encadena_my_chains TO {_q(roles['consultant'])}")
    execute(f"GRANT EXECUTE ON FUNCTION {functions} TO {_q(roles['consultant'])}")


def _policies(conn, table: str) -> None:
    for (name,) in conn.raw.execute(
            "SELECT policyname FROM pg_policies WHERE schemaname = current_schema() "
            "AND tablename = %s AND policyname LIKE 'encadena_%%'", (table,)).fetchall():
        conn.raw.execute(f"DROP POLICY {_q(name)} ON {_q(table)}")


def _lock_down(conn, table: str, roles: dict[str, str]) -> None:
    """Row-level security on (owner included), no privileges left but the owner's, and the
    owner's policy (the owner runs ``server init``, ``user add`` and the views above)."""
    t = _q(table)
    conn.raw.execute(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
    conn.raw.execute(f"ALTER TABLE {t} FORCE ROW LEVEL SECURITY")
    conn.raw.execute(f"REVOKE ALL ON {t} FROM PUBLIC, {', '.join(map(_q, roles.values()))}")
    _policies(conn, table)
    owner = conn.raw.execute("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = %s::regclass",
                             (table,)).fetchone()[0]
    conn.raw.execute(f"CREATE POLICY encadena_owner ON {t} TO {_q(owner)} "
                     "USING (true) WITH CHECK (true)")


def _secure_table(conn, table: str, columns: set[str], roles: dict[str, str]) -> None:
    if table in SERVER_TABLES:
        return
    _lock_down(conn, table, roles)
    t = _q(table)
    manager = _q(roles["manager"])
    if table == "audit_log":        # the log is appended to, never rewritten, by anyone
        _grant(conn, table, manager, Rule("true", "true", APPEND, append_only=True), "manager")
    else:
        _grant(conn, table, manager, Rule("true", "true"), "manager")
    if table in ("server_meta", "encadena_schema"):
        conn.raw.execute(f"GRANT SELECT ON {t} TO {_q(roles['consultant'])}, "
                         f"{_q(roles['funder'])}")
        conn.raw.execute(f"CREATE POLICY encadena_read ON {t} FOR SELECT TO "
                         f"{_q(roles['consultant'])}, {_q(roles['funder'])} USING (true)")
        return
    rule = None if table in LOCAL_ONLY else rule_for(table, columns)
    if rule is None:
        return
    _grant(conn, table, _q(roles["consultant"]), rule, "consultant")


def _grant(conn, table: str, role: str, rule: Rule, kind: str) -> None:
    """``rule``'s privileges and policies on ``table`` for the (quoted) group ``role``."""
    t, execute = _q(table), conn.raw.execute
    execute(f"GRANT {rule.privileges} ON {t} TO {role}")
    if rule.append_only:
        execute(f"CREATE POLICY encadena_{kind}_read ON {t} FOR SELECT TO {role} "
                f"USING ({rule.using})")
        execute(f"CREATE POLICY encadena_{kind}_add ON {t} FOR INSERT TO {role} "
                f"WITH CHECK ({rule.check})")
    else:
        execute(f"CREATE POLICY encadena_{kind} ON {t} TO {role} "
                f"USING ({rule.using}) WITH CHECK ({rule.check})")
    if rule.insert_check:
        execute(f"CREATE POLICY encadena_{kind}_new ON {t} FOR INSERT TO {role} "
                f"WITH CHECK ({rule.insert_check})")


def _server_tables(conn, roles: dict[str, str]) -> None:
    """The people table (each sees their own row, managers all), the sync log (an entry is seen
    by whoever may see its record, a deleted record's included through the membership history)
    and the pushes (each their own)."""
    consultant, manager, funder = (_q(roles[k]) for k in KINDS)
    execute = conn.raw.execute
    for table in SERVER_TABLES:
        _lock_down(conn, table, roles)
    execute(f"GRANT SELECT ON server_users TO {consultant}, {manager}, {funder}")
    execute(f"CREATE POLICY encadena_self ON server_users FOR SELECT TO {consultant}, {funder} "
            "USING (role_name = current_user)")
    execute(f"CREATE POLICY encadena_manager ON server_users FOR SELECT TO {manager} USING (true)")

    execute(f"GRANT SELECT, INSERT ON sync_log, sync_pushes TO {consultant}, {manager}")
    history = ("(SELECT h.company_id FROM chain_membership_history h "
               f"WHERE h.chain_uid IN {_MINE_CHAIN_UIDS})")
    shared = ", ".join(f"'{t}'" for t in (*SHARED_ADDABLE, *SHARED_READ))
    # An entry may carry the record itself: it is seen only by whoever may see the record. A
    # deletion of a company once in one's chains is seen too (so replicas drop it), its content
    # is not. Entries of no company and no chain: the shared tables, and audit rows and demand
    # terms one may read; any other table's stay hidden.
    execute(f"CREATE POLICY encadena_consultant ON sync_log FOR SELECT TO {consultant} USING ("
            f"{_mine('company_id')} OR chain_uid IN {_MINE_CHAIN_UIDS} "
            f"OR (row_hash IS NULL AND company_id IN {history}) "
            "OR (company_id IS NULL AND chain_uid IS NULL AND ("
            f"table_name IN ({shared}) "
            "OR (table_name = 'audit_log' AND (record_key::jsonb ->> 0) IN "
            "(SELECT uid FROM audit_log)) "
            "OR (table_name = 'demand_terms' AND (record_key::jsonb ->> 0) IN "
            "(SELECT id FROM demands)))))")
    # What a push writes was checked by the policies of the records themselves.
    execute(f"CREATE POLICY encadena_push ON sync_log FOR INSERT TO {consultant} "
            "WITH CHECK (true)")
    execute(f"CREATE POLICY encadena_manager ON sync_log TO {manager} "
            "USING (true) WITH CHECK (true)")
    execute(f"CREATE POLICY encadena_own ON sync_pushes TO {consultant}, {manager} "
            "USING (role_name = current_user) WITH CHECK (role_name = current_user)")


# What a funder may know of a supplier: no name, tax id, contact, legal or trade name,
# municipality; the company's code is replaced by a key that cannot be turned back into it.
FUNDER_VIEW = """
CREATE VIEW programme_results AS
SELECT substr(md5(p.uid || ':' || c.id), 1, 12) AS supplier_key,
       vc.name AS chain, vc.sector AS chain_sector, vc.region AS chain_region,
       cm.role AS chain_role, cm.joined_on,
       c.role, c.country, c.region, c.sector, c.employees, c.founded,
       c.women_led, c.jobs_women, c.jobs_men,
       c.latest_index, c.latest_band, c.latest_coverage, c.latest_gaps, c.latest_date,
       c.latest_round, c.latest_toolkit,
       (SELECT a.score_index FROM assessments a WHERE a.company_id = c.id
         AND a.status = 'current' ORDER BY a.assessed_on, a.id LIMIT 1) AS baseline_index,
       (SELECT count(*) FROM assessments a WHERE a.company_id = c.id
         AND a.status = 'current') AS assessments,
       pl.status AS plan_status,
       (SELECT count(*) FROM plan_actions pa WHERE pa.company_id = c.id) AS actions,
       (SELECT count(*) FROM plan_actions pa WHERE pa.company_id = c.id
         AND pa.status = 'done') AS actions_done,
       cd.decision AS certification
FROM chain_members cm
JOIN value_chains vc ON vc.id = cm.chain_id
JOIN companies c ON c.id = cm.company_id
CROSS JOIN (SELECT uid FROM programme ORDER BY id LIMIT 1) p
LEFT JOIN plans pl ON pl.company_id = c.id
LEFT JOIN certification_decisions cd ON cd.company_id = c.id
"""


def _funder_view(conn, roles: dict[str, str]) -> None:
    conn.raw.execute("DROP VIEW IF EXISTS programme_results")
    conn.raw.execute(FUNDER_VIEW)
    conn.raw.execute("REVOKE ALL ON programme_results FROM PUBLIC")
    conn.raw.execute(f"GRANT SELECT ON programme_results TO {_q(roles['funder'])}, "
                     f"{_q(roles['manager'])}")
