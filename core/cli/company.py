"""``encadena company set | show | import``: company records from the command line.

``set`` is one atomic edit with its audit rows; ``show`` prints the record with its size class
and the rule that gave it; ``import`` reads a company list through the same column roles as the
survey import.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from core.messages import message
from core.safe_output import write_text_output

COMMAND = "company"
SET_OPTIONS = (("name", "name"), ("legal-name", "legal_name"), ("trade-name", "trade_name"),
               ("tax-id", "tax_id"), ("sector", "sector"), ("region", "region"),
               ("municipality", "municipality"), ("contact", "contact"),
               ("employees", "employees"), ("sales", "sales"), ("founded", "founded"),
               ("women-led", "women_led"), ("jobs-women", "jobs_women"), ("jobs-men", "jobs_men"),
               ("largest-client-share", "largest_client_share"), ("consultant", "consultant"))


def register(subparsers) -> None:
    parser = subparsers.add_parser(COMMAND, help="company records: set, show, import a list",
                                   description="Enter and read company records.")
    sub = parser.add_subparsers(dest="company_command", metavar="ACTION", required=True)
    p = sub.add_parser("set", help="set fields of a company record (creates it with --create)")
    p.add_argument("path", metavar="PROJECT")
    p.add_argument("company", metavar="ID")
    for flag, dest in SET_OPTIONS:
        p.add_argument(f"--{flag}", dest=f"field_{dest}", metavar="VALUE")
    p.add_argument("--supplied-items", metavar="'ITEM: 1-5; ...'",
                   help="what the company supplies, each with its criticality for the buyer")
    p.add_argument("--create", action="store_true", help="create the company when it is new")
    p.set_defaults(handler=_set)
    p = sub.add_parser("show", help="a company's record, size class with its rule, chain, index")
    p.add_argument("path", metavar="PROJECT")
    p.add_argument("company", metavar="ID")
    p.add_argument("--json", metavar="PATH|-")
    p.set_defaults(handler=_show)
    p = sub.add_parser("import", help="import a company list (xlsx, csv)")
    p.add_argument("path", metavar="PROJECT")
    p.add_argument("list", metavar="LIST")
    p.add_argument("--sheet", metavar="NAME")
    p.add_argument("--column", metavar="FIELD=HEADER", action="append", default=[])
    p.set_defaults(handler=_import)
    from core.cli.company_capability import add_to
    add_to(sub)                         # company capability (the supplier directory)


def _set(args) -> int:
    from core.cli.chain import apply
    from core.edits import read_row
    from core.setup import companies
    values = {dest: getattr(args, f"field_{dest}") for _, dest in SET_OPTIONS}

    def build(conn):
        if args.create and read_row(conn, "companies", {"id": args.company}) is None:
            return companies.add_company(conn, args.company, **values)
        return companies.set_company(conn, args.company, values)
    edit = apply(args.path, build)
    if args.supplied_items is not None:
        items = companies.parse_supplied_items(args.supplied_items)
        more = apply(args.path, lambda conn: companies.set_supplied_items(conn, args.company, items))
        edit = more if edit.is_empty else edit
    print(message("setup.company_changed" if not edit.is_empty else "setup.nothing_changed",
                  args.language, company=args.company, chain=args.company))
    return 0


def _show(args) -> int:
    from core.project import Project
    from core.setup.companies import company_record
    with Project.open(args.path, backups=False) as project:
        record = company_record(project.conn, args.company)
    if args.json:
        text = json.dumps(record, ensure_ascii=False, indent=2, default=str)
        if args.json == "-":
            sys.stdout.write(text + "\n")
        else:
            write_text_output(args.json, text + "\n", [args.path])  # safe writer (issue 13)
        return 0
    from core.setup.show import record_text
    sys.stdout.write(record_text(record, args.language) + "\n")
    return 0


def _import(args) -> int:
    from core.cli.chain import apply
    from core.setup.company_list import import_list_edit, parse_column_options, read_company_list
    roles = parse_column_options(args.column)
    table = read_company_list(Path(args.list), roles, args.sheet)
    edit = apply(args.path, lambda conn: import_list_edit(conn, table))
    added = sum(1 for c in edit.changes if c.kind == "insert")
    updated = sum(1 for c in edit.changes if c.kind == "update")
    print(message("setup.companies_imported", args.language, added=added, updated=updated,
                  errors=len(table.errors)))
    for problem in table.errors[:20]:
        print("  " + problem)
    return 0
