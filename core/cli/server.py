"""``encadena server ...``: the PostgreSQL programme server (create it, its users, checkouts).

Each action lives in its own module ``core/cli/server_<part>.py`` with ``add_to(subparsers)``,
found here by discovery, so the parts are written and reviewed apart.
"""
from __future__ import annotations

import importlib
import pkgutil

COMMAND = "server"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        COMMAND, help="the programme server (PostgreSQL): init, users, checkout",
        description="Share a programme with a team on a PostgreSQL server.")
    sub = parser.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    import core.cli as cli_pkg
    for info in sorted(pkgutil.iter_modules(cli_pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("server_"):
            importlib.import_module(f"core.cli.{info.name}").add_to(sub)
