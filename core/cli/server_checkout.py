"""``encadena server checkout URL -o mine.encadena [--chains "A,B"]``: an offline replica."""
from __future__ import annotations

from pathlib import Path

from core.messages import message


def add_to(sub) -> None:
    p = sub.add_parser("checkout", help="write an offline replica of the server programme",
                       description="Write a project file holding what you may see of the "
                                   "server programme; sync it with `encadena sync`.")
    p.add_argument("url", metavar="URL", help="the server URL (postgresql://you@host/db)")
    p.add_argument("-o", "--output", metavar="FILE", required=True,
                   help="the new project file (never over an existing file)")
    p.add_argument("--chains", metavar="NAMES", help="only these value chains (comma-separated)")
    p.set_defaults(handler=_checkout)


def _checkout(args) -> int:
    from core.sync.api import checkout
    chains = [c.strip() for c in args.chains.split(",") if c.strip()] if args.chains else None
    done = checkout(args.url, Path(args.output), chains)
    print(message("sync.checked_out", args.language, path=args.output, server=done.server,
                  user=done.user,
                  kind=message(f"sync.kind_{done.kind}", args.language)))
    return 0
