"""What the progress view draws for one scope (a company, a value chain or the programme), read
from :class:`~gui.widgets.report_source.ProgrammeFigures`. Every figure comes from the core;
this module only picks the part of the report that belongs to the scope."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from gui.widgets.report_source import ProgrammeFigures

ACTION_COLOURS = {"done": "#009E73", "in_progress": "#0072B2", "not_started": "#9a9a9a",
                  "blocked": "#D55E00", "cancelled": "#7f7f7f"}


@dataclass
class Scope:
    """Whose progress is shown: one company, one value chain (by name) or everything."""

    company: str | None = None
    chain: str | None = None

    @property
    def kind(self) -> str:
        return "company" if self.company else "chain" if self.chain else "programme"


@dataclass
class KpiRow:
    company_id: str
    company: str
    kpi: Any                        # core.plans.Kpi
    status: dict                    # the core's kpi_status as a dict


@dataclass
class ScopeProgress:
    burn_up: list[dict] = field(default_factory=list)
    plans: dict[str, Any] = field(default_factory=dict)          # company id -> plan
    percents: dict[str, float | None] = field(default_factory=dict)
    overdue: dict[str, list[str]] = field(default_factory=dict)
    kpis: list[KpiRow] = field(default_factory=list)
    kpi_results: dict[str, dict] = field(default_factory=dict)   # KPI key -> change summary
    assessments: Any = None                                      # rows of assessment_frame


def scope_progress(figures: ProgrammeFigures, scope: Scope, names: dict[str, str]) -> ScopeProgress:
    """The burn-up, plans, KPI rows and KPI results of ``scope`` (``names``: company names)."""
    from core.plans.report import chain_burn_up
    report = figures.report
    if scope.kind == "company":
        ids = [scope.company]
    else:
        ids = figures.companies_of(scope.chain)
        if scope.kind == "programme":
            ids = sorted(set(ids) | set(figures.plans))
    plans = {c: figures.plans[c] for c in ids if c in figures.plans}
    out = ScopeProgress(plans=plans)
    if scope.kind == "chain" and scope.chain in report.get("chains", {}):
        out.burn_up = report["chains"][scope.chain]["burn_up"]
    else:
        out.burn_up = chain_burn_up(list(plans.values()), figures.today)
    entries = {e["company_id"]: e for e in report.get("companies", [])}
    for c in ids:
        entry = entries.get(c) or {}
        plan = entry.get("plan") or {}
        out.percents[c] = plan.get("percent")
        out.overdue[c] = list(plan.get("overdue") or [])
        statuses = {k["kpi_id"]: k for k in entry.get("kpis", [])}
        for kpi in (plans[c].kpis if c in plans else []):
            out.kpis.append(KpiRow(c, names.get(c, c), kpi, statuses.get(kpi.id, {"status": "no_data"})))
    results = report.get("results", {})
    if scope.kind == "company":
        out.kpi_results = {
            row.kpi.catalogue_id or row.kpi.name: {
                "median_change_pct": row.status.get("change_pct"), "measured": 1 if row.status.get("current") is not None else 0,
                "improving": 1 if row.status.get("improved") else 0, "name": row.kpi.name}
            for row in out.kpis}
    elif scope.kind == "chain":
        out.kpi_results = dict(results.get("chains", {}).get(scope.chain, {}).get("kpis", {}))
    else:
        out.kpi_results = dict(results.get("programme", {}).get("kpis", {}))
    frame = figures.assessments
    out.assessments = frame[frame["company_id"].isin(ids)] if len(frame) else frame
    return out


def kpi_name(key: str, language: str, fallback: str | None = None) -> str:
    """A KPI's display name: the catalogue's name in ``language``, else its own name."""
    from core.plans.kpi import catalogue
    entry = catalogue().get(key)
    return entry.name(language) if entry else (fallback or key)


def round_area_means(assessments, areas: list[str]) -> dict[Any, dict[str, float | None]]:
    """Mean area score per diagnosis round over the companies shown (display only)."""
    out: dict[Any, dict[str, float | None]] = {}
    if assessments is None or len(assessments) == 0:
        return out
    for rnd, group in assessments.groupby(assessments["round"].fillna(0), sort=True):
        means = {}
        for area in areas:
            values = [a[area] for a in group["areas"] if a.get(area) is not None]
            means[area] = sum(values) / len(values) if values else None
        out[rnd] = means
    return out


def first_date(assessments, rnd) -> date | None:
    rows = assessments[assessments["round"].fillna(0) == rnd]
    return date.fromisoformat(str(min(rows["assessed_on"]))[:10]) if len(rows) else None
