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
from core.directory.search import band_rank_of, cert_valid, code_matches
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
    frame = frame[frame["company_id"] != demand.buyer_id]
    n = len(frame)
    reqs = requirements(demand)
    met = np.zeros((len(reqs), n), dtype=bool)
    for r, req in enumerate(reqs):
        if req.kind == "require_cert":
            met[r] = [cert_valid(c, req.value, today) for c in frame["certs"]]
        elif req.kind == "code":
            met[r] = [any(code_matches(h, w) for w in demand.codes) for h in frame["codes"]]
        elif req.kind == "min_band":
            met[r] = frame["band_rank"].to_numpy() >= band_rank_of(frame, req.value, band_orders)
        elif req.kind == "max_risk":
            limit = risk_names.index(req.value) if req.value in risk_names else -1
            met[r] = frame["risk_rank"].to_numpy() <= limit
    missing = len(reqs) - met.sum(axis=0) if reqs else np.zeros(n, dtype=int)
    keep = missing <= settings.near_missing
    criteria = _criteria(demand, frame, settings, risk_names, today)
    weights = settings.weights
    total_w = sum(weights[k] for k in criteria) or 1.0
    score = sum(weights[k] * v for k, v in criteria.items()) * 100.0 / total_w \
        if criteria else np.zeros(n)
    matches = []
    rows = frame.reset_index(drop=True)
    for i in np.flatnonzero(keep):
        row = rows.iloc[i]
        matches.append(Match(
            company_id=row["company_id"], name=row["name"],
            status="qualified" if missing[i] == 0 else "near",
            score=round(float(score[i]), 1),
            met=[q for r, q in enumerate(reqs) if met[r, i]],
            missing=[q for r, q in enumerate(reqs) if not met[r, i]],
            criteria={k: round(float(v[i]), 3) for k, v in criteria.items()},
            facts={"index": None if pd.isna(row["index"]) else float(row["index"]),
                   "band": row["band"], "risk_level": row["risk_level"],
                   "region": row["region"], "stale": bool(row["stale"]),
                   "months_since_verified": None if pd.isna(row["months_since_verified"])
                   else int(row["months_since_verified"]),
                   "toolkit_id": row["toolkit_id"], "chain_name": row["chain_name"]}))
    matches.sort(key=lambda m: (m.status != "qualified", -m.score, len(m.missing), m.company_id))
    return matches


def _criteria(demand: Demand, frame: pd.DataFrame, settings: DirectorySettings,
              risk_names: list[str], today: date) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    if demand.preferred_certs:
        held = np.array([sum(cert_valid(c, p, today) for p in demand.preferred_certs)
                         for c in frame["certs"]], dtype=float)
        out["preferred_certs"] = held / len(demand.preferred_certs)
    if demand.processes:
        wanted = [fold(p) for p in demand.processes]
        out["processes"] = np.array(
            [sum(any(w in have or have in w for have in keys) for w in wanted) / len(wanted)
             for keys in frame["process_keys"]], dtype=float)
    index = frame["index"].to_numpy(dtype=float)
    out["index"] = np.nan_to_num(index, nan=0.0) / 100.0
    levels = max(len(risk_names), 1)
    out["risk"] = 1.0 - (frame["risk_rank"].to_numpy(dtype=float) + 1.0) / levels
    if demand.region:
        out["region"] = (frame["region_key"] == fold(demand.region)).to_numpy(dtype=float)
    out["fresh"] = (~frame["stale"].to_numpy(dtype=bool)).astype(float)
    return {k: v for k, v in out.items() if settings.weights.get(k, 0) > 0 or k in ("index",)}
