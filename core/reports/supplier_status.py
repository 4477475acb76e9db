"""Each supplier's certification verdict and whether a KPI of its plan improved, computed once for
a results workbook (its certification sheet and its group sheets).

The verdicts are those of :func:`core.plans.report.progress_report` (the same evidence, the same
:func:`core.plans.certification.evaluate`), without building the whole report: a 100,000-supplier
programme needs the verdicts, not every plan's burn-up curve and KPI history as JSON.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

import pandas as pd

from core.plans.results import as_json_safe

ASSESSMENTS = ("SELECT a.id, a.company_id, a.toolkit_id, t.sha256, a.assessed_on, a.round, a.score_index, "
               "a.band, a.critical_gap_count FROM assessments a JOIN toolkits t ON t.id = a.toolkit_ref "
               "WHERE a.status = 'current' ORDER BY a.assessed_on, a.id")
COLUMNS = ["id", "company_id", "toolkit_id", "toolkit_sha256", "assessed_on", "round", "index", "band",
           "critical_gap_count"]


@dataclass
class SupplierStatus:
    """Per supplier: whether the rule certifies it, the checks it fails and the consultant's
    decision; per company with a plan: whether at least one KPI improved."""

    certified: dict[str, bool]
    failed: dict[str, tuple]            # ((check code, its values as (key, value) pairs), ...)
    decisions: dict[str, dict]
    kpi_improving: dict[str, bool]

    def flags(self) -> dict[str, dict]:
        """``certified`` and ``kpi_improving`` per company, as
        :func:`core.setup.groups.company_flags` reads them from a progress report."""
        return {"certified": self.certified, "kpi_improving": self.kpi_improving}


def supplier_status(conn: sqlite3.Connection, today: date, plans: dict, register=None,
                    matrix=None, companies: set[str] | None = None) -> SupplierStatus:
    """The status of the suppliers among ``companies`` (all when None) as of ``today``. ``plans``
    are their stored plans (:func:`core.plans.store.load_plans`); ``register`` and ``matrix``,
    when given, are the effective risk register as of ``today`` and its matrix (saves reading
    it again)."""
    from core.plans.certification import evaluate
    from core.plans.edits import certification_decisions
    from core.plans.kpi import kpi_status
    from core.plans.plan import plan_progress
    from core.plans.report import _evidence, _latest_and_baseline, risk_levels
    from core.plans.store import certification_rule
    suppliers = sorted(c for (c,) in conn.execute("SELECT id FROM companies WHERE role = 'supplier'")
                       if companies is None or c in companies)
    diagnoses = _latest_and_baseline(pd.DataFrame(conn.execute(ASSESSMENTS).fetchall(), columns=COLUMNS))
    if register is not None and matrix is not None:
        from core.risk.classify import classify_suppliers
        levels = classify_suppliers(register, matrix, suppliers, basis="residual")
        risks = dict(zip(levels["company_id"], levels["level"]))
    else:
        risks = risk_levels(conn, suppliers, today)
    rule = certification_rule(conn)
    tops: dict = {}
    certified, failed = {}, {}
    checks = _FailedChecks()
    for c in suppliers:
        plan = plans.get(c)
        progress = plan_progress(plan, today) if plan else None
        verdict = evaluate(rule, _evidence(c, diagnoses.get(c), progress, risks, conn, tops))
        certified[c] = verdict.certified
        failing = tuple(checks.of(check) for check in verdict.checks if not check.passed)
        failed[c] = checks.setdefault(failing, failing)
    improving = {c: any(kpi_status(k, today).improved for k in plan.kpis) for c, plan in plans.items()}
    return SupplierStatus(certified, failed, certification_decisions(conn), improving)


class _FailedChecks(dict):
    """One shared (code, values) per distinct failed check, and one shared tuple per distinct
    list of them: 100,000 suppliers fail a few kinds of check with a few values."""

    def of(self, check) -> tuple:
        key = (check.code, tuple(check.params.items()))
        known = self.get(key)           # NaN values never match: computed again, same result
        if known is None:
            known = self[key] = (check.code, tuple(as_json_safe(check.params).items()))
        return known
