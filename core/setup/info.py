"""The programme as set up: each chain with its details, anchor, members and phases (planned,
actual, status as of a date), for ``project info --json`` and the chain page."""
from __future__ import annotations

import sqlite3
from datetime import date

from core.plans.phases import PhaseDates, chain_phases
from core.plans.store import phase_dates


def chain_details(conn: sqlite3.Connection, today: date | None = None) -> list[dict]:
    """Every value chain in name order (JSON-safe)."""
    today = today or date.today()
    out = []
    for cid, name, sector, region, consultant, start, anchor in conn.execute(
            "SELECT id, name, sector, region, consultant, starts_on, anchor_id FROM value_chains "
            "ORDER BY name").fetchall():
        members = [r[0] for r in conn.execute(
            "SELECT company_id FROM chain_members WHERE chain_id = ? AND company_id IS NOT ? "
            "ORDER BY company_id", (cid, anchor))]
        phases = [p.as_dict() for p in chain_phases(phase_dates(conn, name), today)]
        out.append({"name": name, "sector": sector, "region": region, "consultant": consultant,
                    "start": start, "anchor": anchor, "members": members, "suppliers": members,
                    "phases": phases})
    return out


def membership_history(conn: sqlite3.Connection, company_id: str | None = None,
                       chain: str | None = None) -> list[dict]:
    """Joins and leaves, oldest first, for one company or one chain (or all)."""
    sql = "SELECT at, chain_name, company_id, event, who FROM chain_membership_history"
    args: list = []
    if company_id is not None:
        sql, args = sql + " WHERE company_id = ?", [company_id]
    elif chain is not None:
        sql, args = sql + " WHERE chain_name = ?", [chain]
    return [dict(zip(("at", "chain", "company_id", "event", "who"), r))
            for r in conn.execute(sql + " ORDER BY at, rowid", args)]


__all__ = ["PhaseDates", "chain_details", "membership_history"]


def phase_table(conn: sqlite3.Connection, language: str, today: date | None = None,
                chain: str | None = None):
    """Every chain's six phases as a table in ``language`` (the results workbook's sheet)."""
    import pandas as pd

    from core import catalogue
    rows = []
    for c in chain_details(conn, today):
        if chain is not None and c["name"] != chain:
            continue
        for p in c["phases"]:
            rows.append([c["name"], catalogue.label(f"setup.phase_{p['phase']}", language),
                         p["planned_start"], p["planned_end"], p["actual_start"], p["actual_end"],
                         catalogue.label(f"setup.status_{p['status']}", language, p["status"]),
                         p["days_late"] or None])
    names = ["chain", "phase", "planned_start", "planned_end", "actual_start", "actual_end",
             "status", "days_late"]
    return pd.DataFrame(rows, columns=[catalogue.text(f"setup.col_{n}", language) for n in names])
