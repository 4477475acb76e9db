"""Reading and writing programme, company and value-chain records (portable SQL)."""
from __future__ import annotations

import sqlite3
import uuid

from core.errors import UserInputError
from core.project.model import PHASES, ROLES, Company, Programme, SuppliedItem, ValueChain
from core.project.sizeclass import BASES, SCHEME_NAMES
from core.project.timeutil import now

PROGRAMME_FIELDS = ("name", "country", "currency", "usd_rate", "number_format", "size_scheme",
                    "size_basis", "gni_per_capita")
COMPANY_FIELDS = ("name", "tax_id", "country", "sector", "role", "employees", "annual_sales",
                  "largest_client_share", "contact", "consultant", "origin", "legal_name",
                  "trade_name", "region", "municipality", "founded", "women_led", "jobs_women",
                  "jobs_men")


def read_programme(conn: sqlite3.Connection) -> Programme:
    row = conn.execute("SELECT uid, created_at, created_by, " + ", ".join(PROGRAMME_FIELDS)
                       + " FROM programme WHERE id = 1").fetchone()
    uid, created_at, created_by, *values = row
    return Programme(**dict(zip(PROGRAMME_FIELDS, values)), uid=uid, created_at=created_at,
                     created_by=created_by)


def write_programme(conn: sqlite3.Connection, programme: Programme) -> None:
    _check_programme(programme)
    exists = conn.execute("SELECT COUNT(*) FROM programme").fetchone()[0]
    values = [getattr(programme, f) for f in PROGRAMME_FIELDS]
    if exists:
        sets = ", ".join(f"{f} = ?" for f in PROGRAMME_FIELDS)
        conn.execute(f"UPDATE programme SET {sets} WHERE id = 1", values)
    else:
        cols = ", ".join(PROGRAMME_FIELDS)
        marks = ", ".join("?" * len(PROGRAMME_FIELDS))
        conn.execute(f"INSERT INTO programme (id, uid, created_at, created_by, {cols}) "
                     f"VALUES (1, ?, ?, ?, {marks})",
                     [programme.uid, programme.created_at, programme.created_by, *values])


def _check_programme(p: Programme) -> None:
    if not (p.name or "").strip():
        raise UserInputError("programme_name_required")
    if p.size_scheme not in SCHEME_NAMES:
        raise UserInputError("unknown_size_scheme", scheme=p.size_scheme,
                             schemes=", ".join(SCHEME_NAMES))
    if p.size_basis not in BASES:
        raise UserInputError("unknown_size_basis", basis=p.size_basis, bases=", ".join(BASES))


def save_company(conn: sqlite3.Connection, company: Company) -> None:
    """Insert or update one company and its supplied items."""
    if not (company.id or "").strip():
        raise UserInputError("company_id_required")
    if company.role not in ROLES:
        raise UserInputError("unknown_role", role=company.role)
    stamp = now()
    values = [getattr(company, f) for f in COMPANY_FIELDS]
    cols = ", ".join(COMPANY_FIELDS)
    marks = ", ".join("?" * len(COMPANY_FIELDS))
    # UPDATE, then INSERT when there was nothing to update: not an UPSERT, whose conflict policy
    # overrides the "INSERT OR IGNORE" of the triggers it fires (directory_dirty_company_u).
    kept = [f for f in COMPANY_FIELDS if f != "origin"]
    updated = conn.execute(
        f"UPDATE companies SET {', '.join(f'{f} = ?' for f in kept)}, supplied_criticality = ?, "
        "updated_at = ? WHERE id = ?",
        [getattr(company, f) for f in kept] + [company.supplied_criticality, stamp, company.id]).rowcount
    if not updated:
        conn.execute(
            f"INSERT INTO companies (id, {cols}, supplied_criticality, created_at, updated_at) "
            f"VALUES (?, {marks}, ?, ?, ?)",
            [company.id, *values, company.supplied_criticality, company.created_at or stamp, stamp])
    conn.execute("DELETE FROM supplied_items WHERE company_id = ?", (company.id,))
    conn.executemany("INSERT INTO supplied_items (company_id, item, criticality) VALUES (?, ?, ?)",
                     [(company.id, s.item, s.criticality) for s in company.supplied_items])


