"""``encadena progress PROJECT [--chain NAME] [--json -] [--as-of DATE]``: plan and KPI status,
rounds, phases, certification and programme results."""
from __future__ import annotations

import argparse
import json
import sys

from core.messages import message
from core.numbers import format_number, format_percent
from core.plans.certification_text import amount as _amount
from core.plans.certification_text import check_params as _cert_params
from core.safe_output import write_text_output

COMMAND = "progress"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("progress", help="plan and KPI status, certification and programme results",
                       description="Print each company's improvement plan progress and KPI status, "
                                   "the value chains' phases, certification and programme results.")
    p.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    p.add_argument("--chain", metavar="NAME", help="only this value chain")
    p.add_argument("--json", metavar="PATH", help="write the result as JSON ('-' = standard output)")
    p.add_argument("--as-of", metavar="DATE", help="evaluate as of this date (default: today)")
    p.add_argument("--by", metavar="GROUP",
                   help="programme results by women_led, size_class, sector or region")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401  (registers the messages)
    from core.cli.followup import as_date
    from core.plans.report import band_labels, progress_report, risk_level_labels
    from core.project import Project
    today = as_date(args.as_of)
    language = args.language
    if args.by:
        return _by_group(args, today, language)
    with Project.open(args.project, backups=False) as project:
        report = progress_report(project.conn, today, args.chain)
        from core.directory.pipeline import linkage_results
        report["results"]["linkages"] = linkage_results(project.conn, args.chain)
        if not args.json:
            bands = band_labels(project.conn, language)
            levels = risk_level_labels(project.conn, language)
    if args.json:
        text = json.dumps(report, ensure_ascii=False, indent=1, allow_nan=False)
        if args.json == "-":
            sys.stdout.write(text + "\n")
        else:
            from core.safe_output import write_text_output
            write_text_output(args.json, text + "\n", [args.project])
        return 0
    print("\n".join(render_text(report, language, bands, levels)))
    linkages = report["results"]["linkages"]["programme"]
    from core import catalogue
    print(catalogue.text("directory.results_linkages", language, count=linkages["linkages"],
                         value=format_number(linkages["value"], language, 0),
                         suppliers=linkages["suppliers"]))
    return 0


def _by_group(args, today, language: str) -> int:
    """``--by``: one row per group of suppliers (index change, certification, jobs)."""
    from core import catalogue
    from core.project import Project
    from core.setup.groups import group_results, labelled
    with Project.open(args.project, backups=False) as project:
        frame = group_results(project.conn, args.by, today, args.chain)
    if args.json:
        records = [{k: (None if isinstance(v, float) and v != v else v) for k, v in r.items()}
                   for r in frame.to_dict("records")]
        text = json.dumps({"by": args.by, "groups": records}, ensure_ascii=False, indent=1)
        if args.json == "-":
            sys.stdout.write(text + "\n")
        else:
            write_text_output(args.json, text + "\n", [args.project])  # safe writer (issue 13)
        return 0
    shown = labelled(frame, args.by, language)
    for column in shown.columns[3:6]:
        shown[column] = [format_number(v, language, 1) for v in shown[column]]
    print(catalogue.text("setup.groups_header", language,
                         group=catalogue.text(f"setup.group_{args.by}", language)))
    print(shown.to_string(index=False))
    return 0


def _pct(value, language: str) -> str:
    return "-" if value is None else format_percent(value / 100.0, language, 0)


def _signed(value, language: str, percent: bool = True) -> str:
    if value is None:
        return "-"
    text = format_percent(value / 100.0, language, 1) if percent else format_number(value, language, 1)
    return text if text.startswith("-") else "+" + text


def render_text(report: dict, language: str, bands: dict[str, str] | None = None,
                levels: dict[str, str] | None = None) -> list[str]:
    """A readable summary of :func:`core.plans.report.progress_report` in ``language``: phase,
    status, band (``bands``: name -> label) and risk level (``levels``) labels, local numbers."""
    from core.plans.kpi import catalogue, unit_label
    from core.plans.messages import phase_label, phase_status_label, status_label
    bands, levels = bands or {}, levels or {}

    def say(code: str, **params) -> str:
        return message(code, language, **params)

    lines = [say("progress_as_of", date=report["as_of"])]
    for name, chain in report["chains"].items():
        phases = ", ".join(f"{phase_label(p['phase'], language)}: {phase_status_label(p['status'], language)}"
                           for p in chain["phases"] if p["status"] != "no_dates")
        flag = chain["duration_flag"]
        lines.append(say("progress_chain", chain=name,
                         months="-" if chain["months"] is None else format_number(chain["months"], language, 1),
                         flag=f" [{say('progress_duration_' + flag) if flag in ('long', 'short') else flag}]"
                         if flag else "",
                         phases=phases or say("progress_no_phases")))
    for c in report["companies"]:
        plan = c["plan"]
        if plan is None:
            lines.append(say("progress_no_plan", company=c["company_id"]))
        else:
            late = say("progress_overdue", actions=", ".join(plan["overdue"])) if plan["overdue"] else ""
            lines.append(say("progress_plan", company=c["company_id"], percent=_pct(plan["percent"], language),
                             planned=_pct(plan["planned"], language), done=plan["done"],
                             actions=plan["actions"], overdue=late,
                             next=", ".join(f"{n['action']} {n['due']}" for n in plan["next_due"]) or "-"))
        for k in c["kpis"]:
            lines.append(f"    {k['kpi_id']} {k['name']}: {_amount(k['current'], language)} "
                         f"{unit_label(k['unit'], language)} "
                         f"({_signed(k['change_pct'], language)}) {status_label(k['status'], language)}")
        cert = c.get("certification")
        if cert:
            failed = [say(ch["code"], **_cert_params(ch["params"], language, bands, levels))
                      for ch in cert["checks"] if not ch["passed"]]
            lines.append("    " + (say("progress_certified") if cert["certified"]
                                   else say("progress_not_certified", reasons="; ".join(failed))))
    r = report["rounds"]["programme"]
    if r["compared"]:
        lines.append(say("progress_rounds", improved=r["improved"], compared=r["compared"],
                         regressed=r["regressed"], delta=_signed(r["mean_delta"], language, percent=False)))
    results = report["results"]["programme"]
    names = catalogue()
    for kpi, s in results["kpis"].items():
        line = say("progress_result", kpi=names[kpi].name(language) if kpi in names else kpi,
                   improving=s["improving"], measured=s["measured"],
                   median=_signed(s["median_change_pct"], language),
                   best=_signed(s["best_change_pct"], language), chains_improving=s["chains_improving"],
                   chains=s["chains_measured"])
        if "total_increase" in s:
            line += say("progress_total", total=_amount(s["total_increase"], language))
        lines.append(line)
    money = {k: format_number(v, language, 0) for k, v in results["co_financing"].items()}
    lines.append(say("progress_budget", **money))
    return lines
