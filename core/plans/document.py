"""Everything the workbench shows about one company's plan, as JSON-ready data.

``plan show --json`` prints :func:`plan_document`; ``progress --json`` lists the same entry per
company. Field meanings (all percentages are 0-100, dates ISO ``YYYY-MM-DD``, as of ``as_of``):

- ``status`` draft | agreed; ``agreed_on``; ``signatories`` {buyer, supplier, consultant};
  ``revision`` (raised by every change after the agreement) and ``revisions`` (its history).
- ``progress``: ``percent`` = sum(weight x percent on ``as_of``) / sum(weight) over the actions
  not cancelled, weight = planned days from start to due (30 without both dates), a done action
  counting 100 and each action's percent on a date being its latest history entry on or before
  that date; ``planned`` = the same weights x the linear share of each action's planned span
  (the agreed baseline's dates once agreed) elapsed on ``as_of``; ``actions``, ``done``,
  ``overdue`` (ids due before ``as_of`` and not done/cancelled), ``next_due``, ``budget``
  {total, programme, buyer, supplier} in the programme currency.
- ``actions``: id, position, title, area, items, owner, start, due, status and percent (now),
  ``status_as_of`` / ``percent_as_of`` (on ``as_of``), weight, budget, shares in % (programme,
  buyer, supplier), kpi_id, notes, ``history`` [{date, percent, status}].
- ``kpis``: id, name, unit, direction (higher | lower is better), aggregate (sum | mean | median),
  baseline / target value and date, ``status`` (on_track | at_risk | off_track | no_data, see
  :mod:`core.plans.kpi`), current, measured_on, progress (0-1.5), expected (0-1), change_pct,
  ``measurements`` [{date, value, note, source}], ``actions`` (linked action ids).
- ``burn_up`` [{date, planned, actual}] monthly from the first start to the last due date.
- ``certification`` (suppliers): certified, checks [{code, passed, params}] and ``decision``
  {decision certify | not_yet, decided_on, note, decided_by} or null.
"""
from __future__ import annotations

import sqlite3
from datetime import date

from core.plans.kpi import kpi_status
from core.plans.model import ImprovementPlan
from core.plans.plan import plan_progress, state_on, weight
from core.plans.results import as_json_safe


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _pct(share: float | None) -> float | None:
    return None if share is None else round(share * 100.0, 6)


def revisions(conn: sqlite3.Connection, company_id: str) -> list[dict]:
    """The plan's revision history: revision, date, change (edit code), subject."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'plan_revisions'").fetchone() is None:
        return []
    return [{"revision": r, "date": d, "change": c, "subject": s} for r, d, c, s in conn.execute(
        "SELECT revision, on_date, change, subject FROM plan_revisions WHERE company_id = ? "
        "ORDER BY revision", (company_id,))]


def actions_json(plan: ImprovementPlan, as_of: date) -> list[dict]:
    out = []
    for position, a in enumerate(plan.actions):
        percent, status = state_on(a, as_of)
        out.append({
            "id": a.id, "position": position, "title": a.title, "area": a.area, "items": a.items,
            "owner": a.owner, "start": _iso(a.start), "due": _iso(a.due), "status": a.status,
            "percent": a.effective_percent, "status_as_of": status, "percent_as_of": percent,
            "weight": weight(a), "budget": a.budget,
            "shares": {"programme": _pct(a.programme_share), "buyer": _pct(a.buyer_share),
                       "supplier": _pct(a.supplier_share)},
            "kpi_id": a.kpi_id, "notes": a.notes,
            "history": [{"date": _iso(u.on), "percent": u.percent, "status": u.status}
                        for u in a.updates]})
    return out


def kpis_json(plan: ImprovementPlan, as_of: date) -> list[dict]:
    from core.plans.edits import default_aggregate
    out = []
    for k in plan.kpis:
        st = kpi_status(k, as_of).as_dict()
        st.pop("kpi_id", None)
        out.append({
            "id": k.id, "kpi_id": k.id, "name": k.name, "unit": k.unit, "direction": k.direction,
            "catalogue_id": k.catalogue_id,
            "aggregate": k.aggregate or default_aggregate(k.catalogue_id),
            "baseline": k.baseline_value, "baseline_date": _iso(k.baseline_date),
            "target": k.target_value, "target_date": _iso(k.target_date), **st,
            "measurements": [{"date": _iso(m.on), "value": m.value, "note": m.note,
                              "source": m.source} for m in k.measurements],
            "actions": [a.id for a in plan.actions if a.kpi_id == k.id]})
    return out


def plan_entry(conn: sqlite3.Connection, plan: ImprovementPlan | None, as_of: date) -> dict:
    """The plan part of a company's document (``plan`` None: no plan yet)."""
    from core.plans.report import chain_burn_up
    if plan is None:
        return {"status": None, "agreed_on": None, "signatories": {}, "revision": 0,
                "revisions": [], "progress": None, "actions": [], "kpis": [], "burn_up": []}
    return {"status": plan.status, "agreed_on": _iso(plan.agreed_on),
            "signatories": dict(plan.signatories), "revision": plan.revision,
            "revisions": revisions(conn, plan.company_id),
            "progress": plan_progress(plan, as_of).as_dict(),
            "actions": actions_json(plan, as_of), "kpis": kpis_json(plan, as_of),
            "burn_up": chain_burn_up([plan], as_of)}


def plan_document(conn: sqlite3.Connection, company_id: str, as_of: date) -> dict:
    """One company's plan, KPIs, burn-up and (for a supplier) certification (see module doc)."""
    from core.plans.edits import require_company
    from core.plans.report import progress_report
    from core.plans.store import load_plan
    require_company(conn, company_id)
    doc = {"company_id": company_id, "as_of": as_of.isoformat(),
           **plan_entry(conn, load_plan(conn, company_id), as_of)}
    report = progress_report(conn, as_of, companies=[company_id])
    entry = next((c for c in report["companies"] if c["company_id"] == company_id), {})
    doc["certification"] = entry.get("certification")
    return as_json_safe(doc)
