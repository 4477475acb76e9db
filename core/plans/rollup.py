"""KPI roll-ups per value chain and programme: each KPI (catalogue id, or its name when custom)
summed, averaged or taking the median over the suppliers, as the KPI defines (``aggregate``).

Per scope and KPI: ``aggregate``, ``unit``, ``suppliers`` (with that KPI), ``measured`` (with a
measurement on or before the date), and the aggregate of their ``baseline``, ``current`` (latest
measurement on or before the date, suppliers measured only) and ``target`` values; ``on_track``
counts the suppliers whose KPI status is on track.
"""
from __future__ import annotations

import statistics
from datetime import date

import pandas as pd

from core.plans.kpi import kpi_status
from core.plans.model import ImprovementPlan

FUNCTIONS = {"sum": sum, "mean": statistics.fmean, "median": statistics.median}


def _combine(values: list[float], how: str) -> float | None:
    return float(FUNCTIONS.get(how, statistics.median)(values)) if values else None


def _rollup(rows: list[dict]) -> dict:
    out: dict[str, dict] = {}
    for key in sorted({r["key"] for r in rows}):
        mine = [r for r in rows if r["key"] == key]
        how = mine[0]["aggregate"]
        measured = [r for r in mine if r["current"] is not None]
        out[key] = {"aggregate": how, "unit": mine[0]["unit"], "suppliers": len(mine),
                    "measured": len(measured),
                    "baseline": _combine([r["baseline"] for r in mine if r["baseline"] is not None], how),
                    "current": _combine([r["current"] for r in measured], how),
                    "target": _combine([r["target"] for r in mine if r["target"] is not None], how),
                    "on_track": sum(r["status"] == "on_track" for r in mine)}
    return out


def kpi_rows(plans: dict[str, ImprovementPlan], today: date) -> list[dict]:
    """One row per supplier and KPI key: when a plan has several KPIs of a key, the one measured
    most recently counts (a drafted KPI left empty does not hide the one being measured)."""
    from core.plans.edits import default_aggregate
    rows = []
    for company, plan in plans.items():
        chosen: dict[str, tuple] = {}
        for k in plan.kpis:
            st = kpi_status(k, today)
            rank = (st.measured_on is not None, st.measured_on or date.min)
            key = k.catalogue_id or k.name
            if key not in chosen or rank > chosen[key][0]:
                chosen[key] = (rank, k, st)
        for key, (_rank, k, st) in chosen.items():
            rows.append({"company_id": company, "key": key, "unit": k.unit,
                         "aggregate": k.aggregate or default_aggregate(k.catalogue_id),
                         "baseline": k.baseline_value, "target": k.target_value,
                         "current": st.current, "status": st.status})
    return rows


def kpi_rollups(plans: dict[str, ImprovementPlan], chains: pd.DataFrame, today: date) -> dict:
    """``{"chains": {chain: {kpi: roll-up}}, "programme": {kpi: roll-up}}`` (see module doc);
    ``chains`` has ``company_id`` and ``chain``."""
    rows = kpi_rows(plans, today)
    per_chain = {}
    for chain, group in chains.groupby("chain", sort=True):
        members = set(group["company_id"])
        per_chain[str(chain)] = _rollup([r for r in rows if r["company_id"] in members])
    return {"chains": per_chain, "programme": _rollup(rows)}
