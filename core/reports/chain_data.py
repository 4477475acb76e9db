"""The data of the value chain report and of the programme report for funders (no Qt).

Both read the project through its public functions and :func:`core.plans.report.progress_report`
(plans, KPI statuses, certification, results per chain and in total) and return plain
dataclasses with raw numbers; the renderer formats them in the report's language.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from core.errors import UserInputError
from core.messages import message
from core.reports.labels import label
from core.reports.report_data import BandRow, ToolkitCache, bands_of


@dataclass
class SupplierRow:
    company_id: str
    name: str
    size_class: str
    index: float | None
    band: BandRow | None
    previous_index: float | None
    critical_gaps: int | None
    risk_level: str = ""
    risk_colour: str = ""
    plan_percent: float | None = None
    plan_planned: float | None = None
    actions: int = 0
    done: int = 0
    overdue: int = 0
    area_scores: dict[str, float | None] = field(default_factory=dict)


@dataclass
class KpiResult:
    name: str
    direction: str
    suppliers: int
    measured: int
    improving: int
    median_change: float | None
    best_change: float | None
    chains_measured: int | None = None
    chains_improving: int | None = None


@dataclass
class ChainReport:
    language: str
    today: date
    programme: str
    chain: str
    sector: str
    buyer: str
    consultant: str
    areas: list[tuple[str, str]]               # (area id, label) of the chain's toolkit
    bands: list[BandRow]
    suppliers: list[SupplierRow]
    kpis: list[KpiResult]
    phases: list[dict]
    co_financing: dict[str, float]
    currency: str = "USD"
    risk_map: dict | None = None               # matrix cells with the count of suppliers each


@dataclass
class ChainSummary:
    chain: str
    buyer: str
    suppliers: int
    assessed: int
    average_index: float | None
    average_first: float | None
    band_counts: dict[str, int]
    plan_percent: float | None
    certified: int


@dataclass
class ProgrammeReport:
    language: str
    today: date
    programme: str
    country: str
    currency: str
    bands: list[BandRow]
    chains: list[ChainSummary]
    total: ChainSummary
    kpis: list[KpiResult]
    certification: list[dict]                  # company_id, name, chain, certified, reasons
    co_financing: dict[str, float]


def _kpi_name(key: str, language: str) -> str:
    from core.plans.kpi import catalogue
    entry = catalogue().get(key)
    return entry.name(language) if entry else key


def _kpis(summaries: dict, language: str) -> list[KpiResult]:
    return [KpiResult(_kpi_name(key, language), s["direction"], s["suppliers"], s["measured"],
                      s["improving"], s["median_change_pct"], s["best_change_pct"],
                      s.get("chains_measured"), s.get("chains_improving"))
            for key, s in summaries.items()]


def _latest_and_first(project) -> pd.DataFrame:
    """Latest current assessment per company, with ``first_index``: the index of its first
    round when it has more than one (the baseline of "before vs after")."""
    from core.plans.report import assessment_frame
    frame = assessment_frame(project.conn)           # ordered by date
    counts = frame.groupby("company_id").size()
    latest = frame.groupby("company_id").tail(1).set_index("company_id")
    ordered = frame.assign(_r=frame["round"].fillna(float("inf"))).sort_values(
        ["_r", "assessed_on"], kind="stable")
    first = ordered.groupby("company_id").head(1).set_index("company_id")["index"]
    latest["first_index"] = first.reindex(latest.index).where(counts.reindex(latest.index) > 1)
    return latest


def _num(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def find_chain(project, name: str):
    chains = project.value_chains()
    for chain in chains:
        if chain.name == name:
            return chain
    raise UserInputError("report_unknown_chain", chain=name,
                         known=", ".join(c.name for c in chains) or "-")


def chain_report(project, chain_name: str, language: str = "en", today: date | None = None) -> ChainReport:
    """All suppliers of one value chain side by side, their area heat map, plans and KPIs."""
    from core.plans.report import progress_report
    today = today or date.today()
    chain = find_chain(project, chain_name)
    progress = progress_report(project.conn, today, chain.name)
    latest = _latest_and_first(project)
    companies = project.companies(chain.name).set_index("id")
    toolkits = ToolkitCache(project)
    shas = latest.loc[latest.index.intersection(chain.suppliers), "toolkit_sha256"]
    toolkit = toolkits.get(shas.mode().iloc[0]) if len(shas) else None
    bands = bands_of(toolkit, language) if toolkit else []
    risks, risk_map = _risk_levels(project, chain.suppliers, today, language)
    plans = {c["company_id"]: c for c in progress["companies"]}
    rows = []
    for cid in chain.suppliers:
        info = companies.loc[cid] if cid in companies.index else None
        last = latest.loc[cid] if cid in latest.index else None
        plan = (plans.get(cid) or {}).get("plan") or {}
        band = next((b for b in bands if last is not None and b.name == last["band"]), None)
        size = info["size_class"] if info is not None and isinstance(info["size_class"], str) else None
        rows.append(SupplierRow(
            cid, str(info["name"]) if info is not None and info["name"] else cid,
            label(f"size_{size}", language) if size else "–",
            _num(last["index"]) if last is not None else None, band,
            _num(last["first_index"]) if last is not None else None,
            int(last["critical_gap_count"]) if last is not None else None,
            *risks.get(cid, ("", "")), _num(plan.get("percent")), _num(plan.get("planned")),
            int(plan.get("actions") or 0), int(plan.get("done") or 0), len(plan.get("overdue") or []),
            {a: _num(v) for a, v in (last["areas"] if last is not None else {}).items()}))
    buyer = project.company(chain.anchor_id) if chain.anchor_id else None
    results = progress["results"]["chains"].get(chain.name, {})
    return ChainReport(language, today, project.programme.name, chain.name, chain.sector or "",
                       (buyer.name or buyer.id) if buyer else "", chain.consultant or "",
                       [(a.name, a.label(language)) for a in toolkit.areas] if toolkit else [],
                       bands, rows, _kpis(results.get("kpis", {}), language),
                       progress["chains"].get(chain.name, {}).get("phases", []),
                       results.get("co_financing", {}), project.programme.currency, risk_map)


def _risk_levels(project, companies: list[str], today: date, language: str
                 ) -> tuple[dict[str, tuple[str, str]], dict | None]:
    """Each supplier's residual level (label, colour) and the chain's heat map of suppliers."""
    from core.reports.report_data import risk_context
    context = risk_context(project, today)
    if context is None:
        return {}, None
    from core.risk.classify import classify_suppliers, heat_map
    matrix, register = context["matrix"], context["register"]
    levels = classify_suppliers(register, matrix, companies, basis="residual")
    by_name = {lv.name: lv for lv in matrix.levels}
    per_company = {cid: (by_name[lv].label(language), by_name[lv].colour)
                   for cid, lv in zip(levels["company_id"], levels["level"]) if lv in by_name}
    cells = {(c["likelihood"], c["severity"]): c["suppliers"]
             for c in heat_map(register, matrix, "residual", companies)["cells"]}
    n_l, n_s = matrix.size
    grid = [[(matrix.level(l, s).colour, matrix.level(l, s).label(language)) for s in range(1, n_s + 1)]
            for l in range(1, n_l + 1)]
    counts = [[cells.get((l, s), 0) for s in range(1, n_s + 1)] for l in range(1, n_l + 1)]
    return per_company, {"matrix": matrix.label(language), "grid": grid, "counts": counts,
                         "likelihood": [x.label(language) for x in matrix.likelihood],
                         "severity": [x.label(language) for x in matrix.severity]}


def programme_report(project, language: str = "en", today: date | None = None) -> ProgrammeReport:
    """Results per value chain and in total, KPI results and the certification list (funders)."""
    from core.plans.report import progress_report
    today = today or date.today()
    progress = progress_report(project.conn, today)
    latest = _latest_and_first(project)
    toolkits = ToolkitCache(project)
    toolkit = toolkits.get(latest["toolkit_sha256"].mode().iloc[0]) if len(latest) else None
    bands = bands_of(toolkit, language) if toolkit else []
    companies = project.companies().set_index("id")
    cert = {c["company_id"]: c.get("certification") for c in progress["companies"]}
    plans = {c["company_id"]: (c.get("plan") or {}).get("percent") for c in progress["companies"]}
    levels = _level_labels(project, language)
    chains, everyone, listing = [], [], []
    for chain in project.value_chains():
        chains.append(_summary(chain.name, _buyer(project, chain), chain.suppliers, latest, bands, plans, cert))
        everyone += chain.suppliers
        for cid in chain.suppliers:
            c = cert.get(cid)
            if c is None:
                continue
            reasons = [message(k["code"], language, **_shown(k["params"], bands, levels, language))
                       for k in c["checks"] if not k["passed"]]
            name = companies.loc[cid, "name"] if cid in companies.index else cid
            listing.append({"company_id": cid, "name": name or cid, "chain": chain.name,
                            "certified": bool(c["certified"]), "reasons": reasons,
                            "decision": c.get("decision")})
    total = _summary(label("total", language), "", list(dict.fromkeys(everyone)), latest, bands, plans, cert)
    p = project.programme
    return ProgrammeReport(language, today, p.name, p.country or "", p.currency, bands, chains, total,
                           _kpis(progress["results"]["programme"]["kpis"], language), listing,
                           progress["results"]["programme"]["co_financing"])


def _level_labels(project, language: str) -> dict[str, str]:
    try:
        from core.risk.store import has_risk_tables, project_matrix
        if not has_risk_tables(project.conn):
            return {}
        return {lv.name: lv.label(language) for lv in project_matrix(project.conn).levels}
    except ImportError:
        return {}


def _shown(params: dict, bands: list[BandRow], levels: dict[str, str], language: str) -> dict:
    """Certification check parameters as the reader should see them (labels, formatted numbers)."""
    from core.numbers import format_number
    names = {b.name: b.label for b in bands}
    out = {}
    for key, value in params.items():
        if key in ("band", "top_band"):
            value = names.get(value, value or "–")
        elif key in ("level", "blocking") and isinstance(value, str):
            value = ", ".join(levels.get(v.strip(), v.strip()) for v in value.split(","))
        elif key == "level" and value is None:
            value = "–"
        elif isinstance(value, float) or value is None:
            value = format_number(value, language, 1)
        out[key] = value
    return out


def _buyer(project, chain) -> str:
    buyer = project.company(chain.anchor_id) if chain.anchor_id else None
    return (buyer.name or buyer.id) if buyer else ""


def _summary(name, buyer, suppliers, latest, bands, plans, cert) -> ChainSummary:
    mine = latest.loc[latest.index.intersection(suppliers)]
    counts = {b.name: int((mine["band"] == b.name).sum()) for b in bands}
    percents = [plans[c] for c in suppliers if plans.get(c) is not None]
    return ChainSummary(name, buyer, len(suppliers), len(mine), _num(mine["index"].mean()),
                        _num(mine["first_index"].mean()), counts,
                        sum(percents) / len(percents) if percents else None,
                        sum(bool((cert.get(c) or {}).get("certified")) for c in suppliers))
