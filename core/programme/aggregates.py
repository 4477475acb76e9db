"""The programme's figures (plans, KPIs, rounds, phases, certification, results) computed once and
kept in the project beside the read-model, so that opening a big programme reads them instead of
recomputing :func:`core.plans.report.progress_report` (half a minute for 100,000 companies).

:func:`programme_figures` returns the report, the current assessments and the chain members.
The copy (table ``readmodel_figures``, migration 011) is used only when it was computed for
``today`` (phases, plan progress and KPI statuses move with the date) and no write happened
since: the read-model's triggers (migrations 009 and 011) clear ``readmodel_state.fresh`` on
every write to a table the figures are read from, and the copy carries the stamp it was built at.
Stored as compressed columnar JSON (:mod:`.columnar`, no pickle: the file may come from a stranger);
anything malformed reads as "no copy".
"""
from __future__ import annotations

import gc
import json
import logging
import sqlite3
import zlib
from dataclasses import dataclass
from datetime import date

import pandas as pd

from core.programme.columnar import pack, unpack

log = logging.getLogger("encadena.programme")

LAYOUT = "2"        # bump when progress_report's output or the frames' columns change
TABLE = "readmodel_figures"


@dataclass
class Figures:
    """What the dashboard and the progress view draw, as the core computed it."""

    report: dict                     # core.plans.report.progress_report(conn, today)
    assessments: pd.DataFrame        # core.plans.report.assessment_frame(conn)
    members: pd.DataFrame            # core.plans.store.chain_members(conn)
    stored: bool = False             # read from the copy kept in the project


def programme_figures(conn: sqlite3.Connection, today: date, *, keep: bool = True) -> Figures:
    """The figures as of ``today``: the project's copy when current, else computed (and kept
    in the project when ``keep`` and nothing was written meanwhile)."""
    found = load(conn, today)
    if found is not None:
        return found
    stamp = _fresh_stamp(conn) if keep else None
    figures = compute(conn, today)
    if stamp is not None:
        save(conn, stamp, today, figures)
    return figures


def compute(conn: sqlite3.Connection, today: date) -> Figures:
    """The figures computed from the store (no copy read or written)."""
    from core.plans.report import assessment_frame, progress_report
    from core.plans.store import chain_members
    return Figures(progress_report(conn, today), assessment_frame(conn), chain_members(conn))


def _has_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (TABLE,)).fetchone() is not None


def _fresh_stamp(conn: sqlite3.Connection) -> int | None:
    """The read-model's stamp when it is fresh (no write since its last build), else None."""
    try:
        if not _has_table(conn):
            return None
        row = conn.execute("SELECT fresh, stamp FROM readmodel_state WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    return int(row[1]) if row is not None and row[0] == 1 else None


def _layout(conn: sqlite3.Connection) -> str:
    return f"{LAYOUT}/{conn.execute('PRAGMA schema_version').fetchone()[0]}"


def save(conn: sqlite3.Connection, stamp: int, today: date, figures: Figures) -> bool:
    """Keep ``figures`` if the read-model is still fresh at ``stamp`` (nothing written since)."""
    try:
        data = json.dumps({"report": pack([figures.report]),
                           "assessments": _pack_frame(figures.assessments),
                           "members": _pack_frame(figures.members)},
                          ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
        data = zlib.compress(data, 1)      # 66 MB -> 7 MB for 100,000 companies, 0.1 s to read
    except (TypeError, ValueError):
        log.info("programme figures not storable", exc_info=True)
        return False
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute("SELECT fresh, stamp FROM readmodel_state WHERE id = 1").fetchone()
            if row is None or row[0] != 1 or row[1] != stamp:
                conn.execute("ROLLBACK")
                return False
            conn.execute(f"INSERT OR REPLACE INTO {TABLE} (id, stamp, as_of, layout, data) "
                         "VALUES (1, ?, ?, ?, ?)", (stamp, today.isoformat(), _layout(conn), data))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.Error:
        log.info("programme figures not saved", exc_info=True)
        return False
    return True


def load(conn: sqlite3.Connection, today: date) -> Figures | None:
    """The kept figures if they are current for ``today``, else None."""
    try:
        if not _has_table(conn):
            return None
        state = conn.execute("SELECT fresh, stamp FROM readmodel_state WHERE id = 1").fetchone()
        row = conn.execute(f"SELECT stamp, as_of, layout FROM {TABLE} WHERE id = 1").fetchone()
        if (state is None or row is None or state[0] != 1 or row[0] != state[1]
                or row[1] != today.isoformat() or row[2] != _layout(conn)):
            return None
        data = conn.execute(f"SELECT data FROM {TABLE} WHERE id = 1").fetchone()[0]
        collecting = gc.isenabled()
        gc.disable()            # a million new dicts: the collector would triple the time
        try:
            text = zlib.decompress(data if isinstance(data, bytes) else bytes(data))
            del data
            stored = json.loads(text)
            del text            # a big programme's copy is tens of MB: not kept twice
            report = unpack(stored.pop("report"))
        finally:
            if collecting:
                gc.enable()
        if len(report) != 1 or not isinstance(report[0], dict):
            raise ValueError("not a report")
        return Figures(report[0], _unpack_frame(stored["assessments"]),
                       _unpack_frame(stored["members"]), stored=True)
    except (sqlite3.Error, zlib.error, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.info("programme figures copy unusable: %s", exc)
        return None


def _pack_frame(frame: pd.DataFrame) -> dict:
    """A frame's columns with their dtypes (values as JSON: NaN as null)."""
    columns = []
    for name in frame.columns:
        column = frame[name]
        values = [None if isinstance(v, float) and v != v else v for v in column.tolist()]
        columns.append({"name": str(name), "dtype": str(column.dtype), "values": pack(values)})
    return {"rows": len(frame), "columns": columns}


_DTYPES = {"float64", "int64", "object", "str", "bool", "string"}


def _unpack_frame(packed: dict) -> pd.DataFrame:
    rows = packed["rows"]
    data = {}
    for column in packed["columns"]:
        dtype = column["dtype"]
        if dtype not in _DTYPES:
            raise ValueError(f"unknown column type {dtype!r}")
        values = unpack(column["values"])
        if len(values) != rows:
            raise ValueError("column of the wrong length")
        data[str(column["name"])] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data, index=pd.RangeIndex(rows))
