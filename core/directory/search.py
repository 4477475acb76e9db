"""Searching the directory: full text plus filters, on the supplier frame."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from core.directory.index import matching_ids
from core.directory.settings import load_settings
from core.directory.suppliers import supplier_frame
from core.directory.text import fold
from core.directory.vector import cert_mask, code_mask


@dataclass
class DirectoryQuery:
    text: str = ""
    codes: list[str] = field(default_factory=list)     # any of them (prefix either way)
    certs: list[str] = field(default_factory=list)     # all of them, valid today
    band: str | None = None                             # at least this band
    max_risk: str | None = None                         # at most this risk level
    region: str | None = None
    freshness: str | None = None                        # "fresh" | "stale" | None


def code_matches(held: tuple[str, ...], wanted: str) -> bool:
    """A held code answers a wanted one when either is a prefix of the other
    (division ``25`` covers class ``2511``, and a ``2511`` supplier answers a ``25`` need)."""
    w = wanted.strip().casefold()
    return any(h.casefold().startswith(w) or w.startswith(h.casefold()) for h in held if h)


def cert_valid(certs: dict[str, str | None], name: str, on: date) -> bool:
    """The certification ``name`` is held and not expired on ``on``."""
    key = fold(name)
    if key not in certs:
        return False
    expires = certs[key]
    return not expires or expires >= on.isoformat()


def band_rank_of(frame: pd.DataFrame, band: str, orders: dict[str, list[str]]) -> np.ndarray:
    """Per supplier, the rank the named band has in that supplier's toolkit (-1 if unknown)."""
    from core.directory.suppliers import DEFAULT_BANDS
    toolkits = frame["toolkit_id"].to_numpy(dtype=object)
    out = np.full(len(frame), 10**6, dtype=np.int64)
    for toolkit in pd.unique(toolkits):
        order = orders.get(toolkit) or list(DEFAULT_BANDS)
        if band in order:
            out[toolkits == toolkit] = order.index(band)
    return out


def search_directory(conn: sqlite3.Connection, query: DirectoryQuery,
                     today: date | None = None, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """The suppliers answering ``query``, best text match first, then by name."""
    today = today or date.today()
    settings = load_settings(conn)
    if frame is None:
        frame = supplier_frame(conn, settings, today)
    keep = np.ones(len(frame), dtype=bool)
    order = None
    if query.text.strip():
        ids = matching_ids(conn, query.text)
        if ids is not None:
            pos = {c: n for n, c in enumerate(ids)}
            order = frame["company_id"].map(pos)
            keep &= order.notna().to_numpy()
    long = frame.attrs["long"]
    if query.codes:
        keep &= code_mask(frame, long, query.codes)
    for cert in query.certs:
        keep &= cert_mask(frame, long, cert, today)
    if query.band:
        from core.directory.suppliers import band_orders
        keep &= frame["band_rank"].to_numpy() >= band_rank_of(frame, query.band, band_orders(conn))
    if query.max_risk:
        from core.directory.matching import risk_rank_limit
        keep &= frame["risk_rank"].to_numpy() <= risk_rank_limit(conn, query.max_risk)
    if query.region:
        keep &= (frame["region_key"] == fold(query.region)).to_numpy()
    if query.freshness in ("fresh", "stale"):
        keep &= frame["stale"].to_numpy() == (query.freshness == "stale")
    out = frame[keep].copy()
    if order is not None:
        out["_order"] = order[keep].to_numpy()
        out = out.sort_values(["_order", "company_id"]).drop(columns="_order")
    return out.reset_index(drop=True)
