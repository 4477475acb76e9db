"""``encadena server init``: make a PostgreSQL database the home of a programme.

The same ordered migrations as a project file (translated by core.store.dialect), the server's
own tables (schema.sql), then every travelling record of the programme uploaded in one server
transaction with a log entry each (the start of every replica's history), the programme's uid
in ``server_meta``, and the security (roles, policies) when it is available.
"""
from __future__ import annotations

import importlib
import shutil
import sqlite3
import tempfile
from pathlib import Path

from core.errors import UserInputError
from core.server.connection import connect_server, without_password
from core.store import dialect
from core.store.migrate import migrate_server

SCHEMA = Path(__file__).resolve().parent / "schema.sql"


def apply_server_schema(server) -> None:
    """The server's own tables (idempotent)."""
    with server.raw.transaction():
        for statement in dialect.split_statements(SCHEMA.read_text(encoding="utf-8")):
            server.raw.execute(statement)


def _copy_of(project: Path, folder: Path) -> sqlite3.Connection:
    """A migrated private copy of the programme (the user's file is only read)."""
    from core.project.db import read_only_uri
    from core.store import connect_store
    if not project.is_file():
        raise UserInputError("sync.no_project", path=str(project))
    copy = folder / "programme.encadena"
    try:
        source = sqlite3.connect(read_only_uri(project), uri=True)
        target = sqlite3.connect(copy)
        source.backup(target)
        source.close()
        target.close()
        return connect_store(copy)
    except sqlite3.DatabaseError:
        raise UserInputError("sync.not_a_project", path=str(project)) from None


def init_server(url: str, project: Path, progress=None) -> str:
    """Create the programme server at ``url`` from ``project``; returns the programme's uid."""
    from core.project.timeutil import current_user, now
    from core.sync import records as rec
    from core.sync.replica import assessment_companies
    from core.sync.serverside import Change, write_log
    folder = Path(tempfile.mkdtemp(prefix="encadena-init-"))
    server = connect_server(url)
    try:
        local = _copy_of(Path(project), folder)
        row = local.execute("SELECT uid FROM programme WHERE id = 1").fetchone()
        if row is None:
            raise UserInputError("sync.not_a_project", path=str(project))
        uid = row[0]
        if local.execute("SELECT 1 FROM sync_state").fetchone():
            raise UserInputError("sync.init_from_replica", path=str(project))
        _refuse_used(server, url)
        migrate_server(server)
        apply_server_schema(server)
        tables = rec.registry(local)
        owners = assessment_companies(local)
        with server.raw.transaction():
            server.raw.execute("LOCK TABLE server_meta IN EXCLUSIVE MODE")
            _refuse_used(server, url)
            changes = []
            for i, table in enumerate(tables):
                if progress:
                    progress(i / len(tables), "sync.uploading")
                found = rec.read_records(local, table)
                rec.upsert_records(server, table, list(found.values()))
                changes += [Change(table.name, key, None, rec.record_hash(r), rec.encode(r),
                                   rec.company_of(table, r, owners), rec.chain_of(table, r))
                            for key, r in found.items()]
            write_log(server, changes, "init")
            server.raw.execute("INSERT INTO server_meta (id, programme_uid, created_at, created_by)"
                               " VALUES (1, %s, %s, %s)", (uid, now(), current_user()))
        local.close()
        _secure(server)
        return uid
    finally:
        server.close()
        shutil.rmtree(folder, ignore_errors=True)


def _refuse_used(server, url: str) -> None:
    exists = server.raw.execute("SELECT to_regclass('server_meta') IS NOT NULL").fetchone()[0]
    if exists and server.raw.execute("SELECT 1 FROM server_meta").fetchone():
        raise UserInputError("sync.server_in_use", url=without_password(url))


def _secure(server) -> None:
    """Row-level security and roles (core.server.security), when that module is present."""
    try:
        security = importlib.import_module("core.server.security")
    except ModuleNotFoundError:
        return
    security.apply_security(server)
