"""The sync engine behind core.sync.api: checkout, sync (push then pull), status, conflicts."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from core.errors import Cancelled, UserInputError
from core.project.db import transaction
from core.server.connection import connect_server, programme_uid, without_password
from core.sync import conflicts as conflict_store
from core.sync import pull as pulling
from core.sync import push as pushing
from core.sync import records as rec
from core.sync import replica
from core.sync.api import SyncConflict, SyncResult, SyncStatus


def _now() -> str:
    from core.project.timeutil import now
    return now()


def _step(progress, cancel, fraction: float, message: str) -> None:
    if cancel is not None and cancel():
        raise Cancelled()
    if progress is not None:
        progress(fraction, message)


def _open(path: Path):
    from core.store import connect_store
    return connect_store(path)


def is_replica(path: Path) -> bool:
    """Whether the project file at ``path`` is a checkout of a server programme."""
    import sqlite3

    from core.project.db import read_only_uri
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return False
    try:
        return replica.read_state(conn) is not None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _replica(path: Path):
    """The replica's connection and state, or ``sync.not_a_replica``."""
    if not Path(path).is_file() or not is_replica(Path(path)):
        raise UserInputError("sync.not_a_replica", path=str(path))
    conn = _open(Path(path))
    return conn, replica.read_state(conn)


def status(path: Path, waiting: int | None = None) -> SyncStatus:
    """The replica's standing from its own file (the server is not contacted); ``waiting``: the
    number of changes waiting when the caller knows it (right after a sync), else counted."""
    conn, state = _replica(path)
    try:
        if waiting is None:
            waiting = replica.count_waiting(conn)
        waiting_conflicts = conn.execute("SELECT COUNT(*) FROM sync_conflicts").fetchone()[0]
        return SyncStatus(state.server, state.role, state.kind, _names(conn, state.chains),
                          state.last_sync_at,
                          waiting, waiting_conflicts)
    finally:
        conn.close()


def _names(conn, uids: tuple[str, ...]) -> tuple[str, ...]:
    """The current names of the chains a replica is limited to (they may have been renamed)."""
    if not uids:
        return ()
    names = dict(conn.execute("SELECT uid, name FROM value_chains").fetchall())
    return tuple(sorted(names.get(u, u) for u in uids))


def conflicts(path: Path) -> list[SyncConflict]:
    conn, _ = _replica(path)
    try:
        return conflict_store.list_conflicts(conn)
    finally:
        conn.close()


def resolve(path: Path, conflict_id: int, keep: str, who: str | None = None) -> None:
    from core.project.timeutil import current_user
    conn, _ = _replica(path)
    try:
        conflict_store.resolve(conn, conflict_id, keep, who or current_user())
    finally:
        conn.close()


def _server_for(state: replica.State, url: str | None = None):
    """A connection to the replica's server (``url`` may carry a password for scripting; else
    libpq's password file or service file supplies it)."""
    server = connect_server(url or state.server)
    if programme_uid(server, state.server) != state.programme_uid:
        server.close()
        raise UserInputError("sync.other_programme", url=state.server)
    return server


def sync(path: Path, progress=None, cancel=None, url: str | None = None) -> SyncResult:
    """Push the replica's changes, then pull the others' since the last sync (``url``: the
    server's URL with a password, when it is not in libpq's password file)."""
    from core.store.pg import psycopg
    conn, state = _replica(path)
    try:
        _step(progress, cancel, 0.0, "sync.connecting")
        server = _server_for(state, url)
        try:
            tables = rec.registry(conn)
            _step(progress, cancel, 0.2, "sync.pushing")
            pushed, refused = pushing.push(conn, server, tables)
            _step(progress, cancel, 0.6, "sync.pulling")
            at = _now()
            pulled, found, deleted = pulling.pull(conn, server, tables, at)
            if deleted:       # records gone with a deleted parent: tell the server's log too
                more, _ = pushing.push(conn, server, tables)
                pushed += more
            _step(progress, None, 1.0, "sync.done")       # done: too late to cancel
            return SyncResult(pushed, pulled, found, at, len(refused))
        except psycopg.errors.InsufficientPrivilege:
            raise UserInputError("sync.not_allowed", url=state.server) from None
        except psycopg.OperationalError:     # the line dropped: the push waits to be resent
            raise UserInputError("sync.connection_lost", url=state.server) from None
        finally:
            server.close()
    finally:
        conn.close()


def whoami(server) -> tuple[str, str, tuple[str, ...]]:
    """The user's role name, kind and chain uids on the server (the database owner and roles
    not registered as programme users count as managers)."""
    from core.store.pg import psycopg
    role = server.raw.execute("SELECT current_user").fetchone()[0]
    try:
        row = server.raw.execute("SELECT kind, chains FROM server_users WHERE role_name = %s",
                                 (role,)).fetchone()
    except psycopg.Error:
        row = None
    if row is None:
        return role, "manager", ()
    return role, row[0], tuple(row[1] or ())


