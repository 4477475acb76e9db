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


def render_text(report: dict, language: str) -> list[str]:
    """A readable summary of :func:`core.plans.report.progress_report`."""
    lines = [f"as of {report['as_of']}"]
    for name, chain in report["chains"].items():
        flag = f" [{chain['duration_flag']}]" if chain["duration_flag"] else ""
        months = "-" if chain["months"] is None else f"{chain['months']:.1f}"
        phases = ", ".join(f"{p['phase']}: {p['status']}" for p in chain["phases"] if p["status"] != "no_dates")
        lines.append(f"chain {name}: {months} months{flag}; {phases or 'no phase dates'}")
    for c in report["companies"]:
        plan = c["plan"]
        if plan is None:
            lines.append(f"{c['company_id']}: no plan")
        else:
            late = f", overdue: {', '.join(plan['overdue'])}" if plan["overdue"] else ""
            nxt = ", ".join(f"{n['action']} {n['due']}" for n in plan["next_due"]) or "-"
            lines.append(f"{c['company_id']}: plan {_pct(plan['percent'])} done (planned {_pct(plan['planned'])}), "
                         f"{plan['done']}/{plan['actions']} actions{late}; next due: {nxt}")
        for k in c["kpis"]:
            current = "-" if k["current"] is None else f"{k['current']:g}"
            lines.append(f"    {k['kpi_id']} {k['name']}: {current} {k['unit']} "
                         f"({_signed(k['change_pct'])}) {message('plan_status_' + k['status'], language)}")
        cert = c.get("certification")
        if cert:
            failed = [message(ch["code"], language, **ch["params"]) for ch in cert["checks"] if not ch["passed"]]
            lines.append("    certified" if cert["certified"] else f"    not certified: {'; '.join(failed)}")
    r = report["rounds"]["programme"]
    if r["compared"]:
        lines.append(f"rounds: {r['improved']} of {r['compared']} improved, {r['regressed']} regressed, "
                     f"mean index change {r['mean_delta']:+.1f}")
    results = report["results"]["programme"]
    for kpi, s in results["kpis"].items():
        line = (f"{kpi}: {s['improving']} of {s['measured']} suppliers improved, median "
                f"{_signed(s['median_change_pct'])}, best {_signed(s['best_change_pct'])}; "
                f"{s['chains_improving']} of {s['chains_measured']} chains")
        if "total_increase" in s:
            line += f"; total {s['total_increase']:g}"
        lines.append(line)
    money = results["co_financing"]
    lines.append(f"budget {money['total']:,.0f}: programme {money['programme']:,.0f}, "
                 f"buyer {money['buyer']:,.0f}, supplier {money['supplier']:,.0f}")
    return lines
