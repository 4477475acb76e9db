"""Gathering a programme's plan, KPI, round, phase and certification figures from a project.

:func:`progress_report` is what ``encadena progress`` prints and what the GUI can show: pure
functions of :mod:`core.plans` applied to what the project file holds, as of ``today``.
"""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from core.plans.certification import Evidence, evaluate
from core.plans.kpi import kpi_status
from core.plans.phases import chain_phases, duration_flag, intervention_months
from core.plans.plan import burn_up, combined, plan_progress
from core.plans.results import as_json_safe, programme_results
from core.plans.rounds import compare_rounds
from core.plans.store import certification_rule, chain_members, load_plans, phase_dates


def assessment_frame(conn: sqlite3.Connection) -> pd.DataFrame:
    """Current assessments: company_id, toolkit_id, toolkit_sha256, assessed_on, round, index,
    band, critical_gap_count, areas (dict)."""
    rows = conn.execute(
        "SELECT a.id, a.company_id, a.toolkit_id, t.sha256, a.assessed_on, a.round, a.score_index, "
        "a.band, a.critical_gap_count FROM assessments a JOIN toolkits t ON t.id = a.toolkit_ref "
        "WHERE a.status = 'current' ORDER BY a.assessed_on, a.id").fetchall()
    areas: dict[int, dict] = {}
    for aid, area, score in conn.execute("SELECT a.assessment_id, a.area, a.score FROM area_scores a "
                                         "JOIN assessments s ON s.id = a.assessment_id "
                                         "WHERE s.status = 'current'"):
        areas.setdefault(aid, {})[area] = score
    frame = pd.DataFrame(rows, columns=["id", "company_id", "toolkit_id", "toolkit_sha256", "assessed_on",
                                        "round", "index", "band", "critical_gap_count"])
    frame["areas"] = [areas.get(i, {}) for i in frame["id"]]
    return frame


def top_band(conn: sqlite3.Connection, sha256: str) -> str | None:
    """The top band of the toolkit an assessment was scored with (read from the stored workbook)."""
    return _top_band(conn, sha256)


@lru_cache(maxsize=32)
def _top_band_of(data: bytes) -> str | None:
    from core.toolkit.loader import load_toolkit
    bands = load_toolkit(data).bands
    return bands[-1].name if bands else None


