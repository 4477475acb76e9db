"""The certification list as a table (results workbook): each supplier's verdict by the rule,
the checks it still fails (in ``language``) and the consultant's decision with its date and note."""
from __future__ import annotations

from datetime import date

import pandas as pd

from core.messages import message


def certification_frame(conn, company_ids: set[str] | list[str], language: str,
                        today: date | None = None) -> pd.DataFrame:
    """One row per supplier in ``company_ids``: company_id, certified (yes/no by the rule),
    pending_reasons, and the decision, its date and note under headers in ``language``."""
    from core.plans.certification_text import check_params
    from core.plans.report import band_labels, progress_report, risk_level_labels
    from core.reports.labels import label
    report = progress_report(conn, today or date.today(), companies=sorted(company_ids))
    bands, levels = band_labels(conn, language), risk_level_labels(conn, language)
    decision_col, date_col, note_col = (message(f"plans.col_{k}", language)
                                        for k in ("decision", "decided_on", "note"))
    rows = []
    for entry in report["companies"]:
        cert = entry.get("certification")
        if not cert:
            continue
        decision = cert.get("decision") or {}
        reasons = [message(c["code"], language, **check_params(c["params"], language, bands, levels))
                   for c in cert["checks"] if not c["passed"]]
        rows.append({"company_id": entry["company_id"],
                     "certified": label("yes" if cert["certified"] else "no", language),
                     "pending_reasons": "; ".join(reasons),
                     decision_col: message(f"plans.decision_{decision['decision']}", language)
                     if decision.get("decision") else "",
                     date_col: decision.get("decided_on") or "", note_col: decision.get("note") or ""})
    return pd.DataFrame(rows, columns=["company_id", "certified", "pending_reasons", decision_col,
                                       date_col, note_col])
