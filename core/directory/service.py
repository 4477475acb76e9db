"""What the command line and the workbench ask of the directory, as plain data."""
from __future__ import annotations

import sqlite3
from datetime import date

from core import catalogue
from core.directory.demands import load_demand
from core.directory.explain import explain, requirement_text
from core.directory.matching import match_demand, risk_level_names
from core.directory.search import DirectoryQuery, search_directory
from core.directory.settings import load_settings
from core.directory.suppliers import band_orders, supplier_frame


def labellers(conn: sqlite3.Connection, language: str):
    """Functions naming a band and a risk level in ``language``."""
    from core.plans.report import band_labels, risk_level_labels
    bands, levels = band_labels(conn, language), risk_level_labels(conn, language)
    return (lambda b: bands.get(b, b) if b else ""), (lambda lv: levels.get(lv, lv) if lv else "")


def directory_rows(conn: sqlite3.Connection, query: DirectoryQuery, language: str,
                   today: date | None = None, suppliers=None) -> list[dict]:
    """The suppliers answering ``query`` as rows for a table, a workbook or JSON (``suppliers``:
    a supplier frame already read, to filter it again without re-reading the project)."""
    frame = search_directory(conn, query, today, suppliers)
    band_label, risk_label = labellers(conn, language)
    rows = []
    for r in frame.itertuples(index=False):
        rows.append({
            "company_id": r.company_id, "name": r.name, "chain": r.chain_name or None,
            "region": r.region, "municipality": r.municipality, "codes": list(r.codes),
            "certifications": list(r.cert_names),
            "products": [p for p in (r.products or "").splitlines() if p.strip()],
            "processes": [p for p in (r.processes or "").splitlines() if p.strip()],
            "index": None if r.index != r.index or r.index is None else round(float(r.index), 1),
            "band": r.band, "band_label": band_label(r.band),
            "risk_level": r.risk_level, "risk_label": risk_label(r.risk_level),
            "verified_on": r.verified_on, "stale": bool(r.stale)})
    return rows


def match_report(conn: sqlite3.Connection, demand_id: str, language: str,
                 today: date | None = None, suppliers=None) -> dict:
    """A demand and its ranked, explained matches (qualified first, then the near ones)."""
    today = today or date.today()
    demand = load_demand(conn, demand_id)
    settings = load_settings(conn)
    frame = supplier_frame(conn, settings, today) if suppliers is None else suppliers
    matches = match_demand(demand, frame, settings, band_orders(conn), risk_level_names(conn),
                           today)
    band_label, risk_label = labellers(conn, language)
    stages = {(d, c): (s, on, v, reason) for d, c, s, on, v, reason in conn.execute(
        "SELECT demand_id, company_id, stage, stage_on, value, reason FROM match_pipeline"
        " WHERE demand_id = ?", (demand.id,))}
    out = []
    for rank, m in enumerate(matches, start=1):
        stage = stages.get((demand.id, m.company_id))
        out.append({
            "rank": rank, "company_id": m.company_id, "name": m.name, "status": m.status,
            "status_label": catalogue.text(f"directory.status.{m.status}", language),
            "qualified": m.status == "qualified", "score": m.score,
            "requirements_total": len(m.met) + len(m.missing),
            "requirements_met": [vars(r) for r in m.met],
            "requirements_missing": [vars(r) for r in m.missing],
            "missing_text": [requirement_text(r, language, band_label, risk_label)
                             for r in m.missing],
            "criteria": m.criteria, **m.facts,
            "band_label": band_label(m.facts.get("band")),
            "risk_label": risk_label(m.facts.get("risk_level")),
            "explanation": explain(m, language, demand.region, band_label, risk_label),
            "stage": stage[0] if stage else None, "stage_on": stage[1] if stage else None})
    described = _demand_dict(demand) | {"min_band_label": band_label(demand.min_band),
                                        "max_risk_label": risk_label(demand.max_risk)}
    return {"demand": described, "weights": settings.weights,
            "stale_months": settings.stale_months, "near_missing": settings.near_missing,
            "as_of": today.isoformat(), "matches": out}


def _demand_dict(demand) -> dict:
    return {"id": demand.id, "buyer_id": demand.buyer_id, "title": demand.title,
            "description": demand.description, "codes": demand.codes,
            "processes": demand.processes, "required_certs": demand.required_certs,
            "preferred_certs": demand.preferred_certs, "min_band": demand.min_band,
            "max_risk": demand.max_risk, "volume": demand.volume, "frequency": demand.frequency,
            "region": demand.region, "deadline": demand.deadline, "status": demand.status}


def demand_rows(conn: sqlite3.Connection) -> list[dict]:
    from core.directory.demands import load_demands
    return [_demand_dict(d) for d in load_demands(conn)]
