"""``encadena report PROJECT --company ID | --chain NAME | --programme -o FILE.pdf [--language es]``
and ``--batch DIR`` (one supplier report per company of ``--chain``).

Runs headless: Qt is loaded only inside the handler, through ``importlib`` (the core never
imports Qt), on the offscreen platform when no display is wanted.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from datetime import date

from core.errors import UserInputError
from core.messages import message

COMMAND = "report"


def register(subparsers) -> None:
    """Add the ``report`` subcommand (called by :mod:`core.cli.main`)."""
    p = subparsers.add_parser(
        COMMAND, help="write a PDF report: supplier diagnosis, value chain or programme",
        description="Write a PDF report: the supplier diagnostic report for the validation meeting "
                    "(--company), the value chain report (--chain), the programme report for "
                    "funders (--programme), or one supplier report per company of a chain "
                    "(--chain NAME --batch DIR).")
    p.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--company", metavar="ID", help="supplier diagnostic report of this company")
    scope.add_argument("--programme", action="store_true", help="programme report for funders")
    p.add_argument("--chain", metavar="NAME", help="value chain report (or the chain of --batch)")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--batch", metavar="DIR", help="with --chain: one supplier report per company into DIR")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default A4)")
    p.add_argument("--language", dest="cmd_language", choices=("en", "es", "pt"),
                   help="language of the report")
    p.add_argument("--as-of", metavar="DATE", help="date of the report (YYYY-MM-DD, default today)")
    p.set_defaults(handler=run)


def as_of_date(text: str | None) -> date:
    """``YYYY-MM-DD`` -> date (today when None); a bad date is the user's to fix."""
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserInputError("report_bad_date", value=text) from None


def progress_printer():
    """A progress callback printing to standard error when it is a terminal, else None."""
    if not sys.stderr.isatty():
        return None

    def show(fraction: float, text: str) -> None:
        sys.stderr.write(f"\r{int(fraction * 100):3d}% {text[:60]:60s}")
        if fraction >= 1.0:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return show


def load_renderer():
    """``gui.reports.pdf`` with a Qt GUI application ready (offscreen when headless)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        pdf = importlib.import_module("gui.reports.pdf")
    except ImportError as exc:
        raise UserInputError("report_qt_missing", detail=str(exc)) from exc
    pdf.ensure_application()
    return pdf


def run(args: argparse.Namespace) -> int:
    from core.project import Project
    from core.reports import chain_data, report_data
    language = args.language          # resolved by core.cli.main
    today = as_of_date(args.as_of)
    if args.batch and not args.chain:
        raise UserInputError("report_target_required")
    if not (args.company or args.chain or args.programme) or (not args.output and not args.batch):
        raise UserInputError("report_target_required")
    pdf = load_renderer()
    with Project.open(args.project, backups=False) as project:
        if args.batch:
            paths = pdf.write_chain_batch(project, args.chain, args.batch, language, today,
                                          paper=args.paper, progress=progress_printer())
            print(message("report_batch_written", language, count=len(paths), path=args.batch))
            return 0
        if args.company:
            data = report_data.supplier_report(project, args.company, language, today)
        elif args.programme:
            data = chain_data.programme_report(project, language, today)
        else:
            data = chain_data.chain_report(project, args.chain, language, today)
        path = pdf.write_pdf(data, args.output, paper=args.paper)
    print(message("report_written", language, path=path))
    return 0
