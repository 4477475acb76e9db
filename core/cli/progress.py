"""``encadena progress PROJECT [--chain NAME] [--json -] [--as-of DATE]``: plan and KPI status,
rounds, phases, certification and programme results."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.messages import current_language, message

COMMAND = "progress"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("progress", help="plan and KPI status, certification and programme results",
                       description="Print each company's improvement plan progress and KPI status, "
                                   "the value chains' phases, certification and programme results.")
    p.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    p.add_argument("--chain", metavar="NAME", help="only this value chain")
    p.add_argument("--json", metavar="PATH", help="write the result as JSON ('-' = standard output)")
    p.add_argument("--as-of", metavar="DATE", help="evaluate as of this date (default: today)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401  (registers the messages)
    from core.cli.followup import as_date
    from core.plans.report import progress_report
    from core.project import Project
    today = as_date(args.as_of)
    with Project.open(args.project, backups=False) as project:
        report = progress_report(project.conn, today, args.chain)
    if args.json:
        text = json.dumps(report, ensure_ascii=False, indent=1, allow_nan=False)
        if args.json == "-":
            sys.stdout.write(text + "\n")
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
        return 0
    print("\n".join(render_text(report, current_language())))
    return 0


def _pct(value) -> str:
    return "-" if value is None else f"{value:.0f}%"


def _signed(value) -> str:
    return "-" if value is None else f"{value:+.1f}%"


def _dashes(params: dict) -> dict:
    return {k: "-" if v is None else v for k, v in params.items()}


def render_text(report: dict, language: str) -> list[str]:
    """A readable summary of :func:`core.plans.report.progress_report` in ``language``."""
    from core.plans.kpi import catalogue, unit_label
    from core.plans.messages import status_label

    def say(code: str, **params) -> str:
        return message(code, language, **params)

    lines = [say("progress_as_of", date=report["as_of"])]
    for name, chain in report["chains"].items():
        phases = ", ".join(f"{p['phase']}: {p['status']}" for p in chain["phases"] if p["status"] != "no_dates")
        lines.append(say("progress_chain", chain=name,
                         months="-" if chain["months"] is None else f"{chain['months']:.1f}",
                         flag=f" [{chain['duration_flag']}]" if chain["duration_flag"] else "",
                         phases=phases or say("progress_no_phases")))
    for c in report["companies"]:
        plan = c["plan"]
        if plan is None:
            lines.append(say("progress_no_plan", company=c["company_id"]))
        else:
            late = say("progress_overdue", actions=", ".join(plan["overdue"])) if plan["overdue"] else ""
            lines.append(say("progress_plan", company=c["company_id"], percent=_pct(plan["percent"]),
                             planned=_pct(plan["planned"]), done=plan["done"], actions=plan["actions"],
                             overdue=late,
                             next=", ".join(f"{n['action']} {n['due']}" for n in plan["next_due"]) or "-"))
        for k in c["kpis"]:
            current = "-" if k["current"] is None else f"{k['current']:g}"
            lines.append(f"    {k['kpi_id']} {k['name']}: {current} {unit_label(k['unit'], language)} "
                         f"({_signed(k['change_pct'])}) {status_label(k['status'], language)}")
        cert = c.get("certification")
        if cert:
            failed = [say(ch["code"], **_dashes(ch["params"])) for ch in cert["checks"] if not ch["passed"]]
            lines.append("    " + (say("progress_certified") if cert["certified"]
                                   else say("progress_not_certified", reasons="; ".join(failed))))
    r = report["rounds"]["programme"]
    if r["compared"]:
        lines.append(say("progress_rounds", improved=r["improved"], compared=r["compared"],
                         regressed=r["regressed"], delta=f"{r['mean_delta']:+.1f}"))
    results = report["results"]["programme"]
    names = catalogue()
    for kpi, s in results["kpis"].items():
        line = say("progress_result", kpi=names[kpi].name(language) if kpi in names else kpi,
                   improving=s["improving"], measured=s["measured"], median=_signed(s["median_change_pct"]),
                   best=_signed(s["best_change_pct"]), chains_improving=s["chains_improving"],
                   chains=s["chains_measured"])
        if "total_increase" in s:
            line += say("progress_total", total=f"{s['total_increase']:g}")
        lines.append(line)
    money = {k: f"{v:,.0f}" for k, v in results["co_financing"].items()}
    lines.append(say("progress_budget", **money))
    return lines
