"""Opening a programme wherever it is stored: a ``.encadena`` file or a server URL."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Union

from core.store.pg import PgConnection

StoreConnection = Union[sqlite3.Connection, PgConnection]
SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(target: str | Path) -> bool:
    """Whether ``target`` names a programme server rather than a file."""
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)


def backend_of(conn: StoreConnection) -> str:
    """``"sqlite"`` or ``"postgresql"``."""
    return getattr(conn, "backend", "sqlite")


def connect_store(target: str | Path, migrate: bool = True) -> StoreConnection:
    """A store connection: a server URL opens PostgreSQL, anything else a project file
    (created and migrated when ``migrate``)."""
    if is_server_url(target):
        from core.store.migrate import migrate_server
        from core.store.pg import connect
        conn = connect(str(target))
        if migrate:
            migrate_server(conn)
        return conn
    from core.project.db import connect as connect_file
    from core.project.migrations import migrate as migrate_file
    conn = connect_file(Path(target))
    if migrate:
        migrate_file(conn, target)
    return conn
