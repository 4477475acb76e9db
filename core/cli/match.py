"""``encadena match PROJECT DEMAND_ID`` (ranked, explained suppliers for a demand) and
``encadena match set PROJECT DEMAND_ID COMPANY_ID --stage S`` (the pipeline)."""
from __future__ import annotations

import argparse

from core.cli.directory_common import iso_date, language_of, open_project, write_json
from core.directory.model import STAGES

COMMAND = "match"


def _rank_parser(prog: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description="Rank the suppliers for a demand: "
                                "qualified ones first, then those that nearly qualify.")
    p.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    p.add_argument("demand", metavar="DEMAND_ID", help="the demand (see 'encadena demand list')")
    p.add_argument("--json", metavar="PATH", help="write the result as JSON ('-' = standard output)")
    p.add_argument("--as-of", metavar="DATE", help="evaluate certifications and staleness on this date")
    p.add_argument("--shortlist", metavar="FILE.xlsx",
                   help="also write the buyer's shortlist workbook")
    return p


def _set_parser(prog: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"{prog} set", description="Move a supplier along the "
                                "pipeline of a demand.")
    p.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    p.add_argument("demand", metavar="DEMAND_ID", help="the demand")
    p.add_argument("company", metavar="COMPANY_ID", help="the supplier")
    p.add_argument("--stage", required=True, choices=STAGES, help="the stage reached")
    p.add_argument("--date", metavar="D", help="when (default: today)")
    p.add_argument("--value", metavar="AMOUNT", help="value of the first transaction (linkage)")
    p.add_argument("--reason", metavar="T", help="why it was closed")
    return p


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("match", help="match a demand against the directory; move a match along",
                       usage="encadena match PROJECT DEMAND_ID [--json PATH|-]\n"
                             "       encadena match set PROJECT DEMAND_ID COMPANY_ID --stage S "
                             "[--date D] [--value AMOUNT] [--reason T]",
                       description="Rank the suppliers for a demand with reasons, or record a "
                                   "match's stage: " + ", ".join(STAGES) + ".")
    p.add_argument("words", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    p.set_defaults(handler=run, match_prog=p.prog)


def run(args: argparse.Namespace) -> int:
    words = list(args.words)
    if words and words[0] == "set":
        return run_set(_set_parser(args.match_prog).parse_args(words[1:]), args)
    return run_rank(_rank_parser(args.match_prog).parse_args(words), args)


def _amount(text: str | None) -> float | None:
    from core.errors import UserInputError
    if text is None:
        return None
    try:
        return float(text.replace(" ", "").replace(",", "."))
    except ValueError:
        raise UserInputError("directory.bad_value", value=text) from None


def run_rank(opts: argparse.Namespace, args: argparse.Namespace) -> int:
    from datetime import date

    from core import catalogue
    from core.directory.demands import resolve_demand_id
    from core.directory.service import match_report
    language = language_of(args)
    today = date.fromisoformat(iso_date(opts.as_of)) if opts.as_of else None
    with open_project(opts.project) as project:
        demand_id = resolve_demand_id(project.conn, opts.demand)
        report = match_report(project.conn, demand_id, language, today)
        if opts.shortlist:
            from core.directory.outputs import write_shortlist_workbook
            buyer = project.company(report["demand"]["buyer_id"])
            write_shortlist_workbook(opts.shortlist, report, buyer.name if buyer else None,
                                     language, inputs=[opts.project])
    if opts.json:
        write_json(report, opts.json)
        return 0
    matches = report["matches"]
    print(catalogue.text("directory.match_header", language, demand=demand_id,
                         title=report["demand"]["title"],
                         qualified=sum(m["qualified"] for m in matches),
                         near=sum(not m["qualified"] for m in matches)))
    from core.numbers import format_number
    for m in matches:
        print(f"{m['rank']:>3}. {m['company_id']}  {m['name'] or ''}  ·  {m['status_label']}  ·  "
              f"{format_number(m['score'], language, 1)}")
        print(f"     {m['explanation']}")
    return 0


def run_set(opts: argparse.Namespace, args: argparse.Namespace) -> int:
    from core import catalogue
    from core.directory.demands import resolve_demand_id
    from core.directory.pipeline import stage_edit
    from core.edits import apply_edit
    from core.project.timeutil import current_user
    language = language_of(args)
    with open_project(opts.project) as project:
        demand_id = resolve_demand_id(project.conn, opts.demand)
        edit = stage_edit(project.conn, demand_id, opts.company, opts.stage, iso_date(opts.date),
                          _amount(opts.value), opts.reason)
        if not edit.is_empty:
            apply_edit(project.conn, edit, current_user())
    print(catalogue.text("directory.stage_set", language, company=opts.company, demand=demand_id,
                         stage=catalogue.text(f"directory.stage.{opts.stage}", language)))
    return 0
