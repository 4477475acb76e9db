"""Bulk reads of the project's tables for the read-model and the reports (the store's query
functions: other packages call these instead of writing SQL against the project's tables)."""
from __future__ import annotations

import json
import sqlite3

import numpy as np
import pandas as pd

LATEST_ANSWERS = (
    "SELECT a.company_id, t.sha256, i.answer_items, w.answers FROM assessments a "
    "JOIN toolkits t ON t.id = a.toolkit_ref JOIN assessment_answers w ON w.assessment_id = a.id "
    "LEFT JOIN imports i ON i.id = a.import_id WHERE a.status = 'current' "
    "ORDER BY a.company_id, a.assessed_on, a.id")


def frame(conn: sqlite3.Connection, sql: str, params: tuple, columns: list[str]) -> pd.DataFrame:
    """The rows of ``sql`` as object columns (empty columns when there are no rows)."""
    rows = conn.execute(sql, params).fetchall()
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    return pd.DataFrame({c: np.asarray(v, dtype=object) for c, v in zip(columns, zip(*rows))})


def chain_memberships(conn: sqlite3.Connection, every: bool = False) -> pd.DataFrame:
    """company_id, chain_id, chain_name: each company's value chain, as anchor or supplier (the
    first one only; every membership, suppliers only, when ``every``)."""
    if every:
        return frame(conn, "SELECT m.company_id, c.id, c.name FROM chain_members m "
                     "JOIN value_chains c ON c.id = m.chain_id", (), ["company_id", "chain_id", "chain_name"])
    rows = conn.execute(
        "SELECT company_id, chain_id, name FROM (SELECT v.anchor_id AS company_id, v.id AS chain_id, "
        "v.name, v.id AS k1, 0 AS k2 FROM value_chains v WHERE v.anchor_id IS NOT NULL UNION ALL "
        "SELECT m.company_id, v.id, v.name, v.id, 1 FROM chain_members m JOIN value_chains v "
        "ON v.id = m.chain_id) AS memberships ORDER BY k1, k2").fetchall()
    seen: dict[str, tuple] = {}
    for company, chain_id, name in rows:
        seen.setdefault(company, (chain_id, name))
    return pd.DataFrame({"company_id": pd.Series(list(seen), dtype=object),
                         "chain_id": pd.Series([v[0] for v in seen.values()], dtype=object),
                         "chain_name": pd.Series([v[1] for v in seen.values()], dtype=object)})


def stored_toolkits(conn: sqlite3.Connection) -> list[tuple[str, str, bytes]]:
    """(sha256, toolkit id, workbook bytes) of every toolkit an assessment was scored with."""
    return [(sha, tid, bytes(wb)) for sha, tid, wb in conn.execute(
        "SELECT sha256, toolkit_id, workbook FROM toolkits ORDER BY id")]


def latest_assessments(conn: sqlite3.Connection, as_of=None) -> pd.DataFrame:
    """Each company's latest current assessment (on or before ``as_of`` when given):
    company_id, assessment_id, assessment_date, critical_gaps (item names separated by spaces)
    and one ``area:<id>`` float column per area.

    Now (``as_of`` None) the latest assessment is the one the company row's copies point at
    (:mod:`core.project.latest`), found by the unique (company, date, toolkit) index; the area
    scores are pivoted by SQLite in one pass over the table."""
    columns = ["company_id", "assessment_id", "assessment_date", "critical_gaps"]
    if as_of is not None:          # a day after every assessment: the same as now, the fast way
        newest = conn.execute("SELECT MAX(assessed_on) FROM assessments WHERE status = 'current'").fetchone()[0]
        if newest is None or newest <= as_of.isoformat():
            as_of = None
    if as_of is None:
        latest = frame(conn, "SELECT a.company_id, a.id, a.assessed_on, a.critical_gaps FROM companies c "
                       "JOIN assessments a ON a.company_id = c.id AND a.assessed_on = c.latest_date "
                       "AND a.toolkit_id = c.latest_toolkit AND a.status = 'current'", (), columns)
    else:
        day = as_of.isoformat()
        latest = frame(conn, (
            "SELECT a.company_id, a.id, a.assessed_on, a.critical_gaps FROM assessments a "
            "WHERE a.status = 'current' AND a.assessed_on <= ? AND NOT EXISTS (SELECT 1 FROM "
            "assessments b WHERE b.company_id = a.company_id AND b.status = 'current' AND "
            "b.assessed_on <= ? AND (b.assessed_on > a.assessed_on OR (b.assessed_on = a.assessed_on "
            "AND b.id > a.id)))"), (day, day), columns)
    areas = [r[0] for r in conn.execute("SELECT DISTINCT area FROM area_scores ORDER BY area")]
    if not areas or latest.empty:
        for a in areas:
            latest[f"area:{a}"] = pd.Series(dtype=float)
        return latest
    pivot = ", ".join("MAX(CASE WHEN area = ? THEN score END)" for _ in areas)
    rows = conn.execute(f"SELECT assessment_id, {pivot} FROM area_scores GROUP BY assessment_id",
                        areas).fetchall()
    grid = np.array(rows, dtype=float).reshape(len(rows), len(areas) + 1)
    at = pd.Index(grid[:, 0].astype(np.int64)).get_indexer(latest["assessment_id"].to_numpy(dtype=np.int64))
    for k, a in enumerate(areas, start=1):
        latest[f"area:{a}"] = np.where(at >= 0, grid[at, k], np.nan)
    return latest


def latest_answers(conn: sqlite3.Connection, company_ids=None) -> dict[tuple[str, str | None], tuple[list[str], pd.DataFrame]]:
    """The stored answers of each company's latest current assessment, grouped by (toolkit
    sha256, the import's item list): ``{(sha, items_json): (companies, answers frame)}``.

    Decodes like :func:`core.project.encode.decode`, in bulk: one frame per item list."""
    wanted = None if company_ids is None else set(company_ids)
    latest: dict[str, tuple[str, str | None, str]] = {}
    for company, sha, items_json, answers_json in conn.execute(LATEST_ANSWERS):
        if wanted is None or company in wanted:
            latest[company] = (sha, items_json, answers_json)   # ordered by date: the last wins
    groups: dict[tuple[str, str | None], tuple[list[str], list[list]]] = {}
    for company, (sha, items_json, answers_json) in latest.items():
        companies, rows = groups.setdefault((sha, items_json), ([], []))
        companies.append(company)
        rows.append(json.loads(answers_json))
    return {key: (companies, pd.DataFrame(rows, columns=json.loads(key[1] or "[]"), dtype=object))
            for key, (companies, rows) in groups.items()}
