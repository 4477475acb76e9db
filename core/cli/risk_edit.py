"""``encadena risk add PROJECT ...`` and ``encadena risk set PROJECT RISK_ID ...``: one edit of
the risk register each (with its audit-log rows), or nothing (exit 2 naming the bad value)."""
from __future__ import annotations

import argparse
from datetime import date

from core.errors import UserInputError
from core.messages import message


def _controls(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [c.strip() for c in text.replace(";", "\n").split("\n") if c.strip()]


def run_edit(args: argparse.Namespace) -> int:
    """Dispatch ``risk add`` / ``risk set`` (``args.args``: PROJECT [RISK_ID])."""
    import core.plans  # noqa: F401  (messages)
    from core.cli.plan import apply, day
    from core.project import Project
    from core.project.timeutil import current_user
    from core.risk.edits import add_risk, set_risk
    today = date.today()
    if args.target == "add":
        if len(args.args) != 1 or not (args.company and args.category and args.likelihood
                                       and args.severity):
            raise UserInputError("risk_edit.usage")
        with Project.open(args.args[0]) as project:
            edit = add_risk(project.conn, args.company, args.category, args.likelihood,
                            args.severity, today, description=args.description or "",
                            owner=args.owner or "", controls=_controls(args.controls) or (),
                            residual_likelihood=args.residual_likelihood,
                            residual_severity=args.residual_severity,
                            next_review=day(args.review), by=current_user())
            apply(project, edit)
            review = project.conn.execute(
                "SELECT next_review FROM risks WHERE company_id = ? AND risk_id = ?",
                (args.company, edit.params["risk"])).fetchone()[0]
        print(message("risk_edit.added", args.language, risk=edit.params["risk"], company=args.company,
                      review=review))
        return 0
    if len(args.args) != 2:
        raise UserInputError("risk_edit.usage")
    values = {"residual_likelihood": args.residual_likelihood,
              "residual_severity": args.residual_severity, "controls": _controls(args.controls),
              "next_review": day(args.review), "owner": args.owner, "status": args.status,
              "description": args.description, "category": args.category,
              "inherent_likelihood": args.likelihood, "inherent_severity": args.severity}
    with Project.open(args.args[0]) as project:
        edit = set_risk(project.conn, args.args[1], today, company_id=args.company,
                        decision=args.decision, reason=args.reason, by=current_user(), **values)
        apply(project, edit)
    print(message("risk_edit.changed" if not edit.is_empty else "plans.nothing_changed",
                  args.language, risk=args.args[1], company=edit.subject_id))
    return 0
