"""The results-by-group sheets of the results workbook (women-led, size class, sector, region), all
four from one read of the project.

The figures are those of :func:`core.setup.groups.group_results` (same members, same means,
same sums, in the same order), computed per grouping with numpy over the suppliers' columns
instead of lists per group: a 100,000-supplier programme is read once, not four times.
"""
from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd

from core import catalogue
from core.setup.groups import COLUMNS, GROUPINGS, labelled, supplier_groups


def group_sheets(conn: sqlite3.Connection, language: str, flags: dict[str, dict],
                 chain: str | None = None) -> list[tuple[str, pd.DataFrame]]:
    """(sheet title, labelled table) per grouping; ``flags``: ``certified`` and ``kpi_improving``
    per company (:meth:`core.reports.supplier_status.SupplierStatus.flags`)."""
    figures = _SupplierFigures(conn, flags)
    return [(catalogue.text(f"setup.sheet_{by}", language)[:31],
             labelled(figures.table(supplier_groups(conn, by, chain)), by, language))
            for by in GROUPINGS]


class _SupplierFigures:
    """What the groups add up, per company: first and latest index, rounds, jobs, flags."""

    def __init__(self, conn: sqlite3.Connection, flags: dict[str, dict]):
        from core.setup.groups import _first_and_latest
        self.jobs = {r[0]: r[1:] for r in conn.execute("SELECT id, jobs_women, jobs_men FROM companies")}
        self.first, self.last = _first_and_latest(conn)
        self.rounds = dict(conn.execute("SELECT company_id, COUNT(*) FROM assessments WHERE status = "
                                        "'current' GROUP BY company_id").fetchall())
        self.certified, self.improving = flags["certified"], flags["kpi_improving"]
        self._ids: list | None = None
        self._base: dict[str, np.ndarray] = {}

    def table(self, groups: pd.Series) -> pd.DataFrame:
        """One row per group of ``groups`` (company id -> group code), as ``group_results``."""
        ids = groups.index.tolist()
        codes = groups.tolist()
        keys = sorted({g for g in codes if g is not None}, key=str) + (
            [None] if any(g is None for g in codes) else [])
        position = {k: n for n, k in enumerate(keys)}
        group = np.fromiter((position[g] for g in codes), np.int64, len(codes))
        # members of a group keep the order of ``groups``: sums and means add in the same order
        order = np.argsort(group, kind="stable")
        bounds = np.searchsorted(group[order], np.arange(len(keys) + 1))
        if ids != self._ids:         # every grouping lists the same suppliers: columns once
            self._ids, self._base = ids, self._columns(ids)
        columns = {name: values[order] for name, values in self._base.items()}
        rows = []
        for n, key in enumerate(keys):
            part = slice(int(bounds[n]), int(bounds[n + 1]))
            rows.append(_row(key, {name: values[part] for name, values in columns.items()}))
        frame = pd.DataFrame(rows, columns=list(COLUMNS))
        frame["group"] = pd.Series([r["group"] for r in rows], dtype=object)   # None stays None
        return frame

    def _columns(self, ids: list[str]) -> dict[str, np.ndarray]:
        missing = _MISSING
        jobs = [self.jobs.get(c, (None, None)) for c in ids]
        columns = {"first": [self.first.get(c, missing) for c in ids],
                   "last": [self.last.get(c, missing) for c in ids],
                   "rounds": [self.rounds.get(c, 0) for c in ids],
                   "women": [j[0] for j in jobs], "men": [j[1] for j in jobs],
                   "certified": [bool(self.certified.get(c)) for c in ids],
                   "improving": [bool(self.improving.get(c)) for c in ids]}
        out = {}
        for name, values in columns.items():
            array = np.empty(len(values), dtype=object)     # objects as they are (None, sentinel)
            array[:] = values
            out[name] = array
        return out


_MISSING = object()         # a company without an assessment (None: assessed, without an index)


def _row(key, part: dict) -> dict:
    from core.setup.groups import _mean
    missing = _MISSING
    first, last = part["first"], part["last"]
    base = [v for v in first if v is not missing]
    latest = [v for v in last if v is not missing]
    deltas = [b - a for a, b, r in zip(first, last, part["rounds"])
              if a is not missing and b is not missing and a is not None and b is not None and r >= 2]
    women = [v for v in part["women"] if v is not None]
    men = [v for v in part["men"] if v is not None]
    return {"group": key, "companies": len(first), "assessed": len(latest), "mean_baseline": _mean(base),
            "mean_latest": _mean(latest), "mean_delta": _mean(deltas), "improved": sum(d > 0 for d in deltas),
            "kpis_improving": sum(part["improving"]), "certified": sum(part["certified"]),
            "jobs_women": int(sum(women)), "jobs_men": int(sum(men)), "jobs": int(sum(women) + sum(men))}
