"""Applying an :class:`~core.edits.model.Edit` in one transaction, with its audit-log rows.

Every change is checked against the row as it is now (an update's ``before`` must match, an
insert must not exist, a delete must find its row): an edit made on a stale picture, or an undo
after someone else changed the record, is refused with ``edit_conflict`` and changes nothing.
"""
from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any, Iterable

from core.edits.model import Edit, Row, RowChange
from core.edits.tables import check_columns, key_columns
from core.errors import UserInputError
from core.project.db import transaction
from core.project.timeutil import now


def apply_edit(conn: sqlite3.Connection, edit: Edit, who: str | None = None) -> None:
    """Apply ``edit`` and write its audit rows, all or nothing."""
    with transaction(conn):
        apply_in_transaction(conn, edit, who)


def apply_in_transaction(conn: sqlite3.Connection, edit: Edit, who: str | None = None) -> None:
    """The same inside a transaction the caller holds (a compound action of several edits)."""
    at = now()
    for change in edit.changes:
        _apply_change(conn, change)
        _audit(conn, edit, change, who, at)


def read_row(conn: sqlite3.Connection, table: str, key: Row) -> Row | None:
    """The row of ``table`` with ``key`` as a dict, or None."""
    check_columns(conn, table, key)
    where = " AND ".join(f'"{c}" = ?' for c in key)
    cur = conn.execute(f'SELECT * FROM "{table}" WHERE {where}', tuple(key.values()))
    row = cur.fetchone()
    if row is None:
        return None
    return {d[0]: v for d, v in zip(cur.description, row)}


def read_rows(conn: sqlite3.Connection, table: str, where: Row) -> list[Row]:
    """Every row of ``table`` matching ``where`` (equality on each column)."""
    check_columns(conn, table, where)
    clause = " AND ".join(f'"{c}" = ?' for c in where) or "1 = 1"
    cur = conn.execute(f'SELECT * FROM "{table}" WHERE {clause}', tuple(where.values()))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _apply_change(conn: sqlite3.Connection, change: RowChange) -> None:
    table, key = change.table, change.key
    if set(key) != set(key_columns(table)):
        raise ValueError(f"{table}: key {sorted(key)} is not {key_columns(table)}")
    current = read_row(conn, table, key)
    if change.kind == "insert":
        if current is not None:
            raise _conflict(change)
        row = dict(change.after or {}) | key
        check_columns(conn, table, row)
        names = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(row.values()))
        return
    if current is None or not _matches(current, change.before or {}):
        raise _conflict(change)
    where = " AND ".join(f'"{c}" = ?' for c in key)
    if change.kind == "delete":
        conn.execute(f'DELETE FROM "{table}" WHERE {where}', tuple(key.values()))
        return
    after = change.after or {}
    check_columns(conn, table, after)
    sets = ", ".join(f'"{c}" = ?' for c in after)
    conn.execute(f'UPDATE "{table}" SET {sets} WHERE {where}',
                 (*after.values(), *key.values()))


def _matches(current: Row, expected: Row) -> bool:
    return all(_same(current.get(c), v) for c, v in expected.items())


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))
    return a == b


def _conflict(change: RowChange) -> UserInputError:
    return UserInputError("edit.conflict", table=change.table,
                          key=", ".join(f"{k}={v}" for k, v in change.key.items()))


def _audit(conn: sqlite3.Connection, edit: Edit, change: RowChange, who: str | None,
           at: str) -> None:
    if change.kind == "update":
        fields: Iterable[tuple[str | None, Any, Any]] = [
            (c, (change.before or {}).get(c), v) for c, v in (change.after or {}).items()]
    else:
        fields = [(None, change.before, change.after)]
    action = edit.action + (".undo" if edit.params.get("undo") else "")
    for name, old, new in fields:
        write_audit(conn, action, edit.subject_kind, edit.subject_id, change.table, change.key,
                    name, old, new, who, at, edit.uid)


def write_audit(conn: sqlite3.Connection, action: str, subject_kind: str | None,
                subject_id: str | None, table: str, key: Row, field: str | None, old: Any,
                new: Any, who: str | None, at: str | None = None,
                edit_uid: str | None = None) -> None:
    """One audit-log row, inside the caller's transaction (for actions that are not edits,
    such as deciding a sync conflict)."""
    key_json = json.dumps(key, ensure_ascii=False, default=str, sort_keys=True)
    conn.execute(
        "INSERT INTO audit_log (uid, edit_uid, at, who, action, subject_kind, subject_id,"
        " table_name, record_key, field, old_value, new_value)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (str(uuid.uuid4()), edit_uid or str(uuid.uuid4()), at or now(), who, action,
         subject_kind, subject_id, table, key_json, field, _json(old), _json(new)))


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)
