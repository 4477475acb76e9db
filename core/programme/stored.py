"""The read-model's companies kept in the project, current by construction.

:func:`load` returns the stored companies frame when no table it is built from changed since it
was stored (triggers in :data:`SOURCES` clear ``readmodel_state.fresh`` on every write) and it was
computed for today (or nothing dated in between changes plan progress); else None. :func:`save`
stores a freshly built frame, unless a write happened while it was being built.

Columns are stored one blob each: numbers as float64 bytes, everything else as a JSON array (no
pickle: the project file may come from a stranger). Anything malformed reads as "no copy".
"""
from __future__ import annotations

import json
import logging
import sqlite3
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

log = logging.getLogger("encadena.programme")

LAYOUT = "1"       # bump when the read-model's columns or their meaning change
# table: operations that make the copy stale (area_scores rows are inserted only with a new
# assessment, which already marks it).
SOURCES = {"programme": "U", "companies": "IUD", "supplied_items": "IUD", "value_chains": "IUD",
           "chain_members": "IUD", "toolkits": "IUD", "assessments": "IUD", "area_scores": "UD",
           "risks": "IUD", "risk_decisions": "IUD", "risk_settings": "IUD", "plans": "IUD",
           "plan_actions": "IUD", "action_updates": "IUD"}
_OPS = {"I": "INSERT", "U": "UPDATE", "D": "DELETE"}


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create the copy's tables and the triggers that keep it honest (idempotent)."""
    sql = (Path(__file__).with_name("readmodel.sql")).read_text(encoding="utf-8")
    present = _tables(conn)
    triggers = []
    for table, ops in SOURCES.items():
        if table not in present:
            continue
        for op in ops:
            triggers.append(
                f"CREATE TRIGGER IF NOT EXISTS readmodel_stale_{table}_{op.lower()} AFTER {_OPS[op]} "
                f"ON {table} WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 "
                f"BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;")
    conn.executescript("BEGIN IMMEDIATE;\n" + sql + "\n".join(triggers) + "\nCOMMIT;")


def start(conn: sqlite3.Connection) -> int | None:
    """Before a build: mark the copy fresh (writes from now on clear it); the stamp to save with."""
    try:
        if "readmodel_state" not in _tables(conn):
            ensure_tables(conn)
        with_tx(conn, "UPDATE readmodel_state SET fresh = 1, stamp = stamp + 1 WHERE id = 1")
        return int(conn.execute("SELECT stamp FROM readmodel_state WHERE id = 1").fetchone()[0])
    except sqlite3.Error:          # read-only or locked file: work without a copy
        log.info("read-model copy unavailable", exc_info=True)
        return None


def with_tx(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> None:
    if conn.in_transaction:
        conn.execute(sql, params)
    else:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(sql, params)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def save(conn: sqlite3.Connection, stamp: int | None, companies: pd.DataFrame, as_of: date) -> bool:
    """Store ``companies`` if nothing was written since :func:`start` gave ``stamp``."""
    if stamp is None:
        return False
    try:
        blobs = [_encode(k, str(name), companies[name]) for k, name in enumerate(companies.columns)]
    except (TypeError, ValueError):
        log.info("read-model copy not encodable", exc_info=True)
        return False
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            fresh, now = conn.execute("SELECT fresh, stamp FROM readmodel_state WHERE id = 1").fetchone()
            if fresh != 1 or now != stamp:
                conn.execute("ROLLBACK")
                return False
            conn.execute("DELETE FROM readmodel_columns")
            conn.executemany("INSERT INTO readmodel_columns (position, name, kind, data) VALUES (?, ?, ?, ?)",
                             blobs)
            conn.execute("UPDATE readmodel_state SET as_of = ?, layout = ?, rows = ? WHERE id = 1",
                         (as_of.isoformat(), LAYOUT, len(companies)))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.Error:
        log.info("read-model copy not saved", exc_info=True)
        return False
    return True


def load(conn: sqlite3.Connection, today: date) -> pd.DataFrame | None:
    """The stored companies frame if it is current for ``today``, else None."""
    try:
        if "readmodel_state" not in _tables(conn):
            return None
        state = conn.execute("SELECT fresh, as_of, layout, rows FROM readmodel_state WHERE id = 1").fetchone()
        if state is None or state[0] != 1 or state[2] != LAYOUT or not isinstance(state[3], int):
            return None
        if state[1] != today.isoformat() and _dated_changes(conn, state[1], today):
            return None
        rows = state[3]
        columns = {}
        for _pos, name, kind, data in conn.execute(
                "SELECT position, name, kind, data FROM readmodel_columns ORDER BY position"):
            columns[str(name)] = _decode(kind, data, rows)
        return pd.DataFrame(columns) if columns else None
    except (sqlite3.Error, ValueError, TypeError) as exc:
        log.info("read-model copy unusable: %s", exc)
        return None


def _dated_changes(conn: sqlite3.Connection, since: str | None, today: date) -> bool:
    """Whether anything dated after ``since`` up to ``today`` changes plan progress."""
    if since is None or "action_updates" not in _tables(conn):
        return since is None
    return conn.execute("SELECT EXISTS (SELECT 1 FROM action_updates WHERE on_date > ? AND on_date <= ?)",
                        (since, today.isoformat())).fetchone()[0] == 1


def _encode(position: int, name: str, column: pd.Series) -> tuple[int, str, str, bytes]:
    dtype = column.dtype
    if pd.api.types.is_float_dtype(dtype):
        return position, name, "float", column.to_numpy(dtype="<f8").tobytes()
    if pd.api.types.is_integer_dtype(dtype):
        return position, name, "int", column.to_numpy(dtype="<i8").tobytes()
    kind = ("bool" if pd.api.types.is_bool_dtype(dtype) else
            "str" if pd.api.types.is_string_dtype(dtype) and dtype != object else "object")
    values = [None if v is None or (isinstance(v, float) and v != v) else v for v in column.tolist()]
    return position, name, kind, json.dumps(values, default=_plain, ensure_ascii=False).encode("utf-8")


_PLAIN = {"bool": {bool}, "str": {str, type(None)},
          "object": {str, int, float, bool, type(None)}}


def _decode(kind: str, data: bytes, rows: int):
    if kind in ("float", "int"):
        values = np.frombuffer(bytes(data), dtype="<f8" if kind == "float" else "<i8")
        if len(values) != rows:
            raise ValueError("number column of the wrong length")
        return values.astype(float if kind == "float" else np.int64)
    if kind not in _PLAIN:
        raise ValueError(f"unknown column kind {kind!r}")
    values = json.loads(bytes(data).decode("utf-8"))
    if not isinstance(values, list) or len(values) != rows:
        raise ValueError("column of the wrong length")
    types = set(map(type, values))
    if not types <= _PLAIN[kind]:
        raise ValueError(f"{kind} column holding {sorted(t.__name__ for t in types)}")
    if kind == "bool":
        return pd.Series(values, dtype=bool)
    if kind == "str":
        return pd.Series(values, dtype="str")
    return pd.Series(values, dtype=object)


def _plain(value):
    """numpy scalars as Python numbers for JSON."""
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"cannot store {type(value).__name__}")
