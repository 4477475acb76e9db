"""The certification list as a table (results workbook): each supplier's verdict by the rule,
the checks it still fails (in ``language``) and the consultant's decision with its date and note."""
from __future__ import annotations

from datetime import date

import pandas as pd

from core.messages import message


def certification_frame(conn, company_ids: set[str] | list[str], language: str,
                        today: date | None = None, status=None) -> pd.DataFrame:
    """One row per supplier in ``company_ids``: company_id, certified (yes/no by the rule),
    pending_reasons, and the decision, its date and note under headers in ``language``.
    ``status``: the suppliers' :class:`core.reports.supplier_status.SupplierStatus` when the
    caller has it."""
    from core.plans.certification_text import check_params
    from core.plans.report import band_labels, risk_level_labels
    from core.reports.labels import label
    if status is None:
        from core.plans.store import load_plans
        from core.reports.supplier_status import supplier_status
        status = supplier_status(conn, today or date.today(), load_plans(conn))
    bands, levels = band_labels(conn, language), risk_level_labels(conn, language)
    decision_col, date_col, note_col = (message(f"plans.col_{k}", language)
                                        for k in ("decision", "decided_on", "note"))
    verdicts = {flag: label("yes" if flag else "no", language) for flag in (True, False)}
    reasons_of: dict = {}           # a reason's text by its code and values: few distinct ones

    def reason(check: tuple) -> str:
        if check not in reasons_of:
            code, params = check
            reasons_of[check] = message(code, language, **check_params(dict(params), language, bands, levels))
        return reasons_of[check]

    joined: dict = {}               # the same failed checks, the same text (stored once)

    def reasons(failed: tuple) -> str:
        if failed not in joined:
            joined[failed] = "; ".join(map(reason, failed))
        return joined[failed]

    wanted = set(company_ids)
    rows = []
    for company in sorted(c for c in status.certified if c in wanted):
        decision = status.decisions.get(company) or {}
        rows.append({"company_id": company,
                     "certified": verdicts[status.certified[company]],
                     "pending_reasons": reasons(status.failed[company]),
                     decision_col: message(f"plans.decision_{decision['decision']}", language)
                     if decision.get("decision") else "",
                     date_col: decision.get("decided_on") or "", note_col: decision.get("note") or ""})
    return pd.DataFrame(rows, columns=["company_id", "certified", "pending_reasons", decision_col,
                                       date_col, note_col])
