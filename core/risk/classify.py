"""Classification of suppliers and heat maps, vectorised over a whole programme.

A supplier's risk level is the highest residual level among its **open** risks (status
``open``); a supplier without open risks has no level (rank -1). In a heat map each supplier is
placed in the cell of its worst open risk (highest level, then score, severity, likelihood), on
the inherent or the residual values; every open risk is also counted in its own cell.
"""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from core.risk.matrix import RiskMatrix
from core.risk.register import residual_values

BASES = ("inherent", "residual")
PLACEMENT = ("each supplier in the cell of its worst open risk: highest level, then highest score, "
             "severity, likelihood")


def _values(register: pd.DataFrame, basis: str, matrix: RiskMatrix) -> tuple[np.ndarray, np.ndarray]:
    if basis == "residual":
        li, si = residual_values(register)
    else:
        li = register["inherent_likelihood"].to_numpy().astype(np.int64)
        si = register["inherent_severity"].to_numpy().astype(np.int64)
    # A register entered on a larger matrix, viewed through a smaller one ("what if"), lands
    # on the scale's ends instead of failing; stored matrices never shrink under a register.
    n_l, n_s = matrix.size
    return np.clip(li, 1, n_l), np.clip(si, 1, n_s)


def open_risks(register: pd.DataFrame) -> pd.DataFrame:
    return register[register["status"].to_numpy() == "open"]


def classify_risks(register: pd.DataFrame, matrix: RiskMatrix) -> pd.DataFrame:
    """The register with ``residual_l``/``residual_s`` (residual defaulted to inherent) and
    inherent and residual ``*_level`` names, ``*_rank`` and ``*_score``."""
    out = register.copy()
    names = np.array([lv.name for lv in matrix.levels], dtype=object)
    for basis in BASES:
        li, si = _values(register, basis, matrix)
        ranks, scores = matrix.classify(li, si)
        if basis == "residual":
            out["residual_l"], out["residual_s"] = li, si
        out[f"{basis}_rank"], out[f"{basis}_score"] = ranks, scores
        out[f"{basis}_level"] = names[ranks] if len(ranks) else np.array([], dtype=object)
    return out


def worst_cells(register: pd.DataFrame, matrix: RiskMatrix, basis: str = "residual") -> pd.DataFrame:
    """One row per company with open risks: its worst open risk's ``likelihood``, ``severity``,
    ``rank``, ``level``, ``score`` and the number of ``open_risks``."""
    reg = open_risks(register)
    li, si = _values(reg, basis, matrix)
    ranks, scores = matrix.classify(li, si)
    # integer codes instead of company strings: sorting 100,000s of strings dominates otherwise
    codes, uniques = pd.factorize(reg["company_id"].to_numpy(dtype=object))
    order = np.lexsort((li, si, scores, ranks, codes))
    sorted_codes = codes[order]
    last = order[np.r_[sorted_codes[1:] != sorted_codes[:-1], True]] if len(order) else order
    names = np.array([lv.name for lv in matrix.levels], dtype=object)
    return pd.DataFrame({
        "company_id": np.asarray(uniques, dtype=object)[codes[last]],
        "likelihood": li[last], "severity": si[last], "rank": ranks[last], "score": scores[last],
        "open_risks": np.bincount(codes, minlength=len(uniques))[codes[last]] if len(last) else
        np.array([], dtype=np.int64),
        "level": names[ranks[last]]})


def classify_suppliers(register: pd.DataFrame, matrix: RiskMatrix,
                       companies: list[str] | pd.Series | None = None,
                       basis: str = "residual") -> pd.DataFrame:
    """Per company: ``level`` (None without open risks), ``rank`` (-1), worst cell and counts.
    ``companies`` lists every supplier to include, also those without risks."""
    worst = worst_cells(register, matrix, basis)
    if companies is None:
        return worst
    ids = _ids(companies)
    pos = pd.Index(worst["company_id"].to_numpy(dtype=object)).get_indexer(ids)
    found = pos >= 0
    take = np.where(found, pos, 0)
    out = {"company_id": ids}
    for col, missing in (("likelihood", np.nan), ("severity", np.nan), ("score", np.nan)):
        values = worst[col].to_numpy(dtype=float)
        out[col] = np.where(found, values[take] if len(values) else np.nan, missing)
    ranks = worst["rank"].to_numpy()
    out["rank"] = np.where(found, ranks[take] if len(ranks) else -1, -1).astype(np.int64)
    counts = worst["open_risks"].to_numpy()
    out["open_risks"] = np.where(found, counts[take] if len(counts) else 0, 0).astype(np.int64)
    names = np.array([lv.name for lv in matrix.levels] + [None], dtype=object)
    frame = pd.DataFrame(out)
    # object dtype keeps None for "no open risk" (pandas 3 would infer str and turn it into NaN)
    frame["level"] = pd.Series(names[out["rank"]], dtype=object)   # rank -1: the trailing None
    return frame


