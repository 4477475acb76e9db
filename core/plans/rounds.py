"""A follow-up diagnosis compared with the baseline: per company, value chain and programme.

Per company and toolkit the *baseline* is the assessment of the lowest round (the earliest
date when rounds are not numbered) and the *follow-up* the latest one; a company assessed once
is listed with no delta. A company whose index moved by more than ``tolerance`` points has
improved or regressed; otherwise it is unchanged.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

COMPANY_COLUMNS = ["company_id", "toolkit_id", "baseline_on", "latest_on", "baseline_index",
                   "latest_index", "delta", "change"]


@dataclass
class RoundComparison:
    """Baseline vs follow-up diagnosis per company, value chain and programme."""

    companies: pd.DataFrame      # COMPANY_COLUMNS + "area:<name>" deltas
    chains: pd.DataFrame         # chain, companies, compared, improved, regressed, unchanged, means
    programme: dict

    def as_dict(self) -> dict:
        return {"companies": _records(self.companies), "chains": _records(self.chains),
                "programme": self.programme}


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: (None if isinstance(v, float) and np.isnan(v) else v) for k, v in r.items()}
            for r in frame.astype(object).to_dict("records")]


def compare_rounds(assessments: pd.DataFrame, chains: pd.DataFrame | None = None,
                   tolerance: float = 0.0) -> RoundComparison:
    """``assessments``: company_id, toolkit_id, assessed_on, round, index, areas (dict area ->
    score). ``chains``: company_id, chain (a company may be in several)."""
    rows = []
    for (company, toolkit), group in assessments.groupby(["company_id", "toolkit_id"], sort=True):
        group = group.assign(_r=group["round"].fillna(np.inf)).sort_values(["assessed_on"])
        base = group.sort_values(["_r", "assessed_on"], kind="stable").iloc[0]
        last = group.iloc[-1]
        row = {"company_id": company, "toolkit_id": toolkit, "baseline_on": base["assessed_on"],
               "latest_on": last["assessed_on"], "baseline_index": base["index"],
               "latest_index": last["index"], "delta": np.nan, "change": None}
        if base.name != last.name and pd.notna(base["index"]) and pd.notna(last["index"]):
            delta = float(last["index"]) - float(base["index"])
            row["delta"] = delta
            row["change"] = ("improved" if delta > tolerance else
                             "regressed" if delta < -tolerance else "unchanged")
            for area, score in (last["areas"] or {}).items():
                before = (base["areas"] or {}).get(area)
                if score is not None and before is not None:
                    row[f"area:{area}"] = float(score) - float(before)
        rows.append(row)
    companies = pd.DataFrame(rows)
    if companies.empty:
        companies = pd.DataFrame(columns=COMPANY_COLUMNS)
    chain_rows = []
    if chains is not None and not chains.empty:
        joined = chains.merge(companies, on="company_id", how="left")
        for chain, group in joined.groupby("chain", sort=True):
            chain_rows.append({"chain": chain, **_summary(group)})
    chain_frame = pd.DataFrame(chain_rows, columns=["chain", "companies", "compared", "improved",
                                                    "regressed", "unchanged", "mean_baseline",
                                                    "mean_latest", "mean_delta", "max_delta",
                                                    "min_delta"])
    return RoundComparison(companies, chain_frame, _summary(companies))


def _summary(group: pd.DataFrame) -> dict:
    compared = group[group["delta"].notna()] if "delta" in group else group.iloc[0:0]
    def stat(fn, column):
        return float(fn(compared[column].astype(float))) if len(compared) else None
    return {"companies": int(group["company_id"].nunique()) if len(group) else 0,
            "compared": int(len(compared)),
            "improved": int((compared["change"] == "improved").sum()),
            "regressed": int((compared["change"] == "regressed").sum()),
            "unchanged": int((compared["change"] == "unchanged").sum()),
            "mean_baseline": stat(np.mean, "baseline_index"), "mean_latest": stat(np.mean, "latest_index"),
            "mean_delta": stat(np.mean, "delta"), "max_delta": stat(np.max, "delta"),
            "min_delta": stat(np.min, "delta")}
