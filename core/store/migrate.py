"""The same ordered schema migrations on a PostgreSQL programme server.

SQLite keeps the version in ``PRAGMA user_version``; a server keeps it in ``encadena_schema``.
Each script runs, translated (``core.store.dialect``), in one transaction with the version bump,
under an advisory lock so two installers never migrate at once.
"""
from __future__ import annotations

from core.errors import UserInputError
from core.project.migrations import SCHEMA_DIR, latest_version, migration_files
from core.store import dialect

MIGRATION_LOCK = 0x454E4341          # "ENCA": the advisory lock held while migrating


def server_version(conn) -> int:
    """The number of the last migration applied to the server (0: an empty database)."""
    row = conn.raw.execute(
        "SELECT to_regclass('encadena_schema') IS NOT NULL").fetchone()
    if not row[0]:
        return 0
    found = conn.raw.execute("SELECT version FROM encadena_schema WHERE id = 1").fetchone()
    return int(found[0]) if found else 0


def migrate_server(conn, target: int | None = None, extra: list[tuple[int, str]] = ()) -> list[int]:
    """Apply every migration newer than the server's version; returns the numbers applied.

    ``extra``: server-only scripts (number, SQL) run after the shared migration of that number
    (row-level security and the sync log, which a laptop's file never has)."""
    applied = []
    with conn.raw.transaction():
        conn.raw.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        conn.raw.execute("CREATE TABLE IF NOT EXISTS encadena_schema ("
                         "id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)")
        conn.raw.execute("INSERT INTO encadena_schema VALUES (1, 0) ON CONFLICT DO NOTHING")
    current = server_version(conn)
    known = latest_version(SCHEMA_DIR)
    if current > known:
        raise UserInputError("newer_schema", path="server", file_version=current,
                             app_version=known)
    for number, script in migration_files(SCHEMA_DIR):
        if number <= current or (target is not None and number > target):
            continue
        with conn.raw.transaction():
            conn.raw.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            if server_version(conn) >= number:       # another installer got there first
                continue
            for statement in dialect.schema_for_postgres(script.read_text(encoding="utf-8")):
                conn.raw.execute(statement)
            for extra_number, sql in extra:
                if extra_number == number:
                    for statement in dialect.split_statements(sql):
                        conn.raw.execute(statement)
            conn.raw.execute("UPDATE encadena_schema SET version = %s WHERE id = 1", (number,))
        applied.append(number)
    return applied
