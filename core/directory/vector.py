"""Requirement tests over the whole supplier frame at once (100,000 suppliers in milliseconds):
long tables of (company, certification), (company, code), (company, process) and ``isin``."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from core.directory.text import fold


class LongTables(dict):
    """Kept in ``frame.attrs``; pandas deep-copies attrs on every operation, so copying this
    returns the same object (the tables are never modified)."""

    def __deepcopy__(self, memo) -> "LongTables":
        return self


def long_tables(certs: list[tuple[str, str, str | None]], codes: list[tuple[str, str]],
                processes: list[tuple[str, str]]) -> LongTables:
    """The long tables kept with the supplier frame (``frame.attrs``)."""
    return LongTables({
        "certs": pd.DataFrame(
            {"company_id": np.array([c for c, _, _ in certs], dtype=object),
             "key": np.array([fold(n) for _, n, _ in certs], dtype=object),
             "expires": np.array([e or "9999-12-31" for _, _, e in certs], dtype=object)}),
        "codes": pd.DataFrame({"company_id": np.array([c for c, _ in codes], dtype=object),
                               "code": np.array([k.casefold() for _, k in codes], dtype=object)}),
        "processes": pd.DataFrame({"company_id": np.array([c for c, _ in processes], dtype=object),
                                   "key": np.array([fold(p) for _, p in processes],
                                                   dtype=object)}),
    })


def _mask(frame: pd.DataFrame, ids: pd.Series) -> np.ndarray:
    return frame["company_id"].isin(pd.unique(ids.to_numpy())).to_numpy()


def cert_mask(frame: pd.DataFrame, long: dict, name: str, on: date) -> np.ndarray:
    """Suppliers holding certification ``name`` (accents and case ignored), valid on ``on``."""
    t = long["certs"]
    ok = (t["key"] == fold(name)) & (t["expires"] >= on.isoformat())
    return _mask(frame, t.loc[ok, "company_id"])


def code_mask(frame: pd.DataFrame, long: dict, wanted: list[str]) -> np.ndarray:
    """Suppliers holding a code that answers one of ``wanted`` (prefix either way)."""
    t = long["codes"]
    hit = np.zeros(len(t), dtype=bool)
    for w in wanted:
        w = w.strip().casefold()
        if not w:
            continue
        prefixes = [w[:k] for k in range(1, len(w) + 1)]
        hit |= t["code"].str.startswith(w).to_numpy(dtype=bool) | t["code"].isin(prefixes).to_numpy()
    return _mask(frame, t.loc[hit, "company_id"])


def process_share(frame: pd.DataFrame, long: dict, wanted: list[str]) -> np.ndarray:
    """Per supplier, the share of ``wanted`` processes it offers (either text contains the other)."""
    t = long["processes"]
    total = np.zeros(len(frame), dtype=float)
    keys = [fold(w) for w in wanted if fold(w)]
    for w in keys:
        hit = t["key"].str.contains(w, regex=False).to_numpy(dtype=bool) | \
            t["key"].map(lambda h, w=w: bool(h) and h in w).to_numpy(dtype=bool)
        total += _mask(frame, t.loc[hit, "company_id"])
    return total / max(len(keys), 1)