def checkout(url: str, out: Path, chains: list[str] | None = None, progress=None,
             cancel=None) -> SyncStatus:
    """Write ``out``: a new project file holding what the user of ``url`` may see (of the
    chains named, when given), ready to sync. Written whole or not at all; never over a file."""
    from core.safe_output import atomic_output, check_output
    check_output(out)
    _step(progress, cancel, 0.0, "sync.connecting")
    server = connect_server(url)
    folder = Path(tempfile.mkdtemp(prefix="encadena-checkout-"))
    from core.store.pg import psycopg
    try:
        uid = programme_uid(server, url)
        role, kind, chain_uids = whoami(server)
        if kind == "funder":            # funders read programme results, not supplier records
            raise UserInputError("sync.funder_no_checkout", url=without_password(url))
        work = folder / "replica.encadena"
        from core.store import connect_store
        local = connect_store(work)
        try:
            scope, last = _fill(local, server, chains, chain_uids, progress, cancel)
            replica.write_state(local, replica.State(
                without_password(url), role, kind, tuple(scope), uid, last, _now(), None, None))
            local.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            local.close()
        with atomic_output(out) as temp, open(work, "rb") as src, open(temp, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
    except psycopg.errors.InsufficientPrivilege:
        raise UserInputError("sync.not_allowed", url=without_password(url)) from None
    except psycopg.OperationalError:
        raise UserInputError("sync.connection_lost", url=without_password(url)) from None
    finally:
        server.close()
        shutil.rmtree(folder, ignore_errors=True)
    _step(progress, None, 1.0, "sync.done")
    return status(Path(out), waiting=0)        # a fresh copy: every record is its own base


def _fill(local, server, chains: list[str] | None, chain_uids: tuple[str, ...], progress,
          cancel) -> tuple[list[str], int]:
    """Copy the server's records into the empty replica ``local`` with their bases; returns the
    uids of the chains it is limited to (empty: all) and the log position they are as of."""
    tables = rec.registry(local)
    with server.raw.transaction():
        server.raw.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        last = server.raw.execute("SELECT COALESCE(MAX(seq), 0) FROM sync_log").fetchone()[0]
        found = {}
        for i, table in enumerate(tables):
            _step(progress, cancel, 0.1 + 0.6 * i / len(tables), "sync.reading")
            found[table.name] = rec.read_records(server, table)
    scope = _scope_uids(found, chains, chain_uids)
    keep = _scope(found, scope, tables)
    with transaction(local):
        bases = []
        for table in tables:
            rows = _insert(local, table, [r for r in found[table.name].values() if keep(table, r)])
            bases += [(table.name, rec.record_key(table, r), rec.record_hash(r)) for r in rows]
        replica.set_bases(local, bases)
        from core.project.latest import refresh_latest
        refresh_latest(local)
    return scope, last


def _insert(local, table: rec.Table, rows: list[dict]) -> list[dict]:
    """Write ``rows``; those whose parent record stays out of a partial replica (a demand's
    terms when its buyer is in another chain) are left out. Returns the rows written."""
    import sqlite3
    local.execute("SAVEPOINT fill")
    try:
        rec.upsert_records(local, table, rows)
        local.execute("RELEASE fill")
        return rows
    except sqlite3.IntegrityError:
        local.execute("ROLLBACK TO fill")
        local.execute("RELEASE fill")
    kept = []
    for row in rows:
        local.execute("SAVEPOINT fill_one")
        try:
            rec.upsert_records(local, table, [row])
            kept.append(row)
        except sqlite3.IntegrityError:
            local.execute("ROLLBACK TO fill_one")
        local.execute("RELEASE fill_one")
    return kept


def _scope_uids(found: dict, chains: list[str] | None, chain_uids: tuple[str, ...]) -> list[str]:
    """The uids of the chains named (a consultant's own when none is named; empty: all)."""
    known = {r["name"]: r["uid"] for r in found.get("value_chains", {}).values()}
    if chains:
        missing = [c for c in chains if c not in known]
        if missing:
            raise UserInputError("sync.unknown_chains", chains=", ".join(missing))
        return sorted(known[c] for c in chains)
    return sorted(u for u in known.values() if u in chain_uids)


def _sound_toolkit(record: dict) -> bool:
    """A toolkit arrives only if its workbook's bytes hash to its sha256."""
    import hashlib
    return hashlib.sha256(record.get("workbook") or b"").hexdigest() == record.get("sha256")


def _scope(found: dict, uids: list[str], tables):
    """Which records a replica of the chains ``uids`` keeps (every record when none)."""
    if not uids:
        return lambda table, record: table.name != "toolkits" or _sound_toolkit(record)
    chains = set(uids)
    companies = {r["company_id"] for r in found["chain_members"].values()
                 if r["chain_id"] in chains}
    owners = {r["uid"]: r["company_id"] for r in found["assessments"].values()}

    def keep(table, record) -> bool:
        if table.name == "toolkits" and not _sound_toolkit(record):
            return False
        company = rec.company_of(table, record, owners)
        if table.name == "audit_log" and record.get("subject_kind") == "company":
            company = record.get("subject_id")
        chain = rec.chain_of(table, record)
        return (company is None or company in companies) and (chain is None or chain in chains)
    return keep
