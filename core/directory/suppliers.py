"""The suppliers of the directory with what the programme knows of them: diagnosis index and
band (with the band's rank in its toolkit), risk level (with its rank), location, codes,
certifications and the profile's freshness. One vectorised frame for search and matching."""
from __future__ import annotations

import sqlite3
from datetime import date

import numpy as np
import pandas as pd

from core.directory.settings import DirectorySettings
from core.directory.text import fold
from core.directory.vector import long_tables

DEFAULT_BANDS = ("not_ready", "developing", "linkage_ready")


def band_orders(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Band names from lowest to highest per toolkit id (the stored workbook, else the built-in)."""
    orders: dict[str, list[str]] = {}
    rows = conn.execute("SELECT toolkit_id, workbook FROM toolkits ORDER BY added_at").fetchall()
    from core.toolkit.loader import load_toolkit
    for toolkit_id, blob in rows:
        try:
            tk = load_toolkit(bytes(blob))
        except Exception:  # noqa: BLE001 - an unreadable stored toolkit: try the registry below
            continue
        orders[toolkit_id] = [b.name for b in tk.bands]
    for toolkit_id, in conn.execute("SELECT DISTINCT latest_toolkit FROM companies "
                                    "WHERE latest_toolkit IS NOT NULL").fetchall():
        if toolkit_id not in orders:
            try:
                from core.toolkit.registry import get_toolkit
                orders[toolkit_id] = [b.name for b in get_toolkit(toolkit_id).bands]
            except Exception:  # noqa: BLE001 - unknown toolkit: the common three bands
                orders[toolkit_id] = list(DEFAULT_BANDS)
    return orders


def risk_levels(conn: sqlite3.Connection, ids: list[str],
                today: date) -> tuple[pd.DataFrame, list[str]]:
    """Each company's risk ``level`` and ``rank`` (-1 without open risks), from the programme's
    one classification (:func:`core.plans.report.risk_levels`), and the matrix's level names."""
    from core.plans.report import risk_levels as worst_levels
    from core.risk.store import project_matrix
    names = [lv.name for lv in project_matrix(conn).levels]
    found = worst_levels(conn, ids, today) or {}
    level = [found.get(c) for c in ids]
    rank = [names.index(v) if v in names else -1 for v in level]
    return pd.DataFrame({"company_id": ids, "level": pd.Series(level, dtype=object),
                         "rank": rank}), names


def supplier_frame(conn: sqlite3.Connection, settings: DirectorySettings,
                   today: date | None = None, with_risk: bool = True) -> pd.DataFrame:
    """One row per company with a capability profile.

    Columns: company_id, name, region, municipality, region_key (folded), verified_on, stale,
    index, band, band_rank, toolkit_id, risk_level, risk_rank, codes, certs (name -> expiry),
    processes (folded set), chain_name.
    """
    today = today or date.today()
    frame = pd.read_sql_query(
        "SELECT p.company_id, c.name, p.region, p.municipality, p.verified_on, p.processes,"
        " p.products, c.latest_index AS \"index\", c.latest_band AS band,"
        " c.latest_toolkit AS toolkit_id, c.role"
        " FROM capability_profiles p JOIN companies c ON c.id = p.company_id"
        " ORDER BY p.company_id", conn)
    for column in ("name", "region", "municipality", "verified_on", "processes", "products",
                   "band", "toolkit_id"):
        # object dtype keeps None (pandas 3 would infer str and turn None into NaN)
        frame[column] = pd.Series([v if isinstance(v, str) and v else None
                                   for v in frame[column]], dtype=object, index=frame.index)
    ids = frame["company_id"].tolist()
    code_rows = conn.execute(
        "SELECT company_id, code FROM capability_codes ORDER BY company_id, code").fetchall()
    cert_rows = conn.execute("SELECT company_id, name, expires_on FROM capability_certs"
                             " ORDER BY company_id, name").fetchall()
    process_rows = [(cid, line) for cid, text in zip(ids, frame["processes"])
                    for line in (text or "").splitlines() if line.strip()]
    codes: dict[str, list[str]] = {}
    for cid, code in code_rows:
        codes.setdefault(cid, []).append(code)
    certs: dict[str, dict[str, str | None]] = {}
    cert_names: dict[str, list[str]] = {}
    for cid, name, expires in cert_rows:
        certs.setdefault(cid, {})[fold(name)] = expires
        cert_names.setdefault(cid, []).append(name)
    frame["codes"] = [tuple(codes.get(c, ())) for c in ids]
    frame["certs"] = [certs.get(c, {}) for c in ids]
    frame["cert_names"] = [tuple(cert_names.get(c, ())) for c in ids]
    frame["region_key"] = [fold(r) for r in frame["region"]]
    orders = band_orders(conn)
    frame["band_rank"] = [(_rank(orders.get(t) or list(DEFAULT_BANDS), b) if b else -1)
                          for t, b in zip(frame["toolkit_id"], frame["band"])]
    verified = pd.to_datetime(frame["verified_on"], errors="coerce")
    cutoff = pd.Timestamp(today) - pd.DateOffset(months=settings.stale_months)
    frame["stale"] = (verified.isna() | (verified < cutoff)).to_numpy()
    frame["months_since_verified"] = np.where(
        verified.isna(), np.nan,
        ((pd.Timestamp(today) - verified).dt.days / 30.44).round(0))
    if with_risk and ids:
        levels, _names = risk_levels(conn, ids, today)
        frame = frame.merge(levels.rename(columns={"level": "risk_level", "rank": "risk_rank"}),
                            on="company_id", how="left")
        frame["risk_rank"] = frame["risk_rank"].fillna(-1).astype(int)
    else:
        frame["risk_level"], frame["risk_rank"] = None, -1
    chains = dict(conn.execute(
        "SELECT m.company_id, v.name FROM chain_members m JOIN value_chains v ON v.id = m.chain_id"
    ).fetchall())
    frame["chain_name"] = [chains.get(c, "") for c in ids]
    frame.attrs["long"] = long_tables(cert_rows, code_rows, process_rows)
    return frame


def _rank(order: list[str], band: str) -> int:
    return order.index(band) if band in order else -1

