"""Finding the chains and companies a consultant names; unknown ones are refused by name."""
from __future__ import annotations

import sqlite3

from core.edits import read_row
from core.errors import UserInputError
from core.setup import tables  # noqa: F401 - registers the editable tables


def chain_row(conn: sqlite3.Connection, name: str) -> dict:
    """The ``value_chains`` row named ``name`` (exit 2 naming it and the known chains if none)."""
    row = conn.execute("SELECT id FROM value_chains WHERE name = ?", (name,)).fetchone()
    if row is None:
        known = [r[0] for r in conn.execute("SELECT name FROM value_chains ORDER BY name")]
        raise UserInputError("setup.unknown_chain", chain=name, known=", ".join(known) or "-")
    return read_row(conn, "value_chains", {"id": row[0]})


def company_row(conn: sqlite3.Connection, company_id: str) -> dict:
    """The ``companies`` row of ``company_id`` (exit 2 naming it if none)."""
    row = read_row(conn, "companies", {"id": str(company_id)})
    if row is None:
        raise UserInputError("setup.unknown_company", company=company_id)
    return row


def member_chains(conn: sqlite3.Connection, company_id: str) -> list[tuple[int, str, str]]:
    """``(chain id, chain name, role)`` of every chain ``company_id`` belongs to."""
    return conn.execute("SELECT v.id, v.name, m.role FROM chain_members m JOIN value_chains v "
                        "ON v.id = m.chain_id WHERE m.company_id = ? ORDER BY v.name",
                        (company_id,)).fetchall()
