"""Reading what the views show from an open project, through the core's public functions only.

The core computes; this module only joins the core's tables for display (companies with their
chain, area scores and risk level) and gathers one company's picture.
"""
from __future__ import annotations

import logging
from datetime import date
from typing import Any

import pandas as pd

log = logging.getLogger("encadena.gui")


def companies_frame(project, chains: list[Any]) -> pd.DataFrame:
    """``project.companies()`` renamed for display, with chain, ``area:<id>`` scores and risk level."""
    frame = project.companies().rename(columns={
        "id": "company_id", "latest_index": "index", "latest_band": "band",
        "latest_coverage": "coverage", "latest_round": "round", "latest_date": "date"})
    chain_of: dict[str, tuple[Any, str]] = {}
    for chain in chains:
        for member in [chain.anchor_id, *chain.suppliers]:
            if member is not None and member not in chain_of:
                chain_of[member] = (chain.id, chain.name)
    ids = frame["company_id"]
    chain_ids = ids.map({c: v[0] for c, v in chain_of.items()}).astype(object)
    frame["chain_id"] = chain_ids.where(chain_ids.notna(), None)      # None, never NaN: a filter key
    frame["chain_name"] = ids.map({c: v[1] for c, v in chain_of.items()}).astype(object).fillna("")
    register = None
    try:
        from core.risk.classify import classify_suppliers
        from core.risk.store import effective_register, project_matrix
        register, base = effective_register(project.conn)
        areas = base.suppliers[["company_id", *[c for c in base.suppliers.columns
                                                if c.startswith("area:")]]]
        frame = frame.merge(areas, on="company_id", how="left")
        levels = classify_suppliers(register, project_matrix(project.conn), ids.tolist())
        frame = frame.merge(levels[["company_id", "level"]].rename(columns={"level": "risk_level"}),
                            on="company_id", how="left")
    except Exception:  # noqa: BLE001 - a programme without risk data still lists its companies
        log.exception("risk and area columns unavailable")
    try:
        from core.plans.plan import percent_complete
        from core.plans.store import load_plans
        plans = load_plans(project.conn)
        today = date.today()
        done = {cid: percent_complete(plan, today) for cid, plan in plans.items()}
        frame["plan_progress"] = frame["company_id"].map(
            lambda c: None if done.get(c) is None else done[c] / 100.0).astype(float)
    except Exception:  # noqa: BLE001 - no plans yet: the column stays empty
        log.exception("plan progress unavailable")
    # The register behind the risk levels, kept for the company view (re-deriving it costs
    # seconds on a big programme; the frame is replaced whenever the programme changes).
    frame.attrs["risk_register"] = register
    return frame


def company_picture(session, company_id: str):
    """The company view's data: latest and previous round, targets and opportunities."""
    from gui.views.company import CompanyPicture
    project = session.project
    company = project.company(company_id)
    if company is None:
        return None
    rounds = sorted((a for a in project.assessments(company_id) if a.status == "current"),
                    key=lambda a: (a.assessed_on, a.id or 0))
    frame = session.companies()
    row = frame[frame["company_id"] == company_id]
    chain_name = str(row["chain_name"].iloc[0]) if len(row) else ""
    picture = CompanyPicture(company_id, company.name or company_id, chain_name)
    if not rounds:
        return picture
    latest = rounds[-1]
    toolkit = session.toolkit(latest.toolkit_id, latest.toolkit_sha256)
    picture.toolkit = toolkit
    picture.round_label = _round_label(latest)
    picture.date = latest.assessed_on
    picture.index, picture.band = latest.index, latest.band
    picture.critical_gaps = list(latest.critical_gaps)
    picture.areas = ([a.name for a in toolkit.areas] if toolkit is not None
                     else list(latest.area_scores))
    picture.area_scores = {a: v[0] for a, v in latest.area_scores.items()}
    previous = [a for a in rounds[:-1] if a.toolkit_id == latest.toolkit_id]
    if previous:
        picture.previous_scores = {a: v[0] for a, v in previous[-1].area_scores.items()}
        picture.previous_label = _round_label(previous[-1])
    if toolkit is not None:
        result = rescore(toolkit, latest.answers)
        if result is not None:
            picture.area_targets = {a: float(result.area_targets[a]) for a in picture.areas}
            picture.opportunities = result.opportunities(0)
    return picture


def _round_label(assessment) -> str:
    from PySide6.QtCore import QCoreApplication
    if assessment.round is not None:
        return QCoreApplication.translate("CompanyView", "Round %1").replace("%1", str(assessment.round))
    return assessment.assessed_on


def rescore(toolkit, answers: dict[str, object]):
    """Score one stored assessment again with the core (for its targets and opportunities)."""
    from core.plans.draft import answers_to_values
    from core.scoring import score_responses
    try:
        return score_responses(toolkit, answers_to_values(toolkit, [answers]))
    except Exception:  # noqa: BLE001 - the view then shows the stored scores without targets
        log.exception("re-scoring an assessment failed")
        return None
