"""``encadena company capability PROJECT ID [...]``: set a supplier's capability profile.

Registered under the ``company`` command (see :func:`add_to`); options given replace that part of
the profile, options left out keep it."""
from __future__ import annotations

import argparse

from core.cli.directory_common import iso_date, language_of, open_project


def add_to(verbs: argparse._SubParsersAction) -> None:
    """Add ``capability`` to the ``company`` command's actions."""
    c = verbs.add_parser("capability", help="set a supplier's capability profile",
                         description="Set what a supplier makes and can do, for the directory "
                                     "and matchmaking. Each option given replaces that part.")
    c.add_argument("project", metavar="PROJECT", help="the .encadena project file")
    c.add_argument("company", metavar="ID", help="the company ID")
    c.add_argument("--product", action="append", metavar="T", help="a product or service (repeat)")
    c.add_argument("--code", action="append", metavar="C", help="a classification code (repeat)")
    c.add_argument("--process", action="append", metavar="T", help="a process (repeat)")
    c.add_argument("--machine", action="append", metavar="NAME[:CAPACITY[:YEAR]]",
                   help="a machine of the inventory (repeat)")
    c.add_argument("--cert", action="append", metavar="NAME[:EXPIRY]",
                   help="a certification held, with its expiry date YYYY-MM-DD (repeat)")
    c.add_argument("--capacity", metavar="T", help="monthly capacity, e.g. '20 t/month'")
    c.add_argument("--region", metavar="R", help="region")
    c.add_argument("--municipality", metavar="M", help="municipality")
    c.add_argument("--exports", choices=("yes", "no"), help="has export experience")
    c.add_argument("--export-markets", metavar="T", help="where it exports")
    c.add_argument("--verified", metavar="DATE", help="date the profile was verified (YYYY-MM-DD)")
    c.set_defaults(handler=run_capability)


def _cert(text: str):
    from core.directory.model import Certification, split_certification
    name, expiry = split_certification(text)
    return Certification(name, iso_date(expiry) if expiry else None)


def _machine(text: str):
    from core.directory.model import Machine
    from core.errors import UserInputError
    parts = [p.strip() for p in text.split(":")]
    year = None
    if len(parts) > 2 and parts[2]:
        if not parts[2].isdigit():
            raise UserInputError("directory.bad_year", value=parts[2])
        year = int(parts[2])
    return Machine(parts[0], parts[1] if len(parts) > 1 and parts[1] else None, year)


def run_capability(args: argparse.Namespace) -> int:
    from core import catalogue
    from core.directory.model import CapabilityProfile
    from core.directory.profiles import load_profile, profile_edit
    from core.edits import apply_edit
    from core.project.timeutil import current_user
    language = language_of(args)
    with open_project(args.project) as project:
        profile = load_profile(project.conn, args.company) or CapabilityProfile(args.company)
        if args.product is not None:
            profile.products = args.product
        if args.code is not None:
            profile.codes = args.code
        if args.process is not None:
            profile.processes = args.process
        if args.machine is not None:
            profile.machines = [_machine(m) for m in args.machine]
        if args.cert is not None:
            profile.certifications = [_cert(c) for c in args.cert]
        for option, attr in (("capacity", "monthly_capacity"), ("region", "region"),
                             ("municipality", "municipality"),
                             ("export_markets", "export_markets")):
            if getattr(args, option) is not None:
                setattr(profile, attr, getattr(args, option))
        if args.exports is not None:
            profile.exports = args.exports == "yes"
        if args.verified is not None:
            profile.verified_on = iso_date(args.verified)
        edit = profile_edit(project.conn, profile)
        changed = not edit.is_empty and any(c.table != "capability_profiles" or
                                            set((c.after or {})) - {"updated_at"}
                                            for c in edit.changes)
        if changed:
            apply_edit(project.conn, edit, current_user())
    code = "directory.profile_saved" if changed else "directory.profile_unchanged"
    print(catalogue.text(code, language, company=args.company))
    return 0
