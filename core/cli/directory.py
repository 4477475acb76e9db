"""``encadena directory``: search the supplier directory, export it, set its match weights and
load the programme's own classification of products and services."""
from __future__ import annotations

import argparse

from core.cli.directory_common import language_of, open_project, write_json

COMMAND = "directory"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("directory", help="the supplier directory: search, export, settings",
                       description="Search the capability profiles of the programme's suppliers "
                                   "(accents and case ignored), export them, set match weights.")
    verbs = p.add_subparsers(dest="directory_command", metavar="ACTION", required=True)
    s = verbs.add_parser("search", help="search the directory",
                         description="List the suppliers whose profile matches every word of "
                                     "TEXT and every filter.")
    s.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    s.add_argument("text", metavar="TEXT", nargs="*", default=[],
                   help="words to find in names, products, processes, machinery")
    s.add_argument("--code", action="append", default=[], metavar="C",
                   help="classification code (repeat: any of them)")
    s.add_argument("--cert", action="append", default=[], metavar="NAME",
                   help="certification held and valid today (repeat: all of them)")
    s.add_argument("--band", metavar="B", help="at least this band (e.g. linkage_ready)")
    s.add_argument("--max-risk", metavar="L", help="at most this risk level")
    s.add_argument("--region", metavar="R", help="this region")
    s.add_argument("--stale", dest="freshness", action="store_const", const="stale",
                   help="only stale profiles")
    s.add_argument("--fresh", dest="freshness", action="store_const", const="fresh",
                   help="only fresh profiles")
    s.add_argument("--json", metavar="PATH", help="write the result as JSON ('-' = standard output)")
    s.set_defaults(handler=run_search)
    e = verbs.add_parser("export", help="the directory as a workbook",
                         description="Write the (filtered) directory as an Excel workbook.")
    e.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    e.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="the workbook to write")
    e.set_defaults(handler=run_export)
    w = verbs.add_parser("settings", help="match weights and profile staleness",
                         description="Show or change the weights of the match score and after how "
                                     "many months a profile is stale.")
    w.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    w.add_argument("--weight", action="append", default=[], metavar="NAME=VALUE",
                   help="preferred_certs, processes, index, risk, region or fresh")
    w.add_argument("--stale-months", type=int, metavar="N", help="months before a profile is stale")
    w.add_argument("--near-missing", type=int, metavar="N",
                   help="how many requirements a 'nearly qualifies' supplier may miss")
    w.set_defaults(handler=run_settings)
    i = verbs.add_parser("import", help="capability profiles from a workbook",
                         description="Import capability profiles, one row per supplier (company "
                                     "id, products, codes, processes, machinery, certifications, "
                                     "capacity, region, municipality, exports, verified). Lists "
                                     "in a cell are separated by ';'. All or nothing.")
    i.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    i.add_argument("file", metavar="PROFILES", help="the workbook or CSV")
    i.set_defaults(handler=run_import)
    c = verbs.add_parser("classification", help="load the programme's own list of codes",
                         description="Load a workbook or CSV with columns code and label (label_es, "
                                     "label_pt optional) as the programme's classification.")
    c.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    c.add_argument("file", metavar="LIST", help="the list (xlsx or csv)")
    c.set_defaults(handler=run_classification)


def _query(args):
    from core.directory.search import DirectoryQuery
    return DirectoryQuery(" ".join(args.text), args.code, args.cert, args.band, args.max_risk,
                          args.region, args.freshness)


def _check_filters(project, args) -> None:
    from core.directory.matching import risk_rank_limit
    from core.directory.suppliers import band_orders
    from core.errors import UserInputError
    if args.band:
        names = {b for order in band_orders(project.conn).values() for b in order} \
            or {"not_ready", "developing", "linkage_ready"}
        if args.band not in names:
            raise UserInputError("directory.unknown_band", band=args.band,
                                 known=", ".join(sorted(names)))
    if args.max_risk:
        risk_rank_limit(project.conn, args.max_risk)


def run_search(args: argparse.Namespace) -> int:
    from core import catalogue
    from core.directory.service import directory_rows
    language = language_of(args)
    with open_project(args.project) as project:
        _check_filters(project, args)
        rows = directory_rows(project.conn, _query(args), language)
    if args.json:
        write_json({"count": len(rows), "suppliers": rows}, args.json)
        return 0
    print(catalogue.text("directory.found", language, count=len(rows)))
    for r in rows:
        stale = " " + catalogue.text("directory.stale_mark", language) if r["stale"] else ""
        index = "—" if r["index"] is None else _num(r["index"], language)
        print(f"  {r['company_id']}  {r['name'] or ''}  ·  {index} {r['band_label']}  ·  "
              f"{r['risk_label'] or '-'}  ·  {r['region'] or '-'}{stale}")
        if r["products"]:
            print(f"      {'; '.join(r['products'])}")
    return 0


def _num(value, language):
    from core.numbers import format_number
    return format_number(value, language, 1)


def run_export(args: argparse.Namespace) -> int:
    from core import catalogue
    from core.directory.outputs import write_directory_workbook
    from core.directory.search import DirectoryQuery
    from core.directory.service import directory_rows
    language = language_of(args)
    with open_project(args.project) as project:
        rows = directory_rows(project.conn, DirectoryQuery(), language)
        write_directory_workbook(args.output, rows, language, inputs=[args.project])
    print(catalogue.text("directory.written", language, path=args.output, count=len(rows)))
    return 0


def run_settings(args: argparse.Namespace) -> int:
    from core import catalogue
    from core.directory.settings import load_settings, save_settings
    from core.errors import UserInputError
    from core.project.db import transaction
    language = language_of(args)
    with open_project(args.project) as project:
        settings = load_settings(project.conn)
        for item in args.weight:
            name, _, value = item.partition("=")
            if name.strip() not in settings.weights:
                raise UserInputError("directory.unknown_weight", name=name)
            try:
                settings.weights[name.strip()] = float(value.replace(",", "."))
            except ValueError:
                raise UserInputError("directory.bad_settings") from None
        if args.stale_months is not None:
            settings.stale_months = args.stale_months
        if args.near_missing is not None:
            settings.near_missing = args.near_missing
        if args.weight or args.stale_months is not None or args.near_missing is not None:
            with transaction(project.conn):
                save_settings(project.conn, settings)
    print(catalogue.text("directory.settings_line", language,
                         weights=", ".join(f"{k}={v:g}" for k, v in settings.weights.items()),
                         months=settings.stale_months, near=settings.near_missing))
    return 0


def run_classification(args: argparse.Namespace) -> int:
    from core import catalogue
    from core.directory.classification import load_classification_file, store_classification
    language = language_of(args)
    codes = load_classification_file(args.file)
    with open_project(args.project) as project:
        store_classification(project.conn, codes)
    print(catalogue.text("directory.classification_loaded", language, count=len(codes)))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from core import catalogue
    from core.directory.bulk import bulk_profiles_edit, read_profiles
    from core.edits import apply_edit
    from core.project.timeutil import current_user
    language = language_of(args)
    profiles = read_profiles(args.file)
    with open_project(args.project) as project:
        apply_edit(project.conn, bulk_profiles_edit(project.conn, profiles), current_user())
    print(catalogue.text("directory.profiles_imported", language, count=len(profiles)))
    return 0
