"""``encadena server user add|list|remove|chains``: the people of a server programme.

Run with the URL of the database's owner. A new user's password is read from standard input
(``--password-stdin``, never an argument: the process list would show it) or generated and
printed once; it is never written to a file by us.
"""
from __future__ import annotations

import sys

from core.messages import message


def add_to(subparsers) -> None:
    parser = subparsers.add_parser("user", help="add, list and remove the programme's users",
                                   description="The people of a server programme: consultants "
                                   "(their chains only), managers (everything), funders "
                                   "(programme results only).")
    sub = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = sub.add_parser("add", help="create a user (a PostgreSQL login role)")
    p.add_argument("url", metavar="URL", help="the server database, as its owner")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=("consultant", "manager", "funder"),
                   help="consultant: the given chains; manager: everything; funder: results only")
    p.add_argument("--chains", metavar="A,B", default="",
                   help="the value chains a consultant works on (names, comma-separated)")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from standard input (else one is generated and "
                   "shown once)")
    p.set_defaults(handler=_add)
    p = sub.add_parser("list", help="the programme's users, their role and chains")
    p.add_argument("url", metavar="URL", help="the server database, as its owner")
    p.set_defaults(handler=_list)
    p = sub.add_parser("remove", help="remove a user and their login role")
    p.add_argument("url", metavar="URL", help="the server database, as its owner")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=_remove)
    p = sub.add_parser("chains", help="change the chains a consultant works on")
    p.add_argument("url", metavar="URL", help="the server database, as its owner")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--chains", metavar="A,B", required=True,
                   help="the value chains a consultant works on (names, comma-separated)")
    p.set_defaults(handler=_chains)


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.split(",") if n.strip()]


def _add(args) -> int:
    from core.server import credentials, users
    generated = not args.password_stdin
    password = (credentials.generate_password() if generated
                else credentials.read_password(sys.stdin))
    with users.open_server(args.url) as conn:
        users.add_user(conn, args.name, args.role, password, _names(args.chains))
    print(message("server.user_added", args.language, name=args.name,
                  role=message(f"server.kind_{args.role}", args.language),
                  chains=args.chains or "-"))
    print(message("server.connect_as", args.language,
                  url=credentials.with_user(args.url, args.name)))
    if generated:
        print(message("server.password_once", args.language, password=password))
    return 0


def _list(args) -> int:
    from core.server import users
    with users.open_server(args.url) as conn:
        people = users.list_users(conn)
    if not people:
        print(message("server.no_users", args.language))
    for person in people:
        print(f"{person.name}\t{message(f'server.kind_{person.kind}', args.language)}\t"
              f"{', '.join(person.chains) or '-'}\t{person.created_at}")
    return 0


def _remove(args) -> int:
    from core.server import users
    with users.open_server(args.url) as conn:
        users.remove_user(conn, args.name)
    print(message("server.user_removed", args.language, name=args.name))
    return 0


def _chains(args) -> int:
    from core.server import users
    with users.open_server(args.url) as conn:
        users.set_chains(conn, args.name, _names(args.chains))
    print(message("server.chains_set", args.language, name=args.name,
                  chains=args.chains or "-"))
    return 0
