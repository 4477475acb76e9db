"""``encadena demand add|list``: buyers' demand specifications."""
from __future__ import annotations

import argparse

from core.cli.directory_common import iso_date, language_of, open_project, write_json

COMMAND = "demand"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demand", help="buyers' demand specifications",
                       description="Register what a buyer needs, to match it against the "
                                   "programme's suppliers ('encadena match').")
    verbs = p.add_subparsers(dest="demand_command", metavar="ACTION", required=True)
    a = verbs.add_parser("add", help="register a demand", description="Register a buyer's need.")
    a.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    a.add_argument("--buyer", required=True, metavar="ID", help="the buyer's company ID")
    a.add_argument("--title", required=True, metavar="T", help="what is needed, in a few words")
    a.add_argument("--description", metavar="T", help="the technical specification")
    a.add_argument("--code", action="append", default=[], metavar="C",
                   help="classification code (repeat)")
    a.add_argument("--process", action="append", default=[], metavar="T",
                   help="a process the supplier should offer (repeat)")
    a.add_argument("--require-cert", action="append", default=[], metavar="NAME",
                   help="a certification the supplier must hold (repeat)")
    a.add_argument("--prefer-cert", action="append", default=[], metavar="NAME",
                   help="a certification that counts in the supplier's favour (repeat)")
    a.add_argument("--min-band", metavar="B", help="the lowest acceptable band (e.g. linkage_ready)")
    a.add_argument("--max-risk", metavar="L", help="the highest acceptable risk level")
    a.add_argument("--volume", metavar="T", help="volume, e.g. '2 t/month'")
    a.add_argument("--frequency", metavar="T", help="frequency, e.g. 'monthly'")
    a.add_argument("--region", metavar="R", help="preferred region")
    a.add_argument("--deadline", metavar="DATE", help="deadline (YYYY-MM-DD)")
    a.set_defaults(handler=run_add)
    im = verbs.add_parser("import", help="register demands from a workbook",
                          description="Register the demands of a workbook, one per row (buyer, "
                                      "title, description, codes, processes, required and "
                                      "preferred certifications, minimum band, maximum risk, "
                                      "volume, frequency, region, deadline). All or nothing.")
    im.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    im.add_argument("file", metavar="DEMANDS", help="the workbook or CSV")
    im.set_defaults(handler=run_import)
    li = verbs.add_parser("list", help="list the demands", description="List every demand.")
    li.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    li.add_argument("--json", metavar="PATH", help="write the list as JSON ('-' = standard output)")
    li.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    from core import catalogue
    from core.directory.demands import add_demand_edit, validate_demand
    from core.directory.matching import risk_level_names
    from core.directory.model import Demand
    from core.directory.suppliers import DEFAULT_BANDS, band_orders
    from core.edits import apply_edit
    from core.project.timeutil import current_user
    language = language_of(args)
    demand = Demand(args.buyer, args.title, description=args.description, codes=args.code,
                    processes=args.process, required_certs=args.require_cert,
                    preferred_certs=args.prefer_cert, min_band=args.min_band,
                    max_risk=args.max_risk, volume=args.volume, frequency=args.frequency,
                    region=args.region, deadline=iso_date(args.deadline))
    with open_project(args.project) as project:
        bands = {b for order in band_orders(project.conn).values() for b in order} \
            | set(DEFAULT_BANDS)
        validate_demand(project.conn, demand, bands, risk_level_names(project.conn))
        edit, demand_id = add_demand_edit(project.conn, demand)
        apply_edit(project.conn, edit, current_user())
    print(catalogue.text("directory.demand_added", language, demand=demand_id, title=args.title))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from core import catalogue
    from core.directory.service import demand_rows
    language = language_of(args)
    with open_project(args.project) as project:
        rows = demand_rows(project.conn)
    if args.json:
        write_json({"demands": rows}, args.json)
        return 0
    print(catalogue.text("directory.demands_header", language, count=len(rows)))
    for d in rows:
        extra = ", ".join(x for x in [", ".join(d["codes"]), ", ".join(d["required_certs"]),
                                      d["min_band"] or "", d["max_risk"] or "",
                                      d["deadline"] or ""] if x)
        print(f"  {d['id']}  {d['buyer_id']}  {d['title']}" + (f"  ({extra})" if extra else ""))
    return 0


def _names(conn):
    from core.directory.matching import risk_level_names
    from core.directory.suppliers import DEFAULT_BANDS, band_orders
    bands = {b for order in band_orders(conn).values() for b in order} | set(DEFAULT_BANDS)
    return bands, risk_level_names(conn)


def run_import(args: argparse.Namespace) -> int:
    from core import catalogue
    from core.directory.demand_workbook import demands_edit, read_demands
    from core.edits import apply_edit
    from core.project.timeutil import current_user
    language = language_of(args)
    with open_project(args.project) as project:
        bands, levels = _names(project.conn)
        demands = read_demands(args.file, bands, levels)
        edit, ids = demands_edit(project.conn, demands, bands, levels)
        apply_edit(project.conn, edit, current_user())
    print(catalogue.text("directory.demands_imported", language, count=len(ids),
                         ids=", ".join(ids)))
    return 0
