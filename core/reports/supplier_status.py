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

from core.plans.certification import Certification
from core.plans.results import as_json_safe

ASSESSMENTS = ("SELECT a.id, a.company_id, a.toolkit_id, t.sha256, a.assessed_on, a.round, a.score_index, "
               "a.band, a.critical_gap_count FROM assessments a JOIN toolkits t ON t.id = a.toolkit_ref "
               "WHERE a.status = 'current' ORDER BY a.assessed_on, a.id")
COLUMNS = ["id", "company_id", "toolkit_id", "toolkit_sha256", "assessed_on", "round", "index", "band",
           "critical_gap_count"]


@dataclass
class SupplierStatus:
    """Per supplier: the certification verdict and the consultant's decision; per company with
    a plan: whether at least one KPI improved."""

    certifications: dict[str, Certification]
    decisions: dict[str, dict]
    kpi_improving: dict[str, bool]

    def flags(self) -> dict[str, dict]:
        """``certified`` and ``kpi_improving`` per company, as
        :func:`core.setup.groups.company_flags` reads them from a progress report."""
        return {"certified": {c: v.certified for c, v in self.certifications.items()},
                "kpi_improving": self.kpi_improving}

    def failed_checks(self, company_id: str) -> list:
        """The checks ``company_id`` fails, their values JSON-safe as the progress report has them."""
        return [(c.code, as_json_safe(c.params)) for c in self.certifications[company_id].checks
                if not c.passed]


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
    certifications = {}
    for c in suppliers:
        plan = plans.get(c)
        progress = plan_progress(plan, today) if plan else None
        certifications[c] = evaluate(rule, _evidence(c, diagnoses.get(c), progress, risks, conn, tops))
    improving = {c: any(kpi_status(k, today).improved for k in plan.kpis) for c, plan in plans.items()}
    return SupplierStatus(certifications, certification_decisions(conn), improving)
