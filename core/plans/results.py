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


def _kpi_summaries(kpis: pd.DataFrame, keys: list[str]) -> dict:
    """Per group of ``keys`` (the last one is ``kpi``): counts, median and best change, sums."""
    if kpis.empty:
        return {}
    measured = (kpis["current"].notna() & kpis["baseline"].notna()).to_numpy()
    frame = kpis.assign(
        _measured=measured,
        _improving=measured & kpis["improved"].fillna(False).astype(bool).to_numpy(),
        _change=kpis["change_pct"].astype(float).where(measured),
        _increase=kpis["increase"].astype(float).where(measured))
    grouped = frame.groupby(keys, sort=True).agg(
        direction=("direction", "first"), aggregate=("aggregate", "first"),
        suppliers=("company_id", "nunique"), measured=("_measured", "sum"),
        improving=("_improving", "sum"), median=("_change", "median"), high=("_change", "max"),
        low=("_change", "min"), total=("_increase", "sum"))
    out: dict = {}
    for key, r in grouped.iterrows():
        key = key if isinstance(key, tuple) else (key,)
        best = r["high"] if r["direction"] == "higher" else r["low"]
        entry = {"direction": r["direction"], "aggregate": r["aggregate"], "suppliers": int(r["suppliers"]),
                 "measured": int(r["measured"]), "improving": int(r["improving"]),
                 "median_change_pct": None if pd.isna(r["median"]) else float(r["median"]),
                 "best_change_pct": None if pd.isna(best) else float(best)}
        if r["aggregate"] == "sum":
            entry["total_increase"] = float(r["total"])
        target = out
        for part in key[:-1]:
            target = target.setdefault(part, {})
        target[key[-1]] = entry
    return out


def _money(plans: dict[str, ImprovementPlan], companies, today: date) -> dict:
    total = {"total": 0.0, "programme": 0.0, "buyer": 0.0, "supplier": 0.0}
    for c in companies:
        for k, v in plans.get(c, {}).items():
            total[k] += v
    return total


def _good(direction: str, median: float | None) -> bool:
    return median is not None and (median > 0 if direction == "higher" else median < 0)


def programme_results(plans: dict[str, ImprovementPlan], chains: pd.DataFrame, today: date) -> dict:
    """Results per value chain (``chains``: company_id, chain) and for the whole programme."""
    kpis = kpi_table(plans, today)
    budgets = {c: plan_progress(p, today).budget for c, p in plans.items()}
    members = {chain: sorted(set(group["company_id"])) for chain, group in chains.groupby("chain", sort=True)}
    per_chain = _kpi_summaries(kpis.merge(chains[["company_id", "chain"]], on="company_id"), ["chain", "kpi"])
    by_chain = {chain: {"companies": len(companies), "with_plan": sum(c in plans for c in companies),
                        "kpis": per_chain.get(chain, {}), "co_financing": _money(budgets, companies, today)}
                for chain, companies in members.items()}
    everyone = sorted(set(plans) | set(chains["company_id"]))
    programme = {"companies": len(everyone), "with_plan": sum(c in plans for c in everyone),
                 "kpis": _kpi_summaries(kpis, ["kpi"]), "co_financing": _money(budgets, everyone, today)}
    for key, summary in programme["kpis"].items():
        medians = [c["kpis"][key] for c in by_chain.values() if key in c["kpis"]]
        measured = [m for m in medians if m["median_change_pct"] is not None]
        summary["chains_measured"] = len(measured)
        summary["chains_improving"] = sum(_good(m["direction"], m["median_change_pct"]) for m in measured)
    programme["chains"] = len(by_chain)
    return {"as_of": today.isoformat(), "chains": by_chain, "programme": programme}


_PLAIN = (str, int, bool, type(None))


def as_json_safe(value):
    """NaN -> None, numpy scalars -> Python, recursively (for ``json.dumps(allow_nan=False)``)."""
    kind = type(value)
    if kind in _PLAIN:                  # the common cases first, by exact type (a big programme
        return value                    # has hundreds of thousands of values)
    if kind is float:
        return None if value != value else value
    if kind is dict:
        return {str(k): as_json_safe(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [as_json_safe(v) for v in value]
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