def _top_band(conn: sqlite3.Connection, sha256: str) -> str | None:
    row = conn.execute("SELECT workbook FROM toolkits WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None:
        return None
    try:
        return _top_band_of(bytes(row[0]))
    except Exception:  # noqa: BLE001 - a toolkit we cannot read just leaves the band check failing
        return None


def risk_levels(conn: sqlite3.Connection, companies: list[str], today: date) -> dict[str, str | None] | None:
    """Worst open residual risk level per supplier, or None when the project has no risk register."""
    try:
        from core.risk.classify import classify_suppliers
        from core.risk.store import effective_register, has_risk_tables, project_matrix
    except ImportError:
        return None
    if not has_risk_tables(conn):
        return None
    matrix = project_matrix(conn)
    register, _ = effective_register(conn, today, matrix)
    levels = classify_suppliers(register, matrix, companies, basis="residual")
    return dict(zip(levels["company_id"], levels["level"]))


def progress_report(conn: sqlite3.Connection, today: date, chain: str | None = None,
                    companies: list[str] | None = None) -> dict:
    """Plans, KPI statuses, rounds, phases, certification and results (JSON-safe dict).
    Programme results count suppliers only; the buyer's own plan is listed with the companies.
    ``companies`` limits the companies listed (the chains and results stay whole).
    The fields of each company are those of :func:`core.plans.document.plan_document`."""
    from core.plans.document import kpis_json, plan_entry
    from core.plans.edits import certification_decision
    only = set(companies) if companies is not None else None
    members = chain_members(conn, chain)
    if chain is None:           # the whole programme: also companies outside any value chain
        roles = conn.execute("SELECT id, role FROM companies").fetchall()
        companies = sorted(c for c, _ in roles)
        suppliers = sorted(c for c, r in roles if r == "supplier")
    else:
        suppliers = sorted(set(members.loc[members["role"] == "supplier", "company_id"]))
        companies = sorted(set(members["company_id"]))
    plans = load_plans(conn, None if chain is None else companies)
    assessments = assessment_frame(conn)
    if chain is not None:
        assessments = assessments[assessments["company_id"].isin(companies)]
    rounds = compare_rounds(assessments, members[["company_id", "chain"]])
    rule = certification_rule(conn)
    risks = risk_levels(conn, suppliers, today)
    out_companies = []
    by_company = dict(tuple(assessments.groupby("company_id", sort=False)))
    for c in sorted(set(companies) | set(plans)):
        if only is not None and c not in only:
            continue
        plan = plans.get(c)
        progress = plan_progress(plan, today) if plan else None
        detail = plan_entry(conn, plan, today)
        entry = {"company_id": c, "plan": progress.as_dict() if progress else None,
                 "plan_status": detail["status"], "agreed_on": detail["agreed_on"],
                 "signatories": detail["signatories"], "revision": detail["revision"],
                 "actions": detail["actions"], "burn_up": detail["burn_up"],
                 "kpis": kpis_json(plan, today) if plan else []}
        if c in suppliers:
            mine = by_company.get(c, assessments.iloc[0:0])
            entry["certification"] = evaluate(rule, _evidence(c, mine, progress, risks, conn)).as_dict()
            entry["certification"]["decision"] = certification_decision(conn, c)
        out_companies.append(entry)
    chains = {}
    for name in sorted(set(members["chain"])):
        dates = phase_dates(conn, name)
        months = intervention_months(dates)
        in_chain = [plans[c] for c in members.loc[members["chain"] == name, "company_id"] if c in plans]
        chains[name] = {"phases": [p.as_dict() for p in chain_phases(dates, today)],
                        "months": months, "duration_flag": duration_flag(months),
                        "burn_up": chain_burn_up(in_chain, today)}
    roles = dict(conn.execute("SELECT id, role FROM companies"))
    supplier_plans = {c: p for c, p in plans.items() if roles.get(c) == "supplier"}
    in_chains = members.loc[members["role"] == "supplier", ["company_id", "chain"]]
    from core.plans.rollup import kpi_rollups
    report = {"as_of": today, "companies": out_companies, "chains": chains,
              "rounds": rounds.as_dict(), "certification_rule": rule.as_dict(),
              "results": programme_results(supplier_plans, in_chains, today),
              "kpi_rollups": kpi_rollups(supplier_plans, in_chains, today)}
    return as_json_safe(report)


def chain_burn_up(plans: list, today: date) -> list[dict]:
    """Planned vs actual percent of the combined plans, monthly from the first start to the
    last due date (or ``today`` if later); actual is None after ``today``; empty without dated
    actions."""
    actions = [a for p in plans for a in p.actions if a.status != "cancelled"]
    starts = [a.start for a in actions if a.start]
    ends = [a.due for a in actions if a.due]
    if not starts or not ends:
        return []
    curve = burn_up(combined(plans), min(starts), max(max(ends), min(today, max(ends) + timedelta(days=92))))
    return [{"date": d.isoformat(), "planned": p, "actual": a if d <= today else None}
            for d, p, a in zip(curve["date"], curve["planned"], curve["actual"])]


def _evidence(company: str, mine: pd.DataFrame, progress, risks, conn) -> Evidence:
    if mine.empty:
        return Evidence(company, None, None, None, None, None,
                        progress.percent if progress else None,
                        risks.get(company) if risks else None, risks is not None)
    last = mine.iloc[-1]
    same = mine[mine["toolkit_id"] == last["toolkit_id"]]
    first = same.assign(_r=same["round"].fillna(float("inf"))).sort_values(
        ["_r", "assessed_on"], kind="stable").iloc[0]
    baseline = first["index"] if len(same) > 1 and first["id"] != last["id"] else None
    return Evidence(company, _num(last["index"]), last["band"], top_band(conn, last["toolkit_sha256"]),
                    int(last["critical_gap_count"]), _num(baseline),
                    progress.percent if progress else None,
                    risks.get(company) if risks else None, risks is not None)


def _num(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


OVERVIEW_COLUMNS = ["company_id", "name", "role", "actions", "done", "overdue", "percent", "planned",
                    "next_due", "kpis", "on_track", "at_risk", "off_track", "no_data", "budget"]


def plans_overview(conn: sqlite3.Connection, today: date, chain: str | None = None) -> pd.DataFrame:
    """One row per company with a plan (of ``chain``, or all): what a plans table shows."""
    companies = None
    if chain is not None:
        companies = sorted(set(chain_members(conn, chain)["company_id"]))
    plans = load_plans(conn, companies)
    names = {c: (n, r) for c, n, r in conn.execute("SELECT id, name, role FROM companies")}
    rows = []
    for c, plan in plans.items():
        p = plan_progress(plan, today)
        statuses = [kpi_status(k, today).status for k in plan.kpis]
        name, role = names.get(c, (None, None))
        rows.append([c, name, role, p.actions, p.done, len(p.overdue), p.percent, p.planned,
                     p.next_due[0][1] if p.next_due else None, len(plan.kpis),
                     statuses.count("on_track"), statuses.count("at_risk"), statuses.count("off_track"),
                     statuses.count("no_data"), p.budget["total"]])
    return pd.DataFrame(rows, columns=OVERVIEW_COLUMNS)


@lru_cache(maxsize=32)
def _bands_of(data: bytes) -> tuple:
    from core.toolkit.loader import load_toolkit
    return tuple(load_toolkit(data).bands)


def band_labels(conn: sqlite3.Connection, language: str | None = None) -> dict[str, str]:
    """Band name -> its label in ``language``, from the toolkits stored in the project (the
    newest toolkit wins when two name a band alike); unreadable toolkits are skipped."""
    labels: dict[str, str] = {}
    for (data,) in conn.execute("SELECT workbook FROM toolkits ORDER BY id"):
        try:
            bands = _bands_of(bytes(data))
        except Exception:  # noqa: BLE001 - an unreadable toolkit just leaves its band codes as they are
            continue
        labels.update({b.name: b.label(language) for b in bands})
    return labels


def risk_level_labels(conn: sqlite3.Connection, language: str | None = None) -> dict[str, str]:
    """Risk level name -> its label in ``language``, from the project's matrix (or the default)."""
    try:
        from core.risk.store import project_matrix
    except ImportError:
        return {}
    return {lv.name: lv.label(language or "en") for lv in project_matrix(conn).levels}
