"""A PostgreSQL connection that the store's SQLite-flavoured code can use unchanged.

It offers what the store uses of ``sqlite3.Connection`` — ``execute`` / ``executemany`` returning
a cursor with ``fetchone``, ``fetchall``, ``description``, ``rowcount`` and ``lastrowid``;
``in_transaction``; explicit ``BEGIN``/``COMMIT`` (autocommit otherwise, like
``isolation_level=None``) — and translates each statement once (``core.store.dialect``).
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from core.store import dialect

try:                                     # the desktop app works without it (sync is optional)
    import psycopg
except ImportError:                      # pragma: no cover - psycopg is a dependency
    psycopg = None


class PgCursor:
    """The part of ``sqlite3.Cursor`` the store reads."""

    def __init__(self, rows: list[tuple] | None = None, description=None, rowcount: int = -1,
                 lastrowid: int | None = None):
        self._rows = rows or []
        self._next = 0
        self.description = description
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def fetchone(self) -> tuple | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[tuple]:
        rest, self._next = self._rows[self._next:], len(self._rows)
        return rest

    def fetchmany(self, size: int = 1000) -> list[tuple]:
        part = self._rows[self._next:self._next + size]
        self._next += len(part)
        return part

    def __iter__(self):
        while (row := self.fetchone()) is not None:
            yield row


class PgConnection:
    """psycopg 3 behind the store's SQLite interface."""

    backend = "postgresql"

    def __init__(self, raw: "psycopg.Connection"):
        self.raw = raw
        self._keys: dict[str, tuple[str, ...]] = {}
        self._columns: dict[str, tuple[str, ...]] = {}
        self._identity: dict[str, bool] = {}

    # -- sqlite3.Connection's surface -------------------------------------------------------
    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> PgCursor:
        pragma = self._pragma(sql)
        if pragma is not None:
            return pragma
        text, returning = self._translate(sql)
        with self.raw.cursor() as cur:
            # Without parameters psycopg sends the text as it is (a literal % stays one).
            cur.execute(dialect.placeholders(text) if params is not None else text,
                        _params(params))
            rows = [_row(r) for r in cur.fetchall()] if cur.description else []
            lastrowid = rows[0][0] if returning and rows else None
            return PgCursor(None if returning else rows, None if returning else cur.description,
                            cur.rowcount, lastrowid)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> PgCursor:
        text, _ = self._translate(sql, want_id=False)
        with self.raw.cursor() as cur:
            cur.executemany(dialect.placeholders(text), [_params(p) for p in seq])
            return PgCursor(rowcount=cur.rowcount)

    def executescript(self, script: str) -> None:
        for statement in dialect.split_statements(script):
            self.execute(statement)

    def commit(self) -> None:
        if self.in_transaction:
            self.raw.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.raw.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- translation --------------------------------------------------------------------------
    def _translate(self, sql: str, want_id: bool = True) -> tuple[str, bool]:
        head = sql.lstrip()[:30].upper()
        table = dialect.replaced_table(sql) if head.startswith("INSERT OR") else None
        if table:
            self._describe(table)
        text = dialect.statement_for_postgres(sql, self._keys, self._columns)
        returning = False
        if want_id and head.startswith("INSERT") and " RETURNING " not in text.upper():
            table = text.split()[2].strip('"').split("(")[0]
            if self._has_identity(table):
                text, returning = text.rstrip().rstrip(";") + " RETURNING id", True
        return text, returning

    def _describe(self, table: str) -> None:
        if table in self._keys:
            return
        rows = self.raw.execute(
            "SELECT a.attname, COALESCE(i.indisprimary, false) FROM pg_attribute a "
            "LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND a.attnum = ANY(i.indkey) "
            "AND i.indisprimary WHERE a.attrelid = %s::regclass AND a.attnum > 0 "
            "AND NOT a.attisdropped ORDER BY a.attnum", (table,)).fetchall()
        self._columns[table] = tuple(r[0] for r in rows)
        self._keys[table] = tuple(r[0] for r in rows if r[1])

    def _has_identity(self, table: str) -> bool:
        if table not in self._identity:
            row = self.raw.execute(
                "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = %s AND column_name = 'id' AND is_identity = 'YES'",
                (table,)).fetchone()
            self._identity[table] = row is not None
        return self._identity[table]

    def _pragma(self, sql: str) -> PgCursor | None:
        words = sql.strip().rstrip(";").split(None, 1)
        if not words or words[0].upper() != "PRAGMA":
            return None
        body = words[1] if len(words) > 1 else ""
        if body.lower().startswith("table_info"):
            table = body[body.index("(") + 1:body.rindex(")")].strip().strip("'\"")
            self._describe(table)
            rows = [(i, name, "", 0, None, int(name in self._keys[table]))
                    for i, name in enumerate(self._columns[table])]
            return PgCursor(rows, [("cid",), ("name",), ("type",), ("notnull",),
                                   ("dflt_value",), ("pk",)])
        if body.lower().strip() == "user_version":
            from core.store.migrate import server_version
            return PgCursor([(server_version(self),)], [("user_version",)])
        return PgCursor()             # journal, synchronous, foreign_keys...: SQLite-only


def _params(params: Sequence[Any] | None):
    if params is None:
        return None
    return tuple(params)


def _row(row: tuple) -> tuple:
    if any(isinstance(v, memoryview) for v in row):
        return tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
    return row


def connect(url: str, **kwargs: Any) -> PgConnection:
    """A connection to the PostgreSQL programme server at ``url`` (libpq's URL or keywords; the
    password comes from the URL, libpq's password or service file, never from a project)."""
    if psycopg is None:                  # pragma: no cover
        raise RuntimeError("psycopg is not installed")
    raw = psycopg.connect(url, autocommit=True, **kwargs)
    return PgConnection(raw)
