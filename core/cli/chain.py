"""``encadena chain ...``: create, change, rename and remove value chains, their phases and members.

Every command is one atomic edit written with its audit-log rows (the same edits the workbench
applies through its undo stack).
"""
from __future__ import annotations

from core.messages import message

COMMAND = "chain"


def register(subparsers) -> None:
    parser = subparsers.add_parser(COMMAND, help="value chains: anchor, details, members, phases",
                                   description="Set up the value chains of a programme.")
    sub = parser.add_subparsers(dest="chain_command", metavar="ACTION", required=True)
    for name, handler in (("add", _add), ("set", _set)):
        p = sub.add_parser(name, help=f"{name} a value chain")
        p.add_argument("path", metavar="PROJECT")
        p.add_argument("name", metavar="NAME")
        p.add_argument("--anchor", metavar="ID", help="the anchor buyer's company id")
        p.add_argument("--sector", metavar="S")
        p.add_argument("--region", metavar="R")
        p.add_argument("--consultant", metavar="NAME", action="append",
                       help="consultant of the chain (repeat for several)")
        p.add_argument("--start", metavar="DATE", help="start date (YYYY-MM-DD)")
        if name == "set":
            p.add_argument("--rename", metavar="NEW")
        p.add_argument("--default-phases", action="store_true",
                       help="plan the six phases from the start date where none are planned")
        p.set_defaults(handler=handler)
    p = sub.add_parser("remove", help="remove a value chain (companies and assessments stay)")
    p.add_argument("path", metavar="PROJECT")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=_remove)
    p = sub.add_parser("phase", help="planned and actual dates of a phase")
    p.add_argument("path", metavar="PROJECT")
    p.add_argument("name", metavar="NAME")
    p.add_argument("phase", metavar="PHASE")
    for flag in ("planned-start", "planned-end", "actual-start", "actual-end"):
        p.add_argument(f"--{flag}", metavar="D")
    p.set_defaults(handler=_phase)
    p = sub.add_parser("members", help="add or remove suppliers")
    p.add_argument("path", metavar="PROJECT")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--add", metavar="ID", nargs="+", default=[], action="extend")
    p.add_argument("--remove", metavar="ID", nargs="+", default=[], action="extend")
    p.set_defaults(handler=_members)


def apply(path: str, build) -> "object":
    """Open the project, build the edit from the file as it is, apply it with its audit rows."""
    from core.edits import apply_edit
    from core.project import Project
    from core.project.timeutil import current_user
    with Project.open(path) as project:
        edit = build(project.conn)
        if not edit.is_empty:
            project._backup_once()
            apply_edit(project.conn, edit, current_user())
    return edit


def _fields(args) -> dict:
    return {"sector": args.sector, "region": args.region, "consultant": args.consultant,
            "start": args.start}


def _add(args) -> int:
    from core.setup import chains
    apply(args.path, lambda conn: chains.add_chain(conn, args.name, args.anchor, **_fields(args)))
    if args.default_phases and args.start:
        apply(args.path, lambda conn: chains.default_phases(conn, args.name))
    print(message("setup.chain_added", args.language, chain=args.name))
    return 0


def _set(args) -> int:
    from core.setup import chains
    edit = apply(args.path, lambda conn: chains.set_chain(conn, args.name, args.anchor,
                                                          args.rename, **_fields(args)))
    name = args.rename or args.name
    if args.default_phases:
        apply(args.path, lambda conn: chains.default_phases(conn, name))
    print(message("setup.chain_changed" if not edit.is_empty else "setup.nothing_changed",
                  args.language, chain=name))
    return 0


def _remove(args) -> int:
    from core.setup import chains
    edit = apply(args.path, lambda conn: chains.remove_chain(conn, args.name))
    members = sum(1 for c in edit.changes if c.table == "chain_members")
    print(message("setup.chain_removed", args.language, chain=args.name, members=members))
    return 0


def _phase(args) -> int:
    from core.setup import chains
    dates = {"planned_start": args.planned_start, "planned_end": args.planned_end,
             "actual_start": args.actual_start, "actual_end": args.actual_end}
    edit = apply(args.path, lambda conn: chains.set_phase(conn, args.name, args.phase, **dates))
    print(message("setup.phase_set" if not edit.is_empty else "setup.nothing_changed",
                  args.language, chain=args.name, phase=args.phase))
    return 0


def _members(args) -> int:
    from core.setup import chains
    apply(args.path, lambda conn: chains.chain_members_edit(conn, args.name, args.add, args.remove))
    print(message("setup.members_changed", args.language, chain=args.name, added=len(args.add),
                  removed=len(args.remove)))
    return 0
