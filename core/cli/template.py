"""``encadena template --toolkit ID|PATH -o FILE.xlsx [--language es]``: a survey template to
fill in Excel; a filled template imports back with no mapping step."""
from __future__ import annotations

import argparse

from core.messages import message

COMMAND = "template"


def register(subparsers) -> None:
    """Add the ``template`` subcommand (called by :mod:`core.cli.main`)."""
    p = subparsers.add_parser(
        COMMAND, help="write a survey template workbook for a toolkit",
        description="Write an Excel survey template for a toolkit: instructions, company fields, "
                    "one column per question with drop-down lists and number limits. A filled "
                    "template imports back with 'encadena score' or 'encadena project import'.")
    p.add_argument("--toolkit", required=True, metavar="ID|PATH",
                   help="a built-in or installed toolkit id, or a toolkit workbook")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="the template to write")
    p.add_argument("--language", dest="cmd_language", choices=("en", "es", "pt"),
                   help="language of the questions and instructions")
    p.add_argument("--rows", type=int, default=200, help="rows prepared for answers (default 200)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size for printing")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from core.reports.template import write_template
    from core.toolkit.registry import get_toolkit
    language = args.language          # resolved by core.cli.main
    toolkit = get_toolkit(args.toolkit)
    path = write_template(toolkit, args.output, language, rows=max(1, args.rows), paper=args.paper,
                          inputs=[args.toolkit])
    print(message("report_written", language, path=path))
    return 0
