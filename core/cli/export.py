"""``encadena export PROJECT -o FILE.xlsx [--chain NAME] [--language es] [--csv DIR]``:
the results workbook (or plain CSV files) of a programme or of one value chain."""
from __future__ import annotations

import argparse
import os

from core.messages import current_language, message

COMMAND = "export"


def register(subparsers) -> None:
    """Add the ``export`` subcommand (called by :mod:`core.cli.main`)."""
    p = subparsers.add_parser(
        COMMAND, help="write the results workbook (or CSV files) of a project",
        description="Write the results workbook of a project: companies with index, band and area "
                    "scores, item scores, opportunities, risk register, plans, KPIs and results, "
                    "with charts. --csv writes the same tables as plain CSV files.")
    p.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    p.add_argument("-o", "--output", metavar="FILE.xlsx", help="the workbook to write")
    p.add_argument("--csv", metavar="DIR", help="write CSV files into this folder")
    p.add_argument("--chain", metavar="NAME", help="only this value chain")
    p.add_argument("--language", dest="cmd_language", choices=("en", "es", "pt"),
                   help="language of sheet names, headers and labels")
    p.add_argument("--as-of", metavar="DATE", help="date for plan and KPI status (YYYY-MM-DD, default today)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from core.cli.common import as_of_date, progress_printer
    from core.errors import UserInputError
    from core.project import Project
    if args.cmd_language:
        os.environ["ENCADENA_LANG"] = args.cmd_language   # main restores it after the command
    language = args.cmd_language or current_language()
    if not args.output and not args.csv:
        raise UserInputError("export_target_required")
    today = as_of_date(args.as_of)
    with Project.open(args.project, backups=False) as project:
        if args.output:
            from core.reports.results_workbook import write_results_workbook
            path = write_results_workbook(project, args.output, language, args.chain, today,
                                          progress_printer())
            print(message("report_written", language, path=path))
        if args.csv:
            from core.reports.csv_export import write_csv
            write_csv(project, args.csv, language, args.chain, today, progress_printer())
            print(message("report_written", language, path=args.csv))
    return 0
