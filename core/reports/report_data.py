"""Everything a supplier diagnostic report shows, computed in the core (no Qt).

:func:`supplier_report` gathers the company profile, the latest diagnosis re-scored with the
exact toolkit workbook it was scored with (targets, opportunities, critical gaps), the previous
round, the supplier's cell in the risk matrix and its open risks, and the improvement plan
(the stored one, else a draft). ``gui.reports.pdf`` only lays this out.
Chain and programme reports live in :mod:`core.reports.chain_data`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from core.errors import UserInputError
from core.reports.labels import label


@dataclass
class AreaRow:
    name: str
    label: str
    score: float | None
    target: float | None
    previous: float | None
    coverage: float | None


@dataclass
class ItemRow:
    item: str
    question: str
    area: str
    score: float | None
    target: float
    gap: float | None = None
    priority: float | None = None


@dataclass
class BandRow:
    name: str
    label: str
    low: float
    high: float
    colour: str


@dataclass
class SupplierReport:
    """The content of one supplier diagnostic report (numbers raw; the renderer formats)."""

    language: str
    today: date
    programme: str
    company_id: str
    company_name: str
    profile: list[tuple[str, str]]          # (label, value) rows of the company profile
    chain: str = ""
    buyer: str = ""
    consultant: str = ""
    toolkit: str = ""
    assessed_on: str = ""
    round_label: str = ""
    previous_label: str = ""
    index: float | None = None
    band: BandRow | None = None
    coverage: float | None = None
    bands: list[BandRow] = field(default_factory=list)
    areas: list[AreaRow] = field(default_factory=list)
    opportunities: list[ItemRow] = field(default_factory=list)
    critical_gaps: list[ItemRow] = field(default_factory=list)
    risk: dict | None = None                # matrix grid, supplier cell, level, open risks
    plan_is_draft: bool = True
    actions: list[dict] = field(default_factory=list)
    kpis: list[dict] = field(default_factory=list)


class ToolkitCache:
    """Toolkits loaded from the project's stored workbooks, once per content hash."""

    def __init__(self, project):
        self.project = project
        self._loaded: dict[str, object] = {}

    def get(self, sha256: str):
        if sha256 not in self._loaded:
            from core.toolkit.loader import load_toolkit
            self._loaded[sha256] = load_toolkit(self.project.toolkit_bytes(sha256))
        return self._loaded[sha256]


def chain_of(project, company_id: str):
    """The value chain a company belongs to (as anchor or supplier), or None."""
    for chain in project.value_chains():
        if company_id == chain.anchor_id or company_id in chain.suppliers:
            return chain
    return None


def supplier_report(project, company_id: str, language: str = "en", today: date | None = None,
                    *, toolkits: ToolkitCache | None = None, risk_context: dict | None = None,
                    top_n: int = 8) -> SupplierReport:
    """The data of the supplier diagnostic report of ``company_id`` as of ``today``."""
    today = today or date.today()
    company = project.company(company_id)
    if company is None:
        raise UserInputError("report_unknown_company", company=company_id)
    # current ones only, asked of SQLite: its index on a company's assessments is for those
    rounds = sorted((a for a in project.assessments(company_id, include_conflicts=False)
                     if a.status == "current"),
                    key=lambda a: (a.assessed_on, a.id or 0))
    if not rounds:
        raise UserInputError("report_no_assessment", company=company_id)
    programme = project.programme
    chain = chain_of(project, company_id)
    buyer = project.company(chain.anchor_id) if chain and chain.anchor_id else None
    report = SupplierReport(language, today, programme.name, company_id, company.name or company_id,
                            _profile(project, company, programme, language),
                            chain=chain.name if chain else "",
                            buyer=(buyer.name or buyer.id) if buyer else "",
                            consultant=company.consultant or (chain.consultant if chain else "") or "")
    latest = rounds[-1]
    toolkits = toolkits or ToolkitCache(project)
    toolkit = toolkits.get(latest.toolkit_sha256)
    scores = _diagnosis(report, toolkit, latest, [a for a in rounds[:-1] if a.toolkit_id == latest.toolkit_id],
                        language, top_n)
    report.risk = supplier_risk(project, company_id, language, today, risk_context)
    _plan(report, project, company_id, language, today, (toolkit, scores))
    return report


