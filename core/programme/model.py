"""The programme read-model: the typed picture of a programme every reader uses.

:func:`read_programme` builds it from the store, once: every company with its latest assessment
(index, band, coverage, critical gaps, date, round, area scores), value chain, size class, risk
level and plan progress, plus the toolkits and risk matrix that name their codes. The GUI's
tables, the results workbook, the CSV export, the PDF and ``encadena project companies`` all read
this one frame through :mod:`core.programme.columns`; nothing else joins these tables again.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

import pandas as pd

from core.programme.labels import Labels
from core.progress import Progress, no_progress

log = logging.getLogger("encadena.programme")

# project.companies() name -> read-model name
RENAMED = {"id": "company_id", "latest_index": "index", "latest_band": "band",
           "latest_coverage": "coverage", "latest_round": "round", "latest_date": "date"}


@dataclass
class ProgrammeModel:
    """One programme as every reader sees it (see the module docstring)."""

    companies: pd.DataFrame              # one row per company; columns: see core.programme.columns
    chains: list[Any]                    # core.project.model.ValueChain
    toolkits: dict[str, Any]             # stored toolkit workbooks by sha256
    matrix: Any = None                   # core.risk.matrix.RiskMatrix (None: no risk module)
    _register: pd.DataFrame | None = None  # the effective risk register behind the risk levels
    today: date = field(default_factory=date.today)
    _register_source: Callable[[], pd.DataFrame | None] | None = None

    @property
    def register(self) -> pd.DataFrame | None:
        """The effective risk register behind the risk levels (derived on first use when the
        companies came from the copy kept in the project)."""
        if self._register is None and self._register_source is not None:
            self._register = self._register_source()
            self._register_source = None
        return self._register

    def labels(self, language: str) -> Labels:
        """Words in ``language`` for this programme's codes (bands, areas, levels, sizes...)."""
        return Labels(language, self.toolkit_list(), self.matrix)

    def toolkit_list(self) -> list[Any]:
        """The toolkits in use, the most used first (their bands and areas name the columns)."""
        used = self.companies["toolkit_sha256"].value_counts() if len(self.companies) else pd.Series()
        order = [s for s in used.index if s in self.toolkits]
        return [self.toolkits[s] for s in order] + [t for s, t in self.toolkits.items() if s not in order]

    def area_keys(self) -> list[str]:
        """The ``area:<id>`` columns, in the order of the most used toolkit's areas."""
        present = [c for c in self.companies.columns if c.startswith("area:")]
        ordered: list[str] = []
        for toolkit in self.toolkit_list():
            ordered += [f"area:{a.name}" for a in toolkit.areas if f"area:{a.name}" in present]
        return list(dict.fromkeys(ordered + present))

    def row(self, company_id: str) -> dict | None:
        """One company's row as a dict (None when the programme has no such company)."""
        found = self.companies.index[self.companies["company_id"] == company_id]
        return None if len(found) == 0 else self.companies.loc[found[0]].to_dict()

    def toolkit(self, sha256: str | None) -> Any:
        return self.toolkits.get(sha256) if sha256 else None


def read_programme(project, today: date | None = None, progress: Progress | None = None,
                   *, chain: str | None = None, stored: bool = False) -> ProgrammeModel:
    """Build the read-model of ``project`` as of ``today`` (one value chain when ``chain``).

    ``stored``: use the copy kept in the project when it is current (:mod:`.stored`), else
    build and keep one (the workbench does; one-off readers leave the file as it is)."""
    from core.programme import stored as copy
    report = progress or no_progress
    today = today or date.today()
    conn = project.conn
    stamp = None
    if stored and chain is None:
        frame = copy.load(conn, today)
        if frame is not None:
            report(0.5, "stored")
            return _assemble(project, frame, today, None, with_register=False)
        stamp = copy.start(conn)
    model = _build(project, today, report, chain)
    if stamp is not None:
        copy.save(conn, stamp, model.companies, today)
    return model


