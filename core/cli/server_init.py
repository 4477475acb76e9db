"""``encadena server init URL --from PROGRAMME.encadena``: create a programme server."""
from __future__ import annotations

from pathlib import Path

from core.messages import message


def add_to(sub) -> None:
    p = sub.add_parser("init", help="create the programme server from a project file",
                       description="Create the programme's tables on an empty PostgreSQL "
                                   "database and upload the programme.")
    p.add_argument("url", metavar="URL", help="the database URL (postgresql://owner@host/db)")
    p.add_argument("--from", dest="source", metavar="PROJECT", required=True,
                   help="the programme's project file")
    p.set_defaults(handler=_init)


def _init(args) -> int:
    from core.server.connection import without_password
    from core.server.init import init_server
    uid = init_server(args.url, Path(args.source))
    print(message("sync.server_created", args.language, url=without_password(args.url), uid=uid))
    return 0