def _ids(values: object) -> np.ndarray:
    """Company ids as a numpy object array (iterating a pandas string array is slow)."""
    if hasattr(values, "to_numpy"):
        return values.to_numpy(dtype=object)
    return np.asarray(list(values), dtype=object)


def _grouped(ids: np.ndarray, keys: np.ndarray, n_keys: int) -> list[list[str]]:
    """``ids`` split by integer ``keys`` (0 .. n_keys-1), each group sorted."""
    order = np.argsort(ids, kind="stable")
    order = order[np.argsort(keys[order], kind="stable")]
    bounds = np.cumsum(np.bincount(keys, minlength=n_keys))[:-1]
    return [group.tolist() for group in np.split(ids[order], bounds)]


def heat_map(register: pd.DataFrame, matrix: RiskMatrix, basis: str = "residual",
             companies: list[str] | None = None) -> dict:
    """Counts per cell (``suppliers`` placed at their worst open risk, and open ``risks``),
    the supplier ids per cell and per level, on the inherent or residual values."""
    reg = open_risks(register)
    if companies is not None:
        companies = _ids(companies)
        reg = reg[reg["company_id"].isin(companies)]
    n_l, n_s = matrix.size
    li, si = _values(reg, basis, matrix)
    risk_counts = np.zeros((n_l, n_s), dtype=np.int64)
    np.add.at(risk_counts, (li - 1, si - 1), 1)
    worst = worst_cells(reg, matrix, basis)
    ids = _ids(worst["company_id"])
    cell = ((worst["likelihood"].to_numpy() - 1) * n_s + worst["severity"].to_numpy() - 1).astype(np.int64)
    supplier_counts = np.bincount(cell, minlength=n_l * n_s).reshape(n_l, n_s)
    by_cell = _grouped(ids, cell, n_l * n_s)
    by_level = _grouped(ids, worst["rank"].to_numpy().astype(np.int64), len(matrix.levels))
    cells = []
    for l in range(1, n_l + 1):
        for s in range(1, n_s + 1):
            cells.append({"likelihood": l, "severity": s, "level": matrix.level(l, s).name,
                          "score": matrix.score(l, s), "suppliers": int(supplier_counts[l - 1, s - 1]),
                          "risks": int(risk_counts[l - 1, s - 1]),
                          "supplier_ids": by_cell[(l - 1) * n_s + s - 1]})
    levels = {lv.name: by_level[lv.rank] for lv in matrix.levels}
    none = []
    if companies is not None:
        without = companies[~pd.Series(companies).isin(ids).to_numpy()]
        none = np.sort(without).tolist() if len(without) else []
    return {"basis": basis, "placement": PLACEMENT, "cells": cells, "suppliers_per_level": levels,
            "without_open_risks": none,
            "supplier_grid": supplier_counts.tolist(), "risk_grid": risk_counts.tolist()}


def snapshot(levels: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """A history row per company (``company_id``, ``as_of``, ``rank``, ``level``) to store."""
    return pd.DataFrame({"company_id": levels["company_id"].to_numpy(dtype=object),
                         "as_of": pd.Timestamp(as_of), "rank": levels["rank"].to_numpy(),
                         "level": levels["level"].to_numpy(dtype=object)})


def classification_as_of(history: pd.DataFrame, when: date) -> pd.DataFrame:
    """Each company's latest recorded classification on or before ``when``."""
    h = history[pd.to_datetime(history["as_of"]) <= pd.Timestamp(when)]
    h = h.assign(_t=pd.to_datetime(h["as_of"])).sort_values(["company_id", "_t"], kind="stable")
    return h.drop_duplicates("company_id", keep="last").drop(columns="_t").reset_index(drop=True)


def classification_change(history: pd.DataFrame, before: date, after: date) -> pd.DataFrame:
    """Per company: level ``before`` and ``after`` and ``change`` = up / down / same / new /
    gone (``new``: first classified after ``before``; ``gone``: no record by ``after``)."""
    return compare_classifications(classification_as_of(history, before),
                                   classification_as_of(history, after))


def compare_classifications(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Per company in either frame (``company_id``, ``rank``, ``level``): the change."""
    a = before.set_index("company_id")
    b = after.set_index("company_id")
    ids = a.index.union(b.index)
    ra = a["rank"].reindex(ids).astype(float).to_numpy()
    rb = b["rank"].reindex(ids).astype(float).to_numpy()
    change = np.select([np.isnan(ra), np.isnan(rb), rb > ra, rb < ra],
                       ["new", "gone", "up", "down"], "same")
    def names(frame: pd.DataFrame) -> np.ndarray:
        col = frame["level"].reindex(ids)
        return pd.Series([None if pd.isna(v) else v for v in col], dtype=object)
    out = pd.DataFrame({"company_id": ids.to_numpy(dtype=object), "rank_before": ra,
                        "rank_after": rb, "change": change})
    out.insert(1, "level_before", names(a))
    out.insert(2, "level_after", names(b))
    return out
