"""``encadena kpi add`` (from the catalogue or custom) and ``encadena kpi measure``; one edit
each, with its audit-log rows, or nothing (exit 2 naming the bad value)."""
from __future__ import annotations

import argparse
from datetime import date

from core.errors import UserInputError
from core.messages import current_language, message

COMMAND = "kpi"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kpi", help="add KPIs to a plan and record measurements",
                       description="KPIs of a company's improvement plan: add one from the "
                                   "15-entry catalogue or a custom one; record measurements.")
    verbs = p.add_subparsers(dest="kpi_action", metavar="add|measure")
    add = verbs.add_parser("add", help="add a KPI (catalogue or custom)")
    add.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    add.add_argument("--company", metavar="ID", required=True)
    add.add_argument("--catalogue", metavar="KEY", help="a catalogue KPI (productivity, sales, ...)")
    add.add_argument("--name", metavar="N", help="name of a custom KPI")
    add.add_argument("--unit", metavar="U", help="unit of a custom KPI")
    add.add_argument("--better", metavar="up|down", help="better when the value goes up or down")
    add.add_argument("--baseline", metavar="V", required=True)
    add.add_argument("--baseline-date", metavar="D", help="default: today")
    add.add_argument("--target", metavar="V", required=True)
    add.add_argument("--target-date", metavar="D")
    add.add_argument("--aggregate", metavar="sum|mean|median",
                     help="roll-up over suppliers (default: sum for counts, else median)")
    add.add_argument("--action", metavar="ACTION_ID", action="append", default=[],
                     help="an action this KPI measures (repeatable)")
    add.set_defaults(handler=run_add)
    m = verbs.add_parser("measure", help="record a KPI value on a date")
    m.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    m.add_argument("--company", metavar="ID", required=True)
    m.add_argument("kpi_id", metavar="KPI_ID")
    m.add_argument("--date", metavar="D", required=True)
    m.add_argument("--value", metavar="V", required=True)
    m.add_argument("--note", metavar="T", default="")
    m.add_argument("--source", metavar="T", default="")
    m.set_defaults(handler=run_measure)
    p.set_defaults(handler=lambda args: (p.print_help(), 2)[1])


def run_add(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401
    from core.cli.plan import apply, day, number
    from core.plans.edits import add_kpi
    from core.project import Project
    custom = args.name is not None or args.unit is not None
    if not args.catalogue and not (args.name and args.better):
        raise UserInputError("plans.need_kpi_kind")
    if args.catalogue and custom and not args.name:
        raise UserInputError("plans.need_kpi_kind")
    today = date.today()
    with Project.open(args.project) as project:
        edit = add_kpi(project.conn, args.company, today, catalogue=args.catalogue, name=args.name,
                       unit=args.unit, better=args.better,
                       baseline=number(args.baseline, "--baseline"),
                       baseline_date=day(args.baseline_date, today),
                       target=number(args.target, "--target"), target_date=day(args.target_date),
                       actions=args.action, aggregate=args.aggregate, language=current_language())
        apply(project, edit)
    print(message("plans.kpi_added", kpi=edit.params["kpi"], company=args.company))
    return 0


def run_measure(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401
    from core.cli.plan import apply, day, number
    from core.numbers import format_number
    from core.plans.edits import measure
    from core.project import Project
    on = day(args.date)
    value = number(args.value, "--value")
    with Project.open(args.project) as project:
        apply(project, measure(project.conn, args.company, args.kpi_id, on, value, args.note,
                               args.source))
    print(message("plans.measured", kpi=args.kpi_id, company=args.company, date=on.isoformat(),
                  value=format_number(value, current_language(), 2)))
    return 0