def _profile(project, company, programme, language: str) -> list[tuple[str, str]]:
    from core.numbers import format_number
    size = project.size_class(company.id)
    rows = [(label("company_id", language), company.id),
            (label("role", language), label("buyer" if company.role == "buyer" else "supplier", language)),
            (label("sector", language), company.sector or "–"),
            (label("employees", language), format_number(company.employees, language, 0)),
            (label("annual_sales", language),
             f"{programme.currency} {format_number(company.annual_sales, language, 0)}"
             if company.annual_sales is not None else "–"),
            (label("size_class", language), label(f"size_{size.size_class}", language)
             if size.size_class else "–")]
    if company.supplied_items:
        rows.append((label("supplies", language), ", ".join(s.item for s in company.supplied_items)))
    return rows


def _round_text(assessment, language: str) -> str:
    if assessment.round is not None:
        return f"{label('round', language)} {assessment.round} ({assessment.assessed_on})"
    return assessment.assessed_on


def bands_of(toolkit, language: str) -> list[BandRow]:
    """The toolkit's bands with their index range, lowest first (the scale explained)."""
    bands = toolkit.bands
    return [BandRow(b.name, b.label(language), b.min, bands[k + 1].min if k + 1 < len(bands) else 100.0,
                    b.colour) for k, b in enumerate(bands)]


def _diagnosis(report: SupplierReport, toolkit, latest, previous: list, language: str, top_n: int):
    """Fill the diagnosis part of ``report``; returns the latest assessment re-scored."""
    report.toolkit = f"{toolkit.title_in(language)} ({toolkit.id} {toolkit.version})"
    report.assessed_on = latest.assessed_on
    report.round_label = _round_text(latest, language)
    report.index, report.coverage = latest.index, latest.coverage
    report.bands = bands_of(toolkit, language)
    report.band = next((b for b in report.bands if b.name == latest.band), None)
    from core.project.rescore import score_stored
    result = score_stored(toolkit, [latest.answers])
    prev = previous[-1].area_scores if previous else {}
    report.previous_label = _round_text(previous[-1], language) if previous else ""
    for area in toolkit.areas:
        score, coverage = latest.area_scores.get(area.name, (None, None))
        report.areas.append(AreaRow(area.name, area.label(language), score,
                                    float(result.area_targets[area.name]),
                                    prev.get(area.name, (None, None))[0], coverage))
    area_label = {a.name: a.label(language) for a in toolkit.areas}
    for o in result.opportunities(0, top_n=top_n):
        report.opportunities.append(ItemRow(o.item, toolkit.item(o.item).label(language),
                                            area_label[o.area], o.score, o.target, o.gap, o.priority))
    scores = result.item_scores.iloc[0]
    for name in result.critical_gaps(0):
        item = toolkit.item(name)
        s = scores[name]
        report.critical_gaps.append(ItemRow(name, item.label(language), area_label[item.area],
                                            None if s != s else float(s), item.target_score))
    return result


def risk_context(project, today: date, model=None) -> dict | None:
    """What classifying suppliers needs, computed once for a batch of reports (the register and
    matrix of the programme read-model ``model`` when given: the levels every reader shows)."""
    try:
        from core.risk.store import (
            effective_register,
            has_risk_tables,
            linked_actions,
            project_matrix,
            project_rules,
        )
    except ImportError:
        return None
    conn = project.conn
    if not has_risk_tables(conn):
        return None
    rules = project_rules(conn)
    if model is not None and model.register is not None and model.matrix is not None:
        matrix, register = model.matrix, model.register
    else:
        matrix = project_matrix(conn)
        register, _ = effective_register(conn, _as_of(today), matrix, rules)
    return {"matrix": matrix, "rules": rules, "register": register, "actions": linked_actions(conn)}


def _as_of(today: date) -> date | None:
    """The register's date: None (as it stands) for today, else that day's."""
    return None if today == date.today() else today


