"""Company size classes from workers and/or annual sales (``shared/spec/domain.md``).

Each scheme gives lower bounds (inclusive) for micro, small, medium and large, in workers and in
millions of US$ of annual sales. With both inputs the programme's ``basis`` decides: ``both``
takes the larger of the two classes (a company large by either measure is not an SME).
The ``gni`` rule classes turnover against the country's GNI per capita at PPP:
below 10x micro, 10x to 1,000x SME, from 1,000x large.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

CLASSES = ("micro", "small", "medium", "large")
GNI_CLASSES = ("micro", "sme", "large")

# scheme -> (worker lower bounds, sales lower bounds in US$ millions), for small/medium/large
SCHEMES: dict[str, tuple[tuple[float, ...], tuple[float, ...]]] = {
    "chile": ((10, 50, 200), (0.11, 1.15, 4.60)),
    "costa_rica": ((10, 35, 100), (0.10, 0.36, 1.04)),
    "bolivia": ((10, 20, 50), (0.17, 0.83, 3.31)),
    "world_bank": ((10, 50, 300), (0.10, 3.00, 15.00)),
}
SCHEME_NAMES = (*SCHEMES, "gni")
BASES = ("employees", "sales", "both")


@dataclass(frozen=True)
class SizeClass:
    size_class: str | None         # None: no usable input
    by_employees: str | None
    by_sales: str | None
    rule: str                      # the rule and inputs, e.g. "world_bank both: 12 workers -> small; ..."


def classify(employees, annual_sales, scheme: str = "world_bank", basis: str = "both",
             usd_rate: float = 1.0, gni_per_capita: float | None = None) -> list[SizeClass]:
    """Size classes of many companies, with the rule and inputs (array-likes; None/NaN = unknown).

    ``annual_sales`` is in the programme currency; ``usd_rate`` converts it to US$.
    """
    workers, sales, by_w, by_s, chosen, names = _classes(employees, annual_sales, scheme, basis,
                                                         usd_rate, gni_per_capita)
    name = lambda k: names[k] if k >= 0 else None  # noqa: E731
    return [SizeClass(name(chosen[i]), name(by_w[i]), name(by_s[i]),
                      _rule_text(scheme, basis, workers[i], sales[i], name(by_w[i]), name(by_s[i]),
                                 gni_per_capita))
            for i in range(len(workers))]


def class_codes(employees, annual_sales, scheme: str = "world_bank", basis: str = "both",
                usd_rate: float = 1.0, gni_per_capita: float | None = None) -> np.ndarray:
    """Only the class names (object array, None when unknown): the fast path for listings."""
    *_, chosen, names = _classes(employees, annual_sales, scheme, basis, usd_rate, gni_per_capita)
    lookup = np.array([*names, None], dtype=object)
    return lookup[np.where(chosen >= 0, chosen, len(names))]


def _classes(employees, annual_sales, scheme, basis, usd_rate, gni):
    if scheme not in SCHEME_NAMES:
        raise ValueError(f"unknown size scheme {scheme!r}")
    if basis not in BASES:
        raise ValueError(f"unknown size basis {basis!r}")
    workers = np.asarray(pd.to_numeric(pd.Series(employees, dtype=object), errors="coerce"), dtype=float)
    sales = np.asarray(pd.to_numeric(pd.Series(annual_sales, dtype=object), errors="coerce"),
                       dtype=float) / float(usd_rate or 1.0) / 1e6
    if scheme == "gni":
        by_w, by_s, names = np.full(len(workers), -1), _gni_class(sales, gni), GNI_CLASSES
    else:
        wb, sb = SCHEMES[scheme]
        by_w, by_s, names = _bucket(workers, wb), _bucket(sales, sb), CLASSES
    chosen = {"employees": by_w, "sales": by_s}.get(basis)
    if chosen is None:
        chosen = np.maximum(by_w, by_s)
    return workers, sales, by_w, by_s, chosen, names


def _bucket(values: np.ndarray, bounds: tuple[float, ...]) -> np.ndarray:
    """0..3 by lower bounds (inclusive); -1 where the value is unknown or negative."""
    idx = np.searchsorted(np.asarray(bounds), values, side="right")
    return np.where(np.isnan(values) | (values < 0), -1, idx)


def _gni_class(sales_musd: np.ndarray, gni: float | None) -> np.ndarray:
    if not gni or gni <= 0:
        return np.full(len(sales_musd), -1)
    multiple = sales_musd * 1e6 / gni
    return _bucket(multiple, (10.0, 1000.0))


def _rule_text(scheme, basis, workers, sales_musd, cw, cs, gni) -> str:
    parts = [f"{scheme} ({basis})"]
    if scheme != "gni" and not np.isnan(workers):
        parts.append(f"{workers:g} workers -> {cw}")
    if not np.isnan(sales_musd):
        if scheme == "gni":
            parts.append(f"sales US$ {sales_musd:.3f} M vs GNI per capita US$ {gni or 0:g} -> {cs}")
        else:
            parts.append(f"sales US$ {sales_musd:.3f} M -> {cs}")
    return "; ".join(parts)
