"""``encadena sync PROJECT``: push a replica's changes and pull the others' (``--status``: where
it stands; ``--resolve ID --keep mine|theirs``: decide a conflict)."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from core.errors import UserInputError
from core.messages import message

COMMAND = "sync"


def register(subparsers) -> None:
    p = subparsers.add_parser(COMMAND, help="sync a replica with its programme server",
                              description="Push this replica's changes to the programme server "
                                          "and pull the others' since the last sync.")
    p.add_argument("path", metavar="PROJECT")
    p.add_argument("--status", action="store_true",
                   help="show the last sync, changes waiting and conflicts (offline)")
    p.add_argument("--resolve", metavar="ID", type=int, help="decide the conflict with this id")
    p.add_argument("--keep", choices=("mine", "theirs"), help="with --resolve: which version stays")
    p.add_argument("--url", metavar="URL",
                   help="the server URL with a password (else libpq's password file is used)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=_sync)


def _sync(args) -> int:
    from core.sync import api
    path = Path(args.path)
    if args.resolve is not None:
        if args.keep is None:
            raise UserInputError("sync.keep_required")
        api.resolve(path, args.resolve, args.keep)
        keep = message(f"sync.keep_{args.keep}", args.language)
        print(message("sync.resolved", args.language, id=args.resolve, keep=keep))
        return 0
    if args.status:
        return _status(path, args.json, args.language)
    done = api.sync(path, url=args.url)
    if args.json:
        print(json.dumps(asdict(done), ensure_ascii=False))
    else:
        print(message("sync.synced", args.language, pushed=done.pushed, pulled=done.pulled,
                      conflicts=done.conflicts))
        if done.conflicts:
            print(message("sync.conflicts_hint", args.language, path=str(path)))
        if done.refused:
            print(message("sync.refused", args.language, count=done.refused))
    return 0


def _status(path: Path, as_json: bool, language: str) -> int:
    from core.sync import api
    state = api.status(path)
    found = api.conflicts(path)
    if as_json:
        print(json.dumps({"status": asdict(state), "conflicts": [asdict(c) for c in found]},
                         ensure_ascii=False, default=str))
        return 0
    never = message("sync.never", language)
    kind = message(f"sync.kind_{state.kind}", language)
    print(message("sync.status", language, server=state.server, user=state.user, kind=kind,
                  last=state.last_sync_at or never, waiting=state.waiting,
                  conflicts=state.conflicts))
    for conflict in found:
        print(message("sync.conflict_line", language, id=conflict.id, record=conflict.record))
        for diff in conflict.differences:
            print(message("sync.difference_line", language, field=diff.field,
                          base=_shown(diff.base), mine=_shown(diff.mine), theirs=_shown(diff.theirs)))
        if conflict.mine_deleted or conflict.theirs_deleted:
            code = "sync.deleted_mine" if conflict.mine_deleted else "sync.deleted_theirs"
            print(message(code, language))
    return 0


def _shown(value) -> str:
    return "—" if value is None else str(value)
