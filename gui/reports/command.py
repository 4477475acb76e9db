"""``encadena report PROJECT --company ID | --chain NAME | --programme -o FILE.pdf [--language es]``
and ``--batch DIR [--jobs N]`` (one supplier report per company of ``--chain``, drawn by N worker
processes, default one per core up to 4).

The PDF command lives with the PDF code; :mod:`encadena.launcher` adds it to the command line.
Importing this module loads no Qt: the handler loads :mod:`gui.reports.pdf` when it runs (on the
offscreen platform when there is no display), so the other commands stay free of Qt.
"""
from __future__ import annotations

import argparse
import os
import sys

from core.cli.common import as_of_date, progress_printer
from core.errors import UserInputError
from core.messages import message

COMMAND = "report"


def register(subparsers) -> None:
    """Add the ``report`` subcommand (called by :func:`core.cli.main.build_parser`)."""
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
    p.add_argument("--jobs", type=int, metavar="N",
                   help="with --batch: worker processes drawing the reports (default: one per core, "
                        "at most 4; 1 draws them in this process)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default A4)")
    p.add_argument("--language", dest="cmd_language", choices=("en", "es", "pt"),
                   help="language of the report")
    p.add_argument("--as-of", metavar="DATE", help="date of the report (YYYY-MM-DD, default today)")
    p.set_defaults(handler=run)


def load_renderer():
    """:mod:`gui.reports.pdf` with a Qt GUI application ready (offscreen when headless)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from gui.reports import pdf
    except ImportError as exc:
        raise UserInputError("report_qt_missing", detail=str(exc)) from exc
    pdf.ensure_application()
    return pdf


def chosen_kind(args: argparse.Namespace):
    """The report kind asked for and its target, or None. A kind's option is its target's name
    (``--company ID``, ``--chain NAME``) or, for a report on the whole programme, its key
    (``--programme``); ``--chain`` also names the chain of ``--batch``, so it counts last."""
    from core.reports.kinds import REPORT_KINDS
    for kind in sorted(REPORT_KINDS, key=lambda k: k.target == "chain"):
        value = getattr(args, kind.target or kind.key, None)
        if value:
            return kind, (value if kind.target else None)
    return None


def run(args: argparse.Namespace) -> int:
    from core.project import Project
    language = args.language          # resolved by core.cli.main (this command's --language first)
    chosen = chosen_kind(args)          # loads core.reports (and its messages) first
    today = as_of_date(args.as_of)
    if args.batch and not args.chain:
        raise UserInputError("report_target_required")
    if chosen is None or (not args.output and not args.batch):
        raise UserInputError("report_target_required")
    pdf = load_renderer()
    with Project.open(args.project, backups=False) as project:
        if args.batch:
            paths = pdf.write_chain_batch(project, args.chain, args.batch, language, today,
                                          paper=args.paper, progress=progress_printer(), jobs=args.jobs)
            print(message("report_batch_written", language, count=len(paths), path=args.batch))
            return 0
        kind, target = chosen
        path = pdf.write_pdf(kind.build(project, target, language, today), args.output, paper=args.paper,
                              inputs=[args.project])
    print(message("report_written", language, path=path))
    return 0
