"""``encadena followup export PROJECT --chain NAME -o FILE.xlsx [--language es]`` and
``encadena followup import PROJECT FILE.xlsx [--as-of DATE]``."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from core.errors import UserInputError
from core.messages import current_language, message

COMMAND = "followup"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("followup", help="export / import the monthly follow-up workbook of a value chain",
                       description="Write the follow-up workbook a consultant fills in offline, "
                                   "or merge a filled-in one back (all or nothing).")
    actions = p.add_subparsers(dest="followup_action", metavar="ACTION")
    exp = actions.add_parser("export", help="write the follow-up workbook of a value chain")
    exp.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    exp.add_argument("--chain", required=True, metavar="NAME", help="the value chain")
    exp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="the workbook to write")
    exp.add_argument("--language", dest="workbook_language", choices=("en", "es", "pt"),
                     help="language of the workbook (default: the message language)")
    exp.set_defaults(handler=run_export)
    imp = actions.add_parser("import", help="merge a filled-in follow-up workbook into the project")
    imp.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    imp.add_argument("workbook", metavar="FILE.xlsx", help="the filled-in follow-up workbook")
    imp.add_argument("--as-of", metavar="DATE", help="date recorded for progress changes (default: today)")
    imp.add_argument("--json", metavar="PATH", help="write what changed as JSON ('-' = standard output)")
    imp.set_defaults(handler=run_import)
    p.set_defaults(handler=lambda args: (p.print_help(), 2)[1])


def as_date(text: str | None) -> date:
    """A YYYY-MM-DD argument (today when absent); a bad one is a user error."""
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserInputError("plan_bad_date", value=text) from None


def run_export(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401  (registers the messages)
    from core.plans.followup_export import export_followup
    from core.project import Project
    language = args.workbook_language or getattr(args, "language", None) or current_language()
    with Project.open(args.project, backups=False) as project:
        path = export_followup(project.conn, args.chain, args.output, language)
    print(message("followup_exported", path=path))
    return 0


def run_import(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401  (registers the messages)
    from core.plans.followup_import import import_followup
    from core.plans.followup_report import describe
    from core.project import Project
    from core.project.timeutil import current_user
    today = as_date(args.as_of)
    with Project.open(args.project) as project:
        try:
            with project.transaction() as conn:
                outcome = import_followup(conn, args.workbook, today, who=current_user())
        except UserInputError as exc:
            if exc.code != "followup_invalid":
                raise
            print(describe(exc, getattr(args, "language", None)), file=sys.stderr)
            return 2
    if args.json:
        text = json.dumps(outcome.as_dict(), ensure_ascii=False, indent=1)
        if args.json == "-":
            sys.stdout.write(text + "\n")
        else:
            from core.safe_output import write_text_output
            write_text_output(args.json, text + "\n", [args.project, args.workbook])
    else:
        o = outcome
        print(message("followup_imported", o.language if not getattr(args, "language", None)
                      else args.language, plans=len(o.plans_changed),
                      companies=", ".join(o.plans_changed) or "-", added=o.actions_added,
                      actions=o.actions_changed, kpis=o.kpis_changed,
                      measurements_added=o.measurements_added,
                      measurements_changed=o.measurements_changed))
    return 0
