"""The companies listing: every company with its latest scores and data-quality flag count,
as one DataFrame, fast.

Listing 100,000 companies is dominated by building Python objects, so the columns most rows
leave empty (sector, tax id, ...) are read only for the rows that have any of them.
"""
from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd

# (column in companies, column in the listing)
DENSE = (("id", "id"), ("name", "name"), ("role", "role"), ("employees", "employees"),
         ("annual_sales", "annual_sales"), ("latest_index", "latest_index"),
         ("latest_band", "latest_band"), ("latest_coverage", "latest_coverage"),
         ("latest_gaps", "critical_gaps"), ("latest_date", "latest_date"),
         ("latest_round", "latest_round"), ("latest_toolkit", "toolkit_id"),
         ("open_conflicts", "conflicts"))
SPARSE = ("sector", "country", "tax_id", "supplied_criticality", "largest_client_share", "consultant")
NUMERIC_SPARSE = ("supplied_criticality", "largest_client_share")
COLUMNS = ["id", "name", "role", "sector", "country", "tax_id", "employees", "annual_sales",
           "supplied_criticality", "largest_client_share", "consultant", "latest_index",
           "latest_band", "latest_coverage", "critical_gaps", "latest_date", "latest_round",
           "toolkit_id", "conflicts", "flags", "flagged"]
IN_CHAIN = (" c.id IN (SELECT m.company_id FROM chain_members m JOIN value_chains v "
            "ON v.id = m.chain_id WHERE v.name = ?)")


def company_listing(conn: sqlite3.Connection, chain: str | None = None) -> pd.DataFrame:
    """Companies (of one value chain, or all) with their latest scores, ordered by id."""
    params = (chain,) if chain is not None else ()
    where = f" WHERE{IN_CHAIN}" if chain is not None else ""
    rows = conn.execute(f"SELECT {', '.join(c for c, _ in DENSE)} FROM companies c{where} "
                        "ORDER BY c.id", params).fetchall()
    frame = pd.DataFrame.from_records(rows, columns=[name for _, name in DENSE])
    filled = " OR ".join(f"c.{c} IS NOT NULL" for c in SPARSE)
    details = conn.execute(f"SELECT c.id, {', '.join(SPARSE)} FROM companies c WHERE ({filled})"
                           + (f" AND{IN_CHAIN}" if chain is not None else ""), params).fetchall()
    at = pd.Index(frame["id"]).get_indexer([r[0] for r in details])
    for j, name in enumerate(SPARSE, start=1):
        column = np.full(len(frame), None, dtype=object)
        column[at] = [r[j] for r in details]
        frame[name] = pd.to_numeric(column) if name in NUMERIC_SPARSE and len(details) else column
    from core.quality.store import latest_flag_counts     # core.quality builds on core.project
    counts = latest_flag_counts(conn)
    frame["flags"] = frame["id"].map(counts).fillna(0).astype(int) if counts else 0
    frame["flagged"] = frame["flags"] > 0      # data-quality flags on the latest assessment
    return frame[COLUMNS]
