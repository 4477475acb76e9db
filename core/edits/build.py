"""Building edits from what the user asks for: read the rows as they are now, state the change."""
from __future__ import annotations

import sqlite3
from typing import Any

from core.edits.apply import read_row, read_rows
from core.edits.model import Row, RowChange
from core.edits.tables import check_columns


def update(conn: sqlite3.Connection, table: str, key: Row, values: Row) -> list[RowChange]:
    """The change setting ``values`` on the row ``key`` (nothing when they are already so).

    Raises ``LookupError`` when the row does not exist.
    """
    check_columns(conn, table, values)
    current = read_row(conn, table, key)
    if current is None:
        raise LookupError(f"{table}: no row {key}")
    changed = {c: v for c, v in values.items() if current.get(c) != v}
    if not changed:
        return []
    return [RowChange(table, dict(key), {c: current.get(c) for c in changed}, changed)]


def insert(table: str, key: Row, values: Row | None = None) -> RowChange:
    """The change inserting a row (``values`` are its other columns)."""
    return RowChange(table, dict(key), None, dict(values or {}))


def delete(conn: sqlite3.Connection, table: str, key: Row) -> list[RowChange]:
    """The change deleting the row ``key`` with all its columns kept for undo (none if absent)."""
    row = read_row(conn, table, key)
    if row is None:
        return []
    return [RowChange(table, dict(key), _without(row, key), None)]


def delete_where(conn: sqlite3.Connection, table: str, where: Row,
                 key_names: tuple[str, ...]) -> list[RowChange]:
    """Deleting every row of ``table`` matching ``where`` (children before parents: call this for
    child tables first, so undo re-inserts parents first)."""
    changes = []
    for row in read_rows(conn, table, where):
        key = {k: row[k] for k in key_names}
        changes.append(RowChange(table, key, _without(row, key), None))
    return changes


def _without(row: Row, key: Row) -> dict[str, Any]:
    return {c: v for c, v in row.items() if c not in key}
