"""Matching a demand against the directory: hard requirements, then a transparent weighted score.

Requirements (each met or missing): every required certification (held, not expired today), the
demand's classification codes (the supplier holds one of them, prefix either way), the minimum
band (rank in the supplier's own toolkit) and the maximum risk level (no open risk meets it).
A supplier meeting all is *qualified*; one missing at most ``near_missing`` of them is *near*
(what it lacks is a development opportunity); others are left out.
The score (0-100) is the weighted mean of the soft criteria that apply to the demand:
preferred certifications held (share), processes offered (share), diagnosis index (/100), risk
(1 - (rank + 1) / levels; 1 without open risk), same region (1/0), profile fresh (1/0).
Ranking: qualified before near, then score, then fewer missing, then company id.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from core.directory.model import Demand
from core.directory.search import band_rank_of
from core.directory.vector import cert_mask, code_mask, process_share
from core.directory.settings import DirectorySettings
from core.directory.text import fold
from core.errors import UserInputError


@dataclass
class Requirement:
    kind: str          # require_cert | code | min_band | max_risk
    value: str


@dataclass
class Match:
    company_id: str
    name: str | None
    status: str                       # qualified | near
    score: float
    met: list[Requirement] = field(default_factory=list)
    missing: list[Requirement] = field(default_factory=list)
    criteria: dict[str, float] = field(default_factory=dict)
    facts: dict = field(default_factory=dict)


def requirements(demand: Demand) -> list[Requirement]:
    reqs = [Requirement("require_cert", c) for c in demand.required_certs]
    if demand.codes:
        reqs.append(Requirement("code", ", ".join(demand.codes)))
    if demand.min_band:
        reqs.append(Requirement("min_band", demand.min_band))
    if demand.max_risk:
        reqs.append(Requirement("max_risk", demand.max_risk))
    return reqs


def risk_level_names(conn: sqlite3.Connection) -> list[str]:
    from core.risk.store import project_matrix
    return [lv.name for lv in project_matrix(conn).levels]


def risk_rank_limit(conn: sqlite3.Connection, level: str) -> int:
    """The rank of risk level ``level`` in the programme's matrix (exit 2 when unknown)."""
    names = risk_level_names(conn)
    if level not in names:
        raise UserInputError("directory.unknown_risk_level", level=level, known=", ".join(names))
    return names.index(level)


def match_demand(demand: Demand, frame: pd.DataFrame, settings: DirectorySettings,
                 band_orders: dict[str, list[str]], risk_names: list[str],
                 today: date | None = None) -> list[Match]:
    """Ranked matches of ``demand`` among the suppliers of ``frame`` (see the module's rules)."""
    today = today or date.today()
    long = frame.attrs["long"]
    frame = frame[frame["company_id"].to_numpy() != demand.buyer_id]
    n = len(frame)
    reqs = requirements(demand)
    met = np.zeros((len(reqs), n), dtype=bool)
    for r, req in enumerate(reqs):
        if req.kind == "require_cert":
            met[r] = cert_mask(frame, long, req.value, today)
        elif req.kind == "code":
            met[r] = code_mask(frame, long, demand.codes)
        elif req.kind == "min_band":
            met[r] = frame["band_rank"].to_numpy() >= band_rank_of(frame, req.value, band_orders)
        elif req.kind == "max_risk":
            limit = risk_names.index(req.value) if req.value in risk_names else -1
            met[r] = frame["risk_rank"].to_numpy() <= limit
    missing = len(reqs) - met.sum(axis=0) if reqs else np.zeros(n, dtype=int)
    keep = np.flatnonzero(missing <= settings.near_missing)
    criteria = _criteria(demand, frame, long, settings, risk_names, today)
    weights = settings.weights
    total_w = sum(weights[k] for k in criteria) or 1.0
    score = sum(weights[k] * v for k, v in criteria.items()) * 100.0 / total_w
    # Rank before building objects: only the kept rows, in order.
    order = np.lexsort((frame["company_id"].to_numpy()[keep], missing[keep],
                        -np.round(score[keep], 1), missing[keep] > 0))
    keep = keep[order]
    sub = frame.iloc[keep]
    col = {c: sub[c].to_numpy(dtype=object).tolist()
           for c in ("company_id", "name", "band", "risk_level", "region", "toolkit_id",
                     "chain_name")}
    index = [None if v != v else float(v) for v in sub["index"].to_numpy(dtype=float).tolist()]
    months = [None if v != v else int(v)
              for v in sub["months_since_verified"].to_numpy(dtype=float).tolist()]
    stale = sub["stale"].to_numpy(dtype=bool).tolist()
    scores = np.round(score[keep], 1).tolist()
    crit = {k: np.round(v[keep], 3).tolist() for k, v in criteria.items()}
    names = list(crit)
    patterns: dict[tuple, tuple[list, list]] = {}     # met bits -> (met, missing), shared
    bits = met[:, keep].T.tolist()
    matches = []
    for pos in range(len(keep)):
        key = tuple(bits[pos])
        if key not in patterns:
            patterns[key] = ([q for q, ok in zip(reqs, key) if ok],
                             [q for q, ok in zip(reqs, key) if not ok])
        got, lacking = patterns[key]
        matches.append(Match(
            col["company_id"][pos], col["name"][pos], "near" if lacking else "qualified",
            scores[pos], got, lacking, {k: crit[k][pos] for k in names},
            {"index": index[pos], "band": col["band"][pos], "risk_level": col["risk_level"][pos],
             "region": col["region"][pos], "stale": stale[pos],
             "months_since_verified": months[pos], "toolkit_id": col["toolkit_id"][pos],
             "chain_name": col["chain_name"][pos]}))
    return matches


def _criteria(demand: Demand, frame: pd.DataFrame, long: dict, settings: DirectorySettings,
              risk_names: list[str], today: date) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    if demand.preferred_certs:
        held = sum(cert_mask(frame, long, p, today).astype(float) for p in demand.preferred_certs)
        out["preferred_certs"] = held / len(demand.preferred_certs)
    if demand.processes:
        out["processes"] = process_share(frame, long, demand.processes)
    index = frame["index"].to_numpy(dtype=float)
    out["index"] = np.nan_to_num(index, nan=0.0) / 100.0
    levels = max(len(risk_names), 1)
    out["risk"] = 1.0 - (frame["risk_rank"].to_numpy(dtype=float) + 1.0) / levels
    if demand.region:
        out["region"] = (frame["region_key"] == fold(demand.region)).to_numpy(dtype=float)
    out["fresh"] = (~frame["stale"].to_numpy(dtype=bool)).astype(float)
    return out