def _build(project, today: date, report: Progress, chain: str | None) -> ProgrammeModel:
    from core.project import queries
    report(0.0, "companies")
    frame = project.companies(chain).rename(columns=RENAMED)
    conn = project.conn
    members = queries.chain_memberships(conn)
    at = pd.Index(members["company_id"]).get_indexer(frame["company_id"])
    frame["chain_id"] = _take(members["chain_id"], at, None)
    frame["chain_name"] = _take(members["chain_name"], at, "")
    report(0.2, "areas")
    as_of = _as_of(today)
    latest = queries.latest_assessments(conn, as_of)
    areas = [c for c in latest.columns if c.startswith("area:")]
    at = pd.Index(latest["company_id"]).get_indexer(frame["company_id"])
    for key in areas:
        frame[key] = _take(latest[key], at, float("nan")).astype(float)
    report(0.4, "risks")
    register = _risk_levels(conn, frame, as_of, latest)
    report(0.8, "plans")
    frame["plan_progress"] = _plan_progress(conn, frame["company_id"], today)
    report(1.0, "")
    return _assemble(project, frame, today, register, with_register=True)


def _as_of(today: date) -> date | None:
    """None (the programme as it stands) for today; a past day: the programme as it was then."""
    return None if today == date.today() else today


def _assemble(project, frame: pd.DataFrame, today: date, register, with_register: bool) -> ProgrammeModel:
    """The model around a companies frame: toolkits (by the hash of each latest assessment's
    workbook), the risk matrix, areas ordered as the toolkits order them."""
    from core.project import queries
    from core.toolkit.loader import load_toolkit
    conn = project.conn
    toolkits: dict[str, Any] = {}
    shas: dict[str, str] = {}
    for sha, toolkit_id, workbook in queries.stored_toolkits(conn):
        try:
            toolkits[sha] = load_toolkit(workbook)
            shas[toolkit_id] = sha           # the newest stored workbook of an id names its bands
        except Exception:  # noqa: BLE001 - a damaged stored toolkit: its codes show as codes
            log.exception("stored toolkit %s unreadable", sha)
    frame["toolkit_sha256"] = frame["toolkit_id"].map(shas).astype(object)
    matrix = _matrix(conn)
    source = None
    if not with_register and matrix is not None:
        def source():
            from core.risk.store import effective_register
            return effective_register(conn, _as_of(today), matrix)[0]
    model = ProgrammeModel(frame, project.value_chains(), toolkits, matrix, register, today, source)
    areas = model.area_keys()
    model.companies = frame[[c for c in frame.columns if not c.startswith("area:")] + areas]
    return model


def _matrix(conn):
    try:
        from core.risk.store import has_risk_tables, project_matrix
    except ImportError:
        return None
    return project_matrix(conn) if has_risk_tables(conn) else None


def _take(values: pd.Series, at, missing) -> pd.Series:
    """``values`` at positions ``at`` (-1: ``missing``), as an object Series."""
    import numpy as np
    source = np.append(values.to_numpy(dtype=object), np.array([missing], dtype=object))
    return pd.Series(source[np.where(at >= 0, at, len(values))], dtype=object)


def _risk_levels(conn, frame: pd.DataFrame, as_of: date | None, latest: pd.DataFrame
                 ) -> pd.DataFrame | None:
    """Each company's residual risk level (``risk_level``); returns the effective register."""
    frame["risk_level"] = pd.Series([None] * len(frame), dtype=object)
    try:
        from core.risk.classify import classify_suppliers
        from core.risk.store import effective_register, has_risk_tables, project_matrix
    except ImportError:
        return None
    if not has_risk_tables(conn):
        return None
    matrix = project_matrix(conn)
    register, _base = effective_register(conn, as_of, matrix, latest=latest)
    levels = classify_suppliers(register, matrix, frame["company_id"].tolist())
    frame["risk_level"] = levels["level"].to_numpy(dtype=object)
    return register


def _plan_progress(conn, companies: pd.Series, today: date) -> pd.Series:
    """Plan percent complete as a fraction (0-1; NaN without a plan)."""
    from core.plans.plan import percent_complete
    from core.plans.store import has_plan_tables, load_plans
    if not has_plan_tables(conn):
        return pd.Series(float("nan"), index=companies.index)
    plans = load_plans(conn)
    done = {cid: percent_complete(plan, today) for cid, plan in plans.items()}
    return companies.map(lambda c: float("nan") if done.get(c) is None else done[c] / 100.0).astype(float)
