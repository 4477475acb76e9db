"""Classification history: each supplier's level recorded on a date, and its change.

Records live in ``risk_classifications`` (schema 002). Where nothing was recorded, the
classification on a date is computed from the assessments up to that date.
"""
from __future__ import annotations

import sqlite3
from datetime import date

import pandas as pd

from core.messages import message
from core.progress import Progress, no_progress
from core.project.db import transaction
from core.risk.classify import classification_as_of, classify_suppliers, compare_classifications
from core.risk.store import _now, _require_tables, effective_register, has_risk_tables, project_matrix


def classification_on(conn: sqlite3.Connection, when: date, basis: str = "residual"
                      ) -> tuple[pd.DataFrame, str]:
    """Every supplier's classification on ``when`` and where it comes from: ``recorded`` (the
    history, which keeps hand-entered risks as they were) when any record exists on or before
    that date, else ``computed`` from the assessments up to that date and today's register."""
    recorded = classification_as_of(classification_history(conn, basis), when)
    if not recorded.empty:
        return recorded, "recorded"
    matrix = project_matrix(conn)
    register, base = effective_register(conn, as_of=when, matrix=matrix)
    levels = classify_suppliers(register, matrix, base.suppliers["company_id"], basis)
    return levels, "computed"


def classification_between(conn: sqlite3.Connection, before: date, after: date,
                           basis: str = "residual") -> tuple[pd.DataFrame, dict[str, str]]:
    """The change of classification between two dates (see :func:`classification_on`)."""
    a, source_a = classification_on(conn, before, basis)
    b, source_b = classification_on(conn, after, basis)
    return compare_classifications(a, b), {"before": source_a, "after": source_b}


def record_classification(conn: sqlite3.Connection, as_of: date, basis: str = "residual",
                          progress: Progress | None = None, language: str = "en") -> int:
    """Store every supplier's classification as of ``as_of`` (replacing that day's record);
    returns the number of suppliers recorded. ``progress`` may raise ``Cancelled`` up to the
    write, which is one transaction."""
    _require_tables(conn)
    report = progress or no_progress
    report(0.0, message("risk_deriving", language))
    matrix = project_matrix(conn)
    register, base = effective_register(conn, as_of=as_of, matrix=matrix)
    report(0.5, message("risk_classifying", language))
    levels = classify_suppliers(register, matrix, base.suppliers["company_id"], basis)
    report(0.7, message("risk_writing", language))
    now = _now()
    rows = [(r.company_id, as_of.isoformat(), basis, r.level, int(r.rank),
             None if pd.isna(r.likelihood) else int(r.likelihood),
             None if pd.isna(r.severity) else int(r.severity),
             None if pd.isna(r.score) else float(r.score), int(r.open_risks), matrix.id, now)
            for r in levels.itertuples(index=False)]
    with transaction(conn):
        conn.execute("DELETE FROM risk_classifications WHERE as_of = ? AND basis = ?",
                     (as_of.isoformat(), basis))
        conn.executemany(
            "INSERT INTO risk_classifications (company_id, as_of, basis, level, level_rank, "
            "likelihood, severity, score, open_risks, matrix_id, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    report(1.0, message("risk_recorded", language))
    return len(rows)


def classification_history(conn: sqlite3.Connection, basis: str = "residual") -> pd.DataFrame:
    """Recorded classifications: ``company_id``, ``as_of``, ``rank``, ``level``, cell, score."""
    if not has_risk_tables(conn):
        return pd.DataFrame(columns=["company_id", "as_of", "rank", "level"])
    return pd.read_sql_query(
        "SELECT company_id, as_of, level_rank AS rank, level, likelihood, severity, score, "
        "open_risks, matrix_id FROM risk_classifications WHERE basis = ? "
        "ORDER BY company_id, as_of", conn, params=(basis,))
