"""Programme results for funders: KPI changes per value chain and programme, sums, money.

Per KPI (catalogue id, or the KPI's own name when it is not from the catalogue) and scope:
how many suppliers have a baseline and a measurement, how many improved, the median and the
best change in % (best = largest for higher-is-better, most negative for lower-is-better),
and for "sum" KPIs (investment, jobs, new clients...) the total increase over the baselines.
At programme level a value chain counts as improving a KPI when the median change of its
suppliers is in the good direction ("21 of 24 value chains raised productivity").
"""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from core.plans.kpi import catalogue, kpi_status
from core.plans.model import ImprovementPlan
from core.plans.plan import plan_progress

KPI_COLUMNS = ["company_id", "kpi", "direction", "aggregate", "baseline", "current", "change_pct",
               "improved", "increase", "status"]


def kpi_table(plans: dict[str, ImprovementPlan], today: date) -> pd.DataFrame:
    """One row per company and KPI with its latest value, change and status as of ``today``."""
    cat = catalogue()
    rows = []
    for company, plan in plans.items():
        seen = set()
        for k in plan.kpis:
            key = k.catalogue_id or k.name
            if key in seen:
                continue
            seen.add(key)
            s = kpi_status(k, today)
            entry = cat.get(k.catalogue_id or "")
            increase = (s.current - k.baseline_value
                        if s.current is not None and k.baseline_value is not None else None)
            rows.append([company, key, k.direction, entry.aggregate if entry else "change",
                         k.baseline_value, s.current, s.change_pct, s.improved, increase, s.status])
    return pd.DataFrame(rows, columns=KPI_COLUMNS)


def _kpi_summary(group: pd.DataFrame) -> dict:
    measured = group[group["current"].notna() & group["baseline"].notna()]
    direction = group["direction"].iloc[0]
    changes = measured["change_pct"].dropna().astype(float)
    best = None
    if len(changes):
        best = float(changes.max() if direction == "higher" else changes.min())
    out = {"direction": direction, "aggregate": group["aggregate"].iloc[0],
           "suppliers": int(group["company_id"].nunique()), "measured": int(len(measured)),
           "improving": int(measured["improved"].astype(bool).sum()),
           "median_change_pct": float(changes.median()) if len(changes) else None,
           "best_change_pct": best}
    if out["aggregate"] == "sum":
        out["total_increase"] = float(measured["increase"].astype(float).sum())
    return out


def _scope(kpis: pd.DataFrame, plans: dict[str, ImprovementPlan], companies: list[str],
           today: date) -> dict:
    part = kpis[kpis["company_id"].isin(companies)]
    money = {"total": 0.0, "programme": 0.0, "buyer": 0.0, "supplier": 0.0}
    for c in companies:
        if c in plans:
            for k, v in plan_progress(plans[c], today).budget.items():
                money[k] += v
    return {"companies": len(companies), "with_plan": sum(c in plans for c in companies),
            "kpis": {k: _kpi_summary(g) for k, g in part.groupby("kpi", sort=True)},
            "co_financing": money}


def _good(direction: str, median: float | None) -> bool:
    return median is not None and (median > 0 if direction == "higher" else median < 0)


def programme_results(plans: dict[str, ImprovementPlan], chains: pd.DataFrame, today: date) -> dict:
    """Results per value chain (``chains``: company_id, chain) and for the whole programme."""
    kpis = kpi_table(plans, today)
    by_chain = {chain: _scope(kpis, plans, sorted(set(group["company_id"])), today)
                for chain, group in chains.groupby("chain", sort=True)}
    everyone = sorted(set(plans) | set(chains["company_id"]))
    programme = _scope(kpis, plans, everyone, today)
    for key, summary in programme["kpis"].items():
        medians = [c["kpis"][key] for c in by_chain.values() if key in c["kpis"]]
        measured = [m for m in medians if m["median_change_pct"] is not None]
        summary["chains_measured"] = len(measured)
        summary["chains_improving"] = sum(_good(m["direction"], m["median_change_pct"]) for m in measured)
    programme["chains"] = len(by_chain)
    return {"as_of": today.isoformat(), "chains": by_chain, "programme": programme}


def as_json_safe(value):
    """NaN -> None, numpy scalars -> Python, recursively (for ``json.dumps(allow_nan=False)``)."""
    if isinstance(value, dict):
        return {str(k): as_json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_json_safe(v) for v in value]
    if isinstance(value, (np.floating, float)):
        return None if np.isnan(value) else float(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, date):
        return value.isoformat()
    return value