def supplier_risk(project, company_id: str, language: str, today: date,
                  context: dict | None = None) -> dict | None:
    """The matrix (cell colours), the supplier's worst residual cell and level, its open risks."""
    import pandas as pd

    from core.risk.messages import label as risk_label
    from core.risk.report import risk_report
    shared = context is not None
    context = context or risk_context(project, today)
    if context is None:
        return None
    matrix = context["matrix"]
    suppliers = pd.DataFrame({"company_id": [company_id], "name": [company_id]})
    register = context["register"]
    if shared:          # a batch: the register's rows of each company found once, not per report
        if "rows_by_company" not in context:
            context["rows_by_company"] = register.groupby("company_id", sort=False).indices
        register = register.take(context["rows_by_company"].get(company_id, [])).reset_index(drop=True)
    else:
        register = register[register["company_id"] == company_id].reset_index(drop=True)
    data = risk_report(register, suppliers, matrix, context["rules"], "residual", today,
                       language, None, context["actions"])["suppliers"][0]
    levels = {lv.name: lv for lv in matrix.levels}
    grid = [[(matrix.level(l, s).colour, matrix.level(l, s).label(language))
             for s in range(1, matrix.size[1] + 1)] for l in range(1, matrix.size[0] + 1)]
    risks = [{"id": r["risk_id"], "category": risk_label("category", r["category"], language),
              "description": r["description"], "owner": r["owner"] or "",
              "inherent": (r["inherent_likelihood"], r["inherent_severity"]),
              "residual": (r["residual_likelihood"], r["residual_severity"]),
              "level": levels[r["level"]].label(language) if r["level"] in levels else r["level"],
              "colour": levels[r["level"]].colour if r["level"] in levels else "#888888",
              "controls": "; ".join(r["controls"]), "next_review": r["next_review_due"] or ""}
             for r in data["open_risks"]]
    level = levels.get(data["level"]) if data["level"] else None
    return {"matrix": matrix.label(language), "size": matrix.size, "grid": grid,
            "likelihood": [s.label(language) for s in matrix.likelihood],
            "severity": [s.label(language) for s in matrix.severity],
            "cell": (data["worst_cell"]["likelihood"], data["worst_cell"]["severity"])
            if data["worst_cell"] else None,
            "level": level.label(language) if level else None,
            "level_colour": level.colour if level else None, "risks": risks}


def _plan(report: SupplierReport, project, company_id: str, language: str, today: date,
          scored: tuple | None = None) -> None:
    """The stored plan, else a draft: from ``scored`` (toolkit, scores of the latest assessment,
    as the diagnosis re-scored it) when given, which is what ``draft_for_company`` would load."""
    from core.plans.kpi import kpi_status, unit_label
    from core.plans.messages import status_label
    from core.plans.store import has_plan_tables, load_plan
    conn = project.conn
    plan = load_plan(conn, company_id) if has_plan_tables(conn) else None
    report.plan_is_draft = plan is None
    if plan is None:
        from core.plans.draft import draft_for_company, draft_from_scores
        try:
            plan = (draft_from_scores(company_id, *scored, today, language=language) if scored
                    else draft_for_company(conn, company_id, today, language=language))
        except UserInputError:
            return
    for a in plan.actions:
        report.actions.append({"id": a.id, "title": a.title, "owner": a.owner or "",
                               "start": a.start.isoformat() if a.start else "",
                               "due": a.due.isoformat() if a.due else "",
                               "status": status_label(a.status, language), "percent": a.effective_percent,
                               "budget": a.budget})
    for k in plan.kpis:
        s = kpi_status(k, today)
        report.kpis.append({"id": k.id, "name": k.name, "unit": unit_label(k, language),
                            "direction": k.direction,
                            "baseline": k.baseline_value, "target": k.target_value,
                            "current": s.current, "change_pct": s.change_pct,
                            "status": status_label(s.status, language)})


def to_json(report) -> str:
    """A report's data as JSON (for tests and for tools that render elsewhere)."""
    from dataclasses import asdict
    return json.dumps(asdict(report), ensure_ascii=False, default=str)
