"""``encadena company``: a company's records (placeholder until the programme-setup commands land;
``capability`` is added by core.cli.company_capability)."""
from __future__ import annotations

import argparse

COMMAND = "company"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("company", help="a company's records and capability profile")
    verbs = p.add_subparsers(dest="company_command", metavar="ACTION", required=True)
    from core.cli.company_capability import add_to
    add_to(verbs)
