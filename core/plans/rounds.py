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
    companies = _per_company(assessments, tolerance)
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


def _per_company(assessments: pd.DataFrame, tolerance: float) -> pd.DataFrame:
    """Baseline and latest assessment of every (company, toolkit), all at once."""
    if assessments.empty:
        return pd.DataFrame(columns=COMPANY_COLUMNS)
    key = ["company_id", "toolkit_id"]
    frame = assessments.reset_index(drop=True).rename_axis("_row").reset_index()
    frame["_r"] = frame["round"].fillna(np.inf)
    last = frame.sort_values([*key, "assessed_on"], kind="stable").groupby(key, sort=True).tail(1)
    base = frame.sort_values([*key, "_r", "assessed_on"], kind="stable").groupby(key, sort=True).head(1)
    both = last.merge(base, on=key, suffixes=("", "_base")).sort_values(key, kind="stable")
    compared = ((both["_row"] != both["_row_base"]) & both["index"].notna()
                & both["index_base"].notna()).to_numpy()
    delta = np.where(compared, pd.to_numeric(both["index"], errors="coerce").to_numpy(dtype=float)
                     - pd.to_numeric(both["index_base"], errors="coerce").to_numpy(dtype=float), np.nan)
    change = np.where(~compared, None, np.where(delta > tolerance, "improved",
                                                np.where(delta < -tolerance, "regressed", "unchanged")))
    out = pd.DataFrame({"company_id": both["company_id"].to_numpy(dtype=object),
                        "toolkit_id": both["toolkit_id"].to_numpy(dtype=object),
                        "baseline_on": both["assessed_on_base"].to_numpy(dtype=object),
                        "latest_on": both["assessed_on"].to_numpy(dtype=object),
                        "baseline_index": both["index_base"].to_numpy(), "latest_index": both["index"].to_numpy(),
                        "delta": delta, "change": pd.Series(change, dtype=object)})
    areas: dict[str, np.ndarray] = {}
    for k in np.flatnonzero(compared):            # area deltas only where there are two rounds
        before = both["areas_base"].iat[k] or {}
        for area, score in (both["areas"].iat[k] or {}).items():
            if score is not None and before.get(area) is not None:
                areas.setdefault(f"area:{area}", np.full(len(out), np.nan))[k] = float(score) - float(before[area])
    for name, values in areas.items():
        out[name] = values
    return out


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