def read_company(conn: sqlite3.Connection, company_id: str) -> Company | None:
    row = conn.execute("SELECT created_at, updated_at, " + ", ".join(COMPANY_FIELDS)
                       + " FROM companies WHERE id = ?", (company_id,)).fetchone()
    if row is None:
        return None
    created_at, updated_at, *values = row
    items = [SuppliedItem(item, crit) for item, crit in conn.execute(
        "SELECT item, criticality FROM supplied_items WHERE company_id = ? ORDER BY item",
        (company_id,))]
    return Company(company_id, **dict(zip(COMPANY_FIELDS, values)), supplied_items=items,
                   created_at=created_at, updated_at=updated_at)


def save_chain(conn: sqlite3.Connection, chain: ValueChain) -> ValueChain:
    """Insert or update a value chain (by name), its members and its phase dates."""
    if not (chain.name or "").strip():
        raise UserInputError("chain_name_required")
    unknown = [p for p in chain.phases if p not in PHASES]
    if unknown:
        raise UserInputError("unknown_phase", phase=", ".join(unknown), phases=", ".join(PHASES))
    members = [c for c in [chain.anchor_id, *chain.suppliers] if c]
    missing = [c for c in members if read_company(conn, c) is None]
    if missing:
        raise UserInputError("unknown_company", company=", ".join(missing))
    row = conn.execute("SELECT id, uid, created_at FROM value_chains WHERE name = ?",
                       (chain.name,)).fetchone()
    if row:
        chain.id, chain.uid, chain.created_at = row
        conn.execute("UPDATE value_chains SET sector = ?, anchor_id = ?, consultant = ? WHERE id = ?",
                     (chain.sector, chain.anchor_id, chain.consultant, chain.id))
    else:
        chain.uid = chain.uid or str(uuid.uuid4())
        chain.created_at = chain.created_at or now()
        cur = conn.execute("INSERT INTO value_chains (uid, name, sector, anchor_id, consultant, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                           (chain.uid, chain.name, chain.sector, chain.anchor_id, chain.consultant,
                            chain.created_at))
        chain.id = cur.lastrowid
    conn.execute("DELETE FROM chain_members WHERE chain_id = ?", (chain.id,))
    conn.executemany("INSERT INTO chain_members (chain_id, company_id) VALUES (?, ?)",
                     [(chain.id, c) for c in dict.fromkeys(members)])
    conn.execute("DELETE FROM chain_phases WHERE chain_id = ?", (chain.id,))
    conn.executemany("INSERT INTO chain_phases (chain_id, phase, starts_on, ends_on) VALUES (?, ?, ?, ?)",
                     [(chain.id, p, s, e) for p, (s, e) in chain.phases.items()])
    return chain


def add_chain_members(conn: sqlite3.Connection, chain_id: int, company_ids: list[str]) -> None:
    conn.executemany("INSERT INTO chain_members (chain_id, company_id) SELECT ?, ? WHERE NOT EXISTS "
                     "(SELECT 1 FROM chain_members WHERE chain_id = ? AND company_id = ?)",
                     [(chain_id, c, chain_id, c) for c in company_ids])


def read_chains(conn: sqlite3.Connection) -> list[ValueChain]:
    chains = []
    for cid, uid, name, sector, anchor, consultant, created in conn.execute(
            "SELECT id, uid, name, sector, anchor_id, consultant, created_at FROM value_chains "
            "ORDER BY name"):
        suppliers = [r[0] for r in conn.execute(
            "SELECT company_id FROM chain_members WHERE chain_id = ? ORDER BY company_id", (cid,))
            if r[0] != anchor]
        phases = {p: (s, e) for p, s, e in conn.execute(
            "SELECT phase, starts_on, ends_on FROM chain_phases WHERE chain_id = ?", (cid,))}
        phases = {p: phases[p] for p in PHASES if p in phases}
        chains.append(ValueChain(name, sector, anchor, suppliers, phases, consultant, cid, uid, created))
    return chains
